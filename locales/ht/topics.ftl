# Sitiyasyon yo. Mo senp, fraz kout, yon sèl aksyon pou chak etap.

## Lakay ou

at-home-title = Ajan devan pòt ou
at-home-summary = Ajan imigrasyon ap frape pòt lakay ou.

at-home-keep-door-closed-do = Kenbe pòt la fèmen. Pale atravè pòt la. Mande kiyès yo ye ak poukisa yo vini. Mande yo montre yon badj nan fenèt la.
at-home-keep-door-closed-say = Kiyès nou ye, e poukisa nou la? Tanpri montre m badj nou nan fenèt la.
at-home-keep-door-closed-why = Si ou louvri pòt la, sa pa ba yo pèmisyon pou yo antre. Men, pale atravè yon pòt fèmen pi an sekirite.

at-home-ask-for-warrant-do = Mande yo si yo gen yon manda yon jij siyen. Mande yo glise l anba pòt la oswa kenbe l devan fenèt la. Pa louvri pòt la pou li l.
at-home-ask-for-warrant-say = Mwen pa bay konsantman pou nou antre lakay mwen. Si nou gen yon manda yon jij siyen, tanpri glise l anba pòt la.
at-home-ask-for-warrant-why = Defansè imigran yo di, si ajan yo pa gen yon manda yon jij siyen, yo bezwen pèmisyon ou pou yo antre lakay ou. Depi 2025, ICE di ajan li yo gen dwa fòse antre ak Fòm I-205 pou yo arete yon moun ki gen yon lòd final depòtasyon. Tribinal yo ap egzamine kontestasyon kont sa ICE di a.

at-home-check-the-warrant-do = Gade papye a. Yon manda yon jij siyen soti nan yon tribinal, e se yon jij ki siyen l. Yon manda pou fouye dwe montre adrès sa a. Yon manda arestasyon dwe nonmen yon moun ki rete isit la. Gade dat la tou. Verifikatè manda ki nan aplikasyon sa a ap fè l avè ou etap pa etap.
at-home-check-the-warrant-why = Yon papye ICE, tankou Fòm I-200 oswa Fòm I-205, se yon ofisye ICE ki siyen l, se pa yon jij. Defansè imigran yo di li pa pèmèt ajan yo antre lakay ou san pèmisyon ou, men depi 2025 ICE di li gen dwa fòse antre ak Fòm I-205 pou l arete yon moun ki gen yon lòd final depòtasyon. Si yon manda pou fouye montre yon lòt adrès, oswa yon manda arestasyon pa nonmen okenn moun ki rete isit la, ou pa oblije louvri pòt la.

at-home-if-they-come-in-do = Si ajan yo fòse antre, pa goumen ak yo e pa bare yo. Di byen klè ou pa dakò pou yo antre, ni pou yo fouye. Rete an silans epi mande yon avoka.
at-home-if-they-come-in-say = Mwen pa bay konsantman pou nou antre, ni pou okenn fouy.
at-home-if-they-come-in-why = Si ou goumen ak yo, sa ka mete ou ak fanmi ou an danje. Ou ka toujou refize ak pawòl ou.

## Nan lari

in-public-title = Yo kanpe ou nan lari
in-public-summary = Ajan oswa polis kanpe ou nan lari a oswa nan yon kote piblik.

in-public-stay-calm-do = Rete kalm. Pa kouri, pa diskite, pa goumen ak ofisye a, e pa bare l, menm si ou kwè yo pa t dwe kanpe ou. Kenbe men ou kote yo ka wè yo.
in-public-stay-calm-why = Si ou kouri oswa ou goumen, sa ka mete ou an danje.

in-public-refuse-search-do = Ou ka di non si yo vle fouye pòch ou oswa sak ou. Ofisye yo ka toujou manyen rad ou pa deyò pou yo wè si ou gen zam.
in-public-refuse-search-say = Mwen pa bay konsantman pou okenn fouy.
in-public-refuse-search-why = Ou gen dwa di non. Si yo fouye ou kanmenm, pa goumen ak yo.

in-public-papers-do = Si ou gen papye imigrasyon ki valab, tankou yon green card oswa yon pèmi travay, pote yo sou ou, epi montre yo si yon ajan imigrasyon mande yo. Si ou pa gen papye, ou ka rete an silans. Pa janm montre fo papye. Pa pote papye ki soti nan yon lòt peyi, tankou yon paspò etranje.
in-public-papers-why = Lwa federal la di granmoun yo bay papye sa yo dwe pote yo sou yo epi montre yo bay ajan imigrasyon ki mande yo. Si ou pa pote yo, se yon ti krim federal (misdemeanor). Papye ki soti nan yon lòt peyi ka montre ki kote ou soti.

## Yo kanpe machin nan

traffic-stop-title = Yo kanpe ou nan yon machin
traffic-stop-summary = Polis oswa ajan kanpe machin w ap kondui a, oswa machin ou chita ladan l lan.

traffic-stop-pull-over-safely-do = Rale sou kote nan yon kote ki an sekirite. Etenn motè a. Limen limyè anndan machin nan. Louvri fenèt la yon ti kras. Kenbe men ou sou volan an kote ofisye a ka wè yo.
traffic-stop-pull-over-safely-why = Sa montre ofisye a ou pa yon danje, e sa kenbe tout moun pi an sekirite.

traffic-stop-show-license-do = Si ofisye a mande, montre lisans ou pou kondui, papye enskripsyon machin nan (registration) ak prèv asirans. Si ou pa gen youn nan yo, pa janm montre yon fo.
traffic-stop-show-license-why = Chofè yo dwe montre papye sa yo lè yo mande yo.

traffic-stop-ca-ab60-do = Nan California, ou ka kondui ak yon lisans DMV bay dapre lwa AB 60 la, menm si ou pa ka pwouve ou nan peyi Etazini legalman.
traffic-stop-ca-ab60-why = Yon lisans AB 60 valab pou kondui nan California. Se pa yon pyès idantite federal. Se kont lalwa pou yo trete yon moun enjisteman paske li gen youn.

traffic-stop-stay-silent-do = Chofè a ak tout pasaje yo ka rete an silans. Si se sa ou chwazi, di sa byen fò.

traffic-stop-refuse-search-do = Pa dakò pou yo fouye machin nan. Si yo fouye l kanmenm, pa goumen ak yo.
traffic-stop-refuse-search-say = Mwen pa bay konsantman pou nou fouye machin mwen.
traffic-stop-refuse-search-why = Polis ka toujou fouye san pèmisyon ou si yo kwè gen prèv yon krim. Si ou goumen ak yo, sa ka mete ou an danje.

traffic-stop-passenger-free-to-go-do = Si ou se yon pasaje, mande si ou lib pou ou ale. Si yo di wi, ale ak kalm.

traffic-stop-officer-name-do = Si ofisye yo se polis, mande yo non yo ak nimewo badj yo. Ekri yo.
traffic-stop-officer-name-say = Tanpri, èske ou ka ban m non ou ak nimewo badj ou?
traffic-stop-officer-name-why = Lè ou ekri yo, ou kenbe yon prèv kiyès ki te kanpe ou.

traffic-stop-immigration-agents-do = Si ajan yo soti nan ICE oswa nan Border Patrol (polis fwontyè a), se menm etap yo: rete kalm, rete an silans, e pa dakò pou yo fouye.
traffic-stop-immigration-agents-why = An jeneral, ajan imigrasyon bezwen yon sispèk rezonab (reasonable suspicion) ke gen yon vyolasyon lwa imigrasyon oswa yon krim pou yo kanpe yon machin, e yo bezwen yon manda oswa kòz pwobab (probable cause) pou yo fouye l. An septanm 2025, U.S. Supreme Court (Tribinal Siprèm Etazini) pèmèt ajan imigrasyon yo kontinye kanpe moun nan zòn Los Angeles, pandan yon ka ap kontinye nan tribinal. Sa lòd sa a pèmèt poko regle: mande yon avoka.

## Lakay ou: sa pou ou pa fè

at-home-dont-open-the-door = Pa louvri pòt la, sòf si ajan yo montre ou, anba pòt la oswa nan fenèt la, yon manda yon jij siyen ki koresponn ak kay sa a: yon manda pou fouye pou adrès sa a, oswa yon manda arestasyon pou yon moun ki rete isit la.

## Nan lari: sa pou ou pa fè

in-public-dont-carry-foreign-papers = Pa pote papye ki soti nan yon lòt peyi, tankou yon paspò etranje oswa yon kat idantite konsila. Yo ka montre ki kote ou soti. Konsèy sa a soti nan gwoup ki defann imigran, jan lòt sit site yo: mande yon avoka si ou pa sèten sa pou ou pote.
in-public-dont-follow-agents = Pa ale ak ajan yo nan yon biwo, e pa dakò "al bwè yon kafe" avè yo. Sa ka yon pèlen.

## Yo kanpe machin nan: sa pou ou pa fè

traffic-stop-dont-show-false-papers = Pa montre yon fo lisans oswa fo papye, menm si ou pa gen vre papye.
traffic-stop-dont-consent-to-search = Pa dakò pou yo fouye machin nan. Si yo fouye l kanmenm, pa goumen ak yo.

## Yo kanpe machin nan: papye imigrasyon

traffic-stop-papers-do = Si ou gen papye imigrasyon ki valab, tankou yon green card oswa yon pèmi travay, pote yo sou ou. Si yon ajan imigrasyon mande yo, montre yo. Si ou pa gen papye, ou ka rete an silans. Pa bay manti, e pa janm montre fo papye oswa papye ki soti nan yon lòt peyi.
traffic-stop-papers-why = Lwa federal la di granmoun yo bay papye sa yo dwe pote yo sou yo. Si ou pa pote yo, se yon ti krim federal (misdemeanor), ak yon amann jiska $100 oswa jiska 30 jou nan prizon. Depi 2025, gouvènman an ap raple moun règ sa a. Ou ka toujou rete an silans sou tout lòt bagay. Sous nou pou detay yo se paj sit biwo avoka: mande yon avoka sa sa vle di pou papye pa ou.
