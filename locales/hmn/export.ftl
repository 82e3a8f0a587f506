# Cov npav thiab phau ntawv me me rau luam tawm (amparo export).

export-cards-title = Cov npav tso hauv hnab nyiaj
export-cards-how = Luam tawm ob sab. Thaum thim daim ntawv, thim raws sab ntev. Tom qab ntawd, txiav raws cov kab txiav (- - -). Nqa ib daim npav nrog koj ib txwm.
export-booklet-title = Paub koj cov cai
export-laws = Cov cai lij choj
export-do-not = Tej yam tsis txhob ua
# $place: a county's full name, such as "San Francisco County".
export-help-near = Kev pab hauv { $place }
export-lines = Cov xov tooj hu tau
export-policy = Txoj cai hauv zos
export-detention = Cov chaw ze ntawm no uas tej zaum yuav kaw neeg
# $version: the content's version number; $oldest, $newest: the dates the sources show.
export-footer = Cov ntaub ntawv version { $version }. Cov qhov chaw tau cov lus muaj hnub tim txij { $oldest } mus txog { $newest }.
export-quiz-answers = Cov lus teb
