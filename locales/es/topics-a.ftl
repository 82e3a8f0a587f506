# Más situaciones: revisar una orden, en el trabajo, arresto, en una cárcel
# local, bajo custodia de ICE. Palabras sencillas, oraciones cortas, una acción por paso.

## Revisar una orden

warrant-check-title = Cómo revisar una orden
warrant-check-summary = Los agentes dicen que tienen una orden. Así puede revisar el papel.

warrant-check-keep-door-closed-do = Mantenga la puerta cerrada mientras revisa. Pídales a los agentes que pasen la orden por debajo de la puerta o que la muestren por la ventana.
warrant-check-keep-door-closed-say = Por favor, pasen la orden por debajo de la puerta o muéstrenla por la ventana.
warrant-check-keep-door-closed-why = Abrir la puerta no les da permiso para entrar. Pero es más seguro leer el papel con la puerta cerrada. Si no puede leerlo, puede pedir un intérprete.

warrant-check-who-signed-do = Fíjese en quién firmó el papel. Una orden de un juez viene de una corte, como una Corte de Distrito de los Estados Unidos (U.S. District Court) o una Corte Superior de California (California Superior Court). La firma un juez.
warrant-check-who-signed-why = La Constitución protege a todas las personas en los Estados Unidos, sea cual sea su estatus migratorio. Los defensores de inmigrantes dicen que, sin una orden firmada por un juez, los agentes necesitan su permiso para entrar a su casa.

warrant-check-ice-forms-do = Si el papel es un formulario de ICE o del Departamento de Seguridad Nacional, como el Formulario I-200 o el Formulario I-205, no es una orden de un juez. Mantenga la puerta cerrada, y no les dé permiso para entrar.
warrant-check-ice-forms-say = Este papel no está firmado por un juez. No doy permiso para que entren a mi casa.
warrant-check-ice-forms-why = Estos formularios los firma un oficial de ICE, no un juez. Los defensores de inmigrantes dicen que no permiten que los agentes entren a su casa sin su permiso. Pero desde 2025, ICE dice que sus agentes pueden entrar a la fuerza con el Formulario I-205 para arrestar a una persona que tiene una orden final de deportación. Las cortes están revisando demandas que cuestionan esa afirmación. Si los agentes entran a la fuerza, no pelee con ellos ni les bloquee el paso.

warrant-check-check-details-do = Si lo firmó un juez, revise los detalles. Una orden de registro debe tener su dirección correcta. Una orden de arresto debe nombrar a una persona que de verdad vive aquí. Busque la firma del juez.
warrant-check-check-details-why = Una orden de registro permite que los oficiales registren la dirección que aparece en ella, sin importar quién viva ahí. Una orden de arresto no permite que los oficiales entren a la casa de otra persona para buscar a la persona que nombra: para eso necesitan una orden de registro. Si una orden de registro tiene otra dirección, o si una orden de arresto no nombra a nadie que viva aquí, usted no tiene que abrir la puerta.

warrant-check-check-the-date-do = Fíjese en la fecha de la orden.
warrant-check-check-the-date-why = Una orden puede ser demasiado vieja para usarse. Cuánto tiempo es demasiado es una pregunta para un abogado. Si tiene dudas, pregúntele a uno.

warrant-check-search-or-arrest-do = Lea qué tipo de orden es: una orden de registro o una orden de arresto.
warrant-check-search-or-arrest-why = Una orden de registro permite que los oficiales entren a la dirección que aparece en ella, sin importar quién viva ahí, pero solo pueden registrar los lugares y las cosas que la orden menciona. Una orden de arresto permite que los oficiales entren a la casa de la persona que nombra, si creen que esa persona está adentro.

warrant-check-stay-silent-do = Aunque la orden sea válida y los agentes entren, usted todavía puede guardar silencio. Si decide hacerlo, dígalo en voz alta.
warrant-check-stay-silent-why = Una orden permite que los agentes entren. No lo obliga a contestar sus preguntas. Lo que diga se puede usar en su contra en una corte.

warrant-check-dont-open-to-read = No abra la puerta para leer la orden.
warrant-check-dont-take-their-word = No abra la puerta solo porque los agentes dicen que tienen una orden. A veces los agentes dicen que tienen una cuando no la tienen, o dicen que son policías. Primero vea el papel.

## En el trabajo

at-work-title = Agentes en su trabajo
at-work-summary = Agentes de inmigración llegan al lugar donde usted trabaja.

at-work-know-the-areas-do = Sepa a dónde pueden ir los agentes. ICE puede entrar sin pedir permiso a las áreas públicas de un negocio, como un comedor, una recepción o un estacionamiento.
at-work-know-the-areas-why = Estar en un área pública no les permite, por sí solo, a los agentes detener, interrogar ni arrestar a nadie. Para entrar a áreas que no son públicas, como una cocina, una oficina o cuartos solo para trabajadores, necesitan el permiso del empleador o una orden firmada por un juez.

at-work-ask-if-free-do = Si un agente se le acerca, pregunte si se puede ir o si puede volver a su trabajo. Si le dicen que sí, diga que no quiere hablar. Luego vuelva a su trabajo o váyase con calma.
at-work-ask-if-free-say = ¿Me puedo ir o puedo volver a mi trabajo?

at-work-stay-where-you-are-do = Si los agentes les dicen a los trabajadores que se separen en grupos según su estatus migratorio, usted puede quedarse donde está.
at-work-stay-where-you-are-why = Pasarse a uno de esos grupos es una manera de decirles su estatus. Usted no tiene que decirles su estatus.

at-work-papers-do = Si tiene papeles migratorios válidos, como una tarjeta de residente (green card) o un permiso de trabajo, muéstrelos solo si un agente de inmigración se los pide. Nunca muestre papeles falsos.
at-work-papers-why = La ley federal dice que las personas con estos papeles deben llevarlos consigo y mostrarlos a los agentes de inmigración que los pidan. Aun así, usted puede guardar silencio sobre todo lo demás.

at-work-employer-rules-do = Sepa lo que California le exige a su empleador. Según una ley llamada AB 450, su empleador no puede decidir dejar entrar a agentes de inmigración a áreas que no son públicas sin una orden firmada por un juez. Su empleador tampoco puede dejar que los agentes vean o se lleven los expedientes de los trabajadores sin una orden de un juez, una citación (subpoena) o un aviso federal de inspección.
at-work-employer-rules-why = Según esta ley, un formulario de ICE, como el Formulario I-200 o el Formulario I-205, no es suficiente. Pero la ley obliga a los empleadores, no a ICE. Con una orden firmada por un juez, los agentes aun así pueden entrar. Usted conserva sus propios derechos en cualquier caso. Un empleador que no cumple esta ley puede recibir una multa de $2,000 a $10,000 por cada infracción.

at-work-records-notice-do = Si ICE le da a su empleador un aviso de que va a inspeccionar los expedientes de los trabajadores, como los formularios I-9, su empleador debe colocar un aviso para los trabajadores en un plazo de 72 horas.
at-work-records-notice-why = La ley AB 450 dice que el aviso debe estar en el idioma que su empleador usa normalmente con los trabajadores. Los trabajadores afectados por la inspección también tienen derecho a recibir sus resultados.

at-work-dont-consent-to-search = No dé permiso para un registro. Puede decir en voz alta: No doy permiso para ningún registro.

## Arresto por la policía

arrested-title = Si la policía lo arresta
arrested-summary = La policía local o los ayudantes del alguacil lo arrestan.

arrested-ask-for-lawyer-do = Pida un abogado. No decida nada hasta haber hablado con uno.
arrested-ask-for-lawyer-say = Quiero hablar con un abogado.
arrested-ask-for-lawyer-why = Lo que diga se puede usar en su contra en la corte penal y en la corte de inmigración.

arrested-phone-calls-do = Pida sus llamadas telefónicas. En California usted puede hacer por lo menos 3 llamadas que se completen. Tiene derecho a hacerlas justo después de que lo fichen (booking), y a más tardar 3 horas después de su arresto, a menos que sea físicamente imposible.
arrested-phone-calls-say = Quiero hacer mis llamadas telefónicas.
arrested-phone-calls-why = La sección 851.5 del Código Penal de California le da estas llamadas. Las llamadas dentro del área local son gratis. Un oficial que le niega estas llamadas a propósito está violando la ley.

arrested-whom-to-call-do = Use sus llamadas para comunicarse con un abogado o un defensor público, con un agente de fianzas y con un familiar u otra persona.
arrested-whom-to-call-why = La policía no puede escuchar ni grabar su llamada a un abogado. Es posible que no tenga su teléfono con usted, así que apréndase de memoria los números de un abogado y de una persona de confianza antes de que los necesite.

arrested-child-care-calls-do = Si usted es padre o madre y tiene la custodia de un hijo, dígalo. Pida 2 llamadas gratis más para organizar el cuidado de su hijo.
arrested-child-care-calls-say = Tengo un hijo. Necesito mis llamadas adicionales para organizar el cuidado de mi hijo.
arrested-child-care-calls-why = La ley de California les da a los padres que tienen la custodia de un hijo 2 llamadas gratis adicionales para organizar su cuidado.

arrested-tell-your-needs-do = Dígale al oficial si usted es el padre, la madre o la persona que principalmente cuida a un niño. Dígale también si tiene necesidades médicas.
arrested-tell-your-needs-why = Usted puede decirle esto. Puede ayudar a que su niño reciba cuidado y a que se sepan sus necesidades de salud.

arrested-dont-resist = No huya de la policía ni pelee con ella, aunque crea que no tienen razón para arrestarlo.
arrested-dont-answer-status-questions = No conteste preguntas sobre dónde nació, cuál es su estatus migratorio ni cómo llegó a los Estados Unidos. En general, la policía de California no puede preguntar por su estatus para ayudar a hacer cumplir las leyes de inmigración.

## En una cárcel local

in-jail-title = Si está en una cárcel local
in-jail-summary = Lo tienen en una cárcel de una ciudad o de un condado, y es posible que ICE quiera hablar con usted o llevárselo.

in-jail-consent-form-do = Antes de que ICE lo pueda entrevistar en una cárcel local, la cárcel debe darle un formulario por escrito. Léalo. Si no lo entiende, diga que necesita un intérprete.
in-jail-consent-form-why = La Ley TRUTH de California exige este formulario. Debe explicar para qué es la entrevista, que es voluntaria y que usted puede decir que no o tener a su abogado presente. El formulario está en inglés, español, chino, tagalo, vietnamita y coreano, y en algunos condados también en otros idiomas.

in-jail-refuse-interview-do = Usted puede decir que no a la entrevista con ICE. O puede decir que solo hablará con su abogado presente.
in-jail-refuse-interview-say = No acepto una entrevista con ICE sin mi abogado presente.
in-jail-refuse-interview-why = La entrevista es voluntaria. Lo que le diga a ICE se puede usar en su contra en la corte de inmigración.

in-jail-ask-for-copy-do = Pregunte si la cárcel recibió sobre usted una retención de ICE, una solicitud de notificación o una solicitud de traslado. Si la recibió, pida una copia. Pregunte si la cárcel va a hacer lo que ICE pide.
in-jail-ask-for-copy-say = ¿ICE mandó una retención o una solicitud sobre mí? Por favor, deme una copia.
in-jail-ask-for-copy-why = La Ley TRUTH dice que la cárcel debe darle una copia de cualquier solicitud de ese tipo y decirle si piensa cumplirla. Si la cárcel le dice a ICE su fecha de salida, también debe decírselo a usted por escrito, y decírselo a su abogado o a otra persona que usted elija.

in-jail-hold-is-a-request-do = Sepa que una retención de ICE es una solicitud de ICE. No es una orden de un juez.
in-jail-hold-is-a-request-why = Según la SB 54 de California, una cárcel local no puede retenerlo después de su hora de salida porque ICE lo pidió. Pero si usted tiene ciertas condenas graves, como algunos delitos mayores (felonies) graves o violentos, la cárcel aun así puede avisarle a ICE cuándo va a salir en libertad, o entregarlo a ICE. También puede entregarlo si hay una orden firmada por un juez. Estas leyes ponen límites a la policía y a las cárceles locales, no a los agentes de ICE.

in-jail-state-prison-do = Si usted está en una prisión estatal, y no en una cárcel de ciudad o de condado, las reglas son diferentes. La SB 54 no cubre las prisiones estatales.
in-jail-state-prison-why = Las prisiones estatales todavía pueden avisarle a ICE sobre las personas que van a salir de prisión, y hacer arreglos para entregarlas a ICE. Pero una prisión estatal aun así debe darle un formulario antes de una entrevista con ICE, y copias de las solicitudes de ICE sobre usted.

in-jail-dont-think-you-must-talk = No piense que tiene que hablar con ICE en una cárcel local. La entrevista es su decisión.

## Bajo custodia de ICE

ice-detention-title = Si ICE lo tiene detenido
ice-detention-summary = ICE lo tiene en detención migratoria.

ice-detention-free-legal-help-do = Si no tiene abogado, pídales a los oficiales la lista de servicios legales gratuitos (pro bono).
ice-detention-free-legal-help-say = No tengo abogado. Por favor, denme la lista de servicios legales gratuitos.
ice-detention-free-legal-help-why = En los casos de inmigración, el gobierno por lo general no paga su abogado. Los grupos de la lista dan ayuda legal gratis.

ice-detention-consulate-do = Usted puede pedir comunicarse con el consulado de su país, o pedirle a un oficial que le avise al consulado que lo tienen detenido.
ice-detention-consulate-say = Quiero comunicarme con mi consulado.
ice-detention-consulate-why = Usted puede pedir esto cuando ICE lo tiene detenido. Es su decisión.

ice-detention-careful-on-the-phone-do = En los teléfonos del centro de detención, no hable de su estatus migratorio ni de dónde nació.
ice-detention-careful-on-the-phone-why = Es posible que escuchen las llamadas que se hacen en los teléfonos del centro de detención.

ice-detention-family-can-find-you-do = Su familia puede buscarlo con el Localizador de Detenidos en Línea de ICE (Online Detainee Locator), un sitio web (el enlace que acompaña este paso). Encuentra a personas de 18 años o más.
ice-detention-family-can-find-you-why = Para buscar, necesitan su número A (A-number) y su país de nacimiento, o su nombre y su país de nacimiento. El nombre debe ser exactamente igual al de los registros de ICE.

ice-detention-a-number-do = Si tiene un número A (A-number), asegúrese de que su familia lo sepa.
ice-detention-a-number-why = La corte de inmigración tiene una línea telefónica automática con información sobre su caso, y le pide su número A. Esa línea la maneja el gobierno. No es un servicio que esté de su lado.

ice-detention-dont-decide-alone = No acepte la salida voluntaria, ni decida nada más sobre su caso, antes de hablar con un abogado.
