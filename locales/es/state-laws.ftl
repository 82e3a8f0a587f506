# Leyes de otros estados sobre la cooperación con la aplicación de las leyes de inmigración (content/state-laws.toml):
# el nombre usual de cada ley y lo que significa para una persona.

law-il-trust-act-name = Ley TRUST de Illinois (Illinois TRUST Act)
law-il-trust-act-summary = La policía de Illinois no puede retenerlo en la cárcel solo porque ICE mandó una solicitud de retención o una orden de inmigración que ningún juez firmó. Tampoco puede pararlo, retenerlo ni arrestarlo por su estatus migratorio. La ley no impide que la policía comparta información con agencias federales, y en 2021 la Ley Camino Adelante (Way Forward Act) la amplió.

law-il-way-forward-act-name = Ley Camino Adelante de Illinois (Illinois Way Forward Act, SB 667)
law-il-way-forward-act-summary = Esta ley de 2021 amplió la Ley TRUST de Illinois y obligó a los gobiernos locales a terminar, a más tardar el 1 de enero de 2022, sus contratos para tener personas en detención migratoria. El Departamento de Justicia de los Estados Unidos demandó a Illinois por sus leyes santuario, y ese caso se desestimó en julio de 2025.

law-ny-protect-our-courts-act-name = Ley para Proteger Nuestras Cortes de Nueva York (New York Protect Our Courts Act)
law-ny-protect-our-courts-act-summary = ICE y otros oficiales no pueden hacerle un arresto civil cuando usted va camino a una corte de Nueva York, mientras está ahí ni cuando sale, a menos que tengan una orden de un juez o una orden de una corte. No se encontró una ley de todo el estado de Nueva York sobre las retenciones de ICE en las cárceles.

law-nj-immigrant-trust-directive-name = Directiva de Confianza para los Inmigrantes de Nueva Jersey (New Jersey Immigrant Trust Directive)
law-nj-immigrant-trust-directive-summary = Es una orden del Fiscal General de Nueva Jersey a la policía, no una ley aprobada por la legislatura, y en 2021 una corte federal de apelaciones confirmó que es válida. La policía no puede pararlo, interrogarlo ni retenerlo solo por su estatus migratorio, y después de un arresto por una falta menor, en general una cárcel no puede retenerlo para ICE ni avisarle a ICE cuando lo dejan salir. Le deben avisar de cualquier solicitud de ICE sobre usted, y ICE solo puede entrevistarlo después de que le digan que puede tener un abogado y usted acepte por escrito.

law-wa-keep-washington-working-act-name = Ley Mantener a Washington Trabajando (Keep Washington Working Act)
law-wa-keep-washington-working-act-summary = En general, la policía de Washington no puede preguntarle por su estatus migratorio ni por su lugar de nacimiento, retenerlo para revisar su estatus, ni retenerlo por una orden migratoria civil. No puede darles su información personal privada a ICE ni a la Oficina de Aduanas y Protección Fronteriza (CBP), ni dejar que ICE lo entreviste bajo custodia sin protecciones. La ley también prohíbe los acuerdos 287(g) y los contratos para rentarle camas de cárcel a ICE.

law-wa-courts-open-to-all-act-name = Ley de Cortes Abiertas para Todos de Washington (Washington Courts Open to All Act)
law-wa-courts-open-to-all-act-summary = Nadie puede hacerle un arresto migratorio civil mientras usted va a una corte de Washington, a menos que tenga una orden de un juez. En general, los jueces, el personal de las cortes y los fiscales no pueden preguntarle por su estatus migratorio ni pasárselo a las autoridades de inmigración. No se encontraron el número del proyecto de ley ni el año en que se aprobó.

law-or-sanctuary-law-1987-name = Ley santuario de Oregón de 1987
law-or-sanctuary-law-1987-summary = Las agencias estatales y locales de Oregón no pueden usar sus recursos para localizar ni arrestar a personas cuya única infracción es estar en los Estados Unidos en violación de la ley federal de inmigración. En 2018, los votantes mantuvieron esta ley al rechazar la Medida 105 (Measure 105), que la habría derogado.

law-or-sanctuary-promise-act-name = Ley de la Promesa Santuario de Oregón (Oregon Sanctuary Promise Act)
law-or-sanctuary-promise-act-summary = Las agencias públicas de Oregón no pueden usar sus edificios, su dinero, su personal ni sus registros para ayudar a hacer cumplir las leyes de inmigración, por ejemplo dando su fecha de salida, su dirección o las horas de sus citas de supervisión. Deben rechazar las solicitudes federales de inmigración a menos que un juez haya firmado una citación (subpoena), y reportar esas solicitudes al estado. Si lo arrestan, le deben decir que puede negarse a decir su estatus migratorio; las violaciones se pueden reportar a una línea telefónica o a un sitio web del estado, y se puede demandar a las agencias.

law-co-hb19-1124-name = Ley para Proteger a los Residentes de Colorado de los Excesos del Gobierno Federal (Protect Colorado Residents From Federal Government Overreach Act, HB19-1124)
law-co-hb19-1124-summary = Los oficiales de Colorado no pueden arrestarlo ni retenerlo en la cárcel solo por una retención civil de ICE (detainer), aunque sí pueden actuar con una orden de un juez federal, y el personal de libertad a prueba (probation) no puede darle a ICE su información personal. Antes de una entrevista de ICE por teléfono o por video en la cárcel, le deben decir que puede decir que no, guardar silencio y hablar primero con un abogado, y que lo que diga se puede usar en la corte de inmigración.

law-co-hb23-1100-name = HB23-1100 de Colorado (acuerdos de detención migratoria)
law-co-hb23-1100-summary = Según su título, esta ley limita los acuerdos de los gobiernos estatales y locales de Colorado para tener personas en detención migratoria. No se revisó qué más hace.

law-ma-lunn-v-commonwealth-name = Lunn v. Commonwealth (decisión de una corte de Massachusetts)
law-ma-lunn-v-commonwealth-summary = Es una decisión de 2017 de la corte más alta de Massachusetts, no una ley aprobada por la legislatura. Dice que, según la ley estatal, los oficiales de Massachusetts no tienen poder para arrestarlo ni retenerlo solo porque ICE mandó una retención civil (detainer). En 2025, el Departamento Correccional del estado (Department of Correction) todavía tenía un acuerdo 287(g) con ICE.

law-vt-s79-name = S.79 de Vermont (2017)
law-vt-s79-summary = Esta ley limita cuánto participan las agencias estatales y locales de Vermont en la aplicación federal de las leyes de inmigración; las noticias dijeron que no convierte a Vermont en un estado santuario. No se revisó qué más hace.

law-md-dignity-not-detention-act-name = Ley Dignidad, No Detención de Maryland (Maryland Dignity Not Detention Act)
law-md-dignity-not-detention-act-summary = Esta ley terminó los contratos de las cárceles de los condados de Maryland para tener personas detenidas para ICE, y los contratos que existían tenían que terminar a más tardar el 1 de octubre de 2022. Los legisladores la aprobaron a pesar del veto del gobernador, en diciembre de 2021.

law-md-287g-ban-name = Prohibición de los acuerdos 287(g) en Maryland
law-md-287g-ban-summary = Esta ley, firmada en febrero de 2026, prohíbe los acuerdos formales 287(g) con ICE en Maryland. Las fuentes no coinciden sobre si la prohibición se aplicó de inmediato o desde julio de 2026.

law-de-287g-ban-name = Prohibición de los acuerdos 287(g) en Delaware (HB 182)
law-de-287g-ban-summary = Esta ley de 2025 prohíbe los acuerdos 287(g) con ICE en Delaware. Los acuerdos que ya existían tenían que terminar a más tardar el 13 de agosto de 2025.

law-nm-immigrant-safety-act-name = Ley de Seguridad de los Inmigrantes de Nuevo México (New Mexico Immigrant Safety Act)
law-nm-immigrant-safety-act-summary = Los organismos públicos de Nuevo México no pueden hacer acuerdos para tener personas detenidas por faltas migratorias civiles, ni usar, vender o rentar terrenos públicos para eso, y se prohíben los acuerdos 287(g); los acuerdos que existen deben terminar. El Fiscal General o un fiscal de distrito puede ir a la corte para detener una violación, pero la ley no da derecho a recibir dinero por daños.

law-me-ld-1971-name = LD 1971 de Maine
law-me-ld-1971-summary = La policía de Maine no puede investigarlo, pararlo, retenerlo ni arrestarlo para la aplicación civil de las leyes de inmigración, mantenerlo detenido por una retención de ICE (detainer), ni dar información privada como su fecha de salida o su dirección. Si está bajo custodia, le deben explicar sus derechos antes de una entrevista con ICE, pero la policía todavía cumple las órdenes de casos penales y las órdenes de las cortes. Se hizo ley en enero de 2026 sin la firma del gobernador, y debía entrar en vigor alrededor de mediados de julio de 2026; la Policía Estatal empezó a seguir sus reglas en diciembre de 2025.

law-ri-detainer-policy-2014-name = Política de Rhode Island sobre las retenciones de ICE (2014)
law-ri-detainer-policy-2014-summary = Era una política del gobernador, no una ley aprobada por la legislatura. En julio de 2014, el Departamento Correccional (Department of Corrections) dijo que no cumpliría las retenciones de ICE (detainers) sin una orden. Una política de agosto de 2014 para todas las agencias estatales limitó esa negativa: cumplen las retenciones que vienen con una orden de deportación de un juez (deportation or removal order). No se encontró si esta política todavía se aplica hoy.

law-tx-sb4-2017-name = SB 4 de Texas (2017): prohibición de las políticas santuario
law-tx-sb4-2017-summary = Las ciudades y los condados de Texas no pueden adoptar políticas que limiten la aplicación de las leyes de inmigración, las cárceles locales deben cumplir las solicitudes de retención de ICE, y se puede castigar a los funcionarios que no cumplan. En 2018, una corte federal de apelaciones dejó en pie casi toda la ley; solo anuló la parte que prohibía a los funcionarios hablar a favor de las políticas santuario.

law-tx-sb4-2023-name = SB 4 de Texas (2023): delito estatal de entrada ilegal
law-tx-sb4-2023-summary = Esta ley convierte en delito en Texas entrar desde otro país por cualquier lugar que no sea un puerto de entrada, y volver a entrar después de una deportación, y permite que los jueces estatales ordenen que las personas regresen al país del que vinieron. Una corte la bloqueó en febrero de 2024, y un panel de la corte de apelaciones la mantuvo bloqueada en julio de 2025. Reportes posteriores dicen que después la corte de apelaciones completa levantó el bloqueo porque quienes demandaron no tenían legitimación para demandar (standing), lo que permitiría que Texas la aplique, pero esto no está confirmado.

law-tx-sb8-2025-name = SB 8 de Texas (2025)
law-tx-sb8-2025-summary = Ciertos alguaciles de condados de Texas que manejan cárceles deben solicitar acuerdos 287(g) con ICE. El Fiscal General puede demandar para hacer cumplir esto a partir del 1 de diciembre de 2026.

law-fl-sb168-name = Ley de Florida contra los santuarios (SB 168)
law-fl-sb168-summary = Florida prohíbe las políticas santuario: las agencias estatales y locales deben hacer su mejor esfuerzo para apoyar la aplicación federal de las leyes de inmigración, no se les puede impedir que compartan información migratoria con agencias federales, y las cárceles deben cumplir las retenciones de ICE (detainers) que vienen con los papeles correctos. Sus partes sobre cómo hacerla cumplir entraron en vigor el 1 de octubre de 2019. En 2019, una corte dejó en pie la mayor parte de la ley, y una decisión de 2020 les dio en parte la razón a quienes demandaron; no se revisó qué cambió esa decisión ni cómo terminó cualquier apelación.

law-fl-sb1718-name = SB 1718 de Florida (2023)
law-fl-sb1718-summary = Entre otras cosas, Florida considera inválidas las licencias de manejar que otros estados dan a personas indocumentadas, incluida la licencia solo para manejar de Connecticut, y manejar en Florida con una de ellas es un delito. La ley también convirtió en delito traer a personas indocumentadas a Florida, pero una corte bloqueó esa parte en mayo de 2024; el resto está vigente.

law-ga-hb1105-name = Ley de Georgia para Rastrear y Reportar a Extranjeros Delincuentes de 2024 (Georgia Criminal Alien Track and Report Act of 2024, HB 1105)
law-ga-hb1105-summary = Las cárceles de Georgia deben verificar con ICE el estatus migratorio de las personas, cumplir las retenciones de ICE (detainers), solicitar cada año acuerdos del tipo 287(g) y publicar cada tres meses informes sobre las retenciones. Los funcionarios que violan las reglas contra los santuarios cometen un delito menor (misdemeanor), y sus gobiernos locales pierden dinero del estado. La mayor parte entró en vigor cuando se firmó, en mayo de 2024, aunque las fuentes no coinciden sobre la fecha; un proyecto de ley de 2025, la SB 21, para quitarles a los gobiernos locales la inmunidad por violar las reglas contra los santuarios estaba pendiente, y no se encontró cómo terminó.

law-tn-sb6002-name = SB 6002 / HB 6001 de Tennessee (sesión especial de 2025)
law-tn-sb6002-summary = Los legisladores de Tennessee aprobaron este proyecto de ley en enero de 2025. Convierte en delito mayor (felony) que los funcionarios locales voten a favor de políticas santuario, y crea una división estatal para hacer cumplir las leyes de inmigración, dirigida por un jefe de aplicación de las leyes de inmigración. No está confirmado si el gobernador lo firmó ni si se hizo ley.

law-ia-sf481-name = Ley de Iowa contra los santuarios (SF 481)
law-ia-sf481-summary = Los gobiernos locales de Iowa deben cumplir las retenciones de ICE (detainers) y no pueden limitar la aplicación de las leyes de inmigración; si no, pierden fondos del estado.

law-nh-anti-sanctuary-bill-2025-name = Ley contra las Ciudades Santuario de Nuevo Hampshire (New Hampshire Anti-Sanctuary City Act, proyecto de ley de 2025)
law-nh-anti-sanctuary-bill-2025-summary = Este proyecto de ley de 2025 prohibiría las políticas locales que estorben la ley federal de inmigración, y permitiría retenciones de 48 horas, sin contar fines de semana ni días festivos, después de que terminen los cargos estatales de una persona. Las negativas a cumplir las retenciones de ICE (detainers) se tendrían que reportar al Fiscal General. El resumen del proyecto de ley también habla de multas de hasta el 25 por ciento de los fondos del estado, sin decir más. Da el 1 de enero de 2026 como fecha de inicio, pero no está confirmado si el proyecto de ley se hizo ley.

law-az-sb1070-name = SB 1070 de Arizona (2010)
law-az-sb1070-summary = En 2012, la Corte Suprema de los Estados Unidos anuló tres partes de esta ley porque chocaban con la ley federal. Se permitió que entrara en vigor la parte que deja que la policía de Arizona revise el estatus migratorio de una persona durante una parada legal.
