# Mga naka-print na card at booklet (amparo export).

export-cards-title = Mga card para sa wallet
export-cards-how = I-print ang dalawang panig, at ibaligtad ang papel sa mahabang gilid nito. Pagkatapos, gupitin sa mga putol-putol na linya. Laging magdala ng isang card.
export-booklet-title = Alamin ang iyong mga karapatan
export-laws = Mga batas
export-do-not = Mga hindi dapat gawin
# $place: ang buong pangalan ng isang county, gaya ng "San Francisco County".
export-help-near = Tulong sa { $place }
export-lines = Mga linyang matatawagan
export-policy = Lokal na patakaran
export-detention = Mga lugar sa malapit kung saan maaaring ikulong ang mga tao
# $version: ang numero ng bersyon ng nilalaman; $oldest, $newest: ang mga petsang nasa mga pinagmulan.
export-footer = Bersyon ng nilalaman: { $version }. May petsa ang mga pinagmulan mula { $oldest } hanggang { $newest }.
export-quiz-answers = Mga sagot
