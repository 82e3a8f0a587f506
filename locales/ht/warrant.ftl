# Verifikatè manda a: ajan ki devan pòt lakay ou di yo gen yon manda.
# Kesyon ak chwa mennen nan yon rezilta. Chak rezilta montre tou konsèy fiks
# ki anba l yo (warrant-advice-*), ak mo pou di nan lang moun nan ak nan lang ofisye a.

## Kesyon

warrant-q-who = Moun ki devan pòt la, kiyès yo di yo ye?
warrant-who-immigration = Ajan imigrasyon, oswa ICE
warrant-who-police = Polis
warrant-who-other = Yon lòt moun
warrant-who-dont-know = Mwen pa konnen

warrant-q-paper = Gade papye yo montre ou a, nan fenèt la oswa apre yo fin glise l anba pòt la. Pa louvri pòt la. Ki papye li ye?
warrant-q-paper-not-immigration = Gade papye yo montre ou a, nan fenèt la oswa apre yo fin glise l anba pòt la. Pa louvri pòt la. Gen kèk ajan imigrasyon ki di se polis yo ye. Si papye a soti nan ICE oswa nan Department of Homeland Security (DHS), konsidere yo kòm ajan imigrasyon. Ki papye li ye?
warrant-paper-none = Yo pa montre m okenn papye
warrant-paper-i200 = Yon manda arestasyon ICE (Fòm I-200)
warrant-paper-i205 = Yon manda depòtasyon ICE (Fòm I-205)
warrant-paper-i247 = Yon demann ICE pou kenbe (detainer, Fòm I-247): yon demann bay yon prizon pou l kenbe yon moun
warrant-paper-judge-arrest = Yon manda arestasyon ki soti nan yon tribinal, e yon jij siyen l
warrant-paper-judge-search = Yon manda pou fouye ki soti nan yon tribinal, e yon jij siyen l
warrant-paper-cant-tell = Mwen pa ka konnen

warrant-q-final-order = Èske gen yon moun ki rete isit la ki gen yon lòd final depòtasyon? Se yon lòd pou kite peyi a, nan fen yon dosye imigrasyon.
warrant-q-lives-here = Èske moun ki nonmen sou manda arestasyon an rete isit la?
warrant-q-search-address = Èske manda pou fouye a montre adrès kay sa a?
warrant-answer-yes = Wi
warrant-answer-no = Non
warrant-answer-dont-know = Mwen pa konnen

## Rezilta

warrant-o-no-paper = Si yo di yo gen yon manda, mande yo glise l anba pòt la oswa kenbe l devan fenèt la. Pa louvri pòt la pou li l. Pafwa ajan yo di yo gen yon manda alòske yo pa genyen. Si yo pa gen yon manda yon jij siyen, ou pa oblije kite yo antre. Lè ou ka wè papye a, reponn kesyon sa yo ankò.
warrant-o-no-paper-say = Mwen pa bay konsantman pou nou antre lakay mwen. Si nou gen yon manda yon jij siyen, tanpri glise l anba pòt la.

warrant-o-i200 = Sa a se yon manda arestasyon ICE (Fòm I-200). Yo rele l tou yon manda administratif. Se yon ofisye ICE ki siyen l, se pa yon jij. Li pa pèmèt ajan yo antre lakay ou san konsantman ou. Ou pa oblije louvri pòt la.
warrant-o-i200-say = Mwen pa bay konsantman pou nou antre lakay mwen. Se pa yon jij ki siyen manda sa a.

warrant-o-i205-final-order = Sa a se yon manda depòtasyon ICE (Fòm I-205). Se yon ofisye ICE ki siyen l, se pa yon jij. Defansè imigran yo di li pa pèmèt ajan yo antre lakay ou san konsantman ou. Men depi 2025, ICE di ajan li yo gen dwa fòse antre nan yon kay ak fòm sa a pou yo arete yon moun ki gen yon lòd final depòtasyon. Tribinal yo ap egzamine kontestasyon kont sa ICE di a, e sa poko regle. Ajan yo ka fòse antre. Pa louvri pòt la, e pa dakò kite yo antre.
warrant-o-i205-final-order-say = Mwen pa bay konsantman pou nou antre lakay mwen. Se pa yon jij ki siyen manda sa a.

warrant-o-i205-not-sure = Sa a se yon manda depòtasyon ICE (Fòm I-205). Se yon ofisye ICE ki siyen l, se pa yon jij. Defansè imigran yo di li pa pèmèt ajan yo antre lakay ou san konsantman ou. Men depi 2025, ICE di ajan li yo gen dwa fòse antre nan yon kay ak fòm sa a pou yo arete yon moun ki gen yon lòd final depòtasyon. Tribinal yo ap egzamine kontestasyon kont sa ICE di a, e sa poko regle. Si ou pa sèten si gen yon moun isit la ki gen yon lòd final, prepare ou pou ajan yo ka fòse antre. Pa louvri pòt la, e pa dakò kite yo antre. Apre sa, mande yon avoka pou l chèche konnen si gen yon lòd.
warrant-o-i205-not-sure-say = Mwen pa bay konsantman pou nou antre lakay mwen. Se pa yon jij ki siyen manda sa a.

warrant-o-i205-no-final-order = Sa a se yon manda depòtasyon ICE (Fòm I-205). Se yon ofisye ICE ki siyen l, se pa yon jij. Defansè imigran yo di li pa pèmèt ajan yo antre lakay ou san konsantman ou. Depi 2025, ICE di ajan li yo gen dwa fòse antre nan yon kay ak fòm sa a pou yo arete yon moun ki gen yon lòd final depòtasyon. Tribinal yo ap egzamine kontestasyon kont sa ICE di a, e sa poko regle. Ou di pa gen pèsonn isit la ki gen yon lòd final. Ajan yo ka toujou eseye antre. Pa louvri pòt la, e pa dakò kite yo antre.
warrant-o-i205-no-final-order-say = Mwen pa bay konsantman pou nou antre lakay mwen. Se pa yon jij ki siyen manda sa a.

warrant-o-detainer = Sa a se yon demann ICE pou kenbe (detainer, Fòm I-247, pa egzanp I-247A). Yon demann pou kenbe se yon demann ICE fè bay yon prizon pou l kenbe yon moun la. Se pa yon manda, e pa gen okenn jij ki siyen l. Ou pa oblije louvri pòt la.
warrant-o-detainer-say = Mwen pa bay konsantman pou nou antre lakay mwen. Papye sa a se pa yon manda yon jij siyen.

warrant-o-judge-arrest = Sa a ka yon vrè manda arestasyon yon jij siyen. Li pèmèt ofisye yo antre lakay moun li nonmen an, pou yo arete moun sa a, si yo kwè moun nan anndan kay la. Ajan yo ka antre. Pa bare pòt la e pa goumen ak yo. Ou ka toujou rete an silans. Ou pa oblije dakò pou yo fouye okenn lòt bagay. Gade dat ki sou manda a. Si li sanble li gen lontan, mande yon avoka sou sa.
warrant-o-judge-arrest-say = M ap sèvi ak dwa m pou m rete an silans. Mwen vle pale ak yon avoka.

warrant-o-arrest-not-here = Yon manda arestasyon yon jij siyen pèmèt ofisye yo antre lakay moun li nonmen an. Li pa pèmèt yo antre lakay yon lòt moun pou chèche moun sa a. Pou sa, yo bezwen yon manda pou fouye. Ou di moun ki nonmen an pa rete isit la, kidonk ou pa oblije kite yo antre. Ou pa oblije reponn kesyon yo. Pa ba yo manti.
warrant-o-arrest-not-here-say = Mwen pa bay konsantman pou nou antre lakay mwen.

warrant-o-judge-search = Sa a ka yon vrè manda pou fouye yon jij siyen. Li pèmèt ofisye yo fouye adrès li montre a, kèlkeswa moun ki rete la. Yo ka fouye sèlman kote ki make sou manda a, e chèche sèlman bagay ki make sou li. Ajan yo ka antre. Pa bare pòt la e pa goumen ak yo. Ou ka toujou rete an silans. Gade dat ki sou manda a. Si li sanble li gen lontan, mande yon avoka sou sa.
warrant-o-judge-search-say = M ap sèvi ak dwa m pou m rete an silans. Mwen vle pale ak yon avoka.

warrant-o-wrong-address = Manda pou fouye a montre yon lòt adrès, se pa kay sa a. Ou pa oblije louvri pòt la. Kenbe l fèmen.
warrant-o-wrong-address-say = Mwen pa bay konsantman pou nou antre lakay mwen. Manda sa a se pou yon lòt adrès.

warrant-o-cant-tell = Si ou pa ka konnen ki papye li ye, oswa kiyès ki siyen l, pa louvri pòt la. Mande yo glise l anba pòt la pou ou ka li l. Ou ka mande yon entèprèt. Defansè imigran yo di se sèlman yon manda yon jij siyen ki pèmèt ajan yo antre san konsantman ou. Depi 2025, ICE di tou ajan li yo gen dwa fòse antre ak Fòm I-205 pou yo arete yon moun ki gen yon lòd final depòtasyon; tribinal yo ap egzamine kontestasyon kont sa ICE di a.
warrant-o-cant-tell-say = Mwen pa bay konsantman pou nou antre lakay mwen. Tanpri montre m yon manda yon jij siyen.

## Konsèy: lis fiks chak rezilta pran ladan l, nan lòd sa a

warrant-advice-keep-door-closed = Kenbe pòt la fèmen. Pale atravè pòt la.
warrant-advice-do-not-consent = Di byen klè ou pa bay konsantman pou yo antre ni pou yo fouye.
warrant-advice-do-not-resist = Si ajan yo antre oswa yo fòse antre, pa kouri, pa goumen, e pa bare yo.
warrant-advice-stay-silent = Ou ka rete an silans. Si se sa ou chwazi, di sa byen fò.
warrant-advice-ask-for-lawyer = Mande yon avoka.
warrant-advice-do-not-sign = Pa siyen anyen toutotan ou pa pale ak yon avoka.
warrant-advice-note-details = Ekri non ajan yo, nimewo badj yo, lè a, ak sa ki te pase.
warrant-advice-call-rapid-response = Rele liy repons rapid konte ou a. Ou ka jwenn li nan chèchè èd aplikasyon sa a.
