# Notas que se muestran con una organización (content/states/*/organizations.toml `note`): a quién
# atiende, o un límite que una persona debe saber antes de llamar. De shared/research/legal_aid_orgs.csv
# y states_and_connecticut.md. Nunca ponga un número de teléfono en un mensaje: los números son datos.

org-kind-fresno-note = Representa solo a niños: niños que viven en uno de estos condados: San Joaquin, Kern, Fresno, Kings, Tulare, Madera, Merced o Stanislaus.
org-alameda-county-public-defender-immigration-note = Solo para personas que viven en el condado de Alameda o que tienen una condena ahí.
org-clsepa-note = Solo para personas que viven en el condado de San Mateo o en el de Santa Clara. Representa a personas adultas y a jóvenes en casos de deportación. No acepta llamadas por cobrar.
org-lilac-redwood-city-note = No atiende sin cita: llame para hacer una cita. Recibe solicitudes nuevas (intake) de lunes a sábado, de 8 a. m. a 6 p. m.
org-sf-public-defender-immigration-note = Defiende a personas bajo custodia migratoria, y da prioridad a las personas que han vivido o trabajado en San Francisco. También ayuda a personas que representa ahora o que ha representado antes, cuando no están detenidas.
org-asian-law-caucus-note = Se enfoca en personas detenidas cuyo caso de deportación tiene que ver con antecedentes penales. No acepta casos de asilo ni entrevistas de asilo, incluidas las entrevistas de miedo creíble (credible fear).
org-immdef-note = Para personas detenidas que tienen ingresos bajos. Las personas que viven en el condado de Los Angeles tienen prioridad.
org-immdef-san-diego-note = Solo para personas con ingresos bajos. Solo con cita: no atiende sin cita.
org-international-institute-los-angeles-note = Solo con cita: no atiende sin cita. Abre de lunes a viernes, de 8:30 a. m. a 5 p. m.
org-kind-los-angeles-note = Acepta solo casos de niños y jóvenes, incluidos los niños que llegaron solos. Solo con cita: no atiende sin cita.
org-human-rights-first-la-note = Encuentra abogados voluntarios que no cobran, para personas que buscan asilo y no pueden pagar. No atiende sin cita.
org-community-lawyers-compton-note = Solo con cita: no atiende sin cita.
org-refugee-support-network-note = No atiende sin cita: llame para hacer una cita.
org-jfs-san-diego-note = Deje un mensaje de voz a cualquier hora, de día o de noche. Las llamadas se devuelven en el orden en que llegan.
org-sd-public-defender-irldp-note = Acepta solo casos de defensa contra la deportación.
org-la-maestra-note = Su equipo legal acepta audiencias de fianza de inmigración (bond hearings), casos de personas de Ucrania o de Afganistán, y casos de víctimas de trata de personas y de delitos (visa U, visa T, VAWA).
org-socal-immigration-project-note = Solo casos de asilo. Se enfoca en personas de países africanos y en personas LGBTQ de cualquier país. El personal no habla español.
org-catholic-charities-el-centro-note = No se encontró un teléfono ni una dirección física para esta oficina. Para comunicarse con ella, pruebe con la oficina de Catholic Charities en San Diego.
org-imperial-valley-jfon-note = Ofrece clínicas legales gratis en First United Methodist Church, en El Centro. No se sabe si las clínicas todavía funcionan.
org-ciri-bridgeport-note = No acepta casos de personas detenidas. Es posible que la representación gratis tenga límites por las reglas de sus subvenciones y de sus programas.
org-ciri-hartford-note = No acepta casos de personas detenidas.
org-ccif-hartford-note = Solo para residentes de Hartford que están en detención de ICE o en un proceso de deportación y que no tienen abogado.
