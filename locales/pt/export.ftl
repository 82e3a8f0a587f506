# Cartões e livretos impressos (amparo export).

export-cards-title = Cartões para a carteira
export-cards-how = Imprima dos dois lados, virando a folha pela borda comprida, e depois corte nas linhas tracejadas. Leve um cartão com você.
export-booklet-title = Conheça seus direitos
export-laws = Leis
export-do-not = O que não fazer
# $place: o nome completo de um condado, como "San Francisco County".
export-help-near = Ajuda em { $place }
export-lines = Para onde ligar
export-policy = Política local
export-detention = Onde pessoas podem ficar detidas aqui perto
# $version: o número da versão do conteúdo; $oldest, $newest: as datas que as fontes mostram.
export-footer = Versão do conteúdo { $version }. As fontes têm datas de { $oldest } a { $newest }.
export-quiz-answers = Respostas
