# Tarjetas y folletos impresos (amparo export).

export-cards-title = Tarjetas para la cartera
export-cards-how = Imprima los dos lados, volteando la hoja por el lado largo, y luego corte por las líneas punteadas. Lleve una tarjeta con usted.
export-booklet-title = Conozca sus derechos
export-laws = Leyes
export-do-not = Lo que no debe hacer
# $place: el nombre completo de un condado, como "San Francisco County".
export-help-near = Ayuda en { $place }
export-lines = Líneas para llamar
export-policy = Política local
export-detention = Lugares cercanos donde pueden tener a personas detenidas
# $version: el número de versión del contenido; $oldest, $newest: las fechas que muestran las fuentes.
export-footer = Versión del contenido { $version }. Las fuentes tienen fechas del { $oldest } al { $newest }.
export-quiz-answers = Respuestas
