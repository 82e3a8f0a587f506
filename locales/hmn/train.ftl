# Cov lus nug xyaum raws li lub app thiab CLI khiav nws, thiab cov npe ntawm cov lus text thaum muaj
# xwm txheej ceev. Cov lus nug nyob hauv quiz.ftl.

train-title = Cov lus nug xyaum
train-question = Lo lus nug { $number } ntawm { $total }
train-prompt = Ntaus tus tsiaj ntawv ntawm koj lo lus teb, ces nias Enter.
train-right = Raug lawm.
train-wrong = Tsis raug. Lo lus teb uas raug yog { $answer }.
train-score = Koj teb raug { $right } ntawm { $total } lo lus nug.
emergency-in-english = Ua lus Askiv
