# 培训测验：每道题一个区块，后面是选项和解释。每道题测验它所属情况中的
# 一个步骤（content/quiz/<topic>.toml）。

## 执法人员在您家门口

quiz-at-home-door = 移民执法人员来敲您家的门。您应该怎么做？
quiz-at-home-door-a = 把门打开一点来说话。
quiz-at-home-door-b = 把门关好，隔着门说话。
quiz-at-home-door-c = 走到门外和他们说话。
quiz-at-home-door-why = 把门关好，隔着门说话。问他们是谁、为什么来。开门并不等于您同意他们进来，但是隔着关好的门说话更安全。

quiz-at-home-open = 执法人员要您开门。在您开门之前，他们必须给您看什么？
quiz-at-home-open-a = 在窗户前出示的徽章。
quiz-at-home-open-b = 任何写着“令状”的文件。
quiz-at-home-open-c = 一份符合这个住所的法官签署的令状。
quiz-at-home-open-why = 不要开门，除非他们从门缝下或在窗户前给您看一份符合这个住所的法官签署的令状。也就是写着这个地址的搜查令，或者写着住在这里的某个人的逮捕令。

quiz-at-home-silent = 执法人员问您在哪里出生。您必须回答吗？
quiz-at-home-silent-a = 不必。您可以保持沉默。
quiz-at-home-silent-b = 必须。您必须回答每一个问题。
quiz-at-home-silent-c = 不必，但您必须告诉他们您的移民身份。
quiz-at-home-silent-why = 第五修正案允许您拒绝回答问题。您不必说出您在哪里出生、您的移民身份是什么，或者您是怎样来到这个国家的。如果您决定保持沉默，请大声说出来。

quiz-at-home-forced = 执法人员强行进入您家。您应该怎么做？
quiz-at-home-forced-a = 挡住他们，不让他们进来。
quiz-at-home-forced-b = 不要反抗。说您不同意他们进入，也不同意搜查。
quiz-at-home-forced-c = 回答他们的问题，好让他们早点离开。
quiz-at-home-forced-why = 不要反抗，也不要阻挡他们：反抗可能让您和您的家人陷入危险。您仍然可以用言语拒绝。说您不同意他们进入，也不同意搜查，保持沉默，并要求见律师。

## 检查令状

quiz-warrant-check-say-warrant = 执法人员隔着门说他们有令状。您应该怎么做？
quiz-warrant-check-say-warrant-a = 开门，因为他们这么说了。
quiz-warrant-check-say-warrant-b = 不要开门。先看到文件再说。
quiz-warrant-check-say-warrant-c = 如果他们说自己是警察，就开门。
quiz-warrant-check-say-warrant-why = 不要只因为执法人员说有令状就开门。执法人员有时说自己有令状，其实没有，或者说自己是警察。先看到文件再说。

quiz-warrant-check-judge = 怎样才能看出一份文件是法官签署的令状？
quiz-warrant-check-judge-a = 它来自法院，并由法官签署。
quiz-warrant-check-judge-b = 它由一名 ICE 官员签署。
quiz-warrant-check-judge-c = 执法人员告诉您它是。
quiz-warrant-check-judge-why = 看看是谁签署了这份文件。法官签署的令状来自法院，例如美国联邦地区法院（U.S. District Court）或加州高等法院（California Superior Court）。它由法官签署。

quiz-warrant-check-ice-form = 这份文件是 ICE 的 I-205 表格。它是法官签署的令状吗？
quiz-warrant-check-ice-form-a = 是。所有令状表格都来自法官。
quiz-warrant-check-ice-form-b = 是，如果签署它的是 ICE 官员。
quiz-warrant-check-ice-form-c = 不是。签署它的是 ICE 官员，不是法官。
quiz-warrant-check-ice-form-why = ICE 的表格，例如 I-200 表格或 I-205 表格，是由 ICE 官员签署的，不是法官。移民权益倡导者说，没有您的同意，这些表格不允许执法人员进入您家；但是从 2025 年起，ICE 说它的执法人员可以凭 I-205 表格强行进入，逮捕已有最终遣返令的人，而法院正在审理对这一说法提出的挑战。如果执法人员强行进入，不要反抗或阻挡他们。

quiz-warrant-check-wrong-person = 一名法官签署了一份逮捕令，但上面写的人没有一个住在您家。您必须开门吗？
quiz-warrant-check-wrong-person-a = 必须。任何法官签署的令状都允许他们进来。
quiz-warrant-check-wrong-person-b = 不必。您不必开门。
quiz-warrant-check-wrong-person-c = 必须，只要他们把它从门缝下塞进来。
quiz-warrant-check-wrong-person-why = 逮捕令不允许执法人员进入别人的住所去找令状上写名字的人。要那样做，他们需要搜查令。如果逮捕令上写的人没有一个住在这里，您不必开门。

## 在公共场所被拦下

quiz-in-public-free-to-go = 在街上，您问执法人员您是否可以离开。回答是可以。您可以怎么做？
quiz-in-public-free-to-go-a = 您必须留下来回答他们的问题。
quiz-in-public-free-to-go-b = 冷静地离开。
quiz-in-public-free-to-go-c = 赶快跑掉。
quiz-in-public-free-to-go-why = 如果回答是可以，就冷静地离开。如果您没有被扣押，您不必留下来回答问题。如果回答是不可以，就保持沉默，并要求见律师。

quiz-in-public-search = 街上有一名执法人员想搜查您的包。您可以怎么做？
quiz-in-public-search-a = 说：我不同意搜查。
quiz-in-public-search-b = 抓紧您的包，反抗他们。
quiz-in-public-search-c = 什么也做不了。您不能拒绝。
quiz-in-public-search-why = 您有权拒绝让他们搜查您的口袋或包。执法人员仍然可以拍摸您衣服的外面，检查有没有武器。如果他们还是要搜查，不要反抗。

quiz-in-public-green-card = 您有有效的绿卡。出门时您应该怎么做？
quiz-in-public-green-card-a = 把它留在家里，这样它比较安全。
quiz-in-public-green-card-b = 随身携带，但移民执法人员要求时不要出示。
quiz-in-public-green-card-c = 随身携带，移民执法人员要求时就出示。
quiz-in-public-green-card-why = 联邦法律规定，已获发这些证件的成年人必须随身携带，并在移民执法人员要求时出示。不随身携带是联邦轻罪（misdemeanor）。

quiz-in-public-coffee = 执法人员请您去他们的办公室，或者“见面喝杯咖啡”。您应该怎么做？
quiz-in-public-coffee-a = 去，让他们看到您没有什么可隐瞒的。
quiz-in-public-coffee-b = 不要去。这可能是圈套。
quiz-in-public-coffee-c = 如果他们看起来很友善，就去。
quiz-in-public-coffee-why = 不要跟执法人员去办公室，也不要答应“见面喝杯咖啡”。这可能是圈套。

## 在车上被拦下

quiz-traffic-stop-pull-over = 警察示意您靠边停车。您应该怎么做？
quiz-traffic-stop-pull-over-a = 不关发动机，好随时准备开走。
quiz-traffic-stop-pull-over-b = 在安全的地方停车，关掉发动机，双手放在方向盘上。
quiz-traffic-stop-pull-over-c = 马上把手伸到座位底下拿您的证件。
quiz-traffic-stop-pull-over-why = 在安全的地方靠边停车，关掉发动机，打开车内的灯，双手放在方向盘上，让执法人员看得见。这样可以让执法人员知道您没有危险，也让每个人都更安全。

quiz-traffic-stop-who-silent = 警察拦下您的车。谁可以保持沉默？
quiz-traffic-stop-who-silent-a = 只有司机。
quiz-traffic-stop-who-silent-b = 只有乘客。
quiz-traffic-stop-who-silent-c = 司机和所有乘客。
quiz-traffic-stop-who-silent-why = 司机和乘客都可以保持沉默。如果您决定保持沉默，请大声说出来。您说的话可能在法庭上被用来对您不利。

quiz-traffic-stop-car-search = 执法人员要求搜查您的车。您可以说什么？
quiz-traffic-stop-car-search-a = 我不同意搜查我的车。
quiz-traffic-stop-car-search-b = 请便，我没有什么可隐瞒的。
quiz-traffic-stop-car-search-c = 如果您之后放我走，您就可以搜查。
quiz-traffic-stop-car-search-why = 不要同意搜查汽车。如果警察认为车里有犯罪证据，即使没有您的同意，他们仍然可以搜查。如果他们还是要搜查，不要反抗：反抗可能让您陷入危险。

quiz-traffic-stop-passenger = 您是乘客。您问执法人员您是否可以离开，执法人员说可以。您可以怎么做？
quiz-traffic-stop-passenger-a = 您必须留下来回答问题。
quiz-traffic-stop-passenger-b = 冷静地离开。
quiz-traffic-stop-passenger-c = 从车上跑掉。
quiz-traffic-stop-passenger-why = 如果您是乘客，问执法人员您是否可以离开。如果回答是可以，就冷静地离开。如果您没有被扣押，您不必留下来回答问题。

## 执法人员来到您的工作场所

quiz-at-work-areas = 在工作场所，ICE 可以不经询问就走进哪里？
quiz-at-work-areas-a = 公共区域，例如大堂或停车场。
quiz-at-work-areas-b = 厨房或办公室。
quiz-at-work-areas-c = 任何房间，即使是只供员工使用的房间。
quiz-at-work-areas-why = ICE 可以不经询问就走进企业的公共区域，例如餐厅的用餐区、大堂或停车场。要进入非公共区域，例如厨房、办公室或只供员工使用的房间，他们需要雇主的同意或法官签署的令状。执法人员身在公共区域，这一点本身并不允许他们扣押、盘问或逮捕任何人。

quiz-at-work-free-to-leave = 在工作场所，您问执法人员您是否可以回去工作。回答是可以。您可以怎么做？
quiz-at-work-free-to-leave-a = 您必须先留下来回答问题。
quiz-at-work-free-to-leave-b = 从后门跑出去。
quiz-at-work-free-to-leave-c = 说您不想谈话，然后冷静地回去工作。
quiz-at-work-free-to-leave-why = 如果回答是可以，就说您不想谈话。然后回去工作，或者冷静地离开。如果您没有被扣押，您不必留下来回答问题。

quiz-at-work-groups = 执法人员叫工人按移民身份分组。您可以怎么做？
quiz-at-work-groups-a = 您必须走到和您身份相符的那一组。
quiz-at-work-groups-b = 待在原地不动。
quiz-at-work-groups-c = 走进某一组，因为这不会告诉他们任何事情。
quiz-at-work-groups-why = 您可以待在原地不动。走到其中一组里，就等于告诉他们您的身份，而您不必告诉他们您的身份。

quiz-at-work-search = 执法人员想在您的工作场所进行搜查。您可以说什么？
quiz-at-work-search-a = 我不同意搜查。
quiz-at-work-search-b = 请便，我没有什么可隐瞒的。
quiz-at-work-search-c = 如果你们不问我问题，你们就可以搜查。
quiz-at-work-search-why = 不要同意搜查。您可以大声说：我不同意搜查。

## 被警察逮捕

quiz-arrested-used-against = 被逮捕后，您说的话可能在哪里被用来对您不利？
quiz-arrested-used-against-a = 只在刑事法庭上
quiz-arrested-used-against-b = 哪里都不会，因为这些是地方警察
quiz-arrested-used-against-c = 在刑事法庭和移民法庭上
quiz-arrested-used-against-why = 您说的话可能在刑事法庭和移民法庭上被用来对您不利。所以要求见律师，在和律师谈过之前，什么都不要决定。

quiz-arrested-caregiver = 您被逮捕了，而您是一个孩子的主要照顾者。您可以怎么做？
quiz-arrested-caregiver-a = 把您孩子的情况告诉执法人员
quiz-arrested-caregiver-b = 不让执法人员知道
quiz-arrested-caregiver-c = 等到被释放后再提
quiz-arrested-caregiver-why = 您可以告诉执法人员您是孩子的家长或主要照顾者，也可以告诉他们您的任何医疗需要。这样有助于确保您的孩子有人照顾，您的健康需要也有人知道。

quiz-arrested-wrong-arrest = 您认为警察逮捕您是搞错了。您应该怎么做？
quiz-arrested-wrong-arrest-a = 一有机会就逃跑
quiz-arrested-wrong-arrest-b = 不要逃跑或反抗，即使您认为这是错的
quiz-arrested-wrong-arrest-c = 反抗，让他们放您走
quiz-arrested-wrong-arrest-why = 不要逃离警察，也不要反抗警察，即使您认为这次逮捕是错的。

quiz-arrested-calls = 在加州，被逮捕后您可以打几通电话？
quiz-arrested-calls-a = 至少 3 通能接通的电话
quiz-arrested-calls-b = 只能打 1 通
quiz-arrested-calls-c = 见到法官之前一通都不能打
quiz-arrested-calls-why = 加州刑法典（California Penal Code）第 851.5 条给了您至少 3 通能接通的电话。收押登记（booking）之后您马上就可以打，最晚不超过被逮捕后 3 小时，除非客观上做不到。

## 被关押在地方看守所

quiz-in-jail-silent = 在您被关押期间，有人问您在哪里出生。您必须回答吗？
quiz-in-jail-silent-a = 必须，因为您在看守所里
quiz-in-jail-silent-b = 不必。您可以保持沉默，并大声说出来
quiz-in-jail-silent-c = 必须，如果是执法人员问您
quiz-in-jail-silent-why = 第五修正案允许您拒绝回答问题。您不必说出您在哪里出生。如果您决定保持沉默，请大声说出来。

quiz-in-jail-sign = 在看守所里，有人给您“自愿离境”（voluntary departure）文件。您应该怎么做？
quiz-in-jail-sign-a = 签了，好早点出去
quiz-in-jail-sign-b = 如果执法人员叫您签，就签
quiz-in-jail-sign-c = 在和律师谈过之前不要签
quiz-in-jail-sign-why = 没有和律师谈过之前，不要签任何东西，特别是“自愿离境”（voluntary departure）文件。

quiz-in-jail-citizen = 您不是美国公民。执法人员问您是不是美国公民。怎样做才对？
quiz-in-jail-citizen-a = 不要说您是美国公民
quiz-in-jail-citizen-b = 为了安全，说您是公民
quiz-in-jail-citizen-c = 如果您有假证件，就出示
quiz-in-jail-citizen-why = 不要说谎。如果您不是美国公民，不要说您是，也不要出示假证件。

quiz-in-jail-interview = 在加州的市或县看守所里，ICE 想和您面谈。您可以怎么做？
quiz-in-jail-interview-a = 和 ICE 谈，因为您在看守所里
quiz-in-jail-interview-b = 拒绝，或者说只有您的律师在场您才谈
quiz-in-jail-interview-c = 什么也做不了，看守所替您决定
quiz-in-jail-interview-why = 面谈是自愿的。您可以拒绝，或者说只有您的律师在场您才谈。您对 ICE 说的话可能在移民法庭上被用来对您不利。

## 被 ICE 关押

quiz-ice-detention-free-help = ICE 正在关押您，而您没有律师。您可以向执法人员要什么？
quiz-ice-detention-free-help-a = 什么也不能要，您必须自己找律师
quiz-ice-detention-free-help-b = 在开庭日期之前什么也不能要
quiz-ice-detention-free-help-c = 免费（pro bono）法律服务名单
quiz-ice-detention-free-help-why = 如果您没有律师，请向执法人员索取免费法律服务名单。在移民案件中，政府通常不会为您支付律师费用。名单上的团体免费提供法律帮助。

quiz-ice-detention-phone = 用拘留设施的电话时，您不应该谈论什么？
quiz-ice-detention-phone-a = 您的移民身份或您在哪里出生
quiz-ice-detention-phone-b = 没有什么不能谈的，因为这些通话是私密的
quiz-ice-detention-phone-c = 没有什么不能谈的，只要您说自己的语言
quiz-ice-detention-phone-why = 拘留设施的电话可能被监听。所以用这些电话时，不要谈论您的移民身份或您在哪里出生。

quiz-ice-detention-locator = 您的家人要用 ICE 的在线被拘留者查询系统（Online Detainee Locator）找您，需要什么？
quiz-ice-detention-locator-a = 只需要您的名（first name）
quiz-ice-detention-locator-b = 您的 A 号码或您完全准确的姓名，再加上您的出生国家
quiz-ice-detention-locator-c = 只需要您的出生国家
quiz-ice-detention-locator-why = 他们需要您的 A 号码（A-number）和出生国家，或者您的姓名和出生国家。姓名必须和 ICE 的记录完全一致。这个查询系统可以查到 18 岁或以上的人。

quiz-ice-detention-departure = ICE 提出让您自愿离境（voluntary departure）。您首先应该怎么做？
quiz-ice-detention-departure-a = 马上同意，好让事情结束
quiz-ice-detention-departure-b = 让执法人员替您决定
quiz-ice-detention-departure-c = 同意之前先和律师谈
quiz-ice-detention-departure-why = 在和律师谈话之前，不要同意自愿离境，也不要对您的案件做任何其他决定。

## 去法院

quiz-in-court-case-line = 关于移民法庭的自动案件热线，哪一项是对的？
quiz-in-court-case-line-a = 它由站在您这一边的移民权益倡导者运营
quiz-in-court-case-line-b = 它需要 A 号码，而且由政府运营
quiz-in-court-case-line-c = 没有 A 号码也可以使用
quiz-in-court-case-line-why = 要查询案件的信息，请准备好当事人的 A 号码（A-number）。自动热线需要它。这条热线由政府运营，不是由移民权益倡导者运营。

quiz-in-court-lawyer = 您在移民法庭有案件。关于律师，您可以怎么做？
quiz-in-court-lawyer-a = 要求和律师谈话，并做好自己找律师的准备
quiz-in-court-lawyer-b = 等着，因为法庭会给您派一名免费律师
quiz-in-court-lawyer-c = 不请律师就去，因为您不可以要求律师
quiz-in-court-lawyer-why = 您可以要求和律师谈话。在移民案件中，政府通常不会为您支付律师费用，所以您可能需要自己找律师。

quiz-in-court-free-help = 移民案件的免费法律帮助，您可以到哪里找？
quiz-in-court-free-help-a = 哪里都没有，因为法律帮助要花钱
quiz-in-court-free-help-b = 只有在您的案件结束之后才有
quiz-in-court-free-help-c = 网上的名录，以及法庭的免费法律服务提供者名单
quiz-in-court-free-help-why = 您可以在网上查找两个全国性的免费和低收费法律服务名录。移民法庭也有一份免费（pro bono）法律服务提供者的名单。如果您被拘留而且没有律师，请向执法人员索取这份名单。

quiz-in-court-state-case = 您在加州的州法院有一宗刑事案件。它会影响移民吗？
quiz-in-court-state-case-a = 不会，州法院和移民无关
quiz-in-court-state-case-b = 会，有些结果可能损害您的身份，所以请询问移民律师
quiz-in-court-state-case-c = 只有在您在法庭上谈到移民时才会
quiz-in-court-state-case-why = 不要以为州法院的案件和移民无关。有些刑事案件的结果可能损害您的身份。请询问移民律师。

## 在学校或医院

quiz-school-hospital-records = 执法人员向加州的一所学校索取学生的信息。执法人员必须先有什么？
quiz-school-hospital-records-a = 法官签署的令状
quiz-school-hospital-records-b = 由 ICE 官员签署的文件
quiz-school-hospital-records-c = 什么都不需要，他们只要开口问就行
quiz-school-hospital-records-why = 根据 AB 49，除非执法人员持有法官签署的令状，学校不得向他们提供有关学生、家庭或教职员工的信息。由 ICE 官员签署、而不是由法官签署的文件，不是法官签署的令状。

quiz-school-hospital-clinic-areas = 根据加州的 SB 81，诊所和医院必须做什么？
quiz-school-hospital-clinic-areas-a = 执法人员要进哪个区域，就让他们进去
quiz-school-hospital-clinic-areas-b = 只不让执法人员进入候诊室
quiz-school-hospital-clinic-areas-c = 没有法官签署的令状或法院命令，就不让执法人员进入非公共区域
quiz-school-hospital-clinic-areas-why = 诊所和医院必须确定它们的哪些区域不对公众开放。除非移民执法人员持有法官签署的令状或法院命令，诊所和医院必须让他们留在这些区域之外。

quiz-school-hospital-emergency = 您在加州需要急诊医疗，但您因为自己的移民身份而害怕。您应该怎么做？
quiz-school-hospital-emergency-a = 待在家里，等有了证件再说
quiz-school-hospital-emergency-b = 去接受您需要的急诊医疗
quiz-school-hospital-emergency-c = 不去了，因为能不能得到医疗取决于您的身份
quiz-school-hospital-emergency-why = 需要的时候，去接受急诊医疗。加州总检察长（California Attorney General）说，不论您的移民身份如何，您都可以得到急诊医疗。

quiz-school-hospital-with-warrant = 这些加州法律能把所有执法人员都挡在学校和医院之外吗？
quiz-school-hospital-with-warrant-a = 不能，持有法官签署的令状或法院命令的执法人员仍然可以进来
quiz-school-hospital-with-warrant-b = 能，执法人员根本不能进来
quiz-school-hospital-with-warrant-c = 能，除非执法人员穿着制服
quiz-school-hospital-with-warrant-why = 不要只靠这些法律把执法人员挡在外面。持有法官签署的令状或法院命令的执法人员，仍然可以进来。

## 在边境附近

quiz-border-zone-checkpoint = 在边境巡逻队（Border Patrol）检查站，执法人员问您问题。您可以怎么做？
quiz-border-zone-checkpoint-a = 您必须回答，因为您在边境附近
quiz-border-zone-checkpoint-b = 保持冷静，让执法人员看得见您的手，而且您可以保持沉默
quiz-border-zone-checkpoint-c = 把手藏起来，和执法人员争吵
quiz-border-zone-checkpoint-why = 在边境巡逻队检查站，美国宪法仍然适用，包括您不回答问题的权利。保持冷静，把手放在执法人员看得见的地方。如果您决定保持沉默，请大声说出来。

quiz-border-zone-car-search = 边境巡逻队的执法人员想搜查您的车。您应该怎么做？
quiz-border-zone-car-search-a = 说“我不同意搜查我的车”，如果他们还是要搜查，不要反抗
quiz-border-zone-car-search-b = 同意搜查，因为在边境附近您没有任何权利
quiz-border-zone-car-search-c = 挡住车门，让他们无法搜查
quiz-border-zone-car-search-why = 不要同意搜查您的车。在 100 英里区域内，边境巡逻队需要有令状或相当理由（probable cause）才能搜查车辆。如果他们还是要搜查，不要反抗。

quiz-border-zone-port-search = 您在机场入境。执法人员可以在没有令状的情况下搜查您的行李吗？
quiz-border-zone-port-search-a = 不可以，他们需要先有令状
quiz-border-zone-port-search-b = 只有在您不是美国公民时才可以
quiz-border-zone-port-search-c = 可以，在那里进行例行搜查不需要令状，也不需要理由
quiz-border-zone-port-search-why = 机场、陆路口岸和海港都是入境口岸（ports of entry）。在那里，执法人员进行例行搜查不需要令状，也不需要理由，即使对象是美国公民和绿卡持有人。边境规则很复杂：如果您担心，出行前请询问律师。

quiz-border-zone-phone-password = 在入境口岸，执法人员要您的手机密码。哪一项是对的？
quiz-border-zone-phone-password-a = 您必须给，否则就是违法
quiz-border-zone-phone-password-b = 您不必给，但拒绝不一定能阻止搜查
quiz-border-zone-phone-password-c = 如果您拒绝，他们必须马上把手机还给您
quiz-border-zone-phone-password-why = 您不必交出密码，但拒绝不一定能阻止搜查。如果您不解锁设备，执法人员可能会把它扣留几个星期。不是美国公民或绿卡持有人的旅客，可能会被拒绝入境。

## 拍摄执法人员

quiz-recording-right = 您可以在公共场所拍摄正在执法的移民执法人员吗？
quiz-recording-right-a = 不可以，在公共场所拍摄执法人员是违法的
quiz-recording-right-b = 可以，而且您想站多近就站多近
quiz-recording-right-c = 可以，在您被允许待的地方，保持安全距离
quiz-recording-right-why = 联邦法院说，人们根据第一修正案有权拍摄警察在公共场所执行公务，同样的原则也被用在移民执法人员身上。待在您被允许待的地方，保持安全距离，不要妨碍他们。

quiz-recording-move-back = 您在拍摄时，执法人员命令您后退。您应该怎么做？
quiz-recording-move-back-a = 后退，在更远的地方继续拍摄
quiz-recording-move-back-b = 待在原地，因为您有权拍摄
quiz-recording-move-back-c = 走近一点，让他们知道您在拍摄
quiz-recording-move-back-why = 执法人员可以出于安全原因，依法叫您后退。如果您拒绝，您可能会被逮捕。您可以在更远的地方继续拍摄。

quiz-recording-phone = 执法人员要求看您的手机，并叫您删除视频。您可以怎么做？
quiz-recording-phone-a = 您必须解锁手机并删除视频
quiz-recording-phone-b = 您可以拒绝：您不必解锁，也不必删除您的视频
quiz-recording-phone-c = 如果他们拿走您的手机，就和他们争抢
quiz-recording-phone-why = 我们的来源是对电子前哨基金会（Electronic Frontier Foundation）建议的一份摘要，它说，没有令状，执法人员不应该搜查您的手机、逼您删除视频或逼您解锁。如果执法人员还是拿走了您的手机，不要反抗。这一点需要律师根据您自己的案件来核实。

quiz-recording-camera = 您应该把镜头对准哪里？
quiz-recording-camera-a = 对准执法人员
quiz-recording-camera-b = 对准被执法人员扣押的人
quiz-recording-camera-c = 哪里都可以。没有关系。
quiz-recording-camera-why = 把镜头对准执法人员，而不是他们正在扣押的人。这样可以保护被扣押者的隐私。

## 制定家庭计划

quiz-family-plan-numbers = 一位您信任的人和一位律师的电话号码，您应该怎样保存？
quiz-family-plan-numbers-a = 只存在手机里
quiz-family-plan-numbers-b = 背下来
quiz-family-plan-numbers-c = 您不需要这些号码
quiz-family-plan-numbers-why = 把这些号码背下来。如果您被拘留，身上可能没有手机。

quiz-family-plan-a-number = 如果您有 A 号码（A-number），应该怎么处理它？
quiz-family-plan-a-number-a = 不让您的家人知道
quiz-family-plan-a-number-b = 什么都不用做，您的家人不会需要它
quiz-family-plan-a-number-c = 记住它，并把它写在家人能找到的地方
quiz-family-plan-a-number-why = 如果您是成年人并且被拘留，您的家人可以用您的 A 号码和出生国家，在 ICE 的在线被拘留者查询系统中找您。移民法庭的案件热线也会要求提供 A 号码。

quiz-family-plan-pickup = 有一天您可能无法去接孩子。您现在应该做什么？
quiz-family-plan-pickup-a = 什么都不用做。会有人知道该怎么办。
quiz-family-plan-pickup-b = 决定谁可以去接他们，并把它写下来。
quiz-family-plan-pickup-c = 等事情发生了再决定。
quiz-family-plan-pickup-why = 决定在您无法接孩子时，谁可以去接他们，并把它写下来。这样，如果您没有回家，您信任的人就知道该怎么做。

quiz-family-plan-when = 您应该什么时候制定家庭计划？
quiz-family-plan-when-a = 执法人员来到您家门口时
quiz-family-plan-when-b = 一看到您所在的地区有执法人员时
quiz-family-plan-when-c = 现在，在任何事情发生之前
quiz-family-plan-when-why = 不要等到执法人员来了才制定计划。在任何事情发生之前，让您的家人做好准备。

quiz-family-plan-ct-guardian = 在康涅狄格州，您可以怎样为您的孩子指定备用监护人（standby guardian）？
quiz-family-plan-ct-guardian-a = 只能通过律师和法院
quiz-family-plan-ct-guardian-b = 用州政府的家庭准备计划（Family Preparedness Plan）工具包，不用花钱
quiz-family-plan-ct-guardian-c = 向州政府交一笔费用
quiz-family-plan-ct-guardian-why = 康涅狄格州为家长制作了家庭准备计划（Family Preparedness Plan）工具包，用来指定一位备用监护人，以防您被拘留或遣返。您不需要律师、不需要上法院，也不需要花钱，就可以指定备用监护人。

## 移民诈骗

quiz-scams-who-advises = 谁可以为您提供移民方面的法律意见？
quiz-scams-who-advises-a = 持有执照的律师，或者由美国司法部认可的代表
quiz-scams-who-advises-b = 任何 notario（公证人）
quiz-scams-who-advises-c = 任何帮人填移民表格的人
quiz-scams-who-advises-why = 只有持有执照的律师，或者由美国司法部认可的代表，才可以提供移民法律意见。

quiz-scams-consultant = 一名不是律师的顾问提出要帮您。他们可以做什么？
quiz-scams-consultant-a = 告诉您在您的案件中该怎么做
quiz-scams-consultant-b = 只能帮您填表和翻译
quiz-scams-consultant-c = 如果您多付钱，就给您法律意见
quiz-scams-consultant-why = 不是律师的顾问只能帮您填表和翻译。他们不可以告诉您在您的案件中该怎么做。付钱给任何人之前，先问清楚他们是不是律师或认可代表。

quiz-scams-text = 您收到一条短信，说您的移民身份有问题。您应该怎么做？
quiz-scams-text-a = 他们要多少就付多少，好尽快解决
quiz-scams-text-b = 把您的个人信息发给他们，让他们核对
quiz-scams-text-c = 不给钱，也不提供个人信息，并向您自己的律师核实
quiz-scams-text-why = 如果有人打电话、发短信或发电子邮件，说您的移民身份有问题，不要给他们钱或个人信息。加州总检察长（California Attorney General）提醒人们不要这样做。请向您自己的律师核实。

quiz-scams-free-help = 在加州，您可以在哪里找到提供免费移民法律帮助的团体？
quiz-scams-free-help-a = 哪里都没有，法律帮助必须付钱
quiz-scams-free-help-b = 在加州社会服务部（California Department of Social Services）公布的名单里
quiz-scams-free-help-c = 找 notario（公证人），要付费
quiz-scams-free-help-why = 加利福尼亚州政府出资让非营利团体提供免费的移民法律服务。加州社会服务部公布了提供这类帮助的团体名单。

## 传言和目击

quiz-rumors-check = 您看到一个帖子，说您附近的一家商店有移民执法人员。在分享之前，您应该做什么？
quiz-rumors-check-a = 马上分享，以防万一
quiz-rumors-check-b = 核实它是否属实
quiz-rumors-check-c = 现在分享，以后再核实
quiz-rumors-check-why = 在分享有关移民执法人员的消息之前，先核实它是否属实。没有人核实过的帖子可能是错的，而且可能散播恐慌。

quiz-rumors-call = 您看到附近有移民执法人员。做什么比较好？
quiz-rumors-call-a = 马上在网上发帖
quiz-rumors-call-b = 不告诉任何人，因为没有人接收这类报告
quiz-rumors-call-c = 打电话给您所在县的快速响应热线
quiz-rumors-call-why = 快速响应热线接收关于附近有移民执法人员的报告，并帮助需要帮助的人。请打电话给热线，而不是在网上发帖。您可以在本应用的“求助查找”里找到这条热线。

quiz-rumors-document = 您看到执法人员，想留下记录。您应该怎么做？
quiz-rumors-document-a = 如果安全，把您看到的拍下来或写下来，并保持距离
quiz-rumors-document-b = 走近一点，让您的视频更清楚
quiz-rumors-document-c = 站在执法人员面前挡住他们，让他们不得不停下
quiz-rumors-document-why = 记下发生了什么，以后可能有用。只有在安全的情况下才这样做，并保持距离。妨碍执法人员可能让您被逮捕。

quiz-rumors-numbers = 您分享的求助号码应该来自哪里？
quiz-rumors-numbers-a = 来自一个您不认识的人发的帖子
quiz-rumors-numbers-b = 来自您信任的来源，例如您当地的快速响应网络
quiz-rumors-numbers-c = 美国国土安全部（DHS）用来向 ICE 举报他人的号码
quiz-rumors-numbers-why = 只分享来自您信任的来源的求助号码，例如您当地的快速响应网络。美国国土安全部（DHS）有一个号码，让公众向 ICE 举报他人。它不是求助热线。
