# Cov xwm txheej. Lus yooj yim, kab lus luv, ib kauj ruam ib yam haujlwm.

## Nyob hauv tsev

at-home-title = Tub ceev xwm nyob ntawm koj qhov rooj
at-home-summary = Cov tub ceev xwm nkag tebchaws tab tom khob koj lub qhov rooj.

at-home-keep-door-closed-do = Kaw qhov rooj cia. Tham hla qhov rooj. Nug seb lawv yog leej twg thiab lawv tuaj ua dabtsi. Thov kom lawv qhia lawv daim badge (daim npav tub ceev xwm) ntawm qhov rais.
at-home-keep-door-closed-say = Nej yog leej twg, thiab nej tuaj ua dabtsi? Thov qhia kuv nej daim badge ntawm qhov rais.
at-home-keep-door-closed-why = Txawm koj qhib qhov rooj los, qhov ntawd tsis yog koj pom zoo kom lawv nkag los. Tiam sis kev tham hla qhov rooj uas kaw cia yog qhov nyab xeeb dua.

at-home-ask-for-warrant-do = Nug seb lawv puas muaj daim ntawv warrant uas ib tug kws txiav txim kos npe. Thov kom lawv muab xa nkag hauv qab qhov rooj los, los yog tsa rau ntawm qhov rais. Tsis txhob qhib qhov rooj los nyeem.
at-home-ask-for-warrant-say = Kuv tsis pom zoo kom nej nkag los hauv kuv lub tsev. Yog nej muaj daim ntawv warrant uas ib tug kws txiav txim kos npe, thov muab xa nkag hauv qab qhov rooj los.
at-home-ask-for-warrant-why = Cov neeg tiv thaiv cai (advocates) hais tias yog tsis muaj daim ntawv warrant uas ib tug kws txiav txim kos npe, cov tub ceev xwm yuav tsum tau koj pom zoo mam nkag tau rau hauv koj lub tsev. Txij xyoo 2025 los, ICE hais tias nws cov tub ceev xwm muaj cai siv zog nkag los nrog Form I-205 los ntes ib tug neeg uas muaj daim ntawv txiav txim kawg kom xa tawm tebchaws (final order of removal). Tsev hais plaub tab tom mloog cov kev foob tawm tsam qhov ICE hais no.

at-home-check-the-warrant-do = Saib daim ntawv. Daim ntawv warrant uas kws txiav txim kos npe yog los ntawm tsev hais plaub thiab muaj ib tug kws txiav txim kos npe rau. Daim ntawv warrant tshawb yuav tsum sau qhov chaw nyob (address) no. Daim ntawv warrant ntes neeg yuav tsum muaj npe ib tug neeg uas nyob ntawm no. Saib hnub tim thiab. Lub cuab yeej kuaj warrant (warrant checker) hauv lub app no yuav nrog koj saib ib kauj ruam zuj zus.
at-home-check-the-warrant-why = Ib daim ntawv ntawm ICE, xws li Form I-200 los yog Form I-205, yog ib tug tub ceev xwm ICE kos npe, tsis yog ib tug kws txiav txim. Cov neeg tiv thaiv cai (advocates) hais tias nws tsis pub cov tub ceev xwm nkag los hauv koj lub tsev yog koj tsis pom zoo, tiam sis txij xyoo 2025 los ICE hais tias nws muaj cai siv zog nkag los nrog Form I-205 los ntes ib tug neeg uas muaj daim ntawv txiav txim kawg kom xa tawm tebchaws. Yog daim ntawv warrant tshawb sau lwm qhov chaw nyob, los yog daim ntawv warrant ntes neeg tsis muaj npe ib tug neeg twg uas nyob ntawm no, koj tsis tas yuav qhib qhov rooj.

at-home-if-they-come-in-do = Yog cov tub ceev xwm siv zog nkag los, tsis txhob sib ntaus los yog thaiv lawv. Hais kom meej tias koj tsis pom zoo kom lawv nkag los los yog tshawb. Nyob twj ywm thiab thov ib tug kws lij choj.
at-home-if-they-come-in-say = Kuv tsis pom zoo rau kev nkag los no los yog rau ib qho kev tshawb twg.
at-home-if-they-come-in-why = Kev sib ntaus rov qab yuav ua rau koj thiab koj tsev neeg muaj kev phom sij. Koj tseem siv tau koj cov lus hais tias koj tsis kam.

## Sab nraum zoov

in-public-title = Raug nres sab nraum zoov
in-public-summary = Cov tub ceev xwm nkag tebchaws los yog tub ceev xwm hauv zos nres koj ntawm txoj kev los yog ntawm ib qho chaw pej xeem.

in-public-stay-calm-do = Ua siab tus. Tsis txhob khiav, sib cav, sib ntaus los yog thaiv tus tub ceev xwm, txawm yog koj xav tias lawv nres koj tsis yog los xij. Cia koj ob txhais tes nyob qhov chaw uas lawv pom tau.
in-public-stay-calm-why = Kev khiav los yog kev sib ntaus yuav ua rau koj muaj kev phom sij.

in-public-refuse-search-do = Koj hais tau tias koj tsis kam kom lawv tshawb koj cov hnab ris los yog koj cov hnab. Tiam sis cov tub ceev xwm tseem yuav kov tau sab nraud ntawm koj cov khaub ncaws los saib seb puas muaj riam phom.
in-public-refuse-search-say = Kuv tsis pom zoo kom nej tshawb.
in-public-refuse-search-why = Koj muaj cai tsis kam. Yog lawv tseem tshawb, tsis txhob sib ntaus nrog lawv.

in-public-papers-do = Yog koj muaj ntaub ntawv nkag tebchaws uas siv tau, xws li green card los yog daim ntawv tso cai ua haujlwm (work permit), nqa cia nrog koj, thiab qhia yog ib tug tub ceev xwm nkag tebchaws thov saib. Yog koj tsis muaj ntaub ntawv, koj nyob twj ywm tau. Tsis txhob muab ntawv cuav qhia li. Tsis txhob nqa ntaub ntawv los ntawm lwm lub tebchaws, xws li daim passport ntawm lwm lub tebchaws.
in-public-papers-why = Txoj cai federal hais tias cov neeg laus uas tau txais cov ntaub ntawv no yuav tsum nqa nrog lawv thiab qhia rau cov tub ceev xwm nkag tebchaws uas thov saib. Kev tsis nqa yog ib qho kev txhaum me federal (federal misdemeanor). Cov ntaub ntawv los ntawm lwm lub tebchaws yuav qhia tau tias koj yog neeg tuaj qhov twg.

## Raug nres tsheb

traffic-stop-title = Raug nres thaum nyob hauv tsheb
traffic-stop-summary = Tub ceev xwm hauv zos los yog tub ceev xwm nkag tebchaws nres lub tsheb uas koj tsav los yog caij.

traffic-stop-pull-over-safely-do = Tsav mus nres rau ib qho chaw nyab xeeb. Tua lub cav tsheb. Qhib lub teeb hauv tsheb. Qhib lub qhov rais ib nrab xwb. Muab koj ob txhais tes tuav lub log tsheb, qhov chaw uas tus tub ceev xwm pom tau.
traffic-stop-pull-over-safely-why = Qhov no qhia rau tus tub ceev xwm tias koj tsis yog ib qho kev phom sij, thiab nws pab kom txhua tus nyab xeeb dua.

traffic-stop-show-license-do = Yog tus tub ceev xwm thov, qhia koj daim ntawv tsav tsheb (driver's license), daim ntawv registration tsheb thiab daim ntawv pov hwm tsheb (insurance). Yog koj tsis muaj ib daim twg, tsis txhob muab daim cuav qhia li.
traffic-stop-show-license-why = Cov neeg tsav tsheb yuav tsum qhia cov ntaub ntawv no thaum raug thov.

traffic-stop-ca-ab60-do = Hauv California, koj tsav tsheb tau nrog daim ntawv tsav tsheb uas DMV muab raws li txoj cai AB 60, txawm yog koj ua tsis tau pov thawj tias koj nyob raug cai hauv Asmeskas (U.S.) los xij.
traffic-stop-ca-ab60-why = Daim ntawv tsav tsheb AB 60 siv tau rau kev tsav tsheb hauv California. Nws tsis yog daim ID federal. Kev ua tsis ncaj rau ib tug neeg vim nws muaj daim ntawv no yog txhaum cai.

traffic-stop-stay-silent-do = Tus tsav tsheb thiab cov neeg caij tsheb, txhua tus nyob twj ywm tau. Yog koj xaiv nyob twj ywm, hais nrov nrov kom lawv paub.

traffic-stop-refuse-search-do = Tsis txhob pom zoo kom lawv tshawb lub tsheb. Yog lawv tseem tshawb, tsis txhob sib ntaus nrog lawv.
traffic-stop-refuse-search-say = Kuv tsis pom zoo kom nej tshawb kuv lub tsheb.
traffic-stop-refuse-search-why = Tub ceev xwm tseem tshawb tau txawm koj tsis pom zoo, yog lawv ntseeg tias muaj pov thawj ntawm kev ua txhaum cai. Kev sib ntaus rov qab yuav ua rau koj muaj kev phom sij.

traffic-stop-passenger-free-to-go-do = Yog koj yog ib tug neeg caij tsheb, nug seb koj puas mus tau. Yog lawv teb tias mus tau, ces maj mam tawm mus.

traffic-stop-officer-name-do = Yog cov tub ceev xwm yog tub ceev xwm hauv zos (police), thov lawv lub npe thiab lawv tus lej badge. Sau cia.
traffic-stop-officer-name-say = Thov qhia kuv koj lub npe thiab koj tus lej badge.
traffic-stop-officer-name-why = Kev sau cia yuav khaws tau ib qho pov thawj tias leej twg nres koj.

traffic-stop-immigration-agents-do = Yog cov tub ceev xwm yog los ntawm ICE los yog Border Patrol (tub ceev xwm saib ciam teb), ces ua raws li cov kauj ruam zoo ib yam: ua siab tus, nyob twj ywm, thiab tsis txhob pom zoo kom lawv tshawb.
traffic-stop-immigration-agents-why = Feem ntau, cov tub ceev xwm nkag tebchaws yuav tsum muaj reasonable suspicion (kev xyem xyav uas muaj laj thawj) tias muaj kev ua txhaum txoj cai nkag tebchaws los yog kev ua txhaum cai thiaj nres tau ib lub tsheb, thiab yuav tsum muaj daim ntawv warrant los yog probable cause (muaj pov thawj txaus raws li txoj cai) thiaj tshawb tau lub tsheb. Thaum lub Cuaj Hli xyoo 2025, Tsev Hais Plaub Siab Tshaj Plaws ntawm Asmeskas (U.S. Supreme Court) tau pub kev nres neeg txog nkag tebchaws hauv cheeb tsam Los Angeles mus ntxiv thaum ib rooj plaub tseem tab tom mus hauv tsev hais plaub. Qhov kev txiav txim ntawd pub ua dabtsi, tseem tsis tau muaj lus xaus: nug ib tug kws lij choj.

## Nyob hauv tsev: tsis txhob

at-home-dont-open-the-door = Tsis txhob qhib qhov rooj, tshwj tsis yog cov tub ceev xwm qhia koj, hauv qab qhov rooj los yog ntawm qhov rais, ib daim ntawv warrant uas ib tug kws txiav txim kos npe uas haum rau lub tsev no: ib daim ntawv warrant tshawb rau qhov chaw nyob no, los yog ib daim ntawv warrant ntes neeg rau ib tug neeg uas nyob ntawm no.

## Sab nraum zoov: tsis txhob

in-public-dont-carry-foreign-papers = Tsis txhob nqa ntaub ntawv los ntawm lwm lub tebchaws, xws li daim passport ntawm lwm lub tebchaws los yog daim ID ntawm chaw sawv cev (consular ID). Cov ntawv no yuav qhia tau tias koj yog neeg tuaj qhov twg. Cov lus qhia no los ntawm cov pab pawg tiv thaiv neeg tsiv teb tsaws chaw (immigrant defense groups), raws li lwm lub vev xaib tau muab hais dua: nug ib tug kws lij choj yog koj tsis paub meej tias yuav nqa dabtsi.
in-public-dont-follow-agents = Tsis txhob nrog cov tub ceev xwm mus rau ib lub chaw haujlwm los yog pom zoo "mus haus kas fes ua ke". Qhov no yuav yog ib qho kev dag ntxias.

## Raug nres tsheb: tsis txhob

traffic-stop-dont-show-false-papers = Tsis txhob muab daim ntawv tsav tsheb cuav los yog ntaub ntawv cuav qhia, txawm yog koj tsis muaj daim tiag los xij.
traffic-stop-dont-consent-to-search = Tsis txhob pom zoo kom lawv tshawb lub tsheb. Yog lawv tseem tshawb, tsis txhob sib ntaus nrog lawv.

## Raug nres tsheb: ntaub ntawv nkag tebchaws

traffic-stop-papers-do = Yog koj muaj ntaub ntawv nkag tebchaws uas siv tau, xws li green card los yog daim ntawv tso cai ua haujlwm (work permit), nqa cia nrog koj. Yog ib tug tub ceev xwm nkag tebchaws thov saib, qhia rau nws. Yog koj tsis muaj ntaub ntawv, koj nyob twj ywm tau. Tsis txhob dag, thiab tsis txhob muab ntawv cuav los yog ntawv los ntawm lwm lub tebchaws qhia li.
traffic-stop-papers-why = Txoj cai federal hais tias cov neeg laus uas tau txais cov ntaub ntawv no yuav tsum nqa nrog lawv. Kev tsis nqa yog ib qho kev txhaum me federal (federal misdemeanor), uas yuav raug nplua txog $100 los yog raug kaw hauv tsev loj cuj txog 30 hnub. Txij xyoo 2025 los, tsoomfwv tau pheej ceeb toom neeg txog txoj cai no. Koj tseem nyob twj ywm tau txog txhua yam lwm yam. Peb cov lus qhia ntxaws no los ntawm cov vev xaib ntawm cov tuam txhab kws lij choj (law firm): nug ib tug kws lij choj seb qhov no txhais li cas rau koj cov ntaub ntawv.
