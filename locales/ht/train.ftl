# Kesyonè fòmasyon an jan aplikasyon an ak CLI a fè l, ak etikèt mesaj ijans
# yo. Kesyon yo menm nan quiz.ftl.

train-title = Kesyonè fòmasyon
train-question = Kesyon { $number } sou { $total }
train-prompt = Tape lèt repons ou a, epi peze Enter.
train-right = Se sa.
train-wrong = Pa egzakteman. Repons lan se { $answer }.
train-score = Ou reponn { $right } kesyon sou { $total } kòrèkteman.
emergency-in-english = An anglè
