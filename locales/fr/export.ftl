# Cartes et livrets imprimés (amparo export).

export-cards-title = Cartes pour le portefeuille
export-cards-how = Imprimez recto verso, en retournant la feuille sur le bord long, puis découpez le long des pointillés. Gardez une carte sur vous.
export-booklet-title = Connaissez vos droits
export-laws = Lois
export-do-not = À ne pas faire
# $place : le nom complet d'un comté, par exemple « San Francisco County ».
export-help-near = Aide : { $place }
export-lines = Numéros à appeler
export-policy = Politique locale
export-detention = Lieux proches où des personnes peuvent être détenues
# $version : le numéro de version du contenu ; $oldest, $newest : les dates indiquées par les sources.
export-footer = Version du contenu { $version }. Les sources sont datées du { $oldest } au { $newest }.
export-quiz-answers = Réponses
