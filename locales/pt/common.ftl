# Passos comuns a várias situações.

common-stay-silent-do = Você pode permanecer em silêncio. Se decidir fazer isso, diga em voz alta.
common-stay-silent-say = Estou exercendo o meu direito de permanecer em silêncio. Quero falar com um advogado.
common-stay-silent-why = A Quinta Emenda permite que você se recuse a responder perguntas. Você não precisa dizer onde nasceu, qual é a sua situação imigratória nem como chegou a este país. O que você disser pode ser usado contra você no tribunal.

common-do-not-sign-do = Não assine nenhum papel antes de falar com um advogado.
common-do-not-sign-say = Não vou assinar nada antes de falar com um advogado.
common-do-not-sign-why = Alguns papéis, como os formulários de "saída voluntária" (voluntary departure), podem tirar a sua chance de ver um juiz de imigração.

common-do-not-lie-do = Não minta. Não diga que é cidadão dos Estados Unidos se não for. Não mostre documentos falsos.
common-do-not-lie-why = Você tem o direito de permanecer em silêncio, mas não de mentir. Dizer falsamente que é cidadão dos Estados Unidos pode causar um dano grave à sua situação imigratória, muitas vezes permanente.

common-ask-if-free-to-go-do = Pergunte se você está livre para ir embora. Se a resposta for sim, vá embora com calma. Se a resposta for não, permaneça em silêncio e peça um advogado.
common-ask-if-free-to-go-say = Estou livre para ir embora?
common-ask-if-free-to-go-why = Se você não está sendo detido, não precisa ficar nem responder perguntas.

# Pontos de "não faça" comuns a várias situações.

common-dont-resist = Não corra, não lute, não discuta e não bloqueie os agentes, mesmo que você ache que eles estão errados.
common-dont-lie = Não minta, não diga que é cidadão dos Estados Unidos se não for e não mostre documentos falsos.
common-dont-sign = Não assine nada, principalmente papéis de "saída voluntária" (voluntary departure), sem falar com um advogado.
