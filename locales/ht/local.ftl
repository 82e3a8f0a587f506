# Detay lokal: politik konte ak vil, sant detansyon, èd legal.

## Politik konte ak vil

local-policy-as-of = Nan dat { $date }, dapre { $who }: { $policy }
local-policy-undated = Dapre { $who } (pa gen dat): { $policy }
local-policy-reminder = Politik lokal yo pa oblije ajan federal yo.
local-policy-none-found = Rechèch la pa jwenn okenn politik lokal isit la apa lwa eta a.
local-policy-hidden-low = Rapò ki gen konfyans fèb nou pa montre isit la: { $count }.
reported-by-official-records = dosye ofisyèl
reported-by-news-reports = nouvèl nan medya
reported-by-the-sheriff = biwo sheriff la
reported-by-advocates = gwoup ki defann imigran
reported-by-one-secondary-source = yon sèl sous endirèk
policy-category-limits-beyond-state-law = Limite èd pou ICE plis pase lwa eta a
policy-category-follows-state-law = Swiv lwa eta a sèlman
policy-category-helps-ice-within-state-law = Ede ICE otan lwa eta a pèmèt
policy-category-publishes-release-dates = Pibliye dat y ap lage moun
policy-category-opposes-state-law = Kont limit eta a
policy-category-no-local-policy-found = Nou pa jwenn okenn politik lokal
policy-status-in-force = an vigè
policy-status-challenged = an vigè, men gen kontestasyon kont li nan tribinal
policy-status-adopted-not-final = adopte, men poko final
policy-status-repealed = aboli
policy-status-ended = fini
policy-status-symbolic = yon deklarasyon, li pa obligatwa
policy-status-unconfirmed = rapòte, men poko konfime

## Sant detansyon

facility-kind-processing-center = sant tretman ICE (processing center)
facility-kind-detention-center = sant detansyon
facility-kind-annex = batiman anplis yon lòt sant
facility-kind-county-jail = prizon konte
facility-kind-city-jail = prizon vil
facility-status-operating = kenbe moun pou ICE
facility-status-closed = pa kenbe moun pou ICE ankò
facility-status-uncertain = nou pa konnen si li kenbe moun pou ICE kounye a
detention-notice = Yo deplase moun souvan. Pou jwenn yon moun ICE ap kenbe, sèvi ak sistèm ICE sou entènèt pou jwenn moun ki nan detansyon (online detainee locator), oswa rele liy enfòmasyon sou detansyon an.

## Èd legal

service-legal-aid = èd legal pou imigrasyon
service-deportation-defense = defans kont depòtasyon
service-rapid-response = repons rapid
service-lawyer-referral = referans pou avoka
service-detention-support = èd pou moun ki nan detansyon
service-children = èd pou timoun
service-victims = èd pou moun ki sibi krim oswa abi
cost-free = gratis
cost-low-cost = pa chè
cost-unknown = pri a pa endike
caution-third-party-parse = Soti nan kopi yon lòt moun fè de yon lis gouvènman, nou pa konpare l ak lis orijinal la.
caution-single-source = Yon sèl sous bay li.
caution-recognition-renewal-pending = Sou lis gouvènman nou te itilize a, rekonesans U.S. Justice Department (Depatman Jistis Etazini) ba li pou l bay èd legal sou imigrasyon te rive nan dat li fini oswa toupre dat sa a, e renouvèlman an t ap tann.
caution-two-numbers = De sous bay de nimewo diferan. Nou montre tou de.
caution-area-code-mismatch = Kòd zòn telefòn nan pa sa vil la.
caution-government-office = Yon biwo gouvènman, se pa yon òganizasyon san bi likratif.
caution-merged-offices = Sous la te melanje de biwo; adrès la oswa telefòn nan ka pou lòt biwo a.
caution-referral-only = Li voye moun bay avoka: li pa bay èd legal dirèkteman, e li pa resevwa moun san randevou.
caution-limited-eligibility = Li ede sèlman kèk moun: gade ki moun li sèvi.
caution-no-phone-found = Nou pa jwenn okenn nimewo telefòn pou li.

## Nòt sou liy yon moun dwe li anvan li rele

hotline-ice-la-field-office-note = Se ICE ki jere l. Rele l si sistèm ICE sou entènèt pou jwenn moun ki nan detansyon (online detainee locator) pa jwenn moun nan, e si arestasyon an te fèt nan Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara oswa San Luis Obispo County.
hotline-orr-note = Pou yon paran oswa yon gadyen k ap chèche yon timoun ki poko gen 18 an ke Office of Refugee Resettlement (biwo federal pou reyenstalasyon refijye) ap kenbe. Se yon biwo gouvènman, se pa yon defansè imigran.
hotline-ct-statewide-note = Si ou pa gen estati imigrasyon legal, sous la di pou ou fè demann dirèkteman nan New Haven Legal Assistance, pa atravè liy sa a; li di biwo sa a pa rapòte estati imigrasyon bay polis ni okenn lòt otorite. Nou pa jwenn pwòp nimewo telefòn li; paj entènèt li se premye sous liy sa a.
