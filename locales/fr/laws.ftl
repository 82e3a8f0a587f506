# Lois de Californie : ce que chacune signifie pour une personne.

law-trust-act-name = TRUST Act
law-trust-act-summary = Cette loi de 2013 a été la première à limiter les demandes de maintien en détention de l'ICE (ICE holds) dans les prisons locales. Elle permettait à une prison de garder une personne après son heure de libération, sur demande de maintien de l'ICE, seulement dans certains cas, par exemple après certaines condamnations graves ou violentes. Depuis l'entrée en vigueur de SB 54 en 2018, une prison locale ne peut plus du tout garder quelqu'un après sa libération sur demande de maintien de l'ICE. Une demande de maintien de l'ICE est une demande, pas une ordonnance d'un juge.

law-truth-act-name = TRUTH Act
law-truth-act-summary = Dans une prison de Californie, avant que l'ICE puisse vous interroger, vous devez recevoir un formulaire écrit. Il dit que l'entretien est volontaire et que vous pouvez refuser, ou parler seulement en présence de votre avocat. Si la prison reçoit une demande de l'ICE à votre sujet, elle doit vous en donner une copie.

law-sb54-name = California Values Act (SB 54)
law-sb54-summary = En Californie, la police et les shérifs n'ont en général pas le droit de vous interroger sur votre statut d'immigration ni d'aider l'ICE à appliquer les lois sur l'immigration. Une prison locale ne peut pas vous garder après votre heure de libération parce que l'ICE l'a demandé. Pour les personnes qui ont certaines condamnations graves, une prison peut quand même dire à l'ICE quand elles seront libérées, ou les remettre à l'ICE. Cette loi ne s'impose pas aux agents fédéraux et ne couvre pas les prisons d'État.

law-trust-act-does-not = Elle n'empêche pas l'ICE d'arrêter elle-même des personnes. Sa liste de condamnations sert maintenant, selon SB 54, à décider quand une prison peut informer l'ICE d'une libération ou lui remettre une personne, et non à décider si la prison peut garder la personne plus longtemps.
law-truth-act-does-not = Elle n'empêche pas l'ICE de demander, et elle ne s'applique pas à la détention fédérale de l'immigration. Elle couvre les entretiens dans les prisons locales.
law-sb54-does-not = Elle n'arrête pas l'ICE ni les autres agents fédéraux, et elle ne couvre pas les prisons d'État (CDCR). La police peut toujours partager des informations qui sont déjà publiques.
