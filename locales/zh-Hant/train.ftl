# 應用程式和命令列工具執行的訓練測驗，以及緊急簡訊的標籤。題目本身在
# quiz.ftl 裡。

train-title = 訓練測驗
train-question = 第 { $number } 題，共 { $total } 題
train-prompt = 輸入您所選答案的字母，然後按 Enter 鍵。
train-right = 答對了。
train-wrong = 不太對。答案是 { $answer }。
train-score = 在 { $total } 題中，您答對了 { $right } 題。
emergency-in-english = 英文版
