# Text the app itself shows, around the content.

# The first line of every rights card, for the officer to read.
card-heading = Ginagamit ko po ang aking mga karapatan sa ilalim ng Konstitusyon ng U.S. Pakibasa po ang card na ito.

# Shown with every topic and card while no lawyer has reviewed the content.
legal-review-unreviewed = Wala pang abogadong nagsuri sa tekstong ito. Pangkalahatang impormasyon ito, hindi legal na payo.
legal-review-lawyer-reviewed = Nasuri na ng isang abogado ang tekstong ito. Pangkalahatang impormasyon ito, hindi legal na payo.

# Labels next to each step.
label-say = Sabihin
label-why = Bakit
label-sources = Mga pinagmulan
label-checked = Sinuri

# A law's status, in words.
law-status-in-force = may bisa
law-status-did-not-pass = hindi naipasa
law-status-vetoed = na-veto
law-status-in-court = naipasa, pero kinukuwestiyon sa korte
law-status-blocked = pinigil ng korte
law-status-superseded = pinalitan ng mas bagong batas
law-status-unconfirmed = naipasa, pero hindi kumpirmado kung nagkabisa na
law-effect-limits-cooperation = nililimitahan ang pagtulong sa pagpapatupad ng batas sa imigrasyon
law-effect-mandates-cooperation = inaatas ang pagtulong sa pagpapatupad ng batas sa imigrasyon
law-effect-other = ibang batas tungkol sa imigrasyon

# A step or a law that applies in one state only.
scope-only-in = Sa { $state } lamang
