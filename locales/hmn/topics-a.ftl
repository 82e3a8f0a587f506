# Ntxiv cov xwm txheej: kuaj daim ntawv warrant, ntawm chaw ua haujlwm, raug ntes, nyob hauv
# tsev loj cuj hauv zos, raug ICE kaw. Lus yooj yim, kab lus luv, ib kauj ruam ib yam haujlwm.

## Kuaj daim ntawv warrant

warrant-check-title = Kuaj daim ntawv warrant
warrant-check-summary = Cov tub ceev xwm hais tias lawv muaj daim ntawv warrant. Nov yog yuav kuaj daim ntawv li cas.

warrant-check-keep-door-closed-do = Kaw qhov rooj cia thaum koj kuaj. Thov kom cov tub ceev xwm muab daim ntawv warrant xa nkag hauv qab qhov rooj los, los yog tsa rau ntawm qhov rais.
warrant-check-keep-door-closed-say = Thov muab daim ntawv warrant xa nkag hauv qab qhov rooj los, los yog tsa rau ntawm qhov rais.
warrant-check-keep-door-closed-why = Txawm koj qhib qhov rooj los, qhov ntawd tsis yog koj pom zoo kom lawv nkag los. Tiam sis nyeem daim ntawv thaum qhov rooj kaw cia yog qhov nyab xeeb dua. Yog koj nyeem tsis tau, koj thov tau ib tug neeg txhais lus.

warrant-check-who-signed-do = Saib seb leej twg kos npe rau daim ntawv. Daim ntawv warrant ntawm kws txiav txim yog los ntawm tsev hais plaub, xws li U.S. District Court los yog California Superior Court. Ib tug kws txiav txim kos npe rau nws.
warrant-check-who-signed-why = Tsab Cai Lij Choj (Constitution) tiv thaiv txhua tus neeg nyob hauv Asmeskas, txawm lawv xwm txheej nkag tebchaws (immigration status) yog li cas los xij. Cov neeg tiv thaiv cai (advocates) hais tias yog tsis muaj daim ntawv warrant uas ib tug kws txiav txim kos npe, cov tub ceev xwm yuav tsum tau koj pom zoo mam nkag tau rau hauv koj lub tsev.

warrant-check-ice-forms-do = Yog daim ntawv yog ib daim form los ntawm ICE los yog Department of Homeland Security (DHS), xws li Form I-200 los yog Form I-205, nws tsis yog daim ntawv warrant uas kws txiav txim kos npe. Kaw qhov rooj cia, thiab tsis txhob pom zoo cia lawv nkag los.
warrant-check-ice-forms-say = Daim ntawv no tsis yog kws txiav txim kos npe. Kuv tsis pom zoo kom nej nkag los hauv kuv lub tsev.
warrant-check-ice-forms-why = Yog ib tug tub ceev xwm ICE kos npe rau cov form no, tsis yog ib tug kws txiav txim. Cov neeg tiv thaiv cai (advocates) hais tias cov form no tsis pub cov tub ceev xwm nkag los hauv koj lub tsev yog koj tsis pom zoo. Tiam sis txij xyoo 2025 los, ICE hais tias nws cov tub ceev xwm muaj cai siv zog nkag los nrog Form I-205 los ntes ib tug neeg uas muaj daim ntawv txiav txim kawg kom xa tawm tebchaws (final order of removal). Tsev hais plaub tab tom mloog cov kev foob tawm tsam qhov ICE hais no. Yog cov tub ceev xwm siv zog nkag los, tsis txhob sib ntaus los yog thaiv lawv.

warrant-check-check-details-do = Yog ib tug kws txiav txim kos npe rau nws, kuaj cov ntsiab lus. Daim ntawv warrant tshawb yuav tsum sau koj qhov chaw nyob (address) kom raug. Daim ntawv warrant ntes neeg yuav tsum muaj npe ib tug neeg uas nyob ntawm no tiag. Saib seb puas muaj tus kws txiav txim kos npe.
warrant-check-check-details-why = Daim ntawv warrant tshawb pub cov tub ceev xwm tshawb qhov chaw nyob uas sau hauv daim ntawv, txawm leej twg nyob ntawd los xij. Daim ntawv warrant ntes neeg tsis pub cov tub ceev xwm nkag mus hauv lwm tus neeg lub tsev mus nrhiav tus neeg uas muaj npe hauv daim ntawv: yog xav ua li ntawd, lawv yuav tsum muaj daim ntawv warrant tshawb. Yog daim ntawv warrant tshawb sau lwm qhov chaw nyob, los yog daim ntawv warrant ntes neeg tsis muaj npe ib tug neeg twg uas nyob ntawm no, koj tsis tas yuav qhib qhov rooj.

warrant-check-check-the-date-do = Saib hnub tim nyob hauv daim ntawv warrant.
warrant-check-check-the-date-why = Ib daim ntawv warrant yuav qub dhau lawm siv tsis tau. Qub npaum li cas thiaj yog qub dhau, yog ib lo lus nug rau kws lij choj. Yog koj tsis paub meej, nug ib tug kws lij choj.

warrant-check-search-or-arrest-do = Nyeem seb nws yog daim ntawv warrant hom twg: daim ntawv warrant tshawb los yog daim ntawv warrant ntes neeg.
warrant-check-search-or-arrest-why = Daim ntawv warrant tshawb pub cov tub ceev xwm nkag tau rau qhov chaw nyob uas sau hauv daim ntawv, txawm leej twg nyob ntawd los xij, tiam sis lawv tsuas tshawb tau cov chaw thiab cov khoom uas nws teev xwb. Daim ntawv warrant ntes neeg pub cov tub ceev xwm nkag tau rau hauv lub tsev ntawm tus neeg uas muaj npe hauv daim ntawv, yog lawv ntseeg tias tus neeg ntawd nyob hauv tsev.

warrant-check-stay-silent-do = Txawm daim ntawv warrant siv tau thiab cov tub ceev xwm nkag los lawm, koj tseem nyob twj ywm tau. Yog koj xaiv nyob twj ywm, hais nrov nrov kom lawv paub.
warrant-check-stay-silent-why = Daim ntawv warrant pub cov tub ceev xwm nkag los. Nws tsis yuam koj teb lawv cov lus nug. Cov lus koj hais yuav raug muab siv tawm tsam koj hauv tsev hais plaub.

warrant-check-dont-open-to-read = Tsis txhob qhib qhov rooj los nyeem daim ntawv warrant.
warrant-check-dont-take-their-word = Tsis txhob qhib qhov rooj tsuas yog vim cov tub ceev xwm hais tias lawv muaj daim ntawv warrant. Qee zaum cov tub ceev xwm hais tias lawv muaj tiam sis lawv tsis muaj, los yog hais tias lawv yog tub ceev xwm hauv zos (police). Saib daim ntawv ua ntej.

## Ntawm chaw ua haujlwm

at-work-title = Tub ceev xwm tuaj ntawm koj qhov chaw ua haujlwm
at-work-summary = Cov tub ceev xwm nkag tebchaws tuaj rau qhov chaw uas koj ua haujlwm.

at-work-know-the-areas-do = Paub seb cov tub ceev xwm mus tau qhov twg. ICE taug kev nkag tau rau tej qhov chaw pej xeem ntawm ib lub lag luam, xws li chav noj mov, chav tos (lobby) los yog chaw nres tsheb, yam tsis tas nug.
at-work-know-the-areas-why = Tsuas yog vim lawv nyob hauv ib qho chaw pej xeem xwb, tsis tau txhais hais tias lawv tuav, nug los yog ntes tau leej twg. Yog xav nkag mus rau tej qhov chaw uas tsis yog chaw pej xeem, xws li chav ua mov (kitchen), chav ua haujlwm (office) los yog cov chav rau neeg ua haujlwm xwb, lawv yuav tsum tau tus tswv haujlwm pom zoo los yog muaj daim ntawv warrant uas ib tug kws txiav txim kos npe.

at-work-ask-if-free-do = Yog ib tug tub ceev xwm los cuag koj, nug seb koj puas mus tau los yog rov mus ua haujlwm tau. Yog lawv teb tias tau, hais tias koj tsis xav tham. Ces rov mus ua koj txoj haujlwm los yog maj mam tawm mus.
at-work-ask-if-free-say = Kuv puas mus tau, los yog rov mus ua haujlwm tau lawm?

at-work-stay-where-you-are-do = Yog cov tub ceev xwm hais kom cov neeg ua haujlwm sib cais ua pawg raws li xwm txheej nkag tebchaws (immigration status), koj tseem nyob tau qhov chaw koj nyob, tsis tas txav mus.
at-work-stay-where-you-are-why = Kev txav mus rau hauv ib pawg ntawd yog ib txoj kev qhia lawv txog koj xwm txheej. Koj tsis tas yuav qhia lawv koj xwm txheej nkag tebchaws.

at-work-papers-do = Yog koj muaj ntaub ntawv nkag tebchaws uas siv tau, xws li green card los yog daim ntawv tso cai ua haujlwm (work permit), qhia tsuas yog thaum ib tug tub ceev xwm nkag tebchaws thov saib xwb. Tsis txhob muab ntawv cuav qhia li.
at-work-papers-why = Txoj cai federal hais tias cov neeg uas muaj cov ntaub ntawv no yuav tsum nqa nrog lawv thiab qhia rau cov tub ceev xwm nkag tebchaws uas thov saib. Koj tseem nyob twj ywm tau txog txhua yam lwm yam.

at-work-employer-rules-do = Paub seb California yuav kom koj tus tswv haujlwm ua li cas. Raws li ib txoj cai hu ua AB 450, koj tus tswv haujlwm tsis pub xaiv cia cov tub ceev xwm nkag tebchaws nkag mus rau tej qhov chaw uas tsis yog chaw pej xeem yog tsis muaj daim ntawv warrant uas ib tug kws txiav txim kos npe. Koj tus tswv haujlwm kuj tsis pub cia lawv saib los yog nqa cov ntaub ntawv ntawm cov neeg ua haujlwm yog tsis muaj daim ntawv warrant uas kws txiav txim kos npe, ib daim subpoena (ntawv yuam ntawm tsev hais plaub) los yog ib daim ntawv ceeb toom federal tias yuav kuaj (notice of inspection).
at-work-employer-rules-why = Ib daim ntawv ntawm ICE, xws li Form I-200 los yog Form I-205, tsis txaus raws li txoj cai no. Tiam sis txoj cai no khi cov tswv haujlwm, tsis yog ICE. Yog muaj daim ntawv warrant uas ib tug kws txiav txim kos npe, cov tub ceev xwm tseem nkag tau los. Txawm li cas los, koj tseem muaj koj cov cai. Ib tug tswv haujlwm uas ua txhaum txoj cai no yuav raug nplua $2,000 txog $10,000 rau txhua zaus ua txhaum.

at-work-records-notice-do = Yog ICE muab ib daim ntawv ceeb toom rau koj tus tswv haujlwm tias nws yuav kuaj cov ntaub ntawv ntawm neeg ua haujlwm, xws li I-9 forms, koj tus tswv haujlwm yuav tsum lo ib daim ntawv ceeb toom rau cov neeg ua haujlwm hauv 72 teev.
at-work-records-notice-why = AB 450 hais tias daim ntawv ceeb toom yuav tsum sau ua cov lus uas koj tus tswv haujlwm feem ntau siv nrog cov neeg ua haujlwm. Cov neeg ua haujlwm uas raug cuam tshuam los ntawm kev kuaj ntawd kuj muaj cai tau txais cov txiaj ntsig ntawm kev kuaj.

at-work-dont-consent-to-search = Tsis txhob pom zoo kom lawv tshawb. Koj hais nrov nrov tau li no: Kuv tsis pom zoo kom nej tshawb.

## Raug tub ceev xwm hauv zos ntes

arrested-title = Raug tub ceev xwm hauv zos ntes
arrested-summary = Tub ceev xwm hauv zos los yog cov deputy ntawm sheriff ntes koj.

arrested-ask-for-lawyer-do = Thov ib tug kws lij choj. Tsis txhob txiav txim siab dabtsi kom txog thaum koj tau tham nrog ib tug kws lij choj.
arrested-ask-for-lawyer-say = Kuv xav tham nrog ib tug kws lij choj.
arrested-ask-for-lawyer-why = Cov lus koj hais yuav raug muab siv tawm tsam koj hauv tsev hais plaub txog kev ua txhaum cai (criminal court) thiab hauv tsev hais plaub nkag tebchaws (immigration court).

arrested-phone-calls-do = Thov koj cov kev hu xov tooj. Hauv California koj hu tau tsawg kawg 3 zaug uas hu tau txog. Koj tau hu tam sim tom qab kev sau npe rau hauv tsev loj cuj (booking), thiab tsis pub dhau 3 teev tom qab koj raug ntes, tshwj tsis yog qhov ntawd ua tsis tau tiag tiag (physically impossible).
arrested-phone-calls-say = Kuv xav tau kuv cov kev hu xov tooj.
arrested-phone-calls-why = California Penal Code section 851.5 muab cov kev hu no rau koj. Kev hu hauv cheeb tsam zos yog pub dawb. Ib tug tub ceev xwm uas txhob txwm tsis pub koj hu cov xov tooj no yog ua txhaum cai.

arrested-whom-to-call-do = Siv koj cov kev hu los hu rau ib tug kws lij choj los yog public defender (kws lij choj pub dawb ntawm tsoomfwv), ib tug neeg ua bail bond (bail bond agent), thiab ib tug neeg hauv tsev neeg los yog lwm tus neeg.
arrested-whom-to-call-why = Tub ceev xwm tsis pub mloog los yog kaw suab koj txoj kev hu rau kws lij choj. Tej zaum koj yuav tsis muaj koj lub xov tooj nrog koj, yog li cim cov xov tooj ntawm ib tug kws lij choj thiab ib tug neeg koj ntseeg siab kom tau ua ntej koj yuav tsum siv.

arrested-child-care-calls-do = Yog koj yog niam los yog txiv uas muaj cai saib xyuas (custody) ib tug menyuam, hais qhia. Thov 2 zaug hu ntxiv pub dawb los npaj kev saib xyuas rau koj tus menyuam.
arrested-child-care-calls-say = Kuv yog ib tug niam txiv. Kuv yuav tsum tau kuv cov kev hu ntxiv los npaj kev saib xyuas rau kuv tus menyuam.
arrested-child-care-calls-why = Txoj cai California muab 2 zaug hu ntxiv pub dawb rau cov niam txiv uas muaj cai saib xyuas (custody) ib tug menyuam, los npaj kev saib xyuas menyuam.

arrested-tell-your-needs-do = Qhia rau tus tub ceev xwm yog koj yog niam txiv los yog tus neeg saib xyuas tseem ceeb (main caregiver) ntawm ib tug menyuam. Qhia rau lawv thiab yog koj muaj kev xav tau kho mob.
arrested-tell-your-needs-why = Koj qhia tau qhov no rau lawv. Nws yuav pab kom muaj neeg saib xyuas koj tus menyuam thiab kom lawv paub koj cov kev xav tau kho mob.

arrested-dont-resist = Tsis txhob khiav los yog sib ntaus nrog tub ceev xwm, txawm yog koj xav tias lawv ntes koj tsis yog los xij.
arrested-dont-answer-status-questions = Tsis txhob teb cov lus nug txog koj yug qhov twg, koj xwm txheej nkag tebchaws (immigration status), los yog koj tuaj rau Asmeskas li cas. Feem ntau, tub ceev xwm California tsis pub nug txog koj xwm txheej los pab kev tswj txoj cai nkag tebchaws.

## Raug kaw hauv tsev loj cuj hauv zos

in-jail-title = Raug kaw hauv tsev loj cuj hauv zos
in-jail-summary = Koj raug kaw hauv tsev loj cuj ntawm lub nroog los yog county, thiab tej zaum ICE xav tham nrog koj los yog coj koj mus.

in-jail-consent-form-do = Ua ntej ICE yuav xam phaj (interview) koj tau hauv ib lub tsev loj cuj hauv zos, lub tsev loj cuj yuav tsum muab ib daim ntawv sau rau koj. Nyeem nws. Yog koj tsis to taub, hais tias koj xav tau ib tug neeg txhais lus.
in-jail-consent-form-why = Txoj cai TRUTH Act ntawm California yuam kom muaj daim ntawv no. Nws yuav tsum piav qhia tias kev xam phaj yog rau dabtsi, tias nws yog koj yeem siab xwb, thiab tias koj tsis kam tau los yog kom koj tus kws lij choj nyob ntawd. Daim ntawv muaj ua lus Askiv, lus Mev (Spanish), lus Suav (Chinese), lus Tagalog, lus Nyab Laj (Vietnamese) thiab lus Kauslim (Korean), thiab tej lub county kuj muaj lwm yam lus thiab.

in-jail-refuse-interview-do = Koj tsis kam tau rau kev xam phaj ntawm ICE. Los yog koj hais tau tias koj yuav tham tsuas yog thaum koj tus kws lij choj nyob ntawd xwb.
in-jail-refuse-interview-say = Kuv tsis pom zoo rau kev xam phaj nrog ICE yog kuv tus kws lij choj tsis nyob ntawm no.
in-jail-refuse-interview-why = Kev xam phaj yog koj yeem siab xwb. Cov lus koj hais rau ICE yuav raug muab siv tawm tsam koj hauv tsev hais plaub nkag tebchaws.

in-jail-ask-for-copy-do = Nug seb lub tsev loj cuj puas tau txais ib daim ICE hold (daim ntawv ICE thov kom kaw cia), ib qho kev thov kom qhia (notification request) los yog ib qho kev thov kom xa mus (transfer request) txog koj. Yog muaj, thov ib daim qauv. Nug seb lub tsev loj cuj puas yuav ua raws li ICE thov.
in-jail-ask-for-copy-say = ICE puas tau xa ib daim ntawv thov kom kaw kuv cia, los yog ib qho kev thov txog kuv? Thov muab ib daim qauv rau kuv.
in-jail-ask-for-copy-why = TRUTH Act hais tias lub tsev loj cuj yuav tsum muab ib daim qauv ntawm txhua qho kev thov zoo li ntawd rau koj thiab qhia koj seb nws puas npaj yuav ua raws. Yog lub tsev loj cuj qhia rau ICE txog koj hnub tso tawm, nws kuj yuav tsum qhia koj ua ntawv sau, thiab qhia rau koj tus kws lij choj los yog ib tug neeg uas koj xaiv.

in-jail-hold-is-a-request-do = Paub tias ib daim ICE hold (daim ntawv ICE thov kom kaw cia) yog ib qho kev thov los ntawm ICE xwb. Nws tsis yog ib daim ntawv txiav txim ntawm kws txiav txim.
in-jail-hold-is-a-request-why = Raws li SB 54 ntawm California, ib lub tsev loj cuj hauv zos tsis pub kaw koj cia dhau koj lub sijhawm tso tawm vim ICE thov. Tiam sis yog koj muaj qee yam kev raug txim loj, xws li qee yam felony (kev txhaum loj) los yog kev ua phem, lub tsev loj cuj tseem qhia tau rau ICE tias koj yuav raug tso tawm thaum twg, los yog muab koj cob rau ICE. Nws kuj muab tau koj cob rau ICE yog muaj ib daim ntawv warrant uas ib tug kws txiav txim kos npe. Cov cai no txwv tub ceev xwm hauv zos thiab tsev loj cuj, tsis yog cov tub ceev xwm ICE.

in-jail-state-prison-do = Yog koj nyob hauv ib lub tsev loj cuj ntawm lub xeev (state prison), tsis yog tsev loj cuj ntawm lub nroog los yog county, cov cai txawv. SB 54 tsis suav nrog cov tsev loj cuj ntawm lub xeev.
in-jail-state-prison-why = Cov tsev loj cuj ntawm lub xeev tseem qhia tau rau ICE txog cov neeg uas yuav tawm tsev loj cuj, thiab npaj muab lawv cob rau ICE. Tiam sis ib lub tsev loj cuj ntawm lub xeev tseem yuav tsum muab ib daim ntawv rau koj ua ntej ICE xam phaj, thiab muab cov qauv ntawm ICE cov kev thov txog koj rau koj.

in-jail-dont-think-you-must-talk = Tsis txhob xav tias koj yuav tsum tham nrog ICE hauv tsev loj cuj hauv zos. Kev xam phaj yog koj xaiv.

## Raug ICE kaw

ice-detention-title = Raug ICE kaw
ice-detention-summary = ICE tab tom kaw koj hauv chaw kaw neeg nkag tebchaws (immigration detention).

ice-detention-free-legal-help-do = Yog koj tsis muaj kws lij choj, thov cov tub ceev xwm muab daim ntawv teev cov kev pab cai lij choj pub dawb (pro bono).
ice-detention-free-legal-help-say = Kuv tsis muaj kws lij choj. Thov muab daim ntawv teev cov kev pab cai lij choj pub dawb rau kuv.
ice-detention-free-legal-help-why = Hauv cov rooj plaub nkag tebchaws, feem ntau tsoomfwv tsis them nqi kws lij choj rau koj. Cov pab pawg nyob hauv daim ntawv teev pab txog cai lij choj pub dawb.

ice-detention-consulate-do = Koj thov tau kom tiv tauj koj lub tebchaws lub chaw sawv cev (consulate), los yog thov kom ib tug tub ceev xwm qhia rau lub chaw sawv cev tias koj raug kaw.
ice-detention-consulate-say = Kuv xav tiv tauj kuv lub chaw sawv cev (consulate).
ice-detention-consulate-why = Koj thov tau qhov no thaum ICE kaw koj. Nws yog koj xaiv.

ice-detention-careful-on-the-phone-do = Thaum siv xov tooj hauv chaw kaw neeg, tsis txhob tham txog koj xwm txheej nkag tebchaws los yog koj yug qhov twg.
ice-detention-careful-on-the-phone-why = Kev hu xov tooj hauv chaw kaw neeg yuav raug mloog.

ice-detention-family-can-find-you-do = Koj tsev neeg nrhiav tau koj nrog ICE lub Online Detainee Locator, ib lub vev xaib (qhov link nrog kauj ruam no). Nws nrhiav tau cov neeg uas muaj hnub nyoog 18 xyoo los yog laus dua.
ice-detention-family-can-find-you-why = Yuav nrhiav, lawv yuav tsum muaj koj tus A-number (tus lej A) thiab lub tebchaws uas koj yug, los yog koj lub npe thiab lub tebchaws uas koj yug. Lub npe yuav tsum raws nraim li ICE cov ntaub ntawv.

ice-detention-a-number-do = Yog koj muaj ib tus A-number (tus lej A), xyuas kom koj tsev neeg paub nws.
ice-detention-a-number-why = Tsev hais plaub nkag tebchaws muaj ib tus xov tooj uas tshuab teb (automated) uas muaj cov ntaub ntawv txog koj rooj plaub, thiab nws nug koj tus A-number. Tsoomfwv yog tus tswj tus xov tooj ntawd. Nws tsis yog ib tug neeg pab nyob ntawm koj sab.

ice-detention-dont-decide-alone = Tsis txhob pom zoo rau kev yeem tawm tebchaws mus (voluntary departure), los yog txiav txim siab lwm yam txog koj rooj plaub, ua ntej koj tau tham nrog ib tug kws lij choj.
