# Plis sitiyasyon: verifye yon manda, nan travay, arestasyon, nan yon prizon lokal,
# nan men ICE. Mo senp, fraz kout, yon sèl aksyon pou chak etap.

## Verifye yon manda

warrant-check-title = Verifye yon manda
warrant-check-summary = Ajan yo di yo gen yon manda. Men kijan pou ou verifye papye a.

warrant-check-keep-door-closed-do = Kenbe pòt la fèmen pandan w ap verifye. Mande ajan yo glise manda a anba pòt la oswa kenbe l devan fenèt la.
warrant-check-keep-door-closed-say = Tanpri glise manda a anba pòt la, oswa kenbe l devan fenèt la.
warrant-check-keep-door-closed-why = Si ou louvri pòt la, sa pa ba yo pèmisyon pou yo antre. Men li pi an sekirite pou ou li papye a ak pòt la fèmen. Si ou pa ka li l, ou ka mande yon entèprèt.

warrant-check-who-signed-do = Gade kiyès ki siyen papye a. Yon manda yon jij siyen soti nan yon tribinal, tankou yon U.S. District Court (tribinal federal) oswa yon California Superior Court (tribinal eta a). Se yon jij ki siyen l.
warrant-check-who-signed-why = Konstitisyon an pwoteje tout moun ki nan peyi Etazini, kèlkeswa estati imigrasyon yo. Defansè imigran yo di, si ajan yo pa gen yon manda yon jij siyen, yo bezwen pèmisyon ou pou yo antre lakay ou.

warrant-check-ice-forms-do = Si papye a se yon fòm ki soti nan ICE oswa nan Department of Homeland Security (DHS), tankou Fòm I-200 oswa Fòm I-205, se pa yon manda yon jij siyen. Kenbe pòt la fèmen, e pa dakò kite yo antre.
warrant-check-ice-forms-say = Se pa yon jij ki siyen papye sa a. Mwen pa bay konsantman pou nou antre lakay mwen.
warrant-check-ice-forms-why = Se yon ofisye ICE ki siyen fòm sa yo, se pa yon jij. Defansè imigran yo di fòm sa yo pa pèmèt ajan yo antre lakay ou san pèmisyon ou. Men depi 2025, ICE di ajan li yo gen dwa fòse antre ak Fòm I-205 pou yo arete yon moun ki gen yon lòd final depòtasyon. Tribinal yo ap egzamine kontestasyon kont sa ICE di a. Si ajan yo fòse antre, pa goumen ak yo e pa bare yo.

warrant-check-check-details-do = Si se yon jij ki siyen l, verifye detay yo. Yon manda pou fouye dwe montre bon adrès ou. Yon manda arestasyon dwe nonmen yon moun ki rete isit la vre. Chèche siyati jij la.
warrant-check-check-details-why = Yon manda pou fouye pèmèt ofisye yo fouye adrès ki sou li a, kèlkeswa moun ki rete la. Yon manda arestasyon pa pèmèt ofisye yo antre lakay yon lòt moun pou chèche moun li nonmen an: pou sa, yo bezwen yon manda pou fouye. Si yon manda pou fouye montre yon lòt adrès, oswa yon manda arestasyon pa nonmen okenn moun ki rete isit la, ou pa oblije louvri pòt la.

warrant-check-check-the-date-do = Gade dat ki sou manda a.
warrant-check-check-the-date-why = Yon manda ka twò vye pou yo sèvi avè l. Se yon avoka ki ka di konbyen tan ki twò vye. Si ou pa sèten, mande yon avoka.

warrant-check-search-or-arrest-do = Li ki kalite manda li ye: yon manda pou fouye oswa yon manda arestasyon.
warrant-check-search-or-arrest-why = Yon manda pou fouye pèmèt ofisye yo antre nan adrès ki sou li a, kèlkeswa moun ki rete la, men yo ka fouye sèlman kote ak bagay ki make sou li. Yon manda arestasyon pèmèt ofisye yo antre lakay moun li nonmen an, si yo kwè moun sa a anndan.

warrant-check-stay-silent-do = Menm si manda a valab e ajan yo antre, ou ka toujou rete an silans. Si se sa ou chwazi, di sa byen fò.
warrant-check-stay-silent-why = Yon manda pèmèt ajan yo antre. Li pa oblije ou reponn kesyon yo. Sa ou di ka sèvi kont ou nan tribinal.

warrant-check-dont-open-to-read = Pa louvri pòt la pou li manda a.
warrant-check-dont-take-their-word = Pa louvri pòt la jis paske ajan yo di yo gen yon manda. Pafwa ajan yo di yo genyen youn alòske yo pa genyen, oswa yo di se polis yo ye. Wè papye a anvan.

## Nan travay

at-work-title = Ajan nan travay ou
at-work-summary = Ajan imigrasyon vini kote ou travay.

at-work-know-the-areas-do = Konnen ki kote ajan yo ka ale. ICE ka antre nan pati piblik yon biznis, tankou yon sal manje, yon lobi oswa yon pakin, san mande.
at-work-know-the-areas-why = Lefèt ke yo nan yon pati piblik pa, pou kont li, pèmèt ajan yo kenbe, kesyonnen oswa arete pèsonn. Pou yo antre nan pati ki pa piblik, tankou yon kizin, yon biwo oswa sal ki pou travayè sèlman, yo bezwen pèmisyon patwon an oswa yon manda yon jij siyen.

at-work-ask-if-free-do = Si yon ajan pwoche bò kote ou, mande si ou lib pou ou ale oswa pou ou retounen nan travay ou. Si li di wi, di ou pa vle pale. Apre sa, retounen nan travay ou oswa ale ak kalm.
at-work-ask-if-free-say = Èske m lib pou m ale, oswa pou m retounen nan travay mwen?

at-work-stay-where-you-are-do = Si ajan yo di travayè yo separe an gwoup dapre estati imigrasyon yo, ou ka rete kote ou ye a.
at-work-stay-where-you-are-why = Si ou ale nan youn nan gwoup sa yo, se yon fason pou ou di yo ki estati ou. Ou pa oblije di yo ki estati ou.

at-work-papers-do = Si ou gen papye imigrasyon ki valab, tankou yon green card oswa yon pèmi travay, montre yo sèlman si yon ajan imigrasyon mande yo. Pa janm montre fo papye.
at-work-papers-why = Lwa federal la di moun ki gen papye sa yo dwe pote yo sou yo epi montre yo bay ajan imigrasyon ki mande yo. Ou ka toujou rete an silans sou tout lòt bagay.

at-work-employer-rules-do = Konnen sa California mande patwon ou. Dapre yon lwa yo rele AB 450, patwon ou pa gen dwa chwazi kite ajan imigrasyon antre nan pati ki pa piblik san yon manda yon jij siyen. Patwon ou pa gen dwa tou kite yo wè oswa pran dosye travayè yo san yon manda yon jij siyen, yon sitasyon (subpoena) oswa yon avi federal pou enspeksyon.
at-work-employer-rules-why = Yon fòm ICE, tankou Fòm I-200 oswa Fòm I-205, pa ase dapre lwa sa a. Men lwa a oblije patwon yo, li pa oblije ICE. Si ajan yo gen yon manda yon jij siyen, yo ka toujou antre. Kèlkeswa sa k pase, ou kenbe pwòp dwa pa ou. Yon patwon ki vyole lwa sa a ka peye yon amann $2,000 rive $10,000 pou chak vyolasyon.

at-work-records-notice-do = Si ICE bay patwon ou yon avi ke li pral enspekte dosye travayè yo, tankou fòm I-9 yo, patwon ou dwe afiche yon avi pou travayè yo nan 72 èdtan.
at-work-records-notice-why = AB 450 di avi a dwe nan lang patwon ou konn itilize ak travayè yo. Travayè enspeksyon an touche gen dwa tou pou yo resevwa rezilta li.

at-work-dont-consent-to-search = Pa dakò pou yo fouye. Ou ka di byen fò: Mwen pa bay konsantman pou okenn fouy.

## Polis arete ou

arrested-title = Polis arete ou
arrested-summary = Polis lokal oswa polis sheriff la arete ou.

arrested-ask-for-lawyer-do = Mande yon avoka. Pa deside anyen toutotan ou pa pale ak yon avoka.
arrested-ask-for-lawyer-say = Mwen vle pale ak yon avoka.
arrested-ask-for-lawyer-why = Sa ou di ka sèvi kont ou nan tribinal kriminèl ak nan tribinal imigrasyon.

arrested-phone-calls-do = Mande pou ou fè apèl telefòn ou yo. Nan California, ou ka fè omwen 3 apèl ki pase. Ou jwenn yo touswit apre anrejistreman ou nan prizon (booking), e pa pita pase 3 èdtan apre arestasyon ou, sòf si sa enposib fizikman.
arrested-phone-calls-say = Mwen vle fè apèl telefòn mwen yo.
arrested-phone-calls-why = California Penal Code seksyon 851.5 ba ou apèl sa yo. Apèl nan zòn lokal la gratis. Yon ofisye ki refize ba ou apèl sa yo fè espre ap vyole lalwa.

arrested-whom-to-call-do = Sèvi ak apèl ou yo pou ou jwenn yon avoka oswa yon avoka leta (public defender), yon ajan kosyon (bail bond agent), ak yon manm fanmi ou oswa yon lòt moun.
arrested-whom-to-call-why = Polis pa gen dwa koute ni anrejistre apèl ou fè ak yon avoka. Ou ka pa gen telefòn ou avè ou, kidonk aprann nimewo yon avoka ak yon moun ou fè konfyans pa kè, anvan ou janm bezwen yo.

arrested-child-care-calls-do = Si ou se yon paran ki gen gad yon timoun, di sa. Mande 2 lòt apèl gratis pou ou fè aranjman pou moun okipe pitit ou.
arrested-child-care-calls-say = Mwen se yon paran. Mwen bezwen apèl anplis mwen yo pou m fè aranjman pou moun okipe pitit mwen.
arrested-child-care-calls-why = Lwa California bay paran ki gen gad yon timoun 2 apèl gratis anplis pou yo fè aranjman pou moun okipe timoun nan.

arrested-tell-your-needs-do = Di ofisye a si ou se paran yon timoun, oswa si se ou menm ki okipe l prensipalman. Di l tou si ou gen bezwen medikal.
arrested-tell-your-needs-why = Ou ka di yo sa. Sa ka ede asire yo pran swen pitit ou, e yo konnen bezwen sante ou.

arrested-dont-resist = Pa kouri pou polis, e pa goumen ak yo, menm si ou kwè yo pa t dwe arete ou.
arrested-dont-answer-status-questions = Pa reponn kesyon sou ki kote ou fèt, sou estati imigrasyon ou, ni sou kijan ou te vin Etazini. An jeneral, polis California pa gen dwa poze kesyon sou estati ou pou ede aplike lwa imigrasyon.

## Nan yon prizon lokal

in-jail-title = Nan yon prizon lokal
in-jail-summary = Yo kenbe ou nan yon prizon vil oswa konte, e ICE ka vle pale avè ou oswa pran ou.

in-jail-consent-form-do = Anvan ICE ka fè yon entèvyou avè ou nan yon prizon lokal, prizon an dwe ba ou yon fòm ekri. Li l. Si ou pa konprann li, di ou bezwen yon entèprèt.
in-jail-consent-form-why = TRUTH Act California a egzije fòm sa a. Li dwe eksplike pou kisa entèvyou a ye, ke li volontè, e ke ou ka di non oswa mande pou avoka ou la. Fòm nan egziste an anglè, panyòl, chinwa, tagalog, vyetnamyen ak koreyen, e nan kèk konte, nan lòt lang tou.

in-jail-refuse-interview-do = Ou ka di non pou entèvyou ICE a. Oswa ou ka di w ap pale sèlman si avoka ou la.
in-jail-refuse-interview-say = Mwen pa dakò fè yon entèvyou ak ICE si avoka m pa la.
in-jail-refuse-interview-why = Entèvyou a volontè. Sa ou di ICE ka sèvi kont ou nan tribinal imigrasyon.

in-jail-ask-for-copy-do = Mande si prizon an resevwa yon demann ICE pou kenbe ou, yon demann pou avèti ICE, oswa yon demann pou transfere ou. Si se wi, mande yon kopi. Mande si prizon an ap fè sa ICE mande a.
in-jail-ask-for-copy-say = Èske ICE voye yon demann pou kenbe m, oswa yon lòt demann sou mwen? Tanpri ban m yon kopi.
in-jail-ask-for-copy-why = TRUTH Act la di prizon an dwe ba ou yon kopi nenpòt demann konsa, e di ou si li gen entansyon fè sa ICE mande a. Si prizon an di ICE dat y ap lage ou, li dwe di ou sa tou alekri, e di avoka ou oswa yon lòt moun ou chwazi.

in-jail-hold-is-a-request-do = Konnen ke yon demann ICE pou kenbe (detainer) se yon demann ICE fè. Se pa yon lòd yon jij bay.
in-jail-hold-is-a-request-why = Dapre SB 54 California, yon prizon lokal pa gen dwa kenbe ou apre lè yo dwe lage ou paske ICE mande sa. Men si ou gen kèk kondanasyon grav, tankou kèk krim grav oswa vyolan (felony), prizon an ka toujou di ICE ki lè y ap lage ou, oswa renmèt ou bay ICE. Li ka renmèt ou tou si gen yon manda yon jij siyen. Lwa sa yo limite polis ak prizon lokal, yo pa limite ajan ICE.

in-jail-state-prison-do = Si ou nan yon prizon leta, pa nan yon prizon vil oswa konte, règ yo diferan. SB 54 pa kouvri prizon leta yo.
in-jail-state-prison-why = Prizon leta yo ka toujou di ICE sou moun ki pral soti nan prizon, e fè aranjman pou renmèt yo bay ICE. Men yon prizon leta toujou dwe ba ou yon fòm anvan yon entèvyou ICE, ak kopi demann ICE sou ou.

in-jail-dont-think-you-must-talk = Pa kwè ou oblije pale ak ICE nan yon prizon lokal. Entèvyou a se chwa pa ou.

## Nan men ICE

ice-detention-title = Nan men ICE
ice-detention-summary = ICE ap kenbe ou nan detansyon imigrasyon.

ice-detention-free-legal-help-do = Si ou pa gen avoka, mande ofisye yo lis sèvis legal gratis (pro bono) yo.
ice-detention-free-legal-help-say = Mwen pa gen avoka. Tanpri ban m lis sèvis legal gratis yo.
ice-detention-free-legal-help-why = Nan ka imigrasyon, an jeneral gouvènman an pa peye avoka pou ou. Gwoup ki sou lis la bay èd legal gratis.

ice-detention-consulate-do = Ou ka mande pou ou kontakte konsila peyi ou, oswa mande yon ofisye pou l di konsila a y ap kenbe ou.
ice-detention-consulate-say = Mwen vle kontakte konsila peyi m.
ice-detention-consulate-why = Ou ka mande sa lè ICE ap kenbe ou. Se chwa pa ou.

ice-detention-careful-on-the-phone-do = Sou telefòn nan detansyon an, pa pale sou estati imigrasyon ou, ni sou ki kote ou fèt.
ice-detention-careful-on-the-phone-why = Yo ka koute apèl ki fèt sou telefòn nan detansyon an.

ice-detention-family-can-find-you-do = Fanmi ou ka chèche ou ak Online Detainee Locator ICE a (sistèm ICE pou jwenn moun ki nan detansyon), yon sit entènèt (lyen ki akonpaye etap sa a). Li jwenn moun ki gen 18 an oswa plis.
ice-detention-family-can-find-you-why = Pou yo chèche, yo bezwen nimewo A ou (A-number) ak peyi kote ou fèt, oswa non ou ak peyi kote ou fèt. Non an dwe menm jan egzakteman ak sa ki nan dosye ICE yo.

ice-detention-a-number-do = Si ou gen yon nimewo A (A-number), asire ou fanmi ou konnen l.
ice-detention-a-number-why = Tribinal imigrasyon an gen yon liy telefòn otomatik ak enfòmasyon sou dosye ou, e li mande nimewo A ou. Se gouvènman an ki jere liy sa a. Se pa yon moun ki la pou ede ou.

ice-detention-dont-decide-alone = Pa dakò pou depa volontè (voluntary departure), e pa deside okenn lòt bagay sou dosye ou, anvan ou pale ak yon avoka.
