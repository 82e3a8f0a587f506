# Situaciones 9 a 15. Palabras sencillas, oraciones cortas, una acción por paso.
# Nunca ponga un número de teléfono en un mensaje.

## En la corte

in-court-title = Ir a la corte
in-court-summary = Usted tiene un caso en una corte estatal o en la corte de inmigración.

in-court-state-court-do = Sepa que una corte estatal de California no decide su estatus migratorio.
in-court-state-court-why = Aun así, lo que pase en un caso en una corte estatal puede afectar su caso de inmigración. Algunos resultados pueden ayudarlo. Otros pueden perjudicarlo.

in-court-ask-immigration-lawyer-do = Si tiene un caso en una corte estatal, hable de él también con un abogado de inmigración.
in-court-ask-immigration-lawyer-why = Algunos asuntos de las cortes estatales pueden ayudar, como las determinaciones (findings) para el SIJS (Estatus Especial de Inmigrante Juvenil) de los jóvenes, o los asuntos de víctimas de delitos. Algunos resultados en un caso penal pueden perjudicar su estatus migratorio.

in-court-case-information-do = Para obtener información sobre un caso en la corte de inmigración, tenga a mano el número A (A-number) de la persona. La línea automática de casos de la corte aparece en el buscador de ayuda de esta aplicación.
in-court-case-information-why = La línea automática necesita el número A. La maneja el gobierno, no defensores de inmigrantes.

in-court-ask-for-lawyer-do = Usted puede pedir hablar con un abogado.
in-court-ask-for-lawyer-say = Quiero hablar con un abogado.
in-court-ask-for-lawyer-why = En los casos de inmigración, el gobierno por lo general no paga su abogado. Es posible que tenga que buscar uno por su cuenta.

in-court-free-legal-help-do = Busque ayuda legal gratis. Puede buscar en internet en dos directorios nacionales de servicios legales gratuitos y de bajo costo (los enlaces que acompañan este paso). La corte de inmigración también tiene una lista de proveedores de servicios legales gratuitos (pro bono).
in-court-free-legal-help-why = Estas listas lo pueden ayudar a encontrar ayuda legal gratis. Si lo tienen detenido y no tiene abogado, pídales a los oficiales la lista de proveedores de servicios legales gratuitos.

in-court-dont-ignore-state-case = No piense que un caso en una corte estatal no tiene nada que ver con inmigración. Algunos resultados penales pueden perjudicar su estatus. Consulte a un abogado de inmigración.

## En una escuela o un hospital

school-hospital-title = En una escuela o un hospital
school-hospital-summary = Agentes de inmigración llegan a una escuela, una clínica o un hospital.

school-hospital-school-private-areas-do = Conozca la ley sobre las escuelas. Los agentes de inmigración no pueden entrar a las partes de una escuela que no están abiertas al público, a menos que muestren una identificación válida y una orden, una citación (subpoena) u otra orden de un juez o de una corte.
school-hospital-school-private-areas-why = Esta ley de California se llama AB 49. Se firmó el 20 de septiembre de 2025.

school-hospital-school-records-do = Sepa que una escuela no puede darles a los agentes información sobre estudiantes, familias ni personal, a menos que los agentes tengan una orden de un juez.
school-hospital-school-records-why = La AB 49 también protege esta información. Un papel firmado por un oficial de ICE, y no por un juez, no es una orden de un juez.

school-hospital-school-notice-do = Ponga atención a los mensajes de la escuela de su hijo. Cuando una escuela confirma que hay agentes de inmigración en el plantel, debe avisar a los padres, a los estudiantes y al personal.
school-hospital-school-notice-why = Esta ley de California se llama SB 98. Las escuelas tenían que agregar este paso a sus planes de seguridad a más tardar el 1 de marzo de 2026. La regla dura hasta el 1 de enero de 2031.

school-hospital-health-private-areas-do = Conozca la ley sobre la atención médica. Las clínicas y los hospitales deben decidir cuáles de sus áreas no están abiertas al público. Deben impedir que los agentes de inmigración entren a esas áreas, a menos que los agentes tengan una orden de un juez o una orden de una corte.
school-hospital-health-private-areas-why = Esta ley de California se llama SB 81. También considera su estatus migratorio como parte de su expediente médico.

school-hospital-emergency-care-do = Busque atención médica de emergencia cuando la necesite.
school-hospital-emergency-care-why = El Fiscal General de California dice que usted puede recibir atención médica de emergencia, sea cual sea su estatus migratorio.

school-hospital-dont-public-areas = No piense que estas leyes cubren todas las partes de una escuela o de un hospital. Tratan de las áreas que no están abiertas al público.
school-hospital-dont-count-on-agents = No confíe solo en estas leyes para mantener lejos a los agentes. Los agentes con una orden firmada por un juez, o con una orden de una corte, aun así pueden entrar.
school-hospital-dont-skip-care = No deje de buscar atención de emergencia por su estatus migratorio.

## Cerca de la frontera

border-zone-title = Cerca de la frontera
border-zone-summary = Puntos de control de la Patrulla Fronteriza, y aeropuertos o cruces fronterizos por donde usted entra al país.

border-zone-hundred-mile-zone-do = Sepa que los agentes fronterizos dicen que tienen poderes adicionales a menos de 100 millas de cualquier frontera de los Estados Unidos, incluida la costa. La mayoría de las ciudades grandes de California están en esta zona.
border-zone-hundred-mile-zone-why = Una ley federal, 8 U.S.C. §1357(a)(3), permite que estos agentes actúen dentro de una "distancia razonable" de la frontera, y una regla federal fija esa distancia en 100 millas en línea recta. La Constitución todavía lo protege dentro de esta zona. Nuestras fuentes para esto son copias de una hoja informativa de la ACLU, no la página de la propia ACLU, y las reglas en la frontera son complicadas: consulte a un abogado sobre su situación.

border-zone-checkpoint-silent-do = En un punto de control de la Patrulla Fronteriza, mantenga la calma y mantenga las manos donde los agentes las puedan ver. Usted puede guardar silencio. Si decide hacerlo, dígalo en voz alta.
border-zone-checkpoint-silent-why = La Patrulla Fronteriza puede tener puntos de control migratorio. Pero la Constitución se aplica también ahí, incluido su derecho a no contestar preguntas.

border-zone-papers-do = En un punto de control, o en cualquier lugar cerca de la frontera, si tiene papeles migratorios válidos, como una tarjeta de residente (green card) o un permiso de trabajo, llévelos con usted y muéstrelos a los agentes de inmigración que se los pidan. Si no tiene papeles, puede guardar silencio. No mienta, y nunca muestre papeles falsos ni papeles de otro país.
border-zone-papers-why = La ley federal dice que las personas adultas que han recibido estos papeles deben llevarlos consigo. No llevarlos es un delito menor federal (misdemeanor). Desde 2025, la Oficina de Aduanas y Protección Fronteriza (CBP) ha estado recordándole a la gente esta regla. Nuestras fuentes para los detalles son páginas de bufetes de abogados y noticias: pregúntele a un abogado qué significa esto para sus papeles.

border-zone-refuse-search-do = No dé permiso para que registren su carro. Si lo registran de todos modos, no pelee con ellos.
border-zone-refuse-search-say = No doy permiso para que registren mi carro.
border-zone-refuse-search-why = Dentro de la zona, la Patrulla Fronteriza necesita una sospecha razonable de una falta migratoria o de un delito para hacer que un carro se orille. Para registrar un carro, necesita una orden o causa probable.

border-zone-ports-of-entry-do = Cuando entre al país por un aeropuerto, un cruce terrestre o un puerto marítimo, tenga en cuenta que los oficiales pueden registrar sus maletas y su carro.
border-zone-ports-of-entry-why = Estos lugares se llaman puertos de entrada. Ahí, los oficiales no necesitan una orden ni una razón para hacer registros de rutina, ni siquiera a personas con la ciudadanía de los Estados Unidos o con tarjeta de residente (green card). Las reglas son muy diferentes de las de las paradas dentro del país. Las reglas en la frontera son complicadas: si le preocupa, consulte a un abogado antes de viajar.

border-zone-phones-laptops-do = Conozca las reglas para teléfonos y computadoras portátiles en un puerto de entrada. Los oficiales dicen que pueden registrarlos sin una orden. Usted no tiene que dar su contraseña.
border-zone-phones-laptops-why = Aunque diga que no, es posible que el registro se haga de todos modos. Si no desbloquea un aparato, es posible que los oficiales se queden con él por semanas. A una persona que viaja y que no tiene la ciudadanía de los Estados Unidos ni tarjeta de residente (green card) se le puede negar la entrada.

border-zone-lawyer-at-port-do = Si usted tiene la ciudadanía de los Estados Unidos, puede pedir un abogado mientras los oficiales lo interrogan en un puerto de entrada.
border-zone-lawyer-at-port-say = Quiero hablar con un abogado.
border-zone-lawyer-at-port-why = Las personas con tarjeta de residente (green card) o con visa por lo general no tienen derecho a un abogado durante esta revisión, a menos que se convierta en un asunto penal. Las reglas en la frontera son complicadas. Esta es información general: consulte a un abogado de inmigración antes de viajar.

border-zone-dont-no-rights = No piense que pierde sus derechos cerca de la frontera. La Constitución se aplica también en la zona de 100 millas.

## Grabar a los agentes

recording-title = Grabar a los agentes
recording-summary = Usted ve a agentes de inmigración trabajando en un lugar público y quiere grabarlos.

recording-right-to-record-do = Usted puede grabar a los agentes en un lugar público. Quédese donde tiene permitido estar. Mantenga una distancia segura. No les estorbe.
recording-right-to-record-why = Las cortes federales, incluida la corte de apelaciones que cubre California, dicen que las personas tienen el derecho, según la Primera Enmienda, de grabar a la policía mientras hace su trabajo en público. La misma idea se usa para los agentes de inmigración.

recording-know-the-risk-do = Conozca el riesgo antes de grabar. Han arrestado a personas mientras grababan a los agentes.
recording-know-the-risk-why = ProPublica, un medio de noticias, contó por lo menos 130 personas arrestadas por supuestamente estorbar a los agentes o por grabarlos. El Departamento de Seguridad Nacional ha dicho que grabar a los agentes es "doxing", una palabra que significa exponer la información privada de las personas.

recording-move-back-do = Si un agente le ordena que retroceda, hágalo. Puede seguir grabando desde más lejos.
recording-move-back-why = Los agentes pueden ordenarle legalmente que retroceda por seguridad. Si se niega, lo pueden arrestar.

recording-protect-phone-do = Si un oficial le pide ver su teléfono, usted puede decir que no. No tiene que desbloquearlo ni borrar su video.
recording-protect-phone-say = No doy permiso para que registren mi teléfono.
recording-protect-phone-why = Nuestra fuente, un resumen de los consejos de la Electronic Frontier Foundation (EFF), dice que, sin una orden, los oficiales no deberían registrar su teléfono, obligarlo a borrar un video ni obligarlo a desbloquearlo. Consulte este punto con un abogado para su propio caso. Si los oficiales le quitan el teléfono de todos modos, no pelee con ellos.

recording-write-details-do = Anote la fecha, la hora y el lugar. Apunte los nombres de los agentes, sus números de insignia, sus vehículos y las placas de los vehículos.
recording-write-details-why = Estos detalles dejan constancia clara de lo que pasó y de quién estaba ahí.

recording-focus-on-agents-do = Apunte su cámara hacia los agentes, no hacia la persona que están deteniendo.
recording-focus-on-agents-why = Así protege la privacidad de la persona detenida.

recording-dont-interfere = No toque a los agentes, no les bloquee el paso ni les estorbe mientras graba.
recording-dont-ignore-orders = No se niegue a cumplir una orden de retroceder. Mejor siga grabando desde una distancia segura.
recording-dont-delete-footage = No desbloquee su teléfono ni borre su video porque un oficial se lo dice.

## Plan familiar

family-plan-title = Haga un plan familiar
family-plan-summary = Prepare a su familia antes de que pase algo.

family-plan-memorize-numbers-do = Apréndase de memoria los números de teléfono de una persona de confianza y de un abogado.
family-plan-memorize-numbers-why = Si lo detienen, es posible que no tenga su teléfono.

family-plan-children-pickup-do = Decida quién puede recoger a sus hijos si usted no puede. Escríbalo.
family-plan-children-pickup-why = Así, las personas de su confianza sabrán qué hacer si usted no regresa a casa.

family-plan-documents-do = Guarde sus papeles importantes en un solo lugar donde las personas de su confianza los puedan conseguir.
family-plan-documents-why = Es posible que su familia necesite estos papeles rápido si le pasa algo.

family-plan-a-number-do = Si tiene un número A (A-number), apréndaselo. Escríbalo donde su familia lo pueda encontrar.
family-plan-a-number-why = Si usted es mayor de edad y lo detienen, su familia puede buscarlo en el localizador de detenidos en línea de ICE con su número A y su país de nacimiento. La línea de casos de la corte de inmigración también pide el número A.

family-plan-tell-officer-parent-do = Si lo arrestan o lo detienen, dígale al oficial si usted es el padre, la madre o la persona que principalmente cuida a un niño. Dígale también si tiene necesidades médicas.
family-plan-tell-officer-parent-say = Tengo un hijo y soy quien lo cuida principalmente.
family-plan-tell-officer-parent-why = Usted puede decirles esto a los oficiales. Si la policía local de California lo arresta, un padre o una madre con la custodia recibe dos llamadas gratis más para organizar el cuidado de los niños.

family-plan-plan-form-do = Llene un formulario de plan familiar. El Plan de Preparación Familiar de ILRC (Family Preparedness Plan) está en inglés, español, tagalo, vietnamita y chino tradicional.
family-plan-plan-form-why = Un plan por escrito en un solo lugar es más fácil de compartir con las personas de su confianza.

family-plan-dont-wait = No espere a que lleguen los agentes para hacer un plan.
family-plan-dont-rely-on-phone = No guarde los números importantes solo en su teléfono. Es posible que no lo tenga si lo detienen.

## Estafas

scams-title = Estafas de inmigración
scams-summary = Alguien le ofrece ayuda de inmigración, o le dice que hay un problema con su estatus.

scams-real-lawyer-do = Pida asesoría legal sobre inmigración solo a un abogado con licencia o a un representante acreditado por el Departamento de Justicia de los Estados Unidos.
scams-real-lawyer-why = Solo ellos tienen permitido dar asesoría legal de inmigración.

scams-consultants-do = Tenga cuidado con los "notarios" y los consultores de inmigración. Antes de pagarle a alguien, pregúntele si es abogado o representante acreditado.
scams-consultants-why = Un consultor que no es abogado solo puede llenar formularios y traducir. No puede decirle qué hacer en su caso.

scams-calls-and-texts-do = Si alguien lo llama o le manda un mensaje de texto o un correo electrónico para decirle que hay un problema con su estatus migratorio, no le dé dinero ni información personal.
scams-calls-and-texts-say = No voy a dar dinero ni información personal. Lo voy a consultar con mi propio abogado.
scams-calls-and-texts-why = El Fiscal General de California advierte a las personas que no lo hagan.

scams-free-help-do = Busque ayuda legal gratis. El Departamento de Servicios Sociales de California publica listas de grupos que la dan.
scams-free-help-why = El Estado de California les paga a organizaciones sin fines de lucro para que den servicios legales de inmigración gratis.

scams-dont-pay-for-advice = No le pague a un notario ni a un consultor por asesoría legal sobre su caso de inmigración.
scams-dont-share-details = No le dé dinero ni información personal a nadie que se comunique con usted sobre un problema con su estatus. Mejor consulte a un abogado de confianza.

## Rumores y avistamientos

rumors-title = Rumores y avistamientos
rumors-summary = Usted oye que hay agentes de inmigración cerca, o los ve en persona.

rumors-check-first-do = Antes de compartir noticias sobre agentes de inmigración, confirme que son ciertas.
rumors-check-first-why = Una publicación que nadie ha verificado puede estar equivocada, y puede sembrar miedo.

rumors-call-rapid-response-do = Si ve agentes de inmigración, llame a la línea de respuesta rápida de su condado en lugar de publicarlo en redes sociales. Puede encontrar la línea en el buscador de ayuda de esta aplicación.
rumors-call-rapid-response-why = Las líneas de respuesta rápida reciben reportes sobre agentes de inmigración cerca, y ayudan a las personas que lo necesitan.

rumors-document-safely-do = Si es seguro, grabe o anote lo que ve. Mantenga su distancia.
rumors-document-safely-why = Tener constancia de lo que pasó puede ayudar después. Si estorba a los agentes, lo pueden arrestar.

rumors-stay-silent-do = Si los agentes le hacen preguntas mientras usted observa, puede guardar silencio. Si decide hacerlo, dígalo en voz alta.

rumors-right-numbers-do = Comparta solo números de ayuda que vengan de una fuente de confianza, como su red local de respuesta rápida.
rumors-right-numbers-why = El Departamento de Seguridad Nacional (DHS) tiene un número para que el público denuncie a personas ante ICE. No es una línea de ayuda.

rumors-dont-post-unchecked = No publique avistamientos de agentes de inmigración que nadie ha verificado.
rumors-dont-share-tip-line = No comparta el número del Departamento de Seguridad Nacional (DHS) para denunciar a personas ante ICE como si fuera un número de ayuda.
rumors-dont-interfere = No estorbe a los agentes ni trate de impedir lo que hacen.
