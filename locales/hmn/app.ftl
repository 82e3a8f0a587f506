# Cov lus uas lub app qhia nyob ib ncig ntawm cov ntsiab lus.

# Kab thawj ntawm txhua daim npav cai, rau tus tub ceev xwm nyeem.
card-heading = Kuv siv kuv cov cai raws li Tsab Cai Lij Choj Tebchaws Asmeskas (U.S. Constitution). Thov nyeem daim npav no.

# Qhia nrog txhua lub ntsiab lus thiab daim npav thaum tseem tsis tau muaj kws lij choj kuaj xyuas.
legal-review-unreviewed = Tseem tsis tau muaj kws lij choj kuaj xyuas cov lus no. Nov yog cov lus qhia dav dav xwb, tsis yog kev qhia tswv yim txog kev cai lij choj.
legal-review-lawyer-reviewed = Ib tug kws lij choj tau kuaj xyuas cov lus no lawm. Nov yog cov lus qhia dav dav xwb, tsis yog kev qhia tswv yim txog kev cai lij choj.

# Cov npe nyob ib sab txhua kauj ruam.
label-say = Hais
label-why = Vim li cas
label-sources = Qhov chaw tau cov lus
label-checked = Kuaj xyuas

# Ib txoj cai tam sim no zoo li cas.
law-status-in-force = siv lawm
law-status-did-not-pass = tsis tau dhau
law-status-vetoed = raug veto (tus thawj tsis kam kos npe)
law-status-in-court = dhau lawm, tab sis raug foob hauv tsev hais plaub
law-status-blocked = tsev hais plaub txwv tsis pub siv
law-status-superseded = muaj ib txoj cai tshiab dua los hloov lawm
law-status-unconfirmed = dhau lawm, tab sis tseem tsis tau paub meej tias puas pib siv lawm
law-effect-limits-cooperation = txwv kev pab tswj txoj cai nkag tebchaws
law-effect-mandates-cooperation = yuam kom pab tswj txoj cai nkag tebchaws
law-effect-other = lwm txoj cai txog kev nkag tebchaws

# Ib kauj ruam los yog ib txoj cai uas siv hauv ib lub xeev xwb.
scope-only-in = Tsuas yog hauv { $state } xwb
