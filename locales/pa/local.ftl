# Local depth: county and city policies, detention facilities, legal help.

## County and city policies

local-policy-as-of = { $date } ਦੀ ਜਾਣਕਾਰੀ, { $who } ਅਨੁਸਾਰ: { $policy }
local-policy-undated = { $who } ਅਨੁਸਾਰ (ਕੋਈ ਤਾਰੀਖ਼ ਨਹੀਂ ਦਿੱਤੀ): { $policy }
local-policy-reminder = ਲੋਕਲ ਨੀਤੀਆਂ ਫ਼ੈਡਰਲ ਅਧਿਕਾਰੀਆਂ ਉੱਤੇ ਲਾਗੂ ਨਹੀਂ ਹੁੰਦੀਆਂ।
local-policy-none-found = ਖੋਜ ਵਿੱਚ ਇੱਥੇ ਸੂਬੇ ਦੇ ਕਾਨੂੰਨ ਤੋਂ ਇਲਾਵਾ ਕੋਈ ਲੋਕਲ ਨੀਤੀ ਨਹੀਂ ਮਿਲੀ।
local-policy-hidden-low = ਘੱਟ ਭਰੋਸੇ ਵਾਲੀਆਂ ਰਿਪੋਰਟਾਂ ਜੋ ਇੱਥੇ ਨਹੀਂ ਦਿਖਾਈਆਂ ਗਈਆਂ: { $count }।
reported-by-official-records = ਸਰਕਾਰੀ ਰਿਕਾਰਡਾਂ
reported-by-news-reports = ਖ਼ਬਰਾਂ
reported-by-the-sheriff = ਸ਼ੈਰਿਫ਼ ਦੇ ਦਫ਼ਤਰ
reported-by-advocates = ਪਰਵਾਸੀਆਂ ਦੇ ਹੱਕਾਂ ਲਈ ਕੰਮ ਕਰਨ ਵਾਲੇ ਗਰੁੱਪਾਂ
reported-by-one-secondary-source = ਸਿਰਫ਼ ਇੱਕ ਅਸਿੱਧੇ ਸਰੋਤ
policy-category-limits-beyond-state-law = ਸੂਬੇ ਦੇ ਕਾਨੂੰਨ ਤੋਂ ਵੀ ਵੱਧ ICE ਦੀ ਮਦਦ ਨੂੰ ਸੀਮਤ ਕਰਦੀ ਹੈ
policy-category-follows-state-law = ਸਿਰਫ਼ ਸੂਬੇ ਦੇ ਕਾਨੂੰਨ ਦੀ ਪਾਲਣਾ ਕਰਦੀ ਹੈ
policy-category-helps-ice-within-state-law = ਸੂਬੇ ਦਾ ਕਾਨੂੰਨ ਜਿੱਥੋਂ ਤੱਕ ਇਜਾਜ਼ਤ ਦਿੰਦਾ ਹੈ, ਉੱਥੋਂ ਤੱਕ ICE ਦੀ ਮਦਦ ਕਰਦੀ ਹੈ
policy-category-publishes-release-dates = ਰਿਹਾਈ ਦੀਆਂ ਤਾਰੀਖ਼ਾਂ ਜਨਤਕ ਕਰਦੀ ਹੈ
policy-category-opposes-state-law = ਸੂਬੇ ਦੀਆਂ ਪਾਬੰਦੀਆਂ ਦਾ ਵਿਰੋਧ ਕਰਦੀ ਹੈ
policy-category-no-local-policy-found = ਕੋਈ ਲੋਕਲ ਨੀਤੀ ਨਹੀਂ ਮਿਲੀ
policy-status-in-force = ਲਾਗੂ ਹੈ
policy-status-challenged = ਲਾਗੂ ਹੈ, ਪਰ ਅਦਾਲਤ ਵਿੱਚ ਚੁਣੌਤੀ ਦਿੱਤੀ ਗਈ ਹੈ
policy-status-adopted-not-final = ਅਪਣਾਈ ਗਈ, ਪਰ ਅੰਤਿਮ ਨਹੀਂ
policy-status-repealed = ਰੱਦ ਕੀਤੀ ਗਈ
policy-status-ended = ਖ਼ਤਮ ਹੋ ਗਈ
policy-status-symbolic = ਇੱਕ ਐਲਾਨ, ਜਿਸ ਦੀ ਪਾਲਣਾ ਲਾਜ਼ਮੀ ਨਹੀਂ
policy-status-unconfirmed = ਰਿਪੋਰਟ ਕੀਤੀ ਗਈ, ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੋਈ

## Detention facilities

facility-kind-processing-center = ICE ਪ੍ਰੋਸੈਸਿੰਗ ਸੈਂਟਰ
facility-kind-detention-center = ਹਿਰਾਸਤ ਕੇਂਦਰ (detention center)
facility-kind-annex = ਕਿਸੇ ਹੋਰ ਕੇਂਦਰ ਦੀ ਵਾਧੂ ਇਮਾਰਤ
facility-kind-county-jail = ਕਾਊਂਟੀ ਜੇਲ੍ਹ
facility-kind-city-jail = ਸ਼ਹਿਰ ਦੀ ਜੇਲ੍ਹ
facility-status-operating = ICE ਲਈ ਲੋਕ ਰੱਖਦਾ ਹੈ
facility-status-closed = ਹੁਣ ICE ਲਈ ਲੋਕ ਨਹੀਂ ਰੱਖਦਾ
facility-status-uncertain = ਪਤਾ ਨਹੀਂ ਕਿ ਹੁਣ ICE ਲਈ ਲੋਕ ਰੱਖਦਾ ਹੈ ਜਾਂ ਨਹੀਂ
detention-notice = ਲੋਕਾਂ ਨੂੰ ਅਕਸਰ ਇੱਕ ਥਾਂ ਤੋਂ ਦੂਜੀ ਥਾਂ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ। ICE ਦੀ ਹਿਰਾਸਤ ਵਿੱਚ ਕਿਸੇ ਵਿਅਕਤੀ ਨੂੰ ਲੱਭਣ ਲਈ, ICE ਦਾ ਔਨਲਾਈਨ Detainee Locator ਵਰਤੋ, ਜਾਂ ਹਿਰਾਸਤ ਬਾਰੇ ਜਾਣਕਾਰੀ ਵਾਲੀ ਲਾਈਨ ਉੱਤੇ ਕਾਲ ਕਰੋ।

## Legal help

service-legal-aid = ਇਮੀਗ੍ਰੇਸ਼ਨ ਬਾਰੇ ਕਾਨੂੰਨੀ ਮਦਦ
service-deportation-defense = ਦੇਸ਼ ਨਿਕਾਲੇ ਤੋਂ ਬਚਾਅ
service-rapid-response = ਰੈਪਿਡ ਰਿਸਪਾਂਸ (ਫ਼ੌਰੀ ਮਦਦ)
service-lawyer-referral = ਵਕੀਲਾਂ ਕੋਲ ਭੇਜਣਾ (ਰੈਫ਼ਰਲ)
service-detention-support = ਹਿਰਾਸਤ ਵਿੱਚ ਰੱਖੇ ਲੋਕਾਂ ਲਈ ਮਦਦ
service-children = ਬੱਚਿਆਂ ਲਈ ਮਦਦ
service-victims = ਜੁਰਮ ਜਾਂ ਦੁਰਵਿਹਾਰ ਦਾ ਸ਼ਿਕਾਰ ਹੋਏ ਲੋਕਾਂ ਲਈ ਮਦਦ
cost-free = ਮੁਫ਼ਤ
cost-low-cost = ਘੱਟ ਖ਼ਰਚਾ
cost-unknown = ਖ਼ਰਚਾ ਨਹੀਂ ਦੱਸਿਆ ਗਿਆ
caution-third-party-parse = ਕਿਸੇ ਸਰਕਾਰੀ ਸੂਚੀ ਦੀ ਕਿਸੇ ਹੋਰ ਵੱਲੋਂ ਬਣਾਈ ਨਕਲ ਤੋਂ, ਅਸਲ ਸੂਚੀ ਨਾਲ ਮਿਲਾ ਕੇ ਨਹੀਂ ਦੇਖਿਆ ਗਿਆ।
caution-single-source = ਸਿਰਫ਼ ਇੱਕ ਸਰੋਤ ਇਸ ਦਾ ਜ਼ਿਕਰ ਕਰਦਾ ਹੈ।
caution-recognition-renewal-pending = ਜੋ ਸਰਕਾਰੀ ਸੂਚੀ ਅਸੀਂ ਵਰਤੀ, ਉਸ ਵਿੱਚ ਇਮੀਗ੍ਰੇਸ਼ਨ ਬਾਰੇ ਕਾਨੂੰਨੀ ਮਦਦ ਦੇਣ ਲਈ ਇਸ ਦੀ U.S. Justice Department (ਅਮਰੀਕਾ ਦਾ ਨਿਆਂ ਵਿਭਾਗ) ਵੱਲੋਂ ਮਾਨਤਾ ਆਪਣੀ ਖ਼ਤਮ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ ਉੱਤੇ ਜਾਂ ਉਸ ਦੇ ਨੇੜੇ ਸੀ, ਅਤੇ ਨਵਿਆਉਣ ਦਾ ਫ਼ੈਸਲਾ ਬਾਕੀ ਸੀ।
caution-two-numbers = ਦੋ ਸਰੋਤ ਦੋ ਵੱਖ-ਵੱਖ ਨੰਬਰ ਦਿੰਦੇ ਹਨ। ਦੋਵੇਂ ਦਿਖਾਏ ਗਏ ਹਨ।
caution-area-code-mismatch = ਫ਼ੋਨ ਦਾ ਏਰੀਆ ਕੋਡ ਸ਼ਹਿਰ ਵਾਲਾ ਨਹੀਂ ਹੈ।
caution-government-office = ਇੱਕ ਸਰਕਾਰੀ ਦਫ਼ਤਰ, ਕੋਈ ਗ਼ੈਰ-ਮੁਨਾਫ਼ਾ ਸੰਸਥਾ (nonprofit) ਨਹੀਂ।
caution-merged-offices = ਸਰੋਤ ਨੇ ਦੋ ਦਫ਼ਤਰਾਂ ਨੂੰ ਰਲਾ ਦਿੱਤਾ; ਪਤਾ ਜਾਂ ਫ਼ੋਨ ਦੂਜੇ ਦਫ਼ਤਰ ਦਾ ਹੋ ਸਕਦਾ ਹੈ।
caution-referral-only = ਲੋਕਾਂ ਨੂੰ ਵਕੀਲਾਂ ਕੋਲ ਭੇਜਦਾ ਹੈ: ਸਿੱਧੀ ਕਾਨੂੰਨੀ ਮਦਦ ਨਹੀਂ ਦਿੰਦਾ, ਅਤੇ ਬਿਨਾਂ ਸਮਾਂ ਲਏ ਨਾ ਜਾਓ।
caution-limited-eligibility = ਸਿਰਫ਼ ਕੁਝ ਲੋਕਾਂ ਦੀ ਮਦਦ ਕਰਦਾ ਹੈ: ਪੜ੍ਹੋ ਕਿ ਇਹ ਕਿਨ੍ਹਾਂ ਦੀ ਸੇਵਾ ਕਰਦਾ ਹੈ।
caution-no-phone-found = ਇਸ ਦਾ ਕੋਈ ਫ਼ੋਨ ਨੰਬਰ ਨਹੀਂ ਮਿਲਿਆ।

## Notes on lines a person must read before calling

hotline-ice-la-field-office-note = ਇਸ ਨੂੰ ICE ਚਲਾਉਂਦਾ ਹੈ। ਇਸ ਉੱਤੇ ਕਾਲ ਕਰੋ ਜੇ ICE ਦੇ ਔਨਲਾਈਨ Detainee Locator ਵਿੱਚ ਵਿਅਕਤੀ ਨਹੀਂ ਲੱਭਦਾ, ਅਤੇ ਗ੍ਰਿਫ਼ਤਾਰੀ Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara ਜਾਂ San Luis Obispo County ਵਿੱਚ ਹੋਈ ਸੀ।
hotline-orr-note = ਉਨ੍ਹਾਂ ਮਾਪਿਆਂ ਜਾਂ ਸਰਪ੍ਰਸਤਾਂ ਲਈ ਜੋ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਕਿਸੇ ਬੱਚੇ ਨੂੰ ਲੱਭ ਰਹੇ ਹਨ, ਜਿਸ ਨੂੰ Office of Refugee Resettlement (ਸ਼ਰਨਾਰਥੀ ਮੁੜ-ਵਸੇਬਾ ਦਫ਼ਤਰ) ਨੇ ਰੱਖਿਆ ਹੋਇਆ ਹੈ। ਇਹ ਇੱਕ ਸਰਕਾਰੀ ਦਫ਼ਤਰ ਹੈ, ਪਰਵਾਸੀਆਂ ਦਾ ਹਿਮਾਇਤੀ ਨਹੀਂ।
hotline-ct-statewide-note = ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਕਾਨੂੰਨੀ ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਟੇਟਸ ਨਹੀਂ ਹੈ, ਤਾਂ ਸਰੋਤ ਕਹਿੰਦਾ ਹੈ ਕਿ ਇਸ ਲਾਈਨ ਰਾਹੀਂ ਨਹੀਂ, ਸਿੱਧੇ New Haven Legal Assistance ਨੂੰ ਅਰਜ਼ੀ ਦਿਓ; ਸਰੋਤ ਇਹ ਵੀ ਕਹਿੰਦਾ ਹੈ ਕਿ ਉਹ ਦਫ਼ਤਰ ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਟੇਟਸ ਬਾਰੇ ਪੁਲਿਸ ਜਾਂ ਕਿਸੇ ਹੋਰ ਅਥਾਰਟੀ ਨੂੰ ਨਹੀਂ ਦੱਸਦਾ। ਸਾਨੂੰ ਉਸ ਦਾ ਆਪਣਾ ਫ਼ੋਨ ਨੰਬਰ ਨਹੀਂ ਮਿਲਿਆ; ਉਸ ਦਾ ਵੈੱਬ ਪੰਨਾ ਇਸ ਲਾਈਨ ਦਾ ਪਹਿਲਾ ਸਰੋਤ ਹੈ।
