"""Negotiation from what phones and shells send, right-to-left cards and
speech text, through the generated Python against the real library."""

import pytest

import amparo

CASES = [
    (["zh-CN"], ["zh-Hans", "en"]),
    (["zh-SG"], ["zh-Hans", "en"]),
    (["zh"], ["zh-Hans", "en"]),
    (["zh-TW"], ["zh-Hant", "en"]),
    (["zh-HK"], ["zh-Hant", "en"]),
    (["zh-MO"], ["zh-Hant", "en"]),
    (["yue"], ["zh-Hant", "en"]),
    (["yue-HK"], ["zh-Hant", "en"]),
    (["pt-BR"], ["pt", "en"]),
    (["pt-PT"], ["pt", "en"]),
    (["tl"], ["fil", "en"]),
    (["fil-PH"], ["fil", "en"]),
    (["pa-Guru-IN"], ["pa", "en"]),
    (["fa-AF"], ["fa", "en"]),
    (["prs"], ["fa", "en"]),
    (["ar-EG"], ["ar", "en"]),
    (["ar-SA"], ["ar", "en"]),
    (["en-US-u-mu-celsius"], ["en"]),
    (["es-MX-u-fw-mon"], ["es", "en"]),
    (["und", "ko-KR"], ["ko", "en"]),
]


@pytest.mark.parametrize("requested,chain", CASES)
def test_what_phones_send_reaches_the_right_locale(requested, chain):
    app = amparo.Amparo(requested)
    assert app.locale_chain() == chain
    assert app.skipped_locales() == []
    assert not app.fell_back_to_english()


def test_a_script_not_asked_for_is_never_chosen():
    app = amparo.Amparo(["pa-Arab"])
    assert app.locale_chain() == ["en"]
    assert app.fell_back_to_english()


def test_an_unknown_language_falls_back_to_english_and_says_so():
    app = amparo.Amparo(["sw-KE"])
    assert app.locale_chain() == ["en"]
    assert app.fell_back_to_english()


def test_one_unreadable_tag_is_skipped_and_reported():
    app = amparo.Amparo(["!!", "es-MX"])
    assert app.locale_chain() == ["es", "en"]
    assert app.skipped_locales() == ["!!"]
    with pytest.raises(amparo.AmparoError.InvalidLocale):
        amparo.Amparo(["!!", "12345"])


def test_an_arabic_card_is_right_to_left_with_english_for_the_officer():
    app = amparo.Amparo(["ar"])
    card = app.rights_card("at-home", "en")
    assert card.user_direction == amparo.TextDirection.RTL
    assert app.text_direction() == amparo.TextDirection.RTL
    assert card.title.officer == "Agents at your door"
    assert card.title.user != card.title.officer
    assert card.speech_locale == "ar"
    assert all("\u2068" not in line.user_speech for line in card.phrases)


def test_filipino_from_the_phone_reaches_filipino():
    card = amparo.Amparo(["fil-PH"]).rights_card("at-home", "en")
    assert card.user_locale == "fil"
    assert card.speech_locale == "fil-PH"
