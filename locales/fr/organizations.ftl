# Notes affichées avec une organisation (content/states/*/organizations.toml `note`) : qui elle
# sert, ou une limite qu'il faut connaître avant d'appeler. Tiré de shared/research/legal_aid_orgs.csv
# et de states_and_connecticut.md. Ne jamais mettre de numéro de téléphone dans un message : les numéros sont des données.

org-kind-fresno-note = Représente seulement des enfants qui vivent dans l'un de ces comtés : San Joaquin, Kern, Fresno, Kings, Tulare, Madera, Merced ou Stanislaus.
org-alameda-county-public-defender-immigration-note = Seulement pour les personnes qui vivent dans le comté d'Alameda ou qui y ont été condamnées.
org-clsepa-note = Seulement pour les personnes qui vivent dans le comté de San Mateo ou de Santa Clara. Représente des adultes et des jeunes dans des procédures d'expulsion. N'accepte pas les appels en PCV (à la charge de la personne appelée).
org-lilac-redwood-city-note = Pas d'accueil sans rendez-vous : appelez pour prendre rendez-vous. L'accueil des nouvelles demandes (intake) se fait du lundi au samedi, de 8 h du matin à 6 h du soir.
org-sf-public-defender-immigration-note = Défend des personnes détenues par les services de l'immigration, en donnant la priorité aux personnes qui ont vécu ou travaillé à San Francisco. Aide aussi les personnes qu'il représente ou qu'il a représentées, quand elles ne sont pas détenues.
org-asian-law-caucus-note = S'occupe surtout de personnes en détention dont la procédure d'expulsion est liée à un casier judiciaire. Ne prend pas les dossiers d'asile ni les entretiens d'asile, y compris les entretiens de peur crédible (credible fear).
org-immdef-note = Pour les personnes détenues qui ont de faibles revenus. Les personnes qui vivent dans le comté de Los Angeles passent en premier.
org-immdef-san-diego-note = Seulement pour les personnes qui ont de faibles revenus. Uniquement sur rendez-vous : pas d'accueil sans rendez-vous.
org-international-institute-los-angeles-note = Uniquement sur rendez-vous : pas d'accueil sans rendez-vous. Ouvert du lundi au vendredi, de 8 h 30 du matin à 5 h de l'après-midi.
org-kind-los-angeles-note = Prend seulement les dossiers d'enfants et de jeunes, y compris les enfants arrivés seuls. Uniquement sur rendez-vous : pas d'accueil sans rendez-vous.
org-human-rights-first-la-note = Trouve des avocats bénévoles gratuits pour les demandeurs d'asile qui ne peuvent pas payer. Pas d'accueil sans rendez-vous.
org-community-lawyers-compton-note = Uniquement sur rendez-vous : pas d'accueil sans rendez-vous.
org-refugee-support-network-note = Pas d'accueil sans rendez-vous : appelez pour prendre rendez-vous.
org-jfs-san-diego-note = Laissez un message vocal à tout moment, de jour comme de nuit. On rappelle les gens dans l'ordre d'arrivée des appels.
org-sd-public-defender-irldp-note = Prend seulement des dossiers de défense contre l'expulsion.
org-la-maestra-note = Son équipe juridique prend les audiences de caution en matière d'immigration (bond hearings), les dossiers de personnes venant d'Ukraine ou d'Afghanistan, et les dossiers de victimes de traite ou de crimes (visa U, visa T, VAWA).
org-socal-immigration-project-note = Seulement des dossiers d'asile. S'occupe surtout de personnes venant de pays africains et de personnes LGBTQ de tout pays. Le personnel ne parle pas espagnol.
org-catholic-charities-el-centro-note = Aucun téléphone ni aucune adresse n'ont été trouvés pour ce bureau. Essayez le bureau de Catholic Charities à San Diego pour le joindre.
org-imperial-valley-jfon-note = Organise des permanences juridiques gratuites à la First United Methodist Church d'El Centro. On ne sait pas si ces permanences ont encore lieu.
org-ciri-bridgeport-note = Ne prend pas les dossiers de personnes en détention. La représentation gratuite peut être limitée par les règles des subventions et des programmes.
org-ciri-hartford-note = Ne prend pas les dossiers de personnes en détention.
org-ccif-hartford-note = Seulement pour les habitants de Hartford qui sont en détention de l'ICE ou en procédure d'expulsion et qui n'ont pas d'avocat.
