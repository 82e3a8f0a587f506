card-heading = Estoy ejerciendo mis derechos bajo la Constitución de los Estados Unidos. Por favor, lea esta tarjeta.

legal-review-unreviewed = Ningún abogado ha revisado todavía este texto. Es información general, no asesoría legal.
legal-review-lawyer-reviewed = Un abogado revisó este texto. Es información general, no asesoría legal.

label-say = Diga
label-why = Por qué
label-sources = Fuentes
label-checked = Revisado

law-status-in-force = vigente
law-status-did-not-pass = no fue aprobada
law-status-vetoed = vetada
law-status-in-court = aprobada, pero impugnada en los tribunales
