# Notes sur les centres de détention de l'ICE en Californie (content/states/ca/detention.toml).
# Ne jamais mettre de numéro de téléphone dans un message : les numéros sont des données avec une source.

## En activité

facility-adelanto-note = Un centre de traitement de l'ICE (ICE processing center) à Adelanto, géré par l'entreprise privée GEO Group. Il est ouvert. Un tribunal lui a interdit d'accueillir de nouvelles personnes en 2020, mais un accord de 2025 lui a permis d'en accueillir de nouveau pleinement.
facility-desert-view-annex-note = Un bâtiment supplémentaire de l'Adelanto ICE Processing Center, dans une ancienne prison d'État, géré par GEO Group. Il est ouvert ; une plainte à son sujet a été déposée en mai 2024.
facility-otay-mesa-note = Un centre de détention de l'ICE dans le quartier d'Otay Mesa, à San Diego, géré par l'entreprise privée CoreCivic. Il est ouvert, et en 2019 c'était le seul centre de détention de l'ICE dans le comté de San Diego. La page de l'ICE pour ce centre indique les heures de visite ; les avocats peuvent venir de 8 h 15 du matin à 9 h 30 du soir.
facility-imperial-regional-note = Un centre de détention de l'ICE à l'est de Calexico, géré par l'entreprise privée Management and Training Corporation (MTC). Il est ouvert. Il a remplacé l'El Centro Service Processing Center, fermé en 2014.
facility-mesa-verde-note = Un centre de traitement de l'ICE sur Golden State Avenue à Bakersfield, géré par GEO Group ; il est ouvert. Les personnes détenues ici ne peuvent pas recevoir d'appels de l'extérieur, mais l'ICE donne un numéro de poste pour laisser un message urgent. Pour des informations sur une personne détenue ici, appelez et choisissez l'option deux, entre huit heures du matin et quinze heures trente.
facility-golden-state-annex-note = Un bâtiment supplémentaire du centre Mesa Verde de Bakersfield, situé dans une ancienne prison à McFarland, géré par GEO Group. Il détient des personnes pour l'ICE depuis septembre 2020 et il est ouvert.
facility-california-city-note = Le plus grand centre de détention de l'ICE en Californie, dans une ancienne prison d'État, géré par l'entreprise privée CoreCivic. Il a commencé à recevoir des personnes pour l'ICE fin août 2025, selon un contrat qui court jusqu'en août 2027. Des listes plus anciennes peuvent appeler ce site California City Correctional Center.

## Situation incertaine

facility-central-valley-annex-note = Une ancienne prison à McFarland, gérée par GEO Group, prévue en 2020 comme bâtiment supplémentaire de l'ICE. Nous ne savons pas si quelqu'un y est détenu pour l'ICE aujourd'hui : un article de presse de 2025 parle d'un site sous contrat mais non utilisé par l'ICE, et ce pourrait être celui-ci.

## Ne détiennent plus personne pour l'ICE

facility-west-county-richmond-note = Une prison du comté de Contra Costa à Richmond. Elle a cessé de détenir des personnes pour l'ICE quand le shérif a mis fin au contrat en 2018 ; le comté a dit en 2025 qu'il ne détient personne pour l'ICE. Personne n'est détenu ici pour l'ICE aujourd'hui.
facility-rio-cosumnes-note = Un centre correctionnel du comté de Sacramento à Elk Grove. Son contrat pour détenir des personnes pour l'ICE a été abandonné en 2018. Personne n'est détenu ici pour l'ICE aujourd'hui.
facility-theo-lacy-note = Une prison du comté d'Orange dans la ville d'Orange. Les prisons du comté d'Orange, y compris celle-ci, ne détiennent plus personne pour l'ICE depuis le 1er août 2019. Personne n'est détenu ici pour l'ICE aujourd'hui.
facility-james-a-musick-note = Une prison du comté d'Orange qu'une ancienne liste citait comme un lieu où des immigrants étaient détenus. Les prisons du comté d'Orange ne détiennent plus personne pour l'ICE depuis le 1er août 2019. Personne n'est détenu ici pour l'ICE aujourd'hui.
facility-santa-ana-city-jail-note = La prison de la ville de Santa Ana détenait autrefois des personnes pour l'ICE. La ville a limité leur nombre, et l'ICE a mis fin au contrat en 2017. Personne n'est détenu ici pour l'ICE aujourd'hui.
facility-yuba-county-jail-note = La prison du comté à Marysville détenait des personnes pour l'ICE selon un accord qui avait commencé en 1994. Le gouvernement fédéral y a mis fin en décembre 2022 ; des articles de presse l'ont décrit comme le dernier contrat de l'ICE avec une prison de comté en Californie. Personne n'est détenu ici pour l'ICE aujourd'hui.
facility-el-centro-spc-note = Un ancien centre de traitement de l'ICE à El Centro. Il a fermé le 30 septembre 2014, et l'Imperial Regional Detention Facility, près de Calexico, l'a remplacé. Personne n'est détenu ici pour l'ICE aujourd'hui.
