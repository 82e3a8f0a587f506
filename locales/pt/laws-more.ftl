# Mais leis da Califórnia: o que cada uma significa para uma pessoa, e o que ela não faz.

law-vision-act-name = VISION Act (AB 937)
law-vision-act-summary = Este projeto de lei teria impedido que prisões estaduais e cadeias locais entregassem pessoas ao ICE quando elas tivessem direito a ser soltas. Ele foi aprovado pela Assembleia (Assembly) em 2021. Foi rejeitado pelo Senado estadual em 2022, por uma diferença de 3 votos. Ele não é lei.
law-vision-act-does-not = Ele não é lei, então não protege ninguém. As prisões estaduais ainda podem avisar o ICE sobre pessoas que estão saindo da prisão e combinar a entrega delas. Os limites da SB 54 valem para a polícia local e os xerifes, não para as prisões estaduais.

law-home-act-name = HOME Act (AB 1306)
law-home-act-summary = Este projeto de lei veio depois do VISION Act. O governador Newsom o vetou em 22 de setembro de 2023, então ele não é lei. Quando o vetou, o governador disse que as prisões estaduais limitariam o contato com o ICE a dois momentos: quando a pessoa entra na prisão e quando a pessoa está perto de ser solta.
law-home-act-does-not = Ele não é lei, então não protege ninguém. As prisões estaduais ainda podem avisar o ICE sobre pessoas que estão saindo da prisão e combinar a entrega delas.

law-ab60-name = Carteiras de motorista AB 60
law-ab60-summary = Você pode tirar uma carteira de motorista da Califórnia mesmo que não consiga provar que está legalmente nos Estados Unidos. Você precisa cumprir todas as outras regras e provar quem você é e que mora na Califórnia. É contra a lei tratar você de forma injusta porque você tem esse tipo de carteira.
law-ab60-does-not = É uma carteira para dirigir. Ela não vale como documento de identidade para fins federais. Ela não torna o seu registro no DMV secreto para a polícia: o DMV ainda pode compartilhar registros com as autoridades policiais para uma investigação, e isso pode incluir o ICE.

law-ab450-name = Immigrant Worker Protection Act (AB 450)
law-ab450-summary = O seu empregador não pode decidir deixar agentes de imigração entrarem em partes do seu local de trabalho onde o público normalmente não entra, como escritórios ou salas só para funcionários, a menos que os agentes tenham um mandado assinado por um juiz. O seu empregador também não pode deixar os agentes verem ou levarem registros dos trabalhadores sem um mandado assinado por um juiz, uma intimação (subpoena) ou um aviso federal de inspeção dos documentos de trabalho (formulários I-9). Se o seu empregador receber esse aviso, ele deve informar os trabalhadores em até 72 horas, no idioma que costuma usar com eles.
law-ab450-does-not = É uma regra para os empregadores, não para o ICE. Se os agentes tiverem um mandado assinado por um juiz, eles ainda podem entrar. Um formulário do ICE, como o Formulário I-200 ou o Formulário I-205, não é um mandado assinado por um juiz. O seu empregador não precisa bloquear os agentes com o próprio corpo. Você continua com os seus próprios direitos no trabalho, como o direito de permanecer em silêncio.

law-ab49-name = Escolas seguras (Safe Haven Schools, AB 49)
law-ab49-summary = Agentes de imigração não podem entrar nas partes de uma escola que não são abertas ao público, a menos que mostrem um documento de identidade válido e tenham um mandado ou uma intimação (subpoena) de um juiz, ou uma ordem judicial. As escolas não podem dar aos agentes informações sobre alunos, famílias ou funcionários sem um mandado assinado por um juiz.
law-ab49-does-not = Ela não impede a entrada de agentes que mostrem um documento de identidade válido e tenham um mandado assinado por um juiz, uma intimação (subpoena) de um juiz ou uma ordem judicial. A regra sobre a entrada vale para as partes de uma escola que não são abertas ao público.

law-sb81-name = Locais de saúde (SB 81)
law-sb81-summary = Os serviços de saúde devem definir quais das suas áreas não são abertas ao público. Eles devem manter os agentes de imigração fora dessas áreas, a menos que os agentes tenham um mandado assinado por um juiz ou uma ordem judicial. A sua situação imigratória é tratada como parte do seu prontuário médico.
law-sb81-does-not = Ela não impede a entrada de agentes que tenham um mandado assinado por um juiz ou uma ordem judicial. A regra vale para as áreas que o serviço de saúde marcou como não abertas ao público.

law-sb98-name = Escolas devem avisar as famílias (SB 98)
law-sb98-summary = Quando uma escola confirma que há agentes de imigração no campus, ela deve avisar os pais, os alunos e os funcionários. Os planos de segurança das escolas devem incluir isso até 1º de março de 2026. A regra vale até 1º de janeiro de 2031.
law-sb98-does-not = Ela trata de avisar as pessoas, não de manter os agentes fora. A AB 49 tem as regras sobre quando os agentes podem entrar nas partes de uma escola que não são abertas ao público.

law-sb627-name = No Secret Police Act (SB 627)
law-sb627-summary = Esta lei diz que agentes locais, estaduais e federais não podem cobrir o rosto enquanto lidam com o público. Há exceções, como trabalho disfarçado, máscaras médicas do tipo N95 e equipamento da SWAT. A data de início é 1º de janeiro de 2026. A Califórnia aprovou esta lei. Se ela pode ser aplicada contra agentes federais está sendo disputado na Justiça: o Departamento de Justiça dos Estados Unidos processou a Califórnia em novembro de 2025.
law-sb627-does-not = Não conte com que os agentes federais a cumpram. O governo dos Estados Unidos diz que não vai cumpri-la, e promotores federais disseram que ela não tem efeito sobre o trabalho deles. Até que os tribunais decidam, a questão não está resolvida.

law-sb805-name = No Vigilantes Act (SB 805)
law-sb805-summary = Esta lei diz que agentes que não estão de uniforme devem mostrar um nome ou um número de distintivo que as pessoas possam ver. Agentes de fiança (bail agents) não podem participar da fiscalização de imigração. A Califórnia aprovou esta lei. Se ela pode ser aplicada contra agentes federais está sendo disputado na Justiça: o Departamento de Justiça dos Estados Unidos processou a Califórnia em novembro de 2025.
law-sb805-does-not = Não conte com que os agentes federais a cumpram. O governo dos Estados Unidos diz que não vai cumpri-la, e promotores federais disseram que ela não tem efeito sobre o trabalho deles. Até que os tribunais decidam, a questão não está resolvida.
