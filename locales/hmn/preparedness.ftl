# Daim ntawv phiaj xwm rau tsev neeg thiab cov lus text thaum muaj xwm txheej ceev. Cov npe ntawm
# daim ntawv phiaj xwm raug luam tawm rau ib daim ntawv uas sau ntawm tes; cov lus text yog ib tug neeg xa
# (lawv cov lus `-say` raug muab txhais rov qab (back-translated) hauv txhua hom lus).

## Phiaj xwm npaj txhij rau tsev neeg

plan-title = Phiaj xwm npaj txhij rau tsev neeg
plan-intro = Sau daim ntawv no nrog koj tsev neeg ua ntej muaj dabtsi tshwm sim. Khaws nws cia nrog koj cov ntaub ntawv tseem ceeb, rau qhov chaw uas cov neeg koj ntseeg siab nrhiav tau. Cim kom tau cov xov tooj.
plan-emergency-contacts-label = Cov neeg yuav hu thaum muaj xwm txheej ceev
plan-emergency-contacts-hint = Lub npe thiab xov tooj ntawm cov neeg koj ntseeg siab. Cim kom tau cov xov tooj: yog koj raug kaw, tej zaum koj yuav tsis muaj koj lub xov tooj.
plan-lawyer-label = Koj tus kws lij choj los yog pab pawg pab cai lij choj (legal aid)
plan-lawyer-hint = Lub npe thiab xov tooj. Cim kom tau tus xov tooj no thiab.
plan-rapid-response-label = Koj lub county tus xov tooj rapid response (xov tooj pab ceev)
plan-rapid-response-hint = Hu rau nws yog koj pom cov tub ceev xwm nkag tebchaws nyob ze. Lub app no qhov nrhiav kev pab (help finder) teev tus xov tooj rau koj lub county.
plan-children-pickup-label = Leej twg mus tos tau cov menyuam
plan-children-pickup-hint = Cov neeg uas koj xaiv los tos koj cov menyuam yog koj mus tsis tau, nrog lawv cov xov tooj. Xyuas kom lawv paub.
plan-documents-label = Cov ntaub ntawv tseem ceeb nyob qhov twg
plan-documents-hint = Khaws cia rau ib qho chaw uas cov neeg koj ntseeg siab mus muab tau sai sai.
plan-a-numbers-label = Cov A-number (tus lej A)
plan-a-numbers-hint = Txhua tus neeg tus A-number, yog nws muaj, thiab lub tebchaws uas nws yug. Nrog cov no, koj tsev neeg nrhiav tau ib tug neeg laus uas raug ICE kaw hauv ICE lub online detainee locator.
plan-medical-needs-label = Kev xav tau kho mob
plan-medical-needs-hint = Txhua tus neeg cov teeb meem kev noj qab haus huv thiab cov tshuaj, los qhia rau cov tub ceev xwm yog muaj ib tug raug ntes los yog raug kaw.

## Cov lus text thaum muaj xwm txheej ceev

emergency-detained-title = Raug tub ceev xwm nkag tebchaws kaw
emergency-detained-when = Siv thaum cov tub ceev xwm nkag tebchaws kaw koj. Sau tam sim no, kom koj los yog ib tug neeg koj ntseeg siab xa tau sai sai.
emergency-detained-say = Kuv raug tub ceev xwm nkag tebchaws kaw ntawm { $place }. Thov hu rau { $contact }. Kuv tus A-number yog { $a_number }.
emergency-arrested-title = Raug tub ceev xwm hauv zos ntes
emergency-arrested-when = Siv thaum tub ceev xwm hauv zos ntes koj. Sau tam sim no, kom ib tug neeg koj ntseeg siab xa tau hloov koj.
emergency-arrested-say = Kuv raug tub ceev xwm hauv zos (police) ntes ntawm { $place }. Thov hu rau { $contact }.
emergency-children-title = Mus tos cov menyuam
emergency-children-when = Siv thaum koj mus tos tsis tau koj cov menyuam. Nws taw rau tus neeg uas muaj npe hauv koj tsev neeg txoj phiaj xwm.
emergency-children-say = Kuv mus tos tsis tau cov menyuam. Thov ua raws li peb tsev neeg txoj phiaj xwm: { $contact } yuav mus tos lawv ntawm { $place }.
emergency-find-me-title = Yuav nrhiav kuv li cas
emergency-find-me-when = Muab qhov no rau tsev neeg uas koj ntseeg siab. Nws muaj koj tus A-number thiab lub tebchaws uas koj yug, uas lawv xav tau los nrhiav koj yog ICE kaw koj.
emergency-find-me-say = Yog kuv tsis rov los tsev, tej zaum ICE tab tom kaw kuv. Nej nrhiav tau kuv hauv ICE lub Online Detainee Locator, { $locator }, nrog kuv tus A-number, { $a_number }, thiab lub tebchaws uas kuv yug, { $country }.
