# Le quiz d'entraînement tel que l'application et la ligne de commande le présentent, et
# les libellés des SMS d'urgence. Les questions sont dans quiz.ftl.

train-title = Quiz d'entraînement
train-question = Question { $number } sur { $total }
train-prompt = Tapez la lettre de votre réponse, puis appuyez sur Entrée.
train-right = Bonne réponse.
train-wrong = Pas tout à fait. La réponse est { $answer }.
train-score = Vous avez bien répondu à { $right } questions sur { $total }.
emergency-in-english = En anglais
