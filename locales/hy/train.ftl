# Ուսումնական հարցաշարը, ինչպես այն անցկացնում են հավելվածը և CLI-ը, և շտապ
# հաղորդագրությունների պիտակները։ Հարցերն իրենք quiz.ftl-ում են։

train-title = Ուսումնական հարցաշար
train-question = Հարց { $number }՝ { $total } հարցից
train-prompt = Մուտքագրեք ձեր պատասխանի տառը, հետո սեղմեք Enter։
train-right = Ճիշտ է։
train-wrong = Այնքան էլ ճիշտ չէ։ Ճիշտ պատասխանը՝ { $answer }։
train-score = Ճիշտ պատասխաններ՝ { $right }, ընդամենը { $total } հարցից։
emergency-in-english = Անգլերենով
