# The training quiz as the app and the CLI run it, and emergency messages'
# labels. The questions themselves are in quiz.ftl.

train-title = د روزنې ازموینه
train-question = پوښتنه { $number } له { $total } څخه
train-prompt = د خپل ځواب توری ولیکئ، بیا Enter کېکاږئ.
train-right = سم دی.
train-wrong = بشپړ سم نه دی. ځواب { $answer } دی.
train-score = تاسو له { $total } پوښتنو څخه { $right } پوښتنو ته سم ځواب ورکړ.
emergency-in-english = په انګلیسي
