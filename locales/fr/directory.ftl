# Texte pour l'outil de recherche d'aide. Ne jamais mettre de numéro de téléphone dans un message :
# les numéros sont des données avec une source.

policy-ca-baseline = En Californie, la police locale et les shérifs n'ont en général pas le droit de vous interroger sur votre statut d'immigration, et une prison locale ne peut pas vous garder après votre heure de libération parce que l'ICE l'a demandé. Pour certaines condamnations graves, une prison peut quand même dire à l'ICE quand vous serez libéré, ou vous remettre à l'ICE. Dans une prison locale, vous pouvez refuser de parler à l'ICE, ou ne parler qu'en présence de votre avocat ; vous devriez recevoir un formulaire qui l'explique. Ces lois de l'État ne s'imposent pas aux agents fédéraux.

## À quoi sert une ligne, et qui la gère

hotline-kind-rapid-response = Ligne d'intervention rapide : appelez pour signaler des agents de l'immigration dans les environs et obtenir de l'aide.
hotline-kind-detention-info = Informations sur les personnes en détention de l'immigration.
hotline-kind-court-info = Informations sur les dossiers au tribunal de l'immigration (ligne automatique). Il vous faut le numéro A (A-number) de la personne.
hotline-kind-lawyer-referral = Orientation vers des avocats privés spécialisés en immigration.
hotline-kind-referral = Un bureau du gouvernement qui oriente les gens vers des services.
hotline-kind-legal-aid = Aide juridique gratuite : appelez pour faire une demande, ou pour être orienté vers le bon bureau.
hotline-operator-government = Gérée par le gouvernement, pas par des défenseurs des immigrants.

## Ce que l'on sait d'un numéro. « Confirmé » veut dire que quelqu'un l'a appelé.

number-not-confirmed = Pas encore confirmé par téléphone. Source la plus récente : { $year }.
number-not-confirmed-undated = Pas encore confirmé par téléphone. Ses sources n'indiquent pas de date.
number-confirmed = Confirmé par téléphone le { $date }.
number-low-confidence = Fiabilité faible : ce numéro vient d'une seule source, ou d'une source ancienne.
number-extension = poste { $extension }
number-takes-texts = Reçoit les SMS.
confidence-high = Fiabilité élevée
confidence-medium = Fiabilité moyenne
confidence-low = Fiabilité faible

## Numéros qui ne concordent pas, et lignes pour une seule zone

hotline-conflict = Les sources ne concordent pas sur ce numéro. Les deux numéros sont affichés, et personne ne les a encore appelés.
hotline-area = Dessert seulement cette zone : { $area }, pas tout le comté.
conflict-sacramento = Deux sources donnent deux numéros d'intervention rapide différents pour Sacramento, chacun d'un réseau différent. Nous n'avons pas pu savoir lequel est à jour. Essayez les deux.
conflict-long-beach = Une liste de 2019 et une liste plus récente, non datée, donnent deux numéros différents pour le Long Beach Community Defense Network. Nous n'avons pas pu savoir lequel est à jour. Essayez les deux.

## Heures d'ouverture, dans le fuseau horaire de la ligne

hours-always = Ouvert 24 h sur 24, tous les jours
hours-days-range = { $first } à { $last }
hours-rule = { $days }, { $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours } ({ $zone })
hours-list-separator = {", "}
hours-rules-separator = {" ; "}
hours-open-now = Ouvert en ce moment
hours-closed-now = Fermé en ce moment
time-zone-pacific = heure du Pacifique
time-zone-eastern = heure de l'Est
weekday-monday = lundi
weekday-tuesday = mardi
weekday-wednesday = mercredi
weekday-thursday = jeudi
weekday-friday = vendredi
weekday-saturday = samedi
weekday-sunday = dimanche

## Où se trouve la personne

finder-no-local-line = Nous ne connaissons pas de ligne locale d'intervention rapide pour ce lieu. Appelez une ligne régionale ou nationale ci-dessous.
finder-outside = Ce lieu est en dehors de la zone couverte par Amparo. Les lignes nationales fonctionnent quand même.
finder-other-state = Amparo n'a pas encore de contenu local pour cet État : { $state }. Les lignes nationales fonctionnent quand même.
finder-location-city = Position approximative : le centre de la ville.
finder-location-county = Position approximative : seul le comté est connu.
finder-location-zip = Position approximative : le centre de la zone du code postal (ZIP code).
nearby-shared-zip = Une partie de ce code postal (ZIP code) se trouve dans { $county }.
nearby-shared-city = Une partie de cette ville se trouve dans { $county }.
nearby-near-border = { $county } est à { $km } km. Vérifiez dans quel comté ou quelle région vous vous trouvez.
nearby-nearest = Parmi les comtés et les régions couverts par Amparo, le plus proche est { $county }, à { $km } km.
nearby-former-county = L'ancien comté de { $former } se trouve maintenant en partie dans { $county }.

## Affiché avec un point dont toutes les sources sont faibles (blogs, reprises, pages de cabinets d'avocats)

caveat-weak-sources = Nos sources pour ce point sont des blogs, des copies d'autres pages ou des pages de cabinets d'avocats, pas des textes officiels ou juridiques. Vérifiez-le avec un avocat.
