# البطاقات والكتيبات المطبوعة (amparo export).

export-cards-title = بطاقات للمحفظة
export-cards-how = اطبع الوجهين، واقلب الورقة من حافتها الطويلة، ثم قص على طول الخطوط المتقطعة. احمل معك بطاقة دائمًا.
export-booklet-title = اعرف حقوقك
export-laws = القوانين
export-do-not = ما يجب ألا تفعله
# $place: الاسم الكامل لمقاطعة، مثل "San Francisco County".
export-help-near = المساعدة في { $place }
export-lines = خطوط يمكنك الاتصال بها
export-policy = السياسة المحلية
export-detention = أماكن قريبة قد يُحتجز فيها الناس
# $version: رقم إصدار المحتوى؛ $oldest و $newest: التواريخ التي تذكرها المصادر.
export-footer = إصدار المحتوى { $version }. تواريخ المصادر من { $oldest } إلى { $newest }.
export-quiz-answers = الإجابات
