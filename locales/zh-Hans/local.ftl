# 地方详情：县和市的政策、拘留设施、法律帮助。

## 县和市的政策

local-policy-as-of = 截至 { $date }，根据{ $who }：{ $policy }
local-policy-undated = 根据{ $who }（未注明日期）：{ $policy }
local-policy-reminder = 地方政策对联邦执法人员没有约束力。
local-policy-none-found = 调查没有发现这里有州法律以外的地方政策。
local-policy-hidden-low = 这里略去的低可信度报告数量：{ $count }。
reported-by-official-records = 官方记录
reported-by-news-reports = 新闻报道
reported-by-the-sheriff = 警长办公室
reported-by-advocates = 权益倡导团体
reported-by-one-secondary-source = 单一的二手来源
policy-category-limits-beyond-state-law = 在州法律之外进一步限制协助 ICE
policy-category-follows-state-law = 只遵守州法律
policy-category-helps-ice-within-state-law = 在州法律允许的范围内尽量协助 ICE
policy-category-publishes-release-dates = 公布释放日期
policy-category-opposes-state-law = 反对州的限制
policy-category-no-local-policy-found = 没有找到地方政策
policy-status-in-force = 有效
policy-status-challenged = 有效，但在法院受到挑战
policy-status-adopted-not-final = 已通过，但尚未最终确定
policy-status-repealed = 已废除
policy-status-ended = 已结束
policy-status-symbolic = 一项声明，没有约束力
policy-status-unconfirmed = 有报道，但未经证实

## 拘留设施

facility-kind-processing-center = ICE 处理中心
facility-kind-detention-center = 拘留中心
facility-kind-annex = 另一设施的附属建筑
facility-kind-county-jail = 县看守所
facility-kind-city-jail = 市看守所
facility-status-operating = 为 ICE 关押人员
facility-status-closed = 不再为 ICE 关押人员
facility-status-uncertain = 不知道现在是否为 ICE 关押人员
detention-notice = 被关押的人经常被转移。要寻找被 ICE 关押的人，请使用 ICE 的在线被拘留者查询系统，或者拨打拘留信息热线。

## 法律帮助

service-legal-aid = 移民法律帮助
service-deportation-defense = 遣返辩护
service-rapid-response = 快速响应
service-lawyer-referral = 律师转介
service-detention-support = 为被拘留者提供帮助
service-children = 为儿童提供帮助
service-victims = 为犯罪或虐待的幸存者提供帮助
cost-free = 免费
cost-low-cost = 低收费
cost-unknown = 未说明费用
caution-third-party-parse = 来自别人对一份政府名单的转录副本，没有和名单原件核对过。
caution-single-source = 只有一个来源列出它。
caution-recognition-renewal-pending = 在我们使用的政府名单上，它提供移民法律帮助所需的美国司法部认可已经到期或接近到期，续期申请尚在处理中。
caution-two-numbers = 两个来源给出了两个不同的号码。两个都列出来了。
caution-area-code-mismatch = 这个电话的区号不是该城市的区号。
caution-government-office = 政府办公室，不是非营利组织。
caution-merged-offices = 来源把两个办公室弄混了；地址或电话可能是另一个办公室的。
caution-referral-only = 只把人转介给律师：不直接提供法律帮助，也不接待没有预约的来访。
caution-limited-eligibility = 只帮助部分人：请阅读它服务哪些人。
caution-no-phone-found = 没有找到它的电话号码。

## 打电话之前必须阅读的热线说明

hotline-ice-la-field-office-note = 由 ICE 运营。如果 ICE 的在线被拘留者查询系统找不到这个人，而且逮捕发生在洛杉矶县（Los Angeles County）、橙县（Orange County）、河滨县（Riverside County）、圣贝纳迪诺县（San Bernardino County）、文图拉县（Ventura County）、圣巴巴拉县（Santa Barbara County）或圣路易斯奥比斯波县（San Luis Obispo County），就打这个电话。
hotline-orr-note = 给正在寻找被难民安置办公室（Office of Refugee Resettlement）关押的 18 岁以下孩子的家长或监护人。这是政府办公室，不是权益倡导者。
hotline-ct-statewide-note = 如果您没有合法移民身份，来源说要直接向 New Haven Legal Assistance（纽黑文法律援助）申请，而不是通过这条热线；来源还说，那个办公室不会向警察或任何其他机关报告移民身份。我们没有找到它自己的电话号码；它的网页就是这条热线的第一个来源。
