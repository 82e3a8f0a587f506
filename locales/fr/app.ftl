# Texte que l'application affiche elle-même, autour du contenu.

# La première ligne de chaque carte des droits, que l'agent doit lire.
card-heading = J'exerce mes droits garantis par la Constitution des États-Unis. Veuillez lire cette carte.

# Affiché avec chaque sujet et chaque carte tant qu'aucun avocat n'a relu le contenu.
legal-review-unreviewed = Aucun avocat n'a encore relu ce texte. Il s'agit d'informations générales, pas de conseils juridiques.
legal-review-lawyer-reviewed = Un avocat a relu ce texte. Il s'agit d'informations générales, pas de conseils juridiques.

# Étiquettes à côté de chaque étape.
label-say = À dire
label-why = Pourquoi
label-sources = Sources
label-checked = Vérifié

# Le statut d'une loi, en mots.
law-status-in-force = en vigueur
law-status-did-not-pass = n'a pas été adoptée
law-status-vetoed = rejetée par un veto
law-status-in-court = adoptée, mais contestée en justice
law-status-blocked = bloquée par un tribunal
law-status-superseded = remplacée par une loi plus récente
law-status-unconfirmed = adoptée, mais son entrée en vigueur n'est pas confirmée
law-effect-limits-cooperation = limite l'aide à l'application des lois sur l'immigration
law-effect-mandates-cooperation = oblige à aider l'application des lois sur l'immigration
law-effect-other = autre loi sur l'immigration

# Une étape ou une loi qui ne s'applique que dans un État.
scope-only-in = Uniquement dans cet État : { $state }
