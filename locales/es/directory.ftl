# Texto del buscador de ayuda. Nunca ponga un número de teléfono en un mensaje:
# los números son datos que tienen una fuente.

policy-ca-baseline = En California, la policía local y los alguaciles en general no pueden preguntar por su estatus migratorio, y una cárcel local no puede retenerlo después de su hora de salida porque ICE lo pidió. En el caso de algunas condenas graves, una cárcel todavía puede avisarle a ICE cuándo va a salir en libertad, o entregarlo a ICE. En una cárcel local usted puede negarse a hablar con ICE, o hablar solo con su abogado presente; debe recibir un formulario que lo explica. Los agentes federales no están obligados por estas leyes estatales.

## Para qué es cada línea, y quién la maneja

hotline-kind-rapid-response = Línea de respuesta rápida: llame para reportar agentes de inmigración cerca y recibir ayuda.
hotline-kind-detention-info = Información sobre personas en detención migratoria.
hotline-kind-court-info = Información de casos en la corte de inmigración (automática). Necesita el número A (A-number) de la persona.
hotline-kind-lawyer-referral = Referencias a abogados privados de inmigración.
hotline-kind-referral = Una oficina del gobierno que refiere a las personas a servicios.
hotline-kind-legal-aid = Ayuda legal gratis: llame para solicitarla, o para que lo refieran a la oficina correcta.
hotline-operator-government = La maneja el gobierno, no defensores de inmigrantes.

## Lo que se sabe de un número. "Confirmado" quiere decir que alguien llamó.

number-not-confirmed = Todavía no se ha confirmado por teléfono. Fuente más reciente: { $year }.
number-not-confirmed-undated = Todavía no se ha confirmado por teléfono. Sus fuentes no tienen fecha.
number-confirmed = Confirmado por teléfono el { $date }.
number-low-confidence = Confianza baja: este número viene de una sola fuente o de una fuente antigua.
number-extension = extensión { $extension }
number-takes-texts = Recibe mensajes de texto.
confidence-high = Confianza alta
confidence-medium = Confianza media
confidence-low = Confianza baja

## Números que no coinciden, y líneas solo para un área

hotline-conflict = Las fuentes no coinciden sobre este número. Se muestran los dos números, y nadie los ha llamado todavía.
hotline-area = Da servicio solo en { $area }, no en todo el condado.
conflict-sacramento = Dos fuentes dan dos números distintos de respuesta rápida para Sacramento, cada uno de una red diferente. No pudimos saber cuál está vigente. Pruebe los dos.
conflict-long-beach = Una lista de 2019 y otra lista más reciente, sin fecha, dan dos números distintos para la Long Beach Community Defense Network (Red de Defensa Comunitaria de Long Beach). No pudimos saber cuál está vigente. Pruebe los dos.

## Horario de atención, en la zona horaria de la línea

hours-always = Abierto las 24 horas, todos los días
hours-days-range = { $first } a { $last }
hours-rule = { $days }, { $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours } ({ $zone })
hours-list-separator = {", "}
hours-rules-separator = {"; "}
hours-open-now = Abierto ahora
hours-closed-now = Cerrado ahora
time-zone-pacific = hora del Pacífico
time-zone-eastern = hora del Este
weekday-monday = lunes
weekday-tuesday = martes
weekday-wednesday = miércoles
weekday-thursday = jueves
weekday-friday = viernes
weekday-saturday = sábado
weekday-sunday = domingo

## Dónde está la persona

finder-no-local-line = No conocemos una línea local de respuesta rápida para este lugar. Llame a una línea regional o nacional de abajo.
finder-outside = Este lugar está fuera del área que cubre Amparo. Las líneas nacionales sí funcionan.
finder-other-state = Amparo todavía no tiene información local para { $state }. Las líneas nacionales sí funcionan.
finder-location-city = Ubicación aproximada: el centro de su ciudad.
finder-location-county = Ubicación aproximada: solo se conoce el condado.
finder-location-zip = Ubicación aproximada: el centro del código postal (ZIP) del lugar.
nearby-shared-zip = Parte de este código postal (ZIP) está en { $county }.
nearby-shared-city = Parte de esta ciudad está en { $county }.
nearby-near-border = { $county } está a { $km } km. Confirme en cuál está usted.
nearby-nearest = De los condados y regiones que cubre Amparo, el más cercano es { $county }, a { $km } km.
nearby-former-county = El antiguo condado de { $former } ahora está, en parte, en { $county }.

## Se muestra con un punto cuyas fuentes son todas débiles (blogs, copias, páginas de bufetes de abogados)

caveat-weak-sources = Nuestras fuentes para este punto son blogs, copias de otras páginas o páginas de bufetes de abogados, no textos oficiales ni legales. Consúltelo con un abogado.
