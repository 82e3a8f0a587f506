# Notes on California's ICE detention facilities (content/states/ca/detention.toml).
# Never put a phone number in a message: numbers are data with a source.

## Operating

facility-adelanto-note = Adelanto ਵਿੱਚ ICE ਦਾ ਇੱਕ ਪ੍ਰੋਸੈਸਿੰਗ ਸੈਂਟਰ, ਜਿਸ ਨੂੰ ਪ੍ਰਾਈਵੇਟ ਕੰਪਨੀ GEO Group ਚਲਾਉਂਦੀ ਹੈ। ਇਹ ਖੁੱਲ੍ਹਾ ਹੈ। 2020 ਵਿੱਚ ਇੱਕ ਅਦਾਲਤ ਨੇ ਇਸ ਨੂੰ ਨਵੇਂ ਲੋਕ ਲੈਣ ਤੋਂ ਰੋਕ ਦਿੱਤਾ ਸੀ, ਪਰ 2025 ਦੇ ਇੱਕ ਸਮਝੌਤੇ (settlement) ਤੋਂ ਬਾਅਦ ਇਹ ਫਿਰ ਪੂਰੀ ਤਰ੍ਹਾਂ ਲੋਕ ਲੈਣ ਲੱਗ ਪਿਆ।
facility-desert-view-annex-note = Adelanto ICE Processing Center ਦੀ ਇੱਕ ਵਾਧੂ ਇਮਾਰਤ, ਜੋ ਸੂਬੇ ਦੀ ਇੱਕ ਪੁਰਾਣੀ ਜੇਲ੍ਹ ਵਿੱਚ ਹੈ ਅਤੇ ਜਿਸ ਨੂੰ GEO Group ਚਲਾਉਂਦਾ ਹੈ। ਇਹ ਖੁੱਲ੍ਹੀ ਹੈ; ਮਈ 2024 ਵਿੱਚ ਇਸ ਬਾਰੇ ਇੱਕ ਸ਼ਿਕਾਇਤ ਦਰਜ ਕੀਤੀ ਗਈ ਸੀ।
facility-otay-mesa-note = San Diego ਦੇ Otay Mesa ਇਲਾਕੇ ਵਿੱਚ ICE ਦਾ ਇੱਕ ਹਿਰਾਸਤ ਕੇਂਦਰ (detention center), ਜਿਸ ਨੂੰ ਪ੍ਰਾਈਵੇਟ ਕੰਪਨੀ CoreCivic ਚਲਾਉਂਦੀ ਹੈ। ਇਹ ਖੁੱਲ੍ਹਾ ਹੈ, ਅਤੇ 2019 ਵਿੱਚ ਇਹ San Diego County ਵਿੱਚ ICE ਦਾ ਇੱਕੋ-ਇੱਕ ਹਿਰਾਸਤ ਕੇਂਦਰ ਸੀ। ICE ਦੇ ਇਸ ਬਾਰੇ ਪੰਨੇ ਉੱਤੇ ਮੁਲਾਕਾਤ ਦੇ ਸਮੇਂ ਦਿੱਤੇ ਹਨ; ਵਕੀਲ ਸਵੇਰੇ 8:15 ਤੋਂ ਰਾਤ 9:30 ਵਜੇ ਤੱਕ ਮਿਲਣ ਆ ਸਕਦੇ ਹਨ।
facility-imperial-regional-note = Calexico ਦੇ ਪੂਰਬ ਵੱਲ ICE ਦਾ ਇੱਕ ਹਿਰਾਸਤ ਕੇਂਦਰ, ਜਿਸ ਨੂੰ ਪ੍ਰਾਈਵੇਟ ਕੰਪਨੀ Management and Training Corporation (MTC) ਚਲਾਉਂਦੀ ਹੈ। ਇਹ ਖੁੱਲ੍ਹਾ ਹੈ। ਇਸ ਨੇ El Centro Service Processing Center ਦੀ ਥਾਂ ਲਈ, ਜੋ 2014 ਵਿੱਚ ਬੰਦ ਹੋ ਗਿਆ ਸੀ।
facility-mesa-verde-note = Bakersfield ਵਿੱਚ Golden State Avenue ਉੱਤੇ ICE ਦਾ ਇੱਕ ਪ੍ਰੋਸੈਸਿੰਗ ਸੈਂਟਰ, ਜਿਸ ਨੂੰ GEO Group ਚਲਾਉਂਦਾ ਹੈ; ਇਹ ਖੁੱਲ੍ਹਾ ਹੈ। ਇੱਥੇ ਰੱਖੇ ਲੋਕ ਬਾਹਰੋਂ ਆਈਆਂ ਕਾਲਾਂ ਨਹੀਂ ਸੁਣ ਸਕਦੇ, ਪਰ ICE ਜ਼ਰੂਰੀ ਸੁਨੇਹਾ ਛੱਡਣ ਲਈ ਇੱਕ ਐਕਸਟੈਂਸ਼ਨ ਦਿੰਦਾ ਹੈ। ਇੱਥੇ ਰੱਖੇ ਕਿਸੇ ਵਿਅਕਤੀ ਬਾਰੇ ਜਾਣਕਾਰੀ ਲਈ, ਸਵੇਰੇ ਅੱਠ ਵਜੇ ਤੋਂ ਦੁਪਹਿਰ ਸਾਢੇ ਤਿੰਨ ਵਜੇ ਤੱਕ ਕਾਲ ਕਰੋ ਅਤੇ ਵਿਕਲਪ ਦੋ ਚੁਣੋ।
facility-golden-state-annex-note = Bakersfield ਦੇ Mesa Verde ਸੈਂਟਰ ਦੀ ਇੱਕ ਵਾਧੂ ਇਮਾਰਤ, ਜੋ McFarland ਵਿੱਚ ਇੱਕ ਪੁਰਾਣੀ ਜੇਲ੍ਹ ਵਿੱਚ ਹੈ ਅਤੇ ਜਿਸ ਨੂੰ GEO Group ਚਲਾਉਂਦਾ ਹੈ। ਇੱਥੇ ਸਤੰਬਰ 2020 ਤੋਂ ICE ਲਈ ਲੋਕ ਰੱਖੇ ਜਾ ਰਹੇ ਹਨ, ਅਤੇ ਇਹ ਖੁੱਲ੍ਹੀ ਹੈ।
facility-california-city-note = ਕੈਲੀਫ਼ੋਰਨੀਆ ਵਿੱਚ ICE ਦਾ ਸਭ ਤੋਂ ਵੱਡਾ ਹਿਰਾਸਤ ਕੇਂਦਰ, ਜੋ ਸੂਬੇ ਦੀ ਇੱਕ ਪੁਰਾਣੀ ਜੇਲ੍ਹ ਵਿੱਚ ਹੈ ਅਤੇ ਜਿਸ ਨੂੰ ਪ੍ਰਾਈਵੇਟ ਕੰਪਨੀ CoreCivic ਚਲਾਉਂਦੀ ਹੈ। ਇਸ ਨੇ ਅਗਸਤ 2025 ਦੇ ਅਖ਼ੀਰ ਵਿੱਚ ICE ਲਈ ਲੋਕ ਲੈਣੇ ਸ਼ੁਰੂ ਕੀਤੇ, ਇੱਕ ਇਕਰਾਰਨਾਮੇ ਅਧੀਨ ਜੋ ਅਗਸਤ 2027 ਤੱਕ ਹੈ। ਪੁਰਾਣੀਆਂ ਸੂਚੀਆਂ ਵਿੱਚ ਇਸ ਥਾਂ ਦਾ ਨਾਮ California City Correctional Center ਹੋ ਸਕਦਾ ਹੈ।

## Not clear

facility-central-valley-annex-note = McFarland ਵਿੱਚ ਇੱਕ ਪੁਰਾਣੀ ਜੇਲ੍ਹ, ਜਿਸ ਨੂੰ GEO Group ਚਲਾਉਂਦਾ ਹੈ, ਅਤੇ ਜਿਸ ਨੂੰ 2020 ਵਿੱਚ ICE ਦੀ ਵਾਧੂ ਇਮਾਰਤ ਬਣਾਉਣ ਦੀ ਯੋਜਨਾ ਸੀ। ਸਾਨੂੰ ਨਹੀਂ ਪਤਾ ਕਿ ਹੁਣ ਉੱਥੇ ICE ਲਈ ਕੋਈ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ ਜਾਂ ਨਹੀਂ: 2025 ਦੀ ਇੱਕ ਖ਼ਬਰ ਵਿੱਚ ਇੱਕ ਅਜਿਹੀ ਥਾਂ ਦਾ ਜ਼ਿਕਰ ਹੈ ਜੋ ਇਕਰਾਰਨਾਮੇ ਅਧੀਨ ਹੈ ਪਰ ICE ਉਸ ਨੂੰ ਵਰਤਦਾ ਨਹੀਂ, ਅਤੇ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਉਹ ਇਹੀ ਥਾਂ ਹੋਵੇ।

## No longer hold anyone for ICE

facility-west-county-richmond-note = Richmond ਵਿੱਚ Contra Costa County ਦੀ ਇੱਕ ਜੇਲ੍ਹ। 2018 ਵਿੱਚ ਜਦੋਂ ਸ਼ੈਰਿਫ਼ ਨੇ ਇਕਰਾਰਨਾਮਾ ਖ਼ਤਮ ਕੀਤਾ, ਤਾਂ ਇਸ ਨੇ ICE ਲਈ ਲੋਕ ਰੱਖਣੇ ਬੰਦ ਕਰ ਦਿੱਤੇ; 2025 ਵਿੱਚ ਕਾਊਂਟੀ ਨੇ ਕਿਹਾ ਕਿ ਇਹ ICE ਲਈ ਕਿਸੇ ਨੂੰ ਨਹੀਂ ਰੱਖਦੀ। ਹੁਣ ਇੱਥੇ ICE ਲਈ ਕੋਈ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ।
facility-rio-cosumnes-note = Elk Grove ਵਿੱਚ Sacramento County ਦਾ ਇੱਕ ਸੁਧਾਰ ਕੇਂਦਰ (correctional center)। ICE ਲਈ ਲੋਕ ਰੱਖਣ ਦਾ ਇਸ ਦਾ ਇਕਰਾਰਨਾਮਾ 2018 ਵਿੱਚ ਖ਼ਤਮ ਕਰ ਦਿੱਤਾ ਗਿਆ। ਹੁਣ ਇੱਥੇ ICE ਲਈ ਕੋਈ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ।
facility-theo-lacy-note = Orange ਸ਼ਹਿਰ ਵਿੱਚ Orange County ਦੀ ਇੱਕ ਜੇਲ੍ਹ। 1 ਅਗਸਤ 2019 ਤੋਂ Orange County ਦੀਆਂ ਜੇਲ੍ਹਾਂ ਵਿੱਚ, ਇਸ ਸਮੇਤ, ICE ਲਈ ਕੋਈ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਹੁਣ ਇੱਥੇ ICE ਲਈ ਕੋਈ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ।
facility-james-a-musick-note = Orange County ਦੀ ਇੱਕ ਜੇਲ੍ਹ, ਜਿਸ ਨੂੰ ਇੱਕ ਪੁਰਾਣੀ ਸੂਚੀ ਵਿੱਚ ਪਰਵਾਸੀਆਂ ਨੂੰ ਰੱਖਣ ਵਾਲੀ ਥਾਂ ਦੱਸਿਆ ਗਿਆ ਸੀ। 1 ਅਗਸਤ 2019 ਤੋਂ Orange County ਦੀਆਂ ਜੇਲ੍ਹਾਂ ਵਿੱਚ ICE ਲਈ ਕੋਈ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਹੁਣ ਇੱਥੇ ICE ਲਈ ਕੋਈ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ।
facility-santa-ana-city-jail-note = Santa Ana ਸ਼ਹਿਰ ਦੀ ਜੇਲ੍ਹ ਪਹਿਲਾਂ ICE ਲਈ ਲੋਕ ਰੱਖਦੀ ਸੀ। ਸ਼ਹਿਰ ਨੇ ਉਨ੍ਹਾਂ ਦੀ ਗਿਣਤੀ ਸੀਮਤ ਕੀਤੀ, ਅਤੇ 2017 ਵਿੱਚ ICE ਨੇ ਇਕਰਾਰਨਾਮਾ ਖ਼ਤਮ ਕਰ ਦਿੱਤਾ। ਹੁਣ ਇੱਥੇ ICE ਲਈ ਕੋਈ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ।
facility-yuba-county-jail-note = Marysville ਵਿੱਚ ਕਾਊਂਟੀ ਦੀ ਜੇਲ੍ਹ 1994 ਵਿੱਚ ਸ਼ੁਰੂ ਹੋਏ ਇੱਕ ਸਮਝੌਤੇ ਅਧੀਨ ICE ਲਈ ਲੋਕ ਰੱਖਦੀ ਸੀ। ਫ਼ੈਡਰਲ ਸਰਕਾਰ ਨੇ ਦਸੰਬਰ 2022 ਵਿੱਚ ਇਹ ਸਮਝੌਤਾ ਖ਼ਤਮ ਕਰ ਦਿੱਤਾ; ਖ਼ਬਰਾਂ ਵਿੱਚ ਇਸ ਨੂੰ ਕੈਲੀਫ਼ੋਰਨੀਆ ਵਿੱਚ ਕਿਸੇ ਕਾਊਂਟੀ ਜੇਲ੍ਹ ਨਾਲ ICE ਦਾ ਆਖ਼ਰੀ ਇਕਰਾਰਨਾਮਾ ਦੱਸਿਆ ਗਿਆ। ਹੁਣ ਇੱਥੇ ICE ਲਈ ਕੋਈ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ।
facility-el-centro-spc-note = El Centro ਵਿੱਚ ICE ਦਾ ਇੱਕ ਪੁਰਾਣਾ ਪ੍ਰੋਸੈਸਿੰਗ ਸੈਂਟਰ। ਇਹ 30 ਸਤੰਬਰ 2014 ਨੂੰ ਬੰਦ ਹੋ ਗਿਆ, ਅਤੇ Calexico ਨੇੜੇ ਹਿਰਾਸਤ ਕੇਂਦਰ Imperial Regional Detention Facility ਨੇ ਇਸ ਦੀ ਥਾਂ ਲਈ। ਹੁਣ ਇੱਥੇ ICE ਲਈ ਕੋਈ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ।
