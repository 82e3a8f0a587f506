# El cuestionario de práctica tal como lo muestran la aplicación y la línea de comandos,
# y las etiquetas de los mensajes de emergencia. Las preguntas están en quiz.ftl.

train-title = Cuestionario de práctica
train-question = Pregunta { $number } de { $total }
train-prompt = Escriba la letra de su respuesta y luego presione Enter.
train-right = Correcto.
train-wrong = No exactamente. La respuesta es { $answer }.
train-score = Contestó bien { $right } de { $total } preguntas.
emergency-in-english = En inglés
