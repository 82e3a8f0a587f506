# Text the app itself shows, around the content.

# The first line of every rights card, for the officer to read.
card-heading = I am using my rights under the U.S. Constitution. Please read this card.

# Shown with every topic and card while no lawyer has reviewed the content.
legal-review-unreviewed = A lawyer has not yet reviewed this text. It is general information, not legal advice.
legal-review-lawyer-reviewed = A lawyer has reviewed this text. It is general information, not legal advice.

# Labels next to each step.
label-say = Say
label-why = Why
label-sources = Sources
label-checked = Checked

# A law's status, in words.
law-status-in-force = in force
law-status-did-not-pass = did not pass
law-status-vetoed = vetoed
law-status-in-court = passed, but challenged in court
law-status-blocked = blocked by a court
law-status-superseded = replaced by a later law
law-status-unconfirmed = passed, but whether it took effect is not confirmed
law-effect-limits-cooperation = limits help to immigration enforcement
law-effect-mandates-cooperation = requires help to immigration enforcement
law-effect-other = other immigration law

# A step or a law that applies in one state only.
scope-only-in = Only in { $state }
