# 印刷用のカードと小冊子（amparo export）。

export-cards-title = 財布に入れるカード
export-cards-how = 両面に印刷してください。紙は長い辺で裏返します。そのあと、点線に沿って切ってください。カードをいつも身につけておいてください。
export-booklet-title = あなたの権利を知る
export-laws = 法律
export-do-not = してはいけないこと
# $place: 郡の正式な名前（例: "San Francisco County"）。
export-help-near = { $place }で受けられる支援
export-lines = 電話できる窓口
export-policy = 地元の方針
export-detention = 近くで人が収容されることがある場所
# $version: コンテンツのバージョン番号。$oldest, $newest: 出典に示された日付。
export-footer = コンテンツのバージョン { $version }。出典の日付は { $oldest } から { $newest } までです。
export-quiz-answers = 解答
