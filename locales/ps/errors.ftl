# What went wrong, in words a person can act on. Shown by the app when a
# call fails; none of them repeats what the person typed.

error-invalid-locale = د ژبې دا تنظیم نه شي لوستل کېدای. له لېست څخه یوه ژبه وټاکئ.
error-unknown-topic = دا حالت په دې اپلیکیشن کې نشته. له لېست څخه یو وټاکئ.
error-unknown-law = دا قانون په دې اپلیکیشن کې نشته. له لېست څخه یو وټاکئ.
error-unknown-warrant-state = د وارنټ په پوښتنو کې ستاسو ځای ورک شو. پوښتنې بیا له سره پیل کړئ.
error-unknown-warrant-choice = دا د دې پوښتنې له ځوابونو څخه یو نه دی. له ښودل شویو ځوابونو څخه یو وټاکئ.
error-unknown-message = اپلیکیشن داسې متن وغوښت چې شتون نه لري. دا په اپلیکیشن کې تېروتنه (bug) ده.
error-invalid-coordinates = ستاسو ځای ونه لوستل شو. پر ځای یې ZIP کوډ یا کاونټي ولیکئ.
error-invalid-zip = یو ZIP کوډ 5 رقمه لري، د بېلګې په توګه 90012.
error-unknown-zip = دا اپلیکیشن دا ZIP کوډ نه پېژني. بیا یې وګورئ، یا د خپلې کاونټي نوم ولیکئ.
error-unknown-county = په هغو ځایونو کې چې دا اپلیکیشن یې پوښي، په دې نوم کومه کاونټي نشته.
error-unknown-city = په هغو ځایونو کې چې دا اپلیکیشن یې پوښي، په دې نوم کوم ښار نشته.
error-unknown-state = دا د امریکا ایالت نه دی. د هغه دوه توري کوډ په انګلیسي تورو ولیکئ، د بېلګې په توګه CA.
error-invalid-time = دا وخت نه شي لوستل کېدای. ورځ په انګلیسي او وخت ولیکئ، د بېلګې په توګه Mon 22:30.
error-not-a-pack = دا فایل د Amparo د مطالبو فایل نه دی. هېڅ شی بدل نه شو.
error-unsupported-pack-format = د مطالبو دا فایل د اپلیکیشن د بلې نسخې لپاره دی. هېڅ شی بدل نه شو.
error-corrupt-pack = د مطالبو دا فایل خراب یا نیمګړی دی. هېڅ شی بدل نه شو.
error-pack-too-large = د مطالبو دا فایل دومره لوی دی چې اصلي نه شي کېدای. هېڅ شی بدل نه شو.
error-unknown-key = د مطالبو دا فایل Amparo نه دی لاسلیک کړی. کېدای شي جعلي وي. هېڅ شی بدل نه شو.
error-bad-signature = د مطالبو دا فایل د Amparo له لاسلیک وروسته بدل شوی دی. کېدای شي جعلي وي. هېڅ شی بدل نه شو.
# $offered: the file's content version; $in_use: the version the app uses.
error-not-newer = د مطالبو دا فایل (نسخه { $offered }) له هغو مطالبو نوی نه دی چې تاسو یې لرئ (نسخه { $in_use }). هېڅ شی بدل نه شو.
# $required: an app version such as 0.2.0.
error-needs-newer-app = د مطالبو دا فایل د اپلیکیشن نوې نسخې ته اړتیا لري ({ $required }). لومړی اپلیکیشن تازه کړئ. هېڅ شی بدل نه شو.
# $missing: language codes, such as "km, ti".
error-fewer-languages = د مطالبو په دې فایل کې هغه ژبې نشته چې اپلیکیشن یې دمخه لري ({ $missing }). هېڅ شی بدل نه شو.
error-storage = اپلیکیشن ونه توانېد چې د مطالبو فایل په دې تلیفون کې خوندي کړي. هغه مطالب چې تاسو یې لرئ لا هم کار کوي.
error-no-data-folder = اپلیکیشن دلته د مطالبو فایلونه نه شي نصبولای. هغه مطالب چې تاسو یې لرئ لا هم کار کوي.
error-unknown-question = دا پوښتنه په دې ازموینه کې نشته. ازموینه له سره پیل کړئ.
error-unknown-quiz-choice = دا د دې پوښتنې له ځوابونو څخه یو نه دی. له ښودل شویو تورو څخه یو وټاکئ.
error-unknown-emergency-message = دا پیغام په دې اپلیکیشن کې نشته. له لېست څخه یو وټاکئ.
error-unknown-message-value = اپلیکیشن دې پیغام ته داسې شی ورکړ چې دا یې نه غواړي. دا په اپلیکیشن کې تېروتنه (bug) ده.
error-value-too-long = دا د متني پیغام لپاره ډېر اوږد دی. { $limit } توري یا تر دې لږ وکاروئ.
