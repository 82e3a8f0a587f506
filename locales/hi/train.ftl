# ऐप और CLI में चलने वाला प्रशिक्षण क्विज़, और इमरजेंसी मैसेज के लेबल।
# सवाल ख़ुद quiz.ftl में हैं।

train-title = प्रशिक्षण क्विज़
train-question = सवाल { $number }, कुल { $total } में से
train-prompt = अपने जवाब का अक्षर टाइप करें, फिर Enter दबाएँ।
train-right = सही।
train-wrong = पूरी तरह सही नहीं। सही जवाब { $answer } है।
train-score = आपने { $total } में से { $right } सवालों के सही जवाब दिए।
emergency-in-english = अंग्रेज़ी में
