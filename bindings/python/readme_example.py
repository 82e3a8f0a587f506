"""The Python example in bindings/README.md, run by the tests so it cannot rot."""

import amparo


# README:python:start
def readme_example(phone_languages):
    shown = []
    # Create Amparo with the user's languages, most preferred first.
    app = amparo.Amparo(phone_languages)
    # The situations, in order, in the user's language.
    topics = app.topics()
    # The card to show an officer: the user's language and English.
    card = app.rights_card(topics[0].id, "en")
    shown.append(f"{card.title.user} / {card.title.officer}")
    for phrase in card.phrases:
        shown.append(f"{phrase.user}\n  {phrase.officer}")
    # Every error is typed, and worded in the user's language.
    try:
        app.set_locales(["!!"])
    except amparo.AmparoError.InvalidLocale as error:
        shown.append(str(error))
    return shown
# README:python:end
