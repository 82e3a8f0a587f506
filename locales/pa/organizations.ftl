# Notes shown with an organization (content/states/*/organizations.toml `note`): who it
# serves, or a limit a person must know before calling. From shared/research/legal_aid_orgs.csv
# and states_and_connecticut.md. Never put a phone number in a message: numbers are data.

org-kind-fresno-note = ਸਿਰਫ਼ ਬੱਚਿਆਂ ਦੀ ਪੈਰਵੀ ਕਰਦਾ ਹੈ: ਉਹ ਬੱਚੇ ਜੋ San Joaquin, Kern, Fresno, Kings, Tulare, Madera, Merced ਜਾਂ Stanislaus County ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ।
org-alameda-county-public-defender-immigration-note = ਸਿਰਫ਼ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਲਈ ਜੋ Alameda County ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ ਜਾਂ ਉੱਥੇ ਕਿਸੇ ਜੁਰਮ ਵਿੱਚ ਦੋਸ਼ੀ ਕਰਾਰ ਹੋਏ ਹਨ।
org-clsepa-note = ਸਿਰਫ਼ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਲਈ ਜੋ San Mateo ਜਾਂ Santa Clara County ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਦੇਸ਼ ਨਿਕਾਲੇ (deportation) ਦੇ ਕੇਸਾਂ ਵਿੱਚ ਬਾਲਗਾਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਦੀ ਪੈਰਵੀ ਕਰਦਾ ਹੈ। ਇਹ ਕਲੈਕਟ ਕਾਲਾਂ (ਜਿਨ੍ਹਾਂ ਦਾ ਖ਼ਰਚਾ ਸੁਣਨ ਵਾਲਾ ਦਿੰਦਾ ਹੈ) ਨਹੀਂ ਲੈਂਦਾ।
org-lilac-redwood-city-note = ਬਿਨਾਂ ਸਮਾਂ ਲਏ ਨਾ ਜਾਓ: ਮੁਲਾਕਾਤ ਦਾ ਸਮਾਂ ਲੈਣ ਲਈ ਕਾਲ ਕਰੋ। ਨਵੇਂ ਕੇਸ (intake) ਸੋਮਵਾਰ ਤੋਂ ਸ਼ਨਿੱਚਰਵਾਰ, ਸਵੇਰੇ 8 ਤੋਂ ਸ਼ਾਮ 6 ਵਜੇ ਤੱਕ ਲਏ ਜਾਂਦੇ ਹਨ।
org-sf-public-defender-immigration-note = ਇਮੀਗ੍ਰੇਸ਼ਨ ਹਿਰਾਸਤ ਵਿੱਚ ਰੱਖੇ ਲੋਕਾਂ ਦਾ ਬਚਾਅ ਕਰਦਾ ਹੈ, ਅਤੇ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਨੂੰ ਪਹਿਲ ਦਿੰਦਾ ਹੈ ਜੋ San Francisco ਵਿੱਚ ਰਹੇ ਹਨ ਜਾਂ ਕੰਮ ਕੀਤਾ ਹੈ। ਇਹ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਦੀ ਵੀ ਮਦਦ ਕਰਦਾ ਹੈ ਜਿਨ੍ਹਾਂ ਦੀ ਇਹ ਹੁਣ ਪੈਰਵੀ ਕਰਦਾ ਹੈ ਜਾਂ ਪਹਿਲਾਂ ਕਰ ਚੁੱਕਾ ਹੈ, ਜਦੋਂ ਉਹ ਹਿਰਾਸਤ ਵਿੱਚ ਨਾ ਹੋਣ।
org-asian-law-caucus-note = ਉਨ੍ਹਾਂ ਹਿਰਾਸਤ ਵਿੱਚ ਰੱਖੇ ਲੋਕਾਂ ਉੱਤੇ ਧਿਆਨ ਦਿੰਦਾ ਹੈ ਜਿਨ੍ਹਾਂ ਦੇ ਦੇਸ਼ ਨਿਕਾਲੇ ਦੇ ਕੇਸ ਵਿੱਚ ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਦਾ ਮਾਮਲਾ ਹੈ। ਇਹ ਸ਼ਰਨ (asylum) ਦੇ ਕੇਸ ਜਾਂ ਸ਼ਰਨ ਦੇ ਇੰਟਰਵਿਊ ਨਹੀਂ ਲੈਂਦਾ, ਜਿਨ੍ਹਾਂ ਵਿੱਚ credible fear (ਡਰ ਦੀ ਜਾਂਚ ਵਾਲੇ) ਇੰਟਰਵਿਊ ਵੀ ਸ਼ਾਮਲ ਹਨ।
org-immdef-note = ਘੱਟ ਆਮਦਨ ਵਾਲੇ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਲਈ ਜੋ ਹਿਰਾਸਤ ਵਿੱਚ ਹਨ। Los Angeles County ਵਿੱਚ ਰਹਿਣ ਵਾਲਿਆਂ ਨੂੰ ਪਹਿਲ ਮਿਲਦੀ ਹੈ।
org-immdef-san-diego-note = ਸਿਰਫ਼ ਘੱਟ ਆਮਦਨ ਵਾਲੇ ਲੋਕਾਂ ਲਈ। ਸਿਰਫ਼ ਪਹਿਲਾਂ ਸਮਾਂ ਲੈ ਕੇ: ਬਿਨਾਂ ਸਮਾਂ ਲਏ ਨਾ ਜਾਓ।
org-international-institute-los-angeles-note = ਸਿਰਫ਼ ਪਹਿਲਾਂ ਸਮਾਂ ਲੈ ਕੇ: ਬਿਨਾਂ ਸਮਾਂ ਲਏ ਨਾ ਜਾਓ। ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਸਵੇਰੇ 8:30 ਤੋਂ ਸ਼ਾਮ 5 ਵਜੇ ਤੱਕ ਖੁੱਲ੍ਹਾ।
org-kind-los-angeles-note = ਸਿਰਫ਼ ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਦੇ ਕੇਸ ਲੈਂਦਾ ਹੈ, ਜਿਨ੍ਹਾਂ ਵਿੱਚ ਇਕੱਲੇ ਆਏ ਬੱਚੇ ਵੀ ਸ਼ਾਮਲ ਹਨ। ਸਿਰਫ਼ ਪਹਿਲਾਂ ਸਮਾਂ ਲੈ ਕੇ: ਬਿਨਾਂ ਸਮਾਂ ਲਏ ਨਾ ਜਾਓ।
org-human-rights-first-la-note = ਸ਼ਰਨ (asylum) ਮੰਗਣ ਵਾਲੇ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਲਈ ਮੁਫ਼ਤ ਵਲੰਟੀਅਰ ਵਕੀਲ ਲੱਭਦਾ ਹੈ ਜੋ ਪੈਸੇ ਨਹੀਂ ਦੇ ਸਕਦੇ। ਬਿਨਾਂ ਸਮਾਂ ਲਏ ਨਾ ਜਾਓ।
org-community-lawyers-compton-note = ਸਿਰਫ਼ ਪਹਿਲਾਂ ਸਮਾਂ ਲੈ ਕੇ: ਬਿਨਾਂ ਸਮਾਂ ਲਏ ਨਾ ਜਾਓ।
org-refugee-support-network-note = ਬਿਨਾਂ ਸਮਾਂ ਲਏ ਨਾ ਜਾਓ: ਮੁਲਾਕਾਤ ਦਾ ਸਮਾਂ ਲੈਣ ਲਈ ਕਾਲ ਕਰੋ।
org-jfs-san-diego-note = ਦਿਨ ਜਾਂ ਰਾਤ, ਕਿਸੇ ਵੀ ਵੇਲੇ ਵੌਇਸਮੇਲ ਛੱਡੋ। ਕਾਲਾਂ ਦਾ ਜਵਾਬ ਉਸੇ ਤਰਤੀਬ ਨਾਲ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ ਜਿਸ ਤਰਤੀਬ ਨਾਲ ਉਹ ਆਉਂਦੀਆਂ ਹਨ।
org-sd-public-defender-irldp-note = ਸਿਰਫ਼ ਦੇਸ਼ ਨਿਕਾਲੇ ਤੋਂ ਬਚਾਅ (deportation defense) ਦੇ ਕੇਸ ਲੈਂਦਾ ਹੈ।
org-la-maestra-note = ਇਸ ਦੀ ਕਾਨੂੰਨੀ ਟੀਮ ਇਮੀਗ੍ਰੇਸ਼ਨ ਬਾਂਡ ਦੀ ਸੁਣਵਾਈ (bond hearing) ਦੇ ਕੇਸ, ਯੂਕਰੇਨ ਜਾਂ ਅਫ਼ਗ਼ਾਨਿਸਤਾਨ ਤੋਂ ਆਏ ਲੋਕਾਂ ਦੇ ਕੇਸ, ਅਤੇ ਮਨੁੱਖੀ ਤਸਕਰੀ ਅਤੇ ਜੁਰਮ ਦੇ ਪੀੜਤਾਂ ਦੇ ਕੇਸ (U visa, T visa, VAWA) ਲੈਂਦੀ ਹੈ।
org-socal-immigration-project-note = ਸਿਰਫ਼ ਸ਼ਰਨ (asylum) ਦੇ ਕੇਸ। ਇਹ ਅਫ਼ਰੀਕੀ ਦੇਸ਼ਾਂ ਤੋਂ ਆਏ ਲੋਕਾਂ ਅਤੇ ਕਿਸੇ ਵੀ ਦੇਸ਼ ਦੇ LGBTQ ਲੋਕਾਂ ਉੱਤੇ ਧਿਆਨ ਦਿੰਦਾ ਹੈ। ਸਟਾਫ਼ ਸਪੈਨਿਸ਼ ਨਹੀਂ ਬੋਲਦਾ।
org-catholic-charities-el-centro-note = ਇਸ ਦਫ਼ਤਰ ਦਾ ਕੋਈ ਫ਼ੋਨ ਜਾਂ ਗਲੀ ਦਾ ਪਤਾ ਨਹੀਂ ਮਿਲਿਆ। ਇਸ ਤੱਕ ਪਹੁੰਚਣ ਲਈ San Diego ਵਿੱਚ Catholic Charities ਦੇ ਦਫ਼ਤਰ ਨਾਲ ਸੰਪਰਕ ਕਰਕੇ ਦੇਖੋ।
org-imperial-valley-jfon-note = El Centro ਦੇ First United Methodist Church ਵਿੱਚ ਮੁਫ਼ਤ ਕਾਨੂੰਨੀ ਕਲੀਨਿਕ ਲਾਉਂਦਾ ਹੈ। ਇਹ ਪਤਾ ਨਹੀਂ ਕਿ ਇਹ ਕਲੀਨਿਕ ਹਾਲੇ ਵੀ ਚੱਲਦੇ ਹਨ ਜਾਂ ਨਹੀਂ।
org-ciri-bridgeport-note = ਹਿਰਾਸਤ ਵਿੱਚ ਰੱਖੇ ਲੋਕਾਂ ਦੇ ਕੇਸ ਨਹੀਂ ਲੈਂਦਾ। ਮੁਫ਼ਤ ਪੈਰਵੀ ਗ੍ਰਾਂਟ ਅਤੇ ਪ੍ਰੋਗਰਾਮ ਦੇ ਨਿਯਮਾਂ ਕਰਕੇ ਸੀਮਤ ਹੋ ਸਕਦੀ ਹੈ।
org-ciri-hartford-note = ਹਿਰਾਸਤ ਵਿੱਚ ਰੱਖੇ ਲੋਕਾਂ ਦੇ ਕੇਸ ਨਹੀਂ ਲੈਂਦਾ।
org-ccif-hartford-note = ਸਿਰਫ਼ Hartford ਦੇ ਉਨ੍ਹਾਂ ਵਸਨੀਕਾਂ ਲਈ ਜੋ ICE ਦੀ ਹਿਰਾਸਤ ਵਿੱਚ ਹਨ ਜਾਂ ਜਿਨ੍ਹਾਂ ਉੱਤੇ ਦੇਸ਼ ਨਿਕਾਲੇ ਦੀ ਕਾਰਵਾਈ ਚੱਲ ਰਹੀ ਹੈ, ਅਤੇ ਜਿਨ੍ਹਾਂ ਕੋਲ ਕੋਈ ਵਕੀਲ ਨਹੀਂ।
