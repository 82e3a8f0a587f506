# Le vérificateur de mandat : des agents à la porte de votre domicile disent qu'ils ont un mandat.
# Des questions à choix mènent à un résultat. Chaque résultat affiche aussi
# les conseils fixes ci-dessous (warrant-advice-*), et les phrases à dire dans
# la langue de l'utilisateur et dans celle de l'agent.

## Questions

warrant-q-who = Qui les personnes à la porte disent-elles être ?
warrant-who-immigration = Des agents de l'immigration, ou l'ICE
warrant-who-police = La police
warrant-who-other = Quelqu'un d'autre
warrant-who-dont-know = Je ne sais pas

warrant-q-paper = Regardez le papier qu'ils vous montrent, par la fenêtre, ou après qu'ils l'ont glissé sous la porte. N'ouvrez pas la porte. De quel papier s'agit-il ?
warrant-q-paper-not-immigration = Regardez le papier qu'ils vous montrent, par la fenêtre, ou après qu'ils l'ont glissé sous la porte. N'ouvrez pas la porte. Certains agents de l'immigration disent qu'ils sont de la police. Si le papier vient de l'ICE ou du Department of Homeland Security (DHS, ministère de la Sécurité intérieure), considérez-les comme des agents de l'immigration. De quel papier s'agit-il ?
warrant-paper-none = Ils ne m'ont montré aucun papier
warrant-paper-i200 = Un mandat d'arrêt de l'ICE (formulaire I-200)
warrant-paper-i205 = Un mandat d'expulsion de l'ICE (formulaire I-205)
warrant-paper-i247 = Une demande de maintien en détention de l'ICE (detainer, formulaire I-247) : une demande faite à une prison de garder une personne
warrant-paper-judge-arrest = Un mandat d'arrêt d'un tribunal, signé par un juge
warrant-paper-judge-search = Un mandat de perquisition d'un tribunal, signé par un juge
warrant-paper-cant-tell = Je ne sais pas dire

warrant-q-final-order = Est-ce qu'une personne qui vit ici a une ordonnance définitive d'expulsion ? C'est un ordre de quitter le pays, à la fin d'une procédure d'immigration.
warrant-q-lives-here = La personne nommée sur le mandat d'arrêt vit-elle ici ?
warrant-q-search-address = Le mandat de perquisition indique-t-il l'adresse de ce logement ?
warrant-answer-yes = Oui
warrant-answer-no = Non
warrant-answer-dont-know = Je ne sais pas

## Résultats

warrant-o-no-paper = S'ils disent qu'ils ont un mandat, demandez-leur de le glisser sous la porte ou de le montrer à la fenêtre. N'ouvrez pas la porte pour le lire. Il arrive que des agents disent avoir un mandat alors qu'ils n'en ont pas. Sans mandat signé par un juge, vous n'avez pas à les laisser entrer. Quand vous pourrez voir le papier, reprenez ces questions.
warrant-o-no-paper-say = Je ne consens pas à ce que vous entriez chez moi. Si vous avez un mandat signé par un juge, glissez-le sous la porte, s'il vous plaît.

warrant-o-i200 = C'est un mandat d'arrêt de l'ICE (formulaire I-200). On l'appelle aussi mandat administratif. C'est un agent de l'ICE qui l'a signé, pas un juge. Il ne permet pas aux agents d'entrer chez vous sans votre consentement. Vous n'avez pas à ouvrir la porte.
warrant-o-i200-say = Je ne consens pas à ce que vous entriez chez moi. Ce mandat n'est pas signé par un juge.

warrant-o-i205-final-order = C'est un mandat d'expulsion de l'ICE (formulaire I-205). C'est un agent de l'ICE qui l'a signé, pas un juge. Les défenseurs des immigrants disent qu'il ne permet pas aux agents d'entrer chez vous sans votre consentement. Mais depuis 2025, l'ICE affirme que ses agents peuvent entrer de force dans un logement avec ce formulaire pour arrêter une personne qui a une ordonnance définitive d'expulsion. Cette affirmation est contestée devant les tribunaux, et la question n'est pas tranchée. Des agents peuvent entrer de force. N'ouvrez pas la porte, et n'acceptez pas de les laisser entrer.
warrant-o-i205-final-order-say = Je ne consens pas à ce que vous entriez chez moi. Ce mandat n'est pas signé par un juge.

warrant-o-i205-not-sure = C'est un mandat d'expulsion de l'ICE (formulaire I-205). C'est un agent de l'ICE qui l'a signé, pas un juge. Les défenseurs des immigrants disent qu'il ne permet pas aux agents d'entrer chez vous sans votre consentement. Mais depuis 2025, l'ICE affirme que ses agents peuvent entrer de force dans un logement avec ce formulaire pour arrêter une personne qui a une ordonnance définitive d'expulsion. Cette affirmation est contestée devant les tribunaux, et la question n'est pas tranchée. Si vous ne savez pas si quelqu'un ici a une ordonnance définitive, préparez-vous à ce que des agents entrent de force. N'ouvrez pas la porte, et n'acceptez pas de les laisser entrer. Plus tard, demandez à un avocat de vérifier s'il existe une ordonnance.
warrant-o-i205-not-sure-say = Je ne consens pas à ce que vous entriez chez moi. Ce mandat n'est pas signé par un juge.

warrant-o-i205-no-final-order = C'est un mandat d'expulsion de l'ICE (formulaire I-205). C'est un agent de l'ICE qui l'a signé, pas un juge. Les défenseurs des immigrants disent qu'il ne permet pas aux agents d'entrer chez vous sans votre consentement. Depuis 2025, l'ICE affirme que ses agents peuvent entrer de force dans un logement avec ce formulaire pour arrêter une personne qui a une ordonnance définitive d'expulsion. Cette affirmation est contestée devant les tribunaux, et la question n'est pas tranchée. Vous avez dit que personne ici n'a d'ordonnance définitive. Des agents peuvent quand même essayer d'entrer. N'ouvrez pas la porte, et n'acceptez pas de les laisser entrer.
warrant-o-i205-no-final-order-say = Je ne consens pas à ce que vous entriez chez moi. Ce mandat n'est pas signé par un juge.

warrant-o-detainer = C'est une demande de maintien en détention de l'ICE (detainer, formulaire I-247, par exemple le I-247A). C'est une demande de l'ICE à une prison pour qu'elle y garde une personne. Ce n'est pas un mandat, et aucun juge ne l'a signée. Vous n'avez pas à ouvrir la porte.
warrant-o-detainer-say = Je ne consens pas à ce que vous entriez chez moi. Ce papier n'est pas un mandat signé par un juge.

warrant-o-judge-arrest = C'est peut-être un vrai mandat d'arrêt signé par un juge. Il permet aux agents d'entrer dans le logement de la personne qu'il nomme, pour l'arrêter, s'ils pensent qu'elle est à l'intérieur. Des agents peuvent entrer. Ne bloquez pas la porte et ne vous battez pas avec eux. Vous pouvez quand même garder le silence. Vous n'avez pas à accepter une fouille de quoi que ce soit d'autre. Regardez la date sur le mandat. S'il semble ancien, posez la question à un avocat.
warrant-o-judge-arrest-say = J'exerce mon droit de garder le silence. Je veux parler à un avocat.

warrant-o-arrest-not-here = Un mandat d'arrêt signé par un juge permet aux agents d'entrer dans le logement de la personne qu'il nomme. Il ne leur permet pas d'entrer chez quelqu'un d'autre pour chercher cette personne. Pour cela, il leur faut un mandat de perquisition. Vous avez dit que la personne nommée ne vit pas ici : vous n'avez donc pas à les laisser entrer. Vous n'avez pas à répondre à leurs questions. Ne leur mentez pas.
warrant-o-arrest-not-here-say = Je ne consens pas à ce que vous entriez chez moi.

warrant-o-judge-search = C'est peut-être un vrai mandat de perquisition signé par un juge. Il permet aux agents de fouiller l'adresse qu'il indique, quelle que soit la personne qui y vit. Ils peuvent fouiller seulement les endroits que le mandat énumère, et chercher seulement les choses qu'il énumère. Des agents peuvent entrer. Ne bloquez pas la porte et ne vous battez pas avec eux. Vous pouvez quand même garder le silence. Regardez la date sur le mandat. S'il semble ancien, posez la question à un avocat.
warrant-o-judge-search-say = J'exerce mon droit de garder le silence. Je veux parler à un avocat.

warrant-o-wrong-address = Le mandat de perquisition indique une autre adresse, pas ce logement. Vous n'avez pas à ouvrir la porte. Gardez-la fermée.
warrant-o-wrong-address-say = Je ne consens pas à ce que vous entriez chez moi. Ce mandat est pour une autre adresse.

warrant-o-cant-tell = Si vous ne savez pas dire ce qu'est le papier, ni qui l'a signé, n'ouvrez pas la porte. Demandez-leur de le glisser sous la porte pour que vous puissiez le lire. Vous pouvez demander un interprète. Les défenseurs des immigrants disent que seul un mandat signé par un juge permet aux agents d'entrer sans votre consentement. Depuis 2025, l'ICE affirme aussi que ses agents peuvent entrer de force avec le formulaire I-205 pour arrêter une personne qui a une ordonnance définitive d'expulsion ; cette affirmation est contestée devant les tribunaux.
warrant-o-cant-tell-say = Je ne consens pas à ce que vous entriez chez moi. Montrez-moi un mandat signé par un juge, s'il vous plaît.

## Conseils : la liste fixe dans laquelle puise chaque résultat, dans cet ordre

warrant-advice-keep-door-closed = Gardez la porte fermée. Parlez à travers la porte.
warrant-advice-do-not-consent = Dites clairement que vous ne consentez pas à ce qu'ils entrent ou fouillent.
warrant-advice-do-not-resist = Si des agents entrent, ou entrent de force, ne courez pas, ne vous battez pas et ne leur bloquez pas le passage.
warrant-advice-stay-silent = Vous pouvez garder le silence. Si vous le choisissez, dites-le à voix haute.
warrant-advice-ask-for-lawyer = Demandez un avocat.
warrant-advice-do-not-sign = Ne signez rien avant d'avoir parlé à un avocat.
warrant-advice-note-details = Notez les noms des agents, leurs numéros d'insigne, l'heure et ce qui s'est passé.
warrant-advice-call-rapid-response = Appelez la ligne d'intervention rapide de votre comté. Vous la trouverez dans l'outil de recherche d'aide de cette application.
