# Nivel local: políticas de condados y ciudades, centros de detención, ayuda legal.

## Políticas de condados y ciudades

local-policy-as-of = Al { $date }, según { $who }: { $policy }
local-policy-undated = Según { $who } (no se indica la fecha): { $policy }
local-policy-reminder = Las políticas locales no obligan a los agentes federales.
local-policy-none-found = La investigación no encontró aquí ninguna política local además de la ley estatal.
local-policy-hidden-low = Informes de confianza baja que no se muestran aquí: { $count }.
reported-by-official-records = los registros oficiales
reported-by-news-reports = las noticias
reported-by-the-sheriff = la oficina del alguacil
reported-by-advocates = grupos de defensa de inmigrantes
reported-by-one-secondary-source = una sola fuente indirecta
policy-category-limits-beyond-state-law = Limita la ayuda a ICE más allá de la ley estatal
policy-category-follows-state-law = Solo sigue la ley estatal
policy-category-helps-ice-within-state-law = Ayuda a ICE hasta donde lo permite la ley estatal
policy-category-publishes-release-dates = Publica las fechas de salida
policy-category-opposes-state-law = Se opone a los límites del estado
policy-category-no-local-policy-found = No se encontró una política local
policy-status-in-force = vigente
policy-status-challenged = vigente, pero se está impugnando en las cortes
policy-status-adopted-not-final = se adoptó, pero aún no es final
policy-status-repealed = se derogó
policy-status-ended = terminó
policy-status-symbolic = una declaración, sin fuerza obligatoria
policy-status-unconfirmed = se reportó, pero no se ha confirmado

## Centros de detención

facility-kind-processing-center = centro de procesamiento de ICE
facility-kind-detention-center = centro de detención
facility-kind-annex = anexo de otro centro
facility-kind-county-jail = cárcel del condado
facility-kind-city-jail = cárcel de la ciudad
facility-status-operating = tiene personas detenidas para ICE
facility-status-closed = ya no tiene personas detenidas para ICE
facility-status-uncertain = no se sabe si ahora tiene personas detenidas para ICE
detention-notice = A las personas las cambian de lugar con frecuencia. Para encontrar a alguien que ICE tiene detenido, use el localizador de detenidos en línea de ICE, o llame a la línea de información sobre personas detenidas.

## Ayuda legal

service-legal-aid = ayuda legal de inmigración
service-deportation-defense = defensa contra la deportación
service-rapid-response = respuesta rápida
service-lawyer-referral = referencias a abogados
service-detention-support = ayuda para personas detenidas
service-children = ayuda para niños
service-victims = ayuda para sobrevivientes de delitos o de abuso
cost-free = gratis
cost-low-cost = bajo costo
cost-unknown = no se indica el costo
caution-third-party-parse = Viene de la copia que alguien más hizo de una lista del gobierno, y no se comparó con la lista misma.
caution-single-source = Aparece en una sola fuente.
caution-recognition-renewal-pending = En la lista del gobierno que usamos, su reconocimiento del Departamento de Justicia de EE. UU. para dar ayuda legal de inmigración estaba en su fecha de vencimiento o cerca de ella, y la renovación estaba pendiente.
caution-two-numbers = Dos fuentes dan dos números distintos. Se muestran los dos.
caution-area-code-mismatch = El código de área del teléfono no es el de la ciudad.
caution-government-office = Es una oficina del gobierno, no una organización sin fines de lucro.
caution-merged-offices = La fuente confundió dos oficinas; es posible que la dirección o el teléfono sean los de la otra oficina.
caution-referral-only = Refiere a las personas a abogados: no da ayuda legal directa y no atiende sin cita.
caution-limited-eligibility = Solo ayuda a algunas personas: lea a quién atiende.
caution-no-phone-found = No se encontró su número de teléfono.

## Notas sobre líneas que una persona debe leer antes de llamar

hotline-ice-la-field-office-note = La maneja ICE. Llame si el localizador de detenidos en línea de ICE no encuentra a la persona, y el arresto fue en el condado de Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara o San Luis Obispo.
hotline-orr-note = Para un padre, una madre o un tutor que busca a un niño menor de 18 años que está bajo la custodia de la Oficina de Reasentamiento de Refugiados (Office of Refugee Resettlement). Es una oficina del gobierno, no un grupo de defensa de inmigrantes.
hotline-ct-statewide-note = Si usted no tiene un estatus migratorio legal, la fuente dice que solicite ayuda directamente a New Haven Legal Assistance, no por medio de esta línea; según la fuente, esa oficina no reporta el estatus migratorio a la policía ni a ninguna otra autoridad. No encontramos el número de teléfono propio de esa oficina; su página web es la primera fuente de esta línea.
