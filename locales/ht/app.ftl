# Tèks aplikasyon an li menm montre, bò kote kontni an.

# Premye liy chak kat dwa, pou ofisye a li.
card-heading = M ap sèvi ak dwa Konstitisyon Etazini ban mwen. Tanpri li kat sa a.

# Parèt ak chak sijè ak chak kat toutotan pa gen avoka ki revize kontni an.
legal-review-unreviewed = Poko gen yon avoka ki revize tèks sa a. Se enfòmasyon jeneral, se pa konsèy legal.
legal-review-lawyer-reviewed = Yon avoka revize tèks sa a. Se enfòmasyon jeneral, se pa konsèy legal.

# Etikèt bò kote chak etap.
label-say = Di
label-why = Poukisa
label-sources = Sous
label-checked = Verifye

# Sitiyasyon yon lwa, an mo.
law-status-in-force = an vigè
law-status-did-not-pass = pa t pase
law-status-vetoed = yo mete veto sou li
law-status-in-court = pase, men gen kontestasyon kont li nan tribinal
law-status-blocked = yon tribinal bloke li
law-status-superseded = yon lwa ki vin apre ranplase li
law-status-unconfirmed = pase, men nou pa gen konfimasyon si li antre an vigè
law-effect-limits-cooperation = limite èd pou aplikasyon lwa imigrasyon
law-effect-mandates-cooperation = oblije bay èd pou aplikasyon lwa imigrasyon
law-effect-other = lòt lwa sou imigrasyon

# Yon etap oswa yon lwa ki aplike nan yon sèl eta sèlman.
scope-only-in = Sèlman nan { $state }
