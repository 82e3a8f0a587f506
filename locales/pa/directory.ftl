# Text for the help finder. Never put a phone number in a message: numbers
# are data with a source.

policy-ca-baseline = ਕੈਲੀਫ਼ੋਰਨੀਆ ਵਿੱਚ, ਲੋਕਲ ਪੁਲਿਸ ਅਤੇ ਸ਼ੈਰਿਫ਼ ਆਮ ਤੌਰ 'ਤੇ ਤੁਹਾਡੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਟੇਟਸ ਬਾਰੇ ਨਹੀਂ ਪੁੱਛ ਸਕਦੇ, ਅਤੇ ਕੋਈ ਲੋਕਲ ਜੇਲ੍ਹ ਤੁਹਾਨੂੰ ਸਿਰਫ਼ ਇਸ ਕਰਕੇ ਤੁਹਾਡੀ ਰਿਹਾਈ ਦੇ ਸਮੇਂ ਤੋਂ ਬਾਅਦ ਨਹੀਂ ਰੱਖ ਸਕਦੀ ਕਿ ICE ਨੇ ਕਿਹਾ ਹੈ। ਕੁਝ ਗੰਭੀਰ ਜੁਰਮਾਂ ਵਿੱਚ ਦੋਸ਼ੀ ਕਰਾਰ ਹੋਣ ਦੀ ਹਾਲਤ ਵਿੱਚ, ਜੇਲ੍ਹ ਹਾਲੇ ਵੀ ICE ਨੂੰ ਦੱਸ ਸਕਦੀ ਹੈ ਕਿ ਤੁਸੀਂ ਕਦੋਂ ਰਿਹਾਅ ਹੋਵੋਗੇ, ਜਾਂ ਤੁਹਾਨੂੰ ICE ਦੇ ਹਵਾਲੇ ਕਰ ਸਕਦੀ ਹੈ। ਲੋਕਲ ਜੇਲ੍ਹ ਵਿੱਚ ਤੁਸੀਂ ICE ਨਾਲ ਗੱਲ ਕਰਨ ਤੋਂ ਇਨਕਾਰ ਕਰ ਸਕਦੇ ਹੋ, ਜਾਂ ਸਿਰਫ਼ ਆਪਣੇ ਵਕੀਲ ਦੀ ਹਾਜ਼ਰੀ ਵਿੱਚ ਗੱਲ ਕਰ ਸਕਦੇ ਹੋ; ਤੁਹਾਨੂੰ ਇੱਕ ਫ਼ਾਰਮ ਮਿਲਣਾ ਚਾਹੀਦਾ ਹੈ ਜੋ ਇਹ ਸਮਝਾਉਂਦਾ ਹੈ। ਸੂਬੇ ਦੇ ਇਹ ਕਾਨੂੰਨ ਫ਼ੈਡਰਲ ਅਧਿਕਾਰੀਆਂ ਉੱਤੇ ਲਾਗੂ ਨਹੀਂ ਹੁੰਦੇ।

## What a line is for, and who runs it

hotline-kind-rapid-response = ਰੈਪਿਡ ਰਿਸਪਾਂਸ ਲਾਈਨ: ਨੇੜੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਅਧਿਕਾਰੀ ਹੋਣ ਦੀ ਖ਼ਬਰ ਦੇਣ ਅਤੇ ਮਦਦ ਲੈਣ ਲਈ ਕਾਲ ਕਰੋ।
hotline-kind-detention-info = ਇਮੀਗ੍ਰੇਸ਼ਨ ਹਿਰਾਸਤ ਵਿੱਚ ਰੱਖੇ ਲੋਕਾਂ ਬਾਰੇ ਜਾਣਕਾਰੀ।
hotline-kind-court-info = ਇਮੀਗ੍ਰੇਸ਼ਨ ਅਦਾਲਤ ਵਿੱਚ ਕੇਸ ਬਾਰੇ ਜਾਣਕਾਰੀ (ਆਟੋਮੈਟਿਕ ਲਾਈਨ)। ਤੁਹਾਨੂੰ ਉਸ ਵਿਅਕਤੀ ਦਾ A-ਨੰਬਰ (A-number) ਚਾਹੀਦਾ ਹੈ।
hotline-kind-lawyer-referral = ਪ੍ਰਾਈਵੇਟ ਇਮੀਗ੍ਰੇਸ਼ਨ ਵਕੀਲਾਂ ਕੋਲ ਭੇਜਣ (ਰੈਫ਼ਰਲ) ਦੀ ਸੇਵਾ।
hotline-kind-referral = ਇੱਕ ਸਰਕਾਰੀ ਦਫ਼ਤਰ ਜੋ ਲੋਕਾਂ ਨੂੰ ਸੇਵਾਵਾਂ ਵੱਲ ਭੇਜਦਾ ਹੈ।
hotline-kind-legal-aid = ਮੁਫ਼ਤ ਕਾਨੂੰਨੀ ਮਦਦ: ਅਰਜ਼ੀ ਦੇਣ ਲਈ, ਜਾਂ ਸਹੀ ਦਫ਼ਤਰ ਕੋਲ ਭੇਜੇ ਜਾਣ ਲਈ ਕਾਲ ਕਰੋ।
hotline-operator-government = ਇਸ ਨੂੰ ਸਰਕਾਰ ਚਲਾਉਂਦੀ ਹੈ, ਪਰਵਾਸੀਆਂ ਦੇ ਹਿਮਾਇਤੀ ਨਹੀਂ।

## What is known about a number. "Confirmed" means someone called it.

number-not-confirmed = ਅਜੇ ਫ਼ੋਨ ਕਰਕੇ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕੀਤੀ ਗਈ। ਸਭ ਤੋਂ ਨਵਾਂ ਸਰੋਤ: { $year }।
number-not-confirmed-undated = ਅਜੇ ਫ਼ੋਨ ਕਰਕੇ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕੀਤੀ ਗਈ। ਇਸ ਦੇ ਸਰੋਤਾਂ ਉੱਤੇ ਕੋਈ ਤਾਰੀਖ਼ ਨਹੀਂ।
number-confirmed = { $date } ਨੂੰ ਫ਼ੋਨ ਕਰਕੇ ਪੁਸ਼ਟੀ ਕੀਤੀ ਗਈ।
number-low-confidence = ਘੱਟ ਭਰੋਸਾ: ਇਹ ਨੰਬਰ ਸਿਰਫ਼ ਇੱਕ ਸਰੋਤ ਤੋਂ, ਜਾਂ ਕਿਸੇ ਪੁਰਾਣੇ ਸਰੋਤ ਤੋਂ ਆਇਆ ਹੈ।
number-extension = ਐਕਸਟੈਂਸ਼ਨ { $extension }
number-takes-texts = ਟੈਕਸਟ ਸੁਨੇਹੇ ਲੈਂਦੀ ਹੈ।
confidence-high = ਜ਼ਿਆਦਾ ਭਰੋਸਾ
confidence-medium = ਦਰਮਿਆਨਾ ਭਰੋਸਾ
confidence-low = ਘੱਟ ਭਰੋਸਾ

## Numbers that disagree, and lines for one area only

hotline-conflict = ਇਸ ਨੰਬਰ ਬਾਰੇ ਸਰੋਤ ਆਪਸ ਵਿੱਚ ਸਹਿਮਤ ਨਹੀਂ। ਦੋਵੇਂ ਨੰਬਰ ਦਿਖਾਏ ਗਏ ਹਨ, ਅਤੇ ਅਜੇ ਕਿਸੇ ਨੇ ਉਨ੍ਹਾਂ ਉੱਤੇ ਕਾਲ ਨਹੀਂ ਕੀਤੀ।
hotline-area = ਸਿਰਫ਼ { $area } ਵਿੱਚ ਸੇਵਾ ਦਿੰਦੀ ਹੈ, ਪੂਰੀ ਕਾਊਂਟੀ ਵਿੱਚ ਨਹੀਂ।
conflict-sacramento = ਦੋ ਸਰੋਤ Sacramento ਲਈ ਰੈਪਿਡ ਰਿਸਪਾਂਸ ਦੇ ਦੋ ਵੱਖ-ਵੱਖ ਨੰਬਰ ਦਿੰਦੇ ਹਨ, ਹਰੇਕ ਵੱਖਰੇ ਨੈੱਟਵਰਕ ਦਾ। ਅਸੀਂ ਪਤਾ ਨਹੀਂ ਲਗਾ ਸਕੇ ਕਿ ਹੁਣ ਕਿਹੜਾ ਚੱਲਦਾ ਹੈ। ਦੋਵੇਂ ਅਜ਼ਮਾਓ।
conflict-long-beach = 2019 ਦੀ ਇੱਕ ਸੂਚੀ ਅਤੇ ਇੱਕ ਨਵੀਂ, ਬਿਨਾਂ ਤਾਰੀਖ਼ ਵਾਲੀ ਸੂਚੀ Long Beach Community Defense Network ਦੇ ਦੋ ਵੱਖ-ਵੱਖ ਨੰਬਰ ਦਿੰਦੀਆਂ ਹਨ। ਅਸੀਂ ਪਤਾ ਨਹੀਂ ਲਗਾ ਸਕੇ ਕਿ ਹੁਣ ਕਿਹੜਾ ਚੱਲਦਾ ਹੈ। ਦੋਵੇਂ ਅਜ਼ਮਾਓ।

## Opening hours, in the time zone of the line

hours-always = 24 ਘੰਟੇ ਖੁੱਲ੍ਹੀ, ਹਰ ਰੋਜ਼
hours-days-range = { $first } ਤੋਂ { $last } ਤੱਕ
hours-rule = { $days }, { $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours } ({ $zone })
hours-list-separator = {", "}
hours-rules-separator = {"; "}
hours-open-now = ਹੁਣ ਖੁੱਲ੍ਹੀ ਹੈ
hours-closed-now = ਹੁਣ ਬੰਦ ਹੈ
time-zone-pacific = ਪੈਸੀਫ਼ਿਕ ਸਮਾਂ
time-zone-eastern = ਈਸਟਰਨ ਸਮਾਂ
weekday-monday = ਸੋਮਵਾਰ
weekday-tuesday = ਮੰਗਲਵਾਰ
weekday-wednesday = ਬੁੱਧਵਾਰ
weekday-thursday = ਵੀਰਵਾਰ
weekday-friday = ਸ਼ੁੱਕਰਵਾਰ
weekday-saturday = ਸ਼ਨਿੱਚਰਵਾਰ
weekday-sunday = ਐਤਵਾਰ

## Where the person is

finder-no-local-line = ਸਾਨੂੰ ਇਸ ਥਾਂ ਲਈ ਕਿਸੇ ਲੋਕਲ ਰੈਪਿਡ ਰਿਸਪਾਂਸ ਲਾਈਨ ਦਾ ਪਤਾ ਨਹੀਂ। ਹੇਠਾਂ ਦਿੱਤੀ ਕਿਸੇ ਖੇਤਰੀ ਜਾਂ ਕੌਮੀ ਲਾਈਨ ਉੱਤੇ ਕਾਲ ਕਰੋ।
finder-outside = ਇਹ ਥਾਂ Amparo ਦੇ ਇਲਾਕੇ ਤੋਂ ਬਾਹਰ ਹੈ। ਕੌਮੀ ਲਾਈਨਾਂ ਫਿਰ ਵੀ ਕੰਮ ਕਰਦੀਆਂ ਹਨ।
finder-other-state = Amparo ਕੋਲ ਅਜੇ { $state } ਲਈ ਲੋਕਲ ਜਾਣਕਾਰੀ ਨਹੀਂ ਹੈ। ਕੌਮੀ ਲਾਈਨਾਂ ਫਿਰ ਵੀ ਕੰਮ ਕਰਦੀਆਂ ਹਨ।
finder-location-city = ਟਿਕਾਣਾ ਅੰਦਾਜ਼ਨ ਹੈ: ਸ਼ਹਿਰ ਦਾ ਕੇਂਦਰ।
finder-location-county = ਟਿਕਾਣਾ ਅੰਦਾਜ਼ਨ ਹੈ: ਸਿਰਫ਼ ਕਾਊਂਟੀ ਦਾ ਪਤਾ ਹੈ।
finder-location-zip = ਟਿਕਾਣਾ ਅੰਦਾਜ਼ਨ ਹੈ: ZIP ਕੋਡ ਦੇ ਇਲਾਕੇ ਦਾ ਕੇਂਦਰ।
nearby-shared-zip = ਇਸ ZIP ਕੋਡ ਦਾ ਕੁਝ ਹਿੱਸਾ { $county } ਵਿੱਚ ਹੈ।
nearby-shared-city = ਇਸ ਸ਼ਹਿਰ ਦਾ ਕੁਝ ਹਿੱਸਾ { $county } ਵਿੱਚ ਹੈ।
nearby-near-border = { $county } { $km } ਕਿਲੋਮੀਟਰ ਦੂਰ ਹੈ। ਪੱਕਾ ਕਰੋ ਕਿ ਤੁਸੀਂ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕਿਸ ਵਿੱਚ ਹੋ।
nearby-nearest = Amparo ਜਿਨ੍ਹਾਂ ਕਾਊਂਟੀਆਂ ਜਾਂ ਖੇਤਰਾਂ ਨੂੰ ਕਵਰ ਕਰਦਾ ਹੈ, ਉਨ੍ਹਾਂ ਵਿੱਚੋਂ ਸਭ ਤੋਂ ਨੇੜੇ { $county } ਹੈ, { $km } ਕਿਲੋਮੀਟਰ ਦੂਰ।
nearby-former-county = ਪੁਰਾਣੀ { $former } County ਹੁਣ ਕੁਝ ਹੱਦ ਤੱਕ { $county } ਵਿੱਚ ਹੈ।

## Shown with a point whose sources are all weak (blogs, reposts, law firm pages)

caveat-weak-sources = ਇਸ ਗੱਲ ਲਈ ਸਾਡੇ ਸਰੋਤ ਬਲੌਗ, ਹੋਰ ਪੰਨਿਆਂ ਦੀਆਂ ਨਕਲਾਂ ਜਾਂ ਕਾਨੂੰਨੀ ਫ਼ਰਮਾਂ ਦੇ ਪੰਨੇ ਹਨ, ਸਰਕਾਰੀ ਜਾਂ ਕਾਨੂੰਨੀ ਲਿਖਤਾਂ ਨਹੀਂ। ਕਿਸੇ ਵਕੀਲ ਤੋਂ ਇਸ ਦੀ ਜਾਂਚ ਕਰਵਾਓ।
