# El revisor de órdenes: agentes en la puerta de su casa dicen que tienen una orden.
# Las preguntas con opciones llevan a un resultado. Cada resultado muestra también
# los consejos fijos de abajo (warrant-advice-*) y sus palabras para decir, en el
# idioma de la persona y en el del oficial.

## Preguntas

warrant-q-who = ¿Quiénes dicen que son las personas que están en la puerta?
warrant-who-immigration = Agentes de inmigración, o ICE
warrant-who-police = Policía
warrant-who-other = Alguien más
warrant-who-dont-know = No sé

warrant-q-paper = Fíjese en el papel que le muestran, por la ventana o después de que lo pasen por debajo de la puerta. No abra la puerta. ¿Qué papel es?
warrant-q-paper-not-immigration = Fíjese en el papel que le muestran, por la ventana o después de que lo pasen por debajo de la puerta. No abra la puerta. Algunos agentes de inmigración dicen que son policías. Si el papel viene de ICE o del Departamento de Seguridad Nacional (DHS), trátelos como agentes de inmigración. ¿Qué papel es?
warrant-paper-none = No me han mostrado ningún papel
warrant-paper-i200 = Una orden de arresto de ICE (Formulario I-200)
warrant-paper-i205 = Una orden de deportación de ICE (Formulario I-205)
warrant-paper-i247 = Una retención de ICE (detainer, Formulario I-247): una solicitud a una cárcel para que retenga a una persona
warrant-paper-judge-arrest = Una orden de arresto de una corte, firmada por un juez
warrant-paper-judge-search = Una orden de registro de una corte, firmada por un juez
warrant-paper-cant-tell = No puedo saber qué papel es

warrant-q-final-order = ¿Alguien que vive aquí tiene una orden final de deportación? Es una orden de salir del país, al final de un caso de inmigración.
warrant-q-lives-here = ¿La persona nombrada en la orden de arresto vive aquí?
warrant-q-search-address = ¿La orden de registro tiene la dirección de esta casa?
warrant-answer-yes = Sí
warrant-answer-no = No
warrant-answer-dont-know = No sé

## Resultados

warrant-o-no-paper = Si dicen que tienen una orden, pídales que la pasen por debajo de la puerta o que la muestren por la ventana. No abra la puerta para leerla. A veces los agentes dicen que tienen una orden cuando no la tienen. Sin una orden firmada por un juez, usted no tiene que dejarlos entrar. Cuando pueda ver el papel, vuelva a contestar estas preguntas.
warrant-o-no-paper-say = No doy permiso para que entren a mi casa. Si tienen una orden firmada por un juez, por favor pásenla por debajo de la puerta.

warrant-o-i200 = Esta es una orden de arresto de ICE (Formulario I-200). También se llama orden administrativa. La firmó un oficial de ICE, no un juez. No permite que los agentes entren a su casa sin su permiso. Usted no tiene que abrir la puerta.
warrant-o-i200-say = No doy permiso para que entren a mi casa. Esta orden no está firmada por un juez.

warrant-o-i205-final-order = Esta es una orden de deportación de ICE (Formulario I-205). La firmó un oficial de ICE, no un juez. Los defensores de inmigrantes dicen que no permite que los agentes entren a su casa sin su permiso. Pero desde 2025, ICE dice que sus agentes pueden entrar a la fuerza a una casa con este formulario para arrestar a una persona que tiene una orden final de deportación. Las cortes están revisando demandas que cuestionan esa afirmación, y esto todavía no está resuelto. Es posible que los agentes entren a la fuerza. No abra la puerta, y no les dé permiso para entrar.
warrant-o-i205-final-order-say = No doy permiso para que entren a mi casa. Esta orden no está firmada por un juez.

warrant-o-i205-not-sure = Esta es una orden de deportación de ICE (Formulario I-205). La firmó un oficial de ICE, no un juez. Los defensores de inmigrantes dicen que no permite que los agentes entren a su casa sin su permiso. Pero desde 2025, ICE dice que sus agentes pueden entrar a la fuerza a una casa con este formulario para arrestar a una persona que tiene una orden final de deportación. Las cortes están revisando demandas que cuestionan esa afirmación, y esto todavía no está resuelto. Si no sabe con seguridad si alguien aquí tiene una orden final, prepárese para que los agentes entren a la fuerza. No abra la puerta, y no les dé permiso para entrar. Más tarde, pídale a un abogado que averigüe si hay alguna orden.
warrant-o-i205-not-sure-say = No doy permiso para que entren a mi casa. Esta orden no está firmada por un juez.

warrant-o-i205-no-final-order = Esta es una orden de deportación de ICE (Formulario I-205). La firmó un oficial de ICE, no un juez. Los defensores de inmigrantes dicen que no permite que los agentes entren a su casa sin su permiso. Desde 2025, ICE dice que sus agentes pueden entrar a la fuerza a una casa con este formulario para arrestar a una persona que tiene una orden final de deportación. Las cortes están revisando demandas que cuestionan esa afirmación, y esto todavía no está resuelto. Usted dijo que nadie aquí tiene una orden final. Aun así, es posible que los agentes traten de entrar. No abra la puerta, y no les dé permiso para entrar.
warrant-o-i205-no-final-order-say = No doy permiso para que entren a mi casa. Esta orden no está firmada por un juez.

warrant-o-detainer = Esta es una retención de ICE (detainer, Formulario I-247, por ejemplo el I-247A). Una retención es una solicitud de ICE a una cárcel para que retenga ahí a una persona. No es una orden, y ningún juez la firmó. Usted no tiene que abrir la puerta.
warrant-o-detainer-say = No doy permiso para que entren a mi casa. Este papel no es una orden firmada por un juez.

warrant-o-judge-arrest = Esta puede ser una orden de arresto verdadera firmada por un juez. Permite que los oficiales entren a la casa de la persona que nombra, para arrestar a esa persona, si creen que la persona está adentro. Los agentes pueden entrar. No bloquee la puerta y no pelee con ellos. Usted todavía puede guardar silencio. No tiene que dar permiso para que registren nada más. Fíjese en la fecha de la orden. Si parece vieja, pregúntele a un abogado.
warrant-o-judge-arrest-say = Voy a ejercer mi derecho a guardar silencio. Quiero hablar con un abogado.

warrant-o-arrest-not-here = Una orden de arresto firmada por un juez permite que los oficiales entren a la casa de la persona que nombra. No les permite entrar a la casa de otra persona para buscar a esa persona. Para eso, necesitan una orden de registro. Usted dijo que la persona nombrada no vive aquí, así que no tiene que dejarlos entrar. No tiene que contestar sus preguntas. No les mienta.
warrant-o-arrest-not-here-say = No doy permiso para que entren a mi casa.

warrant-o-judge-search = Esta puede ser una orden de registro verdadera firmada por un juez. Permite que los oficiales registren la dirección que aparece en ella, sin importar quién viva ahí. Solo pueden registrar los lugares que la orden menciona, y buscar solo las cosas que menciona. Los agentes pueden entrar. No bloquee la puerta y no pelee con ellos. Usted todavía puede guardar silencio. Fíjese en la fecha de la orden. Si parece vieja, pregúntele a un abogado.
warrant-o-judge-search-say = Voy a ejercer mi derecho a guardar silencio. Quiero hablar con un abogado.

warrant-o-wrong-address = La orden de registro tiene otra dirección, no la de esta casa. Usted no tiene que abrir la puerta. Manténgala cerrada.
warrant-o-wrong-address-say = No doy permiso para que entren a mi casa. Esta orden es para otra dirección.

warrant-o-cant-tell = Si no puede saber qué papel es, o quién lo firmó, no abra la puerta. Pídales que lo pasen por debajo de la puerta para que lo pueda leer. Puede pedir un intérprete. Los defensores de inmigrantes dicen que solo una orden firmada por un juez permite que los agentes entren sin su permiso. Desde 2025, ICE también dice que sus agentes pueden entrar a la fuerza con el Formulario I-205 para arrestar a una persona que tiene una orden final de deportación; las cortes están revisando demandas que cuestionan esa afirmación.
warrant-o-cant-tell-say = No doy permiso para que entren a mi casa. Por favor, muéstrenme una orden firmada por un juez.

## Consejos: la lista fija de la que toma cada resultado, en este orden

warrant-advice-keep-door-closed = Mantenga la puerta cerrada. Hable a través de la puerta.
warrant-advice-do-not-consent = Diga claramente que no da permiso para que entren ni para que registren.
warrant-advice-do-not-resist = Si los agentes entran, o entran a la fuerza, no corra, no pelee con ellos ni les bloquee el paso.
warrant-advice-stay-silent = Usted puede guardar silencio. Si decide hacerlo, dígalo en voz alta.
warrant-advice-ask-for-lawyer = Pida un abogado.
warrant-advice-do-not-sign = No firme nada hasta hablar con un abogado.
warrant-advice-note-details = Anote los nombres de los agentes, sus números de insignia, la hora y lo que pasó.
warrant-advice-call-rapid-response = Llame a la línea de respuesta rápida de su condado. La puede encontrar en el buscador de ayuda de esta aplicación.
