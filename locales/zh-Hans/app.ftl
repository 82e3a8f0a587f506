# 应用本身在内容周围显示的文字。

# 每张权利卡的第一行，给执法人员阅读。
card-heading = 我正在行使美国宪法赋予我的权利。请阅读这张卡片。

# 在律师审核内容之前，每个主题和卡片都会显示这句话。
legal-review-unreviewed = 这段文字还没有经过律师审核。这是一般信息，不是法律意见。
legal-review-lawyer-reviewed = 这段文字已经由律师审核。这是一般信息，不是法律意见。

# 每个步骤旁边的标签。
label-say = 要说的话
label-why = 原因
label-sources = 来源
label-checked = 已核实

# 法律的状态，用文字表示。
law-status-in-force = 有效
law-status-did-not-pass = 未获通过
law-status-vetoed = 被否决
law-status-in-court = 已通过，但在法院受到挑战
law-status-blocked = 被法院暂停执行
law-status-superseded = 已被后来的法律取代
law-status-unconfirmed = 已通过，但是否已生效尚未确认
law-effect-limits-cooperation = 限制协助移民执法
law-effect-mandates-cooperation = 要求协助移民执法
law-effect-other = 其他移民法律

# 只在一个州适用的步骤或法律。
scope-only-in = 仅适用于{ $state }
