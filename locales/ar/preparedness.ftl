# The family plan form and the emergency text messages. The plan's labels
# are printed on a form filled in by hand; the messages are sent by a person
# (their `-say` text is back-translated in every locale).

## خطة الاستعداد العائلي

plan-title = خطة الاستعداد العائلي
plan-intro = املأ هذه الخطة مع عائلتك قبل أن يحدث أي شيء. احتفظ بها مع أوراقك المهمة، في مكان يستطيع الأشخاص الذين تثق بهم أن يجدوها فيه. احفظ أرقام الهاتف عن ظهر قلب.
plan-emergency-contacts-label = أشخاص تتصل بهم في حالة الطوارئ
plan-emergency-contacts-hint = أسماء وأرقام هاتف أشخاص تثق بهم. احفظ الأرقام عن ظهر قلب: إذا احتُجزت، فقد لا يكون هاتفك معك.
plan-lawyer-label = محاميك أو مجموعة المساعدة القانونية التي تساعدك
plan-lawyer-hint = الاسم ورقم الهاتف. احفظ هذا الرقم عن ظهر قلب أيضًا.
plan-rapid-response-label = خط الاستجابة السريعة في مقاطعتك
plan-rapid-response-hint = اتصل به إذا رأيت ضباط الهجرة قريبًا منك. أداة البحث عن المساعدة في هذا التطبيق تذكر الخط الخاص بمقاطعتك.
plan-children-pickup-label = من يجوز له أن يأخذ الأطفال
plan-children-pickup-hint = الأشخاص الذين اخترتهم ليأخذوا أطفالك إذا لم تستطع أنت، مع أرقام هواتفهم. تأكد من أنهم يعرفون ذلك.
plan-documents-label = أين توجد الأوراق المهمة
plan-documents-hint = احتفظ بها في مكان واحد يستطيع الأشخاص الذين تثق بهم الوصول إليه بسرعة.
plan-a-numbers-label = أرقام A (A-numbers)
plan-a-numbers-hint = رقم A لكل شخص، إذا كان لديه رقم، وبلد ولادته. بهذه المعلومات تستطيع عائلتك أن تبحث عن شخص بالغ تحتجزه ICE في أداة ICE للبحث عن المحتجزين على الإنترنت.
plan-medical-needs-label = الاحتياجات الطبية
plan-medical-needs-hint = المشكلات الصحية والأدوية الخاصة بكل شخص، لإخبار الضباط بها إذا اعتُقل أحد أو احتُجز.

## رسائل نصية للطوارئ

emergency-detained-title = احتجاز لدى سلطات الهجرة
emergency-detained-when = لحالة احتجازك على يد ضباط الهجرة. اكتبها الآن، لكي تستطيع أنت أو شخص تثق به إرسالها بسرعة.
emergency-detained-say = احتجزتني سلطات الهجرة في { $place }. أرجو الاتصال بـ { $contact }. رقم A الخاص بي (A-number) هو { $a_number }.
emergency-arrested-title = اعتقال على يد الشرطة
emergency-arrested-when = لحالة اعتقالك على يد الشرطة. اكتبها الآن، لكي يستطيع شخص تثق به إرسالها نيابة عنك.
emergency-arrested-say = اعتقلتني الشرطة في { $place }. أرجو الاتصال بـ { $contact }.
emergency-children-title = أخذ الأطفال
emergency-children-when = لحالة لا تستطيع فيها أن تأخذ أطفالك. وهي تشير إلى الشخص الذي تذكره خطة عائلتك.
emergency-children-say = لا أستطيع أن أصطحب الأطفال. أرجو اتباع خطة عائلتنا: الشخص الذي سيصطحبهم من { $place } هو { $contact }.
emergency-find-me-title = كيف تجدني
emergency-find-me-when = أعطِ هذه الرسالة لأفراد عائلتك الذين تثق بهم. فيها رقم A الخاص بك وبلد ولادتك، وهم يحتاجون إليهما للبحث عنك إذا احتجزتك ICE.
emergency-find-me-say = إذا لم أعد إلى المنزل، فقد تكون ICE تحتجزني. يمكنكم البحث عني في أداة ICE للبحث عن المحتجزين على الإنترنت (Online Detainee Locator)، { $locator }، باستخدام رقم A الخاص بي، { $a_number }، وبلد ولادتي، { $country }.
