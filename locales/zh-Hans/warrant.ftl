# 令状检查：执法人员在您家门口，说他们有令状。
# 带选项的问题引向一个结果。每个结果下面还会显示固定的建议
# （warrant-advice-*），以及用用户的语言和执法人员的语言显示的要说的话。

## 问题

warrant-q-who = 门口的人说他们是什么人？
warrant-who-immigration = 移民执法人员，或 ICE（美国移民及海关执法局）
warrant-who-police = 警察
warrant-who-other = 其他人
warrant-who-dont-know = 我不知道

warrant-q-paper = 隔着窗户，或者等他们把文件从门缝下塞进来以后，看看他们给您看的文件。不要开门。这是哪一种文件？
warrant-q-paper-not-immigration = 隔着窗户，或者等他们把文件从门缝下塞进来以后，看看他们给您看的文件。不要开门。有些移民执法人员会说自己是警察。如果文件来自 ICE 或美国国土安全部（DHS），就把他们当作移民执法人员。这是哪一种文件？
warrant-paper-none = 他们没有给我看任何文件
warrant-paper-i200 = ICE 逮捕令（I-200 表格）
warrant-paper-i205 = ICE 遣返令状（I-205 表格）
warrant-paper-i247 = ICE 扣留请求（detainer，I-247 表格）：要求看守所扣留某人的请求
warrant-paper-judge-arrest = 法院发出、由法官签署的逮捕令
warrant-paper-judge-search = 法院发出、由法官签署的搜查令
warrant-paper-cant-tell = 我看不出来

warrant-q-final-order = 住在这里的人当中，有没有人已经被下达最终遣返令（final order of removal）？这是在移民案件结束时，要求一个人离开这个国家的命令。
warrant-q-lives-here = 逮捕令上写名字的那个人住在这里吗？
warrant-q-search-address = 搜查令上写的是这个住所的地址吗？
warrant-answer-yes = 是
warrant-answer-no = 否
warrant-answer-dont-know = 我不知道

## 结果

warrant-o-no-paper = 如果他们说有令状，请他们把令状从门缝下塞进来，或者举在窗户前给您看。不要为了看令状而开门。执法人员有时说自己有令状，其实没有。没有法官签署的令状，您不必让他们进来。等您能看到文件时，再把这些问题重新回答一遍。
warrant-o-no-paper-say = 我不同意你们进入我家。如果你们有法官签署的令状，请从门缝下塞进来。

warrant-o-i200 = 这是 ICE 逮捕令（I-200 表格），也叫行政令状。签署它的是 ICE 官员，不是法官。没有您的同意，它不允许执法人员进入您家。您不必开门。
warrant-o-i200-say = 我不同意你们进入我家。这份令状不是法官签署的。

warrant-o-i205-final-order = 这是 ICE 遣返令状（I-205 表格）。签署它的是 ICE 官员，不是法官。移民权益倡导者说，没有您的同意，它不允许执法人员进入您家。但是从 2025 年起，ICE 说它的执法人员可以凭这份表格强行进入住所，逮捕已有最终遣返令的人。法院正在审理对这一说法提出的挑战，目前还没有定论。执法人员可能会强行进入。不要开门，也不要同意让他们进来。
warrant-o-i205-final-order-say = 我不同意你们进入我家。这份令状不是法官签署的。

warrant-o-i205-not-sure = 这是 ICE 遣返令状（I-205 表格）。签署它的是 ICE 官员，不是法官。移民权益倡导者说，没有您的同意，它不允许执法人员进入您家。但是从 2025 年起，ICE 说它的执法人员可以凭这份表格强行进入住所，逮捕已有最终遣返令的人。法院正在审理对这一说法提出的挑战，目前还没有定论。如果您不确定这里是否有人已有最终遣返令，要做好执法人员强行进入的准备。不要开门，也不要同意让他们进来。之后，请律师帮您查清楚是否有任何这样的命令。
warrant-o-i205-not-sure-say = 我不同意你们进入我家。这份令状不是法官签署的。

warrant-o-i205-no-final-order = 这是 ICE 遣返令状（I-205 表格）。签署它的是 ICE 官员，不是法官。移民权益倡导者说，没有您的同意，它不允许执法人员进入您家。从 2025 年起，ICE 说它的执法人员可以凭这份表格强行进入住所，逮捕已有最终遣返令的人。法院正在审理对这一说法提出的挑战，目前还没有定论。您说这里没有人有最终遣返令。执法人员仍然可能试图进来。不要开门，也不要同意让他们进来。
warrant-o-i205-no-final-order-say = 我不同意你们进入我家。这份令状不是法官签署的。

warrant-o-detainer = 这是 ICE 扣留请求（detainer，I-247 表格，例如 I-247A）。扣留请求是 ICE 要求看守所把某人留在那里的请求。它不是令状，也没有法官签署。您不必开门。
warrant-o-detainer-say = 我不同意你们进入我家。这份文件不是法官签署的令状。

warrant-o-judge-arrest = 这可能是一份真正由法官签署的逮捕令。如果执法人员认为令状上写名字的人在屋里，它允许他们进入这个人的住所，逮捕这个人。执法人员可能会进来。不要挡门，也不要反抗他们。您仍然可以保持沉默。您不必同意搜查其他任何东西。看看令状上的日期。如果看起来是旧的，请就此询问律师。
warrant-o-judge-arrest-say = 我要行使保持沉默的权利。我要和律师谈话。

warrant-o-arrest-not-here = 法官签署的逮捕令允许执法人员进入令状上写名字的人的住所。它不允许他们进入别人的住所找这个人。要那样做，他们需要搜查令。您说令状上写名字的人不住在这里，所以您不必让他们进来。您不必回答他们的问题。不要对他们说谎。
warrant-o-arrest-not-here-say = 我不同意你们进入我家。

warrant-o-judge-search = 这可能是一份真正由法官签署的搜查令。它允许执法人员搜查令状上写的地址，不管谁住在那里。他们只能搜查令状列出的地方，也只能寻找令状列出的东西。执法人员可能会进来。不要挡门，也不要反抗他们。您仍然可以保持沉默。看看令状上的日期。如果看起来是旧的，请就此询问律师。
warrant-o-judge-search-say = 我要行使保持沉默的权利。我要和律师谈话。

warrant-o-wrong-address = 搜查令上写的是另一个地址，不是这个住所。您不必开门。请把门关好。
warrant-o-wrong-address-say = 我不同意你们进入我家。这份令状写的是别的地址。

warrant-o-cant-tell = 如果您看不出这是什么文件，或者看不出是谁签署的，不要开门。请他们把文件从门缝下塞进来，让您可以阅读。您可以要求一名口译员。移民权益倡导者说，只有法官签署的令状，才允许执法人员在没有您同意的情况下进来。从 2025 年起，ICE 还说它的执法人员可以凭 I-205 表格强行进入，逮捕已有最终遣返令的人；法院正在审理对这一说法提出的挑战。
warrant-o-cant-tell-say = 我不同意你们进入我家。请给我看法官签署的令状。

## 建议：每个结果都从这份固定清单中选取，按这个顺序

warrant-advice-keep-door-closed = 把门关好。隔着门说话。
warrant-advice-do-not-consent = 清楚地说出您不同意他们进来，也不同意搜查。
warrant-advice-do-not-resist = 如果执法人员进来或强行进入，不要逃跑、反抗或阻挡他们。
warrant-advice-stay-silent = 您可以保持沉默。如果您决定保持沉默，请大声说出来。
warrant-advice-ask-for-lawyer = 要求见律师。
warrant-advice-do-not-sign = 在和律师谈话之前，不要签任何东西。
warrant-advice-note-details = 记下执法人员的姓名、徽章号码、时间，以及发生了什么事。
warrant-advice-call-rapid-response = 打电话给您所在县的快速响应热线。您可以在本应用的“求助查找”里找到它。
