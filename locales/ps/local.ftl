# Local depth: county and city policies, detention facilities, legal help.

## County and city policies

local-policy-as-of = تر { $date } پورې، د سرچینې له مخې ({ $who }): { $policy }
local-policy-undated = د سرچینې له مخې ({ $who })، نېټه نه ده ښودل شوې: { $policy }
local-policy-reminder = محلي پالیسۍ فدرالي مامورین نه پابندوي.
local-policy-none-found = څېړنې دلته د ایالتي قانون سربېره هېڅ محلي پالیسي ونه موندله.
local-policy-hidden-low = هغه راپورونه چې باور پرې ټیټ دی او دلته نه دي ښودل شوي: { $count }.
reported-by-official-records = رسمي ریکارډونه
reported-by-news-reports = خبري راپورونه
reported-by-the-sheriff = د شېرف دفتر
reported-by-advocates = د مهاجرینو مدافع ډلې
reported-by-one-secondary-source = یوازې یوه دوهمي (غیر مستقیمه) سرچینه
policy-category-limits-beyond-state-law = له ایالتي قانون هاخوا ICE ته مرسته محدودوي
policy-category-follows-state-law = یوازې ایالتي قانون تعقیبوي
policy-category-helps-ice-within-state-law = له ICE سره تر هغه حده مرسته کوي چې ایالتي قانون اجازه ورکوي
policy-category-publishes-release-dates = د خوشې کېدو نېټې خپروي
policy-category-opposes-state-law = د ایالت له محدودیتونو سره مخالفت کوي
policy-category-no-local-policy-found = هېڅ محلي پالیسي ونه موندل شوه
policy-status-in-force = نافذ
policy-status-challenged = نافذ، خو په محکمه کې پرې اعتراض شوی
policy-status-adopted-not-final = تصویب شوی، خو لا نهايي نه دی
policy-status-repealed = لغوه شوی
policy-status-ended = پای ته رسېدلی
policy-status-symbolic = یوازې یوه اعلامیه، الزامي نه ده
policy-status-unconfirmed = راپور شوی، تایید شوی نه دی

## Detention facilities

facility-kind-processing-center = د ICE د پروسس مرکز
facility-kind-detention-center = د توقیف مرکز
facility-kind-annex = د بل مرکز اضافي ودانۍ
facility-kind-county-jail = د کاونټي زندان
facility-kind-city-jail = د ښار زندان
facility-status-operating = د ICE لپاره خلک ساتي
facility-status-closed = نور د ICE لپاره خلک نه ساتي
facility-status-uncertain = معلومه نه ده چې اوس د ICE لپاره خلک ساتي که نه
detention-notice = خلک ډېر ځله له یو ځای بل ځای ته لېږدول کېږي. د هغه چا د موندلو لپاره چې ICE ساتلی، د ICE انلاین سیستم (online detainee locator) وکاروئ، یا د توقیف د معلوماتو تلیفون ته زنګ ووهئ.

## Legal help

service-legal-aid = د مهاجرت حقوقي مرسته
service-deportation-defense = د اخراج پر ضد دفاع
service-rapid-response = چټک غبرګون
service-lawyer-referral = وکیلانو ته معرفي کول
service-detention-support = په توقیف کې د کسانو لپاره مرسته
service-children = د ماشومانو لپاره مرسته
service-victims = د جرم یا ناوړه چلند د قربانیانو لپاره مرسته
cost-free = وړیا
cost-low-cost = ارزانه
cost-unknown = لګښت نه دی ښودل شوی
caution-third-party-parse = د یوه دولتي لیست د بل چا له نقل څخه اخیستل شوی، له اصلي لیست سره پرتله شوی نه دی.
caution-single-source = یوازې یوه سرچینه یې یادوي.
caution-recognition-renewal-pending = په هغه دولتي لیست کې چې موږ کارولی، د مهاجرت د حقوقي مرستې لپاره د U.S. Justice Department (د امریکا د عدلیې وزارت) پېژندنه (recognition) یې د پای نېټې ته رسېدلې یا ورته نږدې وه، او نوي کول یې په تمه وو.
caution-two-numbers = دوه سرچینې دوه بېلې شمېرې ورکوي. دواړه ښودل شوې.
caution-area-code-mismatch = د تلیفون سیمه‌ییز کوډ (area code) د ښار کوډ نه دی.
caution-government-office = دولتي اداره ده، نه غیر انتفاعي موسسه.
caution-merged-offices = سرچینې دوه دفترونه سره ګډ کړي؛ پته یا تلیفون ښایي د بل دفتر وي.
caution-referral-only = خلک وکیلانو ته معرفي کوي: مستقیمه حقوقي مرسته نه کوي، او بې له وخته نه شئ ورتلای.
caution-limited-eligibility = یوازې له ځینو کسانو سره مرسته کوي: ولولئ چې چا ته خدمت کوي.
caution-no-phone-found = د دې لپاره هېڅ تلیفون شمېره ونه موندل شوه.

## Notes on lines a person must read before calling

hotline-ice-la-field-office-note = دا تلیفون ICE چلوي. هغه وخت ورته زنګ ووهئ چې د ICE انلاین سیستم (online detainee locator) هغه کس پیدا نه کړي، او نیول په Los Angeles، Orange، Riverside، San Bernardino، Ventura، Santa Barbara یا San Luis Obispo County کې شوي وي.
hotline-orr-note = د هغه مور، پلار یا سرپرست لپاره چې د 18 کلنۍ څخه د کم عمر ماشوم لټوي چې Office of Refugee Resettlement (د کډوالو د مېشتېدو دفتر) ساتلی. دولتي اداره ده، نه مدافع ډله.
hotline-ct-statewide-note = که د مهاجرت قانوني حالت نه لرئ، سرچینه وايي چې مستقیم New Haven Legal Assistance ته غوښتنلیک ورکړئ، نه د دې تلیفون له لارې؛ سرچینه وايي چې دا دفتر د مهاجرت حالت پولیسو یا بلې هېڅ ادارې ته نه راپوروي. موږ د هغه دفتر خپل تلیفون شمېره ونه موندله؛ د هغه ویب‌پاڼه د دې تلیفون لومړۍ سرچینه ده.
