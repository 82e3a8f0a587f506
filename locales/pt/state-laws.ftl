# Leis de outros estados sobre cooperação com a fiscalização de imigração (content/state-laws.toml):
# o nome usual de cada lei e o que ela significa para uma pessoa.

law-il-trust-act-name = Illinois TRUST Act
law-il-trust-act-summary = A polícia de Illinois não pode manter você na cadeia só porque o ICE mandou um pedido de retenção ou um mandado de imigração que nenhum juiz assinou. Ela também não pode parar, deter ou prender você por causa da sua situação imigratória. A lei não impede a polícia de compartilhar informações com órgãos federais, e foi ampliada em 2021 pelo Way Forward Act.

law-il-way-forward-act-name = Illinois Way Forward Act (SB 667)
law-il-way-forward-act-summary = Esta lei de 2021 ampliou o Illinois TRUST Act e obrigou os governos locais a encerrar, até 1º de janeiro de 2022, os seus contratos para manter pessoas em detenção migratória. O Departamento de Justiça dos Estados Unidos processou Illinois por causa das suas leis de santuário, e esse processo foi arquivado em julho de 2025.

law-ny-protect-our-courts-act-name = New York Protect Our Courts Act
law-ny-protect-our-courts-act-summary = O ICE e outros agentes não podem fazer uma prisão civil de você no caminho para um tribunal de Nova York, enquanto você está lá ou quando você sai, a menos que tenham um mandado assinado por um juiz ou uma ordem judicial. Não foi encontrada nenhuma lei estadual de Nova York sobre retenções do ICE nas cadeias.

law-nj-immigrant-trust-directive-name = New Jersey Immigrant Trust Directive
law-nj-immigrant-trust-directive-summary = Esta é uma ordem do procurador-geral (Attorney General) de Nova Jersey para a polícia, não uma lei aprovada pelo Legislativo, e um tribunal federal de apelação a confirmou em 2021. A polícia não pode parar, interrogar ou deter você só por causa da sua situação imigratória e, depois de uma prisão por uma infração leve, em geral uma cadeia não pode manter você para o ICE nem avisar o ICE quando você for solto. Você deve ser avisado de qualquer pedido do ICE sobre você, e o ICE só pode entrevistar você depois que você for informado de que pode ter um advogado e concordar por escrito.

law-wa-keep-washington-working-act-name = Keep Washington Working Act
law-wa-keep-washington-working-act-summary = Em geral, a polícia de Washington não pode perguntar sobre a sua situação imigratória ou o seu local de nascimento, deter você para verificar a sua situação, nem manter você preso por um mandado civil de imigração. Ela não pode dar ao ICE nem à CBP (Customs and Border Protection, alfândega e proteção de fronteiras) as suas informações pessoais privadas, nem deixar o ICE entrevistar você sob custódia sem salvaguardas. A lei também proíbe acordos 287(g) e contratos para alugar vagas na cadeia ao ICE.

law-wa-courts-open-to-all-act-name = Washington Courts Open to All Act
law-wa-courts-open-to-all-act-summary = Ninguém pode fazer uma prisão civil de imigração de você enquanto você está em um tribunal de Washington, a menos que tenha um mandado assinado por um juiz. Em geral, juízes, funcionários dos tribunais e promotores não podem perguntar sobre a sua situação imigratória nem repassá-la às autoridades de imigração. Não foram encontrados o número do projeto de lei nem o ano em que foi aprovado.

law-or-sanctuary-law-1987-name = Lei de santuário de 1987 do Oregon
law-or-sanctuary-law-1987-summary = Os órgãos estaduais e locais do Oregon não podem usar os seus recursos para localizar ou prender pessoas cuja única infração é estar nos Estados Unidos contra a lei federal de imigração. Os eleitores mantiveram esta lei em 2018 ao rejeitar a Measure 105, que a teria revogado.

law-or-sanctuary-promise-act-name = Oregon Sanctuary Promise Act
law-or-sanctuary-promise-act-summary = Os órgãos públicos do Oregon não podem usar os seus prédios, dinheiro, funcionários ou registros para ajudar a fiscalização de imigração, por exemplo dando a data da sua soltura, o seu endereço ou os horários dos seus encontros de supervisão. Eles devem recusar os pedidos federais de imigração, a menos que um juiz tenha assinado uma intimação (subpoena), e informar esses pedidos ao estado. Se você for preso, deve ser informado de que pode se recusar a dizer a sua situação imigratória; as violações podem ser denunciadas a uma linha ou a um site do estado, e os órgãos podem ser processados.

law-co-hb19-1124-name = Protect Colorado Residents From Federal Government Overreach Act (HB19-1124)
law-co-hb19-1124-summary = Os agentes do Colorado não podem prender você nem manter você na cadeia só por causa de um pedido civil de retenção do ICE (detainer), embora possam agir com base em um mandado assinado por um juiz federal, e os funcionários da liberdade vigiada (probation) não podem dar ao ICE as suas informações pessoais. Antes de uma entrevista do ICE por telefone ou vídeo na cadeia, você deve ser informado de que pode dizer não, permanecer em silêncio e falar antes com um advogado, e de que o que você disser pode ser usado no tribunal de imigração.

law-co-hb23-1100-name = Colorado HB23-1100 (acordos de detenção migratória)
law-co-hb23-1100-summary = Pelo título, esta lei limita os acordos dos governos estadual e locais do Colorado para manter pessoas em detenção migratória. O que mais ela faz não foi verificado.

law-ma-lunn-v-commonwealth-name = Lunn v. Commonwealth (decisão judicial de Massachusetts)
law-ma-lunn-v-commonwealth-summary = Esta é uma decisão de 2017 do tribunal mais alto de Massachusetts, não uma lei aprovada pelo Legislativo. Ela diz que os agentes de Massachusetts não têm poder, pela lei estadual, para prender você ou manter você preso só porque o ICE mandou um pedido civil de retenção (detainer). O Department of Correction (departamento de prisões) do estado ainda tinha um acordo 287(g) com o ICE em 2025.

law-vt-s79-name = Vermont S.79 (2017)
law-vt-s79-summary = Esta lei limita até que ponto os órgãos estaduais e locais de Vermont participam da fiscalização federal de imigração; a imprensa disse que ela não torna Vermont um estado santuário. O que mais ela faz não foi verificado.

law-md-dignity-not-detention-act-name = Maryland Dignity Not Detention Act (lei "Dignidade, não detenção")
law-md-dignity-not-detention-act-summary = Esta lei acabou com os contratos para as cadeias dos condados de Maryland manterem pessoas presas para o ICE, e os contratos que existiam tinham que terminar até 1º de outubro de 2022. Os legisladores a aprovaram derrubando o veto do governador em dezembro de 2021.

law-md-287g-ban-name = Proibição de acordos 287(g) em Maryland
law-md-287g-ban-summary = Assinada em fevereiro de 2026, esta lei proíbe acordos formais 287(g) com o ICE em Maryland. As fontes não concordam sobre se a proibição passou a valer imediatamente ou a partir de julho de 2026.

law-de-287g-ban-name = Proibição de acordos 287(g) em Delaware (HB 182)
law-de-287g-ban-summary = Esta lei de 2025 proíbe acordos 287(g) com o ICE em Delaware. Os acordos que já existiam tinham que terminar até 13 de agosto de 2025.

law-nm-immigrant-safety-act-name = New Mexico Immigrant Safety Act
law-nm-immigrant-safety-act-summary = Os órgãos públicos do Novo México não podem fazer acordos para manter pessoas presas por infrações civis de imigração, nem usar, vender ou alugar terras públicas para isso, e os acordos 287(g) são proibidos; os acordos que existem devem terminar. O procurador-geral (Attorney General) ou um promotor distrital (district attorney) pode ir à Justiça para impedir uma violação, mas a lei não dá direito a indenização em dinheiro.

law-me-ld-1971-name = Maine LD 1971
law-me-ld-1971-summary = A polícia do Maine não pode investigar, parar, deter ou prender você para a fiscalização civil de imigração, nem manter você preso por um pedido de retenção do ICE (detainer), nem divulgar dados privados como a data da sua soltura ou o seu endereço. Se você está sob custódia, deve ser informado dos seus direitos antes de uma entrevista com o ICE, mas a polícia continua cumprindo mandados criminais e ordens judiciais. A lei passou a valer em janeiro de 2026 sem a assinatura da governadora e estava prevista para entrar em vigor por volta de meados de julho de 2026; a State Police (polícia estadual) começou a seguir as regras dela em dezembro de 2025.

law-ri-detainer-policy-2014-name = Política de Rhode Island sobre pedidos de retenção (2014)
law-ri-detainer-policy-2014-summary = Esta era uma política do governador, não uma lei aprovada pelo Legislativo. Em julho de 2014, o Department of Corrections (departamento de prisões) disse que não cumpriria os pedidos de retenção do ICE (detainers) sem um mandado. Uma política de agosto de 2014 para todos os órgãos estaduais limitou essa recusa: eles cumprem os pedidos de retenção que vêm com uma ordem de deportação (deportation or removal order) de um juiz. Não foi possível descobrir se esta política ainda vale hoje.

law-tx-sb4-2017-name = Texas SB 4 (2017): proibição de políticas de santuário
law-tx-sb4-2017-summary = As cidades e os condados do Texas não podem adotar políticas que limitem a fiscalização de imigração, as cadeias locais devem cumprir os pedidos de retenção do ICE, e os funcionários que não cumprirem podem ser punidos. Um tribunal federal de apelação manteve quase toda a lei em 2018; derrubou só a parte que proibia os funcionários de falar a favor de políticas de santuário.

law-tx-sb4-2023-name = Texas SB 4 (2023): crime estadual de entrada ilegal
law-tx-sb4-2023-summary = Esta lei torna crime no Texas entrar vindo de outro país por qualquer lugar que não seja um porto de entrada, e entrar de novo depois de ter sido deportado, e permite que juízes estaduais mandem as pessoas de volta ao país de onde vieram. Um tribunal a bloqueou em fevereiro de 2024, e um painel do tribunal de apelação a manteve bloqueada em julho de 2025. Relatos posteriores dizem que o tribunal de apelação completo depois suspendeu o bloqueio porque quem processou não tinha legitimidade (standing), o que permitiria ao Texas aplicá-la, mas isso não está confirmado.

law-tx-sb8-2025-name = Texas SB 8 (2025)
law-tx-sb8-2025-summary = Certos xerifes de condados do Texas que administram cadeias devem buscar acordos 287(g) com o ICE. O procurador-geral (Attorney General) pode processar para fazer cumprir esta regra a partir de 1º de dezembro de 2026.

law-fl-sb168-name = Lei antissantuário da Flórida (SB 168)
law-fl-sb168-summary = A Flórida proíbe políticas de santuário: os órgãos estaduais e locais devem fazer todo o possível para apoiar a fiscalização federal de imigração, não podem ser impedidos de compartilhar informações de imigração com órgãos federais, e as cadeias devem cumprir os pedidos de retenção do ICE (detainers) que vêm com os papéis adequados. As partes da lei sobre a aplicação entraram em vigor em 1º de outubro de 2019. Um tribunal manteve a maior parte dela em 2019, e uma decisão de 2020 deu razão em parte a quem processou; o que essa decisão mudou e como terminou algum recurso não foram verificados.

law-fl-sb1718-name = Florida SB 1718 (lei de 2023)
law-fl-sb1718-summary = Entre outras coisas, a Flórida trata como inválidas as carteiras de motorista que outros estados emitem para pessoas sem documentos, incluindo a carteira só para dirigir de Connecticut, e dirigir na Flórida com uma delas é crime. A lei também tornou crime trazer pessoas sem documentos para a Flórida, mas um tribunal bloqueou essa parte em maio de 2024; o resto está em vigor.

law-ga-hb1105-name = Georgia Criminal Alien Track and Report Act of 2024 (HB 1105)
law-ga-hb1105-summary = As cadeias da Geórgia devem verificar a situação imigratória das pessoas com o ICE, cumprir os pedidos de retenção do ICE (detainers), pedir todo ano acordos do tipo 287(g) e publicar relatórios sobre pedidos de retenção a cada três meses. Os funcionários que desrespeitam as regras antissantuário cometem um delito leve (misdemeanor), e os governos locais deles perdem verbas estaduais. A maior parte da lei entrou em vigor quando foi assinada, em maio de 2024, embora as fontes não concordem sobre a data; um projeto de lei de 2025, o SB 21, para retirar a imunidade dos governos locais por violações de santuário estava pendente, e o resultado dele não foi encontrado.

law-tn-sb6002-name = Tennessee SB 6002 / HB 6001 (sessão especial de 2025)
law-tn-sb6002-summary = Os legisladores do Tennessee aprovaram este projeto de lei em janeiro de 2025. Ele torna crime grave (felony) que funcionários locais votem a favor de políticas de santuário e cria uma divisão estadual de fiscalização de imigração, chefiada por um chief immigration enforcement officer (chefe estadual de fiscalização de imigração). Não está confirmado se o governador o assinou e se ele virou lei.

law-ia-sf481-name = Lei antissantuário de Iowa (SF 481)
law-ia-sf481-summary = Os governos locais de Iowa devem cumprir os pedidos de retenção do ICE (detainers) e não podem limitar a fiscalização de imigração; se não, perdem verbas estaduais.

law-nh-anti-sanctuary-bill-2025-name = New Hampshire Anti-Sanctuary City Act (projeto de lei de 2025)
law-nh-anti-sanctuary-bill-2025-summary = Este projeto de lei de 2025 proibiria políticas locais que atrapalhem a lei federal de imigração e permitiria retenções de 48 horas, sem contar fins de semana e feriados, depois que as acusações estaduais contra uma pessoa terminassem. As recusas em cumprir os pedidos de retenção do ICE (detainers) teriam que ser informadas ao procurador-geral (Attorney General). O resumo do projeto também fala de multas de até 25 por cento das verbas estaduais, sem dizer mais nada. Ele indica 1º de janeiro de 2026 como data de início, mas não está confirmado se o projeto virou lei.

law-az-sb1070-name = Arizona SB 1070 (lei de 2010)
law-az-sb1070-summary = Em 2012, a Suprema Corte dos Estados Unidos derrubou três partes desta lei por estarem em conflito com a lei federal. A parte que permite à polícia do Arizona verificar a situação imigratória de uma pessoa durante uma abordagem legal pôde entrar em vigor.
