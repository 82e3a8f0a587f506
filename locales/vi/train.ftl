# Bài trắc nghiệm luyện tập như ứng dụng và CLI chạy, và các nhãn của tin nhắn
# khẩn cấp. Bản thân các câu hỏi nằm trong quiz.ftl.

train-title = Bài trắc nghiệm luyện tập
train-question = Câu hỏi { $number } trong số { $total }
train-prompt = Gõ chữ cái của câu trả lời, rồi nhấn Enter.
train-right = Đúng rồi.
train-wrong = Chưa đúng. Câu trả lời đúng là { $answer }.
train-score = Quý vị đã trả lời đúng { $right } trong số { $total } câu hỏi.
emergency-in-english = Bằng tiếng Anh
