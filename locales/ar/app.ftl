# نصوص يعرضها التطبيق نفسه حول المحتوى.

# السطر الأول في كل بطاقة حقوق، ليقرأه الضابط.
card-heading = أنا أمارس حقوقي التي يكفلها دستور الولايات المتحدة. أرجو أن تقرأ هذه البطاقة.

# يظهر مع كل موضوع وكل بطاقة ما دام لم يراجع أي محامٍ المحتوى.
legal-review-unreviewed = لم يراجع أي محامٍ هذا النص بعد. هذه معلومات عامة، وليست استشارة قانونية.
legal-review-lawyer-reviewed = راجع محامٍ هذا النص. هذه معلومات عامة، وليست استشارة قانونية.

# تسميات بجانب كل خطوة.
label-say = قل
label-why = لماذا
label-sources = المصادر
label-checked = تم التحقق

# حالة القانون، بالكلمات.
law-status-in-force = ساري المفعول
law-status-did-not-pass = لم يُقر
law-status-vetoed = أُسقط بحق النقض (الفيتو)
law-status-in-court = أُقر، لكنه مطعون فيه أمام المحكمة
law-status-blocked = أوقفته محكمة
law-status-superseded = حل محله قانون لاحق
law-status-unconfirmed = أُقر، لكن لم يتأكد هل دخل حيز التنفيذ
law-effect-limits-cooperation = يحد من المساعدة في تطبيق قوانين الهجرة
law-effect-mandates-cooperation = يفرض المساعدة في تطبيق قوانين الهجرة
law-effect-other = قانون آخر يخص الهجرة

# خطوة أو قانون يسري في ولاية واحدة فقط.
scope-only-in = فقط في { $state }
