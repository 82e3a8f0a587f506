# App 本身在內容周圍顯示的文字。

# 每張權利卡的第一行，給執法人員看。
card-heading = 我正在行使美國憲法賦予我的權利。請閱讀這張卡片。

# 在律師審閱內容之前，每個主題和卡片都會顯示。
legal-review-unreviewed = 這段文字還沒有經過律師審閱。這是一般資訊，不是法律意見。
legal-review-lawyer-reviewed = 這段文字已經由律師審閱。這是一般資訊，不是法律意見。

# 每個步驟旁邊的標籤。
label-say = 可以這樣說
label-why = 原因
label-sources = 資料來源
label-checked = 查核日期

# 法律的狀態。
law-status-in-force = 已生效
law-status-did-not-pass = 未獲通過
law-status-vetoed = 已被否決
law-status-in-court = 已通過，但在法院受到挑戰
law-status-blocked = 已被法院阻止
law-status-superseded = 已被後來的法律取代
law-status-unconfirmed = 已通過，但是否已生效尚未確認
law-effect-limits-cooperation = 限制協助移民執法
law-effect-mandates-cooperation = 要求協助移民執法
law-effect-other = 其他移民法律

# 只在一個州適用的步驟或法律。
scope-only-in = 只適用於{ $state }
