# Cov lus nug xyaum (training quiz): txhua pawg muaj ib lo lus nug, cov lus teb xaiv thiab vim li cas.
# Txhua lo lus nug kuaj ib kauj ruam ntawm nws qhov xwm txheej (content/quiz/<topic>.toml).

## Tub ceev xwm nyob ntawm koj qhov rooj

quiz-at-home-door = Cov tub ceev xwm nkag tebchaws khob koj lub qhov rooj. Koj yuav ua li cas thiaj zoo?
quiz-at-home-door-a = Qhib qhov rooj me ntsis los tham.
quiz-at-home-door-b = Kaw qhov rooj cia thiab tham hla qhov rooj.
quiz-at-home-door-c = Tawm mus sab nraud los tham nrog lawv.
quiz-at-home-door-why = Kaw qhov rooj cia thiab tham hla qhov rooj. Nug seb lawv yog leej twg thiab lawv tuaj ua dabtsi. Txawm koj qhib qhov rooj los, qhov ntawd tsis yog koj pom zoo kom lawv nkag los, tiam sis kev tham hla qhov rooj uas kaw cia yog qhov nyab xeeb dua.

quiz-at-home-open = Cov tub ceev xwm xav kom koj qhib qhov rooj. Lawv yuav tsum qhia dabtsi rau koj ua ntej koj qhib?
quiz-at-home-open-a = Ib daim badge (daim npav tub ceev xwm) ntawm qhov rais.
quiz-at-home-open-b = Txhua daim ntawv uas sau lo lus "warrant".
quiz-at-home-open-c = Ib daim ntawv warrant uas ib tug kws txiav txim kos npe uas haum rau lub tsev no.
quiz-at-home-open-why = Tsis txhob qhib qhov rooj, tshwj tsis yog lawv qhia koj, hauv qab qhov rooj los yog ntawm qhov rais, ib daim ntawv warrant uas ib tug kws txiav txim kos npe uas haum rau lub tsev no. Qhov ntawd txhais tias ib daim ntawv warrant tshawb rau qhov chaw nyob no, los yog ib daim ntawv warrant ntes neeg rau ib tug neeg uas nyob ntawm no.

quiz-at-home-silent = Cov tub ceev xwm nug tias koj yug qhov twg. Koj puas yuav tsum teb?
quiz-at-home-silent-a = Tsis tas. Koj muaj cai nyob twj ywm.
quiz-at-home-silent-b = Yuav tsum. Koj yuav tsum teb txhua lo lus nug.
quiz-at-home-silent-c = Tsis tas, tiam sis koj yuav tsum qhia lawv koj xwm txheej nkag tebchaws (immigration status).
quiz-at-home-silent-why = Tsab Cai Lij Choj Ntxiv Thib Tsib (Fifth Amendment) pub koj tsis teb cov lus nug. Koj tsis tas qhia tias koj yug qhov twg, koj xwm txheej nkag tebchaws yog li cas, los yog koj tuaj rau lub tebchaws no li cas. Yog koj xaiv nyob twj ywm, hais nrov nrov kom lawv paub.

quiz-at-home-forced = Cov tub ceev xwm siv zog nkag los hauv koj lub tsev. Koj yuav ua li cas thiaj zoo?
quiz-at-home-forced-a = Thaiv lawv kom lawv nkag tsis tau.
quiz-at-home-forced-b = Tsis txhob sib ntaus. Hais tias koj tsis pom zoo kom lawv nkag los los yog tshawb.
quiz-at-home-forced-c = Teb lawv cov lus nug kom lawv tawm mus sai dua.
quiz-at-home-forced-why = Tsis txhob sib ntaus los yog thaiv lawv: kev sib ntaus rov qab yuav ua rau koj thiab koj tsev neeg muaj kev phom sij. Koj tseem siv tau koj cov lus hais tias koj tsis kam. Hais tias koj tsis pom zoo kom lawv nkag los los yog tshawb, nyob twj ywm thiab thov ib tug kws lij choj.

## Kuaj daim ntawv warrant

quiz-warrant-check-say-warrant = Cov tub ceev xwm hais hla qhov rooj tias lawv muaj daim ntawv warrant. Koj yuav ua li cas thiaj zoo?
quiz-warrant-check-say-warrant-a = Qhib qhov rooj, vim lawv hais li ntawd.
quiz-warrant-check-say-warrant-b = Tsis txhob qhib qhov rooj. Saib daim ntawv ua ntej.
quiz-warrant-check-say-warrant-c = Qhib qhov rooj yog lawv hais tias lawv yog tub ceev xwm hauv zos (police).
quiz-warrant-check-say-warrant-why = Tsis txhob qhib qhov rooj tsuas yog vim cov tub ceev xwm hais tias lawv muaj daim ntawv warrant. Qee zaum cov tub ceev xwm hais tias lawv muaj tiam sis lawv tsis muaj, los yog hais tias lawv yog tub ceev xwm hauv zos (police). Saib daim ntawv ua ntej.

quiz-warrant-check-judge = Koj yuav paub li cas tias ib daim ntawv yog daim ntawv warrant los ntawm ib tug kws txiav txim?
quiz-warrant-check-judge-a = Nws los ntawm tsev hais plaub, thiab ib tug kws txiav txim tau kos npe rau nws.
quiz-warrant-check-judge-b = Ib tug tub ceev xwm ICE tau kos npe rau nws.
quiz-warrant-check-judge-c = Tus tub ceev xwm hais rau koj tias daim ntawv yog daim warrant ntawm kws txiav txim.
quiz-warrant-check-judge-why = Saib seb leej twg kos npe rau daim ntawv. Daim ntawv warrant ntawm kws txiav txim yog los ntawm tsev hais plaub, xws li U.S. District Court los yog California Superior Court. Ib tug kws txiav txim kos npe rau nws.

quiz-warrant-check-ice-form = Daim ntawv yog ICE Form I-205. Nws puas yog daim ntawv warrant uas kws txiav txim kos npe?
quiz-warrant-check-ice-form-a = Yog. Txhua daim form warrant yog los ntawm kws txiav txim.
quiz-warrant-check-ice-form-b = Yog, yog tias ib tug tub ceev xwm ICE tau kos npe rau nws.
quiz-warrant-check-ice-form-c = Tsis yog. Ib tug tub ceev xwm ICE kos npe rau nws, tsis yog ib tug kws txiav txim.
quiz-warrant-check-ice-form-why = Cov form los ntawm ICE, xws li Form I-200 los yog Form I-205, yog ib tug tub ceev xwm ICE kos npe, tsis yog ib tug kws txiav txim. Cov neeg tiv thaiv cai (advocates) hais tias cov form no tsis pub cov tub ceev xwm nkag los hauv koj lub tsev yog koj tsis pom zoo, tiam sis txij xyoo 2025 los ICE hais tias nws cov tub ceev xwm muaj cai siv zog nkag los nrog Form I-205 los ntes ib tug neeg uas muaj daim ntawv txiav txim kawg kom xa tawm tebchaws (final order of removal), thiab tsev hais plaub tab tom mloog cov kev foob tawm tsam qhov ICE hais no. Yog cov tub ceev xwm siv zog nkag los, tsis txhob sib ntaus los yog thaiv lawv.

quiz-warrant-check-wrong-person = Ib tug kws txiav txim tau kos npe rau ib daim ntawv warrant ntes neeg, tiam sis daim ntawv tsis muaj npe ib tug neeg twg uas nyob hauv koj lub tsev. Koj puas yuav tsum qhib qhov rooj?
quiz-warrant-check-wrong-person-a = Yuav tsum. Txhua daim ntawv warrant uas kws txiav txim kos npe pub lawv nkag los.
quiz-warrant-check-wrong-person-b = Tsis tas. Koj tsis tas yuav qhib qhov rooj.
quiz-warrant-check-wrong-person-c = Yuav tsum, thaum lawv muab daim ntawv xa nkag hauv qab qhov rooj los lawm.
quiz-warrant-check-wrong-person-why = Daim ntawv warrant ntes neeg tsis pub cov tub ceev xwm nkag mus hauv lwm tus neeg lub tsev mus nrhiav tus neeg uas muaj npe hauv daim ntawv. Yog xav ua li ntawd, lawv yuav tsum muaj daim ntawv warrant tshawb. Yog daim ntawv warrant ntes neeg tsis muaj npe ib tug neeg twg uas nyob ntawm no, koj tsis tas yuav qhib qhov rooj.

## Raug nres sab nraum zoov

quiz-in-public-free-to-go = Thaum nyob ntawm txoj kev, koj nug ib tug tub ceev xwm seb koj puas mus tau. Nws teb tias mus tau. Koj ua tau dabtsi?
quiz-in-public-free-to-go-a = Koj yuav tsum nyob teb lawv cov lus nug.
quiz-in-public-free-to-go-b = Maj mam tawm mus.
quiz-in-public-free-to-go-c = Khiav sai sai mus.
quiz-in-public-free-to-go-why = Yog lawv teb tias mus tau, ces maj mam tawm mus. Yog lawv tsis tau tuav koj cia, koj tsis tas yuav nyob teb cov lus nug. Yog lawv teb tias mus tsis tau, ces nyob twj ywm thiab thov ib tug kws lij choj.

quiz-in-public-search = Ib tug tub ceev xwm ntawm txoj kev xav tshawb koj lub hnab. Koj ua tau dabtsi?
quiz-in-public-search-a = Hais tias: Kuv tsis pom zoo kom nej tshawb.
quiz-in-public-search-b = Tuav koj lub hnab kom ruaj thiab sib ntaus nrog lawv.
quiz-in-public-search-c = Ua tsis tau dabtsi li. Koj hais tsis tau tias tsis kam.
quiz-in-public-search-why = Koj muaj cai tsis kam kom lawv tshawb koj cov hnab ris los yog koj cov hnab. Cov tub ceev xwm tseem yuav kov tau sab nraud ntawm koj cov khaub ncaws los saib seb puas muaj riam phom. Yog lawv tseem tshawb, tsis txhob sib ntaus nrog lawv.

quiz-in-public-green-card = Koj muaj ib daim green card uas siv tau. Thaum koj tawm mus sab nraud, koj yuav ua li cas thiaj zoo?
quiz-in-public-green-card-a = Tso nws cia hauv tsev kom nws nyab xeeb.
quiz-in-public-green-card-b = Nqa nrog koj, tiam sis tsis txhob qhia rau cov tub ceev xwm nkag tebchaws uas thov saib.
quiz-in-public-green-card-c = Nqa nrog koj, thiab qhia yog ib tug tub ceev xwm nkag tebchaws thov saib.
quiz-in-public-green-card-why = Txoj cai federal hais tias cov neeg laus uas tau txais cov ntaub ntawv no yuav tsum nqa nrog lawv thiab qhia rau cov tub ceev xwm nkag tebchaws uas thov saib. Kev tsis nqa yog ib qho kev txhaum me federal (federal misdemeanor).

quiz-in-public-coffee = Cov tub ceev xwm hais kom koj mus rau lawv lub chaw haujlwm los yog "mus haus kas fes ua ke". Koj yuav ua li cas thiaj zoo?
quiz-in-public-coffee-a = Mus, kom lawv pom tias koj tsis muaj dabtsi zais.
quiz-in-public-coffee-b = Tsis txhob mus. Qhov no yuav yog ib qho kev dag ntxias.
quiz-in-public-coffee-c = Mus, yog lawv zoo li siab zoo.
quiz-in-public-coffee-why = Tsis txhob nrog cov tub ceev xwm mus rau ib lub chaw haujlwm los yog pom zoo "mus haus kas fes ua ke". Qhov no yuav yog ib qho kev dag ntxias.

## Raug nres thaum nyob hauv tsheb

quiz-traffic-stop-pull-over = Tub ceev xwm qhia kom koj tsav mus nres tsheb. Koj yuav ua li cas thiaj zoo?
quiz-traffic-stop-pull-over-a = Cia lub cav tsheb khiav kom koj npaj txhij mus.
quiz-traffic-stop-pull-over-b = Nres rau ib qho chaw nyab xeeb, tua lub cav tsheb, thiab muab koj ob txhais tes tuav lub log tsheb.
quiz-traffic-stop-pull-over-c = Cev tes mus hauv qab lub rooj zaum nrhiav koj cov ntaub ntawv tam sim ntawd.
quiz-traffic-stop-pull-over-why = Tsav mus nres rau ib qho chaw nyab xeeb, tua lub cav tsheb, qhib lub teeb hauv tsheb, thiab muab koj ob txhais tes tuav lub log tsheb, qhov chaw uas tus tub ceev xwm pom tau. Qhov no qhia rau tus tub ceev xwm tias koj tsis yog ib qho kev phom sij, thiab nws pab kom txhua tus nyab xeeb dua.

quiz-traffic-stop-who-silent = Tub ceev xwm nres koj lub tsheb. Leej twg muaj cai nyob twj ywm?
quiz-traffic-stop-who-silent-a = Tus tsav tsheb xwb.
quiz-traffic-stop-who-silent-b = Cov neeg caij tsheb xwb.
quiz-traffic-stop-who-silent-c = Tus tsav tsheb thiab txhua tus neeg caij tsheb.
quiz-traffic-stop-who-silent-why = Tus tsav tsheb thiab cov neeg caij tsheb, txhua tus nyob twj ywm tau. Yog koj xaiv nyob twj ywm, hais nrov nrov kom lawv paub. Cov lus koj hais yuav raug muab siv tawm tsam koj hauv tsev hais plaub.

quiz-traffic-stop-car-search = Ib tug tub ceev xwm thov tshawb koj lub tsheb. Koj hais tau li cas?
quiz-traffic-stop-car-search-a = Kuv tsis pom zoo kom nej tshawb kuv lub tsheb.
quiz-traffic-stop-car-search-b = Tshawb xwb, kuv tsis muaj dabtsi zais.
quiz-traffic-stop-car-search-c = Nej tshawb tau yog nej tso kuv mus tom qab.
quiz-traffic-stop-car-search-why = Tsis txhob pom zoo kom lawv tshawb lub tsheb. Tub ceev xwm tseem tshawb tau txawm koj tsis pom zoo, yog lawv ntseeg tias muaj pov thawj ntawm kev ua txhaum cai. Yog lawv tseem tshawb, tsis txhob sib ntaus nrog lawv: kev sib ntaus rov qab yuav ua rau koj muaj kev phom sij.

quiz-traffic-stop-passenger = Koj yog ib tug neeg caij tsheb. Koj nug seb koj puas mus tau, thiab tus tub ceev xwm teb tias mus tau. Koj ua tau dabtsi?
quiz-traffic-stop-passenger-a = Koj yuav tsum nyob teb cov lus nug.
quiz-traffic-stop-passenger-b = Maj mam tawm mus.
quiz-traffic-stop-passenger-c = Khiav tawm ntawm lub tsheb.
quiz-traffic-stop-passenger-why = Yog koj yog ib tug neeg caij tsheb, nug seb koj puas mus tau. Yog lawv teb tias mus tau, ces maj mam tawm mus. Yog lawv tsis tau tuav koj cia, koj tsis tas yuav nyob teb cov lus nug.

## Tub ceev xwm tuaj ntawm koj qhov chaw ua haujlwm

quiz-at-work-areas = Ntawm koj qhov chaw ua haujlwm, ICE taug kev nkag tau rau qhov twg yam tsis tas nug?
quiz-at-work-areas-a = Tej qhov chaw pej xeem, xws li chav tos (lobby) los yog chaw nres tsheb.
quiz-at-work-areas-b = Chav ua mov (kitchen) los yog chav ua haujlwm (office).
quiz-at-work-areas-c = Txhua chav, txawm yog cov chav rau neeg ua haujlwm xwb.
quiz-at-work-areas-why = ICE taug kev nkag tau rau tej qhov chaw pej xeem ntawm ib lub lag luam, xws li chav noj mov, chav tos (lobby) los yog chaw nres tsheb, yam tsis tas nug. Yog xav nkag mus rau tej qhov chaw uas tsis yog chaw pej xeem, xws li chav ua mov (kitchen), chav ua haujlwm (office) los yog cov chav rau neeg ua haujlwm xwb, lawv yuav tsum tau tus tswv haujlwm pom zoo los yog muaj daim ntawv warrant uas ib tug kws txiav txim kos npe. Tsuas yog vim lawv nyob hauv ib qho chaw pej xeem xwb, tsis tau txhais hais tias cov tub ceev xwm tuav, nug los yog ntes tau leej twg.

quiz-at-work-free-to-leave = Ntawm qhov chaw ua haujlwm, koj nug ib tug tub ceev xwm seb koj puas rov mus ua haujlwm tau. Nws teb tias tau. Koj ua tau dabtsi?
quiz-at-work-free-to-leave-a = Koj yuav tsum nyob teb cov lus nug ua ntej.
quiz-at-work-free-to-leave-b = Khiav tawm ntawm qhov rooj tom qab.
quiz-at-work-free-to-leave-c = Hais tias koj tsis xav tham, ces maj mam rov mus ua haujlwm.
quiz-at-work-free-to-leave-why = Yog lawv teb tias tau, hais tias koj tsis xav tham. Ces rov mus ua koj txoj haujlwm los yog maj mam tawm mus. Yog lawv tsis tau tuav koj cia, koj tsis tas yuav nyob teb cov lus nug.

quiz-at-work-groups = Cov tub ceev xwm hais kom cov neeg ua haujlwm sib cais ua pawg raws li xwm txheej nkag tebchaws (immigration status). Koj ua tau dabtsi?
quiz-at-work-groups-a = Koj yuav tsum txav mus rau hauv pawg uas yog koj xwm txheej.
quiz-at-work-groups-b = Nyob qhov chaw koj nyob.
quiz-at-work-groups-c = Txav mus rau hauv ib pawg, vim qhov ntawd tsis qhia lawv dabtsi li.
quiz-at-work-groups-why = Koj nyob tau qhov chaw koj nyob. Kev txav mus rau hauv ib pawg ntawd yog ib txoj kev qhia lawv txog koj xwm txheej, thiab koj tsis tas yuav qhia lawv koj xwm txheej nkag tebchaws.

quiz-at-work-search = Cov tub ceev xwm ntawm koj qhov chaw ua haujlwm xav tshawb. Koj hais tau li cas?
quiz-at-work-search-a = Kuv tsis pom zoo kom nej tshawb.
quiz-at-work-search-b = Tshawb xwb, kuv tsis muaj dabtsi zais.
quiz-at-work-search-c = Nej tshawb tau yog nej tsis nug kuv cov lus nug.
quiz-at-work-search-why = Tsis txhob pom zoo kom lawv tshawb. Koj hais nrov nrov tau li no: Kuv tsis pom zoo kom nej tshawb.

## Raug tub ceev xwm hauv zos ntes

quiz-arrested-used-against = Tom qab raug ntes, cov lus koj hais yuav raug muab siv tawm tsam koj qhov twg?
quiz-arrested-used-against-a = Tsuas yog hauv tsev hais plaub txog kev ua txhaum cai (criminal court) xwb
quiz-arrested-used-against-b = Tsis muaj qhov twg, vim lawv yog tub ceev xwm hauv zos
quiz-arrested-used-against-c = Hauv tsev hais plaub txog kev ua txhaum cai thiab hauv tsev hais plaub nkag tebchaws
quiz-arrested-used-against-why = Cov lus koj hais yuav raug muab siv tawm tsam koj hauv tsev hais plaub txog kev ua txhaum cai (criminal court) thiab hauv tsev hais plaub nkag tebchaws (immigration court). Yog li ntawd, thov ib tug kws lij choj, thiab tsis txhob txiav txim siab dabtsi kom txog thaum koj tau tham nrog ib tug kws lij choj.

quiz-arrested-caregiver = Koj raug ntes, thiab koj yog tus neeg saib xyuas tseem ceeb (main caregiver) ntawm ib tug menyuam. Koj ua tau dabtsi?
quiz-arrested-caregiver-a = Qhia rau tus tub ceev xwm txog koj tus menyuam
quiz-arrested-caregiver-b = Zais tsis qhia rau tus tub ceev xwm
quiz-arrested-caregiver-c = Tos kom txog thaum lawv tso koj mus mam hais
quiz-arrested-caregiver-why = Koj qhia tau rau tus tub ceev xwm tias koj yog niam txiv los yog tus neeg saib xyuas tseem ceeb ntawm ib tug menyuam, thiab qhia txog tej kev xav tau kho mob uas koj muaj. Nws yuav pab kom muaj neeg saib xyuas koj tus menyuam thiab kom lawv paub koj cov kev xav tau kho mob.

quiz-arrested-wrong-arrest = Koj xav tias tub ceev xwm ntes koj yuam kev. Koj yuav ua li cas thiaj zoo?
quiz-arrested-wrong-arrest-a = Khiav yog koj muaj sijhawm
quiz-arrested-wrong-arrest-b = Tsis txhob khiav los yog sib ntaus, txawm yog koj xav tias lawv ua tsis yog los xij
quiz-arrested-wrong-arrest-c = Sib ntaus rov qab kom lawv tso koj mus
quiz-arrested-wrong-arrest-why = Tsis txhob khiav los yog sib ntaus nrog tub ceev xwm, txawm yog koj xav tias lawv ntes koj tsis yog los xij.

quiz-arrested-calls = Hauv California, tom qab koj raug ntes, koj hu xov tooj tau pes tsawg zaug?
quiz-arrested-calls-a = Tsawg kawg 3 zaug uas hu tau txog
quiz-arrested-calls-b = Tsuas yog 1 zaug xwb
quiz-arrested-calls-c = Hu tsis tau li kom txog thaum koj pom ib tug kws txiav txim
quiz-arrested-calls-why = California Penal Code section 851.5 muab tsawg kawg 3 zaug hu uas hu tau txog rau koj. Koj tau hu tam sim tom qab kev sau npe rau hauv tsev loj cuj (booking), thiab tsis pub dhau 3 teev tom qab koj raug ntes, tshwj tsis yog qhov ntawd ua tsis tau tiag tiag (physically impossible).

## Raug kaw hauv tsev loj cuj hauv zos

quiz-in-jail-silent = Thaum koj raug kaw cia, muaj neeg nug tias koj yug qhov twg. Koj puas yuav tsum teb?
quiz-in-jail-silent-a = Yuav tsum, vim koj nyob hauv tsev loj cuj
quiz-in-jail-silent-b = Tsis tas. Koj muaj cai nyob twj ywm, thiab hais nrov nrov tias koj xaiv nyob twj ywm
quiz-in-jail-silent-c = Yuav tsum, yog ib tug tub ceev xwm nug koj
quiz-in-jail-silent-why = Tsab Cai Lij Choj Ntxiv Thib Tsib (Fifth Amendment) pub koj tsis teb cov lus nug. Koj tsis tas qhia tias koj yug qhov twg. Yog koj xaiv nyob twj ywm, hais nrov nrov kom lawv paub.

quiz-in-jail-sign = Hauv tsev loj cuj, lawv muab daim ntawv "voluntary departure" (yeem tawm tebchaws mus) rau koj. Koj yuav ua li cas thiaj zoo?
quiz-in-jail-sign-a = Kos npe kom tau tawm sai dua
quiz-in-jail-sign-b = Kos npe yog ib tug tub ceev xwm hais kom koj kos
quiz-in-jail-sign-c = Tsis txhob kos npe kom txog thaum koj tau tham nrog ib tug kws lij choj
quiz-in-jail-sign-why = Tsis txhob kos npe rau ib yam dabtsi, tshwj xeeb yog daim ntawv "voluntary departure" (yeem tawm tebchaws mus), yog koj tseem tsis tau tham nrog ib tug kws lij choj.

quiz-in-jail-citizen = Koj tsis yog pej xeem Asmeskas (U.S. citizen). Ib tug tub ceev xwm nug seb koj puas yog. Qhov twg yog qhov raug?
quiz-in-jail-citizen-a = Tsis txhob hais tias koj yog pej xeem Asmeskas
quiz-in-jail-citizen-b = Hais tias koj yog pej xeem, kom nyab xeeb
quiz-in-jail-citizen-c = Muab ntawv cuav qhia yog koj muaj
quiz-in-jail-citizen-why = Tsis txhob dag. Tsis txhob hais tias koj yog pej xeem Asmeskas yog koj tsis yog, thiab tsis txhob muab ntawv cuav qhia.

quiz-in-jail-interview = Hauv ib lub tsev loj cuj ntawm lub nroog los yog county hauv California, ICE xav xam phaj (interview) koj. Koj ua tau dabtsi?
quiz-in-jail-interview-a = Tham nrog ICE, vim koj nyob hauv tsev loj cuj
quiz-in-jail-interview-b = Tsis kam, los yog tham tsuas yog thaum koj tus kws lij choj nyob ntawd xwb
quiz-in-jail-interview-c = Ua tsis tau dabtsi, lub tsev loj cuj txiav txim siab rau koj
quiz-in-jail-interview-why = Kev xam phaj yog koj yeem siab xwb. Koj tsis kam tau, los yog koj hais tau tias koj yuav tham tsuas yog thaum koj tus kws lij choj nyob ntawd xwb. Cov lus koj hais rau ICE yuav raug muab siv tawm tsam koj hauv tsev hais plaub nkag tebchaws.

## Raug ICE kaw

quiz-ice-detention-free-help = ICE tab tom kaw koj thiab koj tsis muaj kws lij choj. Koj thov tau dabtsi ntawm cov tub ceev xwm?
quiz-ice-detention-free-help-a = Tsis muaj dabtsi, koj yuav tsum nrhiav kws lij choj koj ib leeg
quiz-ice-detention-free-help-b = Tsis muaj dabtsi kom txog hnub koj mus tsev hais plaub
quiz-ice-detention-free-help-c = Daim ntawv teev cov kev pab cai lij choj pub dawb (pro bono)
quiz-ice-detention-free-help-why = Yog koj tsis muaj kws lij choj, thov cov tub ceev xwm muab daim ntawv teev cov kev pab cai lij choj pub dawb. Hauv cov rooj plaub nkag tebchaws, feem ntau tsoomfwv tsis them nqi kws lij choj rau koj. Cov pab pawg nyob hauv daim ntawv teev pab txog cai lij choj pub dawb.

quiz-ice-detention-phone = Thaum siv xov tooj hauv chaw kaw neeg, koj tsis txhob tham txog dabtsi?
quiz-ice-detention-phone-a = Koj xwm txheej nkag tebchaws los yog koj yug qhov twg
quiz-ice-detention-phone-b = Tsis muaj dabtsi, vim cov kev hu no yog ntiag tug
quiz-ice-detention-phone-c = Tsis muaj dabtsi, yog koj hais koj hom lus
quiz-ice-detention-phone-why = Tej zaum kev hu xov tooj hauv chaw kaw neeg yuav raug mloog. Yog li ntawd, thaum siv cov xov tooj no, tsis txhob tham txog koj xwm txheej nkag tebchaws los yog koj yug qhov twg.

quiz-ice-detention-locator = Koj tsev neeg xav tau dabtsi thiaj nrhiav tau koj nrog ICE lub Online Detainee Locator?
quiz-ice-detention-locator-a = Tsuas yog koj lub npe (first name) xwb
quiz-ice-detention-locator-b = Koj tus A-number (tus lej A) los yog koj lub npe raws nraim, thiab lub tebchaws uas koj yug
quiz-ice-detention-locator-c = Tsuas yog lub tebchaws uas koj yug xwb
quiz-ice-detention-locator-why = Lawv yuav tsum muaj koj tus A-number thiab lub tebchaws uas koj yug, los yog koj lub npe thiab lub tebchaws uas koj yug. Lub npe yuav tsum raws nraim li ICE cov ntaub ntawv. Lub locator nrhiav tau cov neeg uas muaj hnub nyoog 18 xyoo los yog laus dua.

quiz-ice-detention-departure = ICE muab kev yeem tawm tebchaws mus (voluntary departure) rau koj. Koj yuav ua dabtsi ua ntej thiaj zoo?
quiz-ice-detention-departure-a = Pom zoo tam sim ntawd kom nws tas
quiz-ice-detention-departure-b = Cia tus tub ceev xwm txiav txim siab rau koj
quiz-ice-detention-departure-c = Tham nrog ib tug kws lij choj ua ntej koj pom zoo
quiz-ice-detention-departure-why = Tsis txhob pom zoo rau kev yeem tawm tebchaws mus (voluntary departure), los yog txiav txim siab lwm yam txog koj rooj plaub, ua ntej koj tau tham nrog ib tug kws lij choj.

## Mus tsev hais plaub

quiz-in-court-case-line = Qhov twg yog qhov tseeb txog tsev hais plaub nkag tebchaws tus xov tooj uas tshuab teb (automated) txog rooj plaub?
quiz-in-court-case-line-a = Cov neeg tiv thaiv cai (advocates) uas nyob ntawm koj sab yog tus tswj nws
quiz-in-court-case-line-b = Nws yuav tsum tau tus A-number, thiab tsoomfwv yog tus tswj nws
quiz-in-court-case-line-c = Koj siv tau nws yam tsis muaj tus A-number
quiz-in-court-case-line-why = Yuav tau cov ntaub ntawv txog ib rooj plaub, npaj tus neeg ntawd tus A-number (tus lej A) cia. Tus xov tooj uas tshuab teb yuav tsum tau tus A-number. Tsoomfwv yog tus tswj tus xov tooj ntawd, tsis yog cov neeg tiv thaiv cai (advocates).

quiz-in-court-lawyer = Koj muaj ib rooj plaub hauv tsev hais plaub nkag tebchaws. Koj ua tau dabtsi txog kws lij choj?
quiz-in-court-lawyer-a = Thov tham nrog ib tug kws lij choj, thiab npaj siab nrhiav ib tug koj tus kheej
quiz-in-court-lawyer-b = Tos, vim tsev hais plaub yuav xa ib tug kws lij choj pub dawb rau koj
quiz-in-court-lawyer-c = Mus yam tsis muaj kws lij choj, vim koj tsis pub thov kws lij choj
quiz-in-court-lawyer-why = Koj thov tau tham nrog ib tug kws lij choj. Hauv cov rooj plaub nkag tebchaws, feem ntau tsoomfwv tsis them nqi kws lij choj rau koj, yog li tej zaum koj yuav tsum nrhiav ib tug koj tus kheej.

quiz-in-court-free-help = Koj nrhiav tau kev pab cai lij choj pub dawb rau ib rooj plaub nkag tebchaws qhov twg?
quiz-in-court-free-help-a = Tsis muaj qhov twg, vim kev pab cai lij choj yuav tsum them nyiaj
quiz-in-court-free-help-b = Tsuas yog tom qab koj rooj plaub tas lawm xwb
quiz-in-court-free-help-c = Cov ntawv teev npe online, thiab tsev hais plaub daim ntawv teev cov neeg muab kev pab cai lij choj pub dawb
quiz-in-court-free-help-why = Koj nrhiav tau online hauv ob daim ntawv teev npe thoob tebchaws txog kev pab cai lij choj pub dawb thiab tus nqi qis. Tsev hais plaub nkag tebchaws kuj muaj ib daim ntawv teev cov neeg muab kev pab cai lij choj pub dawb (pro bono). Yog koj raug kaw thiab tsis muaj kws lij choj, thov cov tub ceev xwm muab daim ntawv teev ntawd.

quiz-in-court-state-case = Koj muaj ib rooj plaub txhaum cai (criminal case) hauv tsev hais plaub ntawm lub xeev California. Nws puas cuam tshuam tau rau kev nkag tebchaws?
quiz-in-court-state-case-a = Tsis cuam tshuam, tsev hais plaub ntawm lub xeev tsis muaj feem dabtsi nrog kev nkag tebchaws
quiz-in-court-state-case-b = Cuam tshuam tau, tej qhov txiaj ntsig yuav ua rau koj xwm txheej raug teeb meem, yog li nug ib tug kws lij choj nkag tebchaws
quiz-in-court-state-case-c = Tsuas yog thaum koj hais txog kev nkag tebchaws hauv tsev hais plaub xwb
quiz-in-court-state-case-why = Tsis txhob xav tias ib rooj plaub hauv tsev hais plaub ntawm lub xeev tsis cuam tshuam dabtsi rau kev nkag tebchaws. Tej qhov txiaj ntsig txhaum cai yuav ua rau koj xwm txheej raug teeb meem. Nug ib tug kws lij choj nkag tebchaws.

## Ntawm tsev kawm ntawv los yog tsev kho mob

quiz-school-hospital-records = Cov tub ceev xwm thov ib lub tsev kawm ntawv hauv California muab cov ntaub ntawv txog cov tub ntxhais kawm ntawv. Cov tub ceev xwm yuav tsum muaj dabtsi ua ntej?
quiz-school-hospital-records-a = Ib daim ntawv warrant los ntawm ib tug kws txiav txim
quiz-school-hospital-records-b = Ib daim ntawv uas ib tug tub ceev xwm ICE kos npe
quiz-school-hospital-records-c = Tsis tas muaj dabtsi, lawv tsuas yuav tsum nug xwb
quiz-school-hospital-records-why = Raws li AB 49, ib lub tsev kawm ntawv tsis pub muab cov ntaub ntawv txog cov tub ntxhais kawm ntawv, tsev neeg los yog cov neeg ua haujlwm rau cov tub ceev xwm, tshwj tsis yog cov tub ceev xwm muaj ib daim ntawv warrant los ntawm ib tug kws txiav txim. Ib daim ntawv uas ib tug tub ceev xwm ICE kos npe, tsis yog kws txiav txim kos npe, tsis yog daim ntawv warrant uas kws txiav txim kos npe.

quiz-school-hospital-clinic-areas = Raws li SB 81 ntawm California, cov chaw kho mob (clinic) thiab tsev kho mob yuav tsum ua dabtsi?
quiz-school-hospital-clinic-areas-a = Cia cov tub ceev xwm nkag mus rau txhua qhov chaw uas lawv thov
quiz-school-hospital-clinic-areas-b = Tsuas yog tsis pub cov tub ceev xwm nkag mus rau chav tos xwb
quiz-school-hospital-clinic-areas-c = Tsis pub cov tub ceev xwm nkag mus rau cov chaw uas tsis qhib rau pej xeem yog tsis muaj daim ntawv warrant uas kws txiav txim kos npe los yog daim ntawv txiav txim ntawm tsev hais plaub (court order)
quiz-school-hospital-clinic-areas-why = Cov chaw kho mob (clinic) thiab tsev kho mob yuav tsum xaiv seb lawv qhov chaw twg tsis qhib rau pej xeem. Lawv yuav tsum tsis pub cov tub ceev xwm nkag tebchaws nkag mus rau cov chaw ntawd, tshwj tsis yog cov tub ceev xwm muaj ib daim ntawv warrant los ntawm ib tug kws txiav txim los yog ib daim ntawv txiav txim ntawm tsev hais plaub (court order).

quiz-school-hospital-emergency = Koj xav tau kev kho mob xwm txheej ceev (emergency) hauv California, tiam sis koj ntshai vim koj xwm txheej nkag tebchaws. Koj yuav ua li cas thiaj zoo?
quiz-school-hospital-emergency-a = Nyob hauv tsev kom txog thaum koj muaj ntaub ntawv
quiz-school-hospital-emergency-b = Mus kho mob xwm txheej ceev uas koj xav tau
quiz-school-hospital-emergency-c = Tseg tsis mus, vim kev kho mob nyob ntawm koj xwm txheej
quiz-school-hospital-emergency-why = Mus kho mob xwm txheej ceev thaum koj xav tau. Tus Kws Lij Choj Loj ntawm California (California Attorney General) hais tias koj tau txais kev kho mob xwm txheej ceev txawm koj xwm txheej nkag tebchaws yog li cas los xij.

quiz-school-hospital-with-warrant = Cov cai California no puas tiv thaiv tsis pub txhua tus tub ceev xwm nkag los rau tsev kawm ntawv thiab tsev kho mob?
quiz-school-hospital-with-warrant-a = Tsis yog, cov tub ceev xwm uas muaj daim ntawv warrant uas kws txiav txim kos npe los yog daim ntawv txiav txim ntawm tsev hais plaub tseem nkag tau los
quiz-school-hospital-with-warrant-b = Yog, cov tub ceev xwm nkag tsis tau li
quiz-school-hospital-with-warrant-c = Yog, tshwj tsis yog cov tub ceev xwm hnav khaub ncaws tub ceev xwm (uniform)
quiz-school-hospital-with-warrant-why = Tsis txhob cia siab rau cov cai no xwb los tiv thaiv kom cov tub ceev xwm tsis tuaj. Cov tub ceev xwm uas muaj daim ntawv warrant uas ib tug kws txiav txim kos npe, los yog daim ntawv txiav txim ntawm tsev hais plaub, tseem nkag tau los.

## Ze ciam teb

quiz-border-zone-checkpoint = Ntawm ib qho chaw kuaj (checkpoint) ntawm Border Patrol, cov tub ceev xwm nug koj cov lus nug. Koj ua tau dabtsi?
quiz-border-zone-checkpoint-a = Koj yuav tsum teb, vim koj nyob ze ciam teb
quiz-border-zone-checkpoint-b = Ua siab tus, cia koj ob txhais tes nyob qhov chaw lawv pom tau, thiab koj muaj cai nyob twj ywm
quiz-border-zone-checkpoint-c = Zais koj ob txhais tes thiab sib cav nrog cov tub ceev xwm
quiz-border-zone-checkpoint-why = Tsab Cai Lij Choj (Constitution) tseem siv nyob ntawm cov chaw kuaj ntawm Border Patrol (tub ceev xwm saib ciam teb), suav nrog koj txoj cai tsis teb cov lus nug. Ua siab tus thiab cia koj ob txhais tes nyob qhov chaw uas cov tub ceev xwm pom tau. Yog koj xaiv nyob twj ywm, hais nrov nrov kom lawv paub.

quiz-border-zone-car-search = Cov tub ceev xwm Border Patrol xav tshawb koj lub tsheb. Koj yuav ua li cas thiaj zoo?
quiz-border-zone-car-search-a = Hais tias "Kuv tsis pom zoo kom nej tshawb kuv lub tsheb," thiab tsis txhob sib ntaus yog lawv tseem tshawb
quiz-border-zone-car-search-b = Pom zoo cia lawv tshawb, vim koj tsis muaj cai dabtsi thaum nyob ze ciam teb
quiz-border-zone-car-search-c = Thaiv lub qhov rooj tsheb kom lawv tshawb tsis tau
quiz-border-zone-car-search-why = Tsis txhob pom zoo kom lawv tshawb koj lub tsheb. Hauv thaj chaw 100 mais, Border Patrol yuav tsum muaj daim ntawv warrant los yog probable cause (muaj pov thawj txaus raws li txoj cai) thiaj tshawb tau ib lub tsheb. Yog lawv tseem tshawb, tsis txhob sib ntaus nrog lawv.

quiz-border-zone-port-search = Koj nkag los rau hauv lub tebchaws ntawm ib lub tshav dav hlau. Cov tub ceev xwm puas tshawb tau koj cov hnab yam tsis muaj daim ntawv warrant?
quiz-border-zone-port-search-a = Tsis tau, lawv yuav tsum muaj daim ntawv warrant ua ntej
quiz-border-zone-port-search-b = Tsuas yog thaum koj tsis yog pej xeem Asmeskas (U.S. citizen) xwb
quiz-border-zone-port-search-c = Tau, kev tshawb ib txwm nyob ntawd tsis tas muaj daim ntawv warrant los yog laj thawj
quiz-border-zone-port-search-why = Tshav dav hlau, chaw hla ciam teb ntawm av thiab chaw nres nkoj yog ports of entry (chaw nkag tebchaws). Nyob ntawd, cov tub ceev xwm tsis tas muaj daim ntawv warrant los yog ib qho laj thawj rau kev tshawb ib txwm (routine searches), txawm yog rau pej xeem Asmeskas (U.S. citizens) thiab cov neeg muaj green card los xij. Cov cai ciam teb nyuaj heev: nug ib tug kws lij choj ua ntej koj mus ncig yog koj txhawj.

quiz-border-zone-phone-password = Ntawm ib qho port of entry (chaw nkag tebchaws), ib tug tub ceev xwm thov koj tus password xov tooj. Qhov twg yog qhov tseeb?
quiz-border-zone-phone-password-a = Koj yuav tsum muab, yog tsis muab koj ua txhaum cai
quiz-border-zone-phone-password-b = Koj tsis tas muab, tiam sis kev hais tias tsis kam tej zaum yuav tsis txwv tau kev tshawb
quiz-border-zone-phone-password-c = Yog koj tsis kam, lawv yuav tsum muab koj lub xov tooj rov qab tam sim ntawd
quiz-border-zone-phone-password-why = Koj tsis tas muab koj tus password, tiam sis kev hais tias tsis kam tej zaum yuav tsis txwv tau kev tshawb. Yog koj tsis qhib (unlock) ib yam khoom, tej zaum cov tub ceev xwm yuav khaws nws cia ntau lub lis piam. Ib tug neeg mus ncig uas tsis yog pej xeem Asmeskas los yog tsis muaj green card tej zaum yuav raug tsis pub nkag tebchaws.

## Thaij video cov tub ceev xwm

quiz-recording-right = Koj puas thaij video tau cov tub ceev xwm nkag tebchaws thaum lawv ua haujlwm nyob rau ib qho chaw pej xeem?
quiz-recording-right-a = Tsis tau, kev thaij video cov tub ceev xwm nyob rau chaw pej xeem yog txhaum cai
quiz-recording-right-b = Tau, thiab koj sawv tau ze npaum li koj xav
quiz-recording-right-c = Tau, ntawm qhov chaw uas koj raug cai nyob, nyob deb kom nyab xeeb
quiz-recording-right-why = Cov tsev hais plaub federal hais tias tib neeg muaj cai raws li First Amendment (Tsab Cai Lij Choj Ntxiv Thib Ib) los thaij video tub ceev xwm thaum lawv ua haujlwm nyob rau chaw pej xeem, thiab lub tswv yim zoo ib yam no kuj siv rau cov tub ceev xwm nkag tebchaws. Nyob qhov chaw uas koj raug cai nyob, nyob deb kom nyab xeeb, thiab tsis txhob thaiv lawv txoj kev.

quiz-recording-move-back = Thaum koj tab tom thaij video, ib tug tub ceev xwm hais kom koj thim rov qab. Koj yuav ua li cas thiaj zoo?
quiz-recording-move-back-a = Thim rov qab thiab thaij video ntxiv ntawm qhov deb dua
quiz-recording-move-back-b = Nyob qhov chaw koj nyob, vim koj muaj cai thaij video
quiz-recording-move-back-c = Mus ze dua kom lawv pom tias koj tab tom thaij video
quiz-recording-move-back-why = Cov tub ceev xwm muaj cai raws li txoj cai hais kom koj thim rov qab vim kev nyab xeeb. Yog koj tsis kam, tej zaum koj yuav raug ntes. Koj tseem thaij video tau ntxiv ntawm qhov deb dua.

quiz-recording-phone = Ib tug tub ceev xwm thov saib koj lub xov tooj thiab hais kom koj rho koj cov video tawm. Koj ua tau dabtsi?
quiz-recording-phone-a = Koj yuav tsum qhib (unlock) nws thiab rho cov video tawm
quiz-recording-phone-b = Koj hais tau tias tsis kam: koj tsis tas qhib (unlock) nws los yog rho koj cov video tawm
quiz-recording-phone-c = Sib ntaus kom tau koj lub xov tooj yog lawv muab mus
quiz-recording-phone-why = Peb qhov chaw, ib daim ntawv sau luv txog cov lus qhia ntawm Electronic Frontier Foundation, hais tias yog tsis muaj daim ntawv warrant, cov tub ceev xwm tsis tsim nyog tshawb koj lub xov tooj, yuam koj rho video, los yog yuam koj qhib nws. Yog cov tub ceev xwm tseem muab koj lub xov tooj mus, tsis txhob sib ntaus nrog lawv. Qhov no yuav tsum muaj ib tug kws lij choj kuaj rau koj rooj plaub.

quiz-recording-camera = Koj yuav taw koj lub koob yees duab rau qhov twg thiaj zoo?
quiz-recording-camera-a = Rau cov tub ceev xwm
quiz-recording-camera-b = Rau tus neeg uas cov tub ceev xwm tab tom tuav
quiz-recording-camera-c = Qhov twg los tau. Tsis muaj teeb meem dabtsi.
quiz-recording-camera-why = Taw koj lub koob yees duab rau cov tub ceev xwm, tsis yog rau tus neeg uas lawv tab tom tuav. Qhov no tiv thaiv txoj kev ntiag tug ntawm tus neeg uas raug tuav cia.

## Npaj ib txoj phiaj xwm rau tsev neeg

quiz-family-plan-numbers = Koj yuav khaws cov xov tooj ntawm ib tug neeg koj ntseeg siab thiab ntawm ib tug kws lij choj li cas thiaj zoo?
quiz-family-plan-numbers-a = Tsuas yog hauv koj lub xov tooj xwb
quiz-family-plan-numbers-b = Cim kom tau cov xov tooj ntawd
quiz-family-plan-numbers-c = Koj tsis xav tau cov xov tooj ntawd
quiz-family-plan-numbers-why = Cim kom tau cov xov tooj no. Yog koj raug kaw, tej zaum koj yuav tsis muaj koj lub xov tooj.

quiz-family-plan-a-number = Yog koj muaj ib tus A-number (tus lej A), koj yuav ua li cas nrog nws thiaj zoo?
quiz-family-plan-a-number-a = Zais tsis qhia rau koj tsev neeg
quiz-family-plan-a-number-b = Tsis tas ua dabtsi, koj tsev neeg yuav tsis xav tau nws
quiz-family-plan-a-number-c = Cim kom paub, thiab sau cia rau qhov chaw uas koj tsev neeg nrhiav tau
quiz-family-plan-a-number-why = Yog koj yog ib tug neeg laus thiab koj raug kaw, koj tsev neeg nrhiav tau koj nyob hauv ICE lub online detainee locator nrog koj tus A-number thiab lub tebchaws uas koj yug. Tsev hais plaub nkag tebchaws tus xov tooj txog rooj plaub kuj nug tus A-number.

quiz-family-plan-pickup = Muaj ib hnub tej zaum koj yuav mus tos tsis tau koj cov menyuam. Tam sim no koj yuav ua li cas thiaj zoo?
quiz-family-plan-pickup-a = Tsis tas ua dabtsi. Yuav muaj ib tug neeg paub yuav ua li cas.
quiz-family-plan-pickup-b = Txiav txim siab seb leej twg yuav mus tos tau lawv, thiab sau cia.
quiz-family-plan-pickup-c = Tos kom txog thaum nws tshwm sim, ces mam txiav txim siab.
quiz-family-plan-pickup-why = Txiav txim siab seb leej twg yuav mus tos tau koj cov menyuam yog koj mus tsis tau, thiab sau cia. Li ntawd, cov neeg koj ntseeg siab yuav paub yuav ua li cas yog koj tsis rov los tsev.

quiz-family-plan-when = Koj yuav npaj ib txoj phiaj xwm rau tsev neeg thaum twg thiaj zoo?
quiz-family-plan-when-a = Thaum cov tub ceev xwm tuaj txog ntawm koj qhov rooj
quiz-family-plan-when-b = Thaum koj pom cov tub ceev xwm nyob hauv koj cheeb tsam
quiz-family-plan-when-c = Tam sim no, ua ntej muaj dabtsi tshwm sim
quiz-family-plan-when-why = Tsis txhob tos kom txog thaum cov tub ceev xwm tuaj mam npaj ib txoj phiaj xwm. Npaj koj tsev neeg ua ntej muaj dabtsi tshwm sim.

quiz-family-plan-ct-guardian = Hauv Connecticut, koj xaiv tau ib tug standby guardian (neeg saib xyuas koj cov menyuam thaum tsis muaj koj) li cas?
quiz-family-plan-ct-guardian-a = Tsuas yog los ntawm ib tug kws lij choj thiab tsev hais plaub xwb
quiz-family-plan-ct-guardian-b = Nrog lub xeev lub Family Preparedness Plan toolkit, tsis tas them nqi
quiz-family-plan-ct-guardian-c = Los ntawm kev them nqi rau lub xeev
quiz-family-plan-ct-guardian-why = Connecticut tau ua ib lub Family Preparedness Plan toolkit (cov cuab yeej npaj rau tsev neeg) rau cov niam txiv, los xaiv ib tug standby guardian yog tias koj raug kaw los yog raug xa tawm tebchaws. Koj xaiv tau ib tug standby guardian yam tsis tas muaj kws lij choj, tsis tas mus tsev hais plaub thiab tsis tas them nqi.

## Kev dag ntxias txog nkag tebchaws

quiz-scams-who-advises = Leej twg thiaj raug tso cai muab kev qhia tswv yim cai lij choj txog nkag tebchaws rau koj?
quiz-scams-who-advises-a = Ib tug kws lij choj uas muaj ntawv tso cai (licensed), los yog ib tug neeg sawv cev uas U.S. Department of Justice tau lees paub (accredited representative)
quiz-scams-who-advises-b = Txhua tus notario
quiz-scams-who-advises-c = Txhua tus neeg uas sau ntawv (forms) nkag tebchaws
quiz-scams-who-advises-why = Tsuas yog ib tug kws lij choj uas muaj ntawv tso cai los yog ib tug neeg sawv cev uas U.S. Department of Justice (Lub Chaw Haujlwm Saib Kev Ncaj Ncees ntawm Asmeskas) tau lees paub thiaj raug tso cai muab kev qhia tswv yim cai lij choj txog nkag tebchaws.

quiz-scams-consultant = Ib tug neeg pab tswv yim (consultant) uas tsis yog kws lij choj hais tias nws yuav pab koj. Nws raug tso cai ua dabtsi?
quiz-scams-consultant-a = Qhia koj tias yuav ua li cas hauv koj rooj plaub
quiz-scams-consultant-b = Tsuas yog pab sau ntawv (forms) thiab txhais lus xwb
quiz-scams-consultant-c = Muab kev qhia tswv yim cai lij choj rau koj yog koj them nyiaj ntau dua
quiz-scams-consultant-why = Ib tug neeg pab tswv yim (consultant) uas tsis yog kws lij choj tsuas pab tau sau ntawv (forms) thiab txhais lus xwb. Lawv tsis pub qhia koj tias yuav ua li cas hauv koj rooj plaub. Ua ntej koj them nyiaj rau leej twg, nug seb lawv puas yog kws lij choj los yog ib tug neeg sawv cev uas tau lees paub (accredited representative).

quiz-scams-text = Koj tau txais ib qho text hais tias muaj teeb meem nrog koj xwm txheej nkag tebchaws. Koj yuav ua li cas thiaj zoo?
quiz-scams-text-a = Them raws li lawv thov, kom kho tau sai
quiz-scams-text-b = Xa koj cov ntaub ntawv tus kheej kom lawv kuaj tau
quiz-scams-text-c = Tsis txhob muab nyiaj los yog cov ntaub ntawv tus kheej, thiab nug koj tus kws lij choj
quiz-scams-text-why = Yog muaj ib tug neeg hu, xa text los yog email txog ib qho teeb meem nrog koj xwm txheej nkag tebchaws, tsis txhob muab nyiaj los yog cov ntaub ntawv tus kheej rau lawv. Tus Kws Lij Choj Loj ntawm California (California Attorney General) ceeb toom kom neeg tsis txhob ua li no. Nug koj tus kws lij choj.

quiz-scams-free-help = Hauv California, koj nrhiav tau cov pab pawg uas muab kev pab cai lij choj nkag tebchaws pub dawb qhov twg?
quiz-scams-free-help-a = Tsis muaj qhov twg, koj yuav tsum them nyiaj rau kev pab cai lij choj
quiz-scams-free-help-b = Hauv cov ntawv teev npe ntawm California Department of Social Services
quiz-scams-free-help-c = Ntawm ib tug notario, yog koj them nqi
quiz-scams-free-help-why = Lub Xeev California them nyiaj rau cov koom haum tsis khwv nyiaj (nonprofit) kom muab kev pab cai lij choj nkag tebchaws pub dawb. California Department of Social Services tshaj tawm cov ntawv teev cov pab pawg uas muab kev pab no.

## Lus xaiv thiab kev pom tub ceev xwm

quiz-rumors-check = Koj pom ib qho post hais tias muaj tub ceev xwm nkag tebchaws nyob ntawm ib lub khw ze koj. Ua ntej koj share rau lwm tus, koj yuav ua li cas thiaj zoo?
quiz-rumors-check-a = Share tam sim ntawd, tsam yog muaj tseeb
quiz-rumors-check-b = Kuaj xyuas seb puas muaj tseeb
quiz-rumors-check-c = Share tam sim no thiab kuaj xyuas tom qab
quiz-rumors-check-why = Ua ntej koj qhia xov xwm txog cov tub ceev xwm nkag tebchaws rau lwm tus, kuaj xyuas seb puas muaj tseeb. Ib qho lus tshaj tawm (post) uas tsis tau muaj leej twg kuaj xyuas yuav tsis muaj tseeb, thiab nws yuav ua rau neeg ntshai.

quiz-rumors-call = Koj pom cov tub ceev xwm nkag tebchaws nyob ze koj. Yam twg yog ib yam zoo uas koj ua tau?
quiz-rumors-call-a = Post rau online tam sim ntawd
quiz-rumors-call-b = Tsis qhia leej twg, vim tsis muaj leej twg txais cov lus qhia no
quiz-rumors-call-c = Hu rau koj lub county tus xov tooj rapid response (xov tooj pab ceev)
quiz-rumors-call-why = Cov xov tooj rapid response txais cov lus qhia txog tub ceev xwm nkag tebchaws nyob ze, thiab lawv pab cov neeg uas xav tau kev pab. Hu rau tus xov tooj es tsis txhob post. Koj nrhiav tau nws hauv lub app no qhov nrhiav kev pab (help finder).

quiz-rumors-document = Koj pom cov tub ceev xwm thiab xav khaws ib qho pov thawj. Koj yuav ua li cas thiaj zoo?
quiz-rumors-document-a = Yog nyab xeeb, thaij video los yog sau cia yam koj pom, thiab nyob deb
quiz-rumors-document-b = Taug kev mus ze ze kom koj cov video meej
quiz-rumors-document-c = Sawv thaiv cov tub ceev xwm txoj kev kom lawv yuav tsum nres
quiz-rumors-document-why = Ib qho pov thawj ntawm yam uas tau tshwm sim yuav pab tau tom qab. Ua qhov no tsuas yog thaum nyab xeeb xwb, thiab nyob deb. Kev thaiv cov tub ceev xwm yuav ua rau koj raug ntes.

quiz-rumors-numbers = Cov xov tooj pab uas koj qhia rau lwm tus yuav tsum los ntawm qhov twg?
quiz-rumors-numbers-a = Ib qho post los ntawm ib tug neeg koj tsis paub
quiz-rumors-numbers-b = Ib qho chaw koj ntseeg siab, xws li koj lub network rapid response hauv zos
quiz-rumors-numbers-c = Tus xov tooj DHS rau kev qhia neeg rau ICE
quiz-rumors-numbers-why = Qhia tsuas yog cov xov tooj pab uas los ntawm ib qho chaw koj ntseeg siab, xws li koj lub network rapid response hauv zos. Department of Homeland Security (DHS) muaj ib tus xov tooj rau pej xeem hu los qhia (report) neeg rau ICE. Nws tsis yog ib tus xov tooj pab.
