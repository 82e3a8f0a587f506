# Учебный тест в том виде, в каком его запускают приложение и CLI, и подписи
# экстренных сообщений. Сами вопросы находятся в quiz.ftl.

train-title = Учебный тест
train-question = Вопрос { $number } из { $total }
train-prompt = Введите букву своего ответа и нажмите Enter.
train-right = Правильно.
train-wrong = Не совсем. Правильный ответ: { $answer }.
train-score = Правильных ответов: { $right } из { $total }.
emergency-in-english = На английском
