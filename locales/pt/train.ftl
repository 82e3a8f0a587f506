# O teste de treinamento como o aplicativo e a linha de comando o mostram, e os rótulos
# das mensagens de emergência. As perguntas estão em quiz.ftl.

train-title = Teste de treinamento
train-question = Pergunta { $number } de { $total }
train-prompt = Digite a letra da sua resposta e depois aperte Enter.
train-right = Certo.
train-wrong = Não exatamente. A resposta é { $answer }.
train-score = Você acertou { $right } de { $total } perguntas.
emergency-in-english = Em inglês
