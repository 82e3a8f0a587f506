# Autres lois de Californie : ce que chacune signifie pour une personne, et ce qu'elle ne fait pas.

law-vision-act-name = VISION Act (AB 937)
law-vision-act-summary = Ce projet de loi aurait empêché les prisons d'État et les prisons locales de remettre des personnes à l'ICE au moment où elles pouvaient être libérées. Il a été adopté par l'Assembly (assemblée de l'État) en 2021. Il a échoué au Sénat de l'État en 2022, à 3 voix près. Ce n'est pas une loi.
law-vision-act-does-not = Ce n'est pas une loi, donc il ne protège personne. Les prisons d'État peuvent toujours informer l'ICE des personnes qui vont sortir de prison et organiser leur remise à l'ICE. Les limites de SB 54 s'appliquent à la police locale et aux shérifs, pas aux prisons d'État.

law-home-act-name = HOME Act (AB 1306)
law-home-act-summary = Ce projet de loi est venu après le VISION Act. Le gouverneur Newsom y a mis son veto le 22 septembre 2023 : ce n'est donc pas une loi. En posant son veto, il a dit que les prisons d'État limiteraient leurs contacts avec l'ICE à deux moments : quand une personne entre en prison et quand sa libération est proche.
law-home-act-does-not = Ce n'est pas une loi, donc il ne protège personne. Les prisons d'État peuvent toujours informer l'ICE des personnes qui vont sortir de prison et organiser leur remise à l'ICE.

law-ab60-name = Permis de conduire AB 60
law-ab60-summary = Vous pouvez obtenir un permis de conduire de Californie même si vous ne pouvez pas prouver que votre présence aux États-Unis est légale. Vous devez remplir toutes les autres conditions, et prouver votre identité et que vous vivez en Californie. La loi interdit de vous traiter injustement parce que vous avez ce type de permis.
law-ab60-does-not = C'est un permis de conduire. Il ne compte pas comme pièce d'identité pour les démarches fédérales. Il ne rend pas votre dossier au DMV secret pour la police : le DMV peut toujours partager des dossiers avec les forces de l'ordre pour une enquête, et cela peut inclure l'ICE.

law-ab450-name = Immigrant Worker Protection Act (AB 450)
law-ab450-summary = Votre employeur ne peut pas choisir de laisser des agents de l'immigration entrer dans les parties de votre lieu de travail où le public n'entre pas d'habitude, comme les bureaux ou les pièces réservées aux employés, sauf si les agents ont un mandat signé par un juge. Votre employeur ne peut pas non plus laisser les agents voir ou prendre les dossiers des employés sans un mandat d'un juge, une citation à produire des documents (subpoena) ou un avis fédéral d'inspection des papiers de travail (formulaires I-9). Si votre employeur reçoit un tel avis, il doit prévenir les employés dans les 72 heures, dans la langue qu'il utilise d'habitude avec eux.
law-ab450-does-not = C'est une règle pour les employeurs, pas pour l'ICE. Si des agents ont un mandat signé par un juge, ils peuvent quand même entrer. Un formulaire de l'ICE, comme le formulaire I-200 ou le formulaire I-205, n'est pas un mandat d'un juge. Votre employeur n'a pas à bloquer les agents avec son corps. Vous gardez vos propres droits au travail, comme le droit de garder le silence.

law-ab49-name = Safe Haven Schools (AB 49)
law-ab49-summary = Les agents de l'immigration ne peuvent pas entrer dans les parties d'une école qui ne sont pas ouvertes au public, sauf s'ils montrent une pièce d'identité valable et ont un mandat ou une citation (subpoena) d'un juge, ou une ordonnance d'un tribunal. Les écoles ne peuvent pas donner aux agents des informations sur les élèves, les familles ou le personnel sans un mandat d'un juge.
law-ab49-does-not = Elle n'interdit pas l'entrée aux agents qui montrent une pièce d'identité valable et qui ont un mandat d'un juge, une citation (subpoena) d'un juge ou une ordonnance d'un tribunal. Sa règle sur l'entrée concerne les parties d'une école qui ne sont pas ouvertes au public.

law-sb81-name = Lieux de soins (SB 81)
law-sb81-summary = Les prestataires de soins doivent choisir lesquelles de leurs parties ne sont pas ouvertes au public. Ils doivent empêcher les agents de l'immigration d'entrer dans ces parties, sauf si les agents ont un mandat signé par un juge ou une ordonnance d'un tribunal. Votre statut d'immigration est considéré comme une partie de votre dossier médical.
law-sb81-does-not = Elle n'interdit pas l'entrée aux agents qui ont un mandat signé par un juge ou une ordonnance d'un tribunal. Sa règle concerne les parties qu'un prestataire a indiquées comme non ouvertes au public.

law-sb98-name = Les écoles doivent prévenir les familles (SB 98)
law-sb98-summary = Quand une école confirme que des agents de l'immigration sont sur le campus, elle doit prévenir les parents, les élèves et le personnel. Les plans de sécurité des écoles doivent prévoir cela au plus tard le 1er mars 2026. La règle s'applique jusqu'au 1er janvier 2031.
law-sb98-does-not = Elle concerne l'information des personnes, pas l'interdiction d'entrer pour les agents. C'est AB 49 qui fixe les règles sur le moment où les agents peuvent entrer dans les parties d'une école qui ne sont pas ouvertes au public.

law-sb627-name = No Secret Police Act (SB 627)
law-sb627-summary = Cette loi dit que les agents locaux, de l'État et fédéraux ne peuvent pas se couvrir le visage quand ils sont en contact avec le public. Il y a des exceptions, comme le travail sous couverture, les masques médicaux de type N95 et l'équipement des unités SWAT. Sa date de début est le 1er janvier 2026. La Californie a adopté cette loi. La question de savoir si elle peut être imposée aux agents fédéraux est devant les tribunaux : le U.S. Department of Justice (ministère de la Justice des États-Unis) a porté plainte contre la Californie en novembre 2025.
law-sb627-does-not = Ne comptez pas sur le fait que les agents fédéraux la respectent. Le gouvernement des États-Unis dit qu'il ne s'y conformera pas, et des procureurs fédéraux ont dit qu'elle n'a aucun effet sur leur travail. Tant que les tribunaux n'ont pas décidé, la question n'est pas tranchée.

law-sb805-name = No Vigilantes Act (SB 805)
law-sb805-summary = Cette loi dit que les agents qui ne sont pas en uniforme doivent montrer un nom ou un numéro d'insigne que les gens peuvent voir. Les agents de cautionnement (bail agents) ne peuvent pas participer à l'application des lois sur l'immigration. La Californie a adopté cette loi. La question de savoir si elle peut être imposée aux agents fédéraux est devant les tribunaux : le U.S. Department of Justice (ministère de la Justice des États-Unis) a porté plainte contre la Californie en novembre 2025.
law-sb805-does-not = Ne comptez pas sur le fait que les agents fédéraux la respectent. Le gouvernement des États-Unis dit qu'il ne s'y conformera pas, et des procureurs fédéraux ont dit qu'elle n'a aucun effet sur leur travail. Tant que les tribunaux n'ont pas décidé, la question n'est pas tranchée.
