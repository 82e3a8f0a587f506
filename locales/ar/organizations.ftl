# ملاحظات تظهر مع كل منظمة (content/states/*/organizations.toml `note`): من تخدم،
# أو قيد يجب أن يعرفه الشخص قبل الاتصال. من shared/research/legal_aid_orgs.csv
# و states_and_connecticut.md. لا تضع أبدًا رقم هاتف في أي رسالة: الأرقام بيانات.

org-kind-fresno-note = يمثل الأطفال فقط: الأطفال الذين يعيشون في إحدى هذه المقاطعات: San Joaquin أو Kern أو Fresno أو Kings أو Tulare أو Madera أو Merced أو Stanislaus.
org-alameda-county-public-defender-immigration-note = فقط للأشخاص الذين يعيشون في مقاطعة Alameda أو لديهم إدانة فيها.
org-clsepa-note = فقط للأشخاص الذين يعيشون في مقاطعة San Mateo أو مقاطعة Santa Clara. يمثل البالغين والشباب في قضايا الترحيل. لا يقبل المكالمات التي يدفع المتلقي تكلفتها (collect calls).
org-lilac-redwood-city-note = لا يستقبل من يأتي من دون موعد: اتصل لأخذ موعد. استقبال الطلبات الجديدة (intake) من الاثنين إلى السبت، من 8 صباحًا إلى 6 مساءً.
org-sf-public-defender-immigration-note = يدافع عن الأشخاص المحتجزين لدى سلطات الهجرة، ويعطي الأولوية لمن عاشوا أو عملوا في San Francisco. ويساعد أيضًا الأشخاص الذين يمثلهم الآن أو مثّلهم من قبل، عندما لا يكونون محتجزين.
org-asian-law-caucus-note = يركز على الأشخاص في الاحتجاز الذين تتعلق قضية ترحيلهم بسجل جنائي. ولا يتولى قضايا اللجوء أو مقابلات اللجوء، ومنها مقابلات "الخوف الموثوق" (credible fear interviews).
org-immdef-note = للأشخاص ذوي الدخل المنخفض المحتجزين. والأولوية لمن يعيشون في مقاطعة Los Angeles.
org-immdef-san-diego-note = فقط للأشخاص ذوي الدخل المنخفض. بموعد مسبق فقط: لا يستقبل من يأتي من دون موعد.
org-international-institute-los-angeles-note = بموعد مسبق فقط: لا يستقبل من يأتي من دون موعد. مفتوح من الاثنين إلى الجمعة، من 8:30 صباحًا إلى 5 مساءً.
org-kind-los-angeles-note = يتولى قضايا الأطفال والشباب فقط، ومنهم الأطفال الذين جاؤوا وحدهم. بموعد مسبق فقط: لا يستقبل من يأتي من دون موعد.
org-human-rights-first-la-note = يجد محامين متطوعين مجانيين لطالبي اللجوء غير القادرين على الدفع. لا يستقبل من يأتي من دون موعد.
org-community-lawyers-compton-note = بموعد مسبق فقط: لا يستقبل من يأتي من دون موعد.
org-refugee-support-network-note = لا يستقبل من يأتي من دون موعد: اتصل لأخذ موعد.
org-jfs-san-diego-note = اترك رسالة صوتية في أي وقت، ليلًا أو نهارًا. يُرد على المكالمات بحسب ترتيب وصولها.
org-sd-public-defender-irldp-note = يتولى قضايا الدفاع ضد الترحيل فقط.
org-la-maestra-note = يتولى فريقه القانوني جلسات الكفالة (bond hearings)، وقضايا الأشخاص القادمين من أوكرانيا أو أفغانستان، وقضايا ضحايا الاتجار بالبشر وضحايا الجرائم (U visa، T visa، VAWA).
org-socal-immigration-project-note = قضايا اللجوء فقط. يركز على الأشخاص القادمين من بلدان أفريقية وعلى أفراد مجتمع الميم (LGBTQ) من أي بلد. الموظفون لا يتحدثون الإسبانية.
org-catholic-charities-el-centro-note = لم يُعثر على رقم هاتف أو عنوان لهذا المكتب. جرّب مكتب Catholic Charities في San Diego للوصول إليه.
org-imperial-valley-jfon-note = يقيم عيادات قانونية مجانية في كنيسة First United Methodist Church في El Centro. ولا يُعرف هل ما زالت هذه العيادات تعمل.
org-ciri-bridgeport-note = لا يتولى قضايا الأشخاص في الاحتجاز. وقد يكون التمثيل المجاني محدودًا بسبب شروط المنح والبرامج.
org-ciri-hartford-note = لا يتولى قضايا الأشخاص في الاحتجاز.
org-ccif-hartford-note = فقط لسكان Hartford الذين ليس لديهم محامٍ وهم في احتجاز ICE أو في إجراءات ترحيل.
