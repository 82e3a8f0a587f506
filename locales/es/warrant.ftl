# El revisor de órdenes: agentes en la puerta de su casa dicen que tienen una orden.

warrant-q-say-warrant = ¿Los agentes dicen que tienen una orden?
warrant-q-can-see-it = ¿Ya pasaron la orden por debajo de la puerta, o la pusieron en una ventana para que usted la pueda leer?
warrant-q-ice-form = ¿El papel dice "Form I-200" o "Form I-205"? ¿O viene del Departamento de Seguridad Nacional (DHS) o de ICE, y no de un tribunal?
warrant-q-judge-signed = ¿Puede ver que viene de un tribunal y que la firmó un juez o un magistrado? Por ejemplo, una Corte de Distrito de los Estados Unidos (U.S. District Court) o una Corte Superior de California (California Superior Court).
warrant-q-wrong-address = ¿La orden tiene una dirección equivocada, que no es la de su casa?
warrant-q-wrong-person = ¿La orden nombra a una persona que no vive aquí?

warrant-o-no-warrant = Mantenga la puerta cerrada. No tiene que dejarlos entrar. Hable a través de la puerta cerrada. Dígales que no está de acuerdo con que entren. Si entran a la fuerza, no pelee con ellos ni les bloquee el paso. Diga que no está de acuerdo, quédese callado y pida un abogado.
warrant-o-no-warrant-say = No doy permiso para que entren a mi casa.

warrant-o-ask-to-see = Pídales que pasen la orden por debajo de la puerta o que la pongan en una ventana. No abra la puerta para leerla. A veces los agentes dicen que tienen una orden cuando no la tienen. Mantenga la puerta cerrada hasta que pueda leerla. Cuando la pueda ver, vuelva a contestar estas preguntas.
warrant-o-ask-to-see-say = Por favor, pasen la orden por debajo de la puerta o pónganla en la ventana.

warrant-o-ice-warrant = Esto parece una orden de ICE, también llamada orden administrativa. La firmó un oficial de ICE, no un juez. No permite que los agentes entren a su casa a menos que usted esté de acuerdo. No abra la puerta. Dígales que no está de acuerdo con que entren. Si entran a la fuerza, no pelee con ellos ni les bloquee el paso. Diga que no está de acuerdo, quédese callado y pida un abogado.
warrant-o-ice-warrant-say = No doy permiso para que entren a mi casa. Esta orden no está firmada por un juez.

warrant-o-not-judge = Esta no es una orden firmada por un juez, o usted no puede saber si lo es. No abra la puerta. No tiene que dejarlos entrar. Si entran a la fuerza, no pelee con ellos ni les bloquee el paso. Diga que no está de acuerdo, quédese callado y pida un abogado.
warrant-o-not-judge-say = No doy permiso para que entren a mi casa. Por favor, muéstrenme una orden firmada por un juez.

warrant-o-wrong-address = La dirección en la orden está equivocada. No tiene que abrir la puerta. Manténgala cerrada. Si entran a la fuerza, no pelee con ellos ni les bloquee el paso. Diga que no está de acuerdo, quédese callado y pida un abogado.
warrant-o-wrong-address-say = No doy permiso para que entren a mi casa.

warrant-o-wrong-person = La orden nombra a alguien que no vive aquí. No tiene que abrir la puerta. Manténgala cerrada. No tiene que contestar sus preguntas. Si entran a la fuerza, no pelee con ellos ni les bloquee el paso. Diga que no está de acuerdo, quédese callado y pida un abogado.
warrant-o-wrong-person-say = No doy permiso para que entren a mi casa. Uso mi derecho a guardar silencio.

warrant-o-judge-warrant = Esta puede ser una orden verdadera firmada por un juez. Si lo es, los agentes pueden entrar. Una orden de registro solo les permite registrar los lugares que menciona, y buscar solo las cosas que menciona. Una orden de arresto les permite entrar para buscar a la persona que nombra, si creen que esa persona está adentro. No pelee con ellos ni les bloquee el paso. Usted todavía puede quedarse callado y pedir un abogado. No firme nada hasta hablar con un abogado. Fíjese en la fecha de la orden. Si parece vieja, pregúntele a un abogado.
warrant-o-judge-warrant-say = Uso mi derecho a guardar silencio. Quiero hablar con un abogado.
