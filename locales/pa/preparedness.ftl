# The family plan form and the emergency text messages. The plan's labels
# are printed on a form filled in by hand; the messages are sent by a person
# (their `-say` text is back-translated in every locale).

## Family preparedness plan

plan-title = ਪਰਿਵਾਰ ਦੀ ਤਿਆਰੀ ਦੀ ਯੋਜਨਾ
plan-intro = ਕੁਝ ਵੀ ਵਾਪਰਨ ਤੋਂ ਪਹਿਲਾਂ ਇਹ ਆਪਣੇ ਪਰਿਵਾਰ ਨਾਲ ਮਿਲ ਕੇ ਭਰੋ। ਇਸ ਨੂੰ ਆਪਣੇ ਜ਼ਰੂਰੀ ਕਾਗਜ਼ਾਂ ਦੇ ਨਾਲ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੇ ਤੁਹਾਡੇ ਭਰੋਸੇ ਵਾਲੇ ਲੋਕ ਇਸ ਨੂੰ ਲੱਭ ਸਕਣ। ਫ਼ੋਨ ਨੰਬਰ ਜ਼ੁਬਾਨੀ ਯਾਦ ਕਰ ਲਓ।
plan-emergency-contacts-label = ਐਮਰਜੈਂਸੀ ਵਿੱਚ ਕਿਨ੍ਹਾਂ ਨੂੰ ਕਾਲ ਕਰਨੀ ਹੈ
plan-emergency-contacts-hint = ਤੁਹਾਡੇ ਭਰੋਸੇ ਵਾਲੇ ਲੋਕਾਂ ਦੇ ਨਾਮ ਅਤੇ ਫ਼ੋਨ ਨੰਬਰ। ਨੰਬਰ ਜ਼ੁਬਾਨੀ ਯਾਦ ਕਰ ਲਓ: ਜੇ ਤੁਹਾਨੂੰ ਹਿਰਾਸਤ ਵਿੱਚ ਲਿਆ ਜਾਂਦਾ ਹੈ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਤੁਹਾਡਾ ਫ਼ੋਨ ਤੁਹਾਡੇ ਕੋਲ ਨਾ ਹੋਵੇ।
plan-lawyer-label = ਤੁਹਾਡਾ ਵਕੀਲ ਜਾਂ ਕਾਨੂੰਨੀ ਮਦਦ ਦੇਣ ਵਾਲਾ ਗਰੁੱਪ
plan-lawyer-hint = ਨਾਮ ਅਤੇ ਫ਼ੋਨ ਨੰਬਰ। ਇਹ ਨੰਬਰ ਵੀ ਜ਼ੁਬਾਨੀ ਯਾਦ ਕਰ ਲਓ।
plan-rapid-response-label = ਤੁਹਾਡੀ ਕਾਊਂਟੀ ਦੀ ਰੈਪਿਡ ਰਿਸਪਾਂਸ ਲਾਈਨ
plan-rapid-response-hint = ਜੇ ਤੁਸੀਂ ਨੇੜੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਅਧਿਕਾਰੀਆਂ ਨੂੰ ਦੇਖਦੇ ਹੋ, ਤਾਂ ਇਸ ਉੱਤੇ ਕਾਲ ਕਰੋ। ਇਸ ਐਪ ਦਾ ਮਦਦ ਲੱਭਣ ਵਾਲਾ ਹਿੱਸਾ (help finder) ਤੁਹਾਡੀ ਕਾਊਂਟੀ ਦੀ ਲਾਈਨ ਦੱਸਦਾ ਹੈ।
plan-children-pickup-label = ਬੱਚਿਆਂ ਨੂੰ ਕੌਣ ਲਿਆ ਸਕਦਾ ਹੈ
plan-children-pickup-hint = ਜੇ ਤੁਸੀਂ ਨਾ ਜਾ ਸਕੋ, ਤਾਂ ਤੁਹਾਡੇ ਬੱਚਿਆਂ ਨੂੰ ਲਿਆਉਣ ਲਈ ਤੁਸੀਂ ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ ਨੂੰ ਚੁਣਿਆ ਹੈ, ਉਨ੍ਹਾਂ ਦੇ ਨਾਮ ਅਤੇ ਫ਼ੋਨ ਨੰਬਰ। ਪੱਕਾ ਕਰੋ ਕਿ ਉਨ੍ਹਾਂ ਨੂੰ ਇਹ ਪਤਾ ਹੋਵੇ।
plan-documents-label = ਜ਼ਰੂਰੀ ਕਾਗਜ਼ ਕਿੱਥੇ ਹਨ
plan-documents-hint = ਇਨ੍ਹਾਂ ਨੂੰ ਇੱਕ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੋਂ ਤੁਹਾਡੇ ਭਰੋਸੇ ਵਾਲੇ ਲੋਕ ਇਨ੍ਹਾਂ ਨੂੰ ਛੇਤੀ ਲੈ ਸਕਣ।
plan-a-numbers-label = A-ਨੰਬਰ (A-numbers)
plan-a-numbers-hint = ਹਰ ਵਿਅਕਤੀ ਦਾ A-ਨੰਬਰ, ਜੇ ਉਸ ਕੋਲ ਹੈ, ਅਤੇ ਉਸ ਦਾ ਜਨਮ ਦਾ ਦੇਸ਼। ਇਨ੍ਹਾਂ ਨਾਲ ਤੁਹਾਡਾ ਪਰਿਵਾਰ ICE ਦੀ ਹਿਰਾਸਤ ਵਿੱਚ ਰੱਖੇ ਕਿਸੇ ਬਾਲਗ ਨੂੰ ICE ਦੇ ਔਨਲਾਈਨ Detainee Locator ਵਿੱਚ ਲੱਭ ਸਕਦਾ ਹੈ।
plan-medical-needs-label = ਡਾਕਟਰੀ ਲੋੜਾਂ
plan-medical-needs-hint = ਹਰ ਵਿਅਕਤੀ ਦੀਆਂ ਸਿਹਤ ਸਮੱਸਿਆਵਾਂ ਅਤੇ ਦਵਾਈਆਂ, ਤਾਂ ਜੋ ਜੇ ਕਿਸੇ ਨੂੰ ਗ੍ਰਿਫ਼ਤਾਰ ਕੀਤਾ ਜਾਵੇ ਜਾਂ ਹਿਰਾਸਤ ਵਿੱਚ ਲਿਆ ਜਾਵੇ, ਤਾਂ ਇਹ ਅਫ਼ਸਰਾਂ ਨੂੰ ਦੱਸੀਆਂ ਜਾ ਸਕਣ।

## Emergency text messages

emergency-detained-title = ਇਮੀਗ੍ਰੇਸ਼ਨ ਵੱਲੋਂ ਹਿਰਾਸਤ
emergency-detained-when = ਉਸ ਵੇਲੇ ਲਈ ਜਦੋਂ ਇਮੀਗ੍ਰੇਸ਼ਨ ਅਧਿਕਾਰੀ ਤੁਹਾਨੂੰ ਹਿਰਾਸਤ ਵਿੱਚ ਲੈਣ। ਇਹ ਹੁਣੇ ਲਿਖ ਲਓ, ਤਾਂ ਜੋ ਤੁਸੀਂ ਜਾਂ ਤੁਹਾਡਾ ਕੋਈ ਭਰੋਸੇ ਵਾਲਾ ਵਿਅਕਤੀ ਇਸ ਨੂੰ ਛੇਤੀ ਭੇਜ ਸਕੇ।
emergency-detained-say = ਮੈਨੂੰ { $place } ਵਿਖੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਨੇ ਹਿਰਾਸਤ ਵਿੱਚ ਲੈ ਲਿਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ { $contact } ਨੂੰ ਕਾਲ ਕਰੋ। ਮੇਰਾ A-ਨੰਬਰ { $a_number } ਹੈ।
emergency-arrested-title = ਪੁਲਿਸ ਵੱਲੋਂ ਗ੍ਰਿਫ਼ਤਾਰੀ
emergency-arrested-when = ਉਸ ਵੇਲੇ ਲਈ ਜਦੋਂ ਪੁਲਿਸ ਤੁਹਾਨੂੰ ਗ੍ਰਿਫ਼ਤਾਰ ਕਰੇ। ਇਹ ਹੁਣੇ ਲਿਖ ਲਓ, ਤਾਂ ਜੋ ਤੁਹਾਡਾ ਕੋਈ ਭਰੋਸੇ ਵਾਲਾ ਵਿਅਕਤੀ ਇਸ ਨੂੰ ਤੁਹਾਡੇ ਵੱਲੋਂ ਭੇਜ ਸਕੇ।
emergency-arrested-say = ਮੈਨੂੰ { $place } ਵਿਖੇ ਪੁਲਿਸ ਨੇ ਗ੍ਰਿਫ਼ਤਾਰ ਕਰ ਲਿਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ { $contact } ਨੂੰ ਕਾਲ ਕਰੋ।
emergency-children-title = ਬੱਚਿਆਂ ਨੂੰ ਲਿਆਉਣਾ
emergency-children-when = ਉਸ ਵੇਲੇ ਲਈ ਜਦੋਂ ਤੁਸੀਂ ਆਪਣੇ ਬੱਚਿਆਂ ਨੂੰ ਲੈਣ ਨਾ ਜਾ ਸਕੋ। ਇਹ ਉਸ ਵਿਅਕਤੀ ਦਾ ਨਾਮ ਦੱਸਦਾ ਹੈ ਜਿਸ ਨੂੰ ਤੁਹਾਡੀ ਪਰਿਵਾਰ ਦੀ ਯੋਜਨਾ ਵਿੱਚ ਚੁਣਿਆ ਗਿਆ ਹੈ।
emergency-children-say = ਮੇਰੇ ਲਈ ਬੱਚਿਆਂ ਨੂੰ ਲੈਣ ਆਉਣਾ ਮੁਮਕਿਨ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਸਾਡੇ ਪਰਿਵਾਰ ਦੀ ਯੋਜਨਾ ਅਨੁਸਾਰ ਚੱਲੋ: ਬੱਚਿਆਂ ਨੂੰ { $place } ਤੋਂ ਲਿਆਉਣ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ { $contact } ਦੀ ਹੈ।
emergency-find-me-title = ਮੈਨੂੰ ਕਿਵੇਂ ਲੱਭਣਾ ਹੈ
emergency-find-me-when = ਇਹ ਆਪਣੇ ਭਰੋਸੇ ਵਾਲੇ ਪਰਿਵਾਰ ਵਾਲਿਆਂ ਨੂੰ ਦਿਓ। ਇਸ ਵਿੱਚ ਤੁਹਾਡਾ A-ਨੰਬਰ ਅਤੇ ਤੁਹਾਡਾ ਜਨਮ ਦਾ ਦੇਸ਼ ਹੈ, ਜੋ ਉਨ੍ਹਾਂ ਨੂੰ ਤੁਹਾਨੂੰ ਲੱਭਣ ਲਈ ਚਾਹੀਦੇ ਹਨ, ਜੇ ICE ਤੁਹਾਨੂੰ ਹਿਰਾਸਤ ਵਿੱਚ ਰੱਖੇ।
emergency-find-me-say = ਜੇ ਮੈਂ ਘਰ ਨਾ ਆਵਾਂ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ICE ਨੇ ਮੈਨੂੰ ਹਿਰਾਸਤ ਵਿੱਚ ਰੱਖਿਆ ਹੋਵੇ। ਤੁਸੀਂ ਮੇਰੇ A-ਨੰਬਰ, { $a_number }, ਅਤੇ ਮੇਰੇ ਜਨਮ ਦੇ ਦੇਸ਼, { $country }, ਨਾਲ ICE ਦੇ Online Detainee Locator, { $locator }, ਵਿੱਚ ਮੈਨੂੰ ਲੱਭ ਸਕਦੇ ਹੋ।
