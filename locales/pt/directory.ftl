# Texto do localizador de ajuda. Nunca coloque um número de telefone em uma mensagem:
# números são dados com fonte.

policy-ca-baseline = Na Califórnia, a polícia local e os xerifes em geral não podem perguntar sobre a sua situação imigratória, e uma cadeia local não pode manter você depois do seu horário de soltura porque o ICE pediu. Em alguns casos de condenações graves, a cadeia ainda pode avisar o ICE quando você será solto ou entregar você ao ICE. Em uma cadeia local, você pode se recusar a falar com o ICE, ou falar só com o seu advogado presente; você deve receber um formulário que explica isso. Os agentes federais não são obrigados a cumprir essas leis estaduais.

## Para que serve uma linha, e quem a administra

hotline-kind-rapid-response = Linha de resposta rápida: ligue para avisar que há agentes de imigração por perto e receber ajuda.
hotline-kind-detention-info = Informações sobre pessoas em detenção migratória.
hotline-kind-court-info = Informações sobre processos no tribunal de imigração (linha automática). Você precisa do número A (A-Number) da pessoa.
hotline-kind-lawyer-referral = Indicação de advogados particulares de imigração.
hotline-kind-referral = Um órgão do governo que encaminha as pessoas para serviços.
hotline-kind-legal-aid = Ajuda jurídica gratuita: ligue para se inscrever, ou para ser encaminhado ao escritório certo.
hotline-operator-government = Administrada pelo governo, não por grupos de defesa dos imigrantes.

## O que se sabe sobre um número. "Confirmado" quer dizer que alguém ligou para ele.

number-not-confirmed = Ainda não confirmado por telefone. Fonte mais recente: { $year }.
number-not-confirmed-undated = Ainda não confirmado por telefone. As fontes não mostram data.
number-confirmed = Confirmado por telefone em { $date }.
number-low-confidence = Pouca confiança: este número vem de uma única fonte, ou de uma fonte antiga.
number-extension = ramal { $extension }
number-takes-texts = Recebe mensagens de texto.
confidence-high = Muita confiança
confidence-medium = Confiança média
confidence-low = Pouca confiança

## Números que não batem, e linhas só para uma área

hotline-conflict = As fontes não concordam sobre este número. Os dois números são mostrados, e ninguém ligou para eles ainda.
hotline-area = Atende só esta área: { $area }, e não o condado inteiro.
conflict-sacramento = Duas fontes dão dois números diferentes de resposta rápida para Sacramento, cada um de uma rede diferente. Não conseguimos saber qual é o atual. Tente os dois.
conflict-long-beach = Uma lista de 2019 e uma lista mais nova, sem data, dão dois números diferentes para a Long Beach Community Defense Network. Não conseguimos saber qual é o atual. Tente os dois.

## Horário de funcionamento, no fuso horário da linha

hours-always = Aberto 24 horas, todos os dias
hours-days-range = { $first } a { $last }
hours-rule = { $days }, { $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours } ({ $zone })
hours-list-separator = {", "}
hours-rules-separator = {"; "}
hours-open-now = Aberto agora
hours-closed-now = Fechado agora
time-zone-pacific = horário do Pacífico
time-zone-eastern = horário do Leste
weekday-monday = segunda-feira
weekday-tuesday = terça-feira
weekday-wednesday = quarta-feira
weekday-thursday = quinta-feira
weekday-friday = sexta-feira
weekday-saturday = sábado
weekday-sunday = domingo

## Onde a pessoa está

finder-no-local-line = Não conhecemos nenhuma linha local de resposta rápida para este lugar. Ligue para uma linha regional ou nacional abaixo.
finder-outside = Este lugar fica fora da área que o Amparo cobre. As linhas nacionais continuam funcionando.
finder-other-state = O Amparo ainda não tem conteúdo local para este estado: { $state }. As linhas nacionais continuam funcionando.
finder-location-city = Localização aproximada: o centro da cidade.
finder-location-county = Localização aproximada: só se sabe o condado.
finder-location-zip = Localização aproximada: o centro do CEP (ZIP code).
nearby-shared-zip = Parte deste CEP (ZIP code) fica em { $county }.
nearby-shared-city = Parte desta cidade fica em { $county }.
nearby-near-border = { $county } fica a { $km } km. Confirme em qual dos dois você está.
nearby-nearest = Entre os condados e regiões que o Amparo cobre, o mais próximo é { $county }, a { $km } km.
nearby-former-county = O antigo condado de { $former } agora fica, em parte, em { $county }.

## Mostrado com um ponto cujas fontes são todas fracas (blogs, cópias, páginas de escritórios de advocacia)

caveat-weak-sources = As nossas fontes para este ponto são blogs, cópias de outras páginas ou páginas de escritórios de advocacia, não textos oficiais ou jurídicos. Confirme com um advogado.
