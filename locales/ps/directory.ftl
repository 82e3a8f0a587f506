# Text for the help finder. Never put a phone number in a message: numbers
# are data with a source.

policy-ca-baseline = په کالیفورنیا کې محلي پولیس او شېرفان (د کاونټي د پولیسو مشران) په عمومي ډول نه شي کولای ستاسو د مهاجرت د حالت په اړه پوښتنه وکړي، او محلي زندان نه شي کولای تاسو له دې امله د خوشې کېدو له وخت وروسته وساتي چې ICE غوښتي دي. د ځینو جدي جرمونو د محکومیت په صورت کې، زندان لا هم کولای شي ICE ته ووایي چې کله خوشې کېږئ، یا مو ICE ته وسپاري. په محلي زندان کې تاسو کولای شئ له ICE سره له خبرو انکار وکړئ، یا یوازې د خپل وکیل په شتون کې خبرې وکړئ؛ تاسو ته باید یوه فورمه درکړل شي چې دا درته روښانه کړي. فدرالي مامورین د دې ایالتي قوانینو پابند نه دي.

## What a line is for, and who runs it

hotline-kind-rapid-response = د چټک غبرګون تلیفون: زنګ ووهئ ترڅو د شاوخوا د مهاجرت مامورینو راپور ورکړئ او مرسته ترلاسه کړئ.
hotline-kind-detention-info = د مهاجرت په توقیف کې د ساتل شویو کسانو په اړه معلومات.
hotline-kind-court-info = د مهاجرت محکمې د قضیو معلومات (اتوماتیک). د هغه کس A-number ته اړتیا لرئ.
hotline-kind-lawyer-referral = د مهاجرت خصوصي وکیلانو ته معرفي کول.
hotline-kind-referral = یوه دولتي اداره چې خلک خدمتونو ته معرفي کوي.
hotline-kind-legal-aid = وړیا حقوقي مرسته: د غوښتنلیک لپاره زنګ ووهئ، یا د دې لپاره چې سم دفتر ته ولېږل شئ.
hotline-operator-government = دا تلیفون حکومت چلوي، نه د مهاجرینو مدافعین.

## What is known about a number. "Confirmed" means someone called it.

number-not-confirmed = لا په تلیفون تایید شوې نه ده. تر ټولو نوې سرچینه: { $year }.
number-not-confirmed-undated = لا په تلیفون تایید شوې نه ده. د هغې سرچینې هېڅ نېټه نه ښيي.
number-confirmed = په { $date } په تلیفون تایید شوه.
number-low-confidence = ټیټ باور: دا شمېره یوازې له یوې سرچینې یا له یوې زړې سرچینې راغلې ده.
number-extension = داخلي شمېره { $extension }
number-takes-texts = لیکلي پیغامونه (text) مني.
confidence-high = لوړ باور
confidence-medium = منځنی باور
confidence-low = ټیټ باور

## Numbers that disagree, and lines for one area only

hotline-conflict = سرچینې د دې شمېرې په اړه یو شان خبره نه کوي. دواړه شمېرې ښودل شوې، او لا هېچا ورته زنګ نه دی وهلی.
hotline-area = یوازې { $area } ته خدمت کوي، نه ټولې کاونټي ته.
conflict-sacramento = دوه سرچینې د Sacramento لپاره د چټک غبرګون دوه بېلې شمېرې ورکوي، هره یوه له بېلې شبکې. موږ ونه شو کولای معلومه کړو چې کومه یې اوسنۍ ده. دواړه وازمویئ.
conflict-long-beach = د 2019 کال یو لیست او یو نوی، بې نېټې لیست د Long Beach Community Defense Network لپاره دوه بېلې شمېرې ورکوي. موږ ونه شو کولای معلومه کړو چې کومه یې اوسنۍ ده. دواړه وازمویئ.

## Opening hours, in the time zone of the line

hours-always = 24 ساعته خلاص، هره ورځ
hours-days-range = له { $first } تر { $last }
hours-rule = { $days }، { $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours } ({ $zone })
hours-list-separator = {"، "}
hours-rules-separator = {"؛ "}
hours-open-now = اوس خلاص دی
hours-closed-now = اوس تړلی دی
time-zone-pacific = د پاسیفیک وخت (Pacific)
time-zone-eastern = د ختیځ وخت (Eastern)
weekday-monday = دوشنبه
weekday-tuesday = سه شنبه
weekday-wednesday = چهارشنبه
weekday-thursday = پنجشنبه
weekday-friday = جمعه
weekday-saturday = شنبه
weekday-sunday = یکشنبه

## Where the person is

finder-no-local-line = موږ د دې ځای لپاره د چټک غبرګون هېڅ محلي تلیفون نه پېژنو. لاندې یو سیمه‌ییز یا ملي تلیفون ته زنګ ووهئ.
finder-outside = دا ځای د هغې سیمې بهر دی چې Amparo یې پوښي. ملي تلیفونونه بیا هم کار کوي.
finder-other-state = Amparo لا د { $state } لپاره محلي مطالب نه لري. ملي تلیفونونه بیا هم کار کوي.
finder-location-city = ځای تقریبي دی: د هغه ښار مرکز.
finder-location-county = ځای تقریبي دی: یوازې کاونټي معلومه ده.
finder-location-zip = ځای تقریبي دی: د هغه د ZIP کوډ مرکز.
nearby-shared-zip = د دې ZIP کوډ یوه برخه په { $county } کې ده.
nearby-shared-city = د دې ښار یوه برخه په { $county } کې ده.
nearby-near-border =
    { $county } { $km ->
        [one] { $km } کیلومتر
       *[other] { $km } کیلومتره
    } لرې دی. وګورئ چې تاسو په کومه یوه کې یاست.
nearby-nearest =
    هغه تر ټولو نږدې کاونټي یا سیمه چې Amparo یې پوښي { $county } ده، چې { $km ->
        [one] { $km } کیلومتر
       *[other] { $km } کیلومتره
    } لرې ده.
nearby-former-county = د پخوانۍ { $former } کاونټي یوه برخه اوس په { $county } کې ده.

## Shown with a point whose sources are all weak (blogs, reposts, law firm pages)

caveat-weak-sources = د دې ټکي لپاره زموږ سرچینې بلاګونه، د نورو پاڼو نقلونه یا د حقوقي شرکتونو پاڼې دي، نه رسمي یا حقوقي متنونه. له وکیل سره یې وګورئ.
