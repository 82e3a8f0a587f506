# O teste de treinamento: uma pergunta por bloco, depois as opções e o porquê. Cada
# pergunta testa um passo da sua situação (content/quiz/<topic>.toml).

## Agentes na sua porta

quiz-at-home-door = Agentes de imigração batem na porta da sua casa. O que você deve fazer?
quiz-at-home-door-a = Abrir um pouco a porta para conversar.
quiz-at-home-door-b = Manter a porta fechada e falar através dela.
quiz-at-home-door-c = Sair de casa para conversar com eles.
quiz-at-home-door-why = Mantenha a porta fechada e fale através dela. Pergunte quem são e por que vieram. Abrir a porta não dá a eles autorização para entrar, mas falar com a porta fechada é mais seguro.

quiz-at-home-open = Os agentes querem que você abra a porta. O que eles precisam mostrar antes de você abrir?
quiz-at-home-open-a = Um distintivo pela janela.
quiz-at-home-open-b = Qualquer papel que diga "mandado" (warrant).
quiz-at-home-open-c = Um mandado assinado por um juiz que sirva para esta casa.
quiz-at-home-open-why = Não abra a porta, a menos que eles mostrem a você, por baixo da porta ou pela janela, um mandado assinado por um juiz que sirva para esta casa. Ou seja, um mandado de busca para este endereço ou um mandado de prisão de uma pessoa que mora aqui.

quiz-at-home-silent = Os agentes perguntam onde você nasceu. Você precisa responder?
quiz-at-home-silent-a = Não. Você pode permanecer em silêncio.
quiz-at-home-silent-b = Sim. Você precisa responder a todas as perguntas.
quiz-at-home-silent-c = Não, mas você precisa dizer qual é a sua situação imigratória.
quiz-at-home-silent-why = A Quinta Emenda permite que você se recuse a responder perguntas. Você não precisa dizer onde nasceu, qual é a sua situação imigratória nem como chegou a este país. Se decidir permanecer em silêncio, diga isso em voz alta.

quiz-at-home-forced = Os agentes entram à força na sua casa. O que você deve fazer?
quiz-at-home-forced-a = Bloquear os agentes para que não consigam entrar.
quiz-at-home-forced-b = Não lutar. Dizer que você não autoriza a entrada deles nem uma busca.
quiz-at-home-forced-c = Responder às perguntas deles para que vão embora mais rápido.
quiz-at-home-forced-why = Não lute com eles nem os bloqueie: reagir pode colocar você e a sua família em perigo. Você ainda pode recusar com palavras. Diga que você não autoriza a entrada deles nem uma busca, permaneça em silêncio e peça um advogado.

## Verificar um mandado

quiz-warrant-check-say-warrant = Os agentes dizem através da porta que têm um mandado. O que você deve fazer?
quiz-warrant-check-say-warrant-a = Abrir a porta, já que eles disseram isso.
quiz-warrant-check-say-warrant-b = Não abrir a porta. Ver o papel primeiro.
quiz-warrant-check-say-warrant-c = Abrir a porta se eles disserem que são policiais.
quiz-warrant-check-say-warrant-why = Não abra a porta só porque os agentes dizem que têm um mandado. Às vezes os agentes dizem que têm um quando não têm, ou dizem que são policiais. Veja o papel primeiro.

quiz-warrant-check-judge = Como saber se um papel é um mandado de um juiz?
quiz-warrant-check-judge-a = Ele vem de um tribunal, e um juiz o assinou.
quiz-warrant-check-judge-b = Um agente do ICE o assinou.
quiz-warrant-check-judge-c = O agente diz a você que é.
quiz-warrant-check-judge-why = Veja quem assinou o papel. Um mandado de um juiz vem de um tribunal, como um U.S. District Court (tribunal federal) ou um California Superior Court (tribunal estadual). Quem o assina é um juiz.

quiz-warrant-check-ice-form = O papel é o Formulário I-205 do ICE. Ele é um mandado de um juiz?
quiz-warrant-check-ice-form-a = Sim. Todos os formulários de mandado vêm de um juiz.
quiz-warrant-check-ice-form-b = Sim, se um agente do ICE o assinou.
quiz-warrant-check-ice-form-c = Não. Quem o assina é um agente do ICE, não um juiz.
quiz-warrant-check-ice-form-why = Os formulários do ICE, como o Formulário I-200 ou o Formulário I-205, são assinados por um agente do ICE, não por um juiz. Grupos de defesa dos imigrantes dizem que eles não permitem que os agentes entrem na sua casa sem a sua autorização, mas, desde 2025, o ICE diz que os seus agentes podem entrar à força com o Formulário I-205 para prender uma pessoa que tenha uma ordem final de deportação, e os tribunais estão analisando contestações a essa afirmação. Se os agentes entrarem à força, não lute com eles nem os bloqueie.

quiz-warrant-check-wrong-person = Um juiz assinou um mandado de prisão, mas ele não tem o nome de ninguém que mora na sua casa. Você precisa abrir a porta?
quiz-warrant-check-wrong-person-a = Sim. Qualquer mandado de um juiz permite que eles entrem.
quiz-warrant-check-wrong-person-b = Não. Você não precisa abrir a porta.
quiz-warrant-check-wrong-person-c = Sim, assim que eles o passarem por baixo da porta.
quiz-warrant-check-wrong-person-why = Um mandado de prisão não permite que os agentes entrem na casa de outra pessoa para procurar a pessoa cujo nome está nele. Para isso, eles precisam de um mandado de busca. Se um mandado de prisão não tem o nome de ninguém que mora aqui, você não precisa abrir a porta.

## Abordado em público

quiz-in-public-free-to-go = Na rua, você pergunta a um agente se está livre para ir embora. A resposta é sim. O que você pode fazer?
quiz-in-public-free-to-go-a = Você tem que ficar e responder às perguntas dele.
quiz-in-public-free-to-go-b = Ir embora com calma.
quiz-in-public-free-to-go-c = Sair correndo.
quiz-in-public-free-to-go-why = Se a resposta for sim, vá embora com calma. Se você não está sendo detido, não precisa ficar nem responder perguntas. Se a resposta for não, permaneça em silêncio e peça um advogado.

quiz-in-public-search = Um agente na rua quer fazer uma busca na sua bolsa. O que você pode fazer?
quiz-in-public-search-a = Dizer: Eu não autorizo nenhuma busca.
quiz-in-public-search-b = Segurar a bolsa e lutar com eles.
quiz-in-public-search-c = Nada. Você não pode dizer não.
quiz-in-public-search-why = Você tem o direito de dizer não a uma busca nos seus bolsos ou nas suas bolsas. Mesmo assim, os agentes podem apalpar a sua roupa por fora para ver se você tem armas. Se fizerem a busca de qualquer forma, não lute com eles.

quiz-in-public-green-card = Você tem um green card válido. O que você deve fazer quando sair de casa?
quiz-in-public-green-card-a = Deixá-lo em casa para que fique seguro.
quiz-in-public-green-card-b = Carregá-lo, mas não mostrá-lo aos agentes de imigração que pedirem.
quiz-in-public-green-card-c = Carregá-lo e mostrá-lo se um agente de imigração pedir.
quiz-in-public-green-card-why = A lei federal diz que os adultos que receberam esses documentos devem carregá-los e mostrá-los aos agentes de imigração que pedirem. Não carregá-los é um delito federal leve (misdemeanor).

quiz-in-public-coffee = Agentes pedem que você vá ao escritório deles ou que aceite "se encontrar para um café". O que você deve fazer?
quiz-in-public-coffee-a = Ir, para eles verem que você não tem nada a esconder.
quiz-in-public-coffee-b = Não ir. Isso pode ser uma armadilha.
quiz-in-public-coffee-c = Ir, se eles parecerem simpáticos.
quiz-in-public-coffee-why = Não vá com agentes a um escritório e não aceite "se encontrar para um café". Isso pode ser uma armadilha.

## Abordado no carro

quiz-traffic-stop-pull-over = A polícia faz sinal para você parar o carro. O que você deve fazer?
quiz-traffic-stop-pull-over-a = Deixar o motor ligado para poder sair logo.
quiz-traffic-stop-pull-over-b = Parar em um lugar seguro, desligar o motor e manter as mãos no volante.
quiz-traffic-stop-pull-over-c = Pôr a mão embaixo do banco na mesma hora para pegar os seus documentos.
quiz-traffic-stop-pull-over-why = Pare o carro em um lugar seguro, desligue o motor, acenda a luz interna do carro e mantenha as mãos no volante, onde o agente possa vê-las. Isso mostra ao agente que você não é um perigo, e deixa todos mais seguros.

quiz-traffic-stop-who-silent = A polícia para o seu carro. Quem pode permanecer em silêncio?
quiz-traffic-stop-who-silent-a = Só quem dirige.
quiz-traffic-stop-who-silent-b = Só os passageiros.
quiz-traffic-stop-who-silent-c = Quem dirige e todos os passageiros.
quiz-traffic-stop-who-silent-why = Quem dirige e todos os passageiros podem permanecer em silêncio. Se decidir fazer isso, diga em voz alta. O que você disser pode ser usado contra você no tribunal.

quiz-traffic-stop-car-search = Um agente pede para fazer uma busca no seu carro. O que você pode dizer?
quiz-traffic-stop-car-search-a = Eu não autorizo a busca no meu carro.
quiz-traffic-stop-car-search-b = Pode fazer, eu não tenho nada a esconder.
quiz-traffic-stop-car-search-c = Pode fazer a busca se me deixar ir embora depois.
quiz-traffic-stop-car-search-why = Não autorize uma busca no carro. A polícia ainda pode fazer a busca sem a sua autorização se acreditar que há provas de um crime. Se fizerem a busca mesmo assim, não lute com eles: reagir pode colocar você em perigo.

quiz-traffic-stop-passenger = Você é passageiro. Você pergunta se está livre para ir embora, e o agente diz que sim. O que você pode fazer?
quiz-traffic-stop-passenger-a = Você tem que ficar e responder perguntas.
quiz-traffic-stop-passenger-b = Ir embora com calma.
quiz-traffic-stop-passenger-c = Sair correndo do carro.
quiz-traffic-stop-passenger-why = Se você é passageiro, pergunte se está livre para ir embora. Se a resposta for sim, vá embora com calma. Se você não está sendo detido, não precisa ficar nem responder perguntas.

## Agentes no seu trabalho

quiz-at-work-areas = No trabalho, onde o ICE pode entrar sem pedir?
quiz-at-work-areas-a = Nas áreas públicas, como a recepção ou o estacionamento.
quiz-at-work-areas-b = Na cozinha ou no escritório.
quiz-at-work-areas-c = Em qualquer sala, até nas salas só para funcionários.
quiz-at-work-areas-why = O ICE pode entrar nas áreas públicas de uma empresa, como o salão de um restaurante, a recepção ou o estacionamento, sem pedir. Para entrar em áreas que não são públicas, como a cozinha, um escritório ou salas só para funcionários, eles precisam da autorização do empregador ou de um mandado assinado por um juiz. Estar em uma área pública não permite, por si só, que os agentes detenham, interroguem ou prendam alguém.

quiz-at-work-free-to-leave = No trabalho, você pergunta a um agente se está livre para voltar ao trabalho. A resposta é sim. O que você pode fazer?
quiz-at-work-free-to-leave-a = Você tem que ficar e responder perguntas primeiro.
quiz-at-work-free-to-leave-b = Sair correndo pela porta dos fundos.
quiz-at-work-free-to-leave-c = Dizer que não quer conversar e depois voltar ao trabalho com calma.
quiz-at-work-free-to-leave-why = Se a resposta for sim, diga que não quer conversar. Depois volte ao trabalho ou vá embora com calma. Se você não está sendo detido, não precisa ficar nem responder perguntas.

quiz-at-work-groups = Os agentes mandam os trabalhadores se dividirem em grupos por situação imigratória. O que você pode fazer?
quiz-at-work-groups-a = Você tem que ir para o grupo da sua situação.
quiz-at-work-groups-b = Ficar onde está.
quiz-at-work-groups-c = Ir para um grupo, já que isso não diz nada a eles.
quiz-at-work-groups-why = Você pode ficar onde está. Ir para um desses grupos é uma forma de dizer a eles qual é a sua situação, e você não precisa dizer a eles qual é a sua situação.

quiz-at-work-search = Os agentes no seu trabalho querem fazer uma busca. O que você pode dizer?
quiz-at-work-search-a = Eu não autorizo nenhuma busca.
quiz-at-work-search-b = Podem fazer, eu não tenho nada a esconder.
quiz-at-work-search-c = Podem fazer a busca se não me fizerem perguntas.
quiz-at-work-search-why = Não autorize uma busca. Você pode dizer em voz alta: Eu não autorizo nenhuma busca.

## Preso pela polícia

quiz-arrested-used-against = Depois de uma prisão, onde o que você disser pode ser usado contra você?
quiz-arrested-used-against-a = Só no tribunal criminal
quiz-arrested-used-against-b = Em lugar nenhum, porque é a polícia local
quiz-arrested-used-against-c = No tribunal criminal e no tribunal de imigração
quiz-arrested-used-against-why = O que você disser pode ser usado contra você no tribunal criminal e no tribunal de imigração. Por isso, peça um advogado e não decida nada antes de falar com um.

quiz-arrested-caregiver = Você é preso, e você é a principal pessoa que cuida de uma criança. O que você pode fazer?
quiz-arrested-caregiver-a = Contar ao policial sobre a criança
quiz-arrested-caregiver-b = Esconder isso do policial
quiz-arrested-caregiver-c = Esperar ser solto para falar disso
quiz-arrested-caregiver-why = Você pode dizer ao policial que você é pai ou mãe de uma criança, ou a principal pessoa que cuida dela, e falar de qualquer necessidade médica. Isso pode ajudar a garantir que a criança seja cuidada e que as suas necessidades de saúde sejam conhecidas.

quiz-arrested-wrong-arrest = Você acha que a polícia está prendendo você por engano. O que você deve fazer?
quiz-arrested-wrong-arrest-a = Fugir se tiver a chance
quiz-arrested-wrong-arrest-b = Não fugir nem lutar, mesmo que você ache que a prisão está errada
quiz-arrested-wrong-arrest-c = Reagir para que soltem você
quiz-arrested-wrong-arrest-why = Não fuja da polícia nem lute com ela, mesmo que você ache que a prisão está errada.

quiz-arrested-calls = Na Califórnia, quantas ligações você pode fazer depois de ser preso?
quiz-arrested-calls-a = Pelo menos 3 ligações que se completem
quiz-arrested-calls-b = Só 1 ligação
quiz-arrested-calls-c = Nenhuma até ver um juiz
quiz-arrested-calls-why = A seção 851.5 do California Penal Code (Código Penal da Califórnia) garante a você pelo menos 3 ligações que se completem. Você tem direito a elas logo depois do fichamento na cadeia (booking), e no máximo 3 horas depois da sua prisão, a menos que isso seja fisicamente impossível.

## Detido em uma cadeia local

quiz-in-jail-silent = Enquanto você está detido, perguntam onde você nasceu. Você precisa responder?
quiz-in-jail-silent-a = Sim, porque você está na cadeia
quiz-in-jail-silent-b = Não. Você pode permanecer em silêncio, e dizer isso em voz alta
quiz-in-jail-silent-c = Sim, se um agente perguntar
quiz-in-jail-silent-why = A Quinta Emenda permite que você se recuse a responder perguntas. Você não precisa dizer onde nasceu. Se decidir permanecer em silêncio, diga isso em voz alta.

quiz-in-jail-sign = Na cadeia, dão a você papéis de "saída voluntária" (voluntary departure). O que você deve fazer?
quiz-in-jail-sign-a = Assinar para sair mais rápido
quiz-in-jail-sign-b = Assinar se um agente mandar
quiz-in-jail-sign-c = Não assinar antes de falar com um advogado
quiz-in-jail-sign-why = Não assine nada, principalmente papéis de "saída voluntária" (voluntary departure), sem falar com um advogado.

quiz-in-jail-citizen = Você não é cidadão dos Estados Unidos. Um agente pergunta se você é. O que é certo?
quiz-in-jail-citizen-a = Não dizer que você é cidadão dos Estados Unidos
quiz-in-jail-citizen-b = Dizer que é cidadão, por segurança
quiz-in-jail-citizen-c = Mostrar documentos falsos se você tiver
quiz-in-jail-citizen-why = Não minta. Não diga que é cidadão dos Estados Unidos se não for, e não mostre documentos falsos.

quiz-in-jail-interview = Em uma cadeia de cidade ou de condado da Califórnia, o ICE quer entrevistar você. O que você pode fazer?
quiz-in-jail-interview-a = Falar com o ICE, porque você está na cadeia
quiz-in-jail-interview-b = Dizer não, ou falar só com o seu advogado presente
quiz-in-jail-interview-c = Nada, a cadeia decide por você
quiz-in-jail-interview-why = A entrevista é voluntária. Você pode dizer não, ou dizer que só vai falar com o seu advogado presente. O que você disser ao ICE pode ser usado contra você no tribunal de imigração.

## Detido pelo ICE

quiz-ice-detention-free-help = O ICE está mantendo você detido e você não tem advogado. O que você pode pedir aos agentes?
quiz-ice-detention-free-help-a = Nada, você tem que encontrar um advogado sozinho
quiz-ice-detention-free-help-b = Nada até a data da sua audiência no tribunal
quiz-ice-detention-free-help-c = A lista de serviços jurídicos gratuitos (pro bono)
quiz-ice-detention-free-help-why = Se você não tem advogado, peça aos agentes a lista de serviços jurídicos gratuitos. Nos processos de imigração, o governo geralmente não paga o seu advogado. Os grupos da lista dão ajuda jurídica de graça.

quiz-ice-detention-phone = Sobre o que você não deve falar em um telefone do centro de detenção?
quiz-ice-detention-phone-a = Sobre a sua situação imigratória ou sobre onde você nasceu
quiz-ice-detention-phone-b = Não há nada a evitar, porque essas ligações são privadas
quiz-ice-detention-phone-c = Não há nada a evitar, se você falar na sua própria língua
quiz-ice-detention-phone-why = As ligações nos telefones do centro de detenção podem ser ouvidas. Por isso, não fale neles sobre a sua situação imigratória nem sobre onde você nasceu.

quiz-ice-detention-locator = Do que a sua família precisa para encontrar você no localizador de detidos on-line do ICE (Online Detainee Locator)?
quiz-ice-detention-locator-a = Só do seu primeiro nome
quiz-ice-detention-locator-b = Do seu número A (A-Number) ou do seu nome exato, e do seu país de nascimento
quiz-ice-detention-locator-c = Só do seu país de nascimento
quiz-ice-detention-locator-why = Eles precisam do seu número A (A-Number) e do seu país de nascimento, ou do seu nome e do seu país de nascimento. O nome tem que ser exatamente igual ao dos registros do ICE. O localizador encontra pessoas de 18 anos ou mais.

quiz-ice-detention-departure = O ICE oferece a você a saída voluntária (voluntary departure). O que você deve fazer primeiro?
quiz-ice-detention-departure-a = Aceitar logo para acabar com isso
quiz-ice-detention-departure-b = Deixar o agente decidir por você
quiz-ice-detention-departure-c = Falar com um advogado antes de aceitar
quiz-ice-detention-departure-why = Não aceite a saída voluntária, nem decida nada mais sobre o seu processo, antes de falar com um advogado.

## Ir ao tribunal

quiz-in-court-case-line = O que é verdade sobre a linha automática de processos do tribunal de imigração?
quiz-in-court-case-line-a = Ela é administrada por grupos de defesa dos imigrantes que estão do seu lado
quiz-in-court-case-line-b = Ela precisa do número A (A-Number), e é administrada pelo governo
quiz-in-court-case-line-c = Você pode usá-la sem o número A (A-Number)
quiz-in-court-case-line-why = Para ter informações sobre um processo, tenha à mão o número A (A-Number) da pessoa. A linha automática precisa dele. A linha é administrada pelo governo, não por grupos de defesa dos imigrantes.

quiz-in-court-lawyer = Você tem um processo no tribunal de imigração. O que você pode fazer para ter um advogado?
quiz-in-court-lawyer-a = Pedir para falar com um advogado, e se preparar para encontrar um por conta própria
quiz-in-court-lawyer-b = Esperar, porque o tribunal vai mandar um advogado gratuito para você
quiz-in-court-lawyer-c = Ir sem advogado, porque você não pode pedir um
quiz-in-court-lawyer-why = Você pode pedir para falar com um advogado. Nos processos de imigração, o governo geralmente não paga o seu advogado, então talvez você precise encontrar um por conta própria.

quiz-in-court-free-help = Onde você pode procurar ajuda jurídica gratuita para um processo de imigração?
quiz-in-court-free-help-a = Em lugar nenhum, porque ajuda jurídica custa dinheiro
quiz-in-court-free-help-b = Só depois que o seu processo terminar
quiz-in-court-free-help-c = Em diretórios on-line, e na lista de serviços jurídicos gratuitos do tribunal
quiz-in-court-free-help-why = Você pode pesquisar on-line em dois diretórios nacionais de serviços jurídicos gratuitos e de baixo custo. O tribunal de imigração também tem uma lista de serviços jurídicos gratuitos (pro bono). Se você está detido e não tem advogado, peça a lista aos agentes.

quiz-in-court-state-case = Você tem um processo criminal em um tribunal estadual da Califórnia. Isso pode fazer diferença para a imigração?
quiz-in-court-state-case-a = Não, os tribunais estaduais não têm nada a ver com imigração
quiz-in-court-state-case-b = Sim, alguns resultados podem prejudicar a sua situação, então pergunte a um advogado de imigração
quiz-in-court-state-case-c = Só se você falar de imigração no tribunal
quiz-in-court-state-case-why = Não pense que um processo em um tribunal estadual não tem nada a ver com imigração. Alguns resultados criminais podem prejudicar a sua situação. Pergunte a um advogado de imigração.

## Em uma escola ou hospital

quiz-school-hospital-records = Agentes pedem a uma escola da Califórnia informações sobre alunos. O que os agentes precisam ter primeiro?
quiz-school-hospital-records-a = Um mandado de um juiz
quiz-school-hospital-records-b = Um papel assinado por um agente do ICE
quiz-school-hospital-records-c = Nada, eles só precisam pedir
quiz-school-hospital-records-why = Pela AB 49, uma escola não pode dar aos agentes informações sobre alunos, famílias ou funcionários, a menos que os agentes tenham um mandado de um juiz. Um papel assinado por um agente do ICE, e não por um juiz, não é um mandado assinado por um juiz.

quiz-school-hospital-clinic-areas = Pela SB 81 da Califórnia, o que as clínicas e os hospitais devem fazer?
quiz-school-hospital-clinic-areas-a = Deixar os agentes entrarem em qualquer área que pedirem
quiz-school-hospital-clinic-areas-b = Manter os agentes fora só da sala de espera
quiz-school-hospital-clinic-areas-c = Manter os agentes fora das áreas não públicas sem um mandado de um juiz ou uma ordem judicial
quiz-school-hospital-clinic-areas-why = Clínicas e hospitais devem definir quais das suas áreas não são abertas ao público. Eles devem manter os agentes de imigração fora dessas áreas, a menos que os agentes tenham um mandado de um juiz ou uma ordem judicial.

quiz-school-hospital-emergency = Você precisa de atendimento médico de emergência na Califórnia, mas tem medo por causa da sua situação imigratória. O que você deve fazer?
quiz-school-hospital-emergency-a = Ficar em casa até ter documentos
quiz-school-hospital-emergency-b = Procurar o atendimento de emergência de que você precisa
quiz-school-hospital-emergency-c = Não procurar atendimento, porque ele depende da sua situação
quiz-school-hospital-emergency-why = Procure atendimento médico de emergência quando precisar. O procurador-geral da Califórnia (California Attorney General) diz que você pode receber atendimento médico de emergência qualquer que seja a sua situação imigratória.

quiz-school-hospital-with-warrant = Essas leis da Califórnia mantêm todos os agentes fora das escolas e dos hospitais?
quiz-school-hospital-with-warrant-a = Não, agentes com um mandado de um juiz ou uma ordem judicial ainda podem entrar
quiz-school-hospital-with-warrant-b = Sim, os agentes não podem entrar de jeito nenhum
quiz-school-hospital-with-warrant-c = Sim, a menos que os agentes estejam de uniforme
quiz-school-hospital-with-warrant-why = Não conte só com essas leis para manter os agentes longe. Agentes com um mandado assinado por um juiz, ou com uma ordem judicial, ainda podem entrar.

## Perto da fronteira

quiz-border-zone-checkpoint = Em um posto de controle da Border Patrol (Patrulha de Fronteira), os agentes fazem perguntas a você. O que você pode fazer?
quiz-border-zone-checkpoint-a = Você tem que responder, porque está perto da fronteira
quiz-border-zone-checkpoint-b = Manter a calma e as mãos à vista; você pode permanecer em silêncio
quiz-border-zone-checkpoint-c = Esconder as mãos e discutir com os agentes
quiz-border-zone-checkpoint-why = A Constituição continua valendo nos postos de controle da Border Patrol (Patrulha de Fronteira), incluindo o seu direito de não responder a perguntas. Mantenha a calma e mantenha as mãos onde os agentes possam vê-las. Se decidir permanecer em silêncio, diga isso em voz alta.

quiz-border-zone-car-search = Agentes da Border Patrol (Patrulha de Fronteira) querem fazer uma busca no seu carro. O que você deve fazer?
quiz-border-zone-car-search-a = Dizer "Eu não autorizo a busca no meu carro", e não lutar se fizerem a busca mesmo assim
quiz-border-zone-car-search-b = Autorizar a busca, porque perto da fronteira você não tem direitos
quiz-border-zone-car-search-c = Bloquear as portas do carro para que eles não possam fazer a busca
quiz-border-zone-car-search-why = Não autorize uma busca no seu carro. Dentro da zona de 100 milhas, a Border Patrol (Patrulha de Fronteira) precisa de um mandado ou de causa provável (probable cause) para fazer uma busca em um carro. Se fizerem a busca mesmo assim, não lute com eles.

quiz-border-zone-port-search = Você entra no país por um aeroporto. Os agentes podem fazer uma busca nas suas malas sem mandado?
quiz-border-zone-port-search-a = Não, eles precisam de um mandado primeiro
quiz-border-zone-port-search-b = Só se você não for cidadão dos Estados Unidos
quiz-border-zone-port-search-c = Sim, as buscas de rotina ali não precisam de mandado nem de motivo
quiz-border-zone-port-search-why = Aeroportos, passagens terrestres e portos marítimos são portos de entrada (ports of entry). Ali, os agentes não precisam de mandado nem de motivo para buscas de rotina, mesmo de cidadãos dos Estados Unidos e de portadores de green card. As regras de fronteira são complexas: se estiver preocupado, pergunte a um advogado antes de viajar.

quiz-border-zone-phone-password = Em um porto de entrada, um agente pede a senha do seu celular. O que é verdade?
quiz-border-zone-phone-password-a = Você tem que dar a senha, ou estará desrespeitando a lei
quiz-border-zone-phone-password-b = Você não precisa dar a senha, mas dizer não talvez não impeça a busca
quiz-border-zone-phone-password-c = Se você disser não, eles têm que devolver o seu celular na hora
quiz-border-zone-phone-password-why = Você não precisa dar a sua senha, mas dizer não talvez não impeça a busca. Se você não desbloquear um aparelho, os agentes podem ficar com ele por semanas. Um viajante que não é cidadão dos Estados Unidos nem portador de green card pode ter a entrada negada.

## Gravar os agentes

quiz-recording-right = Você pode gravar agentes de imigração trabalhando em um lugar público?
quiz-recording-right-a = Não, gravar agentes em público é contra a lei
quiz-recording-right-b = Sim, e você pode chegar tão perto quanto quiser
quiz-recording-right-c = Sim, de onde você tem permissão para estar, a uma distância segura
quiz-recording-right-why = Tribunais federais dizem que as pessoas têm o direito, pela Primeira Emenda, de gravar a polícia fazendo o seu trabalho em público, e a mesma ideia é usada para os agentes de imigração. Fique onde você tem permissão para estar, mantenha uma distância segura e não atrapalhe o trabalho deles.

quiz-recording-move-back = Enquanto você grava, um agente manda você se afastar. O que você deve fazer?
quiz-recording-move-back-a = Afastar-se e continuar gravando de mais longe
quiz-recording-move-back-b = Ficar onde está, porque você tem o direito de gravar
quiz-recording-move-back-c = Chegar mais perto para mostrar que está filmando
quiz-recording-move-back-why = Os agentes podem legalmente mandar você se afastar por segurança. Se você se recusar, pode ser preso. Você pode continuar gravando de mais longe.

quiz-recording-phone = Um agente pede para ver o seu celular e manda você apagar o seu vídeo. O que você pode fazer?
quiz-recording-phone-a = Você tem que desbloqueá-lo e apagar o vídeo
quiz-recording-phone-b = Você pode dizer não: você não precisa desbloqueá-lo nem apagar o seu vídeo
quiz-recording-phone-c = Lutar para ficar com o celular se eles o pegarem
quiz-recording-phone-why = A nossa fonte, um resumo de conselhos da Electronic Frontier Foundation, diz que, sem um mandado, os agentes não devem fazer busca no seu celular, obrigar você a apagar um vídeo nem obrigar você a desbloqueá-lo. Se os agentes levarem o seu celular mesmo assim, não lute com eles. Este ponto precisa ser verificado por um advogado para o seu próprio caso.

quiz-recording-camera = Para onde você deve apontar a câmera?
quiz-recording-camera-a = Para os agentes
quiz-recording-camera-b = Para a pessoa que os agentes estão detendo
quiz-recording-camera-c = Para qualquer lugar. Não faz diferença.
quiz-recording-camera-why = Aponte a câmera para os agentes, não para a pessoa que eles estão detendo. Isso protege a privacidade da pessoa que está sendo detida.

## Plano familiar

quiz-family-plan-numbers = Como você deve guardar os números de telefone de uma pessoa de confiança e de um advogado?
quiz-family-plan-numbers-a = Só no seu celular
quiz-family-plan-numbers-b = Decorar os números
quiz-family-plan-numbers-c = Você não precisa deles
quiz-family-plan-numbers-why = Decore esses números. Se você for detido, talvez não esteja com o seu celular.

quiz-family-plan-a-number = Se você tem um número A (A-Number), o que deve fazer com ele?
quiz-family-plan-a-number-a = Escondê-lo da sua família
quiz-family-plan-a-number-b = Nada, a sua família não vai precisar dele
quiz-family-plan-a-number-c = Saber qual é, e anotá-lo onde a sua família possa encontrá-lo
quiz-family-plan-a-number-why = Se você é adulto e for detido, a sua família pode procurar você no localizador de detidos on-line do ICE com o seu número A (A-Number) e o seu país de nascimento. A linha de processos do tribunal de imigração também pede o número A.

quiz-family-plan-pickup = Um dia você pode não conseguir pegar os seus filhos. O que você deve fazer agora?
quiz-family-plan-pickup-a = Nada. Alguém vai saber o que fazer.
quiz-family-plan-pickup-b = Decidir quem pode pegá-los, e escrever isso.
quiz-family-plan-pickup-c = Esperar acontecer, e então decidir.
quiz-family-plan-pickup-why = Decida quem pode pegar os seus filhos se você não puder, e escreva isso. Assim, as pessoas de confiança sabem o que fazer se você não voltar para casa.

quiz-family-plan-when = Quando você deve fazer um plano familiar?
quiz-family-plan-when-a = Quando os agentes chegarem à sua porta
quiz-family-plan-when-b = Quando você vir agentes na sua região
quiz-family-plan-when-c = Agora, antes que qualquer coisa aconteça
quiz-family-plan-when-why = Não espere os agentes chegarem para fazer um plano. Prepare a sua família antes que qualquer coisa aconteça.

quiz-family-plan-ct-guardian = Em Connecticut, como você pode nomear um tutor de reserva (standby guardian) para os seus filhos?
quiz-family-plan-ct-guardian-a = Só por meio de um advogado e de um tribunal
quiz-family-plan-ct-guardian-b = Com o kit do Family Preparedness Plan do estado, sem custo
quiz-family-plan-ct-guardian-c = Pagando uma taxa ao estado
quiz-family-plan-ct-guardian-why = Connecticut fez um kit do Family Preparedness Plan para os pais, para nomear um tutor de reserva caso você seja detido ou deportado. Você pode nomear um tutor de reserva sem advogado, sem tribunal e sem custo.

## Golpes

quiz-scams-who-advises = Quem pode dar orientação jurídica sobre imigração a você?
quiz-scams-who-advises-a = Um advogado licenciado, ou um representante credenciado pelo Departamento de Justiça dos Estados Unidos
quiz-scams-who-advises-b = Qualquer "notário" (notario)
quiz-scams-who-advises-c = Qualquer pessoa que preencha formulários de imigração
quiz-scams-who-advises-why = Só um advogado licenciado ou um representante credenciado pelo Departamento de Justiça dos Estados Unidos tem permissão para dar orientação jurídica de imigração.

quiz-scams-consultant = Um consultor que não é advogado oferece ajuda a você. O que ele pode fazer?
quiz-scams-consultant-a = Dizer o que você deve fazer no seu caso
quiz-scams-consultant-b = Só preencher formulários e traduzir
quiz-scams-consultant-c = Dar orientação jurídica se você pagar mais
quiz-scams-consultant-why = Um consultor que não é advogado só pode preencher formulários e traduzir. Ele não pode dizer o que você deve fazer no seu caso. Antes de pagar alguém, pergunte se a pessoa é advogado ou representante credenciado.

quiz-scams-text = Você recebe uma mensagem de texto dizendo que há um problema com a sua situação imigratória. O que você deve fazer?
quiz-scams-text-a = Pagar o que pedem, para resolver rápido
quiz-scams-text-b = Mandar as suas informações pessoais para eles poderem verificar
quiz-scams-text-c = Não dar dinheiro nem informações pessoais, e confirmar com o seu próprio advogado
quiz-scams-text-why = Se alguém ligar, mandar mensagem de texto ou e-mail sobre um problema com a sua situação imigratória, não dê dinheiro nem informações pessoais. O procurador-geral da Califórnia (California Attorney General) alerta as pessoas para não fazerem isso. Confirme com o seu próprio advogado.

quiz-scams-free-help = Na Califórnia, onde você pode encontrar grupos que dão ajuda jurídica de imigração gratuita?
quiz-scams-free-help-a = Em lugar nenhum, você tem que pagar por ajuda jurídica
quiz-scams-free-help-b = Nas listas do California Department of Social Services (departamento estadual de serviços sociais)
quiz-scams-free-help-c = Com um "notário" (notario), pagando uma taxa
quiz-scams-free-help-why = O estado da Califórnia paga organizações sem fins lucrativos para oferecerem serviços jurídicos de imigração gratuitos. O California Department of Social Services (departamento estadual de serviços sociais) publica listas de grupos que oferecem essa ajuda.

## Boatos e avistamentos

quiz-rumors-check = Você vê uma publicação dizendo que há agentes de imigração em uma loja perto de você. O que você deve fazer antes de compartilhá-la?
quiz-rumors-check-a = Compartilhar na hora, só por precaução
quiz-rumors-check-b = Confirmar se é verdade
quiz-rumors-check-c = Compartilhar agora e confirmar depois
quiz-rumors-check-why = Antes de compartilhar notícias sobre agentes de imigração, confirme se são verdadeiras. Uma publicação que ninguém verificou pode estar errada e pode espalhar medo.

quiz-rumors-call = Você vê agentes de imigração perto de você. O que é bom fazer?
quiz-rumors-call-a = Publicar nas redes na hora
quiz-rumors-call-b = Não contar a ninguém, porque ninguém recebe esses avisos
quiz-rumors-call-c = Ligar para a linha de resposta rápida do seu condado
quiz-rumors-call-why = As linhas de resposta rápida recebem avisos sobre agentes de imigração por perto e ajudam quem precisa. Ligue para a linha em vez de publicar. Você pode encontrá-la no localizador de ajuda deste aplicativo.

quiz-rumors-document = Você vê agentes e quer guardar um registro. Como você deve fazer isso?
quiz-rumors-document-a = Se for seguro, gravar ou anotar o que você vê, e manter distância
quiz-rumors-document-b = Chegar perto para o vídeo ficar nítido
quiz-rumors-document-c = Ficar no caminho dos agentes para que eles tenham que parar
quiz-rumors-document-why = Um registro do que aconteceu pode ajudar depois. Faça isso só se for seguro, e mantenha distância. Atrapalhar os agentes pode fazer você ser preso.

quiz-rumors-numbers = De onde devem vir os números de ajuda que você compartilha?
quiz-rumors-numbers-a = De uma publicação de alguém que você não conhece
quiz-rumors-numbers-b = De uma fonte de confiança, como a sua rede local de resposta rápida
quiz-rumors-numbers-c = Do número do Departamento de Segurança Interna (DHS) para denunciar pessoas ao ICE
quiz-rumors-numbers-why = Compartilhe só números de ajuda que venham de uma fonte de confiança, como a sua rede local de resposta rápida. O Departamento de Segurança Interna (DHS) tem um número para o público denunciar pessoas ao ICE. Não é uma linha de ajuda.
