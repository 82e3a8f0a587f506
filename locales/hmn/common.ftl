# Cov kauj ruam uas siv rau ntau yam xwm txheej.

common-stay-silent-do = Koj muaj cai nyob twj ywm. Yog koj xaiv nyob twj ywm, hais nrov nrov kom lawv paub.
common-stay-silent-say = Kuv siv kuv txoj cai nyob twj ywm. Kuv xav tham nrog ib tug kws lij choj.
common-stay-silent-why = Tsab Cai Lij Choj Ntxiv Thib Tsib (Fifth Amendment) pub koj tsis teb cov lus nug. Koj tsis tas qhia tias koj yug qhov twg, koj xwm txheej nkag tebchaws (immigration status) yog li cas, los yog koj tuaj rau lub tebchaws no li cas. Cov lus koj hais yuav raug muab siv tawm tsam koj hauv tsev hais plaub.

common-do-not-sign-do = Tsis txhob kos npe rau ib daim ntawv twg kom txog thaum koj tau tham nrog ib tug kws lij choj.
common-do-not-sign-say = Kuv yuav tsis kos npe rau ib yam dabtsi kom txog thaum kuv tau tham nrog ib tug kws lij choj.
common-do-not-sign-why = Muaj tej daim ntawv, xws li daim ntawv "voluntary departure" (yeem tawm tebchaws mus), yuav ua rau koj poob txoj hauv kev mus cuag ib tug kws txiav txim nkag tebchaws (immigration judge).

common-do-not-lie-do = Tsis txhob dag. Tsis txhob hais tias koj yog pej xeem Asmeskas (U.S. citizen) yog koj tsis yog. Tsis txhob muab ntawv cuav qhia.
common-do-not-lie-why = Koj muaj cai nyob twj ywm, tab sis koj tsis muaj cai dag. Kev dag hais tias koj yog pej xeem Asmeskas yuav ua rau koj muaj teeb meem loj txog kev nkag tebchaws, thiab feem ntau yog teeb meem mus ib txhis.

common-ask-if-free-to-go-do = Nug seb koj puas mus tau. Yog lawv teb tias mus tau, ces maj mam tawm mus. Yog lawv teb tias mus tsis tau, ces nyob twj ywm thiab thov ib tug kws lij choj.
common-ask-if-free-to-go-say = Kuv puas mus tau lawm?
common-ask-if-free-to-go-why = Yog lawv tsis tau tuav koj cia, koj tsis tas yuav nyob teb lawv cov lus nug.

# Cov "tsis txhob" uas siv rau ntau yam xwm txheej.

common-dont-resist = Tsis txhob khiav, sib ntaus, sib cav, los yog thaiv cov tub ceev xwm, txawm yog koj xav tias lawv ua tsis yog los xij.
common-dont-lie = Tsis txhob dag, tsis txhob hais tias koj yog pej xeem Asmeskas yog koj tsis yog, thiab tsis txhob muab ntawv cuav qhia.
common-dont-sign = Tsis txhob kos npe rau ib yam dabtsi, tshwj xeeb yog daim ntawv "voluntary departure" (yeem tawm tebchaws mus), yog koj tseem tsis tau tham nrog ib tug kws lij choj.
