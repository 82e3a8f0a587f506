# Notas sobre los centros de detención de ICE en California (content/states/ca/detention.toml).
# Nunca ponga un número de teléfono en un mensaje: los números son datos que tienen una fuente.

## En funcionamiento

facility-adelanto-note = Un centro de procesamiento de ICE en Adelanto, que maneja la empresa privada GEO Group. Está abierto. En 2020, una corte le impidió recibir a personas nuevas, pero un acuerdo legal (settlement) de 2025 le permitió volver a recibir personas plenamente.
facility-desert-view-annex-note = Un edificio adicional del centro de procesamiento de ICE de Adelanto (Adelanto ICE Processing Center), en una antigua prisión estatal, que maneja GEO Group. Está abierto; en mayo de 2024 se presentó una queja sobre este lugar.
facility-otay-mesa-note = Un centro de detención de ICE en la zona de Otay Mesa, en San Diego, que maneja la empresa privada CoreCivic. Está abierto, y en 2019 era el único centro de detención de ICE en el condado de San Diego. La página de ICE sobre este centro indica los horarios de visita; los abogados pueden visitar de 8:15 a. m. a 9:30 p. m.
facility-imperial-regional-note = Un centro de detención de ICE al este de Calexico, que maneja la empresa privada Management and Training Corporation (MTC). Está abierto. Reemplazó al centro de procesamiento de El Centro (El Centro Service Processing Center), que cerró en 2014.
facility-mesa-verde-note = Un centro de procesamiento de ICE en Golden State Avenue, en Bakersfield, que maneja GEO Group; está abierto. Las personas detenidas aquí no pueden recibir llamadas de afuera, pero ICE da una extensión para dejar un mensaje urgente. Para pedir información sobre alguien detenido aquí, llame y elija la opción dos, entre las ocho de la mañana y las tres y media de la tarde.
facility-golden-state-annex-note = Un edificio adicional del centro Mesa Verde de Bakersfield, en una antigua prisión en McFarland, que maneja GEO Group. Desde septiembre de 2020 tiene personas detenidas para ICE, y está abierto.
facility-california-city-note = El centro de detención de ICE más grande de California, en una antigua prisión estatal, que maneja la empresa privada CoreCivic. Empezó a recibir personas para ICE a finales de agosto de 2025, con un contrato que dura hasta agosto de 2027. Es posible que listas más antiguas llamen a este lugar California City Correctional Center.

## No está claro

facility-central-valley-annex-note = Una antigua prisión en McFarland, que maneja GEO Group, y que en 2020 se planeaba usar como edificio adicional de ICE. No sabemos si ahora hay alguien detenido ahí para ICE: una noticia de 2025 menciona un lugar que tiene contrato pero que ICE no usa, y puede ser este.

## Ya no tienen a nadie detenido para ICE

facility-west-county-richmond-note = Una cárcel del condado de Contra Costa en Richmond. Dejó de tener personas detenidas para ICE cuando el alguacil terminó el contrato en 2018; en 2025, el condado dijo que no tiene a nadie detenido para ICE. Ahora nadie está detenido aquí para ICE.
facility-rio-cosumnes-note = Un centro correccional del condado de Sacramento en Elk Grove. Su contrato para tener personas detenidas para ICE se canceló en 2018. Ahora nadie está detenido aquí para ICE.
facility-theo-lacy-note = Una cárcel del condado de Orange en la ciudad de Orange. Las cárceles del condado de Orange, incluida esta, no han tenido a nadie detenido para ICE desde el 1 de agosto de 2019. Ahora nadie está detenido aquí para ICE.
facility-james-a-musick-note = Una cárcel del condado de Orange que una lista más antigua mencionaba como un lugar donde había inmigrantes detenidos. Las cárceles del condado de Orange no han tenido a nadie detenido para ICE desde el 1 de agosto de 2019. Ahora nadie está detenido aquí para ICE.
facility-santa-ana-city-jail-note = La cárcel de la ciudad de Santa Ana antes tenía personas detenidas para ICE. La ciudad limitó cuántas, y ICE terminó el contrato en 2017. Ahora nadie está detenido aquí para ICE.
facility-yuba-county-jail-note = La cárcel del condado en Marysville tuvo personas detenidas para ICE bajo un acuerdo que empezó en 1994. El gobierno federal lo terminó en diciembre de 2022; las noticias lo describieron como el último contrato de ICE con una cárcel de condado en California. Ahora nadie está detenido aquí para ICE.
facility-el-centro-spc-note = Un antiguo centro de procesamiento de ICE en El Centro. Cerró el 30 de septiembre de 2014, y el centro de detención Imperial Regional Detention Facility, cerca de Calexico, tomó su lugar. Ahora nadie está detenido aquí para ICE.
