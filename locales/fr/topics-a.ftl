# Autres situations : vérifier un mandat, au travail, arrestation, dans une prison locale,
# détention par l'ICE. Mots simples, phrases courtes, une action par étape.

## Vérifier un mandat

warrant-check-title = Vérifier un mandat
warrant-check-summary = Des agents disent qu'ils ont un mandat. Voici comment vérifier le papier.

warrant-check-keep-door-closed-do = Gardez la porte fermée pendant que vous vérifiez. Demandez aux agents de glisser le mandat sous la porte ou de le montrer à la fenêtre.
warrant-check-keep-door-closed-say = Glissez le mandat sous la porte ou montrez-le à la fenêtre, s'il vous plaît.
warrant-check-keep-door-closed-why = Ouvrir la porte ne leur donne pas la permission d'entrer. Mais il est plus sûr de lire le papier avec la porte fermée. Si vous ne pouvez pas le lire, vous pouvez demander un interprète.

warrant-check-who-signed-do = Regardez qui a signé le papier. Un mandat d'un juge vient d'un tribunal, par exemple une U.S. District Court (tribunal fédéral) ou une California Superior Court (tribunal de l'État de Californie). C'est un juge qui le signe.
warrant-check-who-signed-why = La Constitution protège toutes les personnes aux États-Unis, quel que soit leur statut d'immigration. Les défenseurs des immigrants disent que, sans mandat signé par un juge, les agents ont besoin de votre permission pour entrer chez vous.

warrant-check-ice-forms-do = Si le papier est un formulaire de l'ICE ou du Department of Homeland Security (DHS, ministère de la Sécurité intérieure), comme le formulaire I-200 ou le formulaire I-205, ce n'est pas un mandat d'un juge. Gardez la porte fermée, et n'acceptez pas de les laisser entrer.
warrant-check-ice-forms-say = Ce papier n'est pas signé par un juge. Je ne consens pas à ce que vous entriez chez moi.
warrant-check-ice-forms-why = C'est un agent de l'ICE qui signe ces formulaires, pas un juge. Les défenseurs des immigrants disent qu'ils ne permettent pas aux agents d'entrer chez vous sans votre permission. Mais depuis 2025, l'ICE affirme que ses agents peuvent entrer de force avec le formulaire I-205 pour arrêter une personne qui a une ordonnance définitive d'expulsion. Cette affirmation est contestée devant les tribunaux. Si des agents entrent de force, ne vous battez pas avec eux et ne leur bloquez pas le passage.

warrant-check-check-details-do = Si un juge l'a signé, vérifiez les détails. Un mandat de perquisition doit indiquer votre adresse exacte. Un mandat d'arrêt doit nommer une personne qui vit vraiment ici. Cherchez la signature du juge.
warrant-check-check-details-why = Un mandat de perquisition permet aux agents de fouiller l'adresse qu'il indique, quelle que soit la personne qui y vit. Un mandat d'arrêt ne permet pas aux agents d'entrer chez quelqu'un d'autre pour chercher la personne qu'il nomme : pour cela, il leur faut un mandat de perquisition. Si un mandat de perquisition indique une autre adresse, ou si un mandat d'arrêt ne nomme personne qui vit ici, vous n'avez pas à ouvrir la porte.

warrant-check-check-the-date-do = Regardez la date sur le mandat.
warrant-check-check-the-date-why = Un mandat peut être trop ancien pour être utilisé. À partir de quand il est trop ancien, c'est une question pour un avocat. Si vous avez un doute, demandez à un avocat.

warrant-check-search-or-arrest-do = Lisez de quel type de mandat il s'agit : un mandat de perquisition ou un mandat d'arrêt.
warrant-check-search-or-arrest-why = Un mandat de perquisition permet aux agents d'entrer à l'adresse qu'il indique, quelle que soit la personne qui y vit, mais ils peuvent fouiller seulement les endroits et les choses qu'il énumère. Un mandat d'arrêt permet aux agents d'entrer dans le logement de la personne qu'il nomme, s'ils pensent que cette personne est à l'intérieur.

warrant-check-stay-silent-do = Même si le mandat est valable et que des agents entrent, vous pouvez quand même garder le silence. Si vous le choisissez, dites-le à voix haute.
warrant-check-stay-silent-why = Un mandat permet aux agents d'entrer. Il ne vous oblige pas à répondre à leurs questions. Ce que vous dites peut être utilisé contre vous au tribunal.

warrant-check-dont-open-to-read = N'ouvrez pas la porte pour lire le mandat.
warrant-check-dont-take-their-word = N'ouvrez pas la porte simplement parce que des agents disent qu'ils ont un mandat. Il arrive que des agents disent en avoir un alors qu'ils n'en ont pas, ou qu'ils disent être de la police. Regardez d'abord le papier.

## Au travail

at-work-title = Des agents à votre travail
at-work-summary = Des agents de l'immigration viennent sur votre lieu de travail.

at-work-know-the-areas-do = Sachez où les agents peuvent aller. L'ICE peut entrer sans demander dans les parties publiques d'une entreprise, comme une salle de restaurant, un hall d'accueil ou un parking.
at-work-know-the-areas-why = Le simple fait d'être dans une partie publique ne permet pas, à lui seul, aux agents de retenir, d'interroger ou d'arrêter qui que ce soit. Pour entrer dans les parties qui ne sont pas publiques, comme une cuisine, un bureau ou des pièces réservées aux employés, il leur faut la permission de l'employeur ou un mandat signé par un juge.

at-work-ask-if-free-do = Si un agent s'approche de vous, demandez si vous êtes libre de partir ou de retourner au travail. Si la réponse est oui, dites que vous ne voulez pas parler. Puis retournez au travail ou partez calmement.
at-work-ask-if-free-say = Suis-je libre de partir ou de retourner au travail ?

at-work-stay-where-you-are-do = Si des agents demandent aux employés de se séparer en groupes selon leur statut d'immigration, vous pouvez rester où vous êtes.
at-work-stay-where-you-are-why = Aller dans l'un de ces groupes, c'est une façon de leur dire votre statut. Vous n'avez pas à leur dire votre statut.

at-work-papers-do = Si vous avez des papiers d'immigration valides, comme une carte verte (green card) ou un permis de travail, montrez-les seulement si un agent de l'immigration les demande. Ne montrez jamais de faux papiers.
at-work-papers-why = La loi fédérale dit que les personnes qui ont ces papiers doivent les avoir sur elles et les montrer aux agents de l'immigration qui les demandent. Vous pouvez quand même garder le silence sur tout le reste.

at-work-employer-rules-do = Sachez ce que la Californie exige de votre employeur. Selon une loi appelée AB 450, votre employeur ne peut pas choisir de laisser des agents de l'immigration entrer dans des parties non publiques sans mandat signé par un juge. Votre employeur ne peut pas non plus les laisser voir ou prendre les dossiers des employés sans un mandat d'un juge, une citation à produire des documents (subpoena) ou un avis fédéral d'inspection.
at-work-employer-rules-why = Un formulaire de l'ICE, comme le formulaire I-200 ou le formulaire I-205, ne suffit pas selon cette loi. Mais la loi s'impose aux employeurs, pas à l'ICE. Avec un mandat signé par un juge, les agents peuvent quand même entrer. Vous gardez vos propres droits dans tous les cas. Un employeur qui enfreint cette loi peut recevoir une amende de $2,000 à $10,000 (de 2 000 à 10 000 dollars) pour chaque infraction.

at-work-records-notice-do = Si l'ICE remet à votre employeur un avis disant qu'elle va inspecter les dossiers des employés, comme les formulaires I-9, votre employeur doit afficher un avis pour les employés dans les 72 heures.
at-work-records-notice-why = AB 450 dit que l'avis doit être dans la langue que votre employeur utilise d'habitude avec les employés. Les employés concernés par l'inspection ont aussi le droit d'en recevoir les résultats.

at-work-dont-consent-to-search = N'acceptez pas de fouille. Vous pouvez dire à voix haute : « Je ne consens à aucune fouille. »

## Arrestation par la police

arrested-title = Arrestation par la police
arrested-summary = La police locale ou des adjoints du shérif (deputies) vous arrêtent.

arrested-ask-for-lawyer-do = Demandez un avocat. Ne décidez rien avant d'avoir parlé avec un avocat.
arrested-ask-for-lawyer-say = Je veux parler à un avocat.
arrested-ask-for-lawyer-why = Ce que vous dites peut être utilisé contre vous devant le tribunal pénal et devant le tribunal de l'immigration.

arrested-phone-calls-do = Demandez à passer vos appels téléphoniques. En Californie, vous pouvez passer au moins 3 appels qui aboutissent. Vous y avez droit juste après l'enregistrement à la prison (booking), et au plus tard 3 heures après votre arrestation, sauf si c'est matériellement impossible.
arrested-phone-calls-say = Je veux passer mes appels téléphoniques.
arrested-phone-calls-why = La section 851.5 du California Penal Code (code pénal de Californie) vous donne droit à ces appels. Les appels dans la zone locale sont gratuits. Un agent qui vous refuse ces appels exprès enfreint la loi.

arrested-whom-to-call-do = Utilisez vos appels pour joindre un avocat ou un avocat commis d'office (public defender), un agent de cautionnement (bail bond agent), et un membre de votre famille ou une autre personne.
arrested-whom-to-call-why = La police n'a pas le droit d'écouter ni d'enregistrer votre appel à un avocat. Vous n'aurez peut-être pas votre téléphone avec vous : apprenez par cœur, avant d'en avoir besoin, les numéros d'un avocat et d'une personne de confiance.

arrested-child-care-calls-do = Si vous êtes un parent qui a la garde d'un enfant, dites-le. Demandez 2 appels gratuits de plus pour organiser la garde de votre enfant.
arrested-child-care-calls-say = Je suis parent. J'ai besoin de mes appels supplémentaires pour organiser la garde de mon enfant.
arrested-child-care-calls-why = La loi de Californie donne aux parents qui ont la garde d'un enfant 2 appels gratuits supplémentaires pour organiser la garde.

arrested-tell-your-needs-do = Dites à l'agent si vous êtes le parent d'un enfant ou la personne qui s'en occupe principalement. Dites-lui aussi si vous avez des besoins médicaux.
arrested-tell-your-needs-why = Vous pouvez leur dire cela. Cela peut aider à ce que quelqu'un s'occupe de votre enfant et à ce que vos besoins de santé soient connus.

arrested-dont-resist = Ne fuyez pas la police et ne vous battez pas avec elle, même si vous pensez que l'arrestation est injuste.
arrested-dont-answer-status-questions = Ne répondez pas aux questions sur votre lieu de naissance, votre statut d'immigration, ou la façon dont vous êtes venu aux États-Unis. En général, la police de Californie n'a pas le droit de vous interroger sur votre statut pour aider à appliquer les lois sur l'immigration.

## Dans une prison locale

in-jail-title = Dans une prison locale
in-jail-summary = Vous êtes détenu dans une prison de la ville ou du comté, et l'ICE veut peut-être vous parler ou vous emmener.

in-jail-consent-form-do = Avant que l'ICE puisse vous interroger dans une prison locale, la prison doit vous donner un formulaire écrit. Lisez-le. Si vous ne le comprenez pas, dites que vous avez besoin d'un interprète.
in-jail-consent-form-why = Le TRUTH Act de Californie exige ce formulaire. Il doit expliquer à quoi sert l'entretien, qu'il est volontaire, et que vous pouvez refuser ou demander la présence de votre avocat. Le formulaire existe en anglais, en espagnol, en chinois, en tagalog, en vietnamien et en coréen, et dans d'autres langues dans certains comtés.

in-jail-refuse-interview-do = Vous pouvez refuser l'entretien avec l'ICE. Ou vous pouvez dire que vous ne parlerez qu'en présence de votre avocat.
in-jail-refuse-interview-say = Je n'accepte pas d'entretien avec l'ICE sans la présence de mon avocat.
in-jail-refuse-interview-why = L'entretien est volontaire. Ce que vous dites à l'ICE peut être utilisé contre vous devant le tribunal de l'immigration.

in-jail-ask-for-copy-do = Demandez si la prison a reçu à votre sujet une demande de maintien de l'ICE (ICE hold), une demande d'avis de libération ou une demande de transfert. Si c'est le cas, demandez-en une copie. Demandez si la prison va faire ce que l'ICE demande.
in-jail-ask-for-copy-say = Est-ce que l'ICE a envoyé une demande de maintien ou une autre demande à mon sujet ? Donnez-m'en une copie, s'il vous plaît.
in-jail-ask-for-copy-why = Le TRUTH Act dit que la prison doit vous donner une copie de toute demande de ce type et vous dire si elle compte y donner suite. Si la prison communique à l'ICE votre date de libération, elle doit aussi vous le dire par écrit, et le dire à votre avocat ou à une autre personne de votre choix.

in-jail-hold-is-a-request-do = Sachez qu'une demande de maintien de l'ICE est une demande de l'ICE. Ce n'est pas une ordonnance d'un juge.
in-jail-hold-is-a-request-why = Selon SB 54, une loi de Californie, une prison locale ne peut pas vous garder après votre heure de libération parce que l'ICE l'a demandé. Mais si vous avez certaines condamnations graves, par exemple pour certains crimes graves ou violents (felonies), la prison peut quand même dire à l'ICE quand vous serez libéré, ou vous remettre à l'ICE. Elle peut aussi vous remettre à l'ICE s'il existe un mandat signé par un juge. Ces lois limitent la police et les prisons locales, pas les agents de l'ICE.

in-jail-state-prison-do = Si vous êtes dans une prison d'État, et non dans une prison de la ville ou du comté, les règles sont différentes. SB 54 ne couvre pas les prisons d'État.
in-jail-state-prison-why = Les prisons d'État peuvent quand même informer l'ICE des personnes qui vont sortir de prison, et organiser leur remise à l'ICE. Mais une prison d'État doit quand même vous donner un formulaire avant un entretien avec l'ICE, et des copies des demandes de l'ICE à votre sujet.

in-jail-dont-think-you-must-talk = Ne croyez pas que vous devez parler à l'ICE dans une prison locale. L'entretien, c'est votre choix.

## Détention par l'ICE

ice-detention-title = Détention par l'ICE
ice-detention-summary = L'ICE vous garde en détention de l'immigration.

ice-detention-free-legal-help-do = Si vous n'avez pas d'avocat, demandez aux agents la liste des services juridiques gratuits (pro bono).
ice-detention-free-legal-help-say = Je n'ai pas d'avocat. Donnez-moi la liste des services juridiques gratuits, s'il vous plaît.
ice-detention-free-legal-help-why = Dans les affaires d'immigration, le gouvernement ne paie généralement pas votre avocat. Les groupes de la liste donnent une aide juridique gratuite.

ice-detention-consulate-do = Vous pouvez demander à contacter le consulat de votre pays, ou demander à un agent d'informer le consulat que vous êtes détenu.
ice-detention-consulate-say = Je veux contacter mon consulat.
ice-detention-consulate-why = Vous pouvez le demander quand l'ICE vous détient. C'est votre choix.

ice-detention-careful-on-the-phone-do = Sur les téléphones du centre de détention, ne parlez pas de votre statut d'immigration ni de votre lieu de naissance.
ice-detention-careful-on-the-phone-why = Les appels sur les téléphones du centre de détention peuvent être écoutés.

ice-detention-family-can-find-you-do = Votre famille peut vous chercher avec l'outil en ligne de l'ICE, l'Online Detainee Locator, un site web (le lien à côté de cette étape). Il trouve les personnes de 18 ans ou plus.
ice-detention-family-can-find-you-why = Pour chercher, il leur faut votre numéro A (A-number) et votre pays de naissance, ou votre nom et votre pays de naissance. Le nom doit correspondre exactement aux dossiers de l'ICE.

ice-detention-a-number-do = Si vous avez un numéro A (A-number), assurez-vous que votre famille le connaît.
ice-detention-a-number-why = Le tribunal de l'immigration a une ligne téléphonique automatique qui donne des informations sur votre dossier, et elle demande votre numéro A. Cette ligne est gérée par le gouvernement. Ce n'est pas un service qui défend vos intérêts.

ice-detention-dont-decide-alone = N'acceptez pas le départ volontaire, et ne décidez rien d'autre sur votre dossier, avant d'avoir parlé à un avocat.
