# 应用和命令行工具运行的培训测验，以及紧急短信的标签。题目本身在
# quiz.ftl 里。

train-title = 培训测验
train-question = 第 { $number } 题，共 { $total } 题
train-prompt = 输入您所选答案的字母，然后按 Enter 键。
train-right = 答对了。
train-wrong = 不太对。答案是 { $answer }。
train-score = 在 { $total } 道题中，您答对了 { $right } 道。
emergency-in-english = 英文版
