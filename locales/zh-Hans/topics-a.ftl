# 更多情况：检查令状、在工作场所、被逮捕、在地方看守所、
# 被 ICE 关押。用词简单，句子简短，每一步只做一件事。

## 检查令状

warrant-check-title = 检查令状
warrant-check-summary = 执法人员说他们有令状。下面告诉您怎样检查这份文件。

warrant-check-keep-door-closed-do = 检查的时候要把门关好。请执法人员把令状从门缝下塞进来，或者举在窗户前给您看。
warrant-check-keep-door-closed-say = 请把令状从门缝下塞进来，或者举在窗户前给我看。
warrant-check-keep-door-closed-why = 开门并不等于您同意他们进来。但是关着门看文件更安全。如果您看不懂，可以要求一名口译员。

warrant-check-who-signed-do = 看看是谁签署了这份文件。法官签署的令状来自法院，例如美国联邦地区法院（U.S. District Court）或加州高等法院（California Superior Court）。它由法官签署。
warrant-check-who-signed-why = 美国宪法保护在美国的每一个人，不论他们的移民身份如何。移民权益倡导者说，没有法官签署的令状，执法人员需要得到您的同意才能进入您家。

warrant-check-ice-forms-do = 如果这份文件是 ICE 或美国国土安全部的表格，例如 I-200 表格或 I-205 表格，它就不是法官签署的令状。把门关好，也不要同意让他们进来。
warrant-check-ice-forms-say = 这份文件不是法官签署的。我不同意你们进入我家。
warrant-check-ice-forms-why = 这些表格是 ICE 官员签署的，不是法官。移民权益倡导者说，没有您的同意，这些表格不允许执法人员进入您家。但是从 2025 年起，ICE 说它的执法人员可以凭 I-205 表格强行进入，逮捕已有最终遣返令的人。法院正在审理对这一说法提出的挑战。如果执法人员强行进入，不要反抗或阻挡他们。

warrant-check-check-details-do = 如果是法官签署的，就检查细节。搜查令上应该写着您正确的地址。逮捕令上应该写着一个真正住在这里的人的名字。找一找法官的签名。
warrant-check-check-details-why = 搜查令允许执法人员搜查上面写的地址，不管谁住在那里。逮捕令不允许执法人员进入别人的住所去找令状上写名字的人：要那样做，他们需要搜查令。如果搜查令上写的是另一个地址，或者逮捕令上写的人没有一个住在这里，您不必开门。

warrant-check-check-the-date-do = 看看令状上的日期。
warrant-check-check-the-date-why = 令状可能因为太旧而不能再用。多旧才算太旧，是要问律师的问题。如果您不确定，就去问律师。

warrant-check-search-or-arrest-do = 看清楚这是哪一种令状：搜查令还是逮捕令。
warrant-check-search-or-arrest-why = 搜查令允许执法人员进入上面写的地址，不管谁住在那里，但他们只能搜查令状列出的地方和东西。如果执法人员认为逮捕令上写名字的人在屋里，逮捕令允许他们进入这个人的住所。

warrant-check-stay-silent-do = 即使令状有效、执法人员进来了，您仍然可以保持沉默。如果您决定保持沉默，请大声说出来。
warrant-check-stay-silent-why = 令状允许执法人员进来，但不能强迫您回答他们的问题。您说的话可能在法庭上被用来对您不利。

warrant-check-dont-open-to-read = 不要为了看令状而开门。
warrant-check-dont-take-their-word = 不要只因为执法人员说有令状就开门。执法人员有时说自己有令状，其实没有，或者说自己是警察。先看到文件再说。

## 在工作场所

at-work-title = 执法人员来到您的工作场所
at-work-summary = 移民执法人员来到您工作的地方。

at-work-know-the-areas-do = 了解执法人员可以去哪里。ICE 可以不经询问就走进企业的公共区域，例如餐厅的用餐区、大堂或停车场。
at-work-know-the-areas-why = 执法人员身在公共区域，这一点本身并不允许他们扣押、盘问或逮捕任何人。要进入非公共区域，例如厨房、办公室或只供员工使用的房间，他们需要雇主的同意或法官签署的令状。

at-work-ask-if-free-do = 如果有执法人员走过来找您，问他们您是否可以离开或回去工作。如果回答是可以，就说您不想谈话。然后回去工作，或者冷静地离开。
at-work-ask-if-free-say = 我可以离开或者回去工作吗？

at-work-stay-where-you-are-do = 如果执法人员叫工人按移民身份分组，您可以待在原地不动。
at-work-stay-where-you-are-why = 走到其中一组里，就等于告诉他们您的身份。您不必告诉他们您的身份。

at-work-papers-do = 如果您有有效的移民证件，例如绿卡或工作许可，只在移民执法人员要求时才出示。绝不要出示假证件。
at-work-papers-why = 联邦法律规定，持有这些证件的人必须随身携带，并在移民执法人员要求时出示。对于其他一切问题，您仍然可以保持沉默。

at-work-employer-rules-do = 了解加州对您雇主的要求。根据一项名为 AB 450 的法律，没有法官签署的令状，您的雇主不得自行决定让移民执法人员进入非公共区域。没有法官签署的令状、传票（subpoena）或联邦检查通知，您的雇主也不得让他们查看或拿走员工记录。
at-work-employer-rules-why = 根据这项法律，ICE 的表格，例如 I-200 表格或 I-205 表格，是不够的。但是这项法律约束的是雇主，不是 ICE。有法官签署的令状，执法人员仍然可以进来。无论哪种情况，您都保有您自己的权利。违反这项法律的雇主，每次违规可被罚款 $2,000 至 $10,000。

at-work-records-notice-do = 如果 ICE 通知您的雇主要检查员工记录，例如 I-9 表格，您的雇主必须在 72 小时内为员工张贴通知。
at-work-records-notice-why = AB 450 规定，通知必须使用您的雇主平时和员工沟通所用的语言。受这次检查影响的员工也有权得到检查结果。

at-work-dont-consent-to-search = 不要同意搜查。您可以大声说：我不同意搜查。

## 被警察逮捕

arrested-title = 被警察逮捕
arrested-summary = 地方警察或县警长的副警长（sheriff's deputies）逮捕了您。

arrested-ask-for-lawyer-do = 要求见律师。在和律师谈过之前，什么都不要决定。
arrested-ask-for-lawyer-say = 我要和律师谈话。
arrested-ask-for-lawyer-why = 您说的话可能在刑事法庭和移民法庭上被用来对您不利。

arrested-phone-calls-do = 要求打您的电话。在加州，您至少可以打 3 通能接通的电话。收押登记（booking）之后您马上就可以打，最晚不超过被逮捕后 3 小时，除非客观上做不到。
arrested-phone-calls-say = 我要求打我有权打的电话。
arrested-phone-calls-why = 加州刑法典（California Penal Code）第 851.5 条给了您打这些电话的权利。打本地区的电话是免费的。故意不让您打这些电话的执法人员就是在违法。

arrested-whom-to-call-do = 用这些电话联系律师或公设辩护人（public defender）、保释担保人（bail bond agent），以及一位家人或其他人。
arrested-whom-to-call-why = 警察不得监听或录下您打给律师的电话。您身上可能没有手机，所以在真正需要之前，就先把一位律师和一位您信任的人的电话号码背下来。

arrested-child-care-calls-do = 如果您是对孩子有监护权的家长，请说出来。要求再打 2 通免费电话，安排人照顾您的孩子。
arrested-child-care-calls-say = 我是家长。我需要打我有权额外打的电话，安排人照顾我的孩子。
arrested-child-care-calls-why = 加州法律给对孩子有监护权的家长额外 2 通免费电话，用来安排照顾孩子。

arrested-tell-your-needs-do = 如果您是孩子的家长或主要照顾者，请告诉执法人员。如果您有医疗需要，也请告诉他们。
arrested-tell-your-needs-why = 您可以告诉他们这些。这样有助于确保您的孩子有人照顾，您的健康需要也有人知道。

arrested-dont-resist = 不要逃离警察，也不要反抗警察，即使您认为这次逮捕是错的。
arrested-dont-answer-status-questions = 不要回答关于您在哪里出生、您的移民身份或您怎样来到美国的问题。一般来说，加州警察不得为了协助移民执法而询问您的身份。

## 被关押在地方看守所

in-jail-title = 被关押在地方看守所
in-jail-summary = 您被关押在市或县的看守所里，ICE 可能想和您谈话，或者把您带走。

in-jail-consent-form-do = ICE 在地方看守所和您面谈之前，看守所必须给您一份书面表格。请阅读它。如果您看不懂，就说您需要一名口译员。
in-jail-consent-form-why = 加州的 TRUTH Act（真相法案）要求提供这份表格。表格必须说明面谈的目的，说明面谈是自愿的，您可以拒绝，也可以让您的律师在场。表格有英文、西班牙文、中文、他加禄文、越南文和韩文版本，有些县还有其他语言的版本。

in-jail-refuse-interview-do = 您可以拒绝 ICE 的面谈。或者您可以说，只有您的律师在场您才谈。
in-jail-refuse-interview-say = 没有我的律师在场，我不同意接受 ICE 的面谈。
in-jail-refuse-interview-why = 面谈是自愿的。您对 ICE 说的话可能在移民法庭上被用来对您不利。

in-jail-ask-for-copy-do = 问看守所有没有收到 ICE 关于您的扣留请求、通知请求或移交请求。如果有，要求一份副本。问看守所会不会照 ICE 的要求去做。
in-jail-ask-for-copy-say = ICE 有没有发来关于我的扣留请求或其他请求？请给我一份副本。
in-jail-ask-for-copy-why = TRUTH Act 规定，看守所必须把任何这类请求的副本给您，并告诉您它是否打算照做。如果看守所把您的释放日期告诉 ICE，它也必须书面通知您，并通知您的律师或您选择的另一个人。

in-jail-hold-is-a-request-do = 要知道，ICE 扣留请求只是 ICE 提出的请求，不是法官的命令。
in-jail-hold-is-a-request-why = 根据加州的 SB 54，地方看守所不得因为 ICE 的要求，在释放时间过后继续关押您。但是如果您有某些严重定罪，例如某些严重或暴力重罪，看守所仍然可以告诉 ICE 您什么时候获释，或者把您移交给 ICE。如果有法官签署的令状，看守所也可以把您移交出去。这些法律限制的是地方警察和看守所，不是 ICE 执法人员。

in-jail-state-prison-do = 如果您在州立监狱，而不是市或县的看守所，规则就不一样。SB 54 不适用于州立监狱。
in-jail-state-prison-why = 州立监狱仍然可以把即将出狱的人告诉 ICE，并安排把他们移交给 ICE。但是州立监狱仍然必须在 ICE 面谈之前给您一份表格，并给您 ICE 关于您的请求的副本。

in-jail-dont-think-you-must-talk = 不要以为在地方看守所里您必须和 ICE 谈话。要不要接受面谈，由您自己决定。

## 被 ICE 关押

ice-detention-title = 被 ICE 关押
ice-detention-summary = ICE 正在对您进行移民拘留。

ice-detention-free-legal-help-do = 如果您没有律师，请向执法人员索取免费（pro bono）法律服务名单。
ice-detention-free-legal-help-say = 我没有律师。请给我免费法律服务的名单。
ice-detention-free-legal-help-why = 在移民案件中，政府通常不会为您支付律师费用。名单上的团体免费提供法律帮助。

ice-detention-consulate-do = 您可以要求联系您本国的领事馆，或者请执法人员通知领事馆您被关押了。
ice-detention-consulate-say = 我要联系我国的领事馆。
ice-detention-consulate-why = ICE 关押您时，您可以提出这个要求。要不要这样做，由您自己决定。

ice-detention-careful-on-the-phone-do = 用拘留设施的电话时，不要谈论您的移民身份或您在哪里出生。
ice-detention-careful-on-the-phone-why = 拘留设施的电话可能被监听。

ice-detention-family-can-find-you-do = 您的家人可以用 ICE 的在线被拘留者查询系统（Online Detainee Locator）找您。这是一个网站（链接在这一步旁边）。它可以查到 18 岁或以上的人。
ice-detention-family-can-find-you-why = 查询时，他们需要您的 A 号码（A-number，外国人登记号码）和您的出生国家，或者您的姓名和出生国家。姓名必须和 ICE 的记录完全一致。

ice-detention-a-number-do = 如果您有 A 号码（A-number，外国人登记号码），请确保您的家人知道。
ice-detention-a-number-why = 移民法庭有一条自动电话热线，提供您案件的信息，它会要求您的 A 号码。这条热线由政府运营，不是站在您这一边的帮手。

ice-detention-dont-decide-alone = 在和律师谈话之前，不要同意自愿离境（voluntary departure），也不要对您的案件做任何其他决定。
