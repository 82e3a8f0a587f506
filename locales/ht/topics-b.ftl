# Sitiyasyon 9 rive 15. Mo senp, fraz kout, yon sèl aksyon pou chak etap.
# Pa janm mete yon nimewo telefòn nan yon mesaj.

## Nan tribinal

in-court-title = Ale nan tribinal
in-court-summary = Ou gen yon ka nan yon tribinal eta oswa nan tribinal imigrasyon.

in-court-state-court-do = Konnen ke yon tribinal eta California pa deside estati imigrasyon ou.
in-court-state-court-why = Sepandan, sa k pase nan yon ka nan tribinal eta a ka gen enpòtans pou ka imigrasyon ou. Gen kèk rezilta ki ka ede ou. Gen kèk ki ka fè ou tò.

in-court-ask-immigration-lawyer-do = Si ou gen yon ka nan yon tribinal eta, pale de li ak yon avoka imigrasyon tou.
in-court-ask-immigration-lawyer-why = Gen kèk zafè nan tribinal eta ki ka ede, tankou desizyon SIJS (SIJS findings) pou jèn moun, oswa zafè pou viktim krim. Gen kèk rezilta nan yon ka kriminèl ki ka fè estati imigrasyon ou tò.

in-court-case-information-do = Pou jwenn enfòmasyon sou yon ka nan tribinal imigrasyon, prepare nimewo A (A-number) moun nan. Liy otomatik tribinal la pou enfòmasyon sou ka yo nan chèchè èd aplikasyon sa a.
in-court-case-information-why = Liy otomatik la bezwen nimewo A a. Se gouvènman an ki jere liy lan, se pa defansè imigran yo.

in-court-ask-for-lawyer-do = Ou ka mande pou ou pale ak yon avoka.
in-court-ask-for-lawyer-say = Mwen vle pale ak yon avoka.
in-court-ask-for-lawyer-why = Nan ka imigrasyon, an jeneral gouvènman an pa peye avoka pou ou. Ou ka oblije chèche youn ou menm.

in-court-free-legal-help-do = Chèche èd legal gratis. Ou ka chèche sou entènèt nan de anyè nasyonal sèvis legal gratis ak pa chè (lyen ki akonpaye etap sa a). Tribinal imigrasyon an gen tou yon lis moun ki bay sèvis legal gratis (pro bono).
in-court-free-legal-help-why = Lis sa yo ka ede ou jwenn èd legal gratis. Si ou nan detansyon e ou pa gen avoka, mande ofisye yo lis moun ki bay sèvis legal gratis yo.

in-court-dont-ignore-state-case = Pa kwè yon ka nan tribinal eta pa gen anyen pou wè ak imigrasyon. Gen kèk rezilta kriminèl ki ka fè estati ou tò. Mande yon avoka imigrasyon.

## Nan yon lekòl oswa yon lopital

school-hospital-title = Nan yon lekòl oswa yon lopital
school-hospital-summary = Ajan imigrasyon vini nan yon lekòl, yon klinik oswa yon lopital.

school-hospital-school-private-areas-do = Konnen lwa lekòl la. Ajan imigrasyon pa gen dwa antre nan pati yon lekòl ki pa ouvè pou piblik la, sòf si yo montre yon pyès idantite ki valab ak yon manda, yon sitasyon (subpoena) oswa yon lòd yon jij oswa yon tribinal bay.
school-hospital-school-private-areas-why = Lwa California sa a rele AB 49. Yo te siyen l 20 septanm 2025.

school-hospital-school-records-do = Konnen ke yon lekòl pa gen dwa bay ajan yo enfòmasyon sou elèv, fanmi oswa anplwaye, sòf si ajan yo gen yon manda yon jij siyen.
school-hospital-school-records-why = AB 49 pwoteje enfòmasyon sa yo tou. Yon papye yon ofisye ICE siyen, e ki pa siyen pa yon jij, se pa yon manda yon jij siyen.

school-hospital-school-notice-do = Veye mesaj ki soti nan lekòl pitit ou. Lè yon lekòl konfime gen ajan imigrasyon sou kanpis la, li dwe avèti paran, elèv ak anplwaye yo.
school-hospital-school-notice-why = Lwa California sa a rele SB 98. Lekòl yo te dwe ajoute etap sa a nan plan sekirite yo anvan 1ye mas 2026. Règ la dire jiska 1ye janvye 2031.

school-hospital-health-private-areas-do = Konnen lwa swen sante a. Klinik ak lopital dwe chwazi ki pati nan lokal yo ki pa ouvè pou piblik la. Yo dwe kenbe ajan imigrasyon andeyò pati sa yo, sòf si ajan yo gen yon manda yon jij siyen oswa yon lòd tribinal.
school-hospital-health-private-areas-why = Lwa California sa a rele SB 81. Li konsidere estati imigrasyon ou tou kòm yon pati nan dosye medikal ou.

school-hospital-emergency-care-do = Al chèche swen medikal ijan lè ou bezwen l.
school-hospital-emergency-care-why = California Attorney General (Pwokirè Jeneral eta a) di ou ka jwenn swen medikal ijan kèlkeswa estati imigrasyon ou.

school-hospital-dont-public-areas = Pa kwè lwa sa yo kouvri tout pati yon lekòl oswa yon lopital. Yo konsène pati ki pa ouvè pou piblik la.
school-hospital-dont-count-on-agents = Pa konte sou lwa sa yo sèlman pou kenbe ajan yo lwen. Ajan ki gen yon manda yon jij siyen, oswa yon lòd tribinal, ka toujou antre.
school-hospital-dont-skip-care = Pa evite swen ijan akoz estati imigrasyon ou.

## Toupre fwontyè a

border-zone-title = Toupre fwontyè a
border-zone-summary = Pòs kontwòl Border Patrol (polis fwontyè a), ak ayewopò oswa pòs fwontyè kote ou antre nan peyi a.

border-zone-hundred-mile-zone-do = Konnen ke ajan fwontyè yo di yo gen plis pouvwa nan yon distans 100 miles (mezi distans ameriken) de nenpòt fwontyè Etazini, sa gen ladan l kòt lanmè a. Pifò gwo vil California yo nan zòn sa a.
border-zone-hundred-mile-zone-why = Yon lwa federal, 8 U.S.C. §1357(a)(3), pèmèt ajan sa yo aji nan yon "distans rezonab" de fwontyè a, e yon règ federal fikse distans sa a a 100 miles an liy dwat (air miles). Konstitisyon an toujou pwoteje ou anndan zòn sa a. Sous nou pou sa se kopi yon fich enfòmasyon ACLU, se pa paj ACLU li menm, e règ fwontyè yo konplike: mande yon avoka sou sitiyasyon pa ou.

border-zone-checkpoint-silent-do = Nan yon pòs kontwòl Border Patrol, rete kalm e kenbe men ou kote ajan yo ka wè yo. Ou ka rete an silans. Si se sa ou chwazi, di sa byen fò.
border-zone-checkpoint-silent-why = Border Patrol ka fè pòs kontwòl imigrasyon. Men Konstitisyon an toujou aplike la, sa gen ladan l dwa ou pou ou pa reponn kesyon.

border-zone-papers-do = Nan yon pòs kontwòl, oswa nenpòt kote toupre fwontyè a, si ou gen papye imigrasyon ki valab, tankou yon green card oswa yon pèmi travay, pote yo sou ou epi montre yo bay ajan imigrasyon ki mande yo. Si ou pa gen papye, ou ka rete an silans. Pa bay manti, e pa janm montre fo papye oswa papye ki soti nan yon lòt peyi.
border-zone-papers-why = Lwa federal la di granmoun yo bay papye sa yo dwe pote yo sou yo. Si ou pa pote yo, se yon ti krim federal (misdemeanor). Depi 2025, Customs and Border Protection (CBP, ajans ladwàn ak fwontyè a) ap raple moun règ sa a. Sous nou pou detay yo se paj sit biwo avoka ak nouvèl nan medya: mande yon avoka sa sa vle di pou papye pa ou.

border-zone-refuse-search-do = Pa dakò pou yo fouye machin ou. Si yo fouye l kanmenm, pa goumen ak yo.
border-zone-refuse-search-say = Mwen pa bay konsantman pou nou fouye machin mwen.
border-zone-refuse-search-why = Anndan zòn nan, Border Patrol bezwen yon sispèk rezonab (reasonable suspicion) ke gen yon vyolasyon lwa imigrasyon oswa yon krim pou l fè yon machin rale sou kote. Pou l fouye yon machin, li bezwen yon manda oswa kòz pwobab (probable cause).

border-zone-ports-of-entry-do = Lè ou antre nan peyi a nan yon ayewopò, yon pòs fwontyè sou tè oswa yon pò lanmè, atann ou ke ofisye yo ka fouye valiz ou ak machin ou.
border-zone-ports-of-entry-why = Yo rele kote sa yo pò antre (ports of entry). La, ofisye yo pa bezwen yon manda ni yon rezon pou fouy woutin, menm pou sitwayen ameriken ak moun ki gen green card. Règ yo diferan anpil de règ pou lè yo kanpe moun anndan peyi a. Règ fwontyè yo konplike: si ou enkyete, mande yon avoka anvan ou vwayaje.

border-zone-phones-laptops-do = Konnen règ pou telefòn ak òdinatè pòtab nan yon pò antre. Ofisye yo di yo ka fouye yo san manda. Ou pa oblije bay modpas ou.
border-zone-phones-laptops-why = Si ou di non, sa ka pa anpeche yo fouye. Si ou pa debloke yon aparèy, ofisye yo ka kenbe l pandan plizyè semèn. Yon vwayajè ki pa sitwayen ameriken ni moun ki gen green card ka pa gen dwa antre.

border-zone-lawyer-at-port-do = Si ou se sitwayen ameriken, ou ka mande yon avoka pandan ofisye yo ap poze ou kesyon nan yon pò antre.
border-zone-lawyer-at-port-say = Mwen vle pale ak yon avoka.
border-zone-lawyer-at-port-why = Dabitid, moun ki gen green card oswa viza pa gen dwa a yon avoka pandan kontwòl sa a, sòf si sa vin tounen yon zafè kriminèl. Règ fwontyè yo konplike. Sa a se enfòmasyon jeneral: mande yon avoka imigrasyon anvan ou vwayaje.

border-zone-dont-no-rights = Pa kwè ou pèdi dwa ou toupre fwontyè a. Konstitisyon an toujou aplike nan zòn 100 miles la.

## Filme ajan yo

recording-title = Filme ajan yo
recording-summary = Ou wè ajan imigrasyon k ap travay nan yon kote piblik e ou vle filme yo.

recording-right-to-record-do = Ou ka filme ajan yo nan yon kote piblik. Rete kote ou gen dwa ye. Kenbe yon distans ki an sekirite. Pa bare chemen yo.
recording-right-to-record-why = Tribinal federal yo, sa gen ladan l tribinal dapèl ki kouvri California, di moun gen yon dwa dapre Premye Amandman an (First Amendment) pou yo filme polis k ap fè travay yo an piblik. Yo sèvi ak menm lide a pou ajan imigrasyon.

recording-know-the-risk-do = Konnen risk la anvan ou filme. Gen moun yo arete pandan y ap filme ajan.
recording-know-the-risk-why = ProPublica, yon òganizasyon nouvèl, konte omwen 130 moun yo arete paske, dapre akizasyon an, yo te bare chemen ajan oswa yo te filme yo. Department of Homeland Security (DHS) rele filme ajan yo "doxing", yon mo ki vle di mete enfòmasyon prive moun deyò.

recording-move-back-do = Si yon ajan ba ou lòd pou ou fè bak, fè l. Ou ka kontinye filme pi lwen.
recording-move-back-why = Ajan yo ka legalman di ou fè bak pou rezon sekirite. Si ou refize, yo ka arete ou.

recording-protect-phone-do = Si yon ofisye mande pou l wè telefòn ou, ou ka di non. Ou pa oblije debloke l ni efase videyo ou.
recording-protect-phone-say = Mwen pa bay konsantman pou nou fouye telefòn mwen.
recording-protect-phone-why = Sous nou, yon rezime konsèy Electronic Frontier Foundation, di ke san yon manda, ofisye yo pa ta dwe fouye telefòn ou, fòse ou efase videyo, ni fòse ou debloke l. Fò yon avoka verifye pwen sa a pou ka pa ou. Si ofisye yo pran telefòn ou kanmenm, pa goumen ak yo.

recording-write-details-do = Ekri dat la, lè a ak kote a. Note non ajan yo, nimewo badj yo, machin yo ak plak machin yo.
recording-write-details-why = Detay sa yo fè yon prèv klè sou sa ki te pase ak kiyès ki te la.

recording-focus-on-agents-do = Vize kamera ou sou ajan yo, pa sou moun y ap kenbe a.
recording-focus-on-agents-why = Sa pwoteje vi prive moun y ap kenbe a.

recording-dont-interfere = Pa manyen ajan yo, pa bare yo, e pa mete ou nan chemen yo pandan w ap filme.
recording-dont-ignore-orders = Pa refize yon lòd pou fè bak. Pito sa, kontinye filme nan yon distans ki an sekirite.
recording-dont-delete-footage = Pa debloke telefòn ou ni efase videyo ou paske yon ofisye di ou fè l.

## Plan fanmi

family-plan-title = Fè yon plan fanmi
family-plan-summary = Prepare fanmi ou anvan anyen rive.

family-plan-memorize-numbers-do = Aprann pa kè nimewo telefòn yon moun ou fè konfyans ak nimewo yon avoka.
family-plan-memorize-numbers-why = Si yo mete ou nan detansyon, ou ka pa gen telefòn ou.

family-plan-children-pickup-do = Deside kiyès ki ka al chèche pitit ou si ou pa kapab. Ekri sa.
family-plan-children-pickup-why = Konsa, moun ou fè konfyans yo konnen sa pou yo fè si ou pa rantre lakay ou.

family-plan-documents-do = Kenbe papye enpòtan ou yo nan yon sèl kote moun ou fè konfyans ka jwenn yo.
family-plan-documents-why = Fanmi ou ka bezwen papye sa yo vit si yon bagay rive ou.

family-plan-a-number-do = Si ou gen yon nimewo A (A-number), konnen l. Ekri l yon kote fanmi ou ka jwenn li.
family-plan-a-number-why = Si ou se yon granmoun e yo mete ou nan detansyon, fanmi ou ka chèche ou nan sistèm ICE sou entènèt pou jwenn moun ki nan detansyon (online detainee locator), ak nimewo A ou ak peyi kote ou fèt. Liy tribinal imigrasyon an pou enfòmasyon sou ka yo mande nimewo A a tou.

family-plan-tell-officer-parent-do = Si yo arete ou oswa yo mete ou nan detansyon, di ofisye a si ou se paran yon timoun, oswa si se ou menm ki okipe l prensipalman. Di l tou si ou gen bezwen medikal.
family-plan-tell-officer-parent-say = Mwen se paran yon timoun, e se mwen menm ki okipe l prensipalman.
family-plan-tell-officer-parent-why = Ou ka di ofisye yo sa. Si polis lokal nan California arete ou, yon paran ki gen gad timoun nan jwenn de lòt apèl telefòn gratis pou fè aranjman pou moun okipe timoun yo.

family-plan-plan-form-do = Ranpli yon fòm plan fanmi. ILRC Family Preparedness Plan (plan preparasyon fanmi ILRC a) egziste an anglè, panyòl, tagalog, vyetnamyen ak chinwa tradisyonèl.
family-plan-plan-form-why = Yon plan ekri ki nan yon sèl kote pi fasil pou pataje ak moun ou fè konfyans yo.

family-plan-dont-wait = Pa tann ajan yo vini pou ou fè yon plan.
family-plan-dont-rely-on-phone = Pa kenbe nimewo enpòtan yo nan telefòn ou sèlman. Ou ka pa genyen l si yo mete ou nan detansyon.

## Eskwokri

scams-title = Eskwokri sou imigrasyon
scams-summary = Yon moun ofri ou èd pou imigrasyon, oswa li di gen yon pwoblèm ak estati ou.

scams-real-lawyer-do = Pran konsèy legal sou imigrasyon sèlman nan men yon avoka ki gen lisans, oswa yon reprezantan U.S. Department of Justice (Depatman Jistis Etazini) akredite.
scams-real-lawyer-why = Se yo sèlman ki gen dwa bay konsèy legal sou imigrasyon.

scams-consultants-do = Fè atansyon ak "notario" ak konsiltan imigrasyon. Anvan ou peye pèsonn, mande yo si yo se avoka oswa reprezantan akredite.
scams-consultants-why = Yon konsiltan ki pa avoka ka sèlman ranpli fòm ak fè tradiksyon. Li pa gen dwa di ou sa pou ou fè nan ka ou.

scams-calls-and-texts-do = Si yon moun rele ou, voye tèks oswa imèl ba ou pou l di gen yon pwoblèm ak estati imigrasyon ou, pa ba li lajan ni enfòmasyon pèsonèl.
scams-calls-and-texts-say = Mwen p ap bay lajan ni enfòmasyon pèsonèl. M ap verifye ak pwòp avoka pa m.
scams-calls-and-texts-why = California Attorney General (Pwokirè Jeneral eta a) avèti moun pou yo pa fè sa.

scams-free-help-do = Chèche èd legal gratis. California Department of Social Services (depatman sèvis sosyal eta a) pibliye lis gwoup ki bay èd sa a.
scams-free-help-why = Eta California peye òganizasyon san bi likratif pou yo bay sèvis legal gratis sou imigrasyon.

scams-dont-pay-for-advice = Pa peye yon "notario" oswa yon konsiltan pou konsèy legal sou ka imigrasyon ou.
scams-dont-share-details = Pa bay lajan ni enfòmasyon pèsonèl bay okenn moun ki kontakte ou pou yon pwoblèm ak estati ou. Pito sa, mande yon avoka ou fè konfyans.

## Rimè ak moun ki wè ajan

rumors-title = Rimè ak ajan moun wè
rumors-summary = Ou tande gen ajan imigrasyon toupre, oswa ou wè yo ou menm.

rumors-check-first-do = Anvan ou pataje nouvèl sou ajan imigrasyon, verifye si se vre.
rumors-check-first-why = Yon pòs pèsonn pa verifye ka fo, e li ka simen laperèz.

rumors-call-rapid-response-do = Si ou wè ajan imigrasyon, rele liy repons rapid konte ou a olye ou poste sou sa. Ou ka jwenn liy lan nan chèchè èd aplikasyon sa a.
rumors-call-rapid-response-why = Liy repons rapid yo pran rapò sou ajan imigrasyon ki toupre, e yo ede moun ki bezwen èd.

rumors-document-safely-do = Si li pa danjere, filme oswa ekri sa ou wè. Kenbe distans ou.
rumors-document-safely-why = Yon prèv sou sa ki te pase ka ede pita. Si ou bare chemen ajan yo, yo ka arete ou.

rumors-stay-silent-do = Si ajan yo poze ou kesyon pandan w ap gade, ou ka rete an silans. Si se sa ou chwazi, di sa byen fò.

rumors-right-numbers-do = Pataje sèlman nimewo èd ki soti nan yon sous ou fè konfyans, tankou rezo repons rapid lokal ou a.
rumors-right-numbers-why = Department of Homeland Security (DHS) gen yon nimewo pou piblik la denonse moun bay ICE. Se pa yon liy èd.

rumors-dont-post-unchecked = Pa poste okenn nouvèl sou ajan imigrasyon moun wè si pèsonn pa verifye l.
rumors-dont-share-tip-line = Pa pataje nimewo DHS la pou denonse moun bay ICE kòmsi se te yon nimewo èd.
rumors-dont-interfere = Pa bare chemen ajan yo, e pa eseye anpeche yo.
