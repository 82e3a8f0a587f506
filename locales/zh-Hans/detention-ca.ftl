# 关于加州 ICE 拘留设施的说明（content/states/ca/detention.toml）。
# 消息中绝不放电话号码：号码是有来源的数据。

## 正在运营

facility-adelanto-note = 位于阿德兰托（Adelanto）的一个 ICE 处理中心，由私营公司 GEO Group 运营。它目前仍在运营。2020 年，法院禁止它接收新的人，但 2025 年的一项和解协议让它重新全面接收人员。
facility-desert-view-annex-note = 阿德兰托 ICE 处理中心（Adelanto ICE Processing Center）的一栋附属建筑，位于一座以前的州立监狱里，由 GEO Group 运营。它目前仍在运营；2024 年 5 月，有人就它提出了一项投诉。
facility-otay-mesa-note = 位于圣地亚哥（San Diego）奥泰梅萨（Otay Mesa）地区的一个 ICE 拘留中心，由私营公司 CoreCivic 运营。它目前仍在运营；2019 年，它是圣地亚哥县（San Diego County）唯一的 ICE 拘留中心。ICE 关于它的网页列有探视时间；律师可以在上午 8:15 至晚上 9:30 探视。
facility-imperial-regional-note = 位于卡莱西科（Calexico）以东的一个 ICE 拘留中心，由私营公司 Management and Training Corporation（MTC）运营。它目前仍在运营。它取代了 2014 年关闭的 El Centro Service Processing Center（埃尔森特罗服务处理中心）。
facility-mesa-verde-note = 位于贝克斯菲尔德（Bakersfield）Golden State Avenue 的一个 ICE 处理中心，由 GEO Group 运营；它目前仍在运营。关押在这里的人不能接听外面打来的电话，但 ICE 提供一个分机，可以留下紧急留言。想了解这里某个被关押者的信息，请在上午八点到下午三点半之间打电话，并选择选项二。
facility-golden-state-annex-note = 贝克斯菲尔德（Bakersfield）梅萨维德（Mesa Verde）中心的一栋附属建筑，位于麦克法兰（McFarland）一座以前的监狱里，由 GEO Group 运营。它从 2020 年 9 月起为 ICE 关押人员，目前仍在运营。
facility-california-city-note = 加州最大的 ICE 拘留中心，位于一座以前的州立监狱里，由私营公司 CoreCivic 运营。它从 2025 年 8 月下旬开始为 ICE 接收人员，合同期到 2027 年 8 月。较旧的名单可能把这里叫做 California City Correctional Center（加州城惩教中心）。

## 情况不明

facility-central-valley-annex-note = 位于麦克法兰（McFarland）的一座以前的监狱，由 GEO Group 运营，2020 年曾计划作为 ICE 的附属建筑。我们不知道现在是否有人为 ICE 被关押在那里：2025 年的一篇新闻报道提到一个签了合同但 ICE 没有使用的地方，可能就是这里。

## 已不再为 ICE 关押任何人

facility-west-county-richmond-note = 康特拉科斯塔县（Contra Costa County）在里士满（Richmond）的一所看守所。2018 年警长终止合同后，它就不再为 ICE 关押人员；该县在 2025 年表示，它没有为 ICE 关押任何人。现在这里没有人为 ICE 被关押。
facility-rio-cosumnes-note = 萨克拉门托县（Sacramento County）在埃尔克格罗夫（Elk Grove）的一个惩教中心。它为 ICE 关押人员的合同在 2018 年被取消。现在这里没有人为 ICE 被关押。
facility-theo-lacy-note = 橙县（Orange County）在奥兰治市（Orange）的一所看守所。自 2019 年 8 月 1 日起，橙县的看守所（包括这一所）都没有再为 ICE 关押任何人。现在这里没有人为 ICE 被关押。
facility-james-a-musick-note = 橙县（Orange County）的一所看守所，一份较旧的名单曾把它列为关押移民的地方。自 2019 年 8 月 1 日起，橙县的看守所都没有再为 ICE 关押任何人。现在这里没有人为 ICE 被关押。
facility-santa-ana-city-jail-note = 圣安娜（Santa Ana）市看守所过去为 ICE 关押人员。该市限制了关押人数，ICE 在 2017 年终止了合同。现在这里没有人为 ICE 被关押。
facility-yuba-county-jail-note = 马里斯维尔（Marysville）的县看守所根据一项从 1994 年开始的协议为 ICE 关押人员。联邦政府在 2022 年 12 月终止了这项协议；新闻报道把它描述为 ICE 和加州县看守所之间的最后一份合同。现在这里没有人为 ICE 被关押。
facility-el-centro-spc-note = 位于埃尔森特罗（El Centro）的一个以前的 ICE 处理中心。它在 2014 年 9 月 30 日关闭，由卡莱西科（Calexico）附近的 Imperial Regional Detention Facility（因皮里尔地区拘留中心）取代。现在这里没有人为 ICE 被关押。
