# 第 9 到 15 种情况。用词简单，句子简短，每一步只做一件事。
# 消息中绝不放电话号码。

## 在法院

in-court-title = 去法院
in-court-summary = 您在州法院或移民法庭有案件。

in-court-state-court-do = 要知道，加州的州法院不决定您的移民身份。
in-court-state-court-why = 即使如此，州法院案件的结果也可能影响您的移民案件。有些结果可能对您有帮助，有些可能对您不利。

in-court-ask-immigration-lawyer-do = 如果您在州法院有案件，也要和移民律师谈谈这个案件。
in-court-ask-immigration-lawyer-why = 有些州法院的事项可能有帮助，例如为年轻人作出的 SIJS（特殊移民青少年身份）认定，或者为犯罪受害者办理的事项。刑事案件的某些结果可能损害您的移民身份。

in-court-case-information-do = 要查询移民法庭案件的信息，请准备好当事人的 A 号码（A-number，外国人登记号码）。法庭的自动案件热线列在本应用的“求助查找”里。
in-court-case-information-why = 自动热线需要 A 号码。这条热线由政府运营，不是由移民权益倡导者运营。

in-court-ask-for-lawyer-do = 您可以要求和律师谈话。
in-court-ask-for-lawyer-say = 我要和律师谈话。
in-court-ask-for-lawyer-why = 在移民案件中，政府通常不会为您支付律师费用。您可能需要自己找律师。

in-court-free-legal-help-do = 寻找免费法律帮助。您可以在网上查找两个全国性的免费和低收费法律服务名录（链接在这一步旁边）。移民法庭也有一份免费（pro bono）法律服务提供者的名单。
in-court-free-legal-help-why = 这些名单可以帮您找到免费法律帮助。如果您被拘留而且没有律师，请向执法人员索取免费法律服务提供者的名单。

in-court-dont-ignore-state-case = 不要以为州法院的案件和移民无关。有些刑事案件的结果可能损害您的身份。请询问移民律师。

## 在学校或医院

school-hospital-title = 在学校或医院
school-hospital-summary = 移民执法人员来到学校、诊所或医院。

school-hospital-school-private-areas-do = 了解关于学校的法律。移民执法人员不得进入学校不对公众开放的区域，除非他们出示有效的身份证件，并持有法官或法院签发的令状、传票或命令。
school-hospital-school-private-areas-why = 这项加州法律叫 AB 49。它在 2025 年 9 月 20 日签署。

school-hospital-school-records-do = 要知道，除非执法人员持有法官签署的令状，学校不得向他们提供有关学生、家庭或教职员工的信息。
school-hospital-school-records-why = AB 49 也保护这些信息。由 ICE 官员签署、而不是由法官签署的文件，不是法官签署的令状。

school-hospital-school-notice-do = 留意您孩子学校发来的消息。当学校确认有移民执法人员在校园里时，学校必须通知家长、学生和教职员工。
school-hospital-school-notice-why = 这项加州法律叫 SB 98。学校必须在 2026 年 3 月 1 日之前把这一步骤加进安全计划。这条规定有效到 2031 年 1 月 1 日。

school-hospital-health-private-areas-do = 了解关于医疗的法律。诊所和医院必须确定它们的哪些区域不对公众开放。除非移民执法人员持有法官签署的令状或法院命令，诊所和医院必须让他们留在这些区域之外。
school-hospital-health-private-areas-why = 这项加州法律叫 SB 81。它还把您的移民身份视为您医疗记录的一部分。

school-hospital-emergency-care-do = 需要的时候，去接受急诊医疗。
school-hospital-emergency-care-why = 加州总检察长（California Attorney General）说，不论您的移民身份如何，您都可以得到急诊医疗。

school-hospital-dont-public-areas = 不要以为这些法律涵盖学校或医院的每一个地方。它们针对的是不对公众开放的区域。
school-hospital-dont-count-on-agents = 不要只靠这些法律把执法人员挡在外面。持有法官签署的令状或法院命令的执法人员，仍然可以进来。
school-hospital-dont-skip-care = 不要因为您的移民身份而不去接受急诊医疗。

## 在边境附近

border-zone-title = 在边境附近
border-zone-summary = 边境巡逻队（Border Patrol）检查站，以及您入境时经过的机场或边境口岸。

border-zone-hundred-mile-zone-do = 要知道，边境执法人员说，在美国任何边境（包括海岸线）100 英里以内，他们拥有额外的权力。加州大多数大城市都在这个区域内。
border-zone-hundred-mile-zone-why = 一项联邦法律，8 U.S.C. §1357(a)(3)，允许这些执法人员在距边境“合理距离”内执法，而一项联邦法规把这个距离定为 100 空中英里（直线距离）。在这个区域内，美国宪法仍然保护您。我们关于这一点的来源是美国公民自由联盟（ACLU）一份情况说明的转载副本，而不是 ACLU 自己的网页；而且边境规则很复杂：请就您的情况询问律师。

border-zone-checkpoint-silent-do = 在边境巡逻队检查站，保持冷静，把手放在执法人员看得见的地方。您可以保持沉默。如果您决定保持沉默，请大声说出来。
border-zone-checkpoint-silent-why = 边境巡逻队可以设立移民检查站。但美国宪法在那里仍然适用，包括您不回答问题的权利。

border-zone-papers-do = 在检查站，或者在边境附近的任何地方，如果您有有效的移民证件，例如绿卡或工作许可，请随身携带，并在移民执法人员要求时出示。如果您没有证件，可以保持沉默。不要说谎，绝不要出示假证件或其他国家的证件。
border-zone-papers-why = 联邦法律规定，已获发这些证件的成年人必须随身携带。不随身携带是联邦轻罪。从 2025 年起，海关与边境保护局（Customs and Border Protection）一直在提醒人们这条规定。我们关于这些细节的来源是律师事务所的网页和新闻报道：请询问律师这对您的证件意味着什么。

border-zone-refuse-search-do = 不要同意搜查您的车。如果他们还是要搜查，不要反抗。
border-zone-refuse-search-say = 我不同意搜查我的车。
border-zone-refuse-search-why = 在这个区域内，边境巡逻队需要对移民违法或犯罪有合理怀疑（reasonable suspicion）才能把车拦下。要搜查车辆，它需要有令状或相当理由（probable cause）。

border-zone-ports-of-entry-do = 当您在机场、陆路口岸或海港入境时，要预料到执法人员可能会搜查您的行李和车辆。
border-zone-ports-of-entry-why = 这些地方叫做入境口岸（ports of entry）。在那里，执法人员进行例行搜查不需要令状，也不需要理由，即使对象是美国公民和绿卡持有人。这些规则和在美国境内拦查的规则很不一样。边境规则很复杂：如果您担心，出行前请询问律师。

border-zone-phones-laptops-do = 了解在入境口岸关于手机和笔记本电脑的规则。执法人员说，他们可以在没有令状的情况下搜查这些设备。您不必交出密码。
border-zone-phones-laptops-why = 拒绝不一定能阻止搜查。如果您不解锁设备，执法人员可能会把它扣留几个星期。不是美国公民或绿卡持有人的旅客，可能会被拒绝入境。

border-zone-lawyer-at-port-do = 如果您是美国公民，在入境口岸被执法人员盘问时，您可以要求见律师。
border-zone-lawyer-at-port-say = 我要和律师谈话。
border-zone-lawyer-at-port-why = 绿卡和签证持有人在这种检查中通常没有请律师的权利，除非事情变成刑事案件。边境规则很复杂。这是一般信息：出行前请询问移民律师。

border-zone-dont-no-rights = 不要以为在边境附近您就失去了权利。在 100 英里区域内，美国宪法仍然适用。

## 拍摄执法人员

recording-title = 拍摄执法人员
recording-summary = 您看到移民执法人员在公共场所执法，想要把他们拍下来。

recording-right-to-record-do = 您可以在公共场所拍摄执法人员。待在您被允许待的地方。保持安全距离。不要妨碍他们。
recording-right-to-record-why = 联邦法院，包括管辖加州的上诉法院，都说人们根据第一修正案有权拍摄警察在公共场所执行公务。同样的原则也被用在移民执法人员身上。

recording-know-the-risk-do = 拍摄之前，要知道其中的风险。有人在拍摄执法人员时被逮捕。
recording-know-the-risk-why = 新闻机构 ProPublica 统计，至少有 130 人因被指妨碍执法人员或拍摄执法人员而被逮捕。美国国土安全部把拍摄执法人员称为“doxing”（人肉搜索），意思是曝光他人的私人信息。

recording-move-back-do = 如果执法人员命令您后退，就照做。您可以在更远的地方继续拍摄。
recording-move-back-why = 执法人员可以出于安全原因，依法叫您后退。如果您拒绝，您可能会被逮捕。

recording-protect-phone-do = 如果执法人员要求看您的手机，您可以拒绝。您不必解锁，也不必删除您的视频。
recording-protect-phone-say = 我不同意搜查我的手机。
recording-protect-phone-why = 我们的来源是对电子前哨基金会（Electronic Frontier Foundation）建议的一份摘要，它说，没有令状，执法人员不应该搜查您的手机、逼您删除视频或逼您解锁。这一点需要律师根据您自己的案件来核实。如果执法人员还是拿走了您的手机，不要反抗。

recording-write-details-do = 记下日期、时间和地点。记下执法人员的姓名、徽章号码、车辆和车牌。
recording-write-details-why = 这些细节能清楚地记录发生了什么、有谁在场。

recording-focus-on-agents-do = 把镜头对准执法人员，而不是他们正在扣押的人。
recording-focus-on-agents-why = 这样可以保护被扣押者的隐私。

recording-dont-interfere = 拍摄时，不要触碰、阻挡或妨碍执法人员。
recording-dont-ignore-orders = 不要拒绝后退的命令。改为在安全距离外继续拍摄。
recording-dont-delete-footage = 不要因为执法人员这样说，就解锁手机或删除视频。

## 家庭计划

family-plan-title = 制定家庭计划
family-plan-summary = 在任何事情发生之前，让您的家人做好准备。

family-plan-memorize-numbers-do = 把一位您信任的人和一位律师的电话号码背下来。
family-plan-memorize-numbers-why = 如果您被拘留，身上可能没有手机。

family-plan-children-pickup-do = 决定在您无法接孩子时，谁可以去接他们。把它写下来。
family-plan-children-pickup-why = 这样，如果您没有回家，您信任的人就知道该怎么做。

family-plan-documents-do = 把您的重要文件放在同一个地方，让您信任的人能拿到。
family-plan-documents-why = 如果您出了什么事，您的家人可能需要尽快拿到这些文件。

family-plan-a-number-do = 如果您有 A 号码（A-number，外国人登记号码），要记住它。把它写在您家人能找到的地方。
family-plan-a-number-why = 如果您是成年人并且被拘留，您的家人可以用您的 A 号码和出生国家，在 ICE 的在线被拘留者查询系统中找您。移民法庭的案件热线也会要求提供 A 号码。

family-plan-tell-officer-parent-do = 如果您被逮捕或拘留，而您是孩子的家长或主要照顾者，请告诉执法人员。如果您有医疗需要，也请告诉他们。
family-plan-tell-officer-parent-say = 我是一个孩子的家长，也是这个孩子的主要照顾者。
family-plan-tell-officer-parent-why = 您可以告诉执法人员这些。如果加州的地方警察逮捕您，有监护权的家长可以多打两通免费电话，安排人照顾孩子。

family-plan-plan-form-do = 填写一份家庭计划表。ILRC 的家庭准备计划（Family Preparedness Plan）有英文、西班牙文、他加禄文、越南文和繁体中文版本。
family-plan-plan-form-why = 放在同一个地方的书面计划，更容易和您信任的人分享。

family-plan-dont-wait = 不要等到执法人员来了才制定计划。
family-plan-dont-rely-on-phone = 不要只把重要号码存在手机里。如果您被拘留，身上可能没有手机。

## 诈骗

scams-title = 移民诈骗
scams-summary = 有人提出要帮您办移民，或者说您的身份有问题。

scams-real-lawyer-do = 只向持有执照的律师，或者由美国司法部认可的代表，寻求移民法律意见。
scams-real-lawyer-why = 只有他们才可以提供移民法律意见。

scams-consultants-do = 小心“notario”（公证人）和移民顾问。付钱给任何人之前，先问清楚他们是不是律师或认可代表。
scams-consultants-why = 不是律师的顾问只能帮您填表和翻译。他们不可以告诉您在您的案件中该怎么做。

scams-calls-and-texts-do = 如果有人打电话、发短信或发电子邮件，说您的移民身份有问题，不要给他们钱或个人信息。
scams-calls-and-texts-say = 我不会给钱，也不会提供个人信息。我会向我自己的律师核实。
scams-calls-and-texts-why = 加州总检察长（California Attorney General）提醒人们不要这样做。

scams-free-help-do = 寻找免费法律帮助。加州社会服务部（California Department of Social Services）公布了提供这类帮助的团体名单。
scams-free-help-why = 加利福尼亚州政府出资让非营利团体提供免费的移民法律服务。

scams-dont-pay-for-advice = 不要为了您移民案件的法律意见而付钱给 notario（公证人）或顾问。
scams-dont-share-details = 如果有人联系您，说您的身份有问题，不要给他们钱或个人信息。请改为询问您信任的律师。

## 传言和目击

rumors-title = 传言和目击
rumors-summary = 您听说附近有移民执法人员，或者您亲眼看到了他们。

rumors-check-first-do = 在分享有关移民执法人员的消息之前，先核实它是否属实。
rumors-check-first-why = 没有人核实过的帖子可能是错的，而且可能散播恐慌。

rumors-call-rapid-response-do = 如果您看到移民执法人员，请打电话给您所在县的快速响应热线，而不是在网上发帖。您可以在本应用的“求助查找”里找到这条热线。
rumors-call-rapid-response-why = 快速响应热线接收关于附近有移民执法人员的报告，并帮助需要帮助的人。

rumors-document-safely-do = 如果安全，把您看到的拍下来或写下来。保持距离。
rumors-document-safely-why = 记下发生了什么，以后可能有用。妨碍执法人员可能让您被逮捕。

rumors-stay-silent-do = 如果您在旁观时执法人员盘问您，您可以保持沉默。如果您决定保持沉默，请大声说出来。

rumors-right-numbers-do = 只分享来自可信来源的求助号码，例如您当地的快速响应网络。
rumors-right-numbers-why = 美国国土安全部（DHS）有一个号码，让公众向 ICE 举报他人。它不是求助热线。

rumors-dont-post-unchecked = 不要发布没有人核实过的移民执法人员目击消息。
rumors-dont-share-tip-line = 不要把美国国土安全部（DHS）用来向 ICE 举报他人的号码，当作求助号码来分享。
rumors-dont-interfere = 不要妨碍执法人员，也不要试图阻止他们。
