# The training quiz as the app and the CLI run it, and emergency messages'
# labels. The questions themselves are in quiz.ftl.

train-title = Training quiz
train-question = Question { $number } of { $total }
train-prompt = Type the letter of your answer, then press Enter.
train-right = Right.
train-wrong = Not quite. The answer is { $answer }.
train-score = You answered { $right } of { $total } questions right.
emergency-in-english = In English
