# Situations 9 à 15. Mots simples, phrases courtes, une action par étape.
# Ne jamais mettre de numéro de téléphone dans un message.

## Au tribunal

in-court-title = Aller au tribunal
in-court-summary = Vous avez une affaire devant un tribunal de l'État ou devant le tribunal de l'immigration.

in-court-state-court-do = Sachez qu'un tribunal de l'État de Californie ne décide pas de votre statut d'immigration.
in-court-state-court-why = Malgré cela, ce qui se passe dans une affaire devant un tribunal de l'État peut compter pour votre dossier d'immigration. Certains résultats peuvent vous aider. D'autres peuvent vous nuire.

in-court-ask-immigration-lawyer-do = Si vous avez une affaire devant un tribunal de l'État, parlez-en aussi avec un avocat spécialisé en immigration.
in-court-ask-immigration-lawyer-why = Certaines décisions d'un tribunal de l'État peuvent aider, comme les constatations SIJS pour les jeunes (statut spécial de jeune immigrant), ou les démarches pour les victimes d'un crime. Certains résultats d'une affaire pénale peuvent nuire à votre statut d'immigration.

in-court-case-information-do = Pour obtenir des informations sur une affaire devant le tribunal de l'immigration, ayez sous la main le numéro A (A-number) de la personne. La ligne automatique du tribunal pour les dossiers se trouve dans l'outil de recherche d'aide de cette application.
in-court-case-information-why = La ligne automatique demande le numéro A. Elle est gérée par le gouvernement, pas par des défenseurs des immigrants.

in-court-ask-for-lawyer-do = Vous pouvez demander à parler à un avocat.
in-court-ask-for-lawyer-say = Je veux parler à un avocat.
in-court-ask-for-lawyer-why = Dans les affaires d'immigration, le gouvernement ne paie généralement pas votre avocat. Vous devrez peut-être en trouver un vous-même.

in-court-free-legal-help-do = Cherchez une aide juridique gratuite. Vous pouvez chercher en ligne dans deux annuaires nationaux de services juridiques gratuits ou à faible coût (les liens à côté de cette étape). Le tribunal de l'immigration a aussi une liste de services juridiques gratuits (pro bono).
in-court-free-legal-help-why = Ces listes peuvent vous aider à trouver une aide juridique gratuite. Si vous êtes détenu et que vous n'avez pas d'avocat, demandez aux agents la liste des services juridiques gratuits.

in-court-dont-ignore-state-case = Ne croyez pas qu'une affaire devant un tribunal de l'État n'a rien à voir avec l'immigration. Certains résultats d'une affaire pénale peuvent nuire à votre statut. Demandez à un avocat spécialisé en immigration.

## À l'école ou à l'hôpital

school-hospital-title = À l'école ou à l'hôpital
school-hospital-summary = Des agents de l'immigration viennent dans une école, une clinique ou un hôpital.

school-hospital-school-private-areas-do = Connaissez la loi sur les écoles. Les agents de l'immigration ne peuvent pas entrer dans les parties d'une école qui ne sont pas ouvertes au public, sauf s'ils montrent une pièce d'identité valable et un mandat, une citation (subpoena) ou une ordonnance d'un juge ou d'un tribunal.
school-hospital-school-private-areas-why = Cette loi de Californie s'appelle AB 49. Elle a été signée le 20 septembre 2025.

school-hospital-school-records-do = Sachez qu'une école ne peut pas donner aux agents des informations sur les élèves, les familles ou le personnel, sauf si les agents ont un mandat d'un juge.
school-hospital-school-records-why = AB 49 protège aussi ces informations. Un papier signé par un agent de l'ICE, et non par un juge, n'est pas un mandat d'un juge.

school-hospital-school-notice-do = Surveillez les messages de l'école de votre enfant. Quand une école confirme que des agents de l'immigration sont sur le campus, elle doit prévenir les parents, les élèves et le personnel.
school-hospital-school-notice-why = Cette loi de Californie s'appelle SB 98. Les écoles devaient ajouter cette étape à leurs plans de sécurité au plus tard le 1er mars 2026. La règle s'applique jusqu'au 1er janvier 2031.

school-hospital-health-private-areas-do = Connaissez la loi sur la santé. Les cliniques et les hôpitaux doivent choisir lesquelles de leurs parties ne sont pas ouvertes au public. Ils doivent empêcher les agents de l'immigration d'entrer dans ces parties, sauf si les agents ont un mandat d'un juge ou une ordonnance d'un tribunal.
school-hospital-health-private-areas-why = Cette loi de Californie s'appelle SB 81. Elle considère aussi votre statut d'immigration comme une partie de votre dossier médical.

school-hospital-emergency-care-do = Faites-vous soigner en urgence quand vous en avez besoin.
school-hospital-emergency-care-why = Le California Attorney General (procureur général de Californie) dit que vous pouvez recevoir des soins médicaux d'urgence quel que soit votre statut d'immigration.

school-hospital-dont-public-areas = Ne croyez pas que ces lois couvrent toutes les parties d'une école ou d'un hôpital. Elles concernent les parties qui ne sont pas ouvertes au public.
school-hospital-dont-count-on-agents = Ne comptez pas seulement sur ces lois pour tenir les agents à distance. Des agents qui ont un mandat signé par un juge, ou une ordonnance d'un tribunal, peuvent quand même entrer.
school-hospital-dont-skip-care = N'évitez pas les soins d'urgence à cause de votre statut d'immigration.

## Près de la frontière

border-zone-title = Près de la frontière
border-zone-summary = Les points de contrôle de la Border Patrol (police des frontières), et les aéroports ou postes-frontières où vous entrez dans le pays.

border-zone-hundred-mile-zone-do = Sachez que les agents de la frontière disent avoir des pouvoirs supplémentaires à moins de 100 miles (environ 160 km) de toute frontière des États-Unis, y compris la côte. La plupart des grandes villes de Californie sont dans cette zone.
border-zone-hundred-mile-zone-why = Une loi fédérale, 8 U.S.C. §1357(a)(3), permet à ces agents d'agir à une « distance raisonnable » de la frontière, et une règle fédérale fixe cette distance à 100 miles à vol d'oiseau. La Constitution vous protège quand même dans cette zone. Nos sources pour ce point sont des copies d'une fiche d'information de l'ACLU, pas la page de l'ACLU elle-même, et les règles à la frontière sont complexes : posez la question à un avocat pour votre situation.

border-zone-checkpoint-silent-do = À un point de contrôle de la Border Patrol, restez calme et gardez les mains là où les agents peuvent les voir. Vous pouvez garder le silence. Si vous le choisissez, dites-le à voix haute.
border-zone-checkpoint-silent-why = La Border Patrol peut tenir des points de contrôle de l'immigration. Mais la Constitution s'applique quand même à ces endroits, y compris votre droit de ne pas répondre aux questions.

border-zone-papers-do = À un point de contrôle, ou n'importe où près de la frontière, si vous avez des papiers d'immigration valides, comme une carte verte (green card) ou un permis de travail, gardez-les sur vous et montrez-les aux agents de l'immigration qui les demandent. Si vous n'avez pas de papiers, vous pouvez garder le silence. Ne mentez pas, et ne montrez jamais de faux papiers ni de papiers d'un autre pays.
border-zone-papers-why = La loi fédérale dit que les adultes qui ont reçu ces papiers doivent les avoir sur eux. Ne pas les avoir sur soi est un délit fédéral mineur (misdemeanor). Depuis 2025, Customs and Border Protection (CBP, douanes et protection des frontières) rappelle cette règle aux gens. Nos sources pour ces détails sont des pages de cabinets d'avocats et des articles de presse : demandez à un avocat ce que cela signifie pour vos papiers.

border-zone-refuse-search-do = N'acceptez pas la fouille de votre voiture. S'ils fouillent quand même, ne vous battez pas avec eux.
border-zone-refuse-search-say = Je ne consens pas à la fouille de ma voiture.
border-zone-refuse-search-why = Dans la zone, la Border Patrol a besoin d'un soupçon raisonnable (reasonable suspicion) d'une infraction à l'immigration ou d'un crime pour arrêter une voiture. Pour fouiller une voiture, il lui faut un mandat ou une cause probable (probable cause : des raisons sérieuses, fondées sur des faits).

border-zone-ports-of-entry-do = Quand vous entrez dans le pays par un aéroport, un poste-frontière terrestre ou un port maritime, attendez-vous à ce que les agents puissent fouiller vos bagages et votre voiture.
border-zone-ports-of-entry-why = Ces endroits s'appellent des points d'entrée (ports of entry). Là, les agents n'ont besoin ni d'un mandat ni d'une raison pour les fouilles de routine, même pour les citoyens des États-Unis et les titulaires d'une carte verte. Les règles sont très différentes de celles des contrôles à l'intérieur du pays. Les règles à la frontière sont complexes : si vous êtes inquiet, demandez à un avocat avant de voyager.

border-zone-phones-laptops-do = Connaissez les règles pour les téléphones et les ordinateurs portables à un point d'entrée. Les agents disent qu'ils peuvent les fouiller sans mandat. Vous n'avez pas à donner votre mot de passe.
border-zone-phones-laptops-why = Refuser n'empêchera peut-être pas la fouille. Si vous ne déverrouillez pas un appareil, les agents peuvent le garder pendant des semaines. Un voyageur qui n'est ni citoyen des États-Unis ni titulaire d'une carte verte peut se voir refuser l'entrée.

border-zone-lawyer-at-port-do = Si vous êtes citoyen des États-Unis, vous pouvez demander un avocat pendant que les agents vous interrogent à un point d'entrée.
border-zone-lawyer-at-port-say = Je veux parler à un avocat.
border-zone-lawyer-at-port-why = Les titulaires d'une carte verte ou d'un visa n'ont généralement pas droit à un avocat pendant ce contrôle, sauf si l'affaire devient pénale. Les règles à la frontière sont complexes. Ce sont des informations générales : demandez à un avocat spécialisé en immigration avant de voyager.

border-zone-dont-no-rights = Ne croyez pas que vous perdez vos droits près de la frontière. La Constitution s'applique quand même dans la zone des 100 miles.

## Filmer des agents

recording-title = Filmer des agents
recording-summary = Vous voyez des agents de l'immigration en action dans un lieu public et vous voulez les filmer.

recording-right-to-record-do = Vous pouvez filmer des agents dans un lieu public. Restez là où vous avez le droit d'être. Gardez une distance de sécurité. Ne les gênez pas.
recording-right-to-record-why = Des tribunaux fédéraux, y compris la cour d'appel dont dépend la Californie, disent que le premier amendement donne aux gens le droit de filmer la police qui fait son travail en public. Le même principe est appliqué aux agents de l'immigration.

recording-know-the-risk-do = Connaissez le risque avant de filmer. Des personnes ont été arrêtées pendant qu'elles filmaient des agents.
recording-know-the-risk-why = ProPublica, un média d'information, a compté au moins 130 personnes arrêtées parce qu'elles auraient gêné des agents ou les auraient filmés. Le Department of Homeland Security (DHS, ministère de la Sécurité intérieure) a qualifié le fait de filmer des agents de « doxing », un mot qui désigne la divulgation d'informations privées sur des personnes.

recording-move-back-do = Si un agent vous ordonne de reculer, faites-le. Vous pouvez continuer à filmer de plus loin.
recording-move-back-why = Les agents peuvent légalement vous dire de reculer pour des raisons de sécurité. Si vous refusez, vous pouvez être arrêté.

recording-protect-phone-do = Si un agent demande à voir votre téléphone, vous pouvez refuser. Vous n'avez pas à le déverrouiller ni à effacer votre vidéo.
recording-protect-phone-say = Je ne consens pas à la fouille de mon téléphone.
recording-protect-phone-why = Notre source, un résumé des conseils de l'Electronic Frontier Foundation, dit que, sans mandat, les agents ne devraient pas fouiller votre téléphone, vous obliger à effacer une vidéo ou vous obliger à le déverrouiller. Ce point doit être vérifié par un avocat pour votre propre situation. Si des agents prennent quand même votre téléphone, ne vous battez pas avec eux.

recording-write-details-do = Notez la date, l'heure et le lieu. Notez les noms des agents, leurs numéros d'insigne, leurs véhicules et les plaques d'immatriculation.
recording-write-details-why = Ces détails donnent une trace claire de ce qui s'est passé et de qui était là.

recording-focus-on-agents-do = Dirigez votre caméra vers les agents, pas vers la personne qu'ils retiennent.
recording-focus-on-agents-why = Cela protège la vie privée de la personne détenue.

recording-dont-interfere = Ne touchez pas les agents, ne leur bloquez pas le passage et ne les gênez pas pendant que vous filmez.
recording-dont-ignore-orders = Ne refusez pas un ordre de reculer. Continuez plutôt à filmer à une distance sûre.
recording-dont-delete-footage = Ne déverrouillez pas votre téléphone et n'effacez pas votre vidéo parce qu'un agent vous le dit.

## Plan familial

family-plan-title = Préparer un plan familial
family-plan-summary = Préparez votre famille avant que quoi que ce soit n'arrive.

family-plan-memorize-numbers-do = Apprenez par cœur les numéros de téléphone d'une personne de confiance et d'un avocat.
family-plan-memorize-numbers-why = Si vous êtes détenu, vous n'aurez peut-être pas votre téléphone.

family-plan-children-pickup-do = Décidez qui peut aller chercher vos enfants si vous ne pouvez pas. Écrivez-le.
family-plan-children-pickup-why = Ainsi, les personnes de confiance savent quoi faire si vous ne rentrez pas à la maison.

family-plan-documents-do = Gardez vos papiers importants au même endroit, accessible aux personnes de confiance.
family-plan-documents-why = Votre famille peut avoir besoin de ces papiers rapidement s'il vous arrive quelque chose.

family-plan-a-number-do = Si vous avez un numéro A (A-number), connaissez-le. Notez-le à un endroit où votre famille peut le trouver.
family-plan-a-number-why = Si vous êtes adulte et que vous êtes détenu, votre famille peut vous chercher dans l'outil en ligne de l'ICE pour trouver les personnes détenues (online detainee locator), avec votre numéro A et votre pays de naissance. La ligne des dossiers du tribunal de l'immigration demande aussi le numéro A.

family-plan-tell-officer-parent-do = Si vous êtes arrêté ou détenu, dites à l'agent si vous êtes le parent d'un enfant ou la personne qui s'en occupe principalement. Dites-lui aussi si vous avez des besoins médicaux.
family-plan-tell-officer-parent-say = Je suis le parent d'un enfant, et c'est moi qui m'en occupe principalement.
family-plan-tell-officer-parent-why = Vous pouvez le dire aux agents. Si la police locale vous arrête en Californie, un parent qui a la garde de ses enfants a droit à deux appels gratuits de plus pour organiser leur garde.

family-plan-plan-form-do = Remplissez un formulaire de plan familial. Le ILRC Family Preparedness Plan existe en anglais, en espagnol, en tagalog, en vietnamien et en chinois traditionnel.
family-plan-plan-form-why = Un plan écrit, rangé au même endroit, est plus facile à partager avec les personnes de confiance.

family-plan-dont-wait = N'attendez pas que des agents arrivent pour préparer un plan.
family-plan-dont-rely-on-phone = Ne gardez pas les numéros importants seulement dans votre téléphone. Vous ne l'aurez peut-être pas si vous êtes détenu.

## Arnaques

scams-title = Arnaques liées à l'immigration
scams-summary = Quelqu'un vous propose de l'aide pour l'immigration, ou dit qu'il y a un problème avec votre statut.

scams-real-lawyer-do = Pour des conseils juridiques sur l'immigration, adressez-vous seulement à un avocat autorisé à exercer ou à un représentant accrédité par le U.S. Department of Justice (ministère de la Justice des États-Unis).
scams-real-lawyer-why = Eux seuls ont le droit de donner des conseils juridiques en matière d'immigration.

scams-consultants-do = Méfiez-vous des « notarios » et des consultants en immigration. Avant de payer qui que ce soit, demandez s'il s'agit d'un avocat ou d'un représentant accrédité.
scams-consultants-why = Un consultant qui n'est pas avocat peut seulement remplir des formulaires et traduire. Il n'a pas le droit de vous dire quoi faire dans votre dossier.

scams-calls-and-texts-do = Si quelqu'un vous appelle, vous envoie un SMS ou un e-mail pour dire qu'il y a un problème avec votre statut d'immigration, ne lui donnez ni argent ni informations personnelles.
scams-calls-and-texts-say = Je ne donnerai ni argent ni informations personnelles. Je vais vérifier auprès de mon propre avocat.
scams-calls-and-texts-why = Le California Attorney General (procureur général de Californie) met en garde contre ces pratiques.

scams-free-help-do = Cherchez une aide juridique gratuite. Le California Department of Social Services (services sociaux de Californie) publie des listes de groupes qui en donnent.
scams-free-help-why = L'État de Californie paie des associations à but non lucratif pour donner des services juridiques gratuits en matière d'immigration.

scams-dont-pay-for-advice = Ne payez pas un notario ou un consultant pour des conseils juridiques sur votre dossier d'immigration.
scams-dont-share-details = Ne donnez ni argent ni informations personnelles à une personne qui vous contacte au sujet d'un problème avec votre statut. Demandez plutôt à un avocat de confiance.

## Rumeurs et signalements

rumors-title = Rumeurs et signalements
rumors-summary = On vous dit que des agents de l'immigration sont dans les environs, ou vous les voyez vous-même.

rumors-check-first-do = Avant de partager une nouvelle sur des agents de l'immigration, vérifiez qu'elle est vraie.
rumors-check-first-why = Une publication que personne n'a vérifiée peut être fausse, et elle peut répandre la peur.

rumors-call-rapid-response-do = Si vous voyez des agents de l'immigration, appelez la ligne d'intervention rapide de votre comté au lieu de publier un message. Vous trouverez la ligne dans l'outil de recherche d'aide de cette application.
rumors-call-rapid-response-why = Les lignes d'intervention rapide reçoivent les signalements d'agents de l'immigration dans les environs, et elles aident les personnes qui en ont besoin.

rumors-document-safely-do = Si vous pouvez le faire sans danger, filmez ou notez ce que vous voyez. Gardez vos distances.
rumors-document-safely-why = Une trace de ce qui s'est passé peut aider plus tard. Gêner des agents peut vous faire arrêter.

rumors-stay-silent-do = Si des agents vous interrogent pendant que vous regardez, vous pouvez garder le silence. Si vous le choisissez, dites-le à voix haute.

rumors-right-numbers-do = Partagez seulement des numéros d'aide qui viennent d'une source de confiance, comme votre réseau local d'intervention rapide.
rumors-right-numbers-why = Le Department of Homeland Security (DHS, ministère de la Sécurité intérieure) a un numéro pour que le public dénonce des personnes à l'ICE. Ce n'est pas une ligne d'aide.

rumors-dont-post-unchecked = Ne publiez pas de signalements d'agents de l'immigration que personne n'a vérifiés.
rumors-dont-share-tip-line = Ne partagez pas le numéro du DHS pour dénoncer des personnes à l'ICE comme si c'était un numéro d'aide.
rumors-dont-interfere = Ne gênez pas les agents et n'essayez pas de les empêcher d'agir.
