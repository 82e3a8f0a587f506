# 印出的卡片和小冊子（amparo export）。

export-cards-title = 錢包卡片
export-cards-how = 請雙面列印，沿著紙張的長邊翻面，然後沿著虛線剪下。隨身帶一張卡片。
export-booklet-title = 了解您的權利
export-laws = 法律
export-do-not = 不要做的事
# $place：縣的全名，例如 "San Francisco County"。
export-help-near = { $place } 的協助
export-lines = 可以撥打的熱線
export-policy = 地方政策
export-detention = 附近可能關押人的地方
# $version：內容的版本號；$oldest、$newest：資料來源標明的日期。
export-footer = 內容版本 { $version }。資料來源的日期從 { $oldest } 到 { $newest }。
export-quiz-answers = 答案
