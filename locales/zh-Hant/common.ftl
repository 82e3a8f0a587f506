# 多個情況共用的步驟。

common-stay-silent-do = 您可以保持沉默。如果您選擇保持沉默，請大聲說出來。
common-stay-silent-say = 我要行使保持沉默的權利。我要和律師談。
common-stay-silent-why = 美國憲法第五修正案讓您可以拒絕回答問題。您不必說出您在哪裡出生、您的移民身分是什麼，或您是怎樣來到這個國家的。您說的話可能在法庭上被用來對您不利。

common-do-not-sign-do = 在您和律師談過之前，不要簽署任何文件。
common-do-not-sign-say = 在我和律師談過之前，我不會簽任何東西。
common-do-not-sign-why = 有些文件，例如「自願離境」(voluntary departure) 表格，可能會讓您失去見移民法官的機會。

common-do-not-lie-do = 不要說謊。如果您不是美國公民，不要說自己是美國公民。不要出示假文件。
common-do-not-lie-why = 您有權保持沉默，但沒有權利說謊。謊稱自己是美國公民，可能會在移民方面對您造成嚴重的傷害，而且這種傷害往往是永久的。

common-ask-if-free-to-go-do = 問對方您是否可以離開。如果答案是可以，請冷靜地離開。如果答案是不可以，請保持沉默，並要求見律師。
common-ask-if-free-to-go-say = 我可以離開嗎？
common-ask-if-free-to-go-why = 如果您沒有被扣留，您不必留下來回答問題。

# 多個情況共用的「不要」事項。

common-dont-resist = 不要逃跑、打鬥、爭吵或阻擋執法人員，即使您認為他們做錯了。
common-dont-lie = 不要說謊；如果您不是美國公民，不要說自己是美國公民；也不要出示假文件。
common-dont-sign = 在和律師談過之前，不要簽署任何東西，特別是「自願離境」(voluntary departure) 文件。
