# Étapes communes à plusieurs situations.

common-stay-silent-do = Vous pouvez garder le silence. Si vous le choisissez, dites-le à voix haute.
common-stay-silent-say = J'exerce mon droit de garder le silence. Je veux parler à un avocat.
common-stay-silent-why = Le cinquième amendement vous permet de refuser de répondre aux questions. Vous n'avez pas à dire où vous êtes né, quel est votre statut d'immigration, ni comment vous êtes venu dans ce pays. Ce que vous dites peut être utilisé contre vous au tribunal.

common-do-not-sign-do = Ne signez aucun papier avant d'avoir parlé à un avocat.
common-do-not-sign-say = Je ne signerai rien avant d'avoir parlé à un avocat.
common-do-not-sign-why = Certains papiers, comme les formulaires de « départ volontaire », peuvent vous faire perdre la possibilité de voir un juge de l'immigration.

common-do-not-lie-do = Ne mentez pas. Ne dites pas que vous êtes citoyen des États-Unis si vous ne l'êtes pas. Ne montrez pas de faux papiers.
common-do-not-lie-why = Vous avez le droit de garder le silence, mais pas le droit de mentir. Se dire faussement citoyen des États-Unis peut causer de graves torts pour votre situation d'immigration, souvent définitifs.

common-ask-if-free-to-go-do = Demandez si vous êtes libre de partir. Si la réponse est oui, partez calmement. Si la réponse est non, gardez le silence et demandez un avocat.
common-ask-if-free-to-go-say = Suis-je libre de partir ?
common-ask-if-free-to-go-why = Si on ne vous retient pas, vous n'avez pas à rester pour répondre aux questions.

# Les « à ne pas faire » communs à plusieurs situations.

common-dont-resist = Ne courez pas, ne vous battez pas, ne vous disputez pas avec les agents et ne leur bloquez pas le passage, même si vous pensez qu'ils ont tort.
common-dont-lie = Ne mentez pas, ne dites pas que vous êtes citoyen des États-Unis si vous ne l'êtes pas, et ne montrez pas de faux papiers.
common-dont-sign = Ne signez rien sans avoir parlé à un avocat, surtout les papiers de « départ volontaire ».
