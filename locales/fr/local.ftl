# Détail local : politiques des comtés et des villes, centres de détention, aide juridique.

## Politiques des comtés et des villes

local-policy-as-of = Au { $date }, selon { $who } : { $policy }
local-policy-undated = Selon { $who } (aucune date indiquée) : { $policy }
local-policy-reminder = Les politiques locales ne s'imposent pas aux agents fédéraux.
local-policy-none-found = Les recherches n'ont trouvé ici aucune politique locale au-delà de la loi de l'État.
local-policy-hidden-low = Signalements peu fiables non affichés ici : { $count }.
reported-by-official-records = les documents officiels
reported-by-news-reports = des articles de presse
reported-by-the-sheriff = le bureau du shérif
reported-by-advocates = des associations de défense des immigrants
reported-by-one-secondary-source = une seule source secondaire
policy-category-limits-beyond-state-law = Limite l'aide à l'ICE au-delà de la loi de l'État
policy-category-follows-state-law = Suit seulement la loi de l'État
policy-category-helps-ice-within-state-law = Aide l'ICE autant que la loi de l'État le permet
policy-category-publishes-release-dates = Publie les dates de libération
policy-category-opposes-state-law = S'oppose aux limites fixées par l'État
policy-category-no-local-policy-found = Aucune politique locale trouvée
policy-status-in-force = en vigueur
policy-status-challenged = en vigueur, mais contestation en justice en cours
policy-status-adopted-not-final = adoption votée, mais pas encore définitive
policy-status-repealed = abrogation votée
policy-status-ended = a pris fin
policy-status-symbolic = une déclaration, sans force obligatoire
policy-status-unconfirmed = signalement, sans confirmation

## Centres de détention

facility-kind-processing-center = centre de traitement de l'ICE (processing center)
facility-kind-detention-center = centre de détention
facility-kind-annex = annexe d'un autre centre
facility-kind-county-jail = prison du comté
facility-kind-city-jail = prison de la ville
facility-status-operating = détient des personnes pour l'ICE
facility-status-closed = ne détient plus personne pour l'ICE
facility-status-uncertain = on ne sait pas s'il détient des personnes pour l'ICE aujourd'hui
detention-notice = Les personnes sont souvent transférées. Pour trouver une personne détenue par l'ICE, utilisez l'outil en ligne de l'ICE pour trouver les personnes détenues (online detainee locator), ou appelez la ligne d'information sur la détention.

## Aide juridique

service-legal-aid = aide juridique en immigration
service-deportation-defense = défense contre l'expulsion
service-rapid-response = intervention rapide
service-lawyer-referral = orientation vers des avocats
service-detention-support = aide aux personnes en détention
service-children = aide aux enfants
service-victims = aide aux victimes de crimes ou de violences
cost-free = gratuit
cost-low-cost = à petit prix
cost-unknown = coût non indiqué
caution-third-party-parse = Tiré de la copie, faite par quelqu'un d'autre, d'une liste du gouvernement, sans vérification dans la liste elle-même.
caution-single-source = Une seule source le mentionne.
caution-recognition-renewal-pending = Sur la liste du gouvernement que nous avons utilisée, sa reconnaissance par le U.S. Justice Department (ministère de la Justice des États-Unis) pour donner une aide juridique en immigration arrivait à sa date de fin, ou presque, et le renouvellement était en attente.
caution-two-numbers = Deux sources donnent deux numéros différents. Les deux sont affichés.
caution-area-code-mismatch = L'indicatif régional du téléphone n'est pas celui de la ville.
caution-government-office = Un bureau du gouvernement, pas une association à but non lucratif.
caution-merged-offices = La source a confondu deux bureaux ; l'adresse ou le téléphone sont peut-être ceux de l'autre bureau.
caution-referral-only = Oriente les gens vers des avocats : pas d'aide juridique directe, et pas d'accueil sans rendez-vous.
caution-limited-eligibility = N'aide que certaines personnes : lisez qui il sert.
caution-no-phone-found = Aucun numéro de téléphone n'a été trouvé pour lui.

## Notes sur des lignes qu'il faut lire avant d'appeler

hotline-ice-la-field-office-note = Gérée par l'ICE. Appelez-la si l'outil en ligne de l'ICE pour trouver les personnes détenues (online detainee locator) ne trouve pas la personne, et si l'arrestation a eu lieu dans le comté de Los Angeles, d'Orange, de Riverside, de San Bernardino, de Ventura, de Santa Barbara ou de San Luis Obispo.
hotline-orr-note = Pour un parent ou un tuteur qui cherche un enfant de moins de 18 ans gardé par l'Office of Refugee Resettlement (bureau fédéral de réinstallation des réfugiés). Un bureau du gouvernement, pas un défenseur des immigrants.
hotline-ct-statewide-note = Si vous n'avez pas de statut d'immigration légal, la source dit de faire la demande directement auprès de New Haven Legal Assistance, pas par cette ligne ; elle dit que ce bureau ne signale pas le statut d'immigration à la police ni à aucune autre autorité. Nous n'avons pas trouvé son propre numéro de téléphone ; sa page web est la première source de cette ligne.
