# چاپي کارتونه او کتابچې (amparo export).

export-cards-title = د بټوې کارتونه
export-cards-how = د پاڼې دواړه مخونه چاپ کړئ، او پاڼه د هغې د اوږدې غاړې له خوا واړوئ. بیا یې د ټکو کرښو (- - -) په اوږدو پرې کړئ. یو کارت تل له ځان سره ولرئ.
export-booklet-title = خپل حقونه وپېژنئ
export-laws = قوانین
export-do-not = هغه کارونه چې باید یې ونه کړئ
# $place: د یوې کاونټي بشپړ نوم، لکه "San Francisco County".
export-help-near = په { $place } کې مرسته
export-lines = هغه تلیفونونه چې زنګ ورته وهلای شئ
export-policy = محلي پالیسي
export-detention = نږدې ځایونه چې ښايي خلک پکې وساتل شي
# $version: د مطالبو د نسخې شمېره؛ $oldest، $newest: هغه نېټې چې سرچینې یې ښيي.
export-footer = د مطالبو نسخه { $version }. د سرچینو نېټې له { $oldest } څخه تر { $newest } پورې دي.
export-quiz-answers = ځوابونه
