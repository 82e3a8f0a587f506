# Навчальний тест у тому вигляді, у якому його запускають застосунок і CLI, та підписи
# екстрених повідомлень. Самі запитання — у quiz.ftl.

train-title = Навчальний тест
train-question = Запитання { $number } з { $total }
train-prompt = Введіть літеру своєї відповіді й натисніть Enter.
train-right = Правильно.
train-wrong = Не зовсім. Правильна відповідь: { $answer }.
train-score = Правильних відповідей: { $right } з { $total }.
emergency-in-english = Англійською
