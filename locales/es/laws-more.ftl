# Más leyes de California: qué significa cada una para una persona, y qué no hace.

law-vision-act-name = Ley VISION (AB 937)
law-vision-act-summary = Este proyecto de ley habría impedido que las prisiones estatales y las cárceles locales entregaran a personas a ICE cuando cumplieran los requisitos para salir en libertad. La Asamblea estatal lo aprobó en 2021. No pasó en el Senado estatal en 2022: le faltaron 3 votos. No es ley.
law-vision-act-does-not = No es ley, así que no protege a nadie. Las prisiones estatales todavía pueden avisarle a ICE sobre las personas que van a salir de prisión, y hacer arreglos para entregarlas. Los límites de la SB 54 cubren a la policía local y a los alguaciles, no a las prisiones estatales.

law-home-act-name = Ley HOME (AB 1306)
law-home-act-summary = Este proyecto de ley vino después de la Ley VISION. El gobernador Newsom lo vetó el 22 de septiembre de 2023, así que no es ley. Cuando lo vetó, dijo que las prisiones estatales limitarían su contacto con ICE a dos momentos: cuando una persona entra a prisión y cuando está cerca de salir en libertad.
law-home-act-does-not = No es ley, así que no protege a nadie. Las prisiones estatales todavía pueden avisarle a ICE sobre las personas que van a salir de prisión, y hacer arreglos para entregarlas.

law-ab60-name = Licencias de manejar AB 60
law-ab60-summary = Usted puede obtener una licencia de manejar de California aunque no pueda probar que está en los Estados Unidos legalmente. Debe cumplir todos los demás requisitos, y probar quién es y que vive en California. Es contra la ley tratarlo injustamente porque tiene este tipo de licencia.
law-ab60-does-not = Es una licencia para manejar. No sirve como identificación para fines federales. No hace que su expediente del DMV sea secreto para la policía: el DMV todavía puede compartir expedientes con las autoridades policiales para una investigación, y eso puede incluir a ICE.

law-ab450-name = Ley de Protección de los Trabajadores Inmigrantes (AB 450)
law-ab450-summary = Su empleador no puede decidir dejar entrar a agentes de inmigración a las partes de su lugar de trabajo donde el público normalmente no entra, como oficinas o cuartos solo para trabajadores, a menos que los agentes tengan una orden firmada por un juez. Su empleador tampoco puede dejar que los agentes vean o se lleven los expedientes de los trabajadores sin una orden de un juez, una citación (subpoena) o un aviso federal para inspeccionar los papeles de trabajo (formularios I-9). Si su empleador recibe un aviso así, debe avisarles a los trabajadores en un plazo de 72 horas, en el idioma que usa normalmente con ellos.
law-ab450-does-not = Es una regla para los empleadores, no para ICE. Si los agentes tienen una orden firmada por un juez, aun así pueden entrar. Un formulario de ICE, como el Formulario I-200 o el Formulario I-205, no es una orden de un juez. Su empleador no tiene que bloquearles el paso a los agentes con su cuerpo. Usted conserva sus propios derechos en el trabajo, como el derecho a guardar silencio.

law-ab49-name = Escuelas como Refugio Seguro (AB 49)
law-ab49-summary = Los agentes de inmigración no pueden entrar a las partes de una escuela que no están abiertas al público, a menos que muestren una identificación válida y tengan una orden o una citación (subpoena) de un juez, o una orden de una corte. Las escuelas no pueden darles a los agentes información sobre estudiantes, familias ni personal sin una orden de un juez.
law-ab49-does-not = No impide la entrada de oficiales que muestren una identificación válida y tengan una orden de un juez, una citación (subpoena) de un juez o una orden de una corte. Su regla sobre la entrada es para las partes de una escuela que no están abiertas al público.

law-sb81-name = Lugares de atención médica (SB 81)
law-sb81-summary = Los proveedores de atención médica deben decidir cuáles de sus áreas no están abiertas al público. Deben impedir que los agentes de inmigración entren a esas áreas, a menos que los agentes tengan una orden firmada por un juez o una orden de una corte. Su estatus migratorio se considera parte de su expediente médico.
law-sb81-does-not = No impide la entrada de agentes que tengan una orden firmada por un juez o una orden de una corte. Su regla es para las áreas que un proveedor ha marcado como no abiertas al público.

law-sb98-name = Las escuelas deben avisar a las familias (SB 98)
law-sb98-summary = Cuando una escuela confirma que hay agentes de inmigración en el plantel, debe avisar a los padres, a los estudiantes y al personal. Los planes de seguridad escolar deben incluir esto a más tardar el 1 de marzo de 2026. La regla dura hasta el 1 de enero de 2031.
law-sb98-does-not = Trata de avisar a las personas, no de impedir la entrada de los agentes. La AB 49 tiene las reglas sobre cuándo los agentes pueden entrar a las partes de una escuela que no están abiertas al público.

law-sb627-name = Ley No a la Policía Secreta (SB 627)
law-sb627-summary = Esta ley dice que los oficiales locales, estatales y federales no pueden cubrirse la cara mientras tratan con el público. Hay excepciones, como el trabajo encubierto, las mascarillas médicas tipo N95 y el equipo SWAT. Su fecha de inicio es el 1 de enero de 2026. California aprobó esta ley. Si se puede hacer cumplir contra los agentes federales se está disputando en las cortes: el Departamento de Justicia de los Estados Unidos demandó a California en noviembre de 2025.
law-sb627-does-not = No cuente con que los agentes federales la cumplan. El gobierno de los Estados Unidos dice que no la va a cumplir, y los fiscales federales han dicho que no tiene ningún efecto en su trabajo. Hasta que las cortes decidan, no está resuelto.

law-sb805-name = Ley No a los Vigilantes (SB 805)
law-sb805-summary = Esta ley dice que los oficiales que no llevan uniforme deben mostrar un nombre o un número de insignia que la gente pueda ver. Los agentes de fianzas no pueden participar en la aplicación de las leyes de inmigración. California aprobó esta ley. Si se puede hacer cumplir contra los agentes federales se está disputando en las cortes: el Departamento de Justicia de los Estados Unidos demandó a California en noviembre de 2025.
law-sb805-does-not = No cuente con que los agentes federales la cumplan. El gobierno de los Estados Unidos dice que no la va a cumplir, y los fiscales federales han dicho que no tiene ningún efecto en su trabajo. Hasta que las cortes decidan, no está resuelto.
