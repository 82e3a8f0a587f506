# लोकल जानकारी: काउंटी और शहर की नीतियाँ, हिरासत केंद्र, क़ानूनी मदद।

## काउंटी और शहर की नीतियाँ

local-policy-as-of = { $date } तक की स्थिति, स्रोत: { $who }। { $policy }
local-policy-undated = स्रोत: { $who } (कोई तारीख़ नहीं दी गई)। { $policy }
local-policy-reminder = लोकल नीतियाँ फ़ेडरल एजेंटों पर लागू नहीं होतीं।
local-policy-none-found = रिसर्च में यहाँ राज्य के क़ानून के अलावा कोई लोकल नीति नहीं मिली।
local-policy-hidden-low = कम भरोसे वाली रिपोर्टें, जो यहाँ नहीं दिखाई गईं: { $count }।
reported-by-official-records = सरकारी रिकॉर्ड
reported-by-news-reports = समाचार रिपोर्टें
reported-by-the-sheriff = शेरिफ़ का दफ़्तर
reported-by-advocates = प्रवासी-अधिकार संगठन
reported-by-one-secondary-source = सिर्फ़ एक अप्रत्यक्ष (secondary) स्रोत
policy-category-limits-beyond-state-law = राज्य के क़ानून से आगे बढ़कर ICE की मदद सीमित करता है
policy-category-follows-state-law = सिर्फ़ राज्य के क़ानून का पालन करता है
policy-category-helps-ice-within-state-law = राज्य का क़ानून जितनी इजाज़त देता है, उतनी ICE की मदद करता है
policy-category-publishes-release-dates = रिहाई की तारीख़ें सार्वजनिक करता है
policy-category-opposes-state-law = राज्य की सीमाओं का विरोध करता है
policy-category-no-local-policy-found = कोई लोकल नीति नहीं मिली
policy-status-in-force = लागू है
policy-status-challenged = लागू है, पर कोर्ट में इसे चुनौती दी गई है
policy-status-adopted-not-final = अपनाया गया, पर अभी अंतिम नहीं
policy-status-repealed = रद्द कर दिया गया
policy-status-ended = ख़त्म हो गया
policy-status-symbolic = एक बयान, जिसे मानना ज़रूरी नहीं
policy-status-unconfirmed = रिपोर्ट किया गया, पुष्टि नहीं हुई

## हिरासत केंद्र

facility-kind-processing-center = ICE प्रोसेसिंग सेंटर
facility-kind-detention-center = हिरासत केंद्र (डिटेंशन सेंटर)
facility-kind-annex = किसी दूसरे केंद्र की अतिरिक्त इमारत (annex)
facility-kind-county-jail = काउंटी जेल
facility-kind-city-jail = शहर की जेल
facility-status-operating = यहाँ ICE के लिए लोगों को रखा जाता है
facility-status-closed = अब यहाँ ICE के लिए लोगों को नहीं रखा जाता
facility-status-uncertain = पता नहीं कि अभी यहाँ ICE के लिए लोगों को रखा जाता है या नहीं
detention-notice = लोगों को अक्सर एक जगह से दूसरी जगह भेजा जाता है। ICE की हिरासत में रखे गए किसी व्यक्ति को ढूँढने के लिए, ICE का ऑनलाइन डिटेनी लोकेटर (online detainee locator) इस्तेमाल करें, या हिरासत की जानकारी वाली लाइन पर कॉल करें।

## क़ानूनी मदद

service-legal-aid = इमिग्रेशन क़ानूनी मदद
service-deportation-defense = डिपोर्टेशन से बचाव
service-rapid-response = रैपिड रिस्पॉन्स
service-lawyer-referral = वकीलों के पास भेजना (रेफ़रल)
service-detention-support = हिरासत में रखे गए लोगों के लिए मदद
service-children = बच्चों के लिए मदद
service-victims = अपराध या दुर्व्यवहार से बचे लोगों के लिए मदद
cost-free = मुफ़्त
cost-low-cost = कम ख़र्च
cost-unknown = ख़र्च नहीं बताया गया
caution-third-party-parse = किसी और की बनाई सरकारी सूची की कॉपी से लिया गया; असली सूची से मिलाकर नहीं जाँचा गया।
caution-single-source = सिर्फ़ एक स्रोत में इसका नाम है।
caution-recognition-renewal-pending = हमने जो सरकारी सूची इस्तेमाल की, उसमें इमिग्रेशन क़ानूनी मदद देने के लिए U.S. Justice Department (अमेरिका का न्याय विभाग) से मिली इसकी मान्यता (recognition) अपनी आख़िरी तारीख़ पर थी या उसके पास थी, और उसका नवीनीकरण (renewal) अभी बाक़ी था।
caution-two-numbers = दो स्रोत दो अलग-अलग नंबर देते हैं। दोनों दिखाए गए हैं।
caution-area-code-mismatch = फ़ोन का एरिया कोड उस शहर का नहीं है।
caution-government-office = एक सरकारी दफ़्तर, नॉन-प्रॉफ़िट (ग़ैर-लाभकारी) संगठन नहीं।
caution-merged-offices = स्रोत ने दो दफ़्तरों को आपस में मिला दिया; हो सकता है पता या फ़ोन दूसरे दफ़्तर का हो।
caution-referral-only = लोगों को वकीलों के पास भेजता है: सीधी क़ानूनी मदद नहीं देता, और बिना अपॉइंटमेंट आने वालों से नहीं मिलता।
caution-limited-eligibility = सिर्फ़ कुछ लोगों की मदद करता है: पढ़ें कि यह किसे सेवा देता है।
caution-no-phone-found = इसका कोई फ़ोन नंबर नहीं मिला।

## लाइनों पर नोट, जिन्हें कॉल करने से पहले पढ़ना ज़रूरी है

hotline-ice-la-field-office-note = इसे ICE चलाता है। इस पर तब कॉल करें जब ICE के ऑनलाइन डिटेनी लोकेटर में वह व्यक्ति न मिले, और गिरफ़्तारी Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara या San Luis Obispo County में हुई हो।
hotline-orr-note = उन माता-पिता या अभिभावकों के लिए जो 18 साल से कम उम्र के किसी ऐसे बच्चे को ढूँढ रहे हैं जिसे Office of Refugee Resettlement (ORR, शरणार्थियों के पुनर्वास का अमेरिकी सरकारी दफ़्तर) ने रखा है। यह सरकारी दफ़्तर है, प्रवासी-अधिकार संगठन नहीं।
hotline-ct-statewide-note = अगर आपके पास क़ानूनी इमिग्रेशन स्टेटस नहीं है, तो स्रोत के मुताबिक़ इस लाइन के ज़रिए नहीं, बल्कि सीधे New Haven Legal Assistance में आवेदन करें; स्रोत कहता है कि वह दफ़्तर इमिग्रेशन स्टेटस की जानकारी पुलिस या किसी और अधिकारी को नहीं देता। हमें उसका अपना फ़ोन नंबर नहीं मिला; उसका वेब पेज इस लाइन का पहला स्रोत है।
