# Le formulaire du plan familial et les SMS d'urgence. Les libellés du plan sont imprimés
# sur un formulaire rempli à la main ; les messages sont envoyés par une personne (leur
# texte `-say` est retraduit vers l'anglais dans chaque langue).

## Plan de préparation familiale

plan-title = Plan de préparation familiale
plan-intro = Remplissez ce plan avec votre famille avant que quoi que ce soit n'arrive. Gardez-le avec vos papiers importants, là où les personnes de confiance peuvent le trouver. Apprenez les numéros de téléphone par cœur.
plan-emergency-contacts-label = Personnes à appeler en cas d'urgence
plan-emergency-contacts-hint = Noms et numéros de téléphone de personnes de confiance. Apprenez les numéros par cœur : si vous êtes détenu, vous n'aurez peut-être pas votre téléphone.
plan-lawyer-label = Votre avocat ou votre association d'aide juridique
plan-lawyer-hint = Nom et numéro de téléphone. Apprenez aussi ce numéro par cœur.
plan-rapid-response-label = La ligne d'intervention rapide de votre comté
plan-rapid-response-hint = Appelez-la si vous voyez des agents de l'immigration dans les environs. L'outil de recherche d'aide de cette application indique la ligne de votre comté.
plan-children-pickup-label = Qui peut aller chercher les enfants
plan-children-pickup-hint = Les personnes que vous avez choisies pour aller chercher vos enfants si vous ne pouvez pas, avec leurs numéros de téléphone. Assurez-vous qu'elles le savent.
plan-documents-label = Où sont les papiers importants
plan-documents-hint = Gardez-les au même endroit, où les personnes de confiance peuvent les prendre rapidement.
plan-a-numbers-label = Numéros A (A-numbers)
plan-a-numbers-hint = Le numéro A (A-number) de chaque personne, si elle en a un, et son pays de naissance. Avec ces informations, votre famille peut chercher un adulte détenu par l'ICE dans son outil en ligne pour trouver les personnes détenues (online detainee locator).
plan-medical-needs-label = Besoins médicaux
plan-medical-needs-hint = Les problèmes de santé et les médicaments de chaque personne, à dire aux agents si quelqu'un est arrêté ou détenu.

## SMS d'urgence

emergency-detained-title = Détention par l'immigration
emergency-detained-when = Au cas où des agents de l'immigration vous détiendraient. Écrivez-le maintenant, pour que vous ou une personne de confiance puissiez l'envoyer vite.
emergency-detained-say = J'ai été détenu(e) par l'immigration à { $place }. Appelez { $contact }, s'il vous plaît. Mon numéro A (A-number) est { $a_number }.
emergency-arrested-title = Arrestation par la police
emergency-arrested-when = Au cas où la police vous arrêterait. Écrivez-le maintenant, pour qu'une personne de confiance puisse l'envoyer à votre place.
emergency-arrested-say = J'ai été arrêté(e) par la police à { $place }. Appelez { $contact }, s'il vous plaît.
emergency-children-title = Aller chercher les enfants
emergency-children-when = Au cas où vous ne pourriez pas aller chercher vos enfants. Le message indique la personne que nomme votre plan familial.
emergency-children-say = Je ne peux pas aller chercher les enfants. Suivez notre plan familial, s'il vous plaît : { $contact } ira les chercher à { $place }.
emergency-find-me-title = Comment me trouver
emergency-find-me-when = Donnez-le aux membres de votre famille en qui vous avez confiance. Il contient votre numéro A (A-number) et votre pays de naissance, dont ils ont besoin pour vous chercher si l'ICE vous détient.
emergency-find-me-say = Si je ne rentre pas à la maison, l'ICE me détient peut-être. Vous pouvez me chercher dans l'Online Detainee Locator de l'ICE (l'outil en ligne pour trouver les personnes détenues), { $locator }, avec mon numéro A (A-number), { $a_number }, et mon pays de naissance, { $country }.
