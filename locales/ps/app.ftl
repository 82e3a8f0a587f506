# Text the app itself shows, around the content.

# The first line of every rights card, for the officer to read.
card-heading = زه د امریکا د اساسي قانون له مخې له خپلو حقونو ګټه اخلم. مهرباني وکړئ دا کارت ولولئ.

# Shown with every topic and card while no lawyer has reviewed the content.
legal-review-unreviewed = یو وکیل لا دا متن نه دی کتلی. دا عمومي معلومات دي، حقوقي مشوره نه ده.
legal-review-lawyer-reviewed = یو وکیل دا متن کتلی دی. دا عمومي معلومات دي، حقوقي مشوره نه ده.

# Labels next to each step.
label-say = ووایاست
label-why = ولې
label-sources = سرچینې
label-checked = کتل شوی

# A law's status, in words.
law-status-in-force = نافذ دی
law-status-did-not-pass = تصویب نه شو
law-status-vetoed = ویټو شو
law-status-in-court = تصویب شو، خو په محکمه کې پرې اعتراض شوی
law-status-blocked = محکمې د هغه مخه نیولې
law-status-superseded = وروسته قانون یې ځای ونیو
law-status-unconfirmed = تصویب شو، خو دا چې نافذ شوی که نه، تایید شوی نه دی
law-effect-limits-cooperation = د مهاجرت د قانون په پلي کولو کې مرسته محدودوي
law-effect-mandates-cooperation = د مهاجرت د قانون په پلي کولو کې مرسته اړینه کوي
law-effect-other = د مهاجرت بل قانون

# A step or a law that applies in one state only.
scope-only-in = یوازې په { $state } کې
