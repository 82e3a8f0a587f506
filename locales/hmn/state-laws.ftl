# Lwm lub xeev cov cai txog kev koom tes nrog kev tswj txoj cai nkag tebchaws (content/state-laws.toml):
# txhua txoj cai lub npe uas neeg feem ntau siv thiab nws txhais li cas rau ib tug neeg.

law-il-trust-act-name = Illinois TRUST Act
law-il-trust-act-summary = Tub ceev xwm Illinois tsis pub kaw koj cia hauv tsev loj cuj tsuas yog vim ICE xa ib qho kev thov kom kaw cia (hold request) los yog ib daim ntawv warrant txog nkag tebchaws uas tsis muaj kws txiav txim kos npe. Lawv kuj tsis pub nres, tuav los yog ntes koj vim koj xwm txheej nkag tebchaws (immigration status). Txoj cai no tsis txwv lawv kom tsis txhob qhia cov ntaub ntawv rau cov koom haum federal, thiab nws tau raug nthuav dav xyoo 2021 los ntawm Way Forward Act.

law-il-way-forward-act-name = Illinois Way Forward Act (SB 667)
law-il-way-forward-act-summary = Txoj cai xyoo 2021 no tau nthuav dav Illinois TRUST Act thiab yuam kom cov tsoomfwv hauv zos xaus lawv cov ntawv cog lus kaw neeg hauv chaw kaw neeg nkag tebchaws (immigration detention) ua ntej hnub tim 1 lub Ib Hlis xyoo 2022. US Justice Department tau foob Illinois txog nws cov cai sanctuary (cai tiv thaiv neeg tsiv teb tsaws chaw), thiab rooj plaub ntawd tau raug tso tseg (dismissed) thaum lub Xya Hli xyoo 2025.

law-ny-protect-our-courts-act-name = New York Protect Our Courts Act
law-ny-protect-our-courts-act-summary = ICE thiab lwm cov tub ceev xwm tsis pub ntes koj rau tej yam civil (civil arrest) thaum koj tab tom mus rau ib lub tsev hais plaub New York, thaum koj nyob ntawd, los yog thaum koj tawm mus, tshwj tsis yog lawv muaj daim ntawv warrant uas kws txiav txim kos npe los yog daim ntawv txiav txim ntawm tsev hais plaub. Tsis pom ib txoj cai New York thoob lub xeev txog cov ICE hold (daim ntawv ICE thov kom kaw cia) hauv tsev loj cuj.

law-nj-immigrant-trust-directive-name = New Jersey Immigrant Trust Directive
law-nj-immigrant-trust-directive-summary = Qhov no yog ib daim ntawv txib los ntawm New Jersey Tus Kws Lij Choj Loj (Attorney General) rau tub ceev xwm, tsis yog ib txoj cai uas lub rooj tsim cai (legislature) dhau, thiab ib lub tsev hais plaub thov rov hais dua federal (federal appeals court) tau lees tias nws siv tau xyoo 2021. Tub ceev xwm tsis pub nres, nug los yog tuav koj tsuas yog vim koj xwm txheej nkag tebchaws, thiab tom qab raug ntes vim ib qho kev ua txhaum me (minor offense), feem ntau ib lub tsev loj cuj tsis pub kaw koj cia rau ICE los yog qhia rau ICE thaum twg koj raug tso tawm. Yuav tsum qhia rau koj txog txhua qhov kev thov ntawm ICE txog koj, thiab ICE xam phaj tau koj tsuas yog tom qab qhia rau koj tias koj muaj tau ib tug kws lij choj thiab koj pom zoo ua ntawv sau.

law-wa-keep-washington-working-act-name = Keep Washington Working Act
law-wa-keep-washington-working-act-summary = Feem ntau tub ceev xwm Washington tsis pub nug txog koj xwm txheej nkag tebchaws los yog qhov chaw koj yug, tuav koj cia los kuaj koj xwm txheej, los yog kaw koj cia raws li ib daim ntawv warrant nkag tebchaws civil (civil immigration warrant). Lawv tsis pub muab koj cov ntaub ntawv ntiag tug tus kheej rau ICE los yog CBP (Customs and Border Protection), los yog cia ICE xam phaj koj thaum koj raug tuav cia yog tsis muaj kev tiv thaiv (safeguards). Txoj cai no kuj txwv tsis pub muaj cov ntawv cog lus 287(g) thiab cov ntawv cog lus xauj txaj tsev loj cuj rau ICE.

law-wa-courts-open-to-all-act-name = Washington Courts Open to All Act
law-wa-courts-open-to-all-act-summary = Tsis pub leej twg ntes koj rau tej yam nkag tebchaws civil thaum koj mus rau ib lub tsev hais plaub Washington tshwj tsis yog lawv muaj daim ntawv warrant uas kws txiav txim kos npe. Feem ntau cov kws txiav txim, cov neeg ua haujlwm tsev hais plaub thiab cov kws lij choj foob (prosecutors) tsis pub nug txog koj xwm txheej nkag tebchaws los yog qhia rau cov chaw muaj hwj chim txog nkag tebchaws. Tsis pom tsab cai tus lej (bill number) thiab xyoo uas nws dhau.

law-or-sanctuary-law-1987-name = Oregon txoj cai sanctuary xyoo 1987 (Oregon's 1987 sanctuary law)
law-or-sanctuary-law-1987-summary = Cov koom haum ntawm lub xeev thiab hauv zos Oregon tsis pub siv lawv cov khoom thiab nyiaj (resources) los nrhiav los yog ntes cov neeg uas lawv tib qho kev txhaum yog nyob hauv Asmeskas (US) tsis raws txoj cai nkag tebchaws federal. Cov neeg pov npav tau khaws txoj cai no xyoo 2018 los ntawm kev tsis txais Measure 105, uas yuav tau tshem nws tawm.

law-or-sanctuary-promise-act-name = Oregon Sanctuary Promise Act
law-or-sanctuary-promise-act-summary = Cov koom haum pej xeem Oregon tsis pub siv lawv cov tsev, nyiaj, neeg ua haujlwm los yog ntaub ntawv los pab tswj txoj cai nkag tebchaws, piv txwv li los ntawm kev muab koj hnub tso tawm, koj qhov chaw nyob los yog koj lub sijhawm teem ntsib saib xyuas (supervision appointments). Lawv yuav tsum tsis kam ua raws cov kev thov nkag tebchaws ntawm federal tshwj tsis yog ib tug kws txiav txim tau kos npe rau ib daim subpoena, thiab qhia cov kev thov ntawd rau lub xeev. Yog koj raug ntes, yuav tsum qhia rau koj tias koj tsis kam qhia tau koj xwm txheej nkag tebchaws; kev ua txhaum qhia tau rau ib tus xov tooj (hotline) los yog vev xaib ntawm lub xeev, thiab cov koom haum yuav raug foob tau.

law-co-hb19-1124-name = Protect Colorado Residents From Federal Government Overreach Act (HB19-1124)
law-co-hb19-1124-summary = Cov tub ceev xwm Colorado tsis pub ntes koj los yog kaw koj cia hauv tsev loj cuj tsuas yog vim ib daim civil detainer ntawm ICE (daim ntawv ICE thov kom kaw cia), txawm hais tias lawv ua tau raws li ib daim ntawv warrant uas ib tug kws txiav txim federal kos npe, thiab cov neeg ua haujlwm probation tsis pub muab koj cov ntaub ntawv tus kheej rau ICE. Ua ntej ICE xam phaj koj hauv tsev loj cuj ntawm xov tooj los yog video, yuav tsum qhia rau koj tias koj tsis kam tau, nyob twj ywm tau thiab tham nrog ib tug kws lij choj ua ntej, thiab tias cov lus koj hais yuav raug siv tau hauv tsev hais plaub nkag tebchaws.

law-co-hb23-1100-name = Colorado HB23-1100 (cov ntawv cog lus kaw neeg nkag tebchaws, immigration detention agreements)
law-co-hb23-1100-summary = Raws li nws lub npe, txoj cai no txwv cov ntawv cog lus ntawm Colorado tsoomfwv xeev thiab hauv zos los kaw neeg hauv chaw kaw neeg nkag tebchaws (immigration detention). Tsis tau kuaj xyuas tias nws ua dabtsi ntxiv.

law-ma-lunn-v-commonwealth-name = Lunn v. Commonwealth (kev txiav txim ntawm tsev hais plaub Massachusetts)
law-ma-lunn-v-commonwealth-summary = Qhov no yog ib qho kev txiav txim xyoo 2017 los ntawm Massachusetts lub tsev hais plaub siab tshaj plaws, tsis yog ib txoj cai uas lub rooj tsim cai dhau. Nws hais tias cov tub ceev xwm Massachusetts tsis muaj hwj chim raws li txoj cai xeev los ntes koj los yog kaw koj cia tsuas yog vim ICE xa ib daim civil detainer (daim ntawv ICE thov kom kaw cia). Lub xeev Department of Correction tseem muaj ib daim ntawv cog lus 287(g) nrog ICE xyoo 2025.

law-vt-s79-name = Vermont S.79 (xyoo 2017)
law-vt-s79-summary = Txoj cai no txwv tias Vermont cov koom haum xeev thiab hauv zos koom nrog kev tswj txoj cai nkag tebchaws federal npaum li cas; cov xov xwm hais tias nws tsis ua rau Vermont los ua ib lub sanctuary state (xeev chaw nkaum). Tsis tau kuaj xyuas tias nws ua dabtsi ntxiv.

law-md-dignity-not-detention-act-name = Maryland Dignity Not Detention Act (txoj cai tsis kaw neeg rau ICE hauv tsev loj cuj county)
law-md-dignity-not-detention-act-summary = Txoj cai no tau xaus cov ntawv cog lus rau cov tsev loj cuj county hauv Maryland los kaw neeg rau ICE, thiab cov ntawv cog lus uas twb muaj yuav tsum xaus ua ntej hnub tim 1 lub Kaum Hli xyoo 2022. Cov neeg tsim cai tau dhau nws txawm Tus Tswv Xeev (Governor) tau veto, thaum lub Kaum Ob Hlis xyoo 2021.

law-md-287g-ban-name = Maryland txoj cai txwv 287(g) (Maryland 287(g) ban)
law-md-287g-ban-summary = Kos npe thaum lub Ob Hlis xyoo 2026, txoj cai no txwv tsis pub muaj cov ntawv cog lus 287(g) raws cai (formal) nrog ICE hauv Maryland. Cov qhov chaw hais tsis sib xws tias txoj kev txwv puas siv tam sim, los yog pib txij lub Xya Hli xyoo 2026.

law-de-287g-ban-name = Delaware txoj cai txwv 287(g) (HB 182)
law-de-287g-ban-summary = Txoj cai xyoo 2025 no txwv tsis pub muaj cov ntawv cog lus 287(g) nrog ICE hauv Delaware. Cov ntawv cog lus uas twb muaj lawm yuav tsum xaus ua ntej hnub tim 13 lub Yim Hli xyoo 2025.

law-nm-immigrant-safety-act-name = New Mexico Immigrant Safety Act
law-nm-immigrant-safety-act-summary = Cov koom haum pej xeem New Mexico tsis pub ua cov ntawv cog lus los kaw neeg vim tej kev ua txhaum nkag tebchaws civil, los yog siv, muag los yog xauj av pej xeem rau qhov ntawd, thiab cov ntawv cog lus 287(g) raug txwv; cov ntawv cog lus uas muaj lawm yuav tsum xaus. Tus Kws Lij Choj Loj (Attorney General) los yog ib tug district attorney (kws lij choj foob ntawm cheeb tsam) mus foob tau hauv tsev hais plaub kom txwv ib qho kev ua txhaum, tiam sis txoj cai no tsis muab nyiaj them kev puas tsuaj (money damages).

law-me-ld-1971-name = Maine LD 1971
law-me-ld-1971-summary = Tub ceev xwm Maine tsis pub soj ntsuam (investigate), nres, tuav los yog ntes koj rau kev tswj txoj cai nkag tebchaws civil, kaw koj cia raws li ib daim ICE detainer (daim ntawv ICE thov kom kaw cia), los yog muab cov ntaub ntawv ntiag tug xws li koj hnub tso tawm los yog qhov chaw nyob. Yog koj raug tuav cia, yuav tsum qhia koj cov cai rau koj ua ntej ICE xam phaj, tiam sis tub ceev xwm tseem ua raws li cov daim ntawv warrant txog kev ua txhaum cai (criminal warrants) thiab cov ntawv txiav txim ntawm tsev hais plaub. Nws los ua txoj cai thaum lub Ib Hlis xyoo 2026 yam tsis muaj Tus Tswv Xeev (Governor) kos npe thiab tau teem tias yuav pib siv kwv yees li nruab nrab lub Xya Hli xyoo 2026; State Police tau pib ua raws nws cov cai thaum lub Kaum Ob Hlis xyoo 2025.

law-ri-detainer-policy-2014-name = Rhode Island txoj cai txog detainer (2014)
law-ri-detainer-policy-2014-summary = Qhov no yog ib txoj cai (policy) ntawm Tus Tswv Xeev (Governor), tsis yog ib txoj cai uas lub rooj tsim cai dhau. Thaum lub Xya Hli xyoo 2014 Department of Corrections tau hais tias nws yuav tsis ua raws cov ICE detainer (daim ntawv ICE thov kom kaw cia) yog tsis muaj daim ntawv warrant. Ib txoj cai (policy) lub Yim Hli xyoo 2014 rau txhua lub koom haum ntawm lub xeev tau ua rau qhov kev tsis kam ntawd nqaim dua: lawv ua raws cov detainer uas los nrog ib daim ntawv txiav txim ntawm kws txiav txim kom xa tawm tebchaws (deportation or removal order). Tsis pom tias txoj cai no puas tseem siv niaj hnub no.

law-tx-sb4-2017-name = Texas SB 4 (xyoo 2017): txwv tsis pub muaj cov cai sanctuary
law-tx-sb4-2017-summary = Cov nroog thiab county hauv Texas tsis pub txais yuav cov cai uas txwv kev tswj txoj cai nkag tebchaws, cov tsev loj cuj hauv zos yuav tsum ua raws ICE cov kev thov kom kaw cia (ICE hold requests), thiab cov nom tswv uas tsis ua raws yuav raug rau txim. Ib lub tsev hais plaub thov rov hais dua federal tau cia yuav luag tag nrho nws siv tau xyoo 2018; nws tsuas tshem ntu uas txwv tsis pub cov nom tswv hais lus txhawb cov cai sanctuary.

law-tx-sb4-2023-name = Texas SB 4 (xyoo 2023): kev ua txhaum cai ntawm lub xeev txog kev nkag tsis raug cai (illegal entry)
law-tx-sb4-2023-summary = Txoj cai no ua rau kev nkag los ntawm lwm lub tebchaws nyob rau txhua qhov chaw uas tsis yog chaw nkag tebchaws (port of entry), thiab kev rov nkag los dua tom qab raug xa tawm tebchaws (removed), los ua ib qho kev ua txhaum cai hauv Texas, thiab pub cov kws txiav txim ntawm lub xeev txib kom neeg rov qab mus rau lub tebchaws uas lawv tuaj. Ib lub tsev hais plaub tau txwv nws thaum lub Ob Hlis xyoo 2024, thiab ib pawg kws txiav txim thov rov hais dua (appeals panel) tau txuas ntxiv txwv nws thaum lub Xya Hli xyoo 2025. Cov xov xwm tom qab hais tias tag nrho lub tsev hais plaub thov rov hais dua tau tshem qhov kev txwv vim cov neeg uas foob tsis muaj cai foob (standing), uas yuav cia Texas siv tau nws, tiam sis qhov no tsis tau lees paub.

law-tx-sb8-2025-name = Texas SB 8 (xyoo 2025)
law-tx-sb8-2025-summary = Qee cov sheriff ntawm county hauv Texas uas tswj tsev loj cuj yuav tsum nrhiav cov ntawv cog lus 287(g) nrog ICE. Tus Kws Lij Choj Loj (Attorney General) foob tau kom yuam qhov no pib txij hnub tim 1 lub Kaum Ob Hlis xyoo 2026.

law-fl-sb168-name = Florida txoj cai tawm tsam sanctuary (SB 168)
law-fl-sb168-summary = Florida txwv tsis pub muaj cov cai sanctuary: cov koom haum xeev thiab hauv zos yuav tsum siv zog tshaj plaws los txhawb kev tswj txoj cai nkag tebchaws federal, tsis pub raug txwv kom tsis txhob qhia cov ntaub ntawv nkag tebchaws rau cov koom haum federal, thiab cov tsev loj cuj yuav tsum ua raws cov ICE detainer (daim ntawv ICE thov kom kaw cia) uas los nrog cov ntaub ntawv raug. Nws cov ntu txog kev yuam pib siv hnub tim 1 lub Kaum Hli xyoo 2019. Ib lub tsev hais plaub tau cia feem ntau ntawm nws siv tau xyoo 2019, thiab ib qho kev txiav txim xyoo 2020 tau pom zoo ib feem nrog cov neeg uas foob; tsis tau kuaj xyuas tias qhov kev txiav txim ntawd hloov dabtsi thiab kev thov rov hais dua (appeal) xaus li cas.

law-fl-sb1718-name = Florida SB 1718 (xyoo 2023)
law-fl-sb1718-summary = Ntawm ntau yam, Florida suav cov ntawv tsav tsheb uas lwm lub xeev muab rau cov neeg tsis muaj ntaub ntawv (undocumented), suav nrog Connecticut daim drive-only license, ua tsis siv tau, thiab tsav tsheb hauv Florida nrog ib daim zoo li no yog ib qho kev ua txhaum cai. Txoj cai no kuj ua rau kev coj cov neeg tsis muaj ntaub ntawv los rau hauv Florida ua ib qho kev ua txhaum cai, tiam sis ib lub tsev hais plaub tau txwv ntu ntawd thaum lub Tsib Hlis xyoo 2024; lwm ntu tseem siv.

law-ga-hb1105-name = Georgia Criminal Alien Track and Report Act of 2024 (HB 1105)
law-ga-hb1105-summary = Cov tsev loj cuj hauv Georgia yuav tsum kuaj neeg xwm txheej nkag tebchaws nrog ICE, ua raws cov ICE detainer (daim ntawv ICE thov kom kaw cia), thov cov ntawv cog lus zoo li 287(g) txhua xyoo thiab tshaj tawm cov ntawv qhia txog detainer txhua peb lub hlis. Cov nom tswv uas ua txhaum cov cai tawm tsam sanctuary ua ib qho kev txhaum me (misdemeanor), thiab lawv tsoomfwv hauv zos poob nyiaj ntawm lub xeev. Feem ntau ntawm nws pib siv thaum nws tau kos npe thaum lub Tsib Hlis xyoo 2024, txawm hais tias cov qhov chaw hais hnub txawv; ib tsab cai (bill) xyoo 2025, SB 21, los tshem tsoomfwv hauv zos txoj kev tiv thaiv ntawm kev raug foob (immunity) rau kev ua txhaum sanctuary tseem tab tom tos, thiab tsis pom nws tawm li cas.

law-tn-sb6002-name = Tennessee SB 6002 / HB 6001 (rooj sib tham tshwj xeeb xyoo 2025, special session)
law-tn-sb6002-summary = Cov neeg tsim cai Tennessee tau dhau tsab cai (bill) no thaum lub Ib Hlis xyoo 2025. Nws ua rau kev pov npav pom zoo cov cai sanctuary los ntawm cov nom tswv hauv zos los ua ib qho felony (kev txhaum loj), thiab tsim ib lub chaw haujlwm tswj txoj cai nkag tebchaws ntawm lub xeev uas muaj ib tug thawj coj (chief immigration enforcement officer) coj. Tsis tau lees paub tias Tus Tswv Xeev (Governor) puas tau kos npe thiab nws puas tau los ua txoj cai.

law-ia-sf481-name = Iowa txoj cai tawm tsam sanctuary (SF 481)
law-ia-sf481-summary = Cov tsoomfwv hauv zos hauv Iowa yuav tsum ua raws cov ICE detainer (daim ntawv ICE thov kom kaw cia) thiab tsis pub txwv kev tswj txoj cai nkag tebchaws, yog tsis ua li ntawd lawv yuav poob nyiaj ntawm lub xeev.

law-nh-anti-sanctuary-bill-2025-name = New Hampshire Anti-Sanctuary City Act (tsab cai xyoo 2025)
law-nh-anti-sanctuary-bill-2025-summary = Tsab cai (bill) xyoo 2025 no yuav txwv cov cai hauv zos uas thaiv txoj cai nkag tebchaws federal, thiab yuav pub tuav neeg cia 48 teev, tsis suav hnub so kawg lim tiam (weekends) thiab hnub so, tom qab ib tug neeg cov kev foob ntawm lub xeev xaus. Yuav tsum qhia rau Tus Kws Lij Choj Loj (Attorney General) txog cov kev tsis kam ua raws ICE detainer (daim ntawv ICE thov kom kaw cia). Daim ntawv sau luv ntawm tsab cai kuj hais txog kev nplua txog 25 feem pua ntawm nyiaj ntawm lub xeev, tiam sis tsis hais ntxiv. Nws muab hnub tim 1 lub Ib Hlis xyoo 2026 ua hnub pib, tiam sis tsis tau lees paub tias tsab cai puas tau los ua txoj cai.

law-az-sb1070-name = Arizona SB 1070 (xyoo 2010)
law-az-sb1070-summary = Xyoo 2012 US Supreme Court (Tsev Hais Plaub Siab Tshaj Plaws) tau tshem peb ntu ntawm txoj cai no vim lawv tsis sib haum nrog txoj cai federal. Ntu uas pub tub ceev xwm Arizona kuaj ib tug neeg xwm txheej nkag tebchaws thaum lub sijhawm nres raws cai (lawful stop) tau raug tso cai pib siv.
