# Печатные карточки и брошюры (amparo export).

export-cards-title = Карточки для кошелька
export-cards-how = Печатайте с двух сторон, переворачивая лист по длинному краю, затем разрежьте по пунктирным линиям. Носите одну карточку с собой.
export-booklet-title = Знайте свои права
export-laws = Законы
export-do-not = Чего не делать
# $place: полное название округа, например "San Francisco County".
export-help-near = Помощь: { $place }
export-lines = Куда звонить
export-policy = Местная политика
export-detention = Где поблизости могут держать людей
# $version: номер версии материалов; $oldest, $newest: даты, указанные в источниках.
export-footer = Версия материалов { $version }. Даты источников: с { $oldest } по { $newest }.
export-quiz-answers = Ответы
