# El cuestionario de práctica: una pregunta por bloque, luego sus opciones y el porqué.
# Cada pregunta pone a prueba un paso de su situación (content/quiz/<topic>.toml).

## Agentes en su puerta

quiz-at-home-door = Agentes de inmigración tocan a la puerta de su casa. ¿Qué debe hacer?
quiz-at-home-door-a = Abrir un poco la puerta para hablar.
quiz-at-home-door-b = Mantener la puerta cerrada y hablar a través de ella.
quiz-at-home-door-c = Salir para hablar con ellos.
quiz-at-home-door-why = Mantenga la puerta cerrada y hable a través de ella. Pregunte quiénes son y por qué vinieron. Abrir la puerta no les da permiso para entrar, pero hablar con la puerta cerrada es más seguro.

quiz-at-home-open = Los agentes quieren que usted abra la puerta. ¿Qué le deben mostrar antes de que la abra?
quiz-at-home-open-a = Una insignia por la ventana.
quiz-at-home-open-b = Cualquier papel que diga "orden" (warrant).
quiz-at-home-open-c = Una orden firmada por un juez que corresponda a esta casa.
quiz-at-home-open-why = No abra la puerta a menos que le muestren, por debajo de la puerta o por la ventana, una orden firmada por un juez que corresponda a esta casa. Es decir, una orden de registro para esta dirección, o una orden de arresto para una persona que vive aquí.

quiz-at-home-silent = Los agentes le preguntan dónde nació. ¿Tiene que contestar?
quiz-at-home-silent-a = No. Usted puede guardar silencio.
quiz-at-home-silent-b = Sí. Tiene que contestar todas las preguntas.
quiz-at-home-silent-c = No, pero tiene que decirles su estatus migratorio.
quiz-at-home-silent-why = La Quinta Enmienda le permite negarse a contestar preguntas. No tiene que decir dónde nació, cuál es su estatus migratorio ni cómo llegó a este país. Si decide guardar silencio, dígalo en voz alta.

quiz-at-home-forced = Los agentes entran a la fuerza a su casa. ¿Qué debe hacer?
quiz-at-home-forced-a = Bloquearles el paso para que no puedan entrar.
quiz-at-home-forced-b = No pelear. Decir que usted no da permiso para que entren ni para un registro.
quiz-at-home-forced-c = Contestar sus preguntas para que se vayan más rápido.
quiz-at-home-forced-why = No pelee con ellos ni les bloquee el paso: defenderse a la fuerza puede ponerlos en peligro a usted y a su familia. Usted todavía puede negarse con sus palabras. Diga que no da permiso para que entren ni para un registro, guarde silencio y pida un abogado.

## Revisar una orden

quiz-warrant-check-say-warrant = Los agentes dicen a través de la puerta que tienen una orden. ¿Qué debe hacer?
quiz-warrant-check-say-warrant-a = Abrir la puerta, porque ellos lo dijeron.
quiz-warrant-check-say-warrant-b = No abrir la puerta. Primero ver el papel.
quiz-warrant-check-say-warrant-c = Abrir la puerta si dicen que son policías.
quiz-warrant-check-say-warrant-why = No abra la puerta solo porque los agentes dicen que tienen una orden. A veces los agentes dicen que tienen una cuando no la tienen, o dicen que son policías. Primero vea el papel.

quiz-warrant-check-judge = ¿Cómo puede saber si un papel es una orden de un juez?
quiz-warrant-check-judge-a = Viene de una corte y lo firmó un juez.
quiz-warrant-check-judge-b = Lo firmó un oficial de ICE.
quiz-warrant-check-judge-c = El agente le dice que lo es.
quiz-warrant-check-judge-why = Fíjese en quién firmó el papel. Una orden de un juez viene de una corte, como una Corte de Distrito de los Estados Unidos (U.S. District Court) o una Corte Superior de California (California Superior Court). La firma un juez.

quiz-warrant-check-ice-form = El papel es el Formulario I-205 de ICE. ¿Es una orden de un juez?
quiz-warrant-check-ice-form-a = Sí. Todos los formularios de órdenes vienen de un juez.
quiz-warrant-check-ice-form-b = Sí, si lo firmó un oficial de ICE.
quiz-warrant-check-ice-form-c = No. Lo firma un oficial de ICE, no un juez.
quiz-warrant-check-ice-form-why = Los formularios de ICE, como el Formulario I-200 o el Formulario I-205, los firma un oficial de ICE, no un juez. Los defensores de inmigrantes dicen que no permiten que los agentes entren a su casa sin su permiso, pero desde 2025 ICE dice que sus agentes pueden entrar a la fuerza con el Formulario I-205 para arrestar a una persona que tiene una orden final de deportación, y las cortes están revisando demandas que cuestionan esa afirmación. Si los agentes entran a la fuerza, no pelee con ellos ni les bloquee el paso.

quiz-warrant-check-wrong-person = Un juez firmó una orden de arresto, pero no nombra a nadie que viva en su casa. ¿Tiene que abrir la puerta?
quiz-warrant-check-wrong-person-a = Sí. Cualquier orden de un juez les permite entrar.
quiz-warrant-check-wrong-person-b = No. Usted no tiene que abrir la puerta.
quiz-warrant-check-wrong-person-c = Sí, en cuanto la pasen por debajo de la puerta.
quiz-warrant-check-wrong-person-why = Una orden de arresto no permite que los oficiales entren a la casa de otra persona para buscar a la persona que nombra. Para eso necesitan una orden de registro. Si una orden de arresto no nombra a nadie que viva aquí, usted no tiene que abrir la puerta.

## Si lo paran en la calle

quiz-in-public-free-to-go = En la calle, usted le pregunta a un agente si se puede ir. Le dice que sí. ¿Qué puede hacer?
quiz-in-public-free-to-go-a = Debe quedarse y contestar sus preguntas.
quiz-in-public-free-to-go-b = Irse con calma.
quiz-in-public-free-to-go-c = Salir corriendo.
quiz-in-public-free-to-go-why = Si le dicen que sí, váyase con calma. Si no lo están reteniendo, no tiene que quedarse ni contestar preguntas. Si le dicen que no, guarde silencio y pida un abogado.

quiz-in-public-search = Un oficial en la calle quiere registrar su bolsa. ¿Qué puede hacer?
quiz-in-public-search-a = Decir: No doy permiso para ningún registro.
quiz-in-public-search-b = Agarrar bien su bolsa y pelear con ellos.
quiz-in-public-search-c = Nada. No puede decir que no.
quiz-in-public-search-why = Usted tiene derecho a negarse a que registren sus bolsillos o sus bolsas. Los oficiales aun así pueden tocar su ropa por fuera para buscar armas. Si lo registran de todos modos, no pelee con ellos.

quiz-in-public-green-card = Usted tiene una tarjeta de residente (green card) válida. ¿Qué debe hacer cuando sale?
quiz-in-public-green-card-a = Dejarla en casa para que no le pase nada.
quiz-in-public-green-card-b = Llevarla, pero no mostrarla a los agentes de inmigración que se la pidan.
quiz-in-public-green-card-c = Llevarla, y mostrarla si un agente de inmigración se la pide.
quiz-in-public-green-card-why = La ley federal dice que las personas adultas que han recibido estos papeles deben llevarlos consigo y mostrarlos a los agentes de inmigración que los pidan. No llevarlos es un delito menor federal (misdemeanor).

quiz-in-public-coffee = Los agentes le piden que vaya a su oficina o que acepte "tomar un café" con ellos. ¿Qué debe hacer?
quiz-in-public-coffee-a = Ir, para que vean que no tiene nada que esconder.
quiz-in-public-coffee-b = No ir. Puede ser un engaño.
quiz-in-public-coffee-c = Ir, si parecen amables.
quiz-in-public-coffee-why = No vaya con los agentes a una oficina ni acepte "tomar un café" con ellos. Puede ser un engaño.

## Si lo paran en el carro

quiz-traffic-stop-pull-over = La policía le hace señas para que se orille. ¿Qué debe hacer?
quiz-traffic-stop-pull-over-a = Dejar el motor prendido para poder irse enseguida.
quiz-traffic-stop-pull-over-b = Parar en un lugar seguro, apagar el motor y mantener las manos en el volante.
quiz-traffic-stop-pull-over-c = Meter la mano debajo del asiento enseguida para sacar sus papeles.
quiz-traffic-stop-pull-over-why = Oríllese en un lugar seguro, apague el motor, prenda la luz de adentro del carro y mantenga las manos en el volante, donde el oficial las pueda ver. Así el oficial ve que usted no es un peligro, y todos están más seguros.

quiz-traffic-stop-who-silent = La policía para su carro. ¿Quién puede guardar silencio?
quiz-traffic-stop-who-silent-a = Solo la persona que maneja.
quiz-traffic-stop-who-silent-b = Solo las personas que viajan en el carro sin manejar.
quiz-traffic-stop-who-silent-c = La persona que maneja y todas las que viajan en el carro.
quiz-traffic-stop-who-silent-why = La persona que maneja y todas las que viajan en el carro pueden guardar silencio. Si decide hacerlo, dígalo en voz alta. Lo que diga se puede usar en su contra en una corte.

quiz-traffic-stop-car-search = Un oficial le pide permiso para registrar su carro. ¿Qué puede decir?
quiz-traffic-stop-car-search-a = No doy permiso para que registren mi carro.
quiz-traffic-stop-car-search-b = Adelante, no tengo nada que esconder.
quiz-traffic-stop-car-search-c = Puede registrarlo si después me deja ir.
quiz-traffic-stop-car-search-why = No dé permiso para que registren el carro. La policía aun así puede registrar sin su permiso si cree que hay pruebas de un delito. Si lo registran de todos modos, no pelee con ellos: defenderse a la fuerza puede ponerlo en peligro.

quiz-traffic-stop-passenger = Usted va en el carro pero no maneja. Pregunta si se puede ir, y el oficial le dice que sí. ¿Qué puede hacer?
quiz-traffic-stop-passenger-a = Debe quedarse y contestar preguntas.
quiz-traffic-stop-passenger-b = Irse con calma.
quiz-traffic-stop-passenger-c = Salir corriendo del carro.
quiz-traffic-stop-passenger-why = Si usted va en el carro pero no maneja, pregunte si se puede ir. Si le dicen que sí, váyase con calma. Si no lo están reteniendo, no tiene que quedarse ni contestar preguntas.

## Agentes en su trabajo

quiz-at-work-areas = En el trabajo, ¿a qué lugares puede entrar ICE sin pedir permiso?
quiz-at-work-areas-a = A las áreas públicas, como una recepción o un estacionamiento.
quiz-at-work-areas-b = A la cocina o a la oficina.
quiz-at-work-areas-c = A cualquier cuarto, incluso a los cuartos solo para trabajadores.
quiz-at-work-areas-why = ICE puede entrar sin pedir permiso a las áreas públicas de un negocio, como un comedor, una recepción o un estacionamiento. Para entrar a áreas que no son públicas, como una cocina, una oficina o cuartos solo para trabajadores, necesitan el permiso del empleador o una orden firmada por un juez. Estar en un área pública no les permite, por sí solo, a los agentes detener, interrogar ni arrestar a nadie.

quiz-at-work-free-to-leave = En el trabajo, usted le pregunta a un agente si puede volver a su trabajo. Le dice que sí. ¿Qué puede hacer?
quiz-at-work-free-to-leave-a = Debe quedarse y contestar preguntas primero.
quiz-at-work-free-to-leave-b = Salir corriendo por la puerta de atrás.
quiz-at-work-free-to-leave-c = Decir que no quiere hablar, y luego volver a su trabajo con calma.
quiz-at-work-free-to-leave-why = Si le dicen que sí, diga que no quiere hablar. Luego vuelva a su trabajo o váyase con calma. Si no lo están reteniendo, no tiene que quedarse ni contestar preguntas.

quiz-at-work-groups = Los agentes les dicen a los trabajadores que se separen en grupos según su estatus migratorio. ¿Qué puede hacer?
quiz-at-work-groups-a = Debe pasarse al grupo de su estatus.
quiz-at-work-groups-b = Quedarse donde está.
quiz-at-work-groups-c = Pasarse a un grupo, porque eso no les dice nada.
quiz-at-work-groups-why = Usted puede quedarse donde está. Pasarse a uno de esos grupos es una manera de decirles su estatus, y usted no tiene que decirles su estatus.

quiz-at-work-search = Los agentes en su trabajo quieren hacer un registro. ¿Qué puede decir?
quiz-at-work-search-a = No doy permiso para ningún registro.
quiz-at-work-search-b = Adelante, no tengo nada que esconder.
quiz-at-work-search-c = Pueden registrar si no me hacen preguntas.
quiz-at-work-search-why = No dé permiso para un registro. Puede decir en voz alta: No doy permiso para ningún registro.

## Si la policía lo arresta

quiz-arrested-used-against = Después de un arresto, ¿dónde se puede usar en su contra lo que diga?
quiz-arrested-used-against-a = Solo en la corte penal
quiz-arrested-used-against-b = En ningún lado, porque es la policía local
quiz-arrested-used-against-c = En la corte penal y en la corte de inmigración
quiz-arrested-used-against-why = Lo que diga se puede usar en su contra en la corte penal y en la corte de inmigración. Por eso, pida un abogado y no decida nada hasta haber hablado con uno.

quiz-arrested-caregiver = Lo arrestan, y usted es la persona que principalmente cuida a un niño. ¿Qué puede hacer?
quiz-arrested-caregiver-a = Hablarle al oficial de su niño
quiz-arrested-caregiver-b = Ocultárselo al oficial
quiz-arrested-caregiver-c = Esperar a que lo dejen ir para mencionarlo
quiz-arrested-caregiver-why = Usted puede decirle al oficial que es el padre, la madre o la persona que principalmente cuida a un niño, y si tiene necesidades médicas. Puede ayudar a que su niño reciba cuidado y a que se sepan sus necesidades de salud.

quiz-arrested-wrong-arrest = Usted cree que la policía lo está arrestando por error. ¿Qué debe hacer?
quiz-arrested-wrong-arrest-a = Huir si tiene la oportunidad
quiz-arrested-wrong-arrest-b = No huir ni pelear, aunque crea que no tienen razón
quiz-arrested-wrong-arrest-c = Defenderse a la fuerza para que lo suelten
quiz-arrested-wrong-arrest-why = No huya de la policía ni pelee con ella, aunque crea que no tienen razón para arrestarlo.

quiz-arrested-calls = En California, ¿cuántas llamadas telefónicas puede hacer después de que lo arrestan?
quiz-arrested-calls-a = Por lo menos 3 llamadas que se completen
quiz-arrested-calls-b = Solo 1 llamada
quiz-arrested-calls-c = Ninguna hasta ver a un juez
quiz-arrested-calls-why = La sección 851.5 del Código Penal de California le da por lo menos 3 llamadas que se completen. Tiene derecho a hacerlas justo después de que lo fichen (booking), y a más tardar 3 horas después de su arresto, a menos que sea físicamente imposible.

## Si está en una cárcel local

quiz-in-jail-silent = Mientras lo tienen en la cárcel, le preguntan dónde nació. ¿Tiene que contestar?
quiz-in-jail-silent-a = Sí, porque está en la cárcel
quiz-in-jail-silent-b = No. Puede guardar silencio, y decirlo en voz alta
quiz-in-jail-silent-c = Sí, si un oficial se lo pregunta
quiz-in-jail-silent-why = La Quinta Enmienda le permite negarse a contestar preguntas. No tiene que decir dónde nació. Si decide guardar silencio, dígalo en voz alta.

quiz-in-jail-sign = En la cárcel, le dan papeles de "salida voluntaria". ¿Qué debe hacer?
quiz-in-jail-sign-a = Firmarlos para salir más rápido
quiz-in-jail-sign-b = Firmarlos si un oficial le dice que lo haga
quiz-in-jail-sign-c = No firmar hasta haber hablado con un abogado
quiz-in-jail-sign-why = No firme nada, sobre todo papeles de "salida voluntaria", sin hablar con un abogado.

quiz-in-jail-citizen = Usted no tiene la ciudadanía de los Estados Unidos. Un oficial le pregunta si la tiene. ¿Qué es lo correcto?
quiz-in-jail-citizen-a = No decir que tiene la ciudadanía de los Estados Unidos
quiz-in-jail-citizen-b = Decir que tiene la ciudadanía, por si acaso
quiz-in-jail-citizen-c = Mostrar papeles falsos si los tiene
quiz-in-jail-citizen-why = No mienta. No diga que tiene la ciudadanía de los Estados Unidos si no la tiene, y no muestre papeles falsos.

quiz-in-jail-interview = En una cárcel de una ciudad o de un condado de California, ICE quiere entrevistarlo. ¿Qué puede hacer?
quiz-in-jail-interview-a = Hablar con ICE, porque está en la cárcel
quiz-in-jail-interview-b = Decir que no, o hablar solo con su abogado presente
quiz-in-jail-interview-c = Nada, la cárcel decide por usted
quiz-in-jail-interview-why = La entrevista es voluntaria. Puede decir que no, o decir que solo hablará con su abogado presente. Lo que le diga a ICE se puede usar en su contra en la corte de inmigración.

## Si ICE lo tiene detenido

quiz-ice-detention-free-help = ICE lo tiene detenido y usted no tiene abogado. ¿Qué les puede pedir a los oficiales?
quiz-ice-detention-free-help-a = Nada, tiene que buscar un abogado por su cuenta
quiz-ice-detention-free-help-b = Nada hasta su fecha en la corte
quiz-ice-detention-free-help-c = La lista de servicios legales gratuitos (pro bono)
quiz-ice-detention-free-help-why = Si no tiene abogado, pídales a los oficiales la lista de servicios legales gratuitos. En los casos de inmigración, el gobierno por lo general no paga su abogado. Los grupos de la lista dan ayuda legal gratis.

quiz-ice-detention-phone = ¿De qué no debe hablar en un teléfono del centro de detención?
quiz-ice-detention-phone-a = De su estatus migratorio o de dónde nació
quiz-ice-detention-phone-b = No hay nada que evitar, porque estas llamadas son privadas
quiz-ice-detention-phone-c = No hay nada que evitar, si habla en su propio idioma
quiz-ice-detention-phone-why = Es posible que escuchen las llamadas que se hacen en los teléfonos del centro de detención. Por eso, no hable en ellos de su estatus migratorio ni de dónde nació.

quiz-ice-detention-locator = ¿Qué necesita su familia para encontrarlo con el Localizador de Detenidos en Línea de ICE (Online Detainee Locator)?
quiz-ice-detention-locator-a = Solo su nombre de pila
quiz-ice-detention-locator-b = Su número A (A-number) o su nombre exacto, y su país de nacimiento
quiz-ice-detention-locator-c = Solo su país de nacimiento
quiz-ice-detention-locator-why = Necesitan su número A (A-number) y su país de nacimiento, o su nombre y su país de nacimiento. El nombre debe ser exactamente igual al de los registros de ICE. El localizador encuentra a personas de 18 años o más.

quiz-ice-detention-departure = ICE le ofrece la salida voluntaria. ¿Qué debe hacer primero?
quiz-ice-detention-departure-a = Aceptar enseguida para que todo termine
quiz-ice-detention-departure-b = Dejar que el oficial decida por usted
quiz-ice-detention-departure-c = Hablar con un abogado antes de aceptar
quiz-ice-detention-departure-why = No acepte la salida voluntaria, ni decida nada más sobre su caso, antes de hablar con un abogado.

## Ir a la corte

quiz-in-court-case-line = ¿Qué es cierto sobre la línea automática de casos de la corte de inmigración?
quiz-in-court-case-line-a = La manejan defensores de inmigrantes que están de su lado
quiz-in-court-case-line-b = Necesita el número A (A-number), y la maneja el gobierno
quiz-in-court-case-line-c = Puede usarla sin el número A (A-number)
quiz-in-court-case-line-why = Para obtener información sobre un caso, tenga a mano el número A (A-number) de la persona. La línea automática lo necesita. La maneja el gobierno, no defensores de inmigrantes.

quiz-in-court-lawyer = Usted tiene un caso en la corte de inmigración. ¿Qué puede hacer para tener un abogado?
quiz-in-court-lawyer-a = Pedir hablar con un abogado, y prepararse para buscar uno por su cuenta
quiz-in-court-lawyer-b = Esperar, porque la corte le va a mandar un abogado gratis
quiz-in-court-lawyer-c = Ir sin abogado, porque no tiene permitido pedir uno
quiz-in-court-lawyer-why = Usted puede pedir hablar con un abogado. En los casos de inmigración, el gobierno por lo general no paga su abogado, así que es posible que tenga que buscar uno por su cuenta.

quiz-in-court-free-help = ¿Dónde puede buscar ayuda legal gratis para un caso de inmigración?
quiz-in-court-free-help-a = En ningún lado, porque la ayuda legal cuesta dinero
quiz-in-court-free-help-b = Solo después de que termine su caso
quiz-in-court-free-help-c = En directorios en internet, y en la lista de proveedores de servicios legales gratuitos de la corte
quiz-in-court-free-help-why = Puede buscar en internet en dos directorios nacionales de servicios legales gratuitos y de bajo costo. La corte de inmigración también tiene una lista de proveedores de servicios legales gratuitos (pro bono). Si lo tienen detenido y no tiene abogado, pídales a los oficiales la lista.

quiz-in-court-state-case = Usted tiene un caso penal en una corte estatal de California. ¿Puede tener que ver con inmigración?
quiz-in-court-state-case-a = No, las cortes estatales no tienen nada que ver con inmigración
quiz-in-court-state-case-b = Sí, algunos resultados pueden perjudicar su estatus, así que consulte a un abogado de inmigración
quiz-in-court-state-case-c = Solo si habla de inmigración en la corte
quiz-in-court-state-case-why = No piense que un caso en una corte estatal no tiene nada que ver con inmigración. Algunos resultados penales pueden perjudicar su estatus. Consulte a un abogado de inmigración.

## En una escuela o un hospital

quiz-school-hospital-records = Unos agentes le piden a una escuela de California información sobre estudiantes. ¿Qué deben tener primero los agentes?
quiz-school-hospital-records-a = Una orden de un juez
quiz-school-hospital-records-b = Un papel firmado por un oficial de ICE
quiz-school-hospital-records-c = Nada, solo tienen que pedirla
quiz-school-hospital-records-why = Según la AB 49, una escuela no puede darles a los agentes información sobre estudiantes, familias ni personal, a menos que los agentes tengan una orden de un juez. Un papel firmado por un oficial de ICE, y no por un juez, no es una orden de un juez.

quiz-school-hospital-clinic-areas = Según la SB 81 de California, ¿qué deben hacer las clínicas y los hospitales?
quiz-school-hospital-clinic-areas-a = Dejar que los agentes entren a cualquier área que pidan
quiz-school-hospital-clinic-areas-b = Impedir que los agentes entren a la sala de espera, y nada más
quiz-school-hospital-clinic-areas-c = Impedir que los agentes entren a las áreas que no son públicas sin una orden de un juez o una orden de una corte
quiz-school-hospital-clinic-areas-why = Las clínicas y los hospitales deben decidir cuáles de sus áreas no están abiertas al público. Deben impedir que los agentes de inmigración entren a esas áreas, a menos que los agentes tengan una orden de un juez o una orden de una corte.

quiz-school-hospital-emergency = Usted necesita atención médica de emergencia en California, pero tiene miedo por su estatus migratorio. ¿Qué debe hacer?
quiz-school-hospital-emergency-a = Quedarse en casa hasta tener papeles
quiz-school-hospital-emergency-b = Buscar la atención de emergencia que necesita
quiz-school-hospital-emergency-c = No buscarla, porque la atención depende de su estatus
quiz-school-hospital-emergency-why = Busque atención médica de emergencia cuando la necesite. El Fiscal General de California dice que usted puede recibir atención médica de emergencia, sea cual sea su estatus migratorio.

quiz-school-hospital-with-warrant = ¿Estas leyes de California impiden que todos los agentes entren a las escuelas y los hospitales?
quiz-school-hospital-with-warrant-a = No, los agentes con una orden de un juez o una orden de una corte aun así pueden entrar
quiz-school-hospital-with-warrant-b = Sí, los agentes no pueden entrar de ninguna manera
quiz-school-hospital-with-warrant-c = Sí, a menos que los agentes estén de uniforme
quiz-school-hospital-with-warrant-why = No confíe solo en estas leyes para mantener lejos a los agentes. Los agentes con una orden firmada por un juez, o con una orden de una corte, aun así pueden entrar.

## Cerca de la frontera

quiz-border-zone-checkpoint = En un punto de control de la Patrulla Fronteriza, los agentes le hacen preguntas. ¿Qué puede hacer?
quiz-border-zone-checkpoint-a = Tiene que contestar, porque está cerca de la frontera
quiz-border-zone-checkpoint-b = Mantener la calma y las manos a la vista; usted puede guardar silencio
quiz-border-zone-checkpoint-c = Esconder las manos y discutir con los agentes
quiz-border-zone-checkpoint-why = La Constitución se aplica también en los puntos de control de la Patrulla Fronteriza, incluido su derecho a no contestar preguntas. Mantenga la calma y mantenga las manos donde los agentes las puedan ver. Si decide guardar silencio, dígalo en voz alta.

quiz-border-zone-car-search = Agentes de la Patrulla Fronteriza quieren registrar su carro. ¿Qué debe hacer?
quiz-border-zone-car-search-a = Decir "No doy permiso para que registren mi carro", y no pelear si lo registran de todos modos
quiz-border-zone-car-search-b = Dar permiso para el registro, porque cerca de la frontera no tiene derechos
quiz-border-zone-car-search-c = Bloquear las puertas del carro para que no lo puedan registrar
quiz-border-zone-car-search-why = No dé permiso para que registren su carro. Dentro de la zona de 100 millas, la Patrulla Fronteriza necesita una orden o causa probable para registrar un carro. Si lo registran de todos modos, no pelee con ellos.

quiz-border-zone-port-search = Usted entra al país por un aeropuerto. ¿Pueden los oficiales registrar sus maletas sin una orden?
quiz-border-zone-port-search-a = No, primero necesitan una orden
quiz-border-zone-port-search-b = Solo si usted no tiene la ciudadanía de los Estados Unidos
quiz-border-zone-port-search-c = Sí, ahí los registros de rutina no necesitan una orden ni una razón
quiz-border-zone-port-search-why = Los aeropuertos, los cruces terrestres y los puertos marítimos son puertos de entrada. Ahí, los oficiales no necesitan una orden ni una razón para hacer registros de rutina, ni siquiera a personas con la ciudadanía de los Estados Unidos o con tarjeta de residente (green card). Las reglas en la frontera son complicadas: si le preocupa, consulte a un abogado antes de viajar.

quiz-border-zone-phone-password = En un puerto de entrada, un oficial le pide la contraseña de su teléfono. ¿Qué es cierto?
quiz-border-zone-phone-password-a = Tiene que darla, o viola la ley
quiz-border-zone-phone-password-b = No tiene que darla, pero aunque diga que no, es posible que el registro se haga de todos modos
quiz-border-zone-phone-password-c = Si dice que no, tienen que devolverle el teléfono enseguida
quiz-border-zone-phone-password-why = No tiene que dar su contraseña, pero aunque diga que no, es posible que el registro se haga de todos modos. Si no desbloquea un aparato, es posible que los oficiales se queden con él por semanas. A una persona que viaja y que no tiene la ciudadanía de los Estados Unidos ni tarjeta de residente (green card) se le puede negar la entrada.

## Grabar a los agentes

quiz-recording-right = ¿Puede grabar a los agentes de inmigración mientras trabajan en un lugar público?
quiz-recording-right-a = No, grabar a los agentes en público va contra la ley
quiz-recording-right-b = Sí, y puede acercarse tanto como quiera
quiz-recording-right-c = Sí, desde donde tiene permitido estar, a una distancia segura
quiz-recording-right-why = Las cortes federales dicen que las personas tienen el derecho, según la Primera Enmienda, de grabar a la policía mientras hace su trabajo en público, y la misma idea se usa para los agentes de inmigración. Quédese donde tiene permitido estar, mantenga una distancia segura y no les estorbe.

quiz-recording-move-back = Mientras usted graba, un agente le ordena que retroceda. ¿Qué debe hacer?
quiz-recording-move-back-a = Retroceder y seguir grabando desde más lejos
quiz-recording-move-back-b = Quedarse donde está, porque tiene derecho a grabar
quiz-recording-move-back-c = Acercarse para mostrarles que está grabando
quiz-recording-move-back-why = Los agentes pueden ordenarle legalmente que retroceda por seguridad. Si se niega, lo pueden arrestar. Puede seguir grabando desde más lejos.

quiz-recording-phone = Un oficial le pide ver su teléfono y le dice que borre su video. ¿Qué puede hacer?
quiz-recording-phone-a = Tiene que desbloquearlo y borrar el video
quiz-recording-phone-b = Puede decir que no: no tiene que desbloquearlo ni borrar su video
quiz-recording-phone-c = Pelear para quedarse con su teléfono si se lo quitan
quiz-recording-phone-why = Nuestra fuente, un resumen de los consejos de la Electronic Frontier Foundation, dice que, sin una orden, los oficiales no deberían registrar su teléfono, obligarlo a borrar un video ni obligarlo a desbloquearlo. Si los oficiales le quitan el teléfono de todos modos, no pelee con ellos. Consulte este punto con un abogado para su propio caso.

quiz-recording-camera = ¿Hacia dónde debe apuntar su cámara?
quiz-recording-camera-a = Hacia los agentes
quiz-recording-camera-b = Hacia la persona que los agentes están deteniendo
quiz-recording-camera-c = Hacia cualquier lado. No importa.
quiz-recording-camera-why = Apunte su cámara hacia los agentes, no hacia la persona que están deteniendo. Así protege la privacidad de la persona detenida.

## Plan familiar

quiz-family-plan-numbers = ¿Cómo debe guardar los números de teléfono de una persona de confianza y de un abogado?
quiz-family-plan-numbers-a = Solo en su teléfono
quiz-family-plan-numbers-b = Aprendérselos de memoria
quiz-family-plan-numbers-c = No los necesita
quiz-family-plan-numbers-why = Apréndase de memoria estos números. Si lo detienen, es posible que no tenga su teléfono.

quiz-family-plan-a-number = Si tiene un número A (A-number), ¿qué debe hacer con él?
quiz-family-plan-a-number-a = Esconderlo de su familia
quiz-family-plan-a-number-b = Nada, su familia no lo va a necesitar
quiz-family-plan-a-number-c = Sabérselo, y escribirlo donde su familia lo pueda encontrar
quiz-family-plan-a-number-why = Si usted es mayor de edad y lo detienen, su familia puede buscarlo en el localizador de detenidos en línea de ICE con su número A (A-number) y su país de nacimiento. La línea de casos de la corte de inmigración también pide el número A.

quiz-family-plan-pickup = Algún día es posible que usted no pueda recoger a sus hijos. ¿Qué debe hacer ahora?
quiz-family-plan-pickup-a = Nada. Alguien sabrá qué hacer.
quiz-family-plan-pickup-b = Decidir quién puede recogerlos, y escribirlo.
quiz-family-plan-pickup-c = Esperar a que pase, y entonces decidir.
quiz-family-plan-pickup-why = Decida quién puede recoger a sus hijos si usted no puede, y escríbalo. Así, las personas de su confianza sabrán qué hacer si usted no regresa a casa.

quiz-family-plan-when = ¿Cuándo debe hacer un plan familiar?
quiz-family-plan-when-a = Cuando los agentes lleguen a su puerta
quiz-family-plan-when-b = Cuando vea agentes en su zona
quiz-family-plan-when-c = Ahora, antes de que pase algo
quiz-family-plan-when-why = No espere a que lleguen los agentes para hacer un plan. Prepare a su familia antes de que pase algo.

quiz-family-plan-ct-guardian = En Connecticut, ¿cómo puede nombrar a un tutor suplente (standby guardian) para sus hijos?
quiz-family-plan-ct-guardian-a = Solo por medio de un abogado y de una corte
quiz-family-plan-ct-guardian-b = Con los materiales del Plan de Preparación Familiar del estado (Family Preparedness Plan toolkit), sin costo
quiz-family-plan-ct-guardian-c = Pagándole una tarifa al estado
quiz-family-plan-ct-guardian-why = Connecticut hizo los materiales del Plan de Preparación Familiar (Family Preparedness Plan toolkit) para padres y madres, para nombrar a un tutor suplente por si lo detienen o lo deportan. Usted puede nombrar a un tutor suplente sin abogado, sin ir a la corte y sin costo.

## Estafas

quiz-scams-who-advises = ¿Quién puede darle asesoría legal sobre inmigración?
quiz-scams-who-advises-a = Un abogado con licencia, o un representante acreditado por el Departamento de Justicia de los Estados Unidos
quiz-scams-who-advises-b = Cualquier "notario"
quiz-scams-who-advises-c = Cualquier persona que llene formularios de inmigración
quiz-scams-who-advises-why = Solo un abogado con licencia o un representante acreditado por el Departamento de Justicia de los Estados Unidos tiene permitido dar asesoría legal de inmigración.

quiz-scams-consultant = Un consultor que no es abogado le ofrece ayuda. ¿Qué puede hacer esa persona?
quiz-scams-consultant-a = Decirle qué hacer en su caso
quiz-scams-consultant-b = Solo llenar formularios y traducir
quiz-scams-consultant-c = Darle asesoría legal si le paga más
quiz-scams-consultant-why = Un consultor que no es abogado solo puede llenar formularios y traducir. No puede decirle qué hacer en su caso. Antes de pagarle a alguien, pregúntele si es abogado o representante acreditado.

quiz-scams-text = Le llega un mensaje de texto que dice que hay un problema con su estatus migratorio. ¿Qué debe hacer?
quiz-scams-text-a = Pagar lo que le piden, para arreglarlo rápido
quiz-scams-text-b = Mandar su información personal para que puedan revisar
quiz-scams-text-c = No dar dinero ni información personal, y consultarlo con su propio abogado
quiz-scams-text-why = Si alguien lo llama o le manda un mensaje de texto o un correo electrónico sobre un problema con su estatus migratorio, no le dé dinero ni información personal. El Fiscal General de California advierte a las personas que no lo hagan. Consúltelo con su propio abogado.

quiz-scams-free-help = En California, ¿dónde puede encontrar grupos que dan ayuda legal de inmigración gratis?
quiz-scams-free-help-a = En ningún lado, tiene que pagar por la ayuda legal
quiz-scams-free-help-b = En las listas del Departamento de Servicios Sociales de California
quiz-scams-free-help-c = Con un "notario", pagando
quiz-scams-free-help-why = El Estado de California les paga a organizaciones sin fines de lucro para que den servicios legales de inmigración gratis. El Departamento de Servicios Sociales de California publica listas de grupos que dan esta ayuda.

## Rumores y avistamientos

quiz-rumors-check = Usted ve una publicación que dice que hay agentes de inmigración en una tienda cerca de usted. ¿Qué debe hacer antes de compartirla?
quiz-rumors-check-a = Compartirla enseguida, por si acaso
quiz-rumors-check-b = Confirmar que es cierta
quiz-rumors-check-c = Compartirla ahora y confirmarla después
quiz-rumors-check-why = Antes de compartir noticias sobre agentes de inmigración, confirme que son ciertas. Una publicación que nadie ha verificado puede estar equivocada, y puede sembrar miedo.

quiz-rumors-call = Usted ve agentes de inmigración cerca. ¿Qué es bueno hacer?
quiz-rumors-call-a = Publicarlo en internet enseguida
quiz-rumors-call-b = No decírselo a nadie, porque nadie recibe estos reportes
quiz-rumors-call-c = Llamar a la línea de respuesta rápida de su condado
quiz-rumors-call-why = Las líneas de respuesta rápida reciben reportes sobre agentes de inmigración cerca, y ayudan a las personas que lo necesitan. Llame a la línea en lugar de publicarlo. Puede encontrarla en el buscador de ayuda de esta aplicación.

quiz-rumors-document = Usted ve agentes y quiere dejar constancia. ¿Cómo debe hacerlo?
quiz-rumors-document-a = Si es seguro, grabar o anotar lo que ve, y mantener su distancia
quiz-rumors-document-b = Acercarse para que su video salga claro
quiz-rumors-document-c = Ponerse en el camino de los agentes para que tengan que parar
quiz-rumors-document-why = Tener constancia de lo que pasó puede ayudar después. Hágalo solo si es seguro, y mantenga su distancia. Si estorba a los agentes, lo pueden arrestar.

quiz-rumors-numbers = ¿De dónde deben venir los números de ayuda que usted comparte?
quiz-rumors-numbers-a = De una publicación de alguien que no conoce
quiz-rumors-numbers-b = De una fuente de confianza, como su red local de respuesta rápida
quiz-rumors-numbers-c = Del número del Departamento de Seguridad Nacional (DHS) para denunciar a personas ante ICE
quiz-rumors-numbers-why = Comparta solo números de ayuda que vengan de una fuente de confianza, como su red local de respuesta rápida. El Departamento de Seguridad Nacional (DHS) tiene un número para que el público denuncie a personas ante ICE. No es una línea de ayuda.
