# Notes on California's ICE detention facilities (content/states/ca/detention.toml).
# Never put a phone number in a message: numbers are data with a source.

## Operating

facility-adelanto-note = په Adelanto کې د ICE د پروسس مرکز (processing center)، چې خصوصي شرکت GEO Group یې چلوي. خلاص دی. یوې محکمې په 2020 کې د نویو کسانو د منلو مخه ونیوله، خو د 2025 یو جوړجاړي (settlement) بیا اجازه ورکړه چې په بشپړ ډول خلک ومني.
facility-desert-view-annex-note = د Adelanto ICE Processing Center یوه اضافي ودانۍ، په یوه پخواني ایالتي زندان کې، چې GEO Group یې چلوي. خلاصه ده؛ د 2024 په مۍ کې د هغې په اړه یو شکایت وړاندې شو.
facility-otay-mesa-note = د San Diego د Otay Mesa په سیمه کې د ICE د توقیف مرکز، چې خصوصي شرکت CoreCivic یې چلوي. خلاص دی، او په 2019 کې په San Diego County کې د ICE یوازینی د توقیف مرکز و. د ICE پاڼه د هغه د لیدنې وختونه ښيي؛ وکیلان کولای شي له سهار 8:15 څخه تر شپې 9:30 پورې لیدنه وکړي.
facility-imperial-regional-note = د Calexico ختیځ ته د ICE د توقیف مرکز، چې خصوصي شرکت Management and Training Corporation (MTC) یې چلوي. خلاص دی. دې مرکز د El Centro Service Processing Center ځای ونیو، چې په 2014 کې وتړل شو.
facility-mesa-verde-note = په Bakersfield کې د Golden State Avenue پر سړک د ICE د پروسس مرکز، چې GEO Group یې چلوي؛ خلاص دی. هغه کسان چې دلته ساتل کېږي، له بهر څخه زنګونه نه شي اخیستلای، خو ICE د بیړني پیغام پرېښودو لپاره یوه داخلي شمېره (extension) ورکوي. د هغه چا په اړه د معلوماتو لپاره چې دلته ساتل کېږي، زنګ ووهئ او دوهم انتخاب (option two) وټاکئ، د سهار له اتو بجو څخه د غرمې وروسته تر درې نیمو بجو پورې.
facility-golden-state-annex-note = په Bakersfield کې د Mesa Verde مرکز اضافي ودانۍ، په McFarland کې په یوه پخواني زندان کې، چې GEO Group یې چلوي. د 2020 له سپتمبر راهیسې یې د ICE لپاره خلک ساتلي او خلاصه ده.
facility-california-city-note = په کالیفورنیا کې د ICE تر ټولو لوی د توقیف مرکز، په یوه پخواني ایالتي زندان کې، چې خصوصي شرکت CoreCivic یې چلوي. د 2025 د اګست په وروستیو کې یې د ICE لپاره د خلکو منل پیل کړل، د یو قرارداد له مخې چې تر اګست 2027 پورې دوام کوي. زاړه لیستونه ښایي دې ځای ته California City Correctional Center ووایي.

## Not clear

facility-central-valley-annex-note = په McFarland کې یو پخوانی زندان، چې GEO Group یې چلوي، او په 2020 کې پلان و چې د ICE اضافي ودانۍ شي. موږ نه پوهېږو چې اوس هلته څوک د ICE لپاره ساتل کېږي که نه: د 2025 یو خبري راپور د داسې ځای یادونه کوي چې قرارداد لري خو ICE یې نه کاروي، او ښایي همدا ځای وي.

## No longer hold anyone for ICE

facility-west-county-richmond-note = په Richmond کې د Contra Costa County یو زندان. کله چې شېرف په 2018 کې قرارداد پای ته ورساوه، دې زندان د ICE لپاره د خلکو ساتل ودرول؛ کاونټي په 2025 کې وویل چې هېڅوک د ICE لپاره نه ساتي. اوس دلته هېڅوک د ICE لپاره نه ساتل کېږي.
facility-rio-cosumnes-note = په Elk Grove کې د Sacramento County یو اصلاحي مرکز (correctional center). د ICE لپاره د خلکو د ساتلو قرارداد یې په 2018 کې لغوه شو. اوس دلته هېڅوک د ICE لپاره نه ساتل کېږي.
facility-theo-lacy-note = د Orange په ښار کې د Orange County یو زندان. د Orange County زندانونو، په شمول د دې زندان، له 1 اګست 2019 راهیسې هېڅوک د ICE لپاره نه دي ساتلي. اوس دلته هېڅوک د ICE لپاره نه ساتل کېږي.
facility-james-a-musick-note = د Orange County یو زندان چې یو زاړه لیست د مهاجرینو د ساتلو ځای بللی و. د Orange County زندانونو له 1 اګست 2019 راهیسې هېڅوک د ICE لپاره نه دي ساتلي. اوس دلته هېڅوک د ICE لپاره نه ساتل کېږي.
facility-santa-ana-city-jail-note = د Santa Ana د ښار زندان پخوا د ICE لپاره خلک ساتل. ښار د هغوی شمېر محدود کړ، او ICE په 2017 کې قرارداد پای ته ورساوه. اوس دلته هېڅوک د ICE لپاره نه ساتل کېږي.
facility-yuba-county-jail-note = په Marysville کې د کاونټي زندان د یو تړون له مخې د ICE لپاره خلک ساتل چې په 1994 کې پیل شوی و. فدرالي حکومت دا تړون د 2022 په ډسمبر کې پای ته ورساوه؛ خبري راپورونو هغه په کالیفورنیا کې له یو کاونټي زندان سره د ICE وروستی قرارداد وباله. اوس دلته هېڅوک د ICE لپاره نه ساتل کېږي.
facility-el-centro-spc-note = په El Centro کې د ICE پخوانی د پروسس مرکز. په 30 سپتمبر 2014 وتړل شو، او د Calexico سره نږدې Imperial Regional Detention Facility (د توقیف سیمه‌ییز مرکز) یې ځای ونیو. اوس دلته هېڅوک د ICE لپاره نه ساتل کېږي.
