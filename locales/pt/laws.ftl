# Leis da Califórnia: o que cada uma significa para uma pessoa.

law-trust-act-name = TRUST Act
law-trust-act-summary = Esta lei de 2013 foi a primeira a limitar os pedidos de retenção do ICE (ICE holds) nas cadeias locais. Ela permitia que uma cadeia mantivesse uma pessoa depois do horário de soltura, por um pedido de retenção do ICE, só em certos casos, como algumas condenações graves ou violentas. Desde que a SB 54 entrou em vigor, em 2018, uma cadeia local não pode mais manter ninguém depois da soltura por causa de um pedido de retenção do ICE. Um pedido de retenção do ICE é um pedido, não uma ordem de um juiz.

law-truth-act-name = TRUTH Act
law-truth-act-summary = Em uma cadeia da Califórnia, antes que o ICE possa entrevistar você, você deve receber um formulário por escrito. Ele diz que a entrevista é voluntária e que você pode dizer não ou falar só com o seu advogado presente. Se a cadeia receber um pedido do ICE sobre você, ela deve lhe dar uma cópia.

law-sb54-name = California Values Act (SB 54)
law-sb54-summary = Na Califórnia, a polícia e os xerifes em geral não podem perguntar sobre a sua situação imigratória nem ajudar o ICE na fiscalização de imigração. Uma cadeia local não pode manter você depois do seu horário de soltura porque o ICE pediu. No caso de pessoas com algumas condenações graves, a cadeia ainda pode avisar o ICE quando elas serão soltas, ou entregá-las ao ICE. Esta lei não obriga os agentes federais e não se aplica às prisões estaduais.

law-trust-act-does-not = Ela não impede que o próprio ICE prenda pessoas. A lista de condenações dela agora decide, pela SB 54, quando uma cadeia pode avisar o ICE sobre uma soltura ou entregar uma pessoa ao ICE, e não se a cadeia pode manter a pessoa por mais tempo.
law-truth-act-does-not = Ela não impede o ICE de pedir e não se aplica à detenção federal de imigração. Ela trata das entrevistas nas cadeias locais.
law-sb54-does-not = Ela não impede o ICE nem outros agentes federais e não se aplica às prisões estaduais (CDCR). A polícia ainda pode compartilhar informações que já são públicas.
