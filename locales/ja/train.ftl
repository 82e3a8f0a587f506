# アプリとCLIで行う練習クイズと、緊急時のメッセージのラベル。問題そのものは
# quiz.ftl にあります。

train-title = 練習クイズ
train-question = 第{ $number }問（全{ $total }問）
train-prompt = 答えの文字を入力して、Enterキーを押してください。
train-right = 正解です。
train-wrong = 残念ながら違います。答えは{ $answer }です。
train-score = { $total }問中、{ $right }問正解でした。
emergency-in-english = 英語版
