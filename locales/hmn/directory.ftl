# Cov lus rau qhov nrhiav kev pab (help finder). Tsis txhob muab tus xov tooj tso rau hauv ib kab lus:
# cov xov tooj yog cov ntaub ntawv uas muaj qhov chaw los.

policy-ca-baseline = Hauv California, feem ntau tub ceev xwm hauv zos thiab sheriff tsis pub nug txog koj xwm txheej nkag tebchaws (immigration status), thiab ib lub tsev loj cuj hauv zos tsis pub kaw koj cia dhau koj lub sijhawm tso tawm vim ICE thov. Rau qee yam kev raug txim loj, lub tsev loj cuj tseem qhia tau rau ICE tias koj yuav raug tso tawm thaum twg, los yog muab koj cob rau ICE. Hauv ib lub tsev loj cuj hauv zos, koj tsis kam tham nrog ICE tau, los yog tham tsuas yog thaum koj tus kws lij choj nyob ntawd xwb; koj yuav tsum tau txais ib daim ntawv piav qhia qhov no. Cov tub ceev xwm federal tsis raug khi los ntawm cov cai ntawm lub xeev no.

## Ib tus xov tooj yog rau dabtsi, thiab leej twg tswj

hotline-kind-rapid-response = Xov tooj rapid response (xov tooj pab ceev): hu los qhia tias muaj tub ceev xwm nkag tebchaws nyob ze thiab thov kev pab.
hotline-kind-detention-info = Cov ntaub ntawv txog cov neeg uas raug ICE kaw hauv chaw kaw neeg (immigration detention).
hotline-kind-court-info = Cov ntaub ntawv txog rooj plaub hauv tsev hais plaub nkag tebchaws (xov tooj uas tshuab teb, automated). Koj yuav tsum muaj tus neeg ntawd tus A-number (tus lej A).
hotline-kind-lawyer-referral = Xa neeg mus cuag cov kws lij choj nkag tebchaws uas ntiav tus kheej (private).
hotline-kind-referral = Ib lub chaw haujlwm tsoomfwv uas xa neeg mus rau cov kev pab.
hotline-kind-legal-aid = Kev pab txog cai lij choj pub dawb: hu los thov, los yog kom lawv xa koj mus rau lub chaw haujlwm uas raug.
hotline-operator-government = Tsoomfwv yog tus tswj, tsis yog cov neeg tiv thaiv cai (advocates).

## Yam uas paub txog ib tus xov tooj. "Lees paub" txhais tau tias muaj ib tug neeg tau hu lawm.

number-not-confirmed = Tseem tsis tau hu xov tooj los lees paub. Qhov chaw tshiab tshaj: { $year }.
number-not-confirmed-undated = Tseem tsis tau hu xov tooj los lees paub. Nws cov qhov chaw tsis qhia hnub tim.
number-confirmed = Tau hu xov tooj lees paub rau { $date }.
number-low-confidence = Tsis tshua ntseeg tau: tus xov tooj no los ntawm ib qho chaw xwb, los yog ib qho chaw qub.
number-extension = tus lej txuas (extension) { $extension }
number-takes-texts = Txais tau cov lus xa (text).
confidence-high = Ntseeg tau heev
confidence-medium = Ntseeg tau nruab nrab
confidence-low = Tsis tshua ntseeg tau

## Cov xov tooj uas hais tsis sib xws, thiab cov xov tooj rau ib cheeb tsam xwb

hotline-conflict = Cov qhov chaw hais tsis sib xws txog tus xov tooj no. Peb qhia ob tus xov tooj, thiab tseem tsis tau muaj leej twg hu lawv.
hotline-area = Pab tsuas yog { $area } xwb, tsis yog tag nrho lub county.
conflict-sacramento = Ob qhov chaw muab ob tus xov tooj rapid response txawv rau Sacramento, txhua tus los ntawm ib lub network txawv. Peb qhia tsis tau tias tus twg yog tus siv tam sim no. Sim hu ob tus.
conflict-long-beach = Ib daim ntawv teev xyoo 2019 thiab ib daim ntawv teev tshiab dua uas tsis muaj hnub tim muab ob tus xov tooj txawv rau Long Beach Community Defense Network. Peb qhia tsis tau tias tus twg yog tus siv tam sim no. Sim hu ob tus.

## Sijhawm qhib, raws li lub sijhawm (time zone) ntawm tus xov tooj

hours-always = Qhib 24 teev, txhua hnub
hours-days-range = { $first } txog { $last }
hours-rule = { $days }, { $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours } ({ $zone })
hours-list-separator = {", "}
hours-rules-separator = {"; "}
hours-open-now = Qhib tam sim no
hours-closed-now = Kaw tam sim no
time-zone-pacific = sijhawm Pacific
time-zone-eastern = sijhawm Eastern
weekday-monday = Hnub Ib
weekday-tuesday = Hnub Ob
weekday-wednesday = Hnub Peb
weekday-thursday = Hnub Plaub
weekday-friday = Hnub Tsib
weekday-saturday = Hnub Rau
weekday-sunday = Hnub Xya

## Tus neeg nyob qhov twg

finder-no-local-line = Peb tsis paub txog ib tus xov tooj rapid response hauv zos rau qhov chaw no. Hu rau ib tus xov tooj ntawm cheeb tsam los yog thoob tebchaws hauv qab no.
finder-outside = Qhov chaw no nyob sab nraum thaj chaw uas Amparo pab. Cov xov tooj thoob tebchaws tseem siv tau.
finder-other-state = Amparo tseem tsis tau muaj cov ntaub ntawv hauv zos rau { $state }. Cov xov tooj thoob tebchaws tseem siv tau.
finder-location-city = Qhov chaw kwv yees xwb: nruab nrab ntawm nws lub nroog.
finder-location-county = Qhov chaw kwv yees xwb: tsuas paub lub county xwb.
finder-location-zip = Qhov chaw kwv yees xwb: nruab nrab ntawm nws tus ZIP code.
nearby-shared-zip = Ib feem ntawm tus ZIP code no nyob hauv { $county }.
nearby-shared-city = Ib feem ntawm lub nroog no nyob hauv { $county }.
nearby-near-border = { $county } nyob deb { $km } km. Saib xyuas seb koj nyob rau qhov twg.
nearby-nearest = Lub county los yog cheeb tsam ze tshaj plaws uas Amparo pab yog { $county }, deb { $km } km.
nearby-former-county = Lub { $former } County qub tam sim no muaj ib feem nyob hauv { $county }.

## Qhia nrog ib qho lus uas nws cov qhov chaw tsis muaj zog (blog, ntawv luam, vev xaib ntawm tuam txhab kws lij choj)

caveat-weak-sources = Peb cov qhov chaw rau qhov no yog blog, cov ntawv luam los ntawm lwm lub vev xaib los yog cov vev xaib ntawm tuam txhab kws lij choj (law firm), tsis yog cov ntawv raug cai los yog ntawv cai lij choj. Nug ib tug kws lij choj txog qhov no.
