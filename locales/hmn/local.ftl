# Ntaub ntawv hauv zos: cov cai ntawm county thiab nroog, cov chaw kaw neeg, kev pab cai lij choj.

## Cov cai ntawm county thiab nroog

local-policy-as-of = Txog { $date }, raws li { $who } hais: { $policy }
local-policy-undated = Raws li { $who } hais (tsis qhia hnub tim): { $policy }
local-policy-reminder = Cov cai hauv zos tsis khi cov tub ceev xwm federal.
local-policy-none-found = Kev tshawb fawb tsis pom ib txoj cai hauv zos ntawm no ntxiv rau txoj cai ntawm lub xeev.
local-policy-hidden-low = Cov lus qhia uas tsis tshua ntseeg tau uas tsis muab qhia ntawm no: { $count }.
reported-by-official-records = cov ntaub ntawv raug cai (official records)
reported-by-news-reports = cov xov xwm
reported-by-the-sheriff = lub chaw haujlwm sheriff
reported-by-advocates = cov pab pawg tiv thaiv cai (advocacy groups)
reported-by-one-secondary-source = ib qho chaw xwb, uas tsis yog qhov chaw thawj (secondary source)
policy-category-limits-beyond-state-law = Txwv kev pab ICE ntau dua txoj cai ntawm lub xeev
policy-category-follows-state-law = Ua raws li txoj cai ntawm lub xeev xwb
policy-category-helps-ice-within-state-law = Pab ICE npaum li txoj cai ntawm lub xeev pub
policy-category-publishes-release-dates = Tshaj tawm cov hnub tso tawm
policy-category-opposes-state-law = Tawm tsam lub xeev cov kev txwv
policy-category-no-local-policy-found = Tsis pom ib txoj cai hauv zos
policy-status-in-force = siv lawm
policy-status-challenged = siv lawm, tiam sis raug foob hauv tsev hais plaub
policy-status-adopted-not-final = tau txais yuav, tiam sis tseem tsis tau kawg
policy-status-repealed = raug tshem tawm lawm
policy-status-ended = xaus lawm
policy-status-symbolic = ib qho lus tshaj tawm xwb, tsis yuam
policy-status-unconfirmed = muaj neeg qhia, tiam sis tsis tau lees paub

## Cov chaw kaw neeg

facility-kind-processing-center = ICE processing center (chaw kaw neeg thiab ua ntaub ntawv ntawm ICE)
facility-kind-detention-center = chaw kaw neeg (detention center)
facility-kind-annex = tsev ntxiv ntawm lwm lub chaw
facility-kind-county-jail = tsev loj cuj county
facility-kind-city-jail = tsev loj cuj ntawm lub nroog
facility-status-operating = kaw neeg rau ICE
facility-status-closed = tsis kaw neeg rau ICE lawm
facility-status-uncertain = tsis paub tias tam sim no puas kaw neeg rau ICE
detention-notice = Cov neeg pheej raug tsiv chaw. Yuav nrhiav ib tug neeg uas raug ICE kaw, siv ICE lub online detainee locator, los yog hu rau tus xov tooj qhia txog kev raug kaw (detention information line).

## Kev pab cai lij choj

service-legal-aid = kev pab cai lij choj txog nkag tebchaws
service-deportation-defense = kev tiv thaiv kom tsis raug xa tawm tebchaws (deportation defense)
service-rapid-response = rapid response (pab ceev)
service-lawyer-referral = xa mus cuag kws lij choj
service-detention-support = kev pab rau cov neeg raug kaw (detention)
service-children = kev pab rau menyuam yaus
service-victims = kev pab rau cov neeg dim ntawm kev ua txhaum cai los yog kev tsim txom
cost-free = pub dawb
cost-low-cost = tus nqi qis
cost-unknown = tsis qhia tus nqi
caution-third-party-parse = Los ntawm lwm tus neeg daim qauv ntawm ib daim ntawv teev ntawm tsoomfwv, tsis tau muab piv rau daim ntawv teev tiag.
caution-single-source = Tsuas muaj ib qho chaw teev nws xwb.
caution-recognition-renewal-pending = Nyob hauv daim ntawv teev ntawm tsoomfwv uas peb siv, nws daim ntawv lees paub (recognition) los ntawm U.S. Justice Department kom muab kev pab cai lij choj txog nkag tebchaws twb txog los yog yuav luag txog hnub tas lawm, thiab tab tom tos kev txuas ntxiv (renewal).
caution-two-numbers = Ob qhov chaw muab ob tus xov tooj txawv. Qhia ob tus.
caution-area-code-mismatch = Tus xov tooj tus area code tsis yog lub nroog tus.
caution-government-office = Ib lub chaw haujlwm tsoomfwv, tsis yog ib lub koom haum tsis khwv nyiaj (nonprofit).
caution-merged-offices = Qhov chaw tau muab ob lub chaw haujlwm sib xyaw; qhov chaw nyob los yog tus xov tooj tej zaum yog lwm lub chaw haujlwm li.
caution-referral-only = Xa neeg mus cuag kws lij choj xwb: tsis muab kev pab cai lij choj ncaj qha, thiab tsis txais neeg tuaj yam tsis tau teem sijhawm (walk-ins).
caution-limited-eligibility = Pab tsuas yog qee tus neeg xwb: nyeem seb nws pab leej twg.
caution-no-phone-found = Tsis pom nws tus xov tooj.

## Cov lus txog cov xov tooj uas ib tug neeg yuav tsum nyeem ua ntej hu

hotline-ice-la-field-office-note = ICE yog tus tswj. Hu rau nws yog ICE lub online detainee locator nrhiav tsis tau tus neeg, thiab kev ntes tau tshwm sim hauv Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara los yog San Luis Obispo County.
hotline-orr-note = Rau ib tug niam txiv los yog tus neeg saib xyuas (guardian) uas tab tom nrhiav ib tug menyuam hnub nyoog qis dua 18 xyoo uas Office of Refugee Resettlement tuav cia. Ib lub chaw haujlwm tsoomfwv, tsis yog ib tug neeg tiv thaiv cai (advocate).
hotline-ct-statewide-note = Yog koj tsis muaj xwm txheej nkag tebchaws raug cai (legal immigration status), qhov chaw hais kom thov ncaj qha rau New Haven Legal Assistance, tsis txhob thov dhau tus xov tooj no; nws hais tias lub chaw haujlwm ntawd tsis qhia xwm txheej nkag tebchaws rau tub ceev xwm los yog lwm lub chaw muaj hwj chim. Peb tsis pom lub chaw haujlwm ntawd tus kheej tus xov tooj; nws nplooj vev xaib yog thawj qhov chaw (source) uas teev rau tus xov tooj no.
