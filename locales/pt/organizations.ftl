# Notas mostradas com uma organização (content/states/*/organizations.toml `note`): a quem ela
# atende, ou um limite que a pessoa precisa saber antes de ligar. De shared/research/legal_aid_orgs.csv
# e states_and_connecticut.md. Nunca coloque um número de telefone em uma mensagem: números são dados.

org-kind-fresno-note = Representa só crianças: crianças que moram em um destes condados: San Joaquin, Kern, Fresno, Kings, Tulare, Madera, Merced ou Stanislaus.
org-alameda-county-public-defender-immigration-note = Só para pessoas que moram no condado de Alameda ou que têm uma condenação lá.
org-clsepa-note = Só para pessoas que moram no condado de San Mateo ou no de Santa Clara. Representa adultos e jovens em processos de deportação. Não aceita ligações a cobrar.
org-lilac-redwood-city-note = Não atende sem hora marcada: ligue para marcar um horário. A triagem de casos novos (intake) é de segunda-feira a sábado, das 8h da manhã às 6h da tarde.
org-sf-public-defender-immigration-note = Defende pessoas sob custódia de imigração e dá prioridade a pessoas que moraram ou trabalharam em San Francisco. Também ajuda pessoas que representa agora ou que já representou, quando elas não estão detidas.
org-asian-law-caucus-note = Concentra o trabalho em pessoas em detenção cujo processo de deportação envolve antecedentes criminais. Não aceita casos de asilo nem entrevistas de asilo, incluindo as entrevistas de medo fundado (credible fear).
org-immdef-note = Para pessoas de baixa renda que estão detidas. Quem mora no condado de Los Angeles tem prioridade.
org-immdef-san-diego-note = Só para pessoas de baixa renda. Só com hora marcada: não atende sem agendamento.
org-international-institute-los-angeles-note = Só com hora marcada: não atende sem agendamento. Funciona de segunda a sexta-feira, das 8h30 da manhã às 5h da tarde.
org-kind-los-angeles-note = Aceita só casos de crianças e jovens, incluindo crianças que chegaram sozinhas. Só com hora marcada: não atende sem agendamento.
org-human-rights-first-la-note = Encontra advogados voluntários gratuitos para pessoas que pedem asilo e não podem pagar. Não atende sem hora marcada.
org-community-lawyers-compton-note = Só com hora marcada: não atende sem agendamento.
org-refugee-support-network-note = Não atende sem hora marcada: ligue para marcar um horário.
org-jfs-san-diego-note = Deixe uma mensagem de voz a qualquer hora, de dia ou de noite. As ligações são retornadas na ordem em que chegam.
org-sd-public-defender-irldp-note = Aceita só casos de defesa contra deportação.
org-la-maestra-note = A equipe jurídica aceita audiências de fiança de imigração (bond hearings), casos de pessoas da Ucrânia ou do Afeganistão e casos de vítimas de tráfico de pessoas e de crimes (visto U, visto T, VAWA).
org-socal-immigration-project-note = Só casos de asilo. Concentra o trabalho em pessoas de países africanos e em pessoas LGBTQ de qualquer país. A equipe não fala espanhol.
org-catholic-charities-el-centro-note = Não encontramos telefone nem endereço deste escritório. Para entrar em contato, tente o escritório da Catholic Charities em San Diego.
org-imperial-valley-jfon-note = Faz clínicas jurídicas gratuitas na First United Methodist Church, em El Centro. Não se sabe se as clínicas ainda funcionam.
org-ciri-bridgeport-note = Não aceita casos de pessoas em detenção. A representação gratuita pode ser limitada pelas regras de financiamento e do programa.
org-ciri-hartford-note = Não aceita casos de pessoas em detenção.
org-ccif-hartford-note = Só para moradores de Hartford em detenção do ICE ou em processo de deportação que não têm advogado.
