# The training quiz as the app and the CLI run it, and emergency messages'
# labels. The questions themselves are in quiz.ftl.

train-title = اختبار تدريبي
train-question = السؤال { $number } من { $total }
train-prompt = اكتب حرف إجابتك، ثم اضغط مفتاح Enter.
train-right = صحيح.
train-wrong = ليس تمامًا. الإجابة الصحيحة هي { $answer }.
train-score = عدد الأسئلة التي أجبت عنها إجابة صحيحة: { $right } من { $total }.
emergency-in-english = بالإنجليزية
