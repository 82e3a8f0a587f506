# Sa ki pa mache, ak mo yon moun ka sèvi pou l aji. Aplikasyon an montre yo
# lè yon apèl echwe; okenn ladan yo pa repete sa moun nan te tape.

error-invalid-locale = Aplikasyon an pa ka li paramèt lang sa a. Chwazi yon lang nan lis la.
error-unknown-topic = Sitiyasyon sa a pa nan aplikasyon sa a. Chwazi youn nan lis la.
error-unknown-law = Lwa sa a pa nan aplikasyon sa a. Chwazi youn nan lis la.
error-unknown-warrant-state = Kesyon sou manda a pa konnen kote ou te rive ankò. Rekòmanse yo.
error-unknown-warrant-choice = Sa a se pa youn nan repons kesyon sa a. Chwazi youn nan repons ki parèt yo.
error-unknown-message = Aplikasyon an mande yon tèks ki pa egziste. Se yon erè nan aplikasyon an.
error-invalid-coordinates = Aplikasyon an pa ka li kote ou ye a. Tape yon kòd postal (ZIP code) oswa yon konte pito.
error-invalid-zip = Yon kòd postal (ZIP code) gen 5 chif, pa egzanp 90012.
error-unknown-zip = Aplikasyon sa a pa konnen kòd postal sa a. Verifye l, oswa tape konte ou.
error-unknown-county = Pa gen okenn konte ki rele konsa nan zòn aplikasyon sa a kouvri yo.
error-unknown-city = Pa gen okenn vil ki rele konsa nan zòn aplikasyon sa a kouvri yo.
error-unknown-state = Sa a se pa yon eta Etazini. Tape kòd eta a ak de lèt, pa egzanp CA.
error-invalid-time = Aplikasyon an pa ka li lè sa a. Ekri jou a an anglè ak lè a, pa egzanp Mon 22:30.
error-not-a-pack = Fichye sa a se pa yon fichye kontni Amparo. Aplikasyon an pa chanje anyen.
error-unsupported-pack-format = Fichye kontni sa a se pou yon lòt vèsyon aplikasyon an. Aplikasyon an pa chanje anyen.
error-corrupt-pack = Fichye kontni sa a domaje oswa li pa konplè. Aplikasyon an pa chanje anyen.
error-pack-too-large = Fichye kontni sa a twò gwo anpil pou l ta yon vre fichye. Aplikasyon an pa chanje anyen.
error-unknown-key = Se pa Amparo ki siyen fichye kontni sa a. Li ka fo. Aplikasyon an pa chanje anyen.
error-bad-signature = Fichye kontni sa a te chanje apre Amparo te siyen l. Li ka fo. Aplikasyon an pa chanje anyen.
# $offered: vèsyon kontni fichye a; $in_use: vèsyon aplikasyon an ap sèvi a.
error-not-newer = Fichye kontni sa a (vèsyon { $offered }) pa pi nouvo pase kontni ou genyen an (vèsyon { $in_use }). Aplikasyon an pa chanje anyen.
# $required: yon vèsyon aplikasyon an, tankou 0.2.0.
error-needs-newer-app = Fichye kontni sa a bezwen yon vèsyon aplikasyon an ki pi nouvo ({ $required }). Mete aplikasyon an ajou anvan. Aplikasyon an pa chanje anyen.
# $missing: kòd lang, tankou "km, ti".
error-fewer-languages = Fichye kontni sa a manke kèk lang aplikasyon an deja genyen ({ $missing }). Aplikasyon an pa chanje anyen.
error-storage = Aplikasyon an pa t ka sove fichye kontni an sou telefòn sa a. Kontni ou genyen an toujou mache.
error-no-data-folder = Aplikasyon an pa ka enstale fichye kontni isit la. Kontni ou genyen an toujou mache.
error-unknown-question = Kesyon sa a pa nan kesyonè sa a. Rekòmanse kesyonè a.
error-unknown-quiz-choice = Sa a se pa youn nan repons kesyon sa a. Chwazi youn nan lèt ki parèt yo.
error-unknown-emergency-message = Mesaj sa a pa nan aplikasyon sa a. Chwazi youn nan lis la.
error-unknown-message-value = Aplikasyon an bay mesaj sa a yon bagay li pa mande. Se yon erè nan aplikasyon an.
error-value-too-long = Sa a twò long pou yon mesaj tèks. Sèvi ak { $limit } karaktè oswa mwens.
