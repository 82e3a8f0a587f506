# Lub cuab yeej kuaj daim ntawv warrant: cov tub ceev xwm nyob ntawm koj qhov rooj hais tias lawv muaj warrant.
# Cov lus nug uas muaj kev xaiv coj mus rau ib qho lus teb. Txhua qho lus teb kuj qhia
# cov lus qhia ruaj khov hauv qab (warrant-advice-*), thiab cov lus uas yuav hais ua
# tus neeg siv cov lus thiab ua tus tub ceev xwm cov lus.

## Cov lus nug

warrant-q-who = Cov neeg nyob ntawm qhov rooj hais tias lawv yog leej twg?
warrant-who-immigration = Tub ceev xwm nkag tebchaws, los yog ICE
warrant-who-police = Tub ceev xwm hauv zos (police)
warrant-who-other = Lwm tus neeg
warrant-who-dont-know = Kuv tsis paub

warrant-q-paper = Saib daim ntawv uas lawv qhia koj, saib ntawm qhov rais los yog thaum lawv muab xa nkag hauv qab qhov rooj los. Tsis txhob qhib qhov rooj. Nws yog daim ntawv twg?
warrant-q-paper-not-immigration = Saib daim ntawv uas lawv qhia koj, saib ntawm qhov rais los yog thaum lawv muab xa nkag hauv qab qhov rooj los. Tsis txhob qhib qhov rooj. Muaj tej tub ceev xwm nkag tebchaws hais tias lawv yog tub ceev xwm hauv zos (police). Yog daim ntawv los ntawm ICE los yog Department of Homeland Security (DHS), ces suav tias lawv yog tub ceev xwm nkag tebchaws. Nws yog daim ntawv twg?
warrant-paper-none = Lawv tsis tau qhia ib daim ntawv twg rau kuv
warrant-paper-i200 = Daim ntawv warrant ntes neeg ntawm ICE (Form I-200)
warrant-paper-i205 = Daim ntawv warrant xa tawm tebchaws ntawm ICE (Form I-205, warrant of removal)
warrant-paper-i247 = Daim ntawv detainer ntawm ICE (Form I-247): ICE thov kom ib lub tsev loj cuj kaw ib tug neeg cia
warrant-paper-judge-arrest = Daim ntawv warrant ntes neeg los ntawm tsev hais plaub, uas ib tug kws txiav txim kos npe
warrant-paper-judge-search = Daim ntawv warrant tshawb los ntawm tsev hais plaub, uas ib tug kws txiav txim kos npe
warrant-paper-cant-tell = Kuv saib tsis paub

warrant-q-final-order = Puas muaj ib tug neeg nyob ntawm no uas muaj daim ntawv txiav txim kawg kom xa tawm tebchaws (final order of removal)? Ntawd yog daim ntawv txiav txim kom tawm lub tebchaws no mus, thaum ib rooj plaub nkag tebchaws xaus lawm.
warrant-q-lives-here = Tus neeg uas muaj npe nyob hauv daim ntawv warrant ntes neeg puas nyob ntawm no?
warrant-q-search-address = Daim ntawv warrant tshawb puas sau qhov chaw nyob (address) ntawm lub tsev no?
warrant-answer-yes = Yog
warrant-answer-no = Tsis yog
warrant-answer-dont-know = Kuv tsis paub

## Cov lus teb

warrant-o-no-paper = Yog lawv hais tias lawv muaj daim ntawv warrant, thov kom lawv muab xa nkag hauv qab qhov rooj los, los yog tsa rau ntawm qhov rais. Tsis txhob qhib qhov rooj los nyeem. Qee zaum cov tub ceev xwm hais tias lawv muaj warrant tiam sis lawv tsis muaj. Yog tsis muaj daim ntawv warrant uas ib tug kws txiav txim kos npe, koj tsis tas yuav cia lawv nkag los. Thaum koj pom tau daim ntawv lawm, rov ua cov lus nug no dua ib zaug.
warrant-o-no-paper-say = Kuv tsis pom zoo kom nej nkag los hauv kuv lub tsev. Yog nej muaj daim ntawv warrant uas ib tug kws txiav txim kos npe, thov muab xa nkag hauv qab qhov rooj los.

warrant-o-i200 = Nov yog daim ntawv warrant ntes neeg ntawm ICE (Form I-200). Nws kuj hu ua administrative warrant (daim ntawv warrant uas tsis yog kws txiav txim kos npe). Yog ib tug tub ceev xwm ICE kos npe, tsis yog ib tug kws txiav txim. Nws tsis pub cov tub ceev xwm nkag los hauv koj lub tsev yog koj tsis pom zoo. Koj tsis tas yuav qhib qhov rooj.
warrant-o-i200-say = Kuv tsis pom zoo kom nej nkag los hauv kuv lub tsev. Daim ntawv warrant no tsis yog kws txiav txim kos npe.

warrant-o-i205-final-order = Nov yog daim ntawv warrant xa tawm tebchaws ntawm ICE (Form I-205). Yog ib tug tub ceev xwm ICE kos npe, tsis yog ib tug kws txiav txim. Cov neeg tiv thaiv cai (advocates) hais tias nws tsis pub cov tub ceev xwm nkag los hauv koj lub tsev yog koj tsis pom zoo. Tiam sis txij xyoo 2025 los, ICE hais tias nws cov tub ceev xwm muaj cai siv zog nkag rau hauv ib lub tsev nrog daim ntawv no los ntes ib tug neeg uas muaj daim ntawv txiav txim kawg kom xa tawm tebchaws (final order of removal). Tsev hais plaub tab tom mloog cov kev foob tawm tsam qhov ICE hais no, thiab tseem tsis tau muaj lus xaus. Tej zaum cov tub ceev xwm yuav siv zog nkag los. Tsis txhob qhib qhov rooj, thiab tsis txhob pom zoo cia lawv nkag los.
warrant-o-i205-final-order-say = Kuv tsis pom zoo kom nej nkag los hauv kuv lub tsev. Daim ntawv warrant no tsis yog kws txiav txim kos npe.

warrant-o-i205-not-sure = Nov yog daim ntawv warrant xa tawm tebchaws ntawm ICE (Form I-205). Yog ib tug tub ceev xwm ICE kos npe, tsis yog ib tug kws txiav txim. Cov neeg tiv thaiv cai (advocates) hais tias nws tsis pub cov tub ceev xwm nkag los hauv koj lub tsev yog koj tsis pom zoo. Tiam sis txij xyoo 2025 los, ICE hais tias nws cov tub ceev xwm muaj cai siv zog nkag rau hauv ib lub tsev nrog daim ntawv no los ntes ib tug neeg uas muaj daim ntawv txiav txim kawg kom xa tawm tebchaws (final order of removal). Tsev hais plaub tab tom mloog cov kev foob tawm tsam qhov ICE hais no, thiab tseem tsis tau muaj lus xaus. Yog koj tsis paub meej tias puas muaj ib tug neeg nyob ntawm no muaj daim ntawv txiav txim kawg, npaj txhij tias cov tub ceev xwm yuav siv zog nkag los. Tsis txhob qhib qhov rooj, thiab tsis txhob pom zoo cia lawv nkag los. Tom qab, nug ib tug kws lij choj kom nrhiav seb puas muaj daim ntawv txiav txim twg.
warrant-o-i205-not-sure-say = Kuv tsis pom zoo kom nej nkag los hauv kuv lub tsev. Daim ntawv warrant no tsis yog kws txiav txim kos npe.

warrant-o-i205-no-final-order = Nov yog daim ntawv warrant xa tawm tebchaws ntawm ICE (Form I-205). Yog ib tug tub ceev xwm ICE kos npe, tsis yog ib tug kws txiav txim. Cov neeg tiv thaiv cai (advocates) hais tias nws tsis pub cov tub ceev xwm nkag los hauv koj lub tsev yog koj tsis pom zoo. Txij xyoo 2025 los, ICE hais tias nws cov tub ceev xwm muaj cai siv zog nkag rau hauv ib lub tsev nrog daim ntawv no los ntes ib tug neeg uas muaj daim ntawv txiav txim kawg kom xa tawm tebchaws (final order of removal). Tsev hais plaub tab tom mloog cov kev foob tawm tsam qhov ICE hais no, thiab tseem tsis tau muaj lus xaus. Koj hais tias tsis muaj leej twg nyob ntawm no muaj daim ntawv txiav txim kawg. Tej zaum cov tub ceev xwm tseem yuav sim nkag los. Tsis txhob qhib qhov rooj, thiab tsis txhob pom zoo cia lawv nkag los.
warrant-o-i205-no-final-order-say = Kuv tsis pom zoo kom nej nkag los hauv kuv lub tsev. Daim ntawv warrant no tsis yog kws txiav txim kos npe.

warrant-o-detainer = Nov yog daim ntawv detainer ntawm ICE (Form I-247, piv txwv li I-247A). Ib daim detainer yog ICE thov kom ib lub tsev loj cuj kaw ib tug neeg cia rau hauv ntawd. Nws tsis yog daim ntawv warrant, thiab tsis muaj kws txiav txim kos npe rau nws. Koj tsis tas yuav qhib qhov rooj.
warrant-o-detainer-say = Kuv tsis pom zoo kom nej nkag los hauv kuv lub tsev. Daim ntawv no tsis yog daim ntawv warrant uas kws txiav txim kos npe.

warrant-o-judge-arrest = Tej zaum nov yog ib daim ntawv warrant ntes neeg tiag uas ib tug kws txiav txim kos npe. Nws pub cov tub ceev xwm nkag los hauv lub tsev ntawm tus neeg uas muaj npe hauv daim ntawv, los ntes tus neeg ntawd, yog lawv ntseeg tias tus neeg ntawd nyob hauv tsev. Cov tub ceev xwm nkag tau los. Tsis txhob thaiv qhov rooj thiab tsis txhob sib ntaus nrog lawv. Koj tseem nyob twj ywm tau. Koj tsis tas yuav pom zoo kom lawv tshawb lwm yam dabtsi. Saib hnub tim nyob hauv daim ntawv warrant. Yog nws zoo li qub lawm, nug ib tug kws lij choj txog nws.
warrant-o-judge-arrest-say = Kuv siv kuv txoj cai nyob twj ywm. Kuv xav tham nrog ib tug kws lij choj.

warrant-o-arrest-not-here = Daim ntawv warrant ntes neeg uas ib tug kws txiav txim kos npe pub cov tub ceev xwm nkag tau rau hauv lub tsev ntawm tus neeg uas muaj npe hauv daim ntawv. Nws tsis pub lawv nkag mus hauv lwm tus neeg lub tsev mus nrhiav tus neeg ntawd. Yog xav ua li ntawd, lawv yuav tsum muaj daim ntawv warrant tshawb. Koj hais tias tus neeg muaj npe ntawd tsis nyob ntawm no, yog li koj tsis tas yuav cia lawv nkag los. Koj tsis tas yuav teb lawv cov lus nug. Tsis txhob dag lawv.
warrant-o-arrest-not-here-say = Kuv tsis pom zoo kom nej nkag los hauv kuv lub tsev.

warrant-o-judge-search = Tej zaum nov yog ib daim ntawv warrant tshawb tiag uas ib tug kws txiav txim kos npe. Nws pub cov tub ceev xwm tshawb qhov chaw nyob (address) uas sau hauv daim ntawv, txawm leej twg nyob ntawd los xij. Lawv tsuas tshawb tau cov chaw uas daim ntawv warrant teev xwb, thiab tsuas nrhiav tau cov khoom uas nws teev xwb. Cov tub ceev xwm nkag tau los. Tsis txhob thaiv qhov rooj thiab tsis txhob sib ntaus nrog lawv. Koj tseem nyob twj ywm tau. Saib hnub tim nyob hauv daim ntawv warrant. Yog nws zoo li qub lawm, nug ib tug kws lij choj txog nws.
warrant-o-judge-search-say = Kuv siv kuv txoj cai nyob twj ywm. Kuv xav tham nrog ib tug kws lij choj.

warrant-o-wrong-address = Daim ntawv warrant tshawb sau lwm qhov chaw nyob, tsis yog lub tsev no. Koj tsis tas yuav qhib qhov rooj. Kaw qhov rooj cia.
warrant-o-wrong-address-say = Kuv tsis pom zoo kom nej nkag los hauv kuv lub tsev. Daim ntawv warrant no yog rau lwm qhov chaw nyob.

warrant-o-cant-tell = Yog koj saib tsis paub tias daim ntawv ntawd yog dabtsi, los yog leej twg kos npe, tsis txhob qhib qhov rooj. Thov kom lawv muab xa nkag hauv qab qhov rooj los kom koj nyeem tau. Koj thov tau ib tug neeg txhais lus. Cov neeg tiv thaiv cai (advocates) hais tias tsuas yog daim ntawv warrant uas ib tug kws txiav txim kos npe thiaj pub cov tub ceev xwm nkag los tau yog koj tsis pom zoo. Txij xyoo 2025 los, ICE kuj hais tias nws cov tub ceev xwm muaj cai siv zog nkag los nrog Form I-205 los ntes ib tug neeg uas muaj daim ntawv txiav txim kawg kom xa tawm tebchaws (final order of removal); tsev hais plaub tab tom mloog cov kev foob tawm tsam qhov ICE hais no.
warrant-o-cant-tell-say = Kuv tsis pom zoo kom nej nkag los hauv kuv lub tsev. Thov qhia kuv daim ntawv warrant uas ib tug kws txiav txim kos npe.

## Cov lus qhia: daim ntawv teev ruaj khov uas txhua qho lus teb siv, raws li qhov kev txheeb no

warrant-advice-keep-door-closed = Kaw qhov rooj cia. Tham hla qhov rooj.
warrant-advice-do-not-consent = Hais kom meej tias koj tsis pom zoo kom lawv nkag los los yog tshawb.
warrant-advice-do-not-resist = Yog cov tub ceev xwm nkag los los yog siv zog nkag los, tsis txhob khiav, sib ntaus los yog thaiv lawv.
warrant-advice-stay-silent = Koj muaj cai nyob twj ywm. Yog koj xaiv nyob twj ywm, hais nrov nrov kom lawv paub.
warrant-advice-ask-for-lawyer = Thov ib tug kws lij choj.
warrant-advice-do-not-sign = Tsis txhob kos npe rau ib yam dabtsi kom txog thaum koj tau tham nrog ib tug kws lij choj.
warrant-advice-note-details = Sau cov tub ceev xwm lub npe, lawv tus lej badge (tus lej ntawm lawv daim npav tub ceev xwm), lub sijhawm, thiab yam uas tau tshwm sim.
warrant-advice-call-rapid-response = Hu rau koj lub county tus xov tooj rapid response (xov tooj pab ceev). Koj nrhiav tau nws hauv lub app no qhov nrhiav kev pab (help finder).
