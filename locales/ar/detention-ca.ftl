# ملاحظات عن مراكز احتجاز ICE في كاليفورنيا (content/states/ca/detention.toml).
# لا تضع أبدًا رقم هاتف في أي رسالة: الأرقام بيانات لها مصدر.

## تعمل حاليًا

facility-adelanto-note = مركز معالجة تابع لـ ICE في Adelanto، تديره الشركة الخاصة GEO Group. وهو يعمل حاليًا. أوقفته محكمة عن استقبال محتجزين جدد عام 2020، لكن تسوية قضائية عام 2025 سمحت له بأن يعود إلى استقبال المحتجزين بالكامل.
facility-desert-view-annex-note = مبنى إضافي تابع لمركز Adelanto ICE Processing Center، في سجن سابق تابع للولاية، تديره GEO Group. وهو يعمل حاليًا؛ وقد قُدمت شكوى بشأنه في مايو 2024.
facility-otay-mesa-note = مركز احتجاز تابع لـ ICE في منطقة Otay Mesa في San Diego، تديره الشركة الخاصة CoreCivic. وهو يعمل حاليًا، وكان عام 2019 مركز الاحتجاز الوحيد التابع لـ ICE في مقاطعة San Diego. صفحة ICE الخاصة به تذكر مواعيد الزيارة؛ ويجوز للمحامين الزيارة من 8:15 صباحًا إلى 9:30 مساءً.
facility-imperial-regional-note = مركز احتجاز تابع لـ ICE شرق Calexico، تديره الشركة الخاصة Management and Training Corporation (MTC). وهو يعمل حاليًا. وقد حل محل مركز El Centro Service Processing Center الذي أُغلق عام 2014.
facility-mesa-verde-note = مركز معالجة تابع لـ ICE في شارع Golden State Avenue في Bakersfield، تديره GEO Group؛ وهو يعمل حاليًا. لا يستطيع المحتجزون هنا تلقي مكالمات من الخارج، لكن ICE توفر رقمًا داخليًا لترك رسالة عاجلة. وللحصول على معلومات عن شخص محتجز هنا، اتصل واختر الخيار الثاني، بين الثامنة صباحًا والثالثة والنصف بعد الظهر.
facility-golden-state-annex-note = مبنى إضافي تابع لمركز Mesa Verde في Bakersfield، في سجن سابق في McFarland، تديره GEO Group. يحتجز فيه أشخاص لحساب ICE منذ سبتمبر 2020، وهو يعمل حاليًا.
facility-california-city-note = أكبر مركز احتجاز تابع لـ ICE في كاليفورنيا، في سجن سابق تابع للولاية، تديره الشركة الخاصة CoreCivic. بدأ يستقبل محتجزين لحساب ICE في أواخر أغسطس 2025، بموجب عقد يستمر حتى أغسطس 2027. وقد تسمي القوائم القديمة هذا المكان California City Correctional Center.

## غير واضح

facility-central-valley-annex-note = سجن سابق في McFarland، تديره GEO Group، كان من المقرر عام 2020 أن يصبح مبنى إضافيًا لـ ICE. لا نعرف هل يُحتجز فيه أحد لحساب ICE الآن: فتقرير إخباري من عام 2025 يذكر مكانًا متعاقدًا عليه لكن ICE لا تستخدمه، وقد يكون هو هذا المكان.

## لم تعد تحتجز أحدًا لحساب ICE

facility-west-county-richmond-note = سجن تابع لمقاطعة Contra Costa في Richmond. توقف عن احتجاز الأشخاص لحساب ICE عندما أنهى قائد شرطة المقاطعة (sheriff) العقد عام 2018؛ وقالت المقاطعة عام 2025 إنها لا تحتجز أحدًا لحساب ICE. لا يُحتجز أحد هنا لحساب ICE الآن.
facility-rio-cosumnes-note = مركز إصلاحي تابع لمقاطعة Sacramento في Elk Grove. أُلغي عقده لاحتجاز الأشخاص لحساب ICE عام 2018. لا يُحتجز أحد هنا لحساب ICE الآن.
facility-theo-lacy-note = سجن تابع لمقاطعة Orange في مدينة Orange. سجون مقاطعة Orange، ومنها هذا السجن، لم تحتجز أحدًا لحساب ICE منذ 1 أغسطس 2019. لا يُحتجز أحد هنا لحساب ICE الآن.
facility-james-a-musick-note = سجن تابع لمقاطعة Orange ذكرته قائمة قديمة على أنه مكان يُحتجز فيه مهاجرون. سجون مقاطعة Orange لم تحتجز أحدًا لحساب ICE منذ 1 أغسطس 2019. لا يُحتجز أحد هنا لحساب ICE الآن.
facility-santa-ana-city-jail-note = كان سجن مدينة Santa Ana يحتجز أشخاصًا لحساب ICE. حدّت المدينة من عددهم، ثم أنهت ICE العقد عام 2017. لا يُحتجز أحد هنا لحساب ICE الآن.
facility-yuba-county-jail-note = كان سجن المقاطعة في Marysville يحتجز أشخاصًا لحساب ICE بموجب اتفاق بدأ عام 1994. أنهت الحكومة الفيدرالية هذا الاتفاق في ديسمبر 2022؛ ووصفته التقارير الإخبارية بأنه آخر عقد لـ ICE مع سجن مقاطعة في كاليفورنيا. لا يُحتجز أحد هنا لحساب ICE الآن.
facility-el-centro-spc-note = مركز معالجة سابق تابع لـ ICE في El Centro. أُغلق في 30 سبتمبر 2014، وحل محله مركز الاحتجاز Imperial Regional Detention Facility قرب Calexico. لا يُحتجز أحد هنا لحساب ICE الآن.
