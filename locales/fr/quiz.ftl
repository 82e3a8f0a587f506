# Le quiz d'entraînement : une question par bloc, puis ses choix et le pourquoi. Chaque
# question teste une étape de sa situation (content/quiz/<topic>.toml).

## Des agents à votre porte

quiz-at-home-door = Des agents de l'immigration frappent à la porte de votre domicile. Que devez-vous faire ?
quiz-at-home-door-a = Ouvrir un peu la porte pour parler.
quiz-at-home-door-b = Garder la porte fermée et parler à travers la porte.
quiz-at-home-door-c = Sortir pour parler avec eux.
quiz-at-home-door-why = Gardez la porte fermée et parlez à travers la porte. Demandez qui ils sont et pourquoi ils sont venus. Ouvrir la porte ne leur donne pas la permission d'entrer, mais parler à travers une porte fermée est plus sûr.

quiz-at-home-open = Des agents veulent que vous ouvriez la porte. Que doivent-ils vous montrer avant que vous l'ouvriez ?
quiz-at-home-open-a = Un insigne à la fenêtre.
quiz-at-home-open-b = N'importe quel papier où il est écrit « mandat » (warrant).
quiz-at-home-open-c = Un mandat signé par un juge qui correspond à ce logement.
quiz-at-home-open-why = N'ouvrez pas la porte, sauf s'ils vous montrent, sous la porte ou à la fenêtre, un mandat signé par un juge qui correspond à ce logement. C'est-à-dire un mandat de perquisition pour cette adresse, ou un mandat d'arrêt pour une personne qui vit ici.

quiz-at-home-silent = Des agents vous demandent où vous êtes né. Devez-vous répondre ?
quiz-at-home-silent-a = Non. Vous pouvez garder le silence.
quiz-at-home-silent-b = Oui. Vous devez répondre à toutes les questions.
quiz-at-home-silent-c = Non, mais vous devez leur dire votre statut d'immigration.
quiz-at-home-silent-why = Le cinquième amendement vous permet de refuser de répondre aux questions. Vous n'avez pas à dire où vous êtes né, quel est votre statut d'immigration, ni comment vous êtes venu dans ce pays. Si vous choisissez de garder le silence, dites-le à voix haute.

quiz-at-home-forced = Des agents entrent de force chez vous. Que devez-vous faire ?
quiz-at-home-forced-a = Leur bloquer le passage pour qu'ils ne puissent pas entrer.
quiz-at-home-forced-b = Ne pas vous battre. Dire que vous ne consentez pas à leur entrée ni à une fouille.
quiz-at-home-forced-c = Répondre à leurs questions pour qu'ils partent plus vite.
quiz-at-home-forced-why = Ne vous battez pas avec eux et ne leur bloquez pas le passage : résister physiquement peut vous mettre en danger, vous et votre famille. Vous pouvez quand même refuser avec des mots. Dites que vous ne consentez pas à leur entrée ni à une fouille, gardez le silence et demandez un avocat.

## Vérifier un mandat

quiz-warrant-check-say-warrant = Des agents disent à travers la porte qu'ils ont un mandat. Que devez-vous faire ?
quiz-warrant-check-say-warrant-a = Ouvrir la porte, puisqu'ils l'ont dit.
quiz-warrant-check-say-warrant-b = Ne pas ouvrir la porte. Voir d'abord le papier.
quiz-warrant-check-say-warrant-c = Ouvrir la porte s'ils disent qu'ils sont de la police.
quiz-warrant-check-say-warrant-why = N'ouvrez pas la porte simplement parce que des agents disent qu'ils ont un mandat. Il arrive que des agents disent en avoir un alors qu'ils n'en ont pas, ou qu'ils disent être de la police. Regardez d'abord le papier.

quiz-warrant-check-judge = Comment savoir si un papier est un mandat d'un juge ?
quiz-warrant-check-judge-a = Il vient d'un tribunal, et un juge l'a signé.
quiz-warrant-check-judge-b = Un agent de l'ICE l'a signé.
quiz-warrant-check-judge-c = L'agent vous dit que c'en est un.
quiz-warrant-check-judge-why = Regardez qui a signé le papier. Un mandat d'un juge vient d'un tribunal, par exemple une U.S. District Court (tribunal fédéral) ou une California Superior Court (tribunal de l'État de Californie). C'est un juge qui le signe.

quiz-warrant-check-ice-form = Le papier est le formulaire I-205 de l'ICE. Est-ce un mandat d'un juge ?
quiz-warrant-check-ice-form-a = Oui. Tous les formulaires de mandat viennent d'un juge.
quiz-warrant-check-ice-form-b = Oui, si un agent de l'ICE l'a signé.
quiz-warrant-check-ice-form-c = Non. C'est un agent de l'ICE qui le signe, pas un juge.
quiz-warrant-check-ice-form-why = Les formulaires de l'ICE, comme le formulaire I-200 ou le formulaire I-205, sont signés par un agent de l'ICE, pas par un juge. Les défenseurs des immigrants disent qu'ils ne permettent pas aux agents d'entrer chez vous sans votre permission, mais depuis 2025 l'ICE affirme que ses agents peuvent entrer de force avec le formulaire I-205 pour arrêter une personne qui a une ordonnance définitive d'expulsion, et cette affirmation est contestée devant les tribunaux. Si des agents entrent de force, ne vous battez pas avec eux et ne leur bloquez pas le passage.

quiz-warrant-check-wrong-person = Un juge a signé un mandat d'arrêt, mais il ne nomme personne qui vit chez vous. Devez-vous ouvrir la porte ?
quiz-warrant-check-wrong-person-a = Oui. N'importe quel mandat d'un juge leur permet d'entrer.
quiz-warrant-check-wrong-person-b = Non. Vous n'avez pas à ouvrir la porte.
quiz-warrant-check-wrong-person-c = Oui, dès qu'ils le glissent sous la porte.
quiz-warrant-check-wrong-person-why = Un mandat d'arrêt ne permet pas aux agents d'entrer chez quelqu'un d'autre pour chercher la personne qu'il nomme. Pour cela, il leur faut un mandat de perquisition. Si un mandat d'arrêt ne nomme personne qui vit ici, vous n'avez pas à ouvrir la porte.

## Contrôle dans un lieu public

quiz-in-public-free-to-go = Dans la rue, vous demandez à un agent si vous êtes libre de partir. La réponse est oui. Que pouvez-vous faire ?
quiz-in-public-free-to-go-a = Vous devez rester et répondre à ses questions.
quiz-in-public-free-to-go-b = Partir calmement.
quiz-in-public-free-to-go-c = Partir en courant.
quiz-in-public-free-to-go-why = Si la réponse est oui, partez calmement. Si on ne vous retient pas, vous n'avez pas à rester pour répondre aux questions. Si la réponse est non, gardez le silence et demandez un avocat.

quiz-in-public-search = Dans la rue, un agent veut fouiller votre sac. Que pouvez-vous faire ?
quiz-in-public-search-a = Dire : « Je ne consens à aucune fouille. »
quiz-in-public-search-b = Serrer votre sac et vous battre avec eux.
quiz-in-public-search-c = Rien. Vous ne pouvez pas refuser.
quiz-in-public-search-why = Vous avez le droit de refuser la fouille de vos poches ou de vos sacs. Les agents peuvent quand même palper l'extérieur de vos vêtements pour chercher des armes. S'ils vous fouillent malgré tout, ne vous battez pas avec eux.

quiz-in-public-green-card = Vous avez une carte verte (green card) valide. Que devez-vous faire quand vous sortez ?
quiz-in-public-green-card-a = La laisser à la maison pour qu'elle soit en sécurité.
quiz-in-public-green-card-b = L'avoir sur vous, mais ne pas la montrer aux agents de l'immigration qui la demandent.
quiz-in-public-green-card-c = L'avoir sur vous, et la montrer si un agent de l'immigration la demande.
quiz-in-public-green-card-why = La loi fédérale dit que les adultes qui ont reçu ces papiers doivent les avoir sur eux et les montrer aux agents de l'immigration qui les demandent. Ne pas les avoir sur soi est un délit fédéral mineur (misdemeanor).

quiz-in-public-coffee = Des agents vous demandent de venir à leur bureau ou de « prendre un café » avec eux. Que devez-vous faire ?
quiz-in-public-coffee-a = Y aller, pour qu'ils voient que vous n'avez rien à cacher.
quiz-in-public-coffee-b = Ne pas y aller. Cela peut être un piège.
quiz-in-public-coffee-c = Y aller, s'ils ont l'air gentils.
quiz-in-public-coffee-why = N'allez pas avec des agents dans un bureau et n'acceptez pas de « prendre un café » avec eux. Cela peut être un piège.

## Contrôle en voiture

quiz-traffic-stop-pull-over = La police vous fait signe de vous arrêter. Que devez-vous faire ?
quiz-traffic-stop-pull-over-a = Laisser le moteur allumé pour pouvoir repartir tout de suite.
quiz-traffic-stop-pull-over-b = Vous arrêter dans un endroit sûr, couper le moteur et garder les mains sur le volant.
quiz-traffic-stop-pull-over-c = Passer tout de suite la main sous le siège pour prendre vos papiers.
quiz-traffic-stop-pull-over-why = Arrêtez-vous dans un endroit sûr, coupez le moteur, allumez la lumière à l'intérieur de la voiture et gardez les mains sur le volant, là où l'agent peut les voir. Cela montre à l'agent que vous n'êtes pas un danger, et cela protège tout le monde.

quiz-traffic-stop-who-silent = La police arrête votre voiture. Qui peut garder le silence ?
quiz-traffic-stop-who-silent-a = Seulement le conducteur.
quiz-traffic-stop-who-silent-b = Seulement les passagers.
quiz-traffic-stop-who-silent-c = Le conducteur et tous les passagers.
quiz-traffic-stop-who-silent-why = Le conducteur et les passagers peuvent tous garder le silence. Si vous le choisissez, dites-le à voix haute. Ce que vous dites peut être utilisé contre vous au tribunal.

quiz-traffic-stop-car-search = Un agent demande à fouiller votre voiture. Que pouvez-vous dire ?
quiz-traffic-stop-car-search-a = Je ne consens pas à la fouille de ma voiture.
quiz-traffic-stop-car-search-b = Allez-y, je n'ai rien à cacher.
quiz-traffic-stop-car-search-c = Vous pouvez fouiller si vous me laissez partir après.
quiz-traffic-stop-car-search-why = N'acceptez pas la fouille de la voiture. La police peut quand même fouiller sans votre permission si elle pense qu'il y a des preuves d'un crime. S'ils fouillent malgré tout, ne vous battez pas avec eux : résister physiquement peut vous mettre en danger.

quiz-traffic-stop-passenger = Vous êtes passager. Vous demandez si vous êtes libre de partir, et l'agent dit oui. Que pouvez-vous faire ?
quiz-traffic-stop-passenger-a = Vous devez rester et répondre aux questions.
quiz-traffic-stop-passenger-b = Partir calmement.
quiz-traffic-stop-passenger-c = Sortir de la voiture en courant.
quiz-traffic-stop-passenger-why = Si vous êtes passager, demandez si vous êtes libre de partir. Si la réponse est oui, partez calmement. Si on ne vous retient pas, vous n'avez pas à rester pour répondre aux questions.

## Des agents à votre travail

quiz-at-work-areas = Au travail, où l'ICE peut-elle entrer sans demander ?
quiz-at-work-areas-a = Dans les parties publiques, comme un hall d'accueil ou un parking.
quiz-at-work-areas-b = Dans la cuisine ou le bureau.
quiz-at-work-areas-c = Dans n'importe quelle pièce, même les pièces réservées aux employés.
quiz-at-work-areas-why = L'ICE peut entrer sans demander dans les parties publiques d'une entreprise, comme une salle de restaurant, un hall d'accueil ou un parking. Pour entrer dans les parties qui ne sont pas publiques, comme une cuisine, un bureau ou des pièces réservées aux employés, il leur faut la permission de l'employeur ou un mandat signé par un juge. Le simple fait d'être dans une partie publique ne permet pas, à lui seul, aux agents de retenir, d'interroger ou d'arrêter qui que ce soit.

quiz-at-work-free-to-leave = Au travail, vous demandez à un agent si vous êtes libre de retourner au travail. La réponse est oui. Que pouvez-vous faire ?
quiz-at-work-free-to-leave-a = Vous devez d'abord rester et répondre aux questions.
quiz-at-work-free-to-leave-b = Partir en courant par la porte de derrière.
quiz-at-work-free-to-leave-c = Dire que vous ne voulez pas parler, puis retourner calmement au travail.
quiz-at-work-free-to-leave-why = Si la réponse est oui, dites que vous ne voulez pas parler. Puis retournez au travail ou partez calmement. Si on ne vous retient pas, vous n'avez pas à rester pour répondre aux questions.

quiz-at-work-groups = Des agents demandent aux employés de se séparer en groupes selon leur statut d'immigration. Que pouvez-vous faire ?
quiz-at-work-groups-a = Vous devez aller dans le groupe de votre statut.
quiz-at-work-groups-b = Rester où vous êtes.
quiz-at-work-groups-c = Aller dans un groupe, puisque cela ne leur dit rien.
quiz-at-work-groups-why = Vous pouvez rester où vous êtes. Aller dans l'un de ces groupes, c'est une façon de leur dire votre statut, et vous n'avez pas à leur dire votre statut.

quiz-at-work-search = Des agents à votre travail veulent faire une fouille. Que pouvez-vous dire ?
quiz-at-work-search-a = Je ne consens à aucune fouille.
quiz-at-work-search-b = Allez-y, je n'ai rien à cacher.
quiz-at-work-search-c = Vous pouvez fouiller si vous ne me posez pas de questions.
quiz-at-work-search-why = N'acceptez pas de fouille. Vous pouvez dire à voix haute : « Je ne consens à aucune fouille. »

## Arrestation par la police

quiz-arrested-used-against = Après une arrestation, où ce que vous dites peut-il être utilisé contre vous ?
quiz-arrested-used-against-a = Seulement devant le tribunal pénal
quiz-arrested-used-against-b = Nulle part, car c'est la police locale
quiz-arrested-used-against-c = Devant le tribunal pénal et devant le tribunal de l'immigration
quiz-arrested-used-against-why = Ce que vous dites peut être utilisé contre vous devant le tribunal pénal et devant le tribunal de l'immigration. Alors demandez un avocat, et ne décidez rien avant d'avoir parlé avec un avocat.

quiz-arrested-caregiver = Vous êtes arrêté, et vous êtes la personne qui s'occupe principalement d'un enfant. Que pouvez-vous faire ?
quiz-arrested-caregiver-a = Parler de votre enfant à l'agent
quiz-arrested-caregiver-b = Le cacher à l'agent
quiz-arrested-caregiver-c = Attendre d'être relâché pour en parler
quiz-arrested-caregiver-why = Vous pouvez dire à l'agent que vous êtes le parent d'un enfant ou la personne qui s'en occupe principalement, et lui parler de tout besoin médical. Cela peut aider à ce que quelqu'un s'occupe de votre enfant et à ce que vos besoins de santé soient connus.

quiz-arrested-wrong-arrest = Vous pensez que la police vous arrête par erreur. Que devez-vous faire ?
quiz-arrested-wrong-arrest-a = Vous enfuir si vous en avez l'occasion
quiz-arrested-wrong-arrest-b = Ne pas fuir ni vous battre, même si vous pensez que c'est injuste
quiz-arrested-wrong-arrest-c = Résister physiquement pour qu'ils vous relâchent
quiz-arrested-wrong-arrest-why = Ne fuyez pas la police et ne vous battez pas avec elle, même si vous pensez que l'arrestation est injuste.

quiz-arrested-calls = En Californie, combien d'appels téléphoniques pouvez-vous passer après votre arrestation ?
quiz-arrested-calls-a = Au moins 3 appels qui aboutissent
quiz-arrested-calls-b = Seulement 1 appel
quiz-arrested-calls-c = Aucun avant de voir un juge
quiz-arrested-calls-why = La section 851.5 du California Penal Code (code pénal de Californie) vous donne droit à au moins 3 appels qui aboutissent. Vous y avez droit juste après l'enregistrement à la prison (booking), et au plus tard 3 heures après votre arrestation, sauf si c'est matériellement impossible.

## Dans une prison locale

quiz-in-jail-silent = Pendant que vous êtes détenu, on vous demande où vous êtes né. Devez-vous répondre ?
quiz-in-jail-silent-a = Oui, parce que vous êtes en prison
quiz-in-jail-silent-b = Non. Vous pouvez garder le silence, et le dire à voix haute
quiz-in-jail-silent-c = Oui, si un agent vous le demande
quiz-in-jail-silent-why = Le cinquième amendement vous permet de refuser de répondre aux questions. Vous n'avez pas à dire où vous êtes né. Si vous choisissez de garder le silence, dites-le à voix haute.

quiz-in-jail-sign = En prison, on vous donne des papiers de « départ volontaire ». Que devez-vous faire ?
quiz-in-jail-sign-a = Les signer pour sortir plus vite
quiz-in-jail-sign-b = Les signer si un agent vous le dit
quiz-in-jail-sign-c = Ne pas signer avant d'avoir parlé à un avocat
quiz-in-jail-sign-why = Ne signez rien sans avoir parlé à un avocat, surtout les papiers de « départ volontaire ».

quiz-in-jail-citizen = Vous n'êtes pas citoyen des États-Unis. Un agent vous demande si vous l'êtes. Que faut-il faire ?
quiz-in-jail-citizen-a = Ne pas dire que vous êtes citoyen des États-Unis
quiz-in-jail-citizen-b = Dire que vous êtes citoyen, par prudence
quiz-in-jail-citizen-c = Montrer de faux papiers si vous en avez
quiz-in-jail-citizen-why = Ne mentez pas. Ne dites pas que vous êtes citoyen des États-Unis si vous ne l'êtes pas, et ne montrez pas de faux papiers.

quiz-in-jail-interview = Dans une prison de ville ou de comté en Californie, l'ICE veut avoir un entretien avec vous. Que pouvez-vous faire ?
quiz-in-jail-interview-a = Parler à l'ICE, parce que vous êtes en prison
quiz-in-jail-interview-b = Refuser, ou ne parler qu'en présence de votre avocat
quiz-in-jail-interview-c = Rien, la prison décide pour vous
quiz-in-jail-interview-why = L'entretien est volontaire. Vous pouvez refuser, ou dire que vous ne parlerez qu'en présence de votre avocat. Ce que vous dites à l'ICE peut être utilisé contre vous devant le tribunal de l'immigration.

## Détention par l'ICE

quiz-ice-detention-free-help = L'ICE vous détient et vous n'avez pas d'avocat. Que pouvez-vous demander aux agents ?
quiz-ice-detention-free-help-a = Rien, vous devez trouver un avocat seul
quiz-ice-detention-free-help-b = Rien avant votre date d'audience
quiz-ice-detention-free-help-c = La liste des services juridiques gratuits (pro bono)
quiz-ice-detention-free-help-why = Si vous n'avez pas d'avocat, demandez aux agents la liste des services juridiques gratuits. Dans les affaires d'immigration, le gouvernement ne paie généralement pas votre avocat. Les groupes de la liste donnent une aide juridique gratuite.

quiz-ice-detention-phone = De quoi ne devez-vous pas parler sur un téléphone du centre de détention ?
quiz-ice-detention-phone-a = De votre statut d'immigration ou de votre lieu de naissance
quiz-ice-detention-phone-b = Il n'y a rien à éviter, car ces appels sont privés
quiz-ice-detention-phone-c = Il n'y a rien à éviter, si vous parlez votre propre langue
quiz-ice-detention-phone-why = Les appels sur les téléphones du centre de détention peuvent être écoutés. Alors ne parlez pas de votre statut d'immigration ni de votre lieu de naissance sur ces téléphones.

quiz-ice-detention-locator = De quoi votre famille a-t-elle besoin pour vous trouver avec l'Online Detainee Locator de l'ICE (l'outil en ligne pour trouver les personnes détenues) ?
quiz-ice-detention-locator-a = Seulement de votre prénom
quiz-ice-detention-locator-b = De votre numéro A (A-number) ou de votre nom exact, et de votre pays de naissance
quiz-ice-detention-locator-c = Seulement de votre pays de naissance
quiz-ice-detention-locator-why = Il leur faut votre numéro A (A-number) et votre pays de naissance, ou votre nom et votre pays de naissance. Le nom doit correspondre exactement aux dossiers de l'ICE. L'outil trouve les personnes de 18 ans ou plus.

quiz-ice-detention-departure = L'ICE vous propose un départ volontaire. Que devez-vous faire d'abord ?
quiz-ice-detention-departure-a = Accepter tout de suite pour en finir
quiz-ice-detention-departure-b = Laisser l'agent décider pour vous
quiz-ice-detention-departure-c = Parler à un avocat avant d'accepter
quiz-ice-detention-departure-why = N'acceptez pas le départ volontaire, et ne décidez rien d'autre sur votre dossier, avant d'avoir parlé à un avocat.

## Aller au tribunal

quiz-in-court-case-line = Qu'est-ce qui est vrai sur la ligne automatique du tribunal de l'immigration pour les dossiers ?
quiz-in-court-case-line-a = Elle est gérée par des défenseurs des immigrants qui sont de votre côté
quiz-in-court-case-line-b = Elle demande le numéro A (A-number), et c'est le gouvernement qui la gère
quiz-in-court-case-line-c = Vous pouvez l'utiliser sans le numéro A (A-number)
quiz-in-court-case-line-why = Pour obtenir des informations sur un dossier, ayez sous la main le numéro A (A-number) de la personne. La ligne automatique le demande. Elle est gérée par le gouvernement, pas par des défenseurs des immigrants.

quiz-in-court-lawyer = Vous avez une affaire devant le tribunal de l'immigration. Que pouvez-vous faire pour avoir un avocat ?
quiz-in-court-lawyer-a = Demander à parler à un avocat, et vous préparer à en trouver un vous-même
quiz-in-court-lawyer-b = Attendre, car le tribunal vous enverra un avocat gratuit
quiz-in-court-lawyer-c = Y aller sans avocat, car vous n'avez pas le droit d'en demander un
quiz-in-court-lawyer-why = Vous pouvez demander à parler à un avocat. Dans les affaires d'immigration, le gouvernement ne paie généralement pas votre avocat, donc vous devrez peut-être en trouver un vous-même.

quiz-in-court-free-help = Où pouvez-vous chercher une aide juridique gratuite pour une affaire d'immigration ?
quiz-in-court-free-help-a = Nulle part, car l'aide juridique coûte de l'argent
quiz-in-court-free-help-b = Seulement après la fin de votre affaire
quiz-in-court-free-help-c = Dans des annuaires en ligne, et dans la liste des services juridiques gratuits du tribunal
quiz-in-court-free-help-why = Vous pouvez chercher en ligne dans deux annuaires nationaux de services juridiques gratuits ou à faible coût. Le tribunal de l'immigration a aussi une liste de services juridiques gratuits (pro bono). Si vous êtes détenu et que vous n'avez pas d'avocat, demandez la liste aux agents.

quiz-in-court-state-case = Vous avez une affaire pénale devant un tribunal de l'État de Californie. Cela peut-il compter pour l'immigration ?
quiz-in-court-state-case-a = Non, les tribunaux de l'État n'ont rien à voir avec l'immigration
quiz-in-court-state-case-b = Oui, certains résultats peuvent nuire à votre statut, donc demandez à un avocat spécialisé en immigration
quiz-in-court-state-case-c = Seulement si vous parlez d'immigration au tribunal
quiz-in-court-state-case-why = Ne croyez pas qu'une affaire devant un tribunal de l'État n'a rien à voir avec l'immigration. Certains résultats d'une affaire pénale peuvent nuire à votre statut. Demandez à un avocat spécialisé en immigration.

## À l'école ou à l'hôpital

quiz-school-hospital-records = Des agents demandent à une école de Californie des informations sur des élèves. Que doivent avoir les agents d'abord ?
quiz-school-hospital-records-a = Un mandat d'un juge
quiz-school-hospital-records-b = Un papier signé par un agent de l'ICE
quiz-school-hospital-records-c = Rien, ils doivent seulement demander
quiz-school-hospital-records-why = Selon AB 49, une école ne peut pas donner aux agents des informations sur les élèves, les familles ou le personnel, sauf si les agents ont un mandat d'un juge. Un papier signé par un agent de l'ICE, et non par un juge, n'est pas un mandat d'un juge.

quiz-school-hospital-clinic-areas = Selon SB 81, une loi de Californie, que doivent faire les cliniques et les hôpitaux ?
quiz-school-hospital-clinic-areas-a = Laisser les agents entrer dans toutes les parties qu'ils demandent
quiz-school-hospital-clinic-areas-b = Empêcher les agents d'entrer seulement dans la salle d'attente
quiz-school-hospital-clinic-areas-c = Empêcher les agents d'entrer dans les parties non publiques sans mandat d'un juge ni ordonnance d'un tribunal
quiz-school-hospital-clinic-areas-why = Les cliniques et les hôpitaux doivent choisir lesquelles de leurs parties ne sont pas ouvertes au public. Ils doivent empêcher les agents de l'immigration d'entrer dans ces parties, sauf si les agents ont un mandat d'un juge ou une ordonnance d'un tribunal.

quiz-school-hospital-emergency = Vous avez besoin de soins médicaux d'urgence en Californie, mais vous avez peur à cause de votre statut d'immigration. Que devez-vous faire ?
quiz-school-hospital-emergency-a = Rester chez vous jusqu'à ce que vous ayez des papiers
quiz-school-hospital-emergency-b = Obtenir les soins d'urgence dont vous avez besoin
quiz-school-hospital-emergency-c = Y renoncer, car les soins dépendent de votre statut
quiz-school-hospital-emergency-why = Faites-vous soigner en urgence quand vous en avez besoin. Le California Attorney General (procureur général de Californie) dit que vous pouvez recevoir des soins médicaux d'urgence quel que soit votre statut d'immigration.

quiz-school-hospital-with-warrant = Ces lois de Californie empêchent-elles tous les agents d'entrer dans les écoles et les hôpitaux ?
quiz-school-hospital-with-warrant-a = Non, des agents qui ont un mandat d'un juge ou une ordonnance d'un tribunal peuvent quand même entrer
quiz-school-hospital-with-warrant-b = Oui, les agents ne peuvent pas entrer du tout
quiz-school-hospital-with-warrant-c = Oui, sauf si les agents sont en uniforme
quiz-school-hospital-with-warrant-why = Ne comptez pas seulement sur ces lois pour tenir les agents à distance. Des agents qui ont un mandat signé par un juge, ou une ordonnance d'un tribunal, peuvent quand même entrer.

## Près de la frontière

quiz-border-zone-checkpoint = À un point de contrôle de la Border Patrol (police des frontières), des agents vous posent des questions. Que pouvez-vous faire ?
quiz-border-zone-checkpoint-a = Vous devez répondre, parce que vous êtes près de la frontière
quiz-border-zone-checkpoint-b = Rester calme et garder les mains visibles ; vous pouvez garder le silence
quiz-border-zone-checkpoint-c = Cacher vos mains et vous disputer avec les agents
quiz-border-zone-checkpoint-why = La Constitution s'applique quand même aux points de contrôle de la Border Patrol, y compris votre droit de ne pas répondre aux questions. Restez calme et gardez les mains là où les agents peuvent les voir. Si vous choisissez de garder le silence, dites-le à voix haute.

quiz-border-zone-car-search = Des agents de la Border Patrol veulent fouiller votre voiture. Que devez-vous faire ?
quiz-border-zone-car-search-a = Dire « Je ne consens pas à la fouille de ma voiture », et ne pas vous battre s'ils fouillent quand même
quiz-border-zone-car-search-b = Accepter la fouille, car vous n'avez aucun droit près de la frontière
quiz-border-zone-car-search-c = Bloquer les portières pour qu'ils ne puissent pas fouiller
quiz-border-zone-car-search-why = N'acceptez pas la fouille de votre voiture. Dans la zone des 100 miles, la Border Patrol a besoin d'un mandat ou d'une cause probable (probable cause) pour fouiller une voiture. S'ils fouillent quand même, ne vous battez pas avec eux.

quiz-border-zone-port-search = Vous entrez dans le pays par un aéroport. Les agents peuvent-ils fouiller vos bagages sans mandat ?
quiz-border-zone-port-search-a = Non, il leur faut d'abord un mandat
quiz-border-zone-port-search-b = Seulement si vous n'êtes pas citoyen des États-Unis
quiz-border-zone-port-search-c = Oui, là-bas les fouilles de routine ne demandent ni mandat ni raison
quiz-border-zone-port-search-why = Les aéroports, les postes-frontières terrestres et les ports maritimes sont des points d'entrée (ports of entry). Là, les agents n'ont besoin ni d'un mandat ni d'une raison pour les fouilles de routine, même pour les citoyens des États-Unis et les titulaires d'une carte verte. Les règles à la frontière sont complexes : si vous êtes inquiet, demandez à un avocat avant de voyager.

quiz-border-zone-phone-password = À un point d'entrée, un agent vous demande le mot de passe de votre téléphone. Qu'est-ce qui est vrai ?
quiz-border-zone-phone-password-a = Vous devez le donner, sinon vous enfreignez la loi
quiz-border-zone-phone-password-b = Vous n'avez pas à le donner, mais refuser n'empêchera peut-être pas la fouille
quiz-border-zone-phone-password-c = Si vous refusez, ils doivent vous rendre votre téléphone tout de suite
quiz-border-zone-phone-password-why = Vous n'avez pas à donner votre mot de passe, mais refuser n'empêchera peut-être pas la fouille. Si vous ne déverrouillez pas un appareil, les agents peuvent le garder pendant des semaines. Un voyageur qui n'est ni citoyen des États-Unis ni titulaire d'une carte verte peut se voir refuser l'entrée.

## Filmer des agents

quiz-recording-right = Pouvez-vous filmer des agents de l'immigration au travail dans un lieu public ?
quiz-recording-right-a = Non, filmer des agents en public est contraire à la loi
quiz-recording-right-b = Oui, et vous pouvez vous approcher autant que vous voulez
quiz-recording-right-c = Oui, depuis un endroit où vous avez le droit d'être, à une distance sûre
quiz-recording-right-why = Des tribunaux fédéraux disent que le premier amendement donne aux gens le droit de filmer la police qui fait son travail en public, et le même principe est appliqué aux agents de l'immigration. Restez là où vous avez le droit d'être, gardez une distance de sécurité, et ne les gênez pas.

quiz-recording-move-back = Pendant que vous filmez, un agent vous ordonne de reculer. Que devez-vous faire ?
quiz-recording-move-back-a = Reculer et continuer à filmer de plus loin
quiz-recording-move-back-b = Rester où vous êtes, parce que vous avez le droit de filmer
quiz-recording-move-back-c = Vous approcher pour leur montrer que vous filmez
quiz-recording-move-back-why = Les agents peuvent légalement vous dire de reculer pour des raisons de sécurité. Si vous refusez, vous pouvez être arrêté. Vous pouvez continuer à filmer de plus loin.

quiz-recording-phone = Un agent demande à voir votre téléphone et vous dit d'effacer votre vidéo. Que pouvez-vous faire ?
quiz-recording-phone-a = Vous devez le déverrouiller et effacer la vidéo
quiz-recording-phone-b = Vous pouvez refuser : vous n'avez pas à le déverrouiller ni à effacer votre vidéo
quiz-recording-phone-c = Vous battre pour garder votre téléphone s'ils le prennent
quiz-recording-phone-why = Notre source, un résumé des conseils de l'Electronic Frontier Foundation, dit que, sans mandat, les agents ne devraient pas fouiller votre téléphone, vous obliger à effacer une vidéo ou vous obliger à le déverrouiller. Si des agents prennent quand même votre téléphone, ne vous battez pas avec eux. Ce point doit être vérifié par un avocat pour votre propre situation.

quiz-recording-camera = Vers où devez-vous diriger votre caméra ?
quiz-recording-camera-a = Vers les agents
quiz-recording-camera-b = Vers la personne que les agents retiennent
quiz-recording-camera-c = N'importe où. Cela n'a pas d'importance.
quiz-recording-camera-why = Dirigez votre caméra vers les agents, pas vers la personne qu'ils retiennent. Cela protège la vie privée de la personne détenue.

## Plan familial

quiz-family-plan-numbers = Comment devez-vous garder les numéros de téléphone d'une personne de confiance et d'un avocat ?
quiz-family-plan-numbers-a = Seulement dans votre téléphone
quiz-family-plan-numbers-b = Les apprendre par cœur
quiz-family-plan-numbers-c = Vous n'en avez pas besoin
quiz-family-plan-numbers-why = Apprenez ces numéros par cœur. Si vous êtes détenu, vous n'aurez peut-être pas votre téléphone.

quiz-family-plan-a-number = Si vous avez un numéro A (A-number), que devez-vous en faire ?
quiz-family-plan-a-number-a = Le cacher à votre famille
quiz-family-plan-a-number-b = Rien, votre famille n'en aura pas besoin
quiz-family-plan-a-number-c = Le connaître, et le noter à un endroit où votre famille peut le trouver
quiz-family-plan-a-number-why = Si vous êtes adulte et que vous êtes détenu, votre famille peut vous chercher dans l'outil en ligne de l'ICE pour trouver les personnes détenues (online detainee locator), avec votre numéro A (A-number) et votre pays de naissance. La ligne des dossiers du tribunal de l'immigration demande aussi le numéro A.

quiz-family-plan-pickup = Un jour, vous ne pourrez peut-être pas aller chercher vos enfants. Que devez-vous faire maintenant ?
quiz-family-plan-pickup-a = Rien. Quelqu'un saura quoi faire.
quiz-family-plan-pickup-b = Décider qui peut aller les chercher, et l'écrire.
quiz-family-plan-pickup-c = Attendre que cela arrive, puis décider.
quiz-family-plan-pickup-why = Décidez qui peut aller chercher vos enfants si vous ne pouvez pas, et écrivez-le. Ainsi, les personnes de confiance savent quoi faire si vous ne rentrez pas à la maison.

quiz-family-plan-when = Quand devez-vous préparer un plan familial ?
quiz-family-plan-when-a = Quand des agents viennent à votre porte
quiz-family-plan-when-b = Dès que vous voyez des agents dans votre quartier
quiz-family-plan-when-c = Maintenant, avant que quoi que ce soit n'arrive
quiz-family-plan-when-why = N'attendez pas que des agents arrivent pour préparer un plan. Préparez votre famille avant que quoi que ce soit n'arrive.

quiz-family-plan-ct-guardian = Dans le Connecticut, comment pouvez-vous désigner un tuteur de réserve (standby guardian) pour vos enfants ?
quiz-family-plan-ct-guardian-a = Seulement avec un avocat et un tribunal
quiz-family-plan-ct-guardian-b = Avec le guide Family Preparedness Plan de l'État, sans frais
quiz-family-plan-ct-guardian-c = En payant des frais à l'État
quiz-family-plan-ct-guardian-why = Le Connecticut a fait un guide Family Preparedness Plan pour les parents, afin de désigner un tuteur de réserve au cas où vous seriez détenu ou expulsé. Vous pouvez désigner un tuteur de réserve sans avocat, sans tribunal et sans frais.

## Arnaques

quiz-scams-who-advises = Qui a le droit de vous donner des conseils juridiques sur l'immigration ?
quiz-scams-who-advises-a = Un avocat autorisé à exercer, ou un représentant accrédité par le U.S. Department of Justice (ministère de la Justice des États-Unis)
quiz-scams-who-advises-b = N'importe quel « notario »
quiz-scams-who-advises-c = N'importe quelle personne qui remplit des formulaires d'immigration
quiz-scams-who-advises-why = Seul un avocat autorisé à exercer ou un représentant accrédité par le U.S. Department of Justice (ministère de la Justice des États-Unis) a le droit de donner des conseils juridiques en matière d'immigration.

quiz-scams-consultant = Un consultant qui n'est pas avocat vous propose de l'aide. Que peut-il faire ?
quiz-scams-consultant-a = Vous dire quoi faire dans votre dossier
quiz-scams-consultant-b = Seulement remplir des formulaires et traduire
quiz-scams-consultant-c = Vous donner des conseils juridiques si vous payez plus
quiz-scams-consultant-why = Un consultant qui n'est pas avocat peut seulement remplir des formulaires et traduire. Il n'a pas le droit de vous dire quoi faire dans votre dossier. Avant de payer qui que ce soit, demandez s'il s'agit d'un avocat ou d'un représentant accrédité.

quiz-scams-text = Vous recevez un SMS qui dit qu'il y a un problème avec votre statut d'immigration. Que devez-vous faire ?
quiz-scams-text-a = Payer ce qu'on vous demande, pour régler cela vite
quiz-scams-text-b = Envoyer vos informations personnelles pour qu'ils puissent vérifier
quiz-scams-text-c = Ne donner ni argent ni informations personnelles, et vérifier auprès de votre propre avocat
quiz-scams-text-why = Si quelqu'un vous appelle, vous envoie un SMS ou un e-mail au sujet d'un problème avec votre statut d'immigration, ne lui donnez ni argent ni informations personnelles. Le California Attorney General (procureur général de Californie) met les gens en garde contre cela. Vérifiez auprès de votre propre avocat.

quiz-scams-free-help = En Californie, où pouvez-vous trouver des groupes qui donnent une aide juridique gratuite en matière d'immigration ?
quiz-scams-free-help-a = Nulle part, il faut payer pour une aide juridique
quiz-scams-free-help-b = Dans les listes du California Department of Social Services (services sociaux de Californie)
quiz-scams-free-help-c = Chez un notario, en payant
quiz-scams-free-help-why = L'État de Californie paie des associations à but non lucratif pour donner des services juridiques gratuits en matière d'immigration. Le California Department of Social Services (services sociaux de Californie) publie des listes de groupes qui donnent cette aide.

## Rumeurs et signalements

quiz-rumors-check = Vous voyez une publication qui dit que des agents de l'immigration sont dans un magasin près de chez vous. Que devez-vous faire avant de la partager ?
quiz-rumors-check-a = La partager tout de suite, au cas où
quiz-rumors-check-b = Vérifier qu'elle est vraie
quiz-rumors-check-c = La partager maintenant et vérifier plus tard
quiz-rumors-check-why = Avant de partager une nouvelle sur des agents de l'immigration, vérifiez qu'elle est vraie. Une publication que personne n'a vérifiée peut être fausse, et elle peut répandre la peur.

quiz-rumors-call = Vous voyez des agents de l'immigration près de vous. Quelle est une bonne chose à faire ?
quiz-rumors-call-a = Publier un message en ligne tout de suite
quiz-rumors-call-b = N'en parler à personne, car personne ne reçoit ces signalements
quiz-rumors-call-c = Appeler la ligne d'intervention rapide de votre comté
quiz-rumors-call-why = Les lignes d'intervention rapide reçoivent les signalements d'agents de l'immigration dans les environs, et elles aident les personnes qui en ont besoin. Appelez la ligne au lieu de publier un message. Vous la trouverez dans l'outil de recherche d'aide de cette application.

quiz-rumors-document = Vous voyez des agents et vous voulez garder une trace. Comment devez-vous faire ?
quiz-rumors-document-a = Si vous pouvez le faire sans danger, filmer ou noter ce que vous voyez, et garder vos distances
quiz-rumors-document-b = Vous approcher pour que votre vidéo soit nette
quiz-rumors-document-c = Vous mettre sur le chemin des agents pour qu'ils doivent s'arrêter
quiz-rumors-document-why = Une trace de ce qui s'est passé peut aider plus tard. Faites-le seulement si c'est sans danger, et gardez vos distances. Gêner des agents peut vous faire arrêter.

quiz-rumors-numbers = D'où doivent venir les numéros d'aide que vous partagez ?
quiz-rumors-numbers-a = D'une publication de quelqu'un que vous ne connaissez pas
quiz-rumors-numbers-b = D'une source de confiance, comme votre réseau local d'intervention rapide
quiz-rumors-numbers-c = Du numéro du Department of Homeland Security (DHS) pour dénoncer des personnes à l'ICE
quiz-rumors-numbers-why = Partagez seulement des numéros d'aide qui viennent d'une source de confiance, comme votre réseau local d'intervention rapide. Le Department of Homeland Security (DHS, ministère de la Sécurité intérieure) a un numéro pour que le public dénonce des personnes à l'ICE. Ce n'est pas une ligne d'aide.
