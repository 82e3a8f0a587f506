# Nòt ki parèt ak yon òganizasyon (content/states/*/organizations.toml `note`): kiyès li
# sèvi, oswa yon limit yon moun dwe konnen anvan li rele. Soti nan shared/research/legal_aid_orgs.csv
# ak states_and_connecticut.md. Pa janm mete yon nimewo telefòn nan yon mesaj: nimewo yo se done.

org-kind-fresno-note = Li reprezante timoun sèlman: timoun ki rete nan San Joaquin, Kern, Fresno, Kings, Tulare, Madera, Merced oswa Stanislaus County.
org-alameda-county-public-defender-immigration-note = Sèlman pou moun ki rete nan Alameda County oswa ki gen yon kondanasyon la.
org-clsepa-note = Sèlman pou moun ki rete nan San Mateo oswa Santa Clara County. Li reprezante granmoun ak jèn moun nan ka depòtasyon. Li pa aksepte apèl ki pou peye lòt bò a (collect calls).
org-lilac-redwood-city-note = Li pa resevwa moun san randevou: rele pou pran randevou. Li pran nouvo dosye lendi rive samdi, 8 a.m. rive 6 p.m.
org-sf-public-defender-immigration-note = Li defann moun yo kenbe nan detansyon imigrasyon, e li bay priyorite a moun ki te rete oswa travay nan San Francisco. Li ede tou moun li reprezante kounye a oswa li te reprezante deja, lè yo pa nan detansyon.
org-asian-law-caucus-note = Li konsantre sou moun ki nan detansyon ki gen yon ka depòtasyon ki gen rapò ak yon dosye kriminèl. Li pa pran ka azil ni entèvyou azil, sa gen ladan l entèvyou "krent jistifye" (credible fear interviews).
org-immdef-note = Pou moun ki gen ti revni e ki nan detansyon. Moun ki rete nan Los Angeles County pase anvan.
org-immdef-san-diego-note = Sèlman pou moun ki gen ti revni. Sèlman sou randevou: li pa resevwa moun san randevou.
org-international-institute-los-angeles-note = Sèlman sou randevou: li pa resevwa moun san randevou. Ouvè lendi rive vandredi, 8:30 a.m. rive 5 p.m.
org-kind-los-angeles-note = Li pran ka timoun ak jèn moun sèlman, sa gen ladan l timoun ki te vini pou kont yo. Sèlman sou randevou: li pa resevwa moun san randevou.
org-human-rights-first-la-note = Li jwenn avoka volontè gratis pou moun k ap mande azil ki pa ka peye. Li pa resevwa moun san randevou.
org-community-lawyers-compton-note = Sèlman sou randevou: li pa resevwa moun san randevou.
org-refugee-support-network-note = Li pa resevwa moun san randevou: rele pou pran randevou.
org-jfs-san-diego-note = Kite yon mesaj vokal nenpòt lè, lajounen kou lannwit. Yo rele moun tounen nan lòd apèl yo rive.
org-sd-public-defender-irldp-note = Li pran ka defans kont depòtasyon sèlman.
org-la-maestra-note = Ekip legal li pran odyans sou kosyon imigrasyon (bond hearings), ka moun ki soti Ikrèn oswa Afganistan, ak ka viktim trafik moun ak viktim krim (viza U, viza T, VAWA).
org-socal-immigration-project-note = Ka azil sèlman. Li konsantre sou moun ki soti nan peyi Afrik ak moun LGBTQ ki soti nan nenpòt peyi. Anplwaye yo pa pale panyòl.
org-catholic-charities-el-centro-note = Nou pa jwenn okenn telefòn ni adrès pou biwo sa a. Eseye biwo Catholic Charities nan San Diego pou jwenn li.
org-imperial-valley-jfon-note = Li fè klinik legal gratis nan First United Methodist Church nan El Centro. Nou pa konnen si klinik yo toujou ap fèt.
org-ciri-bridgeport-note = Li pa pran ka moun ki nan detansyon. Reprezantasyon gratis ka limite akoz règ sibvansyon ak règ pwogram yo.
org-ciri-hartford-note = Li pa pran ka moun ki nan detansyon.
org-ccif-hartford-note = Sèlman pou moun ki rete Hartford ki nan detansyon ICE oswa nan pwosedi depòtasyon, e ki pa gen avoka.
