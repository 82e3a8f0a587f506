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
