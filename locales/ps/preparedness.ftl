# The family plan form and the emergency text messages. The plan's labels
# are printed on a form filled in by hand; the messages are sent by a person
# (their `-say` text is back-translated in every locale).

## Family preparedness plan

plan-title = د کورنۍ د چمتووالي پلان
plan-intro = مخکې له دې چې کوم څه پېښ شي، دا پاڼه له خپلې کورنۍ سره ډکه کړئ. له خپلو مهمو کاغذونو سره یې په داسې ځای کې وساتئ چې هغه کسان یې پیدا کړای شي چې تاسو پرې باور لرئ. د تلیفون شمېرې په یاد زده کړئ.
plan-emergency-contacts-label = هغه کسان چې په بیړني حالت کې ورته زنګ ووهل شي
plan-emergency-contacts-hint = د هغو کسانو نومونه او د تلیفون شمېرې چې تاسو پرې باور لرئ. شمېرې په یاد زده کړئ: که توقیف شئ، ښایي خپل تلیفون له ځانه سره ونه لرئ.
plan-lawyer-label = ستاسو وکیل یا د حقوقي مرستې ډله
plan-lawyer-hint = نوم او د تلیفون شمېره. دا شمېره هم په یاد زده کړئ.
plan-rapid-response-label = ستاسو د کاونټي د چټک غبرګون تلیفون
plan-rapid-response-hint = که شاوخوا د مهاجرت مامورین ووینئ، دې تلیفون ته زنګ ووهئ. د دې اپلیکیشن د مرستې لټوونکی (help finder) ستاسو د کاونټي تلیفون ښيي.
plan-children-pickup-label = څوک ماشومان راوستلای شي
plan-children-pickup-hint = هغه کسان چې تاسو غوره کړي دي چې که تاسو ونه شئ کولای، ستاسو ماشومان راولي، د هغوی د تلیفون له شمېرو سره. ډاډ ترلاسه کړئ چې هغوی پرې خبر دي.
plan-documents-label = مهم کاغذونه چېرې دي
plan-documents-hint = په یو ځای کې یې وساتئ چې هغه کسان ورته ژر لاس رسی ولري چې تاسو پرې باور لرئ.
plan-a-numbers-label = A-number شمېرې (A-numbers)
plan-a-numbers-hint = د هر کس A-number، که یې لري، او د زیږېدو هېواد. په دې معلوماتو ستاسو کورنۍ کولای شي هغه بالغ کس چې ICE ساتلی وي، د ICE په انلاین سیستم (online detainee locator) کې ولټوي.
plan-medical-needs-label = طبي اړتیاوې
plan-medical-needs-hint = د هر کس روغتیايي ستونزې او درمل، چې که څوک ونیول شي یا توقیف شي، مامورینو ته وویل شي.

## Emergency text messages

emergency-detained-title = د مهاجرت له خوا توقیف
emergency-detained-when = د هغه وخت لپاره چې د مهاجرت مامورین تاسو توقیف کړي. همدا اوس یې ولیکئ، ترڅو تاسو یا یو باوري کس یې ژر ولېږئ.
emergency-detained-say = د مهاجرت ادارې زه په { $place } کې توقیف کړم. مهرباني وکړئ { $contact } ته زنګ ووهئ. زما A-number { $a_number } دی.
emergency-arrested-title = د پولیسو له خوا نیول
emergency-arrested-when = د هغه وخت لپاره چې پولیس تاسو ونیسي. همدا اوس یې ولیکئ، ترڅو یو باوري کس یې ستاسو پر ځای ولېږي.
emergency-arrested-say = پولیسو زه په { $place } کې ونیولم. مهرباني وکړئ { $contact } ته زنګ ووهئ.
emergency-children-title = ماشومان راوستل
emergency-children-when = د هغه وخت لپاره چې تاسو خپل ماشومان نه شئ راوستلای. دا هغه کس ته اشاره کوي چې ستاسو د کورنۍ په پلان کې یې نوم لیکل شوی.
emergency-children-say = زه ماشومان نه شم راوستلای. مهرباني وکړئ زموږ د کورنۍ پلان تعقیب کړئ: { $contact } به هغوی له { $place } څخه راولي.
emergency-find-me-title = ما څنګه پیدا کړئ
emergency-find-me-when = دا هغو کورنۍ غړو ته ورکړئ چې پرې باور لرئ. ستاسو A-number او د زیږېدو هېواد پکې دي، چې که ICE تاسو وساتي، ستاسو د لټولو لپاره ورته اړتیا لري.
emergency-find-me-say = که زه کور ته رانه شم، ښایي د ICE په توقیف کې اوسم. تاسو کولای شئ ما د ICE په Online Detainee Locator (د توقیف شویو کسانو د موندلو انلاین سیستم)، { $locator }، کې زما د A-number، { $a_number }، او زما د زیږېدو د هېواد، { $country }، په مرسته ولټوئ.
