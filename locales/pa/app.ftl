# Text the app itself shows, around the content.

# The first line of every rights card, for the officer to read.
card-heading = ਮੈਂ ਅਮਰੀਕਾ ਦੇ ਸੰਵਿਧਾਨ (U.S. Constitution) ਅਧੀਨ ਆਪਣੇ ਹੱਕ ਵਰਤ ਰਿਹਾ/ਰਹੀ ਹਾਂ। ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਾਰਡ ਪੜ੍ਹੋ।

# Shown with every topic and card while no lawyer has reviewed the content.
legal-review-unreviewed = ਕਿਸੇ ਵਕੀਲ ਨੇ ਅਜੇ ਇਸ ਲਿਖਤ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ। ਇਹ ਆਮ ਜਾਣਕਾਰੀ ਹੈ, ਕਾਨੂੰਨੀ ਸਲਾਹ ਨਹੀਂ।
legal-review-lawyer-reviewed = ਇੱਕ ਵਕੀਲ ਨੇ ਇਸ ਲਿਖਤ ਦੀ ਜਾਂਚ ਕੀਤੀ ਹੈ। ਇਹ ਆਮ ਜਾਣਕਾਰੀ ਹੈ, ਕਾਨੂੰਨੀ ਸਲਾਹ ਨਹੀਂ।

# Labels next to each step.
label-say = ਕਹੋ
label-why = ਕਿਉਂ
label-sources = ਸਰੋਤ
label-checked = ਜਾਂਚ ਦੀ ਤਾਰੀਖ਼

# A law's status, in words.
law-status-in-force = ਲਾਗੂ ਹੈ
law-status-did-not-pass = ਪਾਸ ਨਹੀਂ ਹੋਇਆ
law-status-vetoed = ਵੀਟੋ ਕੀਤਾ ਗਿਆ
law-status-in-court = ਪਾਸ ਹੋਇਆ, ਪਰ ਅਦਾਲਤ ਵਿੱਚ ਇਸ ਨੂੰ ਚੁਣੌਤੀ ਦਿੱਤੀ ਗਈ ਹੈ
law-status-blocked = ਅਦਾਲਤ ਨੇ ਰੋਕ ਲਾਈ ਹੋਈ ਹੈ
law-status-superseded = ਇਸ ਦੀ ਥਾਂ ਬਾਅਦ ਦੇ ਕਾਨੂੰਨ ਨੇ ਲੈ ਲਈ ਹੈ
law-status-unconfirmed = ਪਾਸ ਹੋਇਆ, ਪਰ ਇਹ ਲਾਗੂ ਹੋਇਆ ਜਾਂ ਨਹੀਂ, ਇਸ ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੋਈ
law-effect-limits-cooperation = ਇਮੀਗ੍ਰੇਸ਼ਨ ਕਾਨੂੰਨ ਲਾਗੂ ਕਰਵਾਉਣ ਵਿੱਚ ਮਦਦ ਨੂੰ ਸੀਮਤ ਕਰਦਾ ਹੈ
law-effect-mandates-cooperation = ਇਮੀਗ੍ਰੇਸ਼ਨ ਕਾਨੂੰਨ ਲਾਗੂ ਕਰਵਾਉਣ ਵਿੱਚ ਮਦਦ ਨੂੰ ਲਾਜ਼ਮੀ ਬਣਾਉਂਦਾ ਹੈ
law-effect-other = ਇਮੀਗ੍ਰੇਸ਼ਨ ਬਾਰੇ ਹੋਰ ਕਾਨੂੰਨ

# A step or a law that applies in one state only.
scope-only-in = ਸਿਰਫ਼ { $state } ਵਿੱਚ
