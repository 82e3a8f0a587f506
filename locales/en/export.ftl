# Printed cards and booklets (amparo export).

export-cards-title = Wallet cards
export-cards-how = Print both sides, turning the sheet over on its long edge, then cut along the dashed lines. Keep a card with you.
export-booklet-title = Know your rights
export-laws = Laws
export-do-not = Do not
# $place: a county's full name, such as "San Francisco County".
export-help-near = Help in { $place }
export-lines = Lines to call
export-policy = Local policy
export-detention = Where people may be held nearby
# $version: the content's version number; $oldest, $newest: the dates the sources show.
export-footer = Content version { $version }. The sources are dated { $oldest } to { $newest }.
export-quiz-answers = Answers
