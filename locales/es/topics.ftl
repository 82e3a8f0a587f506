## En casa

at-home-title = Agentes en su puerta
at-home-summary = Agentes de inmigración tocan a la puerta de su casa.

at-home-keep-door-closed-do = Mantenga la puerta cerrada. Hable a través de la puerta. Pregunte quiénes son y por qué vinieron. Pídales que muestren una placa por la ventana.
at-home-keep-door-closed-say = ¿Quiénes son y por qué están aquí? Por favor, muéstrenme su placa por la ventana.
at-home-keep-door-closed-why = Abrir la puerta no les da permiso para entrar. Pero hablar con la puerta cerrada es más seguro.

at-home-ask-for-warrant-do = Pregunte si tienen una orden firmada por un juez. Pídales que la pasen por debajo de la puerta o que la pongan en la ventana. No abra la puerta para leerla.
at-home-ask-for-warrant-say = No doy permiso para que entren a mi casa. Si tienen una orden firmada por un juez, por favor pásenla por debajo de la puerta.
at-home-ask-for-warrant-why = Sin una orden firmada por un juez, los agentes necesitan su permiso para entrar a su casa.

at-home-check-the-warrant-do = Revise el papel. Una orden judicial viene de un tribunal y la firma un juez. Debe tener su dirección correcta y, si nombra a una persona, esa persona debe vivir en esta dirección. Revise también la fecha.
at-home-check-the-warrant-why = Un papel de ICE, como el Formulario I-200 o el Formulario I-205, lo firma un oficial de ICE, no un juez. No permite que los agentes entren a su casa sin su permiso. Si la dirección o el nombre en la orden de un juez están mal, usted no tiene que abrir la puerta.

at-home-if-they-come-in-do = Si los agentes entran a la fuerza, no pelee con ellos ni les bloquee el paso. Diga claramente que no está de acuerdo con que entren ni con un registro. Quédese callado y pida un abogado.
at-home-if-they-come-in-say = No doy mi consentimiento para esta entrada ni para ningún registro.
at-home-if-they-come-in-why = Defenderse a la fuerza puede ponerle en peligro a usted y a su familia. Usted todavía puede negarse con sus palabras.

## En público

in-public-title = Detenido en público
in-public-summary = Agentes o policías lo paran en la calle o en un lugar público.

in-public-stay-calm-do = Mantenga la calma. No corra, no discuta, no pelee ni le bloquee el paso al oficial, aunque crea que la parada es injusta. Mantenga las manos a la vista.
in-public-stay-calm-why = Correr o pelear puede ponerle en peligro.

in-public-refuse-search-do = Usted puede negarse a que registren sus bolsillos o sus bolsas. Los oficiales aun así pueden tocar su ropa por fuera para buscar armas.
in-public-refuse-search-say = No doy mi consentimiento para un registro.
in-public-refuse-search-why = Usted tiene derecho a decir que no. Si registran de todos modos, no pelee con ellos.

in-public-papers-do = Si tiene papeles migratorios válidos, como una tarjeta de residente (green card) o un permiso de trabajo, y un agente de inmigración se los pide, muéstrelos. Nunca muestre papeles falsos. No lleve papeles de otro país, como un pasaporte extranjero.
in-public-papers-why = La ley federal dice que los adultos con estos papeles deben llevarlos y mostrarlos a los agentes de inmigración que los pidan. Los papeles de otro país pueden mostrar de dónde es usted.

## En el carro

traffic-stop-title = Detenido en un carro
traffic-stop-summary = La policía o agentes paran el carro que usted maneja o en el que viaja.

traffic-stop-pull-over-safely-do = Oríllese en un lugar seguro. Apague el motor. Prenda la luz de adentro del carro. Baje un poco la ventana. Mantenga las manos en el volante, donde el oficial las pueda ver.
traffic-stop-pull-over-safely-why = Así el oficial ve que usted no es un peligro, y todos están más seguros.

traffic-stop-show-license-do = Si el oficial se los pide, muestre su licencia de manejar, el registro del carro y el comprobante de seguro. Si le falta alguno, nunca muestre uno falso.
traffic-stop-show-license-why = Los conductores deben mostrar estos papeles cuando se los piden. En California, una licencia del DMV bajo la ley AB 60 es válida para manejar.

traffic-stop-stay-silent-do = El conductor y los pasajeros pueden quedarse callados. Si decide hacerlo, dígalo en voz alta.

traffic-stop-refuse-search-do = No dé permiso para que registren el carro. Si lo registran de todos modos, no pelee con ellos.
traffic-stop-refuse-search-say = No doy mi consentimiento para que registren mi carro.
traffic-stop-refuse-search-why = La policía aun así puede registrar sin su permiso si cree que hay pruebas de un delito. Defenderse a la fuerza puede ponerle en peligro.

traffic-stop-passenger-free-to-go-do = Si usted es pasajero, pregunte si se puede ir. Si le dicen que sí, váyase con calma.

traffic-stop-officer-name-do = Si son policías, pídales sus nombres y números de placa. Escríbalos.
traffic-stop-officer-name-say = ¿Me puede dar su nombre y su número de placa, por favor?
traffic-stop-officer-name-why = Escribirlos deja constancia de quién lo detuvo.

traffic-stop-immigration-agents-do = Si los agentes son de ICE o de la Patrulla Fronteriza, siga los mismos pasos: mantenga la calma, quédese callado y no dé permiso para un registro.
traffic-stop-immigration-agents-why = En general, los agentes de inmigración necesitan una sospecha razonable de una falta migratoria o de un delito para parar un carro, y una orden o causa probable para registrarlo. En septiembre de 2025, la Corte Suprema de los Estados Unidos permitió que siguieran las paradas migratorias en la zona de Los Ángeles mientras continúa un caso en los tribunales. Lo que esa orden permite no está claro: consulte a un abogado.

## En casa: no haga

at-home-dont-open-the-door = No abra la puerta a menos que los agentes pasen por debajo de ella una orden firmada por un juez o la muestren por la ventana.

## En público: no haga

in-public-dont-carry-foreign-papers = No lleve papeles de otro país, como un pasaporte extranjero o una matrícula consular. Pueden mostrar de dónde es usted.
in-public-dont-follow-agents = No vaya con los agentes a una oficina ni acepte "tomar un café" con ellos. Puede ser un engaño.

## En el carro: no haga

traffic-stop-dont-show-false-papers = No muestre una licencia falsa ni papeles falsos, aunque no tenga papeles verdaderos.
traffic-stop-dont-consent-to-search = No dé permiso para que registren el carro. Si lo registran de todos modos, no pelee con ellos.
