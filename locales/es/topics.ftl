# Las situaciones. Palabras sencillas, oraciones cortas, una acción por paso.

## En casa

at-home-title = Agentes en su puerta
at-home-summary = Agentes de inmigración tocan a la puerta de su casa.

at-home-keep-door-closed-do = Mantenga la puerta cerrada. Hable a través de la puerta. Pregunte quiénes son y por qué vinieron. Pídales que muestren una insignia por la ventana.
at-home-keep-door-closed-say = ¿Quiénes son y por qué están aquí? Por favor, muéstrenme su insignia por la ventana.
at-home-keep-door-closed-why = Abrir la puerta no les da permiso para entrar. Pero hablar con la puerta cerrada es más seguro.

at-home-ask-for-warrant-do = Pregunte si tienen una orden firmada por un juez. Pídales que la pasen por debajo de la puerta o que la muestren por la ventana. No abra la puerta para leerla.
at-home-ask-for-warrant-say = No doy permiso para que entren a mi casa. Si tienen una orden firmada por un juez, por favor pásenla por debajo de la puerta.
at-home-ask-for-warrant-why = Los defensores de inmigrantes dicen que, sin una orden firmada por un juez, los agentes necesitan su permiso para entrar a su casa. Desde 2025, ICE dice que sus agentes pueden entrar a la fuerza con el Formulario I-205 para arrestar a una persona que tiene una orden final de deportación. Las cortes están revisando demandas que cuestionan esa afirmación.

at-home-check-the-warrant-do = Revise el papel. Una orden de un juez viene de una corte y la firma un juez. Una orden de registro debe tener esta dirección. Una orden de arresto debe nombrar a una persona que vive aquí. Revise también la fecha. En esta aplicación, el revisor de órdenes la revisa con usted paso a paso.
at-home-check-the-warrant-why = Un papel de ICE, como el Formulario I-200 o el Formulario I-205, lo firma un oficial de ICE, no un juez. Los defensores de inmigrantes dicen que no permite que los agentes entren a su casa sin su permiso, pero desde 2025 ICE dice que puede entrar a la fuerza con el Formulario I-205 para arrestar a una persona que tiene una orden final de deportación. Si una orden de registro tiene otra dirección, o si una orden de arresto no nombra a nadie que viva aquí, usted no tiene que abrir la puerta.

at-home-if-they-come-in-do = Si los agentes entran a la fuerza, no pelee con ellos ni les bloquee el paso. Diga claramente que no da permiso para que entren ni para un registro. Guarde silencio y pida un abogado.
at-home-if-they-come-in-say = No doy permiso para que entren ni para ningún registro.
at-home-if-they-come-in-why = Defenderse a la fuerza puede ponerlos en peligro a usted y a su familia. Usted todavía puede negarse con sus palabras.

## En público

in-public-title = Si lo paran en la calle
in-public-summary = Agentes o policías lo paran en la calle o en un lugar público.

in-public-stay-calm-do = Mantenga la calma. No corra, no discuta, no pelee ni le bloquee el paso al oficial, aunque crea que no tienen razón para pararlo. Mantenga las manos donde las puedan ver.
in-public-stay-calm-why = Correr o pelear puede ponerlo en peligro.

in-public-refuse-search-do = Usted puede negarse a que registren sus bolsillos o sus bolsas. Los oficiales aun así pueden tocar su ropa por fuera para buscar armas.
in-public-refuse-search-say = No doy permiso para ningún registro.
in-public-refuse-search-why = Usted tiene derecho a decir que no. Si lo registran de todos modos, no pelee con ellos.

in-public-papers-do = Si tiene papeles migratorios válidos, como una tarjeta de residente (green card) o un permiso de trabajo, llévelos con usted, y muéstrelos si un agente de inmigración se los pide. Si no tiene papeles, puede guardar silencio. Nunca muestre papeles falsos. No lleve papeles de otro país, como un pasaporte extranjero.
in-public-papers-why = La ley federal dice que las personas adultas que han recibido estos papeles deben llevarlos consigo y mostrarlos a los agentes de inmigración que los pidan. No llevarlos es un delito menor federal (misdemeanor). Los papeles de otro país pueden mostrar de dónde es usted.

## En el carro

traffic-stop-title = Si lo paran en el carro
traffic-stop-summary = La policía o agentes paran el carro que usted maneja o en el que viaja.

traffic-stop-pull-over-safely-do = Oríllese en un lugar seguro. Apague el motor. Prenda la luz de adentro del carro. Baje un poco la ventana. Mantenga las manos en el volante, donde el oficial las pueda ver.
traffic-stop-pull-over-safely-why = Así el oficial ve que usted no es un peligro, y todos están más seguros.

traffic-stop-show-license-do = Si el oficial se los pide, muestre su licencia de manejar, la tarjeta de registro del carro y el comprobante de seguro. Si le falta alguno, nunca muestre uno falso.
traffic-stop-show-license-why = Quien maneja debe mostrar estos papeles cuando se los piden.

traffic-stop-ca-ab60-do = En California, usted puede manejar con una licencia que da el DMV bajo la ley AB 60, aunque no pueda probar que está en los Estados Unidos legalmente.
traffic-stop-ca-ab60-why = Una licencia AB 60 es válida para manejar en California. No es una identificación federal. Es contra la ley tratar injustamente a alguien porque tiene una.

traffic-stop-stay-silent-do = La persona que maneja y todas las que viajan en el carro pueden guardar silencio. Si decide hacerlo, dígalo en voz alta.

traffic-stop-refuse-search-do = No dé permiso para que registren el carro. Si lo registran de todos modos, no pelee con ellos.
traffic-stop-refuse-search-say = No doy permiso para que registren mi carro.
traffic-stop-refuse-search-why = La policía aun así puede registrar sin su permiso si cree que hay pruebas de un delito. Defenderse a la fuerza puede ponerlo en peligro.

traffic-stop-passenger-free-to-go-do = Si usted va en el carro pero no maneja, pregunte si se puede ir. Si le dicen que sí, váyase con calma.

traffic-stop-officer-name-do = Si son policías, pídales sus nombres y sus números de insignia. Escríbalos.
traffic-stop-officer-name-say = ¿Me puede dar su nombre y su número de insignia, por favor?
traffic-stop-officer-name-why = Escribirlos deja constancia de quién lo paró.

traffic-stop-immigration-agents-do = Si los agentes son de ICE o de la Patrulla Fronteriza, siga los mismos pasos: mantenga la calma, guarde silencio y no dé permiso para un registro.
traffic-stop-immigration-agents-why = En general, los agentes de inmigración necesitan una sospecha razonable de una falta migratoria o de un delito para parar un carro, y una orden o causa probable para registrarlo. En septiembre de 2025, la Corte Suprema de los Estados Unidos permitió que siguieran las paradas migratorias en la zona de Los Ángeles mientras continúa un caso en las cortes. Lo que esa orden permite no está resuelto: consulte a un abogado.

## En casa: no haga

at-home-dont-open-the-door = No abra la puerta a menos que los agentes le pasen por debajo de la puerta, o le muestren por la ventana, una orden firmada por un juez que corresponda a esta casa: una orden de registro para esta dirección, o una orden de arresto para una persona que vive aquí.

## En público: no haga

in-public-dont-carry-foreign-papers = No lleve papeles de otro país, como un pasaporte extranjero o una matrícula consular. Pueden mostrar de dónde es usted. Este consejo viene de grupos de defensa de inmigrantes, según lo citan otros sitios: si tiene dudas sobre qué llevar, consulte a un abogado.
in-public-dont-follow-agents = No vaya con los agentes a una oficina ni acepte "tomar un café" con ellos. Puede ser un engaño.

## En el carro: no haga

traffic-stop-dont-show-false-papers = No muestre una licencia falsa ni papeles falsos, aunque no tenga papeles verdaderos.
traffic-stop-dont-consent-to-search = No dé permiso para que registren el carro. Si lo registran de todos modos, no pelee con ellos.

## En el carro: papeles migratorios

traffic-stop-papers-do = Si tiene papeles migratorios válidos, como una tarjeta de residente (green card) o un permiso de trabajo, llévelos con usted. Si un agente de inmigración se los pide, muéstrelos. Si no tiene papeles, puede guardar silencio. No mienta, y nunca muestre papeles falsos ni papeles de otro país.
traffic-stop-papers-why = La ley federal dice que las personas adultas que han recibido estos papeles deben llevarlos consigo. No llevarlos es un delito menor federal (misdemeanor), con una multa de hasta $100 o hasta 30 días de cárcel. Desde 2025, el gobierno ha estado recordándole a la gente esta regla. Aun así, puede guardar silencio sobre todo lo demás. Nuestras fuentes para los detalles son páginas de bufetes de abogados: pregúntele a un abogado qué significa esto para sus papeles.
