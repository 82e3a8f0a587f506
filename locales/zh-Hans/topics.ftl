# 各种情况。用词简单，句子简短，每一步只做一件事。

## 在家

at-home-title = 执法人员在您家门口
at-home-summary = 移民执法人员正在敲您家的门。

at-home-keep-door-closed-do = 把门关好。隔着门说话。问他们是谁、为什么来。请他们在窗户前出示徽章。
at-home-keep-door-closed-say = 你们是谁？来这里做什么？请隔着窗户给我看你们的徽章。
at-home-keep-door-closed-why = 开门并不等于您同意他们进来。但是隔着关好的门说话更安全。

at-home-ask-for-warrant-do = 问他们有没有法官签署的令状。请他们把令状从门缝下塞进来，或者举在窗户前给您看。不要为了看令状而开门。
at-home-ask-for-warrant-say = 我不同意你们进入我家。如果你们有法官签署的令状，请从门缝下塞进来。
at-home-ask-for-warrant-why = 移民权益倡导者说，没有法官签署的令状，执法人员需要得到您的同意才能进入您家。从 2025 年起，ICE 说它的执法人员可以凭 I-205 表格强行进入，逮捕已有最终遣返令的人。法院正在审理对这一说法提出的挑战。

at-home-check-the-warrant-do = 看看这份文件。法官签署的令状来自法院，并由法官签署。搜查令上应该写着这个地址。逮捕令上应该写着住在这里的某个人的名字。也要看看日期。本应用的“令状检查”会和您一步一步核对。
at-home-check-the-warrant-why = ICE 的文件，例如 I-200 表格或 I-205 表格，是由 ICE 官员签署的，不是法官。移民权益倡导者说，没有您的同意，这种文件不允许执法人员进入您家；但是从 2025 年起，ICE 说它可以凭 I-205 表格强行进入，逮捕已有最终遣返令的人。如果搜查令上写的是另一个地址，或者逮捕令上写的人没有一个住在这里，您不必开门。

at-home-if-they-come-in-do = 如果执法人员强行进入，不要反抗，也不要阻挡他们。清楚地说出您不同意他们进入，也不同意搜查。保持沉默，并要求见律师。
at-home-if-they-come-in-say = 我不同意你们进入，也不同意任何搜查。
at-home-if-they-come-in-why = 反抗可能让您和您的家人陷入危险。您仍然可以用言语拒绝。

## 在公共场所

in-public-title = 在公共场所被拦下
in-public-summary = 执法人员或警察在街上或公共场所拦下您。

in-public-stay-calm-do = 保持冷静。不要逃跑、争吵、反抗或阻挡执法人员，即使您认为这次拦查是错的。把手放在他们看得见的地方。
in-public-stay-calm-why = 逃跑或反抗可能让您陷入危险。

in-public-refuse-search-do = 您可以拒绝让他们搜查您的口袋或包。执法人员仍然可以拍摸您衣服的外面，检查有没有武器。
in-public-refuse-search-say = 我不同意搜查。
in-public-refuse-search-why = 您有权拒绝。如果他们还是要搜查，不要反抗。

in-public-papers-do = 如果您有有效的移民证件，例如绿卡或工作许可，请随身携带；如果移民执法人员要求，就出示。如果您没有证件，可以保持沉默。绝不要出示假证件。不要携带其他国家的证件，例如外国护照。
in-public-papers-why = 联邦法律规定，已获发这些证件的成年人必须随身携带，并在移民执法人员要求时出示。不随身携带是联邦轻罪（misdemeanor）。其他国家的证件可能会显示您来自哪里。

## 交通拦查

traffic-stop-title = 在车上被拦下
traffic-stop-summary = 警察或执法人员拦下您正在驾驶或乘坐的车。

traffic-stop-pull-over-safely-do = 在安全的地方靠边停车。关掉发动机。打开车内的灯。把车窗打开一部分。双手放在方向盘上，让执法人员看得见。
traffic-stop-pull-over-safely-why = 这样可以让执法人员知道您没有危险，也让每个人都更安全。

traffic-stop-show-license-do = 如果执法人员要求，出示您的驾照、车辆登记和保险证明。如果您缺少其中某一样，绝不要出示假的。
traffic-stop-show-license-why = 司机在被要求时必须出示这些文件。

traffic-stop-ca-ab60-do = 在加州，即使您无法证明自己在美国合法居留，也可以持车管局（DMV）根据 AB 60 法律发放的驾照开车。
traffic-stop-ca-ab60-why = AB 60 驾照在加州开车是有效的。它不是联邦身份证件。因为某人持有这种驾照而不公平地对待他，是违法的。

traffic-stop-stay-silent-do = 司机和乘客都可以保持沉默。如果您决定保持沉默，请大声说出来。

traffic-stop-refuse-search-do = 不要同意搜查汽车。如果他们还是要搜查，不要反抗。
traffic-stop-refuse-search-say = 我不同意搜查我的车。
traffic-stop-refuse-search-why = 如果警察认为车里有犯罪证据，即使没有您的同意，他们仍然可以搜查。反抗可能让您陷入危险。

traffic-stop-passenger-free-to-go-do = 如果您是乘客，问执法人员您是否可以离开。如果回答是可以，就冷静地离开。

traffic-stop-officer-name-do = 如果拦车的是警察，问他们的姓名和警徽号码。把它们记下来。
traffic-stop-officer-name-say = 请告诉我您的姓名和警徽号码，好吗？
traffic-stop-officer-name-why = 记下来，就留下了是谁拦下您的记录。

traffic-stop-immigration-agents-do = 如果执法人员来自 ICE 或边境巡逻队（Border Patrol），步骤也一样：保持冷静，保持沉默，不要同意搜查。
traffic-stop-immigration-agents-why = 一般来说，移民执法人员需要对移民违法或犯罪有合理怀疑（reasonable suspicion）才能拦车，需要有令状或相当理由（probable cause）才能搜查车辆。2025 年 9 月，美国最高法院允许洛杉矶（Los Angeles）地区的移民拦查在一宗法院案件继续审理期间照常进行。这项命令到底允许什么，目前还没有定论：请询问律师。

## 在家：不要做的事

at-home-dont-open-the-door = 不要开门，除非执法人员从门缝下或在窗户前给您看一份符合这个住所的法官签署的令状：也就是写着这个地址的搜查令，或者写着住在这里的某个人的逮捕令。

## 在公共场所：不要做的事

in-public-dont-carry-foreign-papers = 不要携带其他国家的证件，例如外国护照或领事馆身份证。这些证件可能会显示您来自哪里。这条建议来自移民辩护团体，由其他网站引用：如果您不确定该带什么，请询问律师。
in-public-dont-follow-agents = 不要跟执法人员去办公室，也不要答应“见面喝杯咖啡”。这可能是圈套。

## 交通拦查：不要做的事

traffic-stop-dont-show-false-papers = 即使您没有真的驾照或证件，也不要出示假驾照或假证件。
traffic-stop-dont-consent-to-search = 不要同意搜查汽车。如果他们还是要搜查，不要反抗。

## 交通拦查：移民证件

traffic-stop-papers-do = 如果您有有效的移民证件，例如绿卡或工作许可，请随身携带。如果移民执法人员要求看，就出示。如果您没有证件，可以保持沉默。不要说谎，绝不要出示假证件或其他国家的证件。
traffic-stop-papers-why = 联邦法律规定，已获发这些证件的成年人必须随身携带。不随身携带是联邦轻罪，最高可罚款 $100，或最多监禁 30 天。从 2025 年起，政府一直在提醒人们这条规定。对于其他一切问题，您仍然可以保持沉默。我们关于这些细节的来源是律师事务所的网页：请询问律师这对您的证件意味着什么。
