# کارت‌ها و دفترچه‌های چاپی (amparo export).

export-cards-title = کارت‌های کیف پول
export-cards-how = هر دو رو را چاپ کنید و کاغذ را از لبهٔ بلندش برگردانید، بعد از روی خط‌چین‌ها ببرید. یک کارت همیشه همراه خود داشته باشید.
export-booklet-title = حقوق خود را بدانید
export-laws = قوانین
export-do-not = کارهایی که نباید بکنید
# $place: نام کامل یک شهرستان (county)، مثل "San Francisco County".
export-help-near = کمک در { $place }
export-lines = خط‌های تلفنی برای تماس
export-policy = سیاست محلی
export-detention = جاهایی در این نزدیکی که ممکن است افراد را در آنجا نگه دارند
# $version: شمارهٔ نسخهٔ محتوا؛ $oldest و $newest: تاریخ‌هایی که منابع نشان می‌دهند.
export-footer = نسخهٔ محتوا: { $version }. تاریخ منابع از { $oldest } تا { $newest } است.
export-quiz-answers = پاسخ‌ها
