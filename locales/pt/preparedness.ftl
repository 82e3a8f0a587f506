# O formulário do plano familiar e as mensagens de texto de emergência. Os campos do
# plano são impressos em um formulário preenchido à mão; as mensagens são mandadas por
# uma pessoa (o texto `-say` delas passa por retrotradução em todos os idiomas).

## Plano de preparação familiar

plan-title = Plano de preparação familiar
plan-intro = Preencha este plano com a sua família antes que qualquer coisa aconteça. Guarde-o com os seus documentos importantes, onde as pessoas de confiança possam encontrá-lo. Decore os números de telefone.
plan-emergency-contacts-label = Pessoas para ligar em uma emergência
plan-emergency-contacts-hint = Nomes e números de telefone de pessoas de confiança. Decore os números: se você for detido, talvez não esteja com o seu celular.
plan-lawyer-label = O seu advogado ou grupo de ajuda jurídica
plan-lawyer-hint = Nome e número de telefone. Decore este número também.
plan-rapid-response-label = A linha de resposta rápida do seu condado
plan-rapid-response-hint = Ligue para ela se você vir agentes de imigração por perto. O localizador de ajuda deste aplicativo mostra a linha do seu condado.
plan-children-pickup-label = Quem pode pegar as crianças
plan-children-pickup-hint = As pessoas que você escolheu para pegar os seus filhos se você não puder, com os números de telefone delas. Garanta que elas saibam disso.
plan-documents-label = Onde estão os documentos importantes
plan-documents-hint = Guarde-os em um só lugar, onde as pessoas de confiança possam pegá-los rapidamente.
plan-a-numbers-label = Números A (A-Numbers)
plan-a-numbers-hint = O número A (A-Number) de cada pessoa, se tiver um, e o país de nascimento. Com esses dados, a sua família pode procurar um adulto que esteja sob custódia do ICE no localizador de detidos on-line do ICE.
plan-medical-needs-label = Necessidades médicas
plan-medical-needs-hint = Os problemas de saúde e os remédios de cada pessoa, para informar aos agentes se alguém for preso ou detido.

## Mensagens de texto de emergência

emergency-detained-title = Detido pela imigração
emergency-detained-when = Para quando agentes de imigração detiverem você. Escreva agora, para que você ou uma pessoa de confiança possa mandar rápido.
emergency-detained-say = A imigração me deteve em { $place }. Por favor, ligue para { $contact }. O meu número A (A-Number) é { $a_number }.
emergency-arrested-title = Preso pela polícia
emergency-arrested-when = Para quando a polícia prender você. Escreva agora, para que uma pessoa de confiança possa mandar por você.
emergency-arrested-say = A polícia me prendeu em { $place }. Por favor, ligue para { $contact }.
emergency-children-title = Pegar as crianças
emergency-children-when = Para quando você não puder pegar os seus filhos. A mensagem indica a pessoa que o seu plano familiar nomeia.
emergency-children-say = Não posso pegar as crianças. Por favor, siga o nosso plano familiar: { $contact } vai pegá-las em { $place }.
emergency-find-me-title = Como me encontrar
emergency-find-me-when = Dê isto aos familiares de confiança. Tem o seu número A (A-Number) e o seu país de nascimento, de que eles precisam para procurar você se o ICE mantiver você sob custódia.
emergency-find-me-say = Se eu não voltar para casa, o ICE pode estar me mantendo sob custódia. Você pode me procurar no localizador de detidos on-line do ICE (Online Detainee Locator), { $locator }, com o meu número A (A-Number), { $a_number }, e o meu país de nascimento, { $country }.
