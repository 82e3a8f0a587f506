# ਛਾਪੇ ਜਾਣ ਵਾਲੇ ਕਾਰਡ ਅਤੇ ਕਿਤਾਬਚੇ (amparo export)।

export-cards-title = ਬਟੂਏ ਵਿੱਚ ਰੱਖਣ ਵਾਲੇ ਕਾਰਡ
export-cards-how = ਕਾਗਜ਼ ਦੇ ਦੋਵੇਂ ਪਾਸੇ ਪ੍ਰਿੰਟ ਕਰੋ, ਅਤੇ ਸ਼ੀਟ ਨੂੰ ਉਸ ਦੇ ਲੰਮੇ ਕਿਨਾਰੇ ਵੱਲੋਂ ਪਲਟੋ। ਫਿਰ ਟੁੱਟੀਆਂ ਲਕੀਰਾਂ (- - -) ਉੱਤੇ ਕੱਟੋ। ਇੱਕ ਕਾਰਡ ਹਮੇਸ਼ਾ ਆਪਣੇ ਕੋਲ ਰੱਖੋ।
export-booklet-title = ਆਪਣੇ ਹੱਕ ਜਾਣੋ
export-laws = ਕਾਨੂੰਨ
export-do-not = ਕੀ ਨਹੀਂ ਕਰਨਾ
# $place: ਕਾਊਂਟੀ ਦਾ ਪੂਰਾ ਨਾਂ, ਜਿਵੇਂ "San Francisco County"।
export-help-near = { $place } ਵਿੱਚ ਮਦਦ
export-lines = ਕਾਲ ਕਰਨ ਲਈ ਲਾਈਨਾਂ
export-policy = ਲੋਕਲ ਨੀਤੀ
export-detention = ਨੇੜੇ ਦੀਆਂ ਥਾਵਾਂ ਜਿੱਥੇ ਲੋਕਾਂ ਨੂੰ ਹਿਰਾਸਤ ਵਿੱਚ ਰੱਖਿਆ ਜਾ ਸਕਦਾ ਹੈ
# $version: ਜਾਣਕਾਰੀ ਦਾ ਵਰਜ਼ਨ ਨੰਬਰ; $oldest, $newest: ਸਰੋਤਾਂ ਉੱਤੇ ਦਿੱਤੀਆਂ ਤਾਰੀਖ਼ਾਂ।
export-footer = ਜਾਣਕਾਰੀ ਦਾ ਵਰਜ਼ਨ { $version }। ਸਰੋਤਾਂ ਦੀਆਂ ਤਾਰੀਖ਼ਾਂ { $oldest } ਤੋਂ { $newest } ਤੱਕ ਹਨ।
export-quiz-answers = ਜਵਾਬ
