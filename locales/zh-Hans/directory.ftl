# “求助查找”的文字。消息中绝不放电话号码：号码是有来源的数据。

policy-ca-baseline = 在加州，地方警察和警长（sheriff）一般不得询问您的移民身份，地方看守所也不得因为 ICE 的要求，在释放时间过后继续关押您。对于某些严重定罪，看守所仍然可以告诉 ICE 您什么时候获释，或者把您移交给 ICE。在地方看守所里，您可以拒绝和 ICE 谈话，或者只在您的律师在场时才谈；您应该会收到一份说明这一点的表格。联邦执法人员不受这些州法律的约束。

## 热线的用途，以及由谁运营

hotline-kind-rapid-response = 快速响应热线：打电话报告附近有移民执法人员，并获得帮助。
hotline-kind-detention-info = 关于移民拘留中被关押者的信息。
hotline-kind-court-info = 移民法庭案件信息（自动语音）。您需要当事人的 A 号码（A-number，外国人登记号码）。
hotline-kind-lawyer-referral = 转介私人执业的移民律师。
hotline-kind-referral = 把人转介到各种服务的政府办公室。
hotline-kind-legal-aid = 免费法律帮助：打电话申请，或者被转介到合适的办公室。
hotline-operator-government = 由政府运营，不是由移民权益倡导者运营。

## 关于一个号码已知的情况。“已确认”表示有人打过这个号码。

number-not-confirmed = 尚未打电话确认。最新来源：{ $year } 年。
number-not-confirmed-undated = 尚未打电话确认。它的来源没有注明日期。
number-confirmed = 已于 { $date } 打电话确认。
number-low-confidence = 可信度低：这个号码只来自单一来源，或者来源较旧。
number-extension = 分机 { $extension }
number-takes-texts = 可以接收短信。
confidence-high = 可信度高
confidence-medium = 可信度中等
confidence-low = 可信度低

## 不一致的号码，以及只服务一个地区的热线

hotline-conflict = 各来源给出的这个号码不一致。两个号码都列出来了，还没有人打过。
hotline-area = 只服务于{ $area }，不覆盖整个县。
conflict-sacramento = 两个来源给出了萨克拉门托（Sacramento）两个不同的快速响应号码，分别来自不同的网络。我们无法判断哪一个是现在在用的。两个都试试。
conflict-long-beach = 一份 2019 年的名单和一份较新、没有注明日期的名单，为 Long Beach Community Defense Network（长滩社区防卫网络）给出了两个不同的号码。我们无法判断哪一个是现在在用的。两个都试试。

## 开放时间，按热线所在的时区

hours-always = 每天 24 小时开放
hours-days-range = { $first }至{ $last }
hours-rule = { $days }，{ $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours }（{ $zone }）
hours-list-separator = {"、"}
hours-rules-separator = {"；"}
hours-open-now = 现在开放
hours-closed-now = 现在关闭
time-zone-pacific = 太平洋时间
time-zone-eastern = 东部时间
weekday-monday = 周一
weekday-tuesday = 周二
weekday-wednesday = 周三
weekday-thursday = 周四
weekday-friday = 周五
weekday-saturday = 周六
weekday-sunday = 周日

## 用户所在的位置

finder-no-local-line = 我们不知道这个地方有当地的快速响应热线。请拨打下面的地区热线或全国热线。
finder-outside = 这个地方在 Amparo 覆盖的地区以外。全国热线仍然可以使用。
finder-other-state = Amparo 还没有{ $state }的本地内容。全国热线仍然可以使用。
finder-location-city = 位置是大概的：所在城市的中心。
finder-location-county = 位置是大概的：只知道所在的县。
finder-location-zip = 位置是大概的：所在邮政编码（ZIP code）区域的中心。
nearby-shared-zip = 这个邮政编码区域有一部分在 { $county }。
nearby-shared-city = 这个城市有一部分在 { $county }。
nearby-near-border = { $county } 就在 { $km } 公里外。请确认您所在的是哪一个。
nearby-nearest = 在 Amparo 覆盖的县和地区中，离这里最近的是 { $county }，距离 { $km } 公里。
nearby-former-county = 原来的 { $former } County 现在有一部分在 { $county }。

## 和一个所有来源都较弱（博客、转载、律师事务所网页）的要点一起显示

caveat-weak-sources = 我们关于这一点的来源是博客、其他网页的副本或律师事务所的网页，不是官方文件或法律条文。请向律师核实。
