# Qué salió mal, en palabras con las que una persona puede actuar. La aplicación
# las muestra cuando una llamada falla; ninguna repite lo que la persona escribió.

error-invalid-locale = No se puede leer esa configuración de idioma. Elija un idioma de la lista.
error-unknown-topic = Esa situación no está en esta aplicación. Elija una de la lista.
error-unknown-law = Esa ley no está en esta aplicación. Elija una de la lista.
error-unknown-warrant-state = Se perdió el punto en que iba en las preguntas sobre la orden. Empiécelas de nuevo.
error-unknown-warrant-choice = Esa no es una de las respuestas a esta pregunta. Elija una de las respuestas que se muestran.
error-unknown-message = La aplicación pidió un texto que no existe. Es una falla de la aplicación.
error-invalid-coordinates = No se pudo leer su ubicación. En su lugar, escriba un código postal (ZIP) o un condado.
error-invalid-zip = Un código postal (ZIP) tiene 5 dígitos, por ejemplo 90012.
error-unknown-zip = Esta aplicación no conoce ese código postal (ZIP). Revíselo o escriba su condado.
error-unknown-county = No hay ningún condado con ese nombre en los lugares que cubre esta aplicación.
error-unknown-city = No hay ninguna ciudad con ese nombre en los lugares que cubre esta aplicación.
error-unknown-state = Ese no es un estado de los Estados Unidos. Escriba el código de dos letras del estado, por ejemplo CA.
error-invalid-time = No se puede leer esa hora. Escriba el día en inglés y la hora, por ejemplo Mon 22:30 (Mon es lunes).
error-not-a-pack = Este archivo no es un archivo de contenido de Amparo. No se cambió nada.
error-unsupported-pack-format = Este archivo de contenido es para otra versión de la aplicación. No se cambió nada.
error-corrupt-pack = Este archivo de contenido está dañado o incompleto. No se cambió nada.
error-pack-too-large = Este archivo de contenido es demasiado grande para ser auténtico. No se cambió nada.
error-unknown-key = Amparo no firmó este archivo de contenido. Puede ser falso. No se cambió nada.
error-bad-signature = Este archivo de contenido fue modificado después de que Amparo lo firmó. Puede ser falso. No se cambió nada.
# $offered: la versión del contenido del archivo; $in_use: la versión que usa la aplicación.
error-not-newer = Este archivo de contenido (versión { $offered }) no es más nuevo que el contenido que ya tiene (versión { $in_use }). No se cambió nada.
# $required: una versión de la aplicación, como 0.2.0.
error-needs-newer-app = Este archivo de contenido necesita una versión más nueva de la aplicación ({ $required }). Primero actualice la aplicación. No se cambió nada.
# $missing: códigos de idioma, como "km, ti".
error-fewer-languages = A este archivo de contenido le faltan idiomas que la aplicación ya tiene ({ $missing }). No se cambió nada.
error-storage = La aplicación no pudo guardar el archivo de contenido en este teléfono. El contenido que ya tiene sigue funcionando.
error-no-data-folder = La aplicación no puede instalar archivos de contenido aquí. El contenido que ya tiene sigue funcionando.
error-unknown-question = Esa pregunta no está en este cuestionario. Empiece el cuestionario de nuevo.
error-unknown-quiz-choice = Esa no es una de las respuestas a esta pregunta. Elija una de las letras que se muestran.
error-unknown-emergency-message = Ese mensaje no está en esta aplicación. Elija uno de la lista.
error-unknown-message-value = La aplicación le dio a este mensaje algo que el mensaje no pide. Es una falla de la aplicación.
error-value-too-long = Es demasiado largo para un mensaje de texto. Use { $limit } caracteres o menos.
