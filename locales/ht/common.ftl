# Etap plizyè sitiyasyon pataje.

common-stay-silent-do = Ou ka rete an silans. Si se sa ou chwazi, di sa byen fò.
common-stay-silent-say = M ap sèvi ak dwa m pou m rete an silans. Mwen vle pale ak yon avoka.
common-stay-silent-why = Senkyèm Amandman an (Fifth Amendment) ba ou dwa pou ou refize reponn kesyon. Ou pa oblije di ki kote ou fèt, ki estati imigrasyon ou, ni kijan ou te vin nan peyi sa a. Sa ou di ka sèvi kont ou nan tribinal.

common-do-not-sign-do = Pa siyen okenn papye toutotan ou pa pale ak yon avoka.
common-do-not-sign-say = Mwen p ap siyen anyen toutotan mwen pa pale ak yon avoka.
common-do-not-sign-why = Gen kèk papye, tankou fòm "depa volontè" (voluntary departure), ki ka fè ou pèdi chans ou pou ou wè yon jij imigrasyon.

common-do-not-lie-do = Pa bay manti. Pa di ou se sitwayen ameriken si ou pa sitwayen. Pa montre fo papye.
common-do-not-lie-why = Ou gen dwa rete an silans, men ou pa gen dwa bay manti. Si ou di manti ou se sitwayen ameriken, sa ka fè ou gwo tò nan zafè imigrasyon, e souvan tò sa a se pou toutan.

common-ask-if-free-to-go-do = Mande si ou lib pou ou ale. Si yo di wi, ale ak kalm. Si yo di non, rete an silans epi mande yon avoka.
common-ask-if-free-to-go-say = Èske m lib pou m ale?
common-ask-if-free-to-go-why = Si yo pa kenbe ou, ou pa oblije rete la pou reponn kesyon.

# Sa pou ou pa fè, nan plizyè sitiyasyon.

common-dont-resist = Pa kouri, pa goumen, pa diskite ak ajan yo, e pa bare yo, menm si ou kwè yo an tò.
common-dont-lie = Pa bay manti, pa di ou se sitwayen ameriken si ou pa sitwayen, e pa montre fo papye.
common-dont-sign = Pa siyen anyen, sitou papye "depa volontè" (voluntary departure), san ou pa pale ak yon avoka.
