# Cov xwm txheej 9 txog 15. Lus yooj yim, kab lus luv, ib kauj ruam ib yam haujlwm.
# Tsis txhob muab tus xov tooj tso rau hauv ib kab lus.

## Mus tsev hais plaub

in-court-title = Mus tsev hais plaub
in-court-summary = Koj muaj ib rooj plaub hauv tsev hais plaub ntawm lub xeev (state court) los yog hauv tsev hais plaub nkag tebchaws (immigration court).

in-court-state-court-do = Paub tias tsev hais plaub ntawm lub xeev California tsis txiav txim txog koj xwm txheej nkag tebchaws (immigration status).
in-court-state-court-why = Txawm li ntawd los, yam uas tshwm sim hauv ib rooj plaub hauv tsev hais plaub ntawm lub xeev yuav cuam tshuam rau koj rooj plaub nkag tebchaws. Tej qhov txiaj ntsig yuav pab tau koj. Tej qhov yuav ua rau koj raug teeb meem.

in-court-ask-immigration-lawyer-do = Yog koj muaj ib rooj plaub hauv tsev hais plaub ntawm lub xeev, tham txog nws nrog ib tug kws lij choj nkag tebchaws thiab.
in-court-ask-immigration-lawyer-why = Tej yam hauv tsev hais plaub ntawm lub xeev yuav pab tau, xws li SIJS findings rau cov hluas, los yog tej yam rau cov neeg raug kev ua txhaum cai (victims of crime). Tej qhov txiaj ntsig hauv ib rooj plaub txhaum cai (criminal case) yuav ua rau koj xwm txheej nkag tebchaws raug teeb meem.

in-court-case-information-do = Yuav tau cov ntaub ntawv txog ib rooj plaub hauv tsev hais plaub nkag tebchaws, npaj tus neeg ntawd tus A-number (tus lej A) cia. Lub tsev hais plaub tus xov tooj uas tshuab teb (automated) txog rooj plaub muaj nyob hauv lub app no qhov nrhiav kev pab (help finder).
in-court-case-information-why = Tus xov tooj uas tshuab teb yuav tsum tau tus A-number. Tsoomfwv yog tus tswj tus xov tooj ntawd, tsis yog cov neeg tiv thaiv cai (advocates).

in-court-ask-for-lawyer-do = Koj thov tau tham nrog ib tug kws lij choj.
in-court-ask-for-lawyer-say = Kuv xav tham nrog ib tug kws lij choj.
in-court-ask-for-lawyer-why = Hauv cov rooj plaub nkag tebchaws, feem ntau tsoomfwv tsis them nqi kws lij choj rau koj. Tej zaum koj yuav tsum nrhiav ib tug kws lij choj koj tus kheej.

in-court-free-legal-help-do = Nrhiav kev pab cai lij choj pub dawb. Koj nrhiav tau online hauv ob daim ntawv teev npe thoob tebchaws txog kev pab cai lij choj pub dawb thiab tus nqi qis (cov link nrog kauj ruam no). Tsev hais plaub nkag tebchaws kuj muaj ib daim ntawv teev cov neeg muab kev pab cai lij choj pub dawb (pro bono).
in-court-free-legal-help-why = Cov ntawv teev no pab tau koj nrhiav kev pab cai lij choj pub dawb. Yog koj raug kaw thiab tsis muaj kws lij choj, thov cov tub ceev xwm muab daim ntawv teev cov neeg muab kev pab cai lij choj pub dawb.

in-court-dont-ignore-state-case = Tsis txhob xav tias ib rooj plaub hauv tsev hais plaub ntawm lub xeev tsis cuam tshuam dabtsi rau kev nkag tebchaws. Tej qhov txiaj ntsig txhaum cai yuav ua rau koj xwm txheej raug teeb meem. Nug ib tug kws lij choj nkag tebchaws.

## Ntawm tsev kawm ntawv los yog tsev kho mob

school-hospital-title = Ntawm tsev kawm ntawv los yog tsev kho mob
school-hospital-summary = Cov tub ceev xwm nkag tebchaws tuaj rau ib lub tsev kawm ntawv, ib lub chaw kho mob (clinic) los yog ib lub tsev kho mob.

school-hospital-school-private-areas-do = Paub txoj cai tsev kawm ntawv. Cov tub ceev xwm nkag tebchaws tsis pub nkag mus rau tej qhov chaw ntawm tsev kawm ntawv uas tsis qhib rau pej xeem, tshwj tsis yog lawv qhia daim ID uas siv tau thiab ib daim ntawv warrant, subpoena los yog ntawv txiav txim los ntawm ib tug kws txiav txim los yog tsev hais plaub.
school-hospital-school-private-areas-why = Txoj cai California no hu ua AB 49. Nws tau kos npe rau hnub tim 20 lub Cuaj Hli xyoo 2025.

school-hospital-school-records-do = Paub tias ib lub tsev kawm ntawv tsis pub muab cov ntaub ntawv txog cov tub ntxhais kawm ntawv, tsev neeg los yog cov neeg ua haujlwm rau cov tub ceev xwm, tshwj tsis yog cov tub ceev xwm muaj ib daim ntawv warrant los ntawm ib tug kws txiav txim.
school-hospital-school-records-why = AB 49 tiv thaiv cov ntaub ntawv no thiab. Ib daim ntawv uas ib tug tub ceev xwm ICE kos npe, tsis yog kws txiav txim kos npe, tsis yog daim ntawv warrant uas kws txiav txim kos npe.

school-hospital-school-notice-do = Saib xyuas cov lus los ntawm koj tus menyuam lub tsev kawm ntawv. Thaum ib lub tsev kawm ntawv paub tseeb tias muaj tub ceev xwm nkag tebchaws nyob hauv tsev kawm ntawv (campus), nws yuav tsum qhia rau cov niam txiv, cov tub ntxhais kawm ntawv thiab cov neeg ua haujlwm.
school-hospital-school-notice-why = Txoj cai California no hu ua SB 98. Cov tsev kawm ntawv yuav tsum muab kauj ruam no ntxiv rau hauv lawv cov phiaj xwm kev nyab xeeb ua ntej hnub tim 1 lub Peb Hlis xyoo 2026. Txoj cai no siv mus txog hnub tim 1 lub Ib Hlis xyoo 2031.

school-hospital-health-private-areas-do = Paub txoj cai kho mob. Cov chaw kho mob (clinic) thiab tsev kho mob yuav tsum xaiv seb lawv qhov chaw twg tsis qhib rau pej xeem. Lawv yuav tsum tsis pub cov tub ceev xwm nkag tebchaws nkag mus rau cov chaw ntawd, tshwj tsis yog cov tub ceev xwm muaj ib daim ntawv warrant los ntawm ib tug kws txiav txim los yog ib daim ntawv txiav txim ntawm tsev hais plaub (court order).
school-hospital-health-private-areas-why = Txoj cai California no hu ua SB 81. Nws kuj suav koj xwm txheej nkag tebchaws ua ib feem ntawm koj cov ntaub ntawv kho mob.

school-hospital-emergency-care-do = Mus kho mob xwm txheej ceev (emergency) thaum koj xav tau.
school-hospital-emergency-care-why = Tus Kws Lij Choj Loj ntawm California (California Attorney General) hais tias koj tau txais kev kho mob xwm txheej ceev txawm koj xwm txheej nkag tebchaws yog li cas los xij.

school-hospital-dont-public-areas = Tsis txhob xav tias cov cai no tiv thaiv txhua qhov chaw ntawm tsev kawm ntawv los yog tsev kho mob. Lawv yog hais txog cov chaw uas tsis qhib rau pej xeem xwb.
school-hospital-dont-count-on-agents = Tsis txhob cia siab rau cov cai no xwb los tiv thaiv kom cov tub ceev xwm tsis tuaj. Cov tub ceev xwm uas muaj daim ntawv warrant uas ib tug kws txiav txim kos npe, los yog daim ntawv txiav txim ntawm tsev hais plaub, tseem nkag tau los.
school-hospital-dont-skip-care = Tsis txhob tseg kev kho mob xwm txheej ceev (emergency) vim koj xwm txheej nkag tebchaws.

## Ze ciam teb

border-zone-title = Ze ciam teb
border-zone-summary = Cov chaw kuaj (checkpoint) ntawm Border Patrol, thiab tshav dav hlau los yog chaw hla ciam teb uas koj nkag los rau hauv lub tebchaws.

border-zone-hundred-mile-zone-do = Paub tias cov tub ceev xwm ciam teb hais tias lawv muaj hwj chim ntxiv hauv 100 mais ntawm txhua txoj ciam teb Asmeskas, suav nrog ntug hiav txwv. Feem ntau ntawm California cov nroog loj nyob hauv thaj chaw no.
border-zone-hundred-mile-zone-why = Ib txoj cai federal, 8 U.S.C. §1357(a)(3), pub cov tub ceev xwm no ua haujlwm hauv ib qho "reasonable distance" (qhov deb uas tsim nyog) ntawm ciam teb, thiab ib txoj cai federal teev qhov deb ntawd yog 100 mais ntsuas ncaj (air miles). Tsab Cai Lij Choj (Constitution) tseem tiv thaiv koj hauv thaj chaw no. Peb cov qhov chaw rau qhov no yog cov ntawv luam ntawm ib daim ntawv qhia (fact sheet) ntawm ACLU, tsis yog ACLU nws lub vev xaib, thiab cov cai ciam teb nyuaj heev: nug ib tug kws lij choj txog koj qhov xwm txheej.

border-zone-checkpoint-silent-do = Ntawm ib qho chaw kuaj ntawm Border Patrol, ua siab tus thiab cia koj ob txhais tes nyob qhov chaw uas cov tub ceev xwm pom tau. Koj nyob twj ywm tau. Yog koj xaiv nyob twj ywm, hais nrov nrov kom lawv paub.
border-zone-checkpoint-silent-why = Border Patrol (tub ceev xwm saib ciam teb) muaj cai ua cov chaw kuaj txog nkag tebchaws. Tiam sis Tsab Cai Lij Choj tseem siv nyob ntawd, suav nrog koj txoj cai tsis teb cov lus nug.

border-zone-papers-do = Ntawm ib qho chaw kuaj, los yog txhua qhov chaw ze ciam teb, yog koj muaj ntaub ntawv nkag tebchaws uas siv tau, xws li green card los yog daim ntawv tso cai ua haujlwm (work permit), nqa nrog koj thiab qhia rau cov tub ceev xwm nkag tebchaws uas thov saib. Yog koj tsis muaj ntaub ntawv, koj nyob twj ywm tau. Tsis txhob dag, thiab tsis txhob muab ntawv cuav los yog ntawv los ntawm lwm lub tebchaws qhia li.
border-zone-papers-why = Txoj cai federal hais tias cov neeg laus uas tau txais cov ntaub ntawv no yuav tsum nqa nrog lawv. Kev tsis nqa yog ib qho kev txhaum me federal (federal misdemeanor). Txij xyoo 2025 los, Customs and Border Protection tau pheej ceeb toom neeg txog txoj cai no. Peb cov lus qhia ntxaws no los ntawm cov vev xaib ntawm tuam txhab kws lij choj (law firm) thiab cov xov xwm: nug ib tug kws lij choj seb qhov no txhais li cas rau koj cov ntaub ntawv.

border-zone-refuse-search-do = Tsis txhob pom zoo kom lawv tshawb koj lub tsheb. Yog lawv tseem tshawb, tsis txhob sib ntaus nrog lawv.
border-zone-refuse-search-say = Kuv tsis pom zoo kom nej tshawb kuv lub tsheb.
border-zone-refuse-search-why = Hauv thaj chaw no, Border Patrol yuav tsum muaj reasonable suspicion (kev xyem xyav uas muaj laj thawj) tias muaj kev ua txhaum txoj cai nkag tebchaws los yog kev ua txhaum cai thiaj nres tau ib lub tsheb. Yuav tshawb ib lub tsheb, nws yuav tsum muaj daim ntawv warrant los yog probable cause (muaj pov thawj txaus raws li txoj cai).

border-zone-ports-of-entry-do = Thaum koj nkag los rau hauv lub tebchaws ntawm ib lub tshav dav hlau, ib qho chaw hla ciam teb ntawm av, los yog ib lub chaw nres nkoj, npaj siab tias cov tub ceev xwm yuav tshawb koj cov hnab thiab koj lub tsheb.
border-zone-ports-of-entry-why = Cov chaw no hu ua ports of entry (chaw nkag tebchaws). Nyob ntawd, cov tub ceev xwm tsis tas muaj daim ntawv warrant los yog ib qho laj thawj rau kev tshawb ib txwm (routine searches), txawm yog rau pej xeem Asmeskas (U.S. citizens) thiab cov neeg muaj green card los xij. Cov cai txawv heev ntawm kev nres neeg hauv nruab nrab lub tebchaws. Cov cai ciam teb nyuaj heev: nug ib tug kws lij choj ua ntej koj mus ncig yog koj txhawj.

border-zone-phones-laptops-do = Paub cov cai rau xov tooj thiab laptop (khoos phis tawj nqa tau) ntawm ib qho port of entry. Cov tub ceev xwm hais tias lawv tshawb tau cov khoom no yam tsis muaj daim ntawv warrant. Koj tsis tas muab koj tus password rau lawv.
border-zone-phones-laptops-why = Kev hais tias tsis kam yuav tsis txwv tau kev tshawb. Yog koj tsis qhib (unlock) ib yam khoom, cov tub ceev xwm yuav khaws nws cia ntau lub lis piam. Ib tug neeg mus ncig uas tsis yog pej xeem Asmeskas los yog tsis muaj green card yuav raug tsis pub nkag tebchaws.

border-zone-lawyer-at-port-do = Yog koj yog pej xeem Asmeskas (U.S. citizen), koj thov tau ib tug kws lij choj thaum cov tub ceev xwm nug koj ntawm ib qho port of entry.
border-zone-lawyer-at-port-say = Kuv xav tham nrog ib tug kws lij choj.
border-zone-lawyer-at-port-why = Cov neeg muaj green card thiab visa feem ntau tsis muaj cai tau kws lij choj thaum lub sijhawm kuaj no, tshwj tsis yog nws dhau los ua ib qho teeb meem txhaum cai (criminal matter). Cov cai ciam teb nyuaj heev. Nov yog cov lus qhia dav dav xwb: nug ib tug kws lij choj nkag tebchaws ua ntej koj mus ncig.

border-zone-dont-no-rights = Tsis txhob xav tias koj poob koj cov cai thaum nyob ze ciam teb. Tsab Cai Lij Choj (Constitution) tseem siv hauv thaj chaw 100 mais.

## Thaij video cov tub ceev xwm

recording-title = Thaij video cov tub ceev xwm
recording-summary = Koj pom cov tub ceev xwm nkag tebchaws ua haujlwm nyob rau ib qho chaw pej xeem thiab koj xav thaij video lawv.

recording-right-to-record-do = Koj thaij video tau cov tub ceev xwm nyob rau ib qho chaw pej xeem. Nyob qhov chaw uas koj raug cai nyob. Nyob deb kom nyab xeeb. Tsis txhob thaiv lawv txoj kev.
recording-right-to-record-why = Cov tsev hais plaub federal, suav nrog lub tsev hais plaub thov rov hais dua (appeals court) uas saib California, hais tias tib neeg muaj cai raws li First Amendment (Tsab Cai Lij Choj Ntxiv Thib Ib) los thaij video tub ceev xwm thaum lawv ua haujlwm nyob rau chaw pej xeem. Lub tswv yim zoo ib yam no kuj siv rau cov tub ceev xwm nkag tebchaws.

recording-know-the-risk-do = Paub txog kev phom sij ua ntej koj thaij video. Twb muaj neeg raug ntes thaum lawv thaij video cov tub ceev xwm.
recording-know-the-risk-why = ProPublica, ib pab pawg xov xwm, tau suav tias muaj tsawg kawg 130 tus neeg raug ntes vim raug liam tias lawv thaiv cov tub ceev xwm los yog thaij video lawv. Department of Homeland Security (DHS) tau hu kev thaij video cov tub ceev xwm ua "doxing", ib lo lus rau kev qhia tawm neeg cov ntaub ntawv ntiag tug.

recording-move-back-do = Yog ib tug tub ceev xwm hais kom koj thim rov qab, ua raws. Koj tseem thaij video tau ntxiv ntawm qhov deb dua.
recording-move-back-why = Cov tub ceev xwm muaj cai raws li txoj cai hais kom koj thim rov qab vim kev nyab xeeb. Yog koj tsis kam, koj yuav raug ntes.

recording-protect-phone-do = Yog ib tug tub ceev xwm thov saib koj lub xov tooj, koj hais tau tias tsis kam. Koj tsis tas qhib (unlock) nws los yog rho koj cov video tawm.
recording-protect-phone-say = Kuv tsis pom zoo kom nej tshawb kuv lub xov tooj.
recording-protect-phone-why = Peb qhov chaw, ib daim ntawv sau luv txog cov lus qhia ntawm Electronic Frontier Foundation, hais tias yog tsis muaj daim ntawv warrant, cov tub ceev xwm tsis tsim nyog tshawb koj lub xov tooj, yuam koj rho video, los yog yuam koj qhib nws. Qhov no yuav tsum muaj ib tug kws lij choj kuaj rau koj rooj plaub. Yog cov tub ceev xwm tseem muab koj lub xov tooj mus, tsis txhob sib ntaus nrog lawv.

recording-write-details-do = Sau hnub tim, lub sijhawm thiab qhov chaw. Sau cov tub ceev xwm lub npe, lawv tus lej badge, lawv cov tsheb thiab daim phiaj tsheb (license plates).
recording-write-details-why = Cov ntsiab lus no ua rau muaj ib qho pov thawj meej txog yam uas tau tshwm sim thiab leej twg nyob ntawd.

recording-focus-on-agents-do = Taw koj lub koob yees duab rau cov tub ceev xwm, tsis yog rau tus neeg uas lawv tab tom tuav.
recording-focus-on-agents-why = Qhov no tiv thaiv txoj kev ntiag tug ntawm tus neeg uas raug tuav cia.

recording-dont-interfere = Tsis txhob kov, thaiv los yog cuam tshuam cov tub ceev xwm thaum koj thaij video.
recording-dont-ignore-orders = Tsis txhob tsis kam ua raws thaum lawv hais kom koj thim rov qab. Thaij video ntxiv ntawm qhov deb uas nyab xeeb xwb.
recording-dont-delete-footage = Tsis txhob qhib koj lub xov tooj los yog rho koj cov video tawm tsuas yog vim ib tug tub ceev xwm hais kom ua.

## Phiaj xwm rau tsev neeg

family-plan-title = Npaj ib txoj phiaj xwm rau tsev neeg
family-plan-summary = Npaj koj tsev neeg ua ntej muaj dabtsi tshwm sim.

family-plan-memorize-numbers-do = Cim kom tau cov xov tooj ntawm ib tug neeg koj ntseeg siab thiab ntawm ib tug kws lij choj.
family-plan-memorize-numbers-why = Yog koj raug kaw, tej zaum koj yuav tsis muaj koj lub xov tooj.

family-plan-children-pickup-do = Txiav txim siab seb leej twg yuav mus tos tau koj cov menyuam yog koj mus tsis tau. Sau cia.
family-plan-children-pickup-why = Li ntawd, cov neeg koj ntseeg siab yuav paub yuav ua li cas yog koj tsis rov los tsev.

family-plan-documents-do = Khaws koj cov ntaub ntawv tseem ceeb rau ib qho chaw uas cov neeg koj ntseeg siab muab tau.
family-plan-documents-why = Tej zaum koj tsev neeg yuav xav tau cov ntaub ntawv no sai sai yog muaj dabtsi tshwm sim rau koj.

family-plan-a-number-do = Yog koj muaj ib tus A-number (tus lej A), cim kom paub. Sau cia rau qhov chaw uas koj tsev neeg nrhiav tau.
family-plan-a-number-why = Yog koj yog ib tug neeg laus thiab koj raug kaw, koj tsev neeg nrhiav tau koj nyob hauv ICE lub online detainee locator nrog koj tus A-number thiab lub tebchaws uas koj yug. Tsev hais plaub nkag tebchaws tus xov tooj txog rooj plaub kuj nug tus A-number.

family-plan-tell-officer-parent-do = Yog koj raug ntes los yog raug kaw, qhia rau tus tub ceev xwm yog koj yog niam txiv los yog tus neeg saib xyuas tseem ceeb (main caregiver) ntawm ib tug menyuam. Qhia rau lawv thiab yog koj muaj kev xav tau kho mob.
family-plan-tell-officer-parent-say = Kuv yog niam txiv thiab yog tus neeg saib xyuas tseem ceeb ntawm ib tug menyuam.
family-plan-tell-officer-parent-why = Koj qhia tau qhov no rau cov tub ceev xwm. Yog tub ceev xwm hauv zos hauv California ntes koj, ib tug niam txiv uas muaj cai saib xyuas (custody) yuav tau ob zaug hu xov tooj ntxiv pub dawb los npaj kev saib xyuas rau cov menyuam.

family-plan-plan-form-do = Sau ib daim ntawv phiaj xwm rau tsev neeg. ILRC Family Preparedness Plan muaj ua lus Askiv, lus Mev (Spanish), lus Tagalog, lus Nyab Laj (Vietnamese) thiab lus Suav (Traditional Chinese).
family-plan-plan-form-why = Ib txoj phiaj xwm uas sau cia rau ib qho chaw yooj yim dua los qhia rau cov neeg koj ntseeg siab.

family-plan-dont-wait = Tsis txhob tos kom txog thaum cov tub ceev xwm tuaj mam npaj ib txoj phiaj xwm.
family-plan-dont-rely-on-phone = Tsis txhob khaws cov xov tooj tseem ceeb nyob hauv koj lub xov tooj xwb. Tej zaum koj yuav tsis muaj nws yog koj raug kaw.

## Kev dag ntxias

scams-title = Kev dag ntxias txog nkag tebchaws
scams-summary = Muaj ib tug neeg muab kev pab txog nkag tebchaws rau koj, los yog hais tias muaj teeb meem nrog koj xwm txheej nkag tebchaws (immigration status).

scams-real-lawyer-do = Nrhiav kev qhia tswv yim cai lij choj txog nkag tebchaws tsuas yog los ntawm ib tug kws lij choj uas muaj ntawv tso cai (licensed) los yog ib tug neeg sawv cev uas U.S. Department of Justice (Lub Chaw Haujlwm Saib Kev Ncaj Ncees ntawm Asmeskas) tau lees paub (accredited representative).
scams-real-lawyer-why = Tsuas yog lawv thiaj raug tso cai muab kev qhia tswv yim cai lij choj txog nkag tebchaws.

scams-consultants-do = Ceev faj nrog cov "notarios" thiab cov neeg pab tswv yim txog nkag tebchaws (immigration consultants). Ua ntej koj them nyiaj rau leej twg, nug seb lawv puas yog kws lij choj los yog ib tug neeg sawv cev uas tau lees paub (accredited representative).
scams-consultants-why = Ib tug neeg pab tswv yim (consultant) uas tsis yog kws lij choj tsuas pab tau sau ntawv (forms) thiab txhais lus xwb. Lawv tsis pub qhia koj tias yuav ua li cas hauv koj rooj plaub.

scams-calls-and-texts-do = Yog muaj ib tug neeg hu, xa text los yog email los hais tias muaj teeb meem nrog koj xwm txheej nkag tebchaws, tsis txhob muab nyiaj los yog koj cov ntaub ntawv tus kheej rau lawv.
scams-calls-and-texts-say = Kuv yuav tsis muab nyiaj los yog kuv cov ntaub ntawv tus kheej. Kuv yuav nug kuv tus kws lij choj.
scams-calls-and-texts-why = Tus Kws Lij Choj Loj ntawm California (California Attorney General) ceeb toom kom neeg tsis txhob ua li no.

scams-free-help-do = Nrhiav kev pab cai lij choj pub dawb. California Department of Social Services tshaj tawm cov ntawv teev cov pab pawg uas muab kev pab no.
scams-free-help-why = Lub Xeev California them nyiaj rau cov koom haum tsis khwv nyiaj (nonprofit) kom muab kev pab cai lij choj nkag tebchaws pub dawb.

scams-dont-pay-for-advice = Tsis txhob them nyiaj rau ib tug notario los yog ib tug neeg pab tswv yim (consultant) rau kev qhia tswv yim cai lij choj txog koj rooj plaub nkag tebchaws.
scams-dont-share-details = Tsis txhob muab nyiaj los yog cov ntaub ntawv tus kheej rau leej twg uas tiv tauj koj txog ib qho teeb meem nrog koj xwm txheej nkag tebchaws. Nug ib tug kws lij choj uas koj ntseeg siab hloov.

## Lus xaiv thiab kev pom tub ceev xwm

rumors-title = Lus xaiv thiab kev pom tub ceev xwm
rumors-summary = Koj hnov tias muaj tub ceev xwm nkag tebchaws nyob ze, los yog koj pom lawv koj tus kheej.

rumors-check-first-do = Ua ntej koj qhia xov xwm txog cov tub ceev xwm nkag tebchaws rau lwm tus, kuaj xyuas seb puas muaj tseeb.
rumors-check-first-why = Ib qho lus tshaj tawm (post) uas tsis tau muaj leej twg kuaj xyuas yuav tsis muaj tseeb, thiab nws yuav ua rau neeg ntshai.

rumors-call-rapid-response-do = Yog koj pom cov tub ceev xwm nkag tebchaws, hu rau koj lub county tus xov tooj rapid response (xov tooj pab ceev) es tsis txhob post rau online. Koj nrhiav tau tus xov tooj hauv lub app no qhov nrhiav kev pab (help finder).
rumors-call-rapid-response-why = Cov xov tooj rapid response txais cov lus qhia txog tub ceev xwm nkag tebchaws nyob ze, thiab lawv pab cov neeg uas xav tau kev pab.

rumors-document-safely-do = Yog nyab xeeb, thaij video los yog sau cia yam koj pom. Nyob deb.
rumors-document-safely-why = Ib qho pov thawj ntawm yam uas tau tshwm sim yuav pab tau tom qab. Kev thaiv cov tub ceev xwm yuav ua rau koj raug ntes.

rumors-stay-silent-do = Yog cov tub ceev xwm nug koj thaum koj tab tom saib, koj nyob twj ywm tau. Yog koj xaiv nyob twj ywm, hais nrov nrov kom lawv paub.

rumors-right-numbers-do = Qhia tsuas yog cov xov tooj pab uas los ntawm ib qho chaw koj ntseeg siab, xws li koj lub network rapid response hauv zos.
rumors-right-numbers-why = Department of Homeland Security (DHS) muaj ib tus xov tooj rau pej xeem hu los qhia (report) neeg rau ICE. Nws tsis yog ib tus xov tooj pab.

rumors-dont-post-unchecked = Tsis txhob post txog kev pom cov tub ceev xwm nkag tebchaws uas tsis tau muaj leej twg kuaj xyuas.
rumors-dont-share-tip-line = Tsis txhob qhia tus xov tooj DHS uas yog rau kev qhia neeg rau ICE zoo li nws yog ib tus xov tooj pab.
rumors-dont-interfere = Tsis txhob thaiv cov tub ceev xwm los yog sim txwv lawv.
