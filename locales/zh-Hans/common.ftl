# 几种情况共用的步骤。

common-stay-silent-do = 您可以保持沉默。如果您决定保持沉默，请大声说出来。
common-stay-silent-say = 我要行使保持沉默的权利。我要和律师谈话。
common-stay-silent-why = 第五修正案允许您拒绝回答问题。您不必说出您在哪里出生、您的移民身份是什么，或者您是怎样来到这个国家的。您说的话可能在法庭上被用来对您不利。

common-do-not-sign-do = 在和律师谈话之前，不要签任何文件。
common-do-not-sign-say = 在和律师谈话之前，我什么都不会签。
common-do-not-sign-why = 有些文件，例如“自愿离境”（voluntary departure）表格，可能会让您失去见移民法官的机会。

common-do-not-lie-do = 不要说谎。如果您不是美国公民，不要说您是。不要出示假证件。
common-do-not-lie-why = 您有保持沉默的权利，但没有说谎的权利。假称自己是美国公民，可能给您的移民身份造成严重损害，而且这种损害往往是永久的。

common-ask-if-free-to-go-do = 问执法人员您是否可以离开。如果回答是可以，就冷静地离开。如果回答是不可以，就保持沉默，并要求见律师。
common-ask-if-free-to-go-say = 我可以走了吗？
common-ask-if-free-to-go-why = 如果您没有被扣押，您不必留下来回答问题。

# 几种情况共用的“不要做”事项。

common-dont-resist = 不要逃跑、反抗、争吵，也不要阻挡执法人员，即使您认为他们做错了。
common-dont-lie = 不要说谎；如果您不是美国公民，不要说您是；也不要出示假证件。
common-dont-sign = 没有和律师谈过之前，不要签任何东西，特别是“自愿离境”（voluntary departure）文件。
