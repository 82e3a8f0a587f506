# Texto que o próprio aplicativo mostra, em volta do conteúdo.

# A primeira linha de todo cartão de direitos, para o agente ler.
card-heading = Estou exercendo os meus direitos garantidos pela Constituição dos Estados Unidos. Por favor, leia este cartão.

# Mostrado com cada tema e cartão enquanto nenhum advogado tiver revisado o conteúdo.
legal-review-unreviewed = Nenhum advogado revisou este texto ainda. São informações gerais, não orientação jurídica.
legal-review-lawyer-reviewed = Um advogado revisou este texto. São informações gerais, não orientação jurídica.

# Rótulos ao lado de cada passo.
label-say = Diga
label-why = Por quê
label-sources = Fontes
label-checked = Verificado

# A situação de uma lei, em palavras.
law-status-in-force = em vigor
law-status-did-not-pass = não foi aprovada
law-status-vetoed = vetada
law-status-in-court = aprovada, mas contestada na Justiça
law-status-blocked = bloqueada por um tribunal
law-status-superseded = substituída por uma lei posterior
law-status-unconfirmed = aprovada, mas não está confirmado se entrou em vigor
law-effect-limits-cooperation = limita a ajuda à fiscalização de imigração
law-effect-mandates-cooperation = exige ajuda à fiscalização de imigração
law-effect-other = outra lei de imigração

# Um passo ou uma lei que vale em um só estado.
scope-only-in = Só vale neste estado: { $state }
