# تفاصيل محلية: سياسات المقاطعات والمدن، ومراكز الاحتجاز، والمساعدة القانونية.

## سياسات المقاطعات والمدن

local-policy-as-of = بتاريخ { $date }، بحسب { $who }: { $policy }
local-policy-undated = بحسب { $who } (من دون تاريخ): { $policy }
local-policy-reminder = السياسات المحلية لا تلزم الضباط الفيدراليين.
local-policy-none-found = لم يجد البحث هنا أي سياسة محلية غير قانون الولاية.
local-policy-hidden-low = تقارير ذات ثقة منخفضة لم تُعرض هنا: { $count }.
reported-by-official-records = السجلات الرسمية
reported-by-news-reports = التقارير الإخبارية
reported-by-the-sheriff = مكتب قائد شرطة المقاطعة (sheriff)
reported-by-advocates = مجموعات الدفاع عن حقوق المهاجرين
reported-by-one-secondary-source = مصدر ثانوي واحد
policy-category-limits-beyond-state-law = تحد من المساعدة لـ ICE أكثر مما يفرضه قانون الولاية
policy-category-follows-state-law = تتبع قانون الولاية فقط
policy-category-helps-ice-within-state-law = تساعد ICE إلى أقصى حد يسمح به قانون الولاية
policy-category-publishes-release-dates = تنشر مواعيد الإفراج
policy-category-opposes-state-law = تعارض القيود التي تفرضها الولاية
policy-category-no-local-policy-found = لم يُعثر على سياسة محلية
policy-status-in-force = سارية
policy-status-challenged = سارية، لكن مطعون فيها أمام المحكمة
policy-status-adopted-not-final = اعتُمدت، لكنها ليست نهائية
policy-status-repealed = أُلغيت
policy-status-ended = انتهت
policy-status-symbolic = إعلان موقف، غير ملزم
policy-status-unconfirmed = وردت في تقارير، ولم تتأكد

## مراكز الاحتجاز

facility-kind-processing-center = مركز معالجة تابع لـ ICE
facility-kind-detention-center = مركز احتجاز
facility-kind-annex = مبنى ملحق بمركز آخر
facility-kind-county-jail = سجن مقاطعة
facility-kind-city-jail = سجن مدينة
facility-status-operating = يحتجز أشخاصًا لحساب ICE
facility-status-closed = لم يعد يحتجز أشخاصًا لحساب ICE
facility-status-uncertain = غير معروف هل يحتجز أشخاصًا لحساب ICE الآن
detention-notice = كثيرًا ما يُنقل المحتجزون. للعثور على شخص تحتجزه ICE، استخدم أداة ICE للبحث عن المحتجزين على الإنترنت، أو اتصل بخط معلومات الاحتجاز.

## المساعدة القانونية

service-legal-aid = مساعدة قانونية في الهجرة
service-deportation-defense = الدفاع في قضايا الترحيل
service-rapid-response = الاستجابة السريعة
service-lawyer-referral = إحالات إلى محامين
service-detention-support = مساعدة للأشخاص في الاحتجاز
service-children = مساعدة للأطفال
service-victims = مساعدة للناجين من الجرائم أو الإساءة
cost-free = مجاني
cost-low-cost = بتكلفة منخفضة
cost-unknown = التكلفة غير مذكورة
caution-third-party-parse = مأخوذ من نسخة لدى جهة أخرى من قائمة حكومية، ولم تتم مقارنته بالقائمة نفسها.
caution-single-source = مصدر واحد فقط يذكره.
caution-recognition-renewal-pending = في القائمة الحكومية التي استخدمناها، كان اعتماده من وزارة العدل الأمريكية (U.S. Justice Department) لتقديم المساعدة القانونية في الهجرة قد بلغ تاريخ انتهائه أو قارب عليه، وتجديده قيد الانتظار.
caution-two-numbers = يذكر مصدران رقمين مختلفين. يظهر الرقمان كلاهما.
caution-area-code-mismatch = رمز المنطقة في رقم الهاتف ليس رمز المدينة.
caution-government-office = مكتب حكومي، وليس منظمة غير ربحية.
caution-merged-offices = خلط المصدر بين مكتبين؛ قد يكون العنوان أو الهاتف للمكتب الآخر.
caution-referral-only = يحيل الناس إلى محامين: لا يقدم مساعدة قانونية مباشرة، ولا يستقبل من يأتي من دون موعد.
caution-limited-eligibility = يساعد بعض الناس فقط: اقرأ من يخدم.
caution-no-phone-found = لم يُعثر على رقم هاتف له.

## ملاحظات عن خطوط يجب قراءتها قبل الاتصال

hotline-ice-la-field-office-note = تديره ICE. اتصل به إذا لم تجد أداة ICE للبحث عن المحتجزين على الإنترنت الشخص، وكان الاعتقال في مقاطعة Los Angeles أو Orange أو Riverside أو San Bernardino أو Ventura أو Santa Barbara أو San Luis Obispo.
hotline-orr-note = للوالد أو الولي الذي يبحث عن طفل دون 18 عامًا يحتجزه مكتب إعادة توطين اللاجئين (Office of Refugee Resettlement). مكتب حكومي، وليس جهة تدافع عن المهاجرين.
hotline-ct-statewide-note = إذا لم يكن لديك وضع هجرة قانوني، يقول المصدر إن عليك أن تقدم طلبك مباشرة إلى New Haven Legal Assistance، وليس عبر هذا الخط؛ ويقول إن هذا المكتب لا يبلغ الشرطة أو أي جهة أخرى بوضع الهجرة. لم نجد رقم هاتفه الخاص؛ وصفحته على الإنترنت هي أول مصدر مذكور لهذا الخط.
