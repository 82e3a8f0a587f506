# What went wrong, in words a person can act on. Shown by the app when a
# call fails; none of them repeats what the person typed.

error-invalid-locale = ਭਾਸ਼ਾ ਦੀ ਇਹ ਸੈਟਿੰਗ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕਦੀ। ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਭਾਸ਼ਾ ਚੁਣੋ।
error-unknown-topic = ਇਹ ਹਾਲਤ ਇਸ ਐਪ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਚੁਣੋ।
error-unknown-law = ਇਹ ਕਾਨੂੰਨ ਇਸ ਐਪ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਚੁਣੋ।
error-unknown-warrant-state = ਵਾਰੰਟ ਬਾਰੇ ਸਵਾਲ ਉੱਥੋਂ ਅੱਗੇ ਨਹੀਂ ਚੱਲ ਸਕੇ ਜਿੱਥੇ ਤੁਸੀਂ ਸੀ। ਸਵਾਲ ਫਿਰ ਤੋਂ ਸ਼ੁਰੂ ਕਰੋ।
error-unknown-warrant-choice = ਇਹ ਇਸ ਸਵਾਲ ਦੇ ਜਵਾਬਾਂ ਵਿੱਚੋਂ ਇੱਕ ਨਹੀਂ ਹੈ। ਦਿਖਾਏ ਗਏ ਜਵਾਬਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ।
error-unknown-message = ਐਪ ਨੇ ਇੱਕ ਅਜਿਹੀ ਲਿਖਤ ਮੰਗੀ ਜੋ ਮੌਜੂਦ ਨਹੀਂ ਹੈ। ਇਹ ਐਪ ਵਿੱਚ ਇੱਕ ਗ਼ਲਤੀ (bug) ਹੈ।
error-invalid-coordinates = ਤੁਹਾਡਾ ਟਿਕਾਣਾ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਇਸ ਦੀ ਥਾਂ ZIP ਕੋਡ ਜਾਂ ਕਾਊਂਟੀ ਟਾਈਪ ਕਰੋ।
error-invalid-zip = ZIP ਕੋਡ ਵਿੱਚ 5 ਅੰਕ ਹੁੰਦੇ ਹਨ, ਜਿਵੇਂ ਕਿ 90012।
error-unknown-zip = ਇਹ ZIP ਕੋਡ ਇਸ ਐਪ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ ਜਾਂਚੋ, ਜਾਂ ਆਪਣੀ ਕਾਊਂਟੀ ਟਾਈਪ ਕਰੋ।
error-unknown-county = ਇਸ ਐਪ ਵਿੱਚ ਸ਼ਾਮਲ ਥਾਵਾਂ ਵਿੱਚ ਇਸ ਨਾਂ ਦੀ ਕੋਈ ਕਾਊਂਟੀ ਨਹੀਂ ਹੈ।
error-unknown-city = ਇਸ ਐਪ ਵਿੱਚ ਸ਼ਾਮਲ ਥਾਵਾਂ ਵਿੱਚ ਇਸ ਨਾਂ ਦਾ ਕੋਈ ਸ਼ਹਿਰ ਨਹੀਂ ਹੈ।
error-unknown-state = ਇਹ ਅਮਰੀਕਾ ਦਾ ਕੋਈ ਸੂਬਾ ਨਹੀਂ ਹੈ। ਸੂਬੇ ਦਾ ਦੋ ਅੱਖਰਾਂ ਵਾਲਾ ਕੋਡ ਟਾਈਪ ਕਰੋ, ਜਿਵੇਂ ਕਿ CA।
error-invalid-time = ਇਹ ਸਮਾਂ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਦਿਨ ਅਤੇ ਸਮਾਂ ਲਿਖੋ, ਜਿਵੇਂ ਕਿ Mon 22:30।
error-not-a-pack = ਇਹ ਫ਼ਾਈਲ Amparo ਦੀ ਜਾਣਕਾਰੀ ਵਾਲੀ ਫ਼ਾਈਲ ਨਹੀਂ ਹੈ। ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।
error-unsupported-pack-format = ਇਹ ਜਾਣਕਾਰੀ ਵਾਲੀ ਫ਼ਾਈਲ ਐਪ ਦੇ ਕਿਸੇ ਹੋਰ ਵਰਜ਼ਨ ਲਈ ਹੈ। ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।
error-corrupt-pack = ਇਹ ਜਾਣਕਾਰੀ ਵਾਲੀ ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਜਾਂ ਅਧੂਰੀ ਹੈ। ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।
error-pack-too-large = ਇਹ ਜਾਣਕਾਰੀ ਵਾਲੀ ਫ਼ਾਈਲ ਇੰਨੀ ਜ਼ਿਆਦਾ ਵੱਡੀ ਹੈ ਕਿ ਇਹ ਅਸਲੀ ਨਹੀਂ ਹੋ ਸਕਦੀ। ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।
error-unknown-key = ਇਸ ਜਾਣਕਾਰੀ ਵਾਲੀ ਫ਼ਾਈਲ ਉੱਤੇ Amparo ਦੇ ਦਸਤਖ਼ਤ ਨਹੀਂ ਹਨ। ਇਹ ਨਕਲੀ ਹੋ ਸਕਦੀ ਹੈ। ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।
error-bad-signature = Amparo ਦੇ ਦਸਤਖ਼ਤ ਕਰਨ ਤੋਂ ਬਾਅਦ ਇਸ ਜਾਣਕਾਰੀ ਵਾਲੀ ਫ਼ਾਈਲ ਨੂੰ ਬਦਲਿਆ ਗਿਆ ਹੈ। ਇਹ ਨਕਲੀ ਹੋ ਸਕਦੀ ਹੈ। ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।
# $offered: the file's content version; $in_use: the version the app uses.
error-not-newer = ਇਹ ਜਾਣਕਾਰੀ ਵਾਲੀ ਫ਼ਾਈਲ (ਵਰਜ਼ਨ { $offered }) ਤੁਹਾਡੇ ਕੋਲ ਮੌਜੂਦ ਜਾਣਕਾਰੀ (ਵਰਜ਼ਨ { $in_use }) ਤੋਂ ਨਵੀਂ ਨਹੀਂ ਹੈ। ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।
# $required: an app version such as 0.2.0.
error-needs-newer-app = ਇਸ ਜਾਣਕਾਰੀ ਵਾਲੀ ਫ਼ਾਈਲ ਲਈ ਐਪ ਦਾ ਨਵਾਂ ਵਰਜ਼ਨ ({ $required }) ਚਾਹੀਦਾ ਹੈ। ਪਹਿਲਾਂ ਐਪ ਨੂੰ ਅੱਪਡੇਟ ਕਰੋ। ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।
# $missing: language codes, such as "km, ti".
error-fewer-languages = ਇਸ ਜਾਣਕਾਰੀ ਵਾਲੀ ਫ਼ਾਈਲ ਵਿੱਚ ਉਹ ਭਾਸ਼ਾਵਾਂ ਨਹੀਂ ਹਨ ਜੋ ਐਪ ਵਿੱਚ ਪਹਿਲਾਂ ਹੀ ਹਨ ({ $missing })। ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।
error-storage = ਐਪ ਤੋਂ ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਜਾਣਕਾਰੀ ਵਾਲੀ ਫ਼ਾਈਲ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੀ। ਤੁਹਾਡੇ ਕੋਲ ਮੌਜੂਦ ਜਾਣਕਾਰੀ ਅਜੇ ਵੀ ਕੰਮ ਕਰਦੀ ਹੈ।
error-no-data-folder = ਐਪ ਤੋਂ ਇੱਥੇ ਜਾਣਕਾਰੀ ਵਾਲੀਆਂ ਫ਼ਾਈਲਾਂ ਇੰਸਟਾਲ ਨਹੀਂ ਹੋ ਸਕਦੀਆਂ। ਤੁਹਾਡੇ ਕੋਲ ਮੌਜੂਦ ਜਾਣਕਾਰੀ ਅਜੇ ਵੀ ਕੰਮ ਕਰਦੀ ਹੈ।
error-unknown-question = ਇਹ ਸਵਾਲ ਇਸ ਕੁਇਜ਼ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਕੁਇਜ਼ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ।
error-unknown-quiz-choice = ਇਹ ਇਸ ਸਵਾਲ ਦੇ ਜਵਾਬਾਂ ਵਿੱਚੋਂ ਇੱਕ ਨਹੀਂ ਹੈ। ਦਿਖਾਏ ਗਏ ਅੱਖਰਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ।
error-unknown-emergency-message = ਇਹ ਸੁਨੇਹਾ ਇਸ ਐਪ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਚੁਣੋ।
error-unknown-message-value = ਐਪ ਨੇ ਇਸ ਸੁਨੇਹੇ ਨੂੰ ਕੋਈ ਅਜਿਹੀ ਚੀਜ਼ ਦਿੱਤੀ ਜੋ ਇਹ ਸੁਨੇਹਾ ਮੰਗਦਾ ਹੀ ਨਹੀਂ। ਇਹ ਐਪ ਵਿੱਚ ਇੱਕ ਗ਼ਲਤੀ (bug) ਹੈ।
error-value-too-long = ਇਹ ਟੈਕਸਟ ਸੁਨੇਹੇ ਲਈ ਬਹੁਤ ਲੰਬਾ ਹੈ। { $limit } ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਅੱਖਰ ਵਰਤੋ।
