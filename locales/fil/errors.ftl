# What went wrong, in words a person can act on. Shown by the app when a
# call fails; none of them repeats what the person typed.

error-invalid-locale = Hindi mabasa ang setting ng wikang iyon. Pumili ng wika mula sa listahan.
error-unknown-topic = Wala sa app na ito ang sitwasyong iyon. Pumili ng isa mula sa listahan.
error-unknown-law = Wala sa app na ito ang batas na iyon. Pumili ng isa mula sa listahan.
error-unknown-warrant-state = Nawala kung nasaan ka na sa mga tanong tungkol sa warrant. Simulan muli ang mga tanong.
error-unknown-warrant-choice = Hindi iyan isa sa mga sagot sa tanong na ito. Pumili ng isa sa mga sagot na ipinapakita.
error-unknown-message = Humingi ang app ng tekstong hindi umiiral. Isa itong bug sa app.
error-invalid-coordinates = Hindi mabasa ang iyong lokasyon. Mag-type na lang ng ZIP code o county.
error-invalid-zip = May 5 digit ang ZIP code, halimbawa 90012.
error-unknown-zip = Hindi kilala ng app na ito ang ZIP code na iyon. Suriin ito, o i-type ang iyong county.
error-unknown-county = Walang county na may ganoong pangalan sa mga lugar na sakop ng app na ito.
error-unknown-city = Walang lungsod na may ganoong pangalan sa mga lugar na sakop ng app na ito.
error-unknown-state = Hindi iyan estado ng US. I-type ang dalawang-letrang code nito, halimbawa CA.
error-invalid-time = Hindi mabasa ang oras na iyon. Isulat ang araw sa Ingles at ang oras, halimbawa Mon 22:30 (ang Mon ay Lunes).
error-not-a-pack = Hindi content file ng Amparo ang file na ito. Walang binago ang app.
error-unsupported-pack-format = Para sa ibang bersyon ng app ang content file na ito. Walang binago ang app.
error-corrupt-pack = Sira o kulang ang content file na ito. Walang binago ang app.
error-pack-too-large = Masyadong malaki ang content file na ito para maging tunay. Walang binago ang app.
error-unknown-key = Hindi pinirmahan ng Amparo ang content file na ito. Maaaring peke ito. Walang binago ang app.
error-bad-signature = Binago ang content file na ito pagkatapos itong pirmahan ng Amparo. Maaaring peke ito. Walang binago ang app.
# $offered: the file's content version; $in_use: the version the app uses.
error-not-newer = Hindi mas bago ang content file na ito (bersyon { $offered }) kaysa sa nilalamang mayroon ka (bersyon { $in_use }). Walang binago ang app.
# $required: an app version such as 0.2.0.
error-needs-newer-app = Kailangan ng content file na ito ang mas bagong bersyon ng app ({ $required }). I-update muna ang app. Walang binago ang app.
# $missing: language codes, such as "km, ti".
error-fewer-languages = Kulang ang content file na ito sa mga wikang mayroon na ang app ({ $missing }). Walang binago ang app.
error-storage = Hindi na-save ng app ang content file sa teleponong ito. Gumagana pa rin ang nilalamang mayroon ka.
error-no-data-folder = Hindi makapag-install ang app ng mga content file dito. Gumagana pa rin ang nilalamang mayroon ka.
error-unknown-question = Wala sa quiz na ito ang tanong na iyon. Simulan muli ang quiz.
error-unknown-quiz-choice = Hindi iyon isa sa mga sagot sa tanong na ito. Pumili ng isa sa mga titik na ipinapakita.
error-unknown-emergency-message = Wala sa app na ito ang mensaheng iyon. Pumili ng isa mula sa listahan.
error-unknown-message-value = Binigyan ng app ang mensaheng ito ng isang bagay na hindi nito hinihingi. Bug ito sa app.
error-value-too-long = Masyadong mahaba iyan para sa isang text message. Gumamit ng { $limit } na character o mas kaunti.
