# छापे जाने वाले कार्ड और पुस्तिकाएँ (amparo export)।

export-cards-title = बटुए में रखने वाले कार्ड
export-cards-how = काग़ज़ के दोनों तरफ़ प्रिंट करें, और शीट को उसके लंबे किनारे से पलटें। फिर डैश वाली लाइनों (- - -) पर काटें। एक कार्ड हमेशा अपने पास रखें।
export-booklet-title = अपने अधिकार जानें
export-laws = क़ानून
export-do-not = क्या न करें
# $place: किसी काउंटी का पूरा नाम, जैसे "San Francisco County"।
export-help-near = { $place } में मदद
export-lines = कॉल करने के लिए लाइनें
export-policy = लोकल नीति
export-detention = आस-पास की जगहें जहाँ लोगों को हिरासत में रखा जा सकता है
# $version: सामग्री का वर्ज़न नंबर; $oldest, $newest: स्रोतों में दी गई तारीख़ें।
export-footer = सामग्री का वर्ज़न { $version }। स्रोतों की तारीख़ें { $oldest } से { $newest } तक हैं।
export-quiz-answers = जवाब
