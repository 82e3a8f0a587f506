# As situações. Palavras simples, frases curtas, uma ação por passo.

## Em casa

at-home-title = Agentes na sua porta
at-home-summary = Agentes de imigração estão batendo na porta da sua casa.

at-home-keep-door-closed-do = Mantenha a porta fechada. Fale através da porta. Pergunte quem são e por que vieram. Peça que mostrem um distintivo pela janela.
at-home-keep-door-closed-say = Quem são vocês e por que estão aqui? Por favor, me mostrem o distintivo pela janela.
at-home-keep-door-closed-why = Abrir a porta não dá a eles autorização para entrar. Mas falar com a porta fechada é mais seguro.

at-home-ask-for-warrant-do = Pergunte se eles têm um mandado assinado por um juiz. Peça que passem o mandado por baixo da porta ou que o mostrem pela janela. Não abra a porta para ler.
at-home-ask-for-warrant-say = Eu não autorizo que vocês entrem na minha casa. Se vocês têm um mandado assinado por um juiz, passem o mandado por baixo da porta, por favor.
at-home-ask-for-warrant-why = Grupos de defesa dos imigrantes dizem que, sem um mandado assinado por um juiz, os agentes precisam da sua autorização para entrar na sua casa. Desde 2025, o ICE diz que os seus agentes podem entrar à força com o Formulário I-205 para prender uma pessoa que tenha uma ordem final de deportação. Os tribunais estão analisando contestações a essa afirmação.

at-home-check-the-warrant-do = Olhe o papel. Um mandado assinado por um juiz vem de um tribunal e tem a assinatura de um juiz. Um mandado de busca deve mostrar este endereço. Um mandado de prisão deve ter o nome de uma pessoa que mora aqui. Confira a data também. O verificador de mandados deste aplicativo analisa o papel passo a passo com você.
at-home-check-the-warrant-why = Um papel do ICE, como o Formulário I-200 ou o Formulário I-205, é assinado por um agente do ICE, não por um juiz. Grupos de defesa dos imigrantes dizem que esse papel não permite que os agentes entrem na sua casa sem a sua autorização, mas, desde 2025, o ICE diz que pode entrar à força com o Formulário I-205 para prender uma pessoa que tenha uma ordem final de deportação. Se um mandado de busca mostra outro endereço, ou se um mandado de prisão não tem o nome de ninguém que mora aqui, você não precisa abrir a porta.

at-home-if-they-come-in-do = Se os agentes entrarem à força, não lute com eles nem os bloqueie. Diga claramente que você não autoriza a entrada deles nem uma busca. Permaneça em silêncio e peça um advogado.
at-home-if-they-come-in-say = Eu não autorizo esta entrada nem nenhuma busca.
at-home-if-they-come-in-why = Reagir pode colocar você e a sua família em perigo. Você ainda pode recusar com palavras.

## Em público

in-public-title = Abordado em público
in-public-summary = Agentes ou a polícia abordam você na rua ou em um lugar público.

in-public-stay-calm-do = Mantenha a calma. Não corra, não discuta, não lute e não bloqueie o agente ou policial, mesmo que você ache que a abordagem está errada. Mantenha as mãos onde eles possam vê-las.
in-public-stay-calm-why = Correr ou lutar pode colocar você em perigo.

in-public-refuse-search-do = Você pode dizer não a uma busca nos seus bolsos ou nas suas bolsas. Mesmo assim, os agentes podem apalpar a sua roupa por fora para ver se você tem armas.
in-public-refuse-search-say = Eu não autorizo nenhuma busca.
in-public-refuse-search-why = Você tem o direito de dizer não. Se fizerem a busca mesmo assim, não lute com eles.

in-public-papers-do = Se você tem documentos de imigração válidos, como um green card ou uma permissão de trabalho, leve-os com você e mostre-os se um agente de imigração pedir. Se você não tem documentos, pode permanecer em silêncio. Nunca mostre documentos falsos. Não carregue documentos de outro país, como um passaporte estrangeiro.
in-public-papers-why = A lei federal diz que os adultos que receberam esses documentos devem carregá-los e mostrá-los aos agentes de imigração que pedirem. Não carregá-los é um delito federal leve (misdemeanor). Documentos de outro país podem mostrar de onde você é.

## Abordagem no trânsito

traffic-stop-title = Abordado no carro
traffic-stop-summary = A polícia ou agentes param o carro que você está dirigindo ou em que você está.

traffic-stop-pull-over-safely-do = Pare o carro em um lugar seguro. Desligue o motor. Acenda a luz interna do carro. Abra a janela só um pouco. Mantenha as mãos no volante, onde o agente possa vê-las.
traffic-stop-pull-over-safely-why = Isso mostra ao agente que você não é um perigo, e deixa todos mais seguros.

traffic-stop-show-license-do = Se o agente pedir, mostre a sua carteira de motorista, o documento do carro (registration) e o comprovante de seguro. Se você não tiver algum deles, nunca mostre um falso.
traffic-stop-show-license-why = Quem dirige deve mostrar esses documentos quando eles forem pedidos.

traffic-stop-ca-ab60-do = Na Califórnia, você pode dirigir com uma carteira que o DMV emite pela lei AB 60, mesmo que não consiga provar presença legal nos Estados Unidos.
traffic-stop-ca-ab60-why = Uma carteira AB 60 vale para dirigir na Califórnia. Ela não é um documento de identidade federal. Tratar alguém de forma injusta porque tem essa carteira é contra a lei.

traffic-stop-stay-silent-do = Quem dirige e todos os passageiros podem permanecer em silêncio. Se decidir fazer isso, diga em voz alta.

traffic-stop-refuse-search-do = Não autorize uma busca no carro. Se fizerem a busca mesmo assim, não lute com eles.
traffic-stop-refuse-search-say = Eu não autorizo a busca no meu carro.
traffic-stop-refuse-search-why = A polícia ainda pode fazer a busca sem a sua autorização se acreditar que há provas de um crime. Reagir pode colocar você em perigo.

traffic-stop-passenger-free-to-go-do = Se você é passageiro, pergunte se está livre para ir embora. Se a resposta for sim, vá embora com calma.

traffic-stop-officer-name-do = Se os agentes forem policiais, peça os nomes e os números dos distintivos deles. Anote.
traffic-stop-officer-name-say = Por favor, qual é o seu nome e o número do seu distintivo?
traffic-stop-officer-name-why = Anotar esses dados guarda um registro de quem parou você.

traffic-stop-immigration-agents-do = Se os agentes forem do ICE ou da Border Patrol (Patrulha de Fronteira), os mesmos passos valem: mantenha a calma, permaneça em silêncio e não autorize uma busca.
traffic-stop-immigration-agents-why = Em geral, os agentes de imigração precisam de uma suspeita razoável (reasonable suspicion) de uma infração de imigração ou de um crime para parar um carro, e de um mandado ou de causa provável (probable cause) para fazer uma busca nele. Em setembro de 2025, a Suprema Corte dos Estados Unidos permitiu que as abordagens de imigração na região de Los Angeles continuassem enquanto um processo segue na Justiça. O que essa decisão permite não está resolvido: pergunte a um advogado.

## Em casa: não faça

at-home-dont-open-the-door = Não abra a porta, a menos que os agentes mostrem a você, por baixo da porta ou pela janela, um mandado assinado por um juiz que sirva para esta casa: um mandado de busca para este endereço ou um mandado de prisão de uma pessoa que mora aqui.

## Em público: não faça

in-public-dont-carry-foreign-papers = Não carregue documentos de outro país, como um passaporte estrangeiro ou uma matrícula consular (consular ID). Eles podem mostrar de onde você é. Este conselho vem de grupos de defesa dos imigrantes, conforme citado em outros sites: pergunte a um advogado se não tiver certeza do que levar.
in-public-dont-follow-agents = Não vá com agentes a um escritório e não aceite "se encontrar para um café". Isso pode ser uma armadilha.

## Abordagem no trânsito: não faça

traffic-stop-dont-show-false-papers = Não mostre uma carteira de motorista falsa nem documentos falsos, mesmo que você não tenha os verdadeiros.
traffic-stop-dont-consent-to-search = Não autorize uma busca no carro. Se fizerem a busca mesmo assim, não lute com eles.

## Abordagem no trânsito: documentos de imigração

traffic-stop-papers-do = Se você tem documentos de imigração válidos, como um green card ou uma permissão de trabalho, leve-os com você. Se um agente de imigração pedir, mostre-os. Se você não tem documentos, pode permanecer em silêncio. Não minta e nunca mostre documentos falsos ou de outro país.
traffic-stop-papers-why = A lei federal diz que os adultos que receberam esses documentos devem carregá-los. Não carregá-los é um delito federal leve (misdemeanor), com multa de até US$100 ou até 30 dias de cadeia. Desde 2025, o governo vem lembrando as pessoas dessa regra. Você ainda pode permanecer em silêncio sobre todo o resto. As nossas fontes para os detalhes são páginas de escritórios de advocacia: pergunte a um advogado o que isso significa para os seus documentos.
