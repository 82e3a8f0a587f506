# The training quiz as the app and the CLI run it, and emergency messages'
# labels. The questions themselves are in quiz.ftl.

train-title = Quiz para sa pagsasanay
train-question = Tanong { $number } sa { $total }
train-prompt = I-type ang titik ng iyong sagot, pagkatapos ay pindutin ang Enter.
train-right = Tama.
train-wrong = Hindi pa tama. Ang sagot ay { $answer }.
train-score = Tama ang sagot mo sa { $right } sa { $total } na tanong.
emergency-in-english = Sa Ingles
