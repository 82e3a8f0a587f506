# O que deu errado, em palavras que ajudam a pessoa a agir. O aplicativo mostra
# estas mensagens quando uma chamada falha; nenhuma repete o que a pessoa digitou.

error-invalid-locale = Não foi possível ler essa configuração de idioma. Escolha um idioma da lista.
error-unknown-topic = Essa situação não está neste aplicativo. Escolha uma da lista.
error-unknown-law = Essa lei não está neste aplicativo. Escolha uma da lista.
error-unknown-warrant-state = O aplicativo perdeu o ponto em que você estava nas perguntas sobre o mandado. Comece as perguntas de novo.
error-unknown-warrant-choice = Essa não é uma das respostas desta pergunta. Escolha uma das respostas mostradas.
error-unknown-message = O aplicativo pediu um texto que não existe. Isso é uma falha do próprio aplicativo.
error-invalid-coordinates = Não foi possível ler a sua localização. Em vez disso, digite um CEP (ZIP code) ou o nome de um condado.
error-invalid-zip = Um CEP (ZIP code) tem 5 dígitos, por exemplo 90012.
error-unknown-zip = Este aplicativo não conhece esse CEP. Confira o número ou digite o seu condado.
error-unknown-county = Não há nenhum condado com esse nome nos lugares que este aplicativo cobre.
error-unknown-city = Não há nenhuma cidade com esse nome nos lugares que este aplicativo cobre.
error-unknown-state = Isso não é um estado dos EUA. Digite a sigla de duas letras do estado, por exemplo CA.
error-invalid-time = Não foi possível ler esse horário. Escreva um dia e um horário, por exemplo Mon 22:30.
error-not-a-pack = Este arquivo não é um arquivo de conteúdo do Amparo. Nada foi alterado no aplicativo.
error-unsupported-pack-format = Este arquivo de conteúdo é para outra versão do aplicativo. Nada foi alterado no aplicativo.
error-corrupt-pack = Este arquivo de conteúdo está danificado ou incompleto. Nada foi alterado no aplicativo.
error-pack-too-large = Este arquivo de conteúdo é grande demais para ser verdadeiro. Nada foi alterado no aplicativo.
error-unknown-key = Este arquivo de conteúdo não foi assinado pelo Amparo. Ele pode ser falso. Nada foi alterado no aplicativo.
error-bad-signature = Este arquivo de conteúdo foi modificado depois que o Amparo o assinou. Ele pode ser falso. Nada foi alterado no aplicativo.
# $offered: a versão do conteúdo do arquivo; $in_use: a versão que o aplicativo usa.
error-not-newer = Este arquivo de conteúdo (versão { $offered }) não é mais novo que o conteúdo que você tem (versão { $in_use }). Nada foi alterado no aplicativo.
# $required: uma versão do aplicativo, como 0.2.0.
error-needs-newer-app = Este arquivo de conteúdo precisa de uma versão mais nova do aplicativo ({ $required }). Atualize o aplicativo primeiro. Nada foi alterado no aplicativo.
# $missing: códigos de idioma, como "km, ti".
error-fewer-languages = Este arquivo de conteúdo não tem alguns idiomas que o aplicativo já tem ({ $missing }). Nada foi alterado no aplicativo.
error-storage = O aplicativo não conseguiu salvar o arquivo de conteúdo neste celular. O conteúdo que você tem continua funcionando.
error-no-data-folder = O aplicativo não consegue instalar arquivos de conteúdo aqui. O conteúdo que você tem continua funcionando.
error-unknown-question = Essa pergunta não está neste teste. Comece o teste de novo.
error-unknown-quiz-choice = Essa não é uma das respostas desta pergunta. Escolha uma das letras mostradas.
error-unknown-emergency-message = Essa mensagem não está neste aplicativo. Escolha uma da lista.
error-unknown-message-value = O aplicativo deu a esta mensagem algo que ela não pede. Isso é uma falha do próprio aplicativo.
error-value-too-long = Isso é longo demais para uma mensagem de texto. Use { $limit } caracteres ou menos.
