# Les situations. Mots simples, phrases courtes, une action par étape.

## À la maison

at-home-title = Des agents à votre porte
at-home-summary = Des agents de l'immigration frappent à la porte de votre domicile.

at-home-keep-door-closed-do = Gardez la porte fermée. Parlez à travers la porte. Demandez qui ils sont et pourquoi ils sont venus. Demandez-leur de montrer un insigne à la fenêtre.
at-home-keep-door-closed-say = Qui êtes-vous, et pourquoi êtes-vous ici ? Montrez-moi votre insigne par la fenêtre, s'il vous plaît.
at-home-keep-door-closed-why = Ouvrir la porte ne leur donne pas la permission d'entrer. Mais parler à travers une porte fermée est plus sûr.

at-home-ask-for-warrant-do = Demandez s'ils ont un mandat signé par un juge. Demandez-leur de le glisser sous la porte ou de le montrer à la fenêtre. N'ouvrez pas la porte pour le lire.
at-home-ask-for-warrant-say = Je ne consens pas à ce que vous entriez chez moi. Si vous avez un mandat signé par un juge, glissez-le sous la porte, s'il vous plaît.
at-home-ask-for-warrant-why = Les défenseurs des immigrants disent que, sans mandat signé par un juge, les agents ont besoin de votre permission pour entrer chez vous. Depuis 2025, l'ICE affirme que ses agents peuvent entrer de force avec le formulaire I-205 pour arrêter une personne qui a une ordonnance définitive d'expulsion. Cette affirmation est contestée devant les tribunaux.

at-home-check-the-warrant-do = Regardez le papier. Un mandat d'un juge vient d'un tribunal et il est signé par un juge. Un mandat de perquisition doit indiquer cette adresse. Un mandat d'arrêt doit nommer une personne qui vit ici. Vérifiez aussi la date. Le vérificateur de mandat de cette application vous aide à tout vérifier, étape par étape.
at-home-check-the-warrant-why = Un papier de l'ICE, comme le formulaire I-200 ou le formulaire I-205, est signé par un agent de l'ICE, pas par un juge. Les défenseurs des immigrants disent qu'il ne permet pas aux agents d'entrer chez vous sans votre permission, mais depuis 2025 l'ICE affirme qu'elle peut entrer de force avec le formulaire I-205 pour arrêter une personne qui a une ordonnance définitive d'expulsion. Si un mandat de perquisition indique une autre adresse, ou si un mandat d'arrêt ne nomme personne qui vit ici, vous n'avez pas à ouvrir la porte.

at-home-if-they-come-in-do = Si des agents entrent de force, ne vous battez pas avec eux et ne leur bloquez pas le passage. Dites clairement que vous n'acceptez pas leur entrée ni aucune fouille. Gardez le silence et demandez un avocat.
at-home-if-they-come-in-say = Je ne consens pas à cette entrée, ni à aucune fouille.
at-home-if-they-come-in-why = Résister physiquement peut vous mettre en danger, vous et votre famille. Vous pouvez quand même refuser avec des mots.

## Dans un lieu public

in-public-title = Contrôle dans un lieu public
in-public-summary = Des agents ou la police vous arrêtent pour un contrôle, dans la rue ou dans un lieu public.

in-public-stay-calm-do = Restez calme. Ne courez pas, ne discutez pas, ne vous battez pas et ne bloquez pas l'agent, même si vous pensez que le contrôle est injuste. Gardez les mains bien visibles.
in-public-stay-calm-why = Courir ou vous battre peut vous mettre en danger.

in-public-refuse-search-do = Vous pouvez refuser la fouille de vos poches ou de vos sacs. Les agents peuvent quand même palper l'extérieur de vos vêtements pour chercher des armes.
in-public-refuse-search-say = Je ne consens à aucune fouille.
in-public-refuse-search-why = Vous avez le droit de refuser. S'ils fouillent quand même, ne vous battez pas avec eux.

in-public-papers-do = Si vous avez des papiers d'immigration valides, comme une carte verte (green card) ou un permis de travail, gardez-les sur vous, et montrez-les si un agent de l'immigration les demande. Si vous n'avez pas de papiers, vous pouvez garder le silence. Ne montrez jamais de faux papiers. N'ayez pas sur vous de papiers d'un autre pays, comme un passeport étranger.
in-public-papers-why = La loi fédérale dit que les adultes qui ont reçu ces papiers doivent les avoir sur eux et les montrer aux agents de l'immigration qui les demandent. Ne pas les avoir sur soi est un délit fédéral mineur (misdemeanor). Des papiers d'un autre pays peuvent montrer d'où vous venez.

## Contrôle routier

traffic-stop-title = Contrôle en voiture
traffic-stop-summary = La police ou des agents arrêtent la voiture que vous conduisez ou dans laquelle vous êtes passager.

traffic-stop-pull-over-safely-do = Arrêtez-vous dans un endroit sûr. Coupez le moteur. Allumez la lumière à l'intérieur de la voiture. Baissez un peu la vitre. Gardez les mains sur le volant, là où l'agent peut les voir.
traffic-stop-pull-over-safely-why = Cela montre à l'agent que vous n'êtes pas un danger, et cela protège tout le monde.

traffic-stop-show-license-do = Si l'agent le demande, montrez votre permis de conduire, la carte grise (registration) de la voiture et l'attestation d'assurance. Si vous n'avez pas l'un de ces papiers, ne montrez jamais un faux.
traffic-stop-show-license-why = Les conducteurs doivent montrer ces papiers quand on les leur demande.

traffic-stop-ca-ab60-do = En Californie, vous pouvez conduire avec un permis que le DMV délivre selon la loi AB 60, même si vous ne pouvez pas prouver que votre présence aux États-Unis est légale.
traffic-stop-ca-ab60-why = Un permis AB 60 est valable pour conduire en Californie. Ce n'est pas une pièce d'identité fédérale. Traiter quelqu'un injustement parce qu'il a ce permis est contraire à la loi.

traffic-stop-stay-silent-do = Le conducteur et les passagers peuvent tous garder le silence. Si vous le choisissez, dites-le à voix haute.

traffic-stop-refuse-search-do = N'acceptez pas la fouille de la voiture. S'ils fouillent quand même, ne vous battez pas avec eux.
traffic-stop-refuse-search-say = Je ne consens pas à la fouille de ma voiture.
traffic-stop-refuse-search-why = La police peut quand même fouiller sans votre permission si elle pense qu'il y a des preuves d'un crime. Résister physiquement peut vous mettre en danger.

traffic-stop-passenger-free-to-go-do = Si vous êtes passager, demandez si vous êtes libre de partir. Si la réponse est oui, partez calmement.

traffic-stop-officer-name-do = Si ce sont des agents de police, demandez leurs noms et leurs numéros d'insigne. Notez-les.
traffic-stop-officer-name-say = Pouvez-vous me donner votre nom et votre numéro d'insigne, s'il vous plaît ?
traffic-stop-officer-name-why = Les noter garde une trace de qui vous a contrôlé.

traffic-stop-immigration-agents-do = Si les agents sont de l'ICE ou de la Border Patrol (police des frontières), les mêmes étapes s'appliquent : restez calme, gardez le silence, et n'acceptez pas de fouille.
traffic-stop-immigration-agents-why = En général, les agents de l'immigration ont besoin d'un soupçon raisonnable (reasonable suspicion) d'une infraction à l'immigration ou d'un crime pour arrêter une voiture, et d'un mandat ou d'une cause probable (probable cause : des raisons sérieuses, fondées sur des faits) pour la fouiller. En septembre 2025, la U.S. Supreme Court (Cour suprême des États-Unis) a permis que les contrôles d'immigration continuent dans la région de Los Angeles pendant qu'une affaire est en cours devant la justice. Ce que cette décision permet exactement n'est pas tranché : posez la question à un avocat.

## À la maison : à ne pas faire

at-home-dont-open-the-door = N'ouvrez pas la porte, sauf si des agents vous montrent, sous la porte ou à la fenêtre, un mandat signé par un juge qui correspond à ce logement : un mandat de perquisition pour cette adresse, ou un mandat d'arrêt pour une personne qui vit ici.

## Dans un lieu public : à ne pas faire

in-public-dont-carry-foreign-papers = N'ayez pas sur vous de papiers d'un autre pays, comme un passeport étranger ou une carte consulaire. Ils peuvent montrer d'où vous venez. Ce conseil vient d'associations de défense des immigrants, tel qu'il est cité sur d'autres sites : demandez à un avocat si vous ne savez pas quels papiers garder sur vous.
in-public-dont-follow-agents = N'allez pas avec des agents dans un bureau et n'acceptez pas de « prendre un café » avec eux. Cela peut être un piège.

## Contrôle routier : à ne pas faire

traffic-stop-dont-show-false-papers = Ne montrez pas de faux permis ni de faux papiers, même si vous n'en avez pas de vrais.
traffic-stop-dont-consent-to-search = N'acceptez pas la fouille de la voiture. S'ils fouillent quand même, ne vous battez pas avec eux.

## Contrôle routier : papiers d'immigration

traffic-stop-papers-do = Si vous avez des papiers d'immigration valides, comme une carte verte (green card) ou un permis de travail, gardez-les sur vous. Si un agent de l'immigration les demande, montrez-les. Si vous n'avez pas de papiers, vous pouvez garder le silence. Ne mentez pas, et ne montrez jamais de faux papiers ni de papiers d'un autre pays.
traffic-stop-papers-why = La loi fédérale dit que les adultes qui ont reçu ces papiers doivent les avoir sur eux. Ne pas les avoir sur soi est un délit fédéral mineur (misdemeanor), puni d'une amende pouvant aller jusqu'à 100 dollars ($100) ou d'une peine de prison pouvant aller jusqu'à 30 jours. Depuis 2025, le gouvernement rappelle cette règle aux gens. Vous pouvez quand même garder le silence sur tout le reste. Nos sources pour ces détails sont des pages de cabinets d'avocats : demandez à un avocat ce que cela signifie pour vos papiers.
