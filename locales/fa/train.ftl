# The training quiz as the app and the CLI run it, and emergency messages'
# labels. The questions themselves are in quiz.ftl.

train-title = آزمون تمرینی
train-question = سؤال { $number } از { $total }
train-prompt = حرف پاسخ خود را تایپ کنید، سپس کلید Enter را بزنید.
train-right = درست است.
train-wrong = نه کاملاً. پاسخ درست { $answer } است.
train-score = به { $right } سؤال از { $total } سؤال پاسخ درست دادید.
emergency-in-english = به انگلیسی
