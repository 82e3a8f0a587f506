# 앱과 CLI에서 진행하는 훈련 퀴즈, 그리고 긴급 메시지의 항목 이름.
# 질문 자체는 quiz.ftl에 있습니다.

train-title = 훈련 퀴즈
train-question = 질문 { $number } / { $total }
train-prompt = 답의 글자를 입력한 다음 Enter 키를 누르십시오.
train-right = 맞았습니다.
train-wrong = 아쉽지만 틀렸습니다. 정답은 { $answer }입니다.
train-score = { $total }문제 중 { $right }문제를 맞혔습니다.
emergency-in-english = 영어로
