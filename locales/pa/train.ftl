# The training quiz as the app and the CLI run it, and emergency messages'
# labels. The questions themselves are in quiz.ftl.

train-title = ਅਭਿਆਸ ਕੁਇਜ਼
train-question = ਸਵਾਲ { $number } (ਕੁੱਲ { $total })
train-prompt = ਆਪਣੇ ਜਵਾਬ ਦਾ ਅੱਖਰ ਟਾਈਪ ਕਰੋ, ਫਿਰ Enter ਦਬਾਓ।
train-right = ਸਹੀ।
train-wrong = ਪੂਰੀ ਤਰ੍ਹਾਂ ਸਹੀ ਨਹੀਂ। ਸਹੀ ਜਵਾਬ { $answer } ਹੈ।
train-score = ਤੁਸੀਂ { $total } ਵਿੱਚੋਂ { $right } ਸਵਾਲਾਂ ਦੇ ਸਹੀ ਜਵਾਬ ਦਿੱਤੇ।
emergency-in-english = ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ
