# Labels for the help finder. Never put a phone number in a message: numbers
# are data with a source.

policy-ca-baseline = In California, local police and sheriffs generally may not ask about your immigration status or hold you for ICE. There are exceptions for some serious convictions. In a local jail you may refuse to talk to ICE, or talk only with your lawyer there; you should get a form that explains this. Federal agents are not bound by these state laws.

hotline-kind-rapid-response = Rapid response line: call to report immigration agents nearby and get help.
hotline-kind-detention-info = Information about people held in immigration detention.
hotline-kind-court-info = Immigration court case information (automated). You need the person's A-number.
hotline-kind-lawyer-referral = Referrals to private immigration lawyers.
hotline-kind-referral = A government office that refers people to services.
hotline-operator-government = Run by the government, not by advocates.
hotline-unverified = Not verified: this number comes from a single or old source.

finder-no-local-line = We know of no local rapid response line for this county. Call a regional or national line below.
finder-outside = This place is outside the area Amparo covers. National lines still work.
finder-location-city = Location approximate: the centre of its city.
finder-location-county = Location approximate: only the county is known.
