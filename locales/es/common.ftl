# Pasos que comparten varias situaciones.

common-stay-silent-do = Usted puede guardar silencio. Si decide hacerlo, dígalo en voz alta.
common-stay-silent-say = Voy a ejercer mi derecho a guardar silencio. Quiero hablar con un abogado.
common-stay-silent-why = La Quinta Enmienda le permite negarse a contestar preguntas. No tiene que decir dónde nació, cuál es su estatus migratorio ni cómo llegó a este país. Lo que diga se puede usar en su contra en una corte.

common-do-not-sign-do = No firme ningún papel hasta hablar con un abogado.
common-do-not-sign-say = No voy a firmar nada hasta hablar con un abogado.
common-do-not-sign-why = Algunos papeles, como los de "salida voluntaria", le pueden quitar la oportunidad de ver a un juez de inmigración.

common-do-not-lie-do = No mienta. No diga que tiene la ciudadanía de los Estados Unidos si no la tiene. No muestre papeles falsos.
common-do-not-lie-why = Usted tiene derecho a guardar silencio, pero no a mentir. Decir falsamente que tiene la ciudadanía de los Estados Unidos puede causarle un daño migratorio grave que muchas veces es permanente.

common-ask-if-free-to-go-do = Pregunte si se puede ir. Si le dicen que sí, váyase con calma. Si le dicen que no, guarde silencio y pida un abogado.
common-ask-if-free-to-go-say = ¿Me puedo ir?
common-ask-if-free-to-go-why = Si no lo están reteniendo, no tiene que quedarse ni contestar preguntas.

# Puntos de "no haga" que comparten varias situaciones.

common-dont-resist = No corra, no pelee, no discuta ni les bloquee el paso a los agentes, aunque crea que están equivocados.
common-dont-lie = No mienta, no diga que tiene la ciudadanía de los Estados Unidos si no la tiene y no muestre papeles falsos.
common-dont-sign = No firme nada, sobre todo papeles de "salida voluntaria", sin hablar con un abogado.
