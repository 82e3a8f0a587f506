# Kat ak ti liv pou enprime (amparo export).

export-cards-title = Kat pou mete nan bous
export-cards-how = Enprime toude bò yo, epi vire fèy la sou bò ki long lan. Apre sa, koupe sou liy tirè yo (- - -). Toujou kenbe yon kat sou ou.
export-booklet-title = Konnen dwa ou
export-laws = Lwa yo
export-do-not = Sa pou ou pa fè
# $place: non konplè yon konte, tankou "San Francisco County".
export-help-near = Èd nan { $place }
export-lines = Liy pou ou rele
export-policy = Politik lokal
export-detention = Kote yo ka kenbe moun toupre isit la
# $version: nimewo vèsyon kontni an; $oldest, $newest: dat sous yo montre.
export-footer = Vèsyon kontni an: { $version }. Sous yo gen dat ki soti { $oldest } rive { $newest }.
export-quiz-answers = Repons yo
