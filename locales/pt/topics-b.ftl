# Situações 9 a 15. Palavras simples, frases curtas, uma ação por passo.
# Nunca coloque um número de telefone em uma mensagem.

## No tribunal

in-court-title = Ir ao tribunal
in-court-summary = Você tem um processo em um tribunal estadual ou no tribunal de imigração.

in-court-state-court-do = Saiba que um tribunal estadual da Califórnia não decide a sua situação imigratória.
in-court-state-court-why = Mesmo assim, o que acontece em um processo em um tribunal estadual pode fazer diferença no seu processo de imigração. Alguns resultados podem ajudar você. Outros podem prejudicar você.

in-court-ask-immigration-lawyer-do = Se você tem um processo em um tribunal estadual, converse sobre ele também com um advogado de imigração.
in-court-ask-immigration-lawyer-why = Algumas questões de tribunais estaduais podem ajudar, como as decisões de SIJS (Special Immigrant Juvenile Status) para jovens, ou questões de vítimas de crimes. Alguns resultados de um processo criminal podem prejudicar a sua situação imigratória.

in-court-case-information-do = Para ter informações sobre um processo no tribunal de imigração, tenha à mão o número A (A-Number) da pessoa. A linha automática de processos do tribunal está no localizador de ajuda deste aplicativo.
in-court-case-information-why = A linha automática precisa do número A. A linha é administrada pelo governo, não por grupos de defesa dos imigrantes.

in-court-ask-for-lawyer-do = Você pode pedir para falar com um advogado.
in-court-ask-for-lawyer-say = Quero falar com um advogado.
in-court-ask-for-lawyer-why = Nos processos de imigração, o governo geralmente não paga o seu advogado. Talvez você precise encontrar um por conta própria.

in-court-free-legal-help-do = Procure ajuda jurídica gratuita. Você pode pesquisar on-line em dois diretórios nacionais de serviços jurídicos gratuitos e de baixo custo (os links junto a este passo). O tribunal de imigração também tem uma lista de serviços jurídicos gratuitos (pro bono).
in-court-free-legal-help-why = Essas listas podem ajudar você a encontrar ajuda jurídica gratuita. Se você está detido e não tem advogado, peça aos agentes a lista de serviços jurídicos gratuitos.

in-court-dont-ignore-state-case = Não pense que um processo em um tribunal estadual não tem nada a ver com imigração. Alguns resultados criminais podem prejudicar a sua situação. Pergunte a um advogado de imigração.

## Em uma escola ou hospital

school-hospital-title = Em uma escola ou hospital
school-hospital-summary = Agentes de imigração vêm a uma escola, a uma clínica ou a um hospital.

school-hospital-school-private-areas-do = Conheça a lei das escolas. Agentes de imigração não podem entrar nas partes de uma escola que não são abertas ao público, a menos que mostrem um documento de identidade válido e um mandado, uma intimação (subpoena) ou uma ordem de um juiz ou de um tribunal.
school-hospital-school-private-areas-why = Esta lei da Califórnia se chama AB 49. Ela foi assinada em 20 de setembro de 2025.

school-hospital-school-records-do = Saiba que uma escola não pode dar aos agentes informações sobre alunos, famílias ou funcionários, a menos que os agentes tenham um mandado de um juiz.
school-hospital-school-records-why = A AB 49 também protege essas informações. Um papel assinado por um agente do ICE, e não por um juiz, não é um mandado assinado por um juiz.

school-hospital-school-notice-do = Fique de olho nas mensagens da escola do seu filho. Quando uma escola confirma que há agentes de imigração no campus, ela deve avisar os pais, os alunos e os funcionários.
school-hospital-school-notice-why = Esta lei da Califórnia se chama SB 98. As escolas tinham que incluir esse passo nos seus planos de segurança até 1º de março de 2026. A regra vale até 1º de janeiro de 2031.

school-hospital-health-private-areas-do = Conheça a lei da saúde. Clínicas e hospitais devem definir quais das suas áreas não são abertas ao público. Eles devem manter os agentes de imigração fora dessas áreas, a menos que os agentes tenham um mandado de um juiz ou uma ordem judicial.
school-hospital-health-private-areas-why = Esta lei da Califórnia se chama SB 81. Ela também trata a sua situação imigratória como parte do seu prontuário médico.

school-hospital-emergency-care-do = Procure atendimento médico de emergência quando precisar.
school-hospital-emergency-care-why = O procurador-geral da Califórnia (California Attorney General) diz que você pode receber atendimento médico de emergência qualquer que seja a sua situação imigratória.

school-hospital-dont-public-areas = Não pense que essas leis valem para todas as partes de uma escola ou hospital. Elas tratam das áreas que não são abertas ao público.
school-hospital-dont-count-on-agents = Não conte só com essas leis para manter os agentes longe. Agentes com um mandado assinado por um juiz, ou com uma ordem judicial, ainda podem entrar.
school-hospital-dont-skip-care = Não deixe de procurar atendimento de emergência por causa da sua situação imigratória.

## Perto da fronteira

border-zone-title = Perto da fronteira
border-zone-summary = Postos de controle da Border Patrol (Patrulha de Fronteira), e aeroportos ou passagens de fronteira onde você entra no país.

border-zone-hundred-mile-zone-do = Saiba que os agentes de fronteira dizem ter poderes extras a até 100 milhas de qualquer fronteira dos Estados Unidos, incluindo o litoral. A maioria das grandes cidades da Califórnia fica nessa zona.
border-zone-hundred-mile-zone-why = Uma lei federal, 8 U.S.C. §1357(a)(3), permite que esses agentes atuem a uma "distância razoável" da fronteira, e uma regra federal fixa essa distância em 100 milhas em linha reta. A Constituição continua protegendo você dentro dessa zona. As nossas fontes para isso são cópias de um informativo da ACLU, não a própria página da ACLU, e as regras de fronteira são complexas: pergunte a um advogado sobre a sua situação.

border-zone-checkpoint-silent-do = Em um posto de controle da Border Patrol (Patrulha de Fronteira), mantenha a calma e mantenha as mãos onde os agentes possam vê-las. Você pode permanecer em silêncio. Se decidir fazer isso, diga em voz alta.
border-zone-checkpoint-silent-why = A Border Patrol (Patrulha de Fronteira) pode manter postos de controle de imigração. Mas a Constituição continua valendo ali, incluindo o seu direito de não responder a perguntas.

border-zone-papers-do = Em um posto de controle, ou em qualquer lugar perto da fronteira, se você tem documentos de imigração válidos, como um green card ou uma permissão de trabalho, leve-os com você e mostre-os aos agentes de imigração que pedirem. Se você não tem documentos, pode permanecer em silêncio. Não minta e nunca mostre documentos falsos ou de outro país.
border-zone-papers-why = A lei federal diz que os adultos que receberam esses documentos devem carregá-los. Não carregá-los é um delito federal leve (misdemeanor). Desde 2025, a Customs and Border Protection (CBP, a agência de alfândega e proteção de fronteiras) vem lembrando as pessoas dessa regra. As nossas fontes para os detalhes são páginas de escritórios de advocacia e reportagens: pergunte a um advogado o que isso significa para os seus documentos.

border-zone-refuse-search-do = Não autorize uma busca no seu carro. Se fizerem a busca mesmo assim, não lute com eles.
border-zone-refuse-search-say = Eu não autorizo a busca no meu carro.
border-zone-refuse-search-why = Dentro da zona, a Border Patrol (Patrulha de Fronteira) precisa de uma suspeita razoável (reasonable suspicion) de uma infração de imigração ou de um crime para mandar um carro parar. Para fazer uma busca em um carro, ela precisa de um mandado ou de causa provável (probable cause).

border-zone-ports-of-entry-do = Quando você entra no país por um aeroporto, uma passagem terrestre ou um porto marítimo, conte com a possibilidade de os agentes fazerem uma busca nas suas malas e no seu carro.
border-zone-ports-of-entry-why = Esses lugares se chamam portos de entrada (ports of entry). Ali, os agentes não precisam de mandado nem de motivo para buscas de rotina, mesmo de cidadãos dos Estados Unidos e de portadores de green card. As regras são muito diferentes das abordagens dentro do país. As regras de fronteira são complexas: se estiver preocupado, pergunte a um advogado antes de viajar.

border-zone-phones-laptops-do = Conheça as regras para celulares e laptops em um porto de entrada. Os agentes dizem que podem fazer uma busca neles sem mandado. Você não precisa dar a sua senha.
border-zone-phones-laptops-why = Dizer não talvez não impeça a busca. Se você não desbloquear um aparelho, os agentes podem ficar com ele por semanas. Um viajante que não é cidadão dos Estados Unidos nem portador de green card pode ter a entrada negada.

border-zone-lawyer-at-port-do = Se você é cidadão dos Estados Unidos, pode pedir um advogado enquanto os agentes interrogam você em um porto de entrada.
border-zone-lawyer-at-port-say = Quero falar com um advogado.
border-zone-lawyer-at-port-why = Portadores de green card e de visto geralmente não têm direito a um advogado durante essa verificação, a menos que ela se torne uma questão criminal. As regras de fronteira são complexas. Estas são informações gerais: pergunte a um advogado de imigração antes de viajar.

border-zone-dont-no-rights = Não pense que você perde os seus direitos perto da fronteira. A Constituição continua valendo na zona de 100 milhas.

## Gravar os agentes

recording-title = Gravar os agentes
recording-summary = Você vê agentes de imigração trabalhando em um lugar público e quer gravá-los.

recording-right-to-record-do = Você pode gravar agentes em um lugar público. Fique onde você tem permissão para estar. Mantenha uma distância segura. Não atrapalhe o trabalho deles.
recording-right-to-record-why = Tribunais federais, incluindo o tribunal de apelação que abrange a Califórnia, dizem que as pessoas têm o direito, pela Primeira Emenda, de gravar a polícia fazendo o seu trabalho em público. A mesma ideia é usada para os agentes de imigração.

recording-know-the-risk-do = Conheça o risco antes de gravar. Há pessoas que foram presas enquanto filmavam agentes.
recording-know-the-risk-why = A ProPublica, uma organização de jornalismo, contou pelo menos 130 pessoas presas por supostamente atrapalhar agentes ou por filmá-los. O Departamento de Segurança Interna (DHS) já chamou a gravação de agentes de "doxing", uma palavra para a exposição de informações privadas das pessoas.

recording-move-back-do = Se um agente mandar você se afastar, obedeça. Você pode continuar gravando de mais longe.
recording-move-back-why = Os agentes podem legalmente mandar você se afastar por segurança. Se você se recusar, pode ser preso.

recording-protect-phone-do = Se um agente pedir para ver o seu celular, você pode dizer não. Você não precisa desbloqueá-lo nem apagar o seu vídeo.
recording-protect-phone-say = Eu não autorizo a busca no meu celular.
recording-protect-phone-why = A nossa fonte, um resumo de conselhos da Electronic Frontier Foundation, diz que, sem um mandado, os agentes não devem fazer busca no seu celular, obrigar você a apagar um vídeo nem obrigar você a desbloqueá-lo. Este ponto precisa ser verificado por um advogado para o seu próprio caso. Se os agentes levarem o seu celular mesmo assim, não lute com eles.

recording-write-details-do = Anote a data, a hora e o lugar. Anote os nomes dos agentes, os números dos distintivos, os veículos e as placas.
recording-write-details-why = Esses detalhes criam um registro claro do que aconteceu e de quem estava lá.

recording-focus-on-agents-do = Aponte a câmera para os agentes, não para a pessoa que eles estão detendo.
recording-focus-on-agents-why = Isso protege a privacidade da pessoa que está sendo detida.

recording-dont-interfere = Não toque nos agentes, não os bloqueie e não atrapalhe o trabalho deles enquanto grava.
recording-dont-ignore-orders = Não se recuse a obedecer a uma ordem de se afastar. Em vez disso, continue gravando de uma distância segura.
recording-dont-delete-footage = Não desbloqueie o seu celular nem apague o seu vídeo porque um agente mandou.

## Plano familiar

family-plan-title = Faça um plano familiar
family-plan-summary = Prepare a sua família antes que qualquer coisa aconteça.

family-plan-memorize-numbers-do = Decore os números de telefone de uma pessoa de confiança e de um advogado.
family-plan-memorize-numbers-why = Se você for detido, talvez não esteja com o seu celular.

family-plan-children-pickup-do = Decida quem pode pegar os seus filhos se você não puder. Escreva isso.
family-plan-children-pickup-why = Assim, as pessoas de confiança sabem o que fazer se você não voltar para casa.

family-plan-documents-do = Guarde os seus documentos importantes em um só lugar, onde as pessoas de confiança possam pegá-los.
family-plan-documents-why = A sua família pode precisar desses documentos rapidamente se algo acontecer com você.

family-plan-a-number-do = Se você tem um número A (A-Number), saiba qual é. Anote-o onde a sua família possa encontrá-lo.
family-plan-a-number-why = Se você é adulto e for detido, a sua família pode procurar você no localizador de detidos on-line do ICE com o seu número A e o seu país de nascimento. A linha de processos do tribunal de imigração também pede o número A.

family-plan-tell-officer-parent-do = Se você for preso ou detido, diga ao agente se você é pai ou mãe de uma criança, ou a principal pessoa que cuida dela. Diga também se você tem necessidades médicas.
family-plan-tell-officer-parent-say = Sou pai ou mãe de uma criança e sou a principal pessoa que cuida dela.
family-plan-tell-officer-parent-why = Você pode dizer isso aos agentes. Se a polícia local da Califórnia prender você, um pai ou uma mãe que tem a guarda recebe mais duas ligações gratuitas para organizar o cuidado dos filhos.

family-plan-plan-form-do = Preencha um formulário de plano familiar. O ILRC Family Preparedness Plan existe em inglês, espanhol, tagalo, vietnamita e chinês tradicional.
family-plan-plan-form-why = Um plano escrito, em um só lugar, é mais fácil de compartilhar com as pessoas de confiança.

family-plan-dont-wait = Não espere os agentes chegarem para fazer um plano.
family-plan-dont-rely-on-phone = Não guarde os números importantes só no seu celular. Talvez você não esteja com ele se for detido.

## Golpes

scams-title = Golpes de imigração
scams-summary = Alguém oferece ajuda de imigração a você, ou diz que há um problema com a sua situação.

scams-real-lawyer-do = Só aceite orientação jurídica sobre imigração de um advogado licenciado ou de um representante credenciado pelo Departamento de Justiça dos Estados Unidos.
scams-real-lawyer-why = Só eles têm permissão para dar orientação jurídica de imigração.

scams-consultants-do = Cuidado com "notários" (notarios) e consultores de imigração. Antes de pagar alguém, pergunte se a pessoa é advogado ou representante credenciado.
scams-consultants-why = Um consultor que não é advogado só pode preencher formulários e traduzir. Ele não pode dizer o que você deve fazer no seu caso.

scams-calls-and-texts-do = Se alguém ligar, mandar mensagem de texto ou e-mail dizendo que há um problema com a sua situação imigratória, não dê dinheiro nem informações pessoais.
scams-calls-and-texts-say = Não vou dar dinheiro nem informações pessoais. Vou confirmar com o meu próprio advogado.
scams-calls-and-texts-why = O procurador-geral da Califórnia (California Attorney General) alerta as pessoas para não fazerem isso.

scams-free-help-do = Procure ajuda jurídica gratuita. O California Department of Social Services (departamento estadual de serviços sociais) publica listas de grupos que oferecem essa ajuda.
scams-free-help-why = O estado da Califórnia paga organizações sem fins lucrativos para oferecerem serviços jurídicos de imigração gratuitos.

scams-dont-pay-for-advice = Não pague um "notário" (notario) nem um consultor por orientação jurídica sobre o seu caso de imigração.
scams-dont-share-details = Não dê dinheiro nem informações pessoais a ninguém que entre em contato com você sobre um problema com a sua situação. Em vez disso, pergunte a um advogado de confiança.

## Boatos e avistamentos

rumors-title = Boatos e avistamentos
rumors-summary = Você ouve dizer que há agentes de imigração por perto, ou você os vê pessoalmente.

rumors-check-first-do = Antes de compartilhar notícias sobre agentes de imigração, confirme se são verdadeiras.
rumors-check-first-why = Uma publicação que ninguém verificou pode estar errada e pode espalhar medo.

rumors-call-rapid-response-do = Se você vir agentes de imigração, ligue para a linha de resposta rápida do seu condado em vez de publicar nas redes. Você pode encontrar a linha no localizador de ajuda deste aplicativo.
rumors-call-rapid-response-why = As linhas de resposta rápida recebem avisos sobre agentes de imigração por perto e ajudam quem precisa.

rumors-document-safely-do = Se for seguro, grave ou anote o que você vê. Mantenha distância.
rumors-document-safely-why = Um registro do que aconteceu pode ajudar depois. Atrapalhar os agentes pode fazer você ser preso.

rumors-stay-silent-do = Se os agentes interrogarem você enquanto você observa, você pode permanecer em silêncio. Se decidir fazer isso, diga em voz alta.

rumors-right-numbers-do = Compartilhe só números de ajuda que venham de uma fonte de confiança, como a sua rede local de resposta rápida.
rumors-right-numbers-why = O Departamento de Segurança Interna (DHS) tem um número para o público denunciar pessoas ao ICE. Não é uma linha de ajuda.

rumors-dont-post-unchecked = Não publique avistamentos de agentes de imigração que ninguém verificou.
rumors-dont-share-tip-line = Não compartilhe o número do DHS para denunciar pessoas ao ICE como se fosse um número de ajuda.
rumors-dont-interfere = Não atrapalhe os agentes nem tente impedi-los.
