# Texto que muestra la propia aplicación, alrededor del contenido.

# La primera línea de cada tarjeta de derechos, para que la lea el oficial.
card-heading = Estoy ejerciendo mis derechos bajo la Constitución de los Estados Unidos. Por favor, lea esta tarjeta.

# Se muestra con cada tema y cada tarjeta mientras ningún abogado haya revisado el contenido.
legal-review-unreviewed = Ningún abogado ha revisado todavía este texto. Es información general, no asesoría legal.
legal-review-lawyer-reviewed = Un abogado revisó este texto. Es información general, no asesoría legal.

# Etiquetas junto a cada paso.
label-say = Diga
label-why = Por qué
label-sources = Fuentes
label-checked = Revisado

# El estado de una ley, en palabras.
law-status-in-force = vigente
law-status-did-not-pass = no fue aprobada
law-status-vetoed = vetada
law-status-in-court = aprobada, pero impugnada en las cortes
law-status-blocked = bloqueada por una corte
law-status-superseded = reemplazada por una ley posterior
law-status-unconfirmed = aprobada, pero no está confirmado si entró en vigor
law-effect-limits-cooperation = limita la ayuda para hacer cumplir las leyes de inmigración
law-effect-mandates-cooperation = exige ayudar a hacer cumplir las leyes de inmigración
law-effect-other = otra ley de inmigración

# Un paso o una ley que se aplica solo en un estado.
scope-only-in = Solo en { $state }
