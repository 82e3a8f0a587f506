# Quiz szkoleniowy w takiej postaci, w jakiej uruchamiają go aplikacja i CLI, oraz etykiety
# wiadomości na nagłe sytuacje. Same pytania są w quiz.ftl.

train-title = Quiz szkoleniowy
train-question = Pytanie { $number } z { $total }
train-prompt = Wpisz literę swojej odpowiedzi i naciśnij Enter.
train-right = Dobrze.
train-wrong = Nie do końca. Prawidłowa odpowiedź to { $answer }.
train-score = Prawidłowe odpowiedzi: { $right } z { $total }.
emergency-in-english = Po angielsku
