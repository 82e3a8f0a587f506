# Друковані картки та брошури (amparo export).

export-cards-title = Картки для гаманця
export-cards-how = Друкуйте з обох боків, перевертаючи аркуш по довгому краю, потім розріжте по пунктирних лініях. Носіть одну картку з собою.
export-booklet-title = Знайте свої права
export-laws = Закони
export-do-not = Чого не робити
# $place: повна назва округу, наприклад "San Francisco County".
export-help-near = Допомога: { $place }
export-lines = Куди дзвонити
export-policy = Місцеві правила
export-detention = Де поблизу можуть утримувати людей
# $version: номер версії матеріалів; $oldest, $newest: дати, указані в джерелах.
export-footer = Версія матеріалів { $version }. Дати джерел: від { $oldest } до { $newest }.
export-quiz-answers = Відповіді
