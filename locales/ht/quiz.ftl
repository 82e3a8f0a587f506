# Kesyonè fòmasyon an: yon kesyon pou chak blòk, apre sa chwa yo ak poukisa. Chak
# kesyon teste yon etap nan sitiyasyon li (content/quiz/<topic>.toml).

## Ajan devan pòt ou

quiz-at-home-door = Ajan imigrasyon ap frape pòt lakay ou. Kisa ou dwe fè?
quiz-at-home-door-a = Louvri pòt la yon ti kras pou pale.
quiz-at-home-door-b = Kenbe pòt la fèmen epi pale atravè l.
quiz-at-home-door-c = Soti deyò pou pale ak yo.
quiz-at-home-door-why = Kenbe pòt la fèmen epi pale atravè l. Mande kiyès yo ye ak poukisa yo vini. Si ou louvri pòt la, sa pa ba yo pèmisyon pou yo antre, men pale atravè yon pòt fèmen pi an sekirite.

quiz-at-home-open = Ajan yo vle ou louvri pòt la. Kisa yo dwe montre ou anvan ou louvri l?
quiz-at-home-open-a = Yon badj nan fenèt la.
quiz-at-home-open-b = Nenpòt papye ki ekri "warrant" (manda).
quiz-at-home-open-c = Yon manda yon jij siyen ki koresponn ak kay sa a.
quiz-at-home-open-why = Pa louvri pòt la, sòf si yo montre ou, anba pòt la oswa nan fenèt la, yon manda yon jij siyen ki koresponn ak kay sa a. Sa vle di yon manda pou fouye pou adrès sa a, oswa yon manda arestasyon pou yon moun ki rete isit la.

quiz-at-home-silent = Ajan yo mande ou ki kote ou fèt. Èske ou oblije reponn?
quiz-at-home-silent-a = Non. Ou ka rete an silans.
quiz-at-home-silent-b = Wi. Ou dwe reponn tout kesyon.
quiz-at-home-silent-c = Non, men ou dwe di yo ki estati imigrasyon ou.
quiz-at-home-silent-why = Senkyèm Amandman an (Fifth Amendment) ba ou dwa pou ou refize reponn kesyon. Ou pa oblije di ki kote ou fèt, ki estati imigrasyon ou, ni kijan ou te vin nan peyi sa a. Si ou chwazi rete an silans, di sa byen fò.

quiz-at-home-forced = Ajan yo fòse antre lakay ou. Kisa ou dwe fè?
quiz-at-home-forced-a = Bare yo pou yo pa ka antre.
quiz-at-home-forced-b = Pa goumen. Di ou pa dakò pou yo antre, ni pou yo fouye.
quiz-at-home-forced-c = Reponn kesyon yo pou yo ka ale pi vit.
quiz-at-home-forced-why = Pa goumen ak yo e pa bare yo: si ou goumen ak yo, sa ka mete ou ak fanmi ou an danje. Ou ka toujou refize ak pawòl ou. Di ou pa dakò pou yo antre, ni pou yo fouye, rete an silans epi mande yon avoka.

## Verifye yon manda

quiz-warrant-check-say-warrant = Ajan yo di atravè pòt la yo gen yon manda. Kisa ou dwe fè?
quiz-warrant-check-say-warrant-a = Louvri pòt la, paske yo di sa.
quiz-warrant-check-say-warrant-b = Pa louvri pòt la. Wè papye a anvan.
quiz-warrant-check-say-warrant-c = Louvri pòt la si yo di se polis yo ye.
quiz-warrant-check-say-warrant-why = Pa louvri pòt la jis paske ajan yo di yo gen yon manda. Pafwa ajan yo di yo genyen youn alòske yo pa genyen, oswa yo di se polis yo ye. Wè papye a anvan.

quiz-warrant-check-judge = Kijan ou ka konnen si yon papye se yon manda yon jij siyen?
quiz-warrant-check-judge-a = Li soti nan yon tribinal, e se yon jij ki siyen l.
quiz-warrant-check-judge-b = Se yon ofisye ICE ki siyen l.
quiz-warrant-check-judge-c = Ajan an di ou se yon manda.
quiz-warrant-check-judge-why = Gade kiyès ki siyen papye a. Yon manda yon jij siyen soti nan yon tribinal, tankou yon U.S. District Court (tribinal federal) oswa yon California Superior Court (tribinal eta a). Se yon jij ki siyen l.

quiz-warrant-check-ice-form = Papye a se Fòm I-205 ICE. Èske se yon manda yon jij siyen?
quiz-warrant-check-ice-form-a = Wi. Tout fòm manda soti nan men yon jij.
quiz-warrant-check-ice-form-b = Wi, si se yon ofisye ICE ki siyen l.
quiz-warrant-check-ice-form-c = Non. Se yon ofisye ICE ki siyen l, se pa yon jij.
quiz-warrant-check-ice-form-why = Fòm ki soti nan ICE, tankou Fòm I-200 oswa Fòm I-205, se yon ofisye ICE ki siyen yo, se pa yon jij. Defansè imigran yo di fòm sa yo pa pèmèt ajan yo antre lakay ou san pèmisyon ou, men depi 2025 ICE di ajan li yo gen dwa fòse antre ak Fòm I-205 pou yo arete yon moun ki gen yon lòd final depòtasyon, e tribinal yo ap egzamine kontestasyon kont sa ICE di a. Si ajan yo fòse antre, pa goumen ak yo e pa bare yo.

quiz-warrant-check-wrong-person = Yon jij siyen yon manda arestasyon, men li pa nonmen okenn moun ki rete lakay ou. Èske ou oblije louvri pòt la?
quiz-warrant-check-wrong-person-a = Wi. Nenpòt manda yon jij siyen pèmèt yo antre.
quiz-warrant-check-wrong-person-b = Non. Ou pa oblije louvri pòt la.
quiz-warrant-check-wrong-person-c = Wi, depi yo glise l anba pòt la.
quiz-warrant-check-wrong-person-why = Yon manda arestasyon pa pèmèt ofisye yo antre lakay yon lòt moun pou chèche moun li nonmen an. Pou sa, yo bezwen yon manda pou fouye. Si yon manda arestasyon pa nonmen okenn moun ki rete isit la, ou pa oblije louvri pòt la.

## Yo kanpe ou nan lari

quiz-in-public-free-to-go = Nan lari a, ou mande yon ajan si ou lib pou ou ale. Repons lan se wi. Kisa ou ka fè?
quiz-in-public-free-to-go-a = Ou dwe rete epi reponn kesyon yo.
quiz-in-public-free-to-go-b = Ale ak kalm.
quiz-in-public-free-to-go-c = Kouri byen vit.
quiz-in-public-free-to-go-why = Si repons lan se wi, ale ak kalm. Si yo pa kenbe ou, ou pa oblije rete la pou reponn kesyon. Si repons lan se non, rete an silans epi mande yon avoka.

quiz-in-public-search = Yon ofisye nan lari a vle fouye sak ou. Kisa ou ka fè?
quiz-in-public-search-a = Di: Mwen pa bay konsantman pou okenn fouy.
quiz-in-public-search-b = Kenbe sak ou byen di epi goumen ak yo.
quiz-in-public-search-c = Anyen. Ou pa ka di non.
quiz-in-public-search-why = Ou gen dwa di non si yo vle fouye pòch ou oswa sak ou. Ofisye yo ka toujou manyen rad ou pa deyò pou yo wè si ou gen zam. Si yo fouye ou kanmenm, pa goumen ak yo.

quiz-in-public-green-card = Ou gen yon green card ki valab. Kisa ou dwe fè lè ou soti?
quiz-in-public-green-card-a = Kite l lakay ou pou l rete an sekirite.
quiz-in-public-green-card-b = Pote l sou ou, men pa montre l bay ajan imigrasyon ki mande l.
quiz-in-public-green-card-c = Pote l sou ou, epi montre l si yon ajan imigrasyon mande l.
quiz-in-public-green-card-why = Lwa federal la di granmoun yo bay papye sa yo dwe pote yo sou yo epi montre yo bay ajan imigrasyon ki mande yo. Si ou pa pote yo, se yon ti krim federal (misdemeanor).

quiz-in-public-coffee = Ajan yo mande ou vin nan biwo yo oswa "al bwè yon kafe" avè yo. Kisa ou dwe fè?
quiz-in-public-coffee-a = Ale, pou yo wè ou pa gen anyen pou kache.
quiz-in-public-coffee-b = Pa ale. Sa ka yon pèlen.
quiz-in-public-coffee-c = Ale, si yo sanble janti.
quiz-in-public-coffee-why = Pa ale ak ajan yo nan yon biwo, e pa dakò "al bwè yon kafe" avè yo. Sa ka yon pèlen.

## Yo kanpe ou nan yon machin

quiz-traffic-stop-pull-over = Polis fè ou siy pou ou rale sou kote. Kisa ou dwe fè?
quiz-traffic-stop-pull-over-a = Kite motè a limen pou ou pare pou ou ale.
quiz-traffic-stop-pull-over-b = Kanpe nan yon kote ki an sekirite, etenn motè a, epi kenbe men ou sou volan an.
quiz-traffic-stop-pull-over-c = Lonje men ou anba chèz la touswit pou pran papye ou.
quiz-traffic-stop-pull-over-why = Rale sou kote nan yon kote ki an sekirite, etenn motè a, limen limyè anndan machin nan, epi kenbe men ou sou volan an kote ofisye a ka wè yo. Sa montre ofisye a ou pa yon danje, e sa kenbe tout moun pi an sekirite.

quiz-traffic-stop-who-silent = Polis kanpe machin ou. Kiyès ki ka rete an silans?
quiz-traffic-stop-who-silent-a = Chofè a sèlman.
quiz-traffic-stop-who-silent-b = Pasaje yo sèlman.
quiz-traffic-stop-who-silent-c = Chofè a ak tout pasaje yo.
quiz-traffic-stop-who-silent-why = Chofè a ak tout pasaje yo ka rete an silans. Si se sa ou chwazi, di sa byen fò. Sa ou di ka sèvi kont ou nan tribinal.

quiz-traffic-stop-car-search = Yon ofisye mande pou l fouye machin ou. Kisa ou ka di?
quiz-traffic-stop-car-search-a = Mwen pa bay konsantman pou nou fouye machin mwen.
quiz-traffic-stop-car-search-b = Ou mèt fè l, mwen pa gen anyen pou m kache.
quiz-traffic-stop-car-search-c = Ou ka fouye si ou kite m ale apre.
quiz-traffic-stop-car-search-why = Pa dakò pou yo fouye machin nan. Polis ka toujou fouye san pèmisyon ou si yo kwè gen prèv yon krim. Si yo fouye kanmenm, pa goumen ak yo: si ou goumen ak yo, sa ka mete ou an danje.

quiz-traffic-stop-passenger = Ou se yon pasaje. Ou mande si ou lib pou ou ale, e ofisye a di wi. Kisa ou ka fè?
quiz-traffic-stop-passenger-a = Ou dwe rete epi reponn kesyon.
quiz-traffic-stop-passenger-b = Ale ak kalm.
quiz-traffic-stop-passenger-c = Kouri kite machin nan.
quiz-traffic-stop-passenger-why = Si ou se yon pasaje, mande si ou lib pou ou ale. Si repons lan se wi, ale ak kalm. Si yo pa kenbe ou, ou pa oblije rete la pou reponn kesyon.

## Ajan nan travay ou

quiz-at-work-areas = Nan travay la, ki kote ICE ka antre san mande?
quiz-at-work-areas-a = Pati piblik yo, tankou yon lobi oswa yon pakin.
quiz-at-work-areas-b = Kizin nan oswa biwo a.
quiz-at-work-areas-c = Nenpòt sal, menm sal ki pou travayè sèlman.
quiz-at-work-areas-why = ICE ka antre nan pati piblik yon biznis, tankou yon sal manje, yon lobi oswa yon pakin, san mande. Pou yo antre nan pati ki pa piblik, tankou yon kizin, yon biwo oswa sal ki pou travayè sèlman, yo bezwen pèmisyon patwon an oswa yon manda yon jij siyen. Lefèt ke yo nan yon pati piblik pa, pou kont li, pèmèt ajan yo kenbe, kesyonnen oswa arete pèsonn.

quiz-at-work-free-to-leave = Nan travay la, ou mande yon ajan si ou lib pou ou retounen nan travay ou. Repons lan se wi. Kisa ou ka fè?
quiz-at-work-free-to-leave-a = Ou dwe rete epi reponn kesyon anvan.
quiz-at-work-free-to-leave-b = Kouri soti pa pòt dèyè a.
quiz-at-work-free-to-leave-c = Di ou pa vle pale, epi retounen nan travay ou ak kalm.
quiz-at-work-free-to-leave-why = Si repons lan se wi, di ou pa vle pale. Apre sa, retounen nan travay ou oswa ale ak kalm. Si yo pa kenbe ou, ou pa oblije rete la pou reponn kesyon.

quiz-at-work-groups = Ajan yo di travayè yo separe an gwoup dapre estati imigrasyon yo. Kisa ou ka fè?
quiz-at-work-groups-a = Ou dwe ale nan gwoup ki pou estati ou.
quiz-at-work-groups-b = Rete kote ou ye a.
quiz-at-work-groups-c = Ale nan yon gwoup, paske sa pa di yo anyen.
quiz-at-work-groups-why = Ou ka rete kote ou ye a. Si ou ale nan youn nan gwoup sa yo, se yon fason pou ou di yo ki estati ou, e ou pa oblije di yo ki estati ou.

quiz-at-work-search = Ajan ki nan travay ou vle fè yon fouy. Kisa ou ka di?
quiz-at-work-search-a = Mwen pa bay konsantman pou okenn fouy.
quiz-at-work-search-b = Nou mèt fè l, mwen pa gen anyen pou m kache.
quiz-at-work-search-c = Nou ka fouye si nou pa poze m kesyon.
quiz-at-work-search-why = Pa dakò pou yo fouye. Ou ka di byen fò: Mwen pa bay konsantman pou okenn fouy.

## Polis arete ou

quiz-arrested-used-against = Apre yon arestasyon, ki kote sa ou di ka sèvi kont ou?
quiz-arrested-used-against-a = Sèlman nan tribinal kriminèl
quiz-arrested-used-against-b = Okenn kote, paske se polis lokal yo ye
quiz-arrested-used-against-c = Nan tribinal kriminèl ak nan tribinal imigrasyon
quiz-arrested-used-against-why = Sa ou di ka sèvi kont ou nan tribinal kriminèl ak nan tribinal imigrasyon. Kidonk, mande yon avoka, e pa deside anyen toutotan ou pa pale ak yon avoka.

quiz-arrested-caregiver = Yo arete ou, e se ou menm ki okipe yon timoun prensipalman. Kisa ou ka fè?
quiz-arrested-caregiver-a = Pale ofisye a de pitit ou
quiz-arrested-caregiver-b = Kache sa pou ofisye a
quiz-arrested-caregiver-c = Tann jiskaske yo lage ou pou ou pale de sa
quiz-arrested-caregiver-why = Ou ka di ofisye a si ou se paran yon timoun, oswa si se ou menm ki okipe l prensipalman, epi pale l de nenpòt bezwen medikal ou genyen. Sa ka ede asire yo pran swen pitit ou, e yo konnen bezwen sante ou.

quiz-arrested-wrong-arrest = Ou kwè polis la ap arete ou pa erè. Kisa ou dwe fè?
quiz-arrested-wrong-arrest-a = Kouri si ou jwenn chans
quiz-arrested-wrong-arrest-b = Pa kouri, pa goumen, menm si ou kwè se yon erè
quiz-arrested-wrong-arrest-c = Goumen pou yo kite ou ale
quiz-arrested-wrong-arrest-why = Pa kouri pou polis, e pa goumen ak yo, menm si ou kwè yo pa t dwe arete ou.

quiz-arrested-calls = Nan California, konbyen apèl telefòn ou ka fè apre yo arete ou?
quiz-arrested-calls-a = Omwen 3 apèl ki pase
quiz-arrested-calls-b = Sèlman 1 apèl
quiz-arrested-calls-c = Okenn, jiskaske ou wè yon jij
quiz-arrested-calls-why = California Penal Code seksyon 851.5 ba ou omwen 3 apèl ki pase. Ou jwenn yo touswit apre anrejistreman ou nan prizon (booking), e pa pita pase 3 èdtan apre arestasyon ou, sòf si sa enposib fizikman.

## Nan yon prizon lokal

quiz-in-jail-silent = Pandan yo kenbe ou, yo mande ou ki kote ou fèt. Èske ou oblije reponn?
quiz-in-jail-silent-a = Wi, paske ou nan prizon
quiz-in-jail-silent-b = Non. Ou ka rete an silans, epi di sa byen fò
quiz-in-jail-silent-c = Wi, si yon ofisye mande ou
quiz-in-jail-silent-why = Senkyèm Amandman an (Fifth Amendment) ba ou dwa pou ou refize reponn kesyon. Ou pa oblije di ki kote ou fèt. Si ou chwazi rete an silans, di sa byen fò.

quiz-in-jail-sign = Nan prizon, yo ba ou papye "depa volontè" (voluntary departure). Kisa ou dwe fè?
quiz-in-jail-sign-a = Siyen yo pou ou soti pi vit
quiz-in-jail-sign-b = Siyen yo si yon ofisye di ou fè l
quiz-in-jail-sign-c = Pa siyen toutotan ou pa pale ak yon avoka
quiz-in-jail-sign-why = Pa siyen anyen, sitou papye "depa volontè" (voluntary departure), san ou pa pale ak yon avoka.

quiz-in-jail-citizen = Ou pa sitwayen ameriken. Yon ofisye mande ou si ou se sitwayen ameriken. Kisa ki kòrèk?
quiz-in-jail-citizen-a = Pa di ou se sitwayen ameriken
quiz-in-jail-citizen-b = Di ou se sitwayen, pou ou pa pran risk
quiz-in-jail-citizen-c = Montre fo papye si ou genyen
quiz-in-jail-citizen-why = Pa bay manti. Pa di ou se sitwayen ameriken si ou pa sitwayen, e pa montre fo papye.

quiz-in-jail-interview = Nan yon prizon vil oswa konte nan California, ICE vle fè yon entèvyou avè ou. Kisa ou ka fè?
quiz-in-jail-interview-a = Pale ak ICE, paske ou nan prizon
quiz-in-jail-interview-b = Di non, oswa pale sèlman si avoka ou la
quiz-in-jail-interview-c = Anyen, se prizon an ki deside pou ou
quiz-in-jail-interview-why = Entèvyou a volontè. Ou ka di non, oswa di w ap pale sèlman si avoka ou la. Sa ou di ICE ka sèvi kont ou nan tribinal imigrasyon.

## Nan men ICE

quiz-ice-detention-free-help = ICE ap kenbe ou e ou pa gen avoka. Kisa ou ka mande ofisye yo?
quiz-ice-detention-free-help-a = Anyen, ou dwe jwenn yon avoka pou kont ou
quiz-ice-detention-free-help-b = Anyen jiskaske dat ou nan tribinal
quiz-ice-detention-free-help-c = Lis sèvis legal gratis (pro bono) yo
quiz-ice-detention-free-help-why = Si ou pa gen avoka, mande ofisye yo lis sèvis legal gratis yo. Nan ka imigrasyon, an jeneral gouvènman an pa peye avoka pou ou. Gwoup ki sou lis la bay èd legal gratis.

quiz-ice-detention-phone = Sou kisa ou pa dwe pale nan yon telefòn nan detansyon?
quiz-ice-detention-phone-a = Estati imigrasyon ou oswa ki kote ou fèt
quiz-ice-detention-phone-b = Anyen, paske apèl sa yo prive
quiz-ice-detention-phone-c = Anyen, si ou pale pwòp lang ou
quiz-ice-detention-phone-why = Yo ka koute apèl ki fèt sou telefòn nan detansyon. Kidonk, sou telefòn sa yo, pa pale sou estati imigrasyon ou, ni sou ki kote ou fèt.

quiz-ice-detention-locator = Kisa fanmi ou bezwen pou yo jwenn ou ak Online Detainee Locator ICE a (sistèm ICE pou jwenn moun ki nan detansyon)?
quiz-ice-detention-locator-a = Sèlman prenon ou
quiz-ice-detention-locator-b = Nimewo A ou oswa non ou egzakteman, ak peyi kote ou fèt
quiz-ice-detention-locator-c = Sèlman peyi kote ou fèt
quiz-ice-detention-locator-why = Yo bezwen nimewo A ou ak peyi kote ou fèt, oswa non ou ak peyi kote ou fèt. Non an dwe menm jan egzakteman ak sa ki nan dosye ICE yo. Sistèm nan jwenn moun ki gen 18 an oswa plis.

quiz-ice-detention-departure = ICE ofri ou depa volontè (voluntary departure). Kisa ou dwe fè anvan?
quiz-ice-detention-departure-a = Dakò touswit pou sa fini
quiz-ice-detention-departure-b = Kite ofisye a deside pou ou
quiz-ice-detention-departure-c = Pale ak yon avoka anvan ou dakò
quiz-ice-detention-departure-why = Pa dakò pou depa volontè (voluntary departure), e pa deside okenn lòt bagay sou dosye ou, anvan ou pale ak yon avoka.

## Ale nan tribinal

quiz-in-court-case-line = Kisa ki vre sou liy otomatik tribinal imigrasyon an pou enfòmasyon sou ka yo?
quiz-in-court-case-line-a = Se defansè imigran ki sou bò ou ki jere l
quiz-in-court-case-line-b = Li bezwen nimewo A a, e se gouvènman an ki jere l
quiz-in-court-case-line-c = Ou ka sèvi avè l san nimewo A a
quiz-in-court-case-line-why = Pou jwenn enfòmasyon sou yon ka, prepare nimewo A moun nan. Liy otomatik la bezwen l. Se gouvènman an ki jere liy lan, se pa defansè imigran yo.

quiz-in-court-lawyer = Ou gen yon ka nan tribinal imigrasyon. Kisa ou ka fè pou yon avoka?
quiz-in-court-lawyer-a = Mande pou ou pale ak yon avoka, epi pare pou chèche youn ou menm
quiz-in-court-lawyer-b = Tann, paske tribinal la ap voye yon avoka gratis ba ou
quiz-in-court-lawyer-c = Ale san avoka, paske ou pa gen dwa mande yon avoka
quiz-in-court-lawyer-why = Ou ka mande pou ou pale ak yon avoka. Nan ka imigrasyon, an jeneral gouvènman an pa peye avoka pou ou, kidonk ou ka oblije chèche youn ou menm.

quiz-in-court-free-help = Ki kote ou ka chèche èd legal gratis pou yon ka imigrasyon?
quiz-in-court-free-help-a = Okenn kote, paske èd legal koute lajan
quiz-in-court-free-help-b = Sèlman apre ka ou fini
quiz-in-court-free-help-c = Nan anyè sou entènèt, ak nan lis tribinal la sou moun ki bay sèvis legal gratis
quiz-in-court-free-help-why = Ou ka chèche sou entènèt nan de anyè nasyonal sèvis legal gratis ak pa chè. Tribinal imigrasyon an gen tou yon lis moun ki bay sèvis legal gratis (pro bono). Si ou nan detansyon e ou pa gen avoka, mande ofisye yo lis la.

quiz-in-court-state-case = Ou gen yon ka kriminèl nan yon tribinal eta California. Èske sa ka gen enpòtans pou imigrasyon?
quiz-in-court-state-case-a = Non, tribinal eta pa gen anyen pou wè ak imigrasyon
quiz-in-court-state-case-b = Wi, gen kèk rezilta ki ka fè estati ou tò, kidonk mande yon avoka imigrasyon
quiz-in-court-state-case-c = Sèlman si ou pale de imigrasyon nan tribinal
quiz-in-court-state-case-why = Pa kwè yon ka nan tribinal eta pa gen anyen pou wè ak imigrasyon. Gen kèk rezilta kriminèl ki ka fè estati ou tò. Mande yon avoka imigrasyon.

## Nan yon lekòl oswa yon lopital

quiz-school-hospital-records = Ajan yo mande yon lekòl nan California enfòmasyon sou elèv yo. Kisa ajan yo dwe genyen anvan?
quiz-school-hospital-records-a = Yon manda yon jij siyen
quiz-school-hospital-records-b = Yon papye yon ofisye ICE siyen
quiz-school-hospital-records-c = Anyen, yo jis bezwen mande
quiz-school-hospital-records-why = Dapre AB 49, yon lekòl pa gen dwa bay ajan yo enfòmasyon sou elèv, fanmi oswa anplwaye, sòf si ajan yo gen yon manda yon jij siyen. Yon papye yon ofisye ICE siyen, e ki pa siyen pa yon jij, se pa yon manda yon jij siyen.

quiz-school-hospital-clinic-areas = Dapre SB 81 California, kisa klinik ak lopital dwe fè?
quiz-school-hospital-clinic-areas-a = Kite ajan yo antre nan nenpòt pati yo mande
quiz-school-hospital-clinic-areas-b = Kenbe ajan yo andeyò sal datant lan sèlman
quiz-school-hospital-clinic-areas-c = Kenbe ajan yo andeyò pati ki pa piblik yo, si yo pa gen yon manda yon jij siyen oswa yon lòd tribinal
quiz-school-hospital-clinic-areas-why = Klinik ak lopital dwe chwazi ki pati nan lokal yo ki pa ouvè pou piblik la. Yo dwe kenbe ajan imigrasyon andeyò pati sa yo, sòf si ajan yo gen yon manda yon jij siyen oswa yon lòd tribinal.

quiz-school-hospital-emergency = Ou bezwen swen medikal ijan nan California, men ou pè akoz estati imigrasyon ou. Kisa ou dwe fè?
quiz-school-hospital-emergency-a = Rete lakay ou jiskaske ou gen papye
quiz-school-hospital-emergency-b = Al chèche swen ijan ou bezwen an
quiz-school-hospital-emergency-c = Pa ale, paske swen yo depann de estati ou
quiz-school-hospital-emergency-why = Al chèche swen medikal ijan lè ou bezwen l. California Attorney General (Pwokirè Jeneral eta a) di ou ka jwenn swen medikal ijan kèlkeswa estati imigrasyon ou.

quiz-school-hospital-with-warrant = Èske lwa California sa yo kenbe tout ajan andeyò lekòl ak lopital?
quiz-school-hospital-with-warrant-a = Non, ajan ki gen yon manda yon jij siyen oswa yon lòd tribinal ka toujou antre
quiz-school-hospital-with-warrant-b = Wi, ajan yo pa gen dwa antre ditou
quiz-school-hospital-with-warrant-c = Wi, sòf si ajan yo an inifòm
quiz-school-hospital-with-warrant-why = Pa konte sou lwa sa yo sèlman pou kenbe ajan yo lwen. Ajan ki gen yon manda yon jij siyen, oswa yon lòd tribinal, ka toujou antre.

## Toupre fwontyè a

quiz-border-zone-checkpoint = Nan yon pòs kontwòl Border Patrol (polis fwontyè a), ajan yo poze ou kesyon. Kisa ou ka fè?
quiz-border-zone-checkpoint-a = Ou dwe reponn, paske ou toupre fwontyè a
quiz-border-zone-checkpoint-b = Rete kalm, kenbe men ou kote yo ka wè yo, epi ou ka rete an silans
quiz-border-zone-checkpoint-c = Kache men ou epi diskite ak ajan yo
quiz-border-zone-checkpoint-why = Konstitisyon an toujou aplike nan pòs kontwòl Border Patrol yo, sa gen ladan l dwa ou pou ou pa reponn kesyon. Rete kalm e kenbe men ou kote ajan yo ka wè yo. Si ou chwazi rete an silans, di sa byen fò.

quiz-border-zone-car-search = Ajan Border Patrol yo vle fouye machin ou. Kisa ou dwe fè?
quiz-border-zone-car-search-a = Di "Mwen pa bay konsantman pou nou fouye machin mwen", epi pa goumen si yo fouye kanmenm
quiz-border-zone-car-search-b = Dakò pou yo fouye, paske ou pa gen dwa toupre fwontyè a
quiz-border-zone-car-search-c = Bare pòt machin nan pou yo pa ka fouye
quiz-border-zone-car-search-why = Pa dakò pou yo fouye machin ou. Anndan zòn 100 miles la, Border Patrol bezwen yon manda oswa kòz pwobab (probable cause) pou l fouye yon machin. Si yo fouye kanmenm, pa goumen ak yo.

quiz-border-zone-port-search = Ou antre nan peyi a nan yon ayewopò. Èske ofisye yo ka fouye valiz ou san manda?
quiz-border-zone-port-search-a = Non, yo bezwen yon manda anvan
quiz-border-zone-port-search-b = Sèlman si ou pa sitwayen ameriken
quiz-border-zone-port-search-c = Wi, fouy woutin yo fè la pa bezwen ni manda ni rezon
quiz-border-zone-port-search-why = Ayewopò, pòs fwontyè sou tè ak pò lanmè se pò antre (ports of entry). La, ofisye yo pa bezwen yon manda ni yon rezon pou fouy woutin, menm pou sitwayen ameriken ak moun ki gen green card. Règ fwontyè yo konplike: si ou enkyete, mande yon avoka anvan ou vwayaje.

quiz-border-zone-phone-password = Nan yon pò antre, yon ofisye mande ou modpas telefòn ou. Kisa ki vre?
quiz-border-zone-phone-password-a = Ou dwe ba li l, sinon w ap vyole lalwa
quiz-border-zone-phone-password-b = Ou pa oblije ba li l, men si ou di non, sa ka pa anpeche yo fouye
quiz-border-zone-phone-password-c = Si ou di non, yo dwe remèt ou telefòn ou touswit
quiz-border-zone-phone-password-why = Ou pa oblije bay modpas ou, men si ou di non, sa ka pa anpeche yo fouye. Si ou pa debloke yon aparèy, ofisye yo ka kenbe l pandan plizyè semèn. Yon vwayajè ki pa sitwayen ameriken ni moun ki gen green card ka pa gen dwa antre.

## Filme ajan yo

quiz-recording-right = Èske ou ka filme ajan imigrasyon k ap travay nan yon kote piblik?
quiz-recording-right-a = Non, se kont lalwa pou filme ajan an piblik
quiz-recording-right-b = Wi, e ou ka kanpe osi pre yo jan ou vle
quiz-recording-right-c = Wi, depi kote ou gen dwa ye a, nan yon distans ki an sekirite
quiz-recording-right-why = Tribinal federal yo di moun gen yon dwa dapre Premye Amandman an (First Amendment) pou yo filme polis k ap fè travay yo an piblik, e yo sèvi ak menm lide a pou ajan imigrasyon. Rete kote ou gen dwa ye, kenbe yon distans ki an sekirite, e pa bare chemen yo.

quiz-recording-move-back = Pandan w ap filme, yon ajan ba ou lòd pou ou fè bak. Kisa ou dwe fè?
quiz-recording-move-back-a = Fè bak epi kontinye filme pi lwen
quiz-recording-move-back-b = Rete kote ou ye a, paske ou gen dwa filme
quiz-recording-move-back-c = Pwoche pi pre pou montre yo w ap filme
quiz-recording-move-back-why = Ajan yo ka legalman di ou fè bak pou rezon sekirite. Si ou refize, yo ka arete ou. Ou ka kontinye filme pi lwen.

quiz-recording-phone = Yon ofisye mande pou l wè telefòn ou, e li di ou efase videyo ou. Kisa ou ka fè?
quiz-recording-phone-a = Ou dwe debloke l epi efase videyo a
quiz-recording-phone-b = Ou ka di non: ou pa oblije debloke l ni efase videyo ou
quiz-recording-phone-c = Goumen pou kenbe telefòn ou si yo pran l
quiz-recording-phone-why = Sous nou, yon rezime konsèy Electronic Frontier Foundation, di ke san yon manda, ofisye yo pa ta dwe fouye telefòn ou, fòse ou efase videyo, ni fòse ou debloke l. Si ofisye yo pran telefòn ou kanmenm, pa goumen ak yo. Fò yon avoka verifye pwen sa a pou ka pa ou.

quiz-recording-camera = Ki kote ou dwe vize kamera ou?
quiz-recording-camera-a = Sou ajan yo
quiz-recording-camera-b = Sou moun ajan yo ap kenbe a
quiz-recording-camera-c = Nenpòt kote. Sa pa gen enpòtans.
quiz-recording-camera-why = Vize kamera ou sou ajan yo, pa sou moun y ap kenbe a. Sa pwoteje vi prive moun y ap kenbe a.

## Fè yon plan fanmi

quiz-family-plan-numbers = Kijan ou dwe kenbe nimewo telefòn yon moun ou fè konfyans ak nimewo yon avoka?
quiz-family-plan-numbers-a = Sèlman nan telefòn ou
quiz-family-plan-numbers-b = Aprann yo pa kè
quiz-family-plan-numbers-c = Ou pa bezwen yo
quiz-family-plan-numbers-why = Aprann nimewo sa yo pa kè. Si yo mete ou nan detansyon, ou ka pa gen telefòn ou.

quiz-family-plan-a-number = Si ou gen yon nimewo A (A-number), kisa ou dwe fè avè l?
quiz-family-plan-a-number-a = Kache l pou fanmi ou pa konnen l
quiz-family-plan-a-number-b = Anyen, fanmi ou p ap bezwen l
quiz-family-plan-a-number-c = Konnen l, epi ekri l yon kote fanmi ou ka jwenn li
quiz-family-plan-a-number-why = Si ou se yon granmoun e yo mete ou nan detansyon, fanmi ou ka chèche ou nan sistèm ICE sou entènèt pou jwenn moun ki nan detansyon (online detainee locator), ak nimewo A ou ak peyi kote ou fèt. Liy tribinal imigrasyon an pou enfòmasyon sou ka yo mande nimewo A a tou.

quiz-family-plan-pickup = Yon jou, ou ka pa kapab al chèche pitit ou. Kisa ou dwe fè kounye a?
quiz-family-plan-pickup-a = Anyen. Yon moun ap konnen sa pou l fè.
quiz-family-plan-pickup-b = Deside kiyès ki ka al chèche yo, epi ekri sa.
quiz-family-plan-pickup-c = Tann sa rive, apre sa deside.
quiz-family-plan-pickup-why = Deside kiyès ki ka al chèche pitit ou si ou pa kapab, epi ekri sa. Konsa, moun ou fè konfyans yo konnen sa pou yo fè si ou pa rantre lakay ou.

quiz-family-plan-when = Kilè ou dwe fè yon plan fanmi?
quiz-family-plan-when-a = Lè ajan yo vin devan pòt ou
quiz-family-plan-when-b = Depi ou wè ajan nan zòn ou
quiz-family-plan-when-c = Kounye a, anvan anyen rive
quiz-family-plan-when-why = Pa tann ajan yo vini pou ou fè yon plan. Prepare fanmi ou anvan anyen rive.

quiz-family-plan-ct-guardian = Nan Connecticut, kijan ou ka nonmen yon gadyen sou kote (standby guardian) pou pitit ou?
quiz-family-plan-ct-guardian-a = Sèlman pa mwayen yon avoka ak yon tribinal
quiz-family-plan-ct-guardian-b = Ak zouti Family Preparedness Plan eta a (plan preparasyon fanmi), san peye
quiz-family-plan-ct-guardian-c = Lè ou peye eta a yon frè
quiz-family-plan-ct-guardian-why = Connecticut fè yon zouti Family Preparedness Plan (plan preparasyon fanmi) pou paran yo, pou yo nonmen yon gadyen sou kote si ta rive yo mete ou nan detansyon oswa yo depòte ou. Ou ka nonmen yon gadyen sou kote san avoka, san tribinal e san peye.

## Eskwokri sou imigrasyon

quiz-scams-who-advises = Kiyès ki gen dwa ba ou konsèy legal sou imigrasyon?
quiz-scams-who-advises-a = Yon avoka ki gen lisans, oswa yon reprezantan U.S. Department of Justice (Depatman Jistis Etazini) akredite
quiz-scams-who-advises-b = Nenpòt "notario"
quiz-scams-who-advises-c = Nenpòt moun ki ranpli fòm imigrasyon
quiz-scams-who-advises-why = Se sèlman yon avoka ki gen lisans oswa yon reprezantan U.S. Department of Justice (Depatman Jistis Etazini) akredite ki gen dwa bay konsèy legal sou imigrasyon.

quiz-scams-consultant = Yon konsiltan ki pa avoka ofri pou l ede ou. Kisa li gen dwa fè?
quiz-scams-consultant-a = Di ou sa pou ou fè nan ka ou
quiz-scams-consultant-b = Sèlman ranpli fòm ak fè tradiksyon
quiz-scams-consultant-c = Ba ou konsèy legal si ou peye plis
quiz-scams-consultant-why = Yon konsiltan ki pa avoka ka sèlman ranpli fòm ak fè tradiksyon. Li pa gen dwa di ou sa pou ou fè nan ka ou. Anvan ou peye pèsonn, mande yo si yo se avoka oswa reprezantan akredite.

quiz-scams-text = Ou resevwa yon tèks ki di gen yon pwoblèm ak estati imigrasyon ou. Kisa ou dwe fè?
quiz-scams-text-a = Peye sa yo mande, pou sa ka regle vit
quiz-scams-text-b = Voye enfòmasyon pèsonèl ou pou yo ka verifye
quiz-scams-text-c = Pa bay lajan ni enfòmasyon pèsonèl, epi verifye ak pwòp avoka pa ou
quiz-scams-text-why = Si yon moun rele ou, voye tèks oswa imèl ba ou sou yon pwoblèm ak estati imigrasyon ou, pa ba li lajan ni enfòmasyon pèsonèl. California Attorney General (Pwokirè Jeneral eta a) avèti moun pou yo pa fè sa. Verifye ak pwòp avoka pa ou.

quiz-scams-free-help = Nan California, ki kote ou ka jwenn gwoup ki bay èd legal gratis sou imigrasyon?
quiz-scams-free-help-a = Okenn kote, ou oblije peye pou èd legal
quiz-scams-free-help-b = Nan lis California Department of Social Services (depatman sèvis sosyal eta a) pibliye
quiz-scams-free-help-c = Nan men yon "notario", pou yon frè
quiz-scams-free-help-why = Eta California peye òganizasyon san bi likratif pou yo bay sèvis legal gratis sou imigrasyon. California Department of Social Services (depatman sèvis sosyal eta a) pibliye lis gwoup ki bay èd sa a.

## Rimè ak ajan moun wè

quiz-rumors-check = Ou wè yon pòs ki di gen ajan imigrasyon nan yon magazen toupre ou. Kisa ou dwe fè anvan ou pataje l?
quiz-rumors-check-a = Pataje l touswit, an ka
quiz-rumors-check-b = Verifye si se vre
quiz-rumors-check-c = Pataje l kounye a epi verifye pita
quiz-rumors-check-why = Anvan ou pataje nouvèl sou ajan imigrasyon, verifye si se vre. Yon pòs pèsonn pa verifye ka fo, e li ka simen laperèz.

quiz-rumors-call = Ou wè ajan imigrasyon toupre ou. Kisa ki yon bon bagay pou ou fè?
quiz-rumors-call-a = Poste sou sa sou entènèt touswit
quiz-rumors-call-b = Pa di pèsonn, paske pèsonn pa pran rapò sa yo
quiz-rumors-call-c = Rele liy repons rapid konte ou a
quiz-rumors-call-why = Liy repons rapid yo pran rapò sou ajan imigrasyon ki toupre, e yo ede moun ki bezwen èd. Rele liy lan olye ou poste. Ou ka jwenn li nan chèchè èd aplikasyon sa a.

quiz-rumors-document = Ou wè ajan epi ou vle kenbe yon prèv. Kijan ou dwe fè l?
quiz-rumors-document-a = Si li pa danjere, filme oswa ekri sa ou wè, epi kenbe distans ou
quiz-rumors-document-b = Pwoche byen pre pou videyo ou klè
quiz-rumors-document-c = Kanpe nan chemen ajan yo pou yo oblije kanpe
quiz-rumors-document-why = Yon prèv sou sa ki te pase ka ede pita. Fè l sèlman si li pa danjere, epi kenbe distans ou. Si ou bare chemen ajan yo, yo ka arete ou.

quiz-rumors-numbers = Ki kote nimewo èd ou pataje yo dwe soti?
quiz-rumors-numbers-a = Nan yon pòs yon moun ou pa konnen
quiz-rumors-numbers-b = Nan yon sous ou fè konfyans, tankou rezo repons rapid lokal ou a
quiz-rumors-numbers-c = Nimewo DHS la pou denonse moun bay ICE
quiz-rumors-numbers-why = Pataje sèlman nimewo èd ki soti nan yon sous ou fè konfyans, tankou rezo repons rapid lokal ou a. Department of Homeland Security (DHS) gen yon nimewo pou piblik la denonse moun bay ICE. Se pa yon liy èd.
