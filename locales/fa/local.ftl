# جزئیات محلی: سیاست‌های شهرستان و شهر، بازداشتگاه‌ها، کمک حقوقی.

## سیاست‌های شهرستان و شهر

local-policy-as-of = تا تاریخ { $date }، به گفتهٔ { $who }: { $policy }
local-policy-undated = به گفتهٔ { $who } (بدون تاریخ): { $policy }
local-policy-reminder = سیاست‌های محلی مأموران فدرال را ملزم نمی‌کند.
local-policy-none-found = این تحقیق در اینجا، فراتر از قانون ایالتی، هیچ سیاست محلی‌ای پیدا نکرد.
local-policy-hidden-low = گزارش‌های کم‌اطمینان که اینجا نشان داده نشده‌اند: { $count }.
reported-by-official-records = سوابق رسمی
reported-by-news-reports = گزارش‌های خبری
reported-by-the-sheriff = دفتر کلانتر (sheriff)
reported-by-advocates = گروه‌های مدافع حقوق مهاجران
reported-by-one-secondary-source = یک منبع دست‌دوم واحد
policy-category-limits-beyond-state-law = کمک به ICE را بیش از قانون ایالتی محدود می‌کند
policy-category-follows-state-law = فقط از قانون ایالتی پیروی می‌کند
policy-category-helps-ice-within-state-law = تا جایی که قانون ایالتی اجازه می‌دهد به ICE کمک می‌کند
policy-category-publishes-release-dates = تاریخ‌های آزادی را منتشر می‌کند
policy-category-opposes-state-law = با محدودیت‌های ایالتی مخالف است
policy-category-no-local-policy-found = هیچ سیاست محلی‌ای پیدا نشد
policy-status-in-force = لازم‌الاجرا
policy-status-challenged = لازم‌الاجرا، اما در دادگاه به آن اعتراض شده است
policy-status-adopted-not-final = تصویب شده، اما هنوز نهایی نیست
policy-status-repealed = لغو شده
policy-status-ended = پایان یافته
policy-status-symbolic = یک بیانیه، بدون الزام قانونی
policy-status-unconfirmed = گزارش شده، اما تأیید نشده

## بازداشتگاه‌ها

facility-kind-processing-center = مرکز پردازش ICE
facility-kind-detention-center = بازداشتگاه
facility-kind-annex = ساختمان اضافی یک مرکز دیگر
facility-kind-county-jail = زندان شهرستان
facility-kind-city-jail = زندان شهر
facility-status-operating = افراد را برای ICE نگه می‌دارد
facility-status-closed = دیگر افراد را برای ICE نگه نمی‌دارد
facility-status-uncertain = معلوم نیست اکنون افراد را برای ICE نگه می‌دارد یا نه
detention-notice = افراد اغلب جابه‌جا می‌شوند. برای پیدا کردن کسی که ICE او را نگه داشته است، از سامانهٔ آنلاین یافتن بازداشت‌شدگان ICE استفاده کنید، یا با خط اطلاعات بازداشت تماس بگیرید.

## کمک حقوقی

service-legal-aid = کمک حقوقی مهاجرتی
service-deportation-defense = دفاع در برابر اخراج (دیپورت)
service-rapid-response = واکنش سریع
service-lawyer-referral = معرفی به وکیل
service-detention-support = کمک به افراد در بازداشت
service-children = کمک به کودکان
service-victims = کمک به بازماندگان جرم یا آزار
cost-free = رایگان
cost-low-cost = کم‌هزینه
cost-unknown = هزینه ذکر نشده
caution-third-party-parse = از نسخه‌ای که شخص دیگری از یک فهرست دولتی تهیه کرده است؛ با خود فهرست مقایسه نشده است.
caution-single-source = فقط یک منبع آن را فهرست کرده است.
caution-recognition-renewal-pending = در فهرست دولتی‌ای که ما استفاده کردیم، مجوز (recognition) وزارت دادگستری ایالات متحده برای ارائهٔ کمک حقوقی مهاجرتی توسط این سازمان، در تاریخ پایان خود یا نزدیک به آن بود، و تمدید آن در انتظار بررسی بود.
caution-two-numbers = دو منبع دو شمارهٔ متفاوت می‌دهند. هر دو نشان داده شده‌اند.
caution-area-code-mismatch = کد منطقهٔ این تلفن با کد منطقهٔ شهر یکی نیست.
caution-government-office = یک ادارهٔ دولتی، نه یک سازمان غیرانتفاعی.
caution-merged-offices = منبع دو دفتر را با هم قاطی کرده است؛ ممکن است نشانی یا تلفن مربوط به دفتر دیگر باشد.
caution-referral-only = افراد را به وکیل معرفی می‌کند: کمک حقوقی مستقیم نمی‌دهد، و مراجعهٔ بدون وقت قبلی پذیرفته نمی‌شود.
caution-limited-eligibility = فقط به برخی افراد کمک می‌کند: بخوانید به چه کسانی خدمات می‌دهد.
caution-no-phone-found = هیچ شمارهٔ تلفنی برای آن پیدا نشد.

## یادداشت‌هایی دربارهٔ خط‌ها که فرد باید پیش از تماس بخواند

hotline-ice-la-field-office-note = این خط را ICE اداره می‌کند. اگر سامانهٔ آنلاین یافتن بازداشت‌شدگان ICE آن فرد را پیدا نمی‌کند، و دستگیری در یکی از این شهرستان‌ها بوده است، با آن تماس بگیرید: Los Angeles، Orange، Riverside، San Bernardino، Ventura، Santa Barbara یا San Luis Obispo County.
hotline-orr-note = برای پدر، مادر یا سرپرستی که دنبال کودک زیر 18 سالی می‌گردد که ادارهٔ اسکان مجدد پناهندگان (Office of Refugee Resettlement) او را نگه داشته است. یک ادارهٔ دولتی است، نه یک گروه مدافع حقوق مهاجران.
hotline-ct-statewide-note = اگر وضعیت مهاجرتی قانونی ندارید، منبع می‌گوید مستقیماً به New Haven Legal Assistance درخواست بدهید، نه از طریق این خط؛ منبع می‌گوید آن دفتر وضعیت مهاجرتی را به پلیس یا هیچ مقام دیگری گزارش نمی‌دهد. ما شمارهٔ تلفن خود آن دفتر را پیدا نکردیم؛ صفحهٔ وب آن نخستین منبعی است که برای این خط آمده است.
