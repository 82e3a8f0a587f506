# O verificador de mandados: agentes na porta da sua casa dizem que têm um mandado.
# Perguntas com opções levam a um resultado. Cada resultado também mostra os
# conselhos fixos abaixo dele (warrant-advice-*) e as palavras para dizer no
# idioma do usuário e no do agente.

## Perguntas

warrant-q-who = Quem as pessoas na porta dizem que são?
warrant-who-immigration = Agentes de imigração, ou o ICE
warrant-who-police = Polícia
warrant-who-other = Outra pessoa
warrant-who-dont-know = Não sei

warrant-q-paper = Olhe o papel que eles mostram, pela janela ou depois de passarem por baixo da porta. Não abra a porta. Que papel é?
warrant-q-paper-not-immigration = Olhe o papel que eles mostram, pela janela ou depois de passarem por baixo da porta. Não abra a porta. Alguns agentes de imigração dizem que são policiais. Se o papel vem do ICE ou do Departamento de Segurança Interna (DHS), trate-os como agentes de imigração. Que papel é?
warrant-paper-none = Eles não me mostraram nenhum papel
warrant-paper-i200 = Um mandado de prisão do ICE (Formulário I-200)
warrant-paper-i205 = Um mandado de deportação do ICE (Formulário I-205)
warrant-paper-i247 = Um pedido de retenção do ICE (detainer, Formulário I-247): um pedido para uma cadeia manter uma pessoa presa
warrant-paper-judge-arrest = Um mandado de prisão de um tribunal, assinado por um juiz
warrant-paper-judge-search = Um mandado de busca de um tribunal, assinado por um juiz
warrant-paper-cant-tell = Não consigo saber

warrant-q-final-order = Alguém que mora aqui tem uma ordem final de deportação? É uma ordem para sair do país, no fim de um processo de imigração.
warrant-q-lives-here = A pessoa cujo nome está no mandado de prisão mora aqui?
warrant-q-search-address = O mandado de busca mostra o endereço desta casa?
warrant-answer-yes = Sim
warrant-answer-no = Não
warrant-answer-dont-know = Não sei

## Resultados

warrant-o-no-paper = Se eles dizem que têm um mandado, peça que o passem por baixo da porta ou que o mostrem pela janela. Não abra a porta para ler. Às vezes os agentes dizem que têm um mandado quando não têm. Sem um mandado assinado por um juiz, você não precisa deixá-los entrar. Quando puder ver o papel, responda a estas perguntas de novo.
warrant-o-no-paper-say = Eu não autorizo que vocês entrem na minha casa. Se vocês têm um mandado assinado por um juiz, passem o mandado por baixo da porta, por favor.

warrant-o-i200 = Este é um mandado de prisão do ICE (Formulário I-200). Ele também é chamado de mandado administrativo. Quem o assinou foi um agente do ICE, não um juiz. Ele não permite que os agentes entrem na sua casa sem a sua autorização. Você não precisa abrir a porta.
warrant-o-i200-say = Eu não autorizo que vocês entrem na minha casa. Este mandado não está assinado por um juiz.

warrant-o-i205-final-order = Este é um mandado de deportação do ICE (Formulário I-205). Quem o assinou foi um agente do ICE, não um juiz. Grupos de defesa dos imigrantes dizem que ele não permite que os agentes entrem na sua casa sem a sua autorização. Mas, desde 2025, o ICE diz que os seus agentes podem entrar à força em uma casa com este formulário para prender uma pessoa que tenha uma ordem final de deportação. Os tribunais estão analisando contestações a essa afirmação, e a questão não está resolvida. Os agentes podem entrar à força. Não abra a porta e não autorize a entrada deles.
warrant-o-i205-final-order-say = Eu não autorizo que vocês entrem na minha casa. Este mandado não está assinado por um juiz.

warrant-o-i205-not-sure = Este é um mandado de deportação do ICE (Formulário I-205). Quem o assinou foi um agente do ICE, não um juiz. Grupos de defesa dos imigrantes dizem que ele não permite que os agentes entrem na sua casa sem a sua autorização. Mas, desde 2025, o ICE diz que os seus agentes podem entrar à força em uma casa com este formulário para prender uma pessoa que tenha uma ordem final de deportação. Os tribunais estão analisando contestações a essa afirmação, e a questão não está resolvida. Se você não tem certeza se alguém aqui tem uma ordem final, prepare-se para a possibilidade de os agentes entrarem à força. Não abra a porta e não autorize a entrada deles. Depois, peça a um advogado que descubra se existe alguma ordem.
warrant-o-i205-not-sure-say = Eu não autorizo que vocês entrem na minha casa. Este mandado não está assinado por um juiz.

warrant-o-i205-no-final-order = Este é um mandado de deportação do ICE (Formulário I-205). Quem o assinou foi um agente do ICE, não um juiz. Grupos de defesa dos imigrantes dizem que ele não permite que os agentes entrem na sua casa sem a sua autorização. Desde 2025, o ICE diz que os seus agentes podem entrar à força em uma casa com este formulário para prender uma pessoa que tenha uma ordem final de deportação. Os tribunais estão analisando contestações a essa afirmação, e a questão não está resolvida. Você disse que ninguém aqui tem uma ordem final. Mesmo assim, os agentes podem tentar entrar. Não abra a porta e não autorize a entrada deles.
warrant-o-i205-no-final-order-say = Eu não autorizo que vocês entrem na minha casa. Este mandado não está assinado por um juiz.

warrant-o-detainer = Este é um pedido de retenção do ICE (detainer, Formulário I-247, por exemplo o I-247A). Um pedido de retenção é um pedido do ICE a uma cadeia para manter uma pessoa lá. Não é um mandado, e nenhum juiz o assinou. Você não precisa abrir a porta.
warrant-o-detainer-say = Eu não autorizo que vocês entrem na minha casa. Este papel não é um mandado assinado por um juiz.

warrant-o-judge-arrest = Este pode ser um mandado de prisão verdadeiro, assinado por um juiz. Ele permite que os agentes entrem na casa da pessoa cujo nome está nele, para prender essa pessoa, se acreditarem que ela está lá dentro. Os agentes podem entrar. Não bloqueie a porta e não lute com eles. Você ainda pode permanecer em silêncio. Você não precisa autorizar uma busca em mais nada. Olhe a data do mandado. Se parecer antigo, pergunte a um advogado sobre ele.
warrant-o-judge-arrest-say = Estou exercendo o meu direito de permanecer em silêncio. Quero falar com um advogado.

warrant-o-arrest-not-here = Um mandado de prisão assinado por um juiz permite que os agentes entrem na casa da pessoa cujo nome está nele. Ele não permite que entrem na casa de outra pessoa para procurá-la. Para isso, eles precisam de um mandado de busca. Você disse que a pessoa do mandado não mora aqui, então você não precisa deixá-los entrar. Você não precisa responder às perguntas deles. Não minta para eles.
warrant-o-arrest-not-here-say = Eu não autorizo que vocês entrem na minha casa.

warrant-o-judge-search = Este pode ser um mandado de busca verdadeiro, assinado por um juiz. Ele permite que os agentes façam uma busca no endereço que aparece nele, não importa quem more lá. Eles só podem fazer a busca nos lugares que o mandado cita, e só podem procurar as coisas que ele cita. Os agentes podem entrar. Não bloqueie a porta e não lute com eles. Você ainda pode permanecer em silêncio. Olhe a data do mandado. Se parecer antigo, pergunte a um advogado sobre ele.
warrant-o-judge-search-say = Estou exercendo o meu direito de permanecer em silêncio. Quero falar com um advogado.

warrant-o-wrong-address = O mandado de busca mostra outro endereço, não esta casa. Você não precisa abrir a porta. Mantenha a porta fechada.
warrant-o-wrong-address-say = Eu não autorizo que vocês entrem na minha casa. Este mandado é para outro endereço.

warrant-o-cant-tell = Se você não consegue saber que papel é esse, ou quem o assinou, não abra a porta. Peça que passem o papel por baixo da porta para você poder ler. Você pode pedir um intérprete. Grupos de defesa dos imigrantes dizem que só um mandado assinado por um juiz permite que os agentes entrem sem a sua autorização. Desde 2025, o ICE também diz que os seus agentes podem entrar à força com o Formulário I-205 para prender uma pessoa que tenha uma ordem final de deportação; os tribunais estão analisando contestações a essa afirmação.
warrant-o-cant-tell-say = Eu não autorizo que vocês entrem na minha casa. Por favor, me mostrem um mandado assinado por um juiz.

## Conselhos: a lista fixa de onde cada resultado tira os seus, nesta ordem

warrant-advice-keep-door-closed = Mantenha a porta fechada. Fale através da porta.
warrant-advice-do-not-consent = Diga claramente que você não autoriza que eles entrem nem que façam uma busca.
warrant-advice-do-not-resist = Se os agentes entrarem, ou entrarem à força, não corra, não lute e não os bloqueie.
warrant-advice-stay-silent = Você pode permanecer em silêncio. Se decidir fazer isso, diga em voz alta.
warrant-advice-ask-for-lawyer = Peça um advogado.
warrant-advice-do-not-sign = Não assine nada antes de falar com um advogado.
warrant-advice-note-details = Anote os nomes dos agentes, os números dos distintivos, a hora e o que aconteceu.
warrant-advice-call-rapid-response = Ligue para a linha de resposta rápida do seu condado. Você pode encontrá-la no localizador de ajuda deste aplicativo.
