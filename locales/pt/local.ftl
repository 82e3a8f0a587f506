# Detalhes locais: políticas de condados e cidades, centros de detenção, ajuda jurídica.

## Políticas de condados e cidades

local-policy-as-of = Em { $date }, segundo { $who }: { $policy }
local-policy-undated = Segundo { $who } (sem data): { $policy }
local-policy-reminder = As políticas locais não obrigam os agentes federais.
local-policy-none-found = A pesquisa não encontrou aqui nenhuma política local além da lei estadual.
local-policy-hidden-low = Relatos de pouca confiança omitidos aqui: { $count }.
reported-by-official-records = os registros oficiais
reported-by-news-reports = as reportagens
reported-by-the-sheriff = o gabinete do xerife
reported-by-advocates = grupos de defesa dos imigrantes
reported-by-one-secondary-source = uma única fonte secundária
policy-category-limits-beyond-state-law = Limita a ajuda ao ICE além do que a lei estadual exige
policy-category-follows-state-law = Segue só a lei estadual
policy-category-helps-ice-within-state-law = Ajuda o ICE até onde a lei estadual permite
policy-category-publishes-release-dates = Publica as datas de soltura
policy-category-opposes-state-law = É contra os limites do estado
policy-category-no-local-policy-found = Nenhuma política local encontrada
policy-status-in-force = em vigor
policy-status-challenged = em vigor, mas contestada na Justiça
policy-status-adopted-not-final = adotada, mas ainda não é definitiva
policy-status-repealed = revogada
policy-status-ended = encerrada
policy-status-symbolic = uma declaração, sem força obrigatória
policy-status-unconfirmed = relatada, mas não confirmada

## Centros de detenção

facility-kind-processing-center = centro de processamento do ICE
facility-kind-detention-center = centro de detenção
facility-kind-annex = anexo de outro centro
facility-kind-county-jail = cadeia do condado
facility-kind-city-jail = cadeia da cidade
facility-status-operating = mantém pessoas detidas para o ICE
facility-status-closed = não mantém mais pessoas detidas para o ICE
facility-status-uncertain = não se sabe se mantém pessoas detidas para o ICE agora
detention-notice = As pessoas são transferidas com frequência. Para encontrar alguém detido pelo ICE, use o localizador de detidos on-line do ICE (Online Detainee Locator) ou ligue para a linha de informações sobre detenção.

## Ajuda jurídica

service-legal-aid = ajuda jurídica de imigração
service-deportation-defense = defesa contra deportação
service-rapid-response = resposta rápida
service-lawyer-referral = indicação de advogados
service-detention-support = ajuda para pessoas em detenção
service-children = ajuda para crianças
service-victims = ajuda para sobreviventes de crimes ou abusos
cost-free = gratuito
cost-low-cost = baixo custo
cost-unknown = custo não informado
caution-third-party-parse = Vem da cópia de uma lista do governo feita por outra pessoa, não conferida com a lista original.
caution-single-source = Só uma fonte o cita.
caution-recognition-renewal-pending = Na lista do governo que usamos, o reconhecimento do Departamento de Justiça dos Estados Unidos para dar ajuda jurídica de imigração estava no fim do prazo ou perto dele, com a renovação pendente.
caution-two-numbers = Duas fontes dão dois números diferentes. Os dois são mostrados.
caution-area-code-mismatch = O código de área (DDD) do telefone não é o da cidade.
caution-government-office = Um órgão do governo, não uma organização sem fins lucrativos.
caution-merged-offices = A fonte misturou dois escritórios; o endereço ou o telefone pode ser do outro escritório.
caution-referral-only = Encaminha as pessoas para advogados: não dá ajuda jurídica direta e não atende sem hora marcada.
caution-limited-eligibility = Ajuda só algumas pessoas: leia a quem atende.
caution-no-phone-found = Não foi encontrado nenhum número de telefone.

## Notas sobre linhas que a pessoa deve ler antes de ligar

hotline-ice-la-field-office-note = Administrada pelo ICE. Ligue se o localizador de detidos on-line do ICE não encontrar a pessoa e a prisão tiver sido nos condados de Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara ou San Luis Obispo.
hotline-orr-note = Para um pai, uma mãe ou um responsável legal que procura uma criança de menos de 18 anos sob a custódia do Office of Refugee Resettlement (escritório federal de reassentamento de refugiados). É um órgão do governo, não um grupo de defesa.
hotline-ct-statewide-note = Se você não tem situação imigratória legal, a fonte diz para se inscrever diretamente na New Haven Legal Assistance, e não por esta linha; ela diz que esse escritório não informa a situação imigratória à polícia nem a nenhuma outra autoridade. Não encontramos o número de telefone próprio desse escritório; a página dele na internet é a primeira fonte desta linha.
