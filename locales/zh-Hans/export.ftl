# 打印的卡片和小册子（amparo export）。

export-cards-title = 钱包卡片
export-cards-how = 请双面打印，沿着纸张的长边翻面，然后沿着虚线剪开。随身带一张卡片。
export-booklet-title = 了解您的权利
export-laws = 法律
export-do-not = 不要做的事
# $place：县的全名，例如 "San Francisco County"。
export-help-near = { $place } 的帮助
export-lines = 可以拨打的热线
export-policy = 地方政策
export-detention = 附近可能关押人的地方
# $version：内容的版本号；$oldest、$newest：来源注明的日期。
export-footer = 内容版本 { $version }。来源的日期从 { $oldest } 到 { $newest }。
export-quiz-answers = 答案
