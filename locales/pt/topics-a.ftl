# Mais situações: verificar um mandado, no trabalho, preso pela polícia, em uma cadeia local,
# detido pelo ICE. Palavras simples, frases curtas, uma ação por passo.

## Verificar um mandado

warrant-check-title = Como verificar um mandado
warrant-check-summary = Os agentes dizem que têm um mandado. Veja como verificar o papel.

warrant-check-keep-door-closed-do = Mantenha a porta fechada enquanto verifica. Peça aos agentes que passem o mandado por baixo da porta ou que o mostrem pela janela.
warrant-check-keep-door-closed-say = Por favor, passem o mandado por baixo da porta ou mostrem pela janela.
warrant-check-keep-door-closed-why = Abrir a porta não dá a eles autorização para entrar. Mas é mais seguro ler o papel com a porta fechada. Se você não consegue ler, pode pedir um intérprete.

warrant-check-who-signed-do = Veja quem assinou o papel. Um mandado de um juiz vem de um tribunal, como um U.S. District Court (tribunal federal) ou um California Superior Court (tribunal estadual). Quem o assina é um juiz.
warrant-check-who-signed-why = A Constituição protege todas as pessoas nos Estados Unidos, qualquer que seja a situação imigratória delas. Grupos de defesa dos imigrantes dizem que, sem um mandado assinado por um juiz, os agentes precisam da sua autorização para entrar na sua casa.

warrant-check-ice-forms-do = Se o papel é um formulário do ICE ou do Departamento de Segurança Interna (DHS), como o Formulário I-200 ou o Formulário I-205, ele não é um mandado assinado por um juiz. Mantenha a porta fechada e não autorize a entrada deles.
warrant-check-ice-forms-say = Este papel não está assinado por um juiz. Eu não autorizo que vocês entrem na minha casa.
warrant-check-ice-forms-why = Quem assina esses formulários é um agente do ICE, não um juiz. Grupos de defesa dos imigrantes dizem que eles não permitem que os agentes entrem na sua casa sem a sua autorização. Mas, desde 2025, o ICE diz que os seus agentes podem entrar à força com o Formulário I-205 para prender uma pessoa que tenha uma ordem final de deportação. Os tribunais estão analisando contestações a essa afirmação. Se os agentes entrarem à força, não lute com eles nem os bloqueie.

warrant-check-check-details-do = Se um juiz assinou, confira os detalhes. Um mandado de busca deve mostrar o seu endereço correto. Um mandado de prisão deve ter o nome de uma pessoa que realmente mora aqui. Procure a assinatura do juiz.
warrant-check-check-details-why = Um mandado de busca permite que os agentes façam uma busca no endereço que está nele, não importa quem more lá. Um mandado de prisão não permite que os agentes entrem na casa de outra pessoa para procurar a pessoa cujo nome está nele: para isso, eles precisam de um mandado de busca. Se um mandado de busca mostra outro endereço, ou se um mandado de prisão não tem o nome de ninguém que mora aqui, você não precisa abrir a porta.

warrant-check-check-the-date-do = Olhe a data do mandado.
warrant-check-check-the-date-why = Um mandado pode ser antigo demais para ser usado. Quanto tempo é antigo demais é uma pergunta para um advogado. Se tiver dúvida, pergunte a um.

warrant-check-search-or-arrest-do = Leia que tipo de mandado é: um mandado de busca ou um mandado de prisão.
warrant-check-search-or-arrest-why = Um mandado de busca permite que os agentes entrem no endereço que está nele, não importa quem more lá, mas eles só podem fazer a busca nos lugares e nas coisas que ele cita. Um mandado de prisão permite que os agentes entrem na casa da pessoa cujo nome está nele, se acreditarem que essa pessoa está lá dentro.

warrant-check-stay-silent-do = Mesmo que o mandado seja válido e os agentes entrem, você ainda pode permanecer em silêncio. Se decidir fazer isso, diga em voz alta.
warrant-check-stay-silent-why = Um mandado permite que os agentes entrem. Ele não obriga você a responder às perguntas deles. O que você disser pode ser usado contra você no tribunal.

warrant-check-dont-open-to-read = Não abra a porta para ler o mandado.
warrant-check-dont-take-their-word = Não abra a porta só porque os agentes dizem que têm um mandado. Às vezes os agentes dizem que têm um quando não têm, ou dizem que são policiais. Veja o papel primeiro.

## No trabalho

at-work-title = Agentes no seu trabalho
at-work-summary = Agentes de imigração vêm ao lugar onde você trabalha.

at-work-know-the-areas-do = Saiba onde os agentes podem ir. O ICE pode entrar nas áreas públicas de uma empresa, como o salão de um restaurante, a recepção ou o estacionamento, sem pedir.
at-work-know-the-areas-why = Estar em uma área pública não permite, por si só, que os agentes detenham, interroguem ou prendam alguém. Para entrar em áreas que não são públicas, como a cozinha, um escritório ou salas só para funcionários, eles precisam da autorização do empregador ou de um mandado assinado por um juiz.

at-work-ask-if-free-do = Se um agente se aproximar de você, pergunte se você está livre para ir embora ou para voltar ao trabalho. Se a resposta for sim, diga que não quer conversar. Depois volte ao trabalho ou vá embora com calma.
at-work-ask-if-free-say = Estou livre para ir embora ou para voltar ao trabalho?

at-work-stay-where-you-are-do = Se os agentes mandarem os trabalhadores se dividirem em grupos por situação imigratória, você pode ficar onde está.
at-work-stay-where-you-are-why = Ir para um desses grupos é uma forma de dizer a eles qual é a sua situação. Você não precisa dizer a eles qual é a sua situação.

at-work-papers-do = Se você tem documentos de imigração válidos, como um green card ou uma permissão de trabalho, mostre-os só se um agente de imigração pedir. Nunca mostre documentos falsos.
at-work-papers-why = A lei federal diz que as pessoas que têm esses documentos devem carregá-los e mostrá-los aos agentes de imigração que pedirem. Você ainda pode permanecer em silêncio sobre todo o resto.

at-work-employer-rules-do = Saiba o que a Califórnia exige do seu empregador. Por uma lei chamada AB 450, o seu empregador não pode decidir deixar agentes de imigração entrarem em áreas que não são públicas sem um mandado assinado por um juiz. O seu empregador também não pode deixá-los ver ou levar registros dos trabalhadores sem um mandado assinado por um juiz, uma intimação (subpoena) ou um aviso federal de inspeção.
at-work-employer-rules-why = Um formulário do ICE, como o Formulário I-200 ou o Formulário I-205, não basta por esta lei. Mas a lei obriga os empregadores, não o ICE. Com um mandado assinado por um juiz, os agentes ainda podem entrar. Você continua com os seus próprios direitos de qualquer forma. Um empregador que desrespeita esta lei pode levar multa de US$2.000 a US$10.000 por cada infração.

at-work-records-notice-do = Se o ICE der ao seu empregador um aviso de que vai inspecionar os registros dos trabalhadores, como os formulários I-9, o seu empregador deve colocar um aviso para os trabalhadores em até 72 horas.
at-work-records-notice-why = A AB 450 diz que o aviso deve estar no idioma que o seu empregador costuma usar com os trabalhadores. Os trabalhadores afetados pela inspeção também têm direito de receber os resultados dela.

at-work-dont-consent-to-search = Não autorize uma busca. Você pode dizer em voz alta: Eu não autorizo nenhuma busca.

## Preso pela polícia

arrested-title = Preso pela polícia
arrested-summary = A polícia local ou os policiais do xerife (deputies) prendem você.

arrested-ask-for-lawyer-do = Peça um advogado. Não decida nada antes de falar com um.
arrested-ask-for-lawyer-say = Quero falar com um advogado.
arrested-ask-for-lawyer-why = O que você disser pode ser usado contra você no tribunal criminal e no tribunal de imigração.

arrested-phone-calls-do = Peça para fazer as suas ligações. Na Califórnia, você pode fazer pelo menos 3 ligações que se completem. Você tem direito a elas logo depois do fichamento na cadeia (booking), e no máximo 3 horas depois da sua prisão, a menos que isso seja fisicamente impossível.
arrested-phone-calls-say = Quero fazer as minhas ligações.
arrested-phone-calls-why = A seção 851.5 do California Penal Code (Código Penal da Califórnia) garante essas ligações a você. As ligações dentro da área local são gratuitas. Um policial que nega essas ligações de propósito está desrespeitando a lei.

arrested-whom-to-call-do = Use as suas ligações para falar com um advogado ou defensor público, com um agente de fiança (bail bond agent) e com um familiar ou outra pessoa.
arrested-whom-to-call-why = A polícia não pode ouvir nem gravar a sua ligação para um advogado. Talvez você não esteja com o seu celular, então decore os números de um advogado e de uma pessoa de confiança antes de precisar deles.

arrested-child-care-calls-do = Se você é pai ou mãe e tem a guarda de uma criança, diga isso. Peça mais 2 ligações gratuitas para organizar quem vai cuidar da criança.
arrested-child-care-calls-say = Sou pai ou mãe de uma criança. Preciso das minhas ligações extras para organizar quem vai cuidar dela.
arrested-child-care-calls-why = A lei da Califórnia dá aos pais que têm a guarda de uma criança 2 ligações gratuitas extras para organizar o cuidado da criança.

arrested-tell-your-needs-do = Diga ao policial se você é pai ou mãe de uma criança, ou a principal pessoa que cuida dela. Diga também se você tem necessidades médicas.
arrested-tell-your-needs-why = Você pode dizer isso. Pode ajudar a garantir que a criança seja cuidada e que as suas necessidades de saúde sejam conhecidas.

arrested-dont-resist = Não fuja da polícia nem lute com ela, mesmo que você ache que a prisão está errada.
arrested-dont-answer-status-questions = Não responda a perguntas sobre onde você nasceu, qual é a sua situação imigratória ou como chegou aos Estados Unidos. Em geral, a polícia da Califórnia não pode perguntar sobre a sua situação para ajudar a fiscalização de imigração.

## Detido em uma cadeia local

in-jail-title = Detido em uma cadeia local
in-jail-summary = Você está detido em uma cadeia da cidade ou do condado, e o ICE pode querer falar com você ou levar você.

in-jail-consent-form-do = Antes que o ICE possa entrevistar você em uma cadeia local, a cadeia deve lhe dar um formulário por escrito. Leia. Se você não entender, diga que precisa de um intérprete.
in-jail-consent-form-why = O TRUTH Act da Califórnia exige esse formulário. Ele deve explicar para que serve a entrevista, que ela é voluntária e que você pode dizer não ou ter o seu advogado presente. O formulário existe em inglês, espanhol, chinês, tagalo, vietnamita e coreano, e em alguns condados em outros idiomas também.

in-jail-refuse-interview-do = Você pode dizer não à entrevista com o ICE. Ou pode dizer que só vai falar com o seu advogado presente.
in-jail-refuse-interview-say = Eu não aceito uma entrevista com o ICE sem a presença do meu advogado.
in-jail-refuse-interview-why = A entrevista é voluntária. O que você disser ao ICE pode ser usado contra você no tribunal de imigração.

in-jail-ask-for-copy-do = Pergunte se a cadeia recebeu um pedido de retenção do ICE (ICE hold), um pedido de aviso ou um pedido de transferência sobre você. Se recebeu, peça uma cópia. Pergunte se a cadeia vai fazer o que o ICE pede.
in-jail-ask-for-copy-say = O ICE mandou algum pedido de retenção ou outro pedido sobre mim? Por favor, me dê uma cópia.
in-jail-ask-for-copy-why = O TRUTH Act diz que a cadeia deve lhe dar uma cópia de qualquer pedido desse tipo e dizer se pretende cumpri-lo. Se a cadeia informar ao ICE a data da sua soltura, ela também deve informar você por escrito, e informar o seu advogado ou uma outra pessoa que você escolher.

in-jail-hold-is-a-request-do = Saiba que um pedido de retenção do ICE (ICE hold) é um pedido do ICE. Não é uma ordem de um juiz.
in-jail-hold-is-a-request-why = Pela SB 54 da Califórnia, uma cadeia local não pode manter você depois do seu horário de soltura porque o ICE pediu. Mas, se você tem certas condenações graves, como alguns crimes graves ou violentos (felonies), a cadeia ainda pode avisar o ICE quando você será solto ou entregar você ao ICE. Ela também pode entregar você se houver um mandado assinado por um juiz. Essas leis limitam a polícia e as cadeias locais, não os agentes do ICE.

in-jail-state-prison-do = Se você está em uma prisão estadual, e não em uma cadeia da cidade ou do condado, as regras são diferentes. A SB 54 não se aplica às prisões estaduais.
in-jail-state-prison-why = As prisões estaduais ainda podem avisar o ICE sobre pessoas que estão saindo da prisão e combinar a entrega delas ao ICE. Mas uma prisão estadual ainda deve lhe dar um formulário antes de uma entrevista com o ICE, e cópias dos pedidos do ICE sobre você.

in-jail-dont-think-you-must-talk = Não pense que você tem a obrigação de falar com o ICE em uma cadeia local. A entrevista é uma escolha sua.

## Detido pelo ICE

ice-detention-title = Detido pelo ICE
ice-detention-summary = O ICE está mantendo você em detenção migratória.

ice-detention-free-legal-help-do = Se você não tem advogado, peça aos agentes a lista de serviços jurídicos gratuitos (pro bono).
ice-detention-free-legal-help-say = Eu não tenho advogado. Por favor, me deem a lista de serviços jurídicos gratuitos.
ice-detention-free-legal-help-why = Nos processos de imigração, o governo geralmente não paga o seu advogado. Os grupos da lista dão ajuda jurídica de graça.

ice-detention-consulate-do = Você pode pedir para entrar em contato com o consulado do seu país, ou pedir a um agente que avise o consulado de que você está detido.
ice-detention-consulate-say = Quero entrar em contato com o meu consulado.
ice-detention-consulate-why = Você pode pedir isso quando o ICE mantém você detido. A escolha é sua.

ice-detention-careful-on-the-phone-do = Nos telefones do centro de detenção, não fale sobre a sua situação imigratória nem sobre onde você nasceu.
ice-detention-careful-on-the-phone-why = As ligações nos telefones do centro de detenção podem ser ouvidas.

ice-detention-family-can-find-you-do = A sua família pode procurar você no localizador de detidos on-line do ICE (Online Detainee Locator), um site (o link junto a este passo). Ele encontra pessoas de 18 anos ou mais.
ice-detention-family-can-find-you-why = Para procurar, eles precisam do seu número A (A-Number) e do seu país de nascimento, ou do seu nome e do seu país de nascimento. O nome tem que ser exatamente igual ao dos registros do ICE.

ice-detention-a-number-do = Se você tem um número A (A-Number), garanta que a sua família o conheça.
ice-detention-a-number-why = O tribunal de imigração tem uma linha telefônica automática com informações sobre o seu processo, e ela pede o seu número A. Essa linha é administrada pelo governo. Ela não é alguém do seu lado para ajudar você.

ice-detention-dont-decide-alone = Não aceite a saída voluntária (voluntary departure), nem decida nada mais sobre o seu processo, antes de falar com um advogado.
