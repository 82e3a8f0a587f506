# نصوص أداة البحث عن المساعدة. لا تضع أبدًا رقم هاتف في أي رسالة: الأرقام
# بيانات لها مصدر.

policy-ca-baseline = في كاليفورنيا، لا يجوز بشكل عام للشرطة المحلية ولقادة شرطة المقاطعات (sheriffs) أن يسألوا عن وضعك في الهجرة، ولا يجوز للسجن المحلي أن يبقيك محتجزًا بعد موعد الإفراج عنك لأن ICE طلبت ذلك. وفي حالة بعض الإدانات الخطيرة، ما زال يجوز للسجن أن يبلغ ICE بموعد الإفراج عنك، أو أن يسلمك إلى ICE. وفي السجن المحلي يحق لك أن ترفض التحدث مع ICE، أو ألا تتحدث إلا بحضور محاميك؛ ويجب أن تحصل على نموذج يشرح ذلك. والضباط الفيدراليون غير ملزمين بقوانين الولاية هذه.

## الغرض من كل خط، ومن يديره

hotline-kind-rapid-response = خط الاستجابة السريعة: اتصل للإبلاغ عن وجود ضباط الهجرة قريبًا منك وللحصول على المساعدة.
hotline-kind-detention-info = معلومات عن الأشخاص المحتجزين في احتجاز الهجرة.
hotline-kind-court-info = معلومات عن القضايا في محكمة الهجرة (خط آلي). تحتاج إلى رقم A (A-number) الخاص بالشخص.
hotline-kind-lawyer-referral = إحالات إلى محامي هجرة خاصين.
hotline-kind-referral = مكتب حكومي يحيل الناس إلى الخدمات.
hotline-kind-legal-aid = مساعدة قانونية مجانية: اتصل لتقديم طلب، أو لتحويلك إلى المكتب المناسب.
hotline-operator-government = تديره الحكومة، وليس المدافعون عن حقوق المهاجرين.

## ما يُعرف عن الرقم. "تم التأكد" يعني أن أحدًا اتصل به.

number-not-confirmed = لم يتم التأكد منه بالاتصال بعد. أحدث مصدر: { $year }.
number-not-confirmed-undated = لم يتم التأكد منه بالاتصال بعد. مصادره لا تذكر تاريخًا.
number-confirmed = تم التأكد منه بالاتصال في { $date }.
number-low-confidence = ثقة منخفضة: هذا الرقم مأخوذ من مصدر واحد أو من مصدر قديم.
number-extension = الرقم الداخلي { $extension }
number-takes-texts = يستقبل الرسائل النصية.
confidence-high = ثقة عالية
confidence-medium = ثقة متوسطة
confidence-low = ثقة منخفضة

## أرقام مختلف عليها، وخطوط لمنطقة واحدة فقط

hotline-conflict = المصادر مختلفة بشأن هذا الرقم. يظهر الرقمان كلاهما، ولم يتصل بهما أحد بعد.
hotline-area = يخدم { $area } فقط، وليس المقاطعة كلها.
conflict-sacramento = يذكر مصدران رقمين مختلفين للاستجابة السريعة في Sacramento، كل منهما من شبكة مختلفة. لم نستطع معرفة أيهما المعمول به حاليًا. جرّب الاثنين.
conflict-long-beach = تذكر قائمة من عام 2019 وقائمة أحدث غير مؤرخة رقمين مختلفين لشبكة Long Beach Community Defense Network. لم نستطع معرفة أيهما المعمول به حاليًا. جرّب الاثنين.

## ساعات العمل، بتوقيت المنطقة الزمنية للخط

hours-always = مفتوح 24 ساعة، كل يوم
hours-days-range = من { $first } إلى { $last }
hours-rule = { $days }، { $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours } ({ $zone })
hours-list-separator = {"، "}
hours-rules-separator = {"؛ "}
hours-open-now = مفتوح الآن
hours-closed-now = مغلق الآن
time-zone-pacific = توقيت المحيط الهادئ
time-zone-eastern = التوقيت الشرقي
weekday-monday = الاثنين
weekday-tuesday = الثلاثاء
weekday-wednesday = الأربعاء
weekday-thursday = الخميس
weekday-friday = الجمعة
weekday-saturday = السبت
weekday-sunday = الأحد

## مكان الشخص

finder-no-local-line = لا نعرف خطًا محليًا للاستجابة السريعة في هذا المكان. اتصل بأحد الخطوط الإقليمية أو الوطنية أدناه.
finder-outside = هذا المكان خارج المنطقة التي يغطيها Amparo. الخطوط الوطنية تبقى متاحة.
finder-other-state = لا يوجد في Amparo بعد محتوى محلي لولاية { $state }. الخطوط الوطنية تبقى متاحة.
finder-location-city = الموقع تقريبي: وسط المدينة.
finder-location-county = الموقع تقريبي: المقاطعة معروفة فقط.
finder-location-zip = الموقع تقريبي: وسط منطقة الرمز البريدي (ZIP code).
nearby-shared-zip = جزء من منطقة هذا الرمز البريدي يقع في { $county }.
nearby-shared-city = جزء من هذه المدينة يقع في { $county }.
nearby-near-border = { $county } على بعد { $km } كم. تأكد في أيهما أنت.
nearby-nearest = أقرب مقاطعة أو منطقة يغطيها Amparo هي { $county }، على بعد { $km } كم.
nearby-former-county = مقاطعة { $former } السابقة تقع الآن جزئيًا في { $county }.

## يظهر مع نقطة كل مصادرها ضعيفة (مدونات، أو منشورات منقولة، أو صفحات مكاتب محاماة)

caveat-weak-sources = مصادرنا لهذه النقطة مدونات، أو نسخ من صفحات أخرى، أو صفحات مكاتب محاماة، وليست نصوصًا رسمية أو قانونية. تحقق منها مع محامٍ.
