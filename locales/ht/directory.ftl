# Tèks pou chèchè èd la. Pa janm mete yon nimewo telefòn nan yon mesaj: nimewo yo
# se done ki gen yon sous.

policy-ca-baseline = Nan California, an jeneral polis lokal ak sheriff pa gen dwa poze kesyon sou estati imigrasyon ou, e yon prizon lokal pa gen dwa kenbe ou apre lè yo dwe lage ou paske ICE mande sa. Pou kèk kondanasyon grav, yon prizon ka toujou di ICE ki lè y ap lage ou, oswa renmèt ou bay ICE. Nan yon prizon lokal, ou gen dwa refize pale ak ICE, oswa pale sèlman si avoka ou la; yo ta dwe ba ou yon fòm ki eksplike sa. Lwa eta sa yo pa oblije ajan federal yo.

## Pou kisa yon liy ye, e kiyès ki jere l

hotline-kind-rapid-response = Liy repons rapid: rele pou rapòte ajan imigrasyon ki toupre epi jwenn èd.
hotline-kind-detention-info = Enfòmasyon sou moun yo kenbe nan detansyon imigrasyon.
hotline-kind-court-info = Enfòmasyon sou ka nan tribinal imigrasyon (otomatik). Ou bezwen nimewo A (A-number) moun nan.
hotline-kind-lawyer-referral = Referans pou avoka imigrasyon prive.
hotline-kind-referral = Yon biwo gouvènman ki voye moun bay sèvis.
hotline-kind-legal-aid = Èd legal gratis: rele pou fè yon demann, oswa pou yo voye ou nan bon biwo a.
hotline-operator-government = Se gouvènman an ki jere l, se pa defansè imigran yo.

## Sa nou konnen sou yon nimewo. "Konfime" vle di yon moun te rele l.

number-not-confirmed = Poko konfime pa telefòn. Sous ki pi nouvo a: { $year }.
number-not-confirmed-undated = Poko konfime pa telefòn. Sous li yo pa montre okenn dat.
number-confirmed = Konfime pa telefòn { $date }.
number-low-confidence = Konfyans fèb: nimewo sa a soti nan yon sèl sous, oswa nan yon sous ki gen lontan.
number-extension = ekstansyon { $extension }
number-takes-texts = Li resevwa mesaj tèks.
confidence-high = Gwo konfyans
confidence-medium = Konfyans mwayen
confidence-low = Konfyans fèb

## Nimewo ki pa dakò youn ak lòt, ak liy pou yon sèl zòn

hotline-conflict = Sous yo pa dakò sou nimewo sa a. Nou montre tou de nimewo yo, e pèsonn poko rele yo.
hotline-area = Li sèvi sèlman moun nan { $area }, pa tout konte a.
conflict-sacramento = De sous bay de nimewo repons rapid diferan pou Sacramento, chak nan yon rezo diferan. Nou pa t ka konnen kiyès ki aktyèl. Eseye tou de.
conflict-long-beach = Yon lis 2019 ak yon lis ki pi nouvo, san dat, bay de nimewo diferan pou Long Beach Community Defense Network. Nou pa t ka konnen kiyès ki aktyèl. Eseye tou de.

## Lè ouvèti, nan zòn lè liy lan

hours-always = Ouvè 24 èdtan, chak jou
hours-days-range = { $first } rive { $last }
hours-rule = { $days }, { $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours } ({ $zone })
hours-list-separator = {", "}
hours-rules-separator = {"; "}
hours-open-now = Ouvè kounye a
hours-closed-now = Fèmen kounye a
time-zone-pacific = lè Pasifik (Pacific)
time-zone-eastern = lè Lès (Eastern)
weekday-monday = lendi
weekday-tuesday = madi
weekday-wednesday = mèkredi
weekday-thursday = jedi
weekday-friday = vandredi
weekday-saturday = samdi
weekday-sunday = dimanch

## Kote moun nan ye

finder-no-local-line = Nou pa konnen okenn liy repons rapid lokal pou kote sa a. Rele yon liy rejyonal oswa nasyonal ki anba a.
finder-outside = Kote sa a andeyò zòn Amparo kouvri a. Liy nasyonal yo toujou mache.
finder-other-state = Amparo poko gen kontni lokal pou { $state }. Liy nasyonal yo toujou mache.
finder-location-city = Pozisyon apeprè: mitan vil la.
finder-location-county = Pozisyon apeprè: se sèlman konte a nou konnen.
finder-location-zip = Pozisyon apeprè: mitan zòn kòd postal (ZIP code) a.
nearby-shared-zip = Yon pati nan kòd postal (ZIP code) sa a nan { $county }.
nearby-shared-city = Yon pati nan vil sa a nan { $county }.
nearby-near-border = { $county } a { $km } km de la. Verifye nan kiyès ou ye.
nearby-nearest = Konte oswa rejyon Amparo kouvri ki pi pre a se { $county }, a { $km } km.
nearby-former-county = Ansyen { $former } County a kounye a an pati nan { $county }.

## Parèt ak yon pwen ki gen sèlman sous fèb (blog, repost, paj biwo avoka)

caveat-weak-sources = Sous nou pou pwen sa a se blog, kopi lòt paj oswa paj biwo avoka, se pa tèks ofisyèl ni tèks legal. Verifye l ak yon avoka.
