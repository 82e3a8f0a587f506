# Fòm plan fanmi an ak mesaj tèks pou ijans yo. Etikèt plan an enprime sou
# yon fòm moun ranpli ak men; se yon moun ki voye mesaj yo (tèks `-say` yo
# retradui an anglè nan chak lang pou verifye yo).

## Plan preparasyon fanmi

plan-title = Plan preparasyon fanmi
plan-intro = Ranpli fòm sa a ak fanmi ou anvan anyen rive. Kenbe l ak papye enpòtan ou yo, kote moun ou fè konfyans yo ka jwenn li. Aprann nimewo telefòn yo pa kè.
plan-emergency-contacts-label = Moun pou rele nan yon ijans
plan-emergency-contacts-hint = Non ak nimewo telefòn moun ou fè konfyans. Aprann nimewo yo pa kè: si yo mete ou nan detansyon, ou ka pa gen telefòn ou.
plan-lawyer-label = Avoka ou oswa gwoup èd legal ou
plan-lawyer-hint = Non ak nimewo telefòn. Aprann nimewo sa a pa kè tou.
plan-rapid-response-label = Liy repons rapid konte ou a
plan-rapid-response-hint = Rele l si ou wè ajan imigrasyon toupre. Chèchè èd aplikasyon sa a bay liy pou konte ou a.
plan-children-pickup-label = Kiyès ki ka al chèche timoun yo
plan-children-pickup-hint = Moun ou chwazi pou al chèche pitit ou si ou pa kapab, ak nimewo telefòn yo. Asire ou yo konnen sa.
plan-documents-label = Ki kote papye enpòtan yo ye
plan-documents-hint = Kenbe yo nan yon sèl kote moun ou fè konfyans yo ka jwenn yo byen vit.
plan-a-numbers-label = Nimewo A (A-numbers)
plan-a-numbers-hint = Nimewo A chak moun, si li genyen youn, ak peyi kote li fèt. Ak sa yo, fanmi ou ka chèche yon granmoun ICE ap kenbe nan sistèm ICE sou entènèt pou jwenn moun ki nan detansyon (online detainee locator).
plan-medical-needs-label = Bezwen medikal
plan-medical-needs-hint = Pwoblèm sante ak medikaman chak moun, pou di ofisye yo si yo arete yon moun oswa yo mete l nan detansyon.

## Mesaj tèks pou ijans

emergency-detained-title = Nan detansyon imigrasyon
emergency-detained-when = Pou lè ajan imigrasyon mete ou nan detansyon. Ekri l kounye a, pou ou menm oswa yon moun ou fè konfyans ka voye l vit.
emergency-detained-say = Imigrasyon mete m nan detansyon nan { $place }. Tanpri rele { $contact }. Nimewo A mwen (A-number) se { $a_number }.
emergency-arrested-title = Polis arete m
emergency-arrested-when = Pou lè polis arete ou. Ekri l kounye a, pou yon moun ou fè konfyans ka voye l pou ou.
emergency-arrested-say = Polis arete m nan { $place }. Tanpri rele { $contact }.
emergency-children-title = Al chèche timoun yo
emergency-children-when = Pou lè ou pa ka al chèche pitit ou. Li montre moun plan fanmi ou nonmen an.
emergency-children-say = Mwen pa ka al chèche timoun yo. Tanpri swiv plan fanmi nou an: { $contact } ap al chèche yo nan { $place }.
emergency-find-me-title = Kijan pou jwenn mwen
emergency-find-me-when = Bay manm fanmi ou ou fè konfyans yo mesaj sa a. Li gen nimewo A ou ak peyi kote ou fèt: yo bezwen sa pou yo chèche ou si ICE ap kenbe ou.
emergency-find-me-say = Si m pa rantre lakay, ICE ka ap kenbe m. Nou ka chèche m nan Online Detainee Locator ICE a, { $locator }, ak nimewo A mwen, { $a_number }, ak peyi kote m fèt, { $country }.
