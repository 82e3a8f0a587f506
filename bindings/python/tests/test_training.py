"""The training quiz and emergency messages from Python, as a trainer's
script would call them."""

import pytest

import amparo


def test_every_question_has_exactly_one_right_choice_and_a_source():
    app = amparo.Amparo(["es"])
    questions = 0
    for topic in app.topics():
        quiz = app.quiz(topic.id)
        assert len(quiz.questions) >= 3, topic.id
        for question in quiz.questions:
            questions += 1
            assert question.sources, question.id
            right = [c.id for c in question.choices if app.check_answer(question.id, c.id).correct]
            assert len(right) == 1, question.id
    assert questions >= 45


def test_a_wrong_answer_gives_the_right_one_and_why_in_spanish():
    app = amparo.Amparo(["es"])
    check = app.check_answer("at-home-door", "a")
    assert not check.correct
    assert check.right_choice.id == "b"
    assert check.explanation != amparo.Amparo(["en"]).check_answer("at-home-door", "a").explanation
    with pytest.raises(amparo.AmparoError.UnknownQuizChoice):
        app.check_answer("at-home-door", "z")
    with pytest.raises(amparo.AmparoError.UnknownQuestion):
        app.check_answer("no-such-question", "a")


def test_the_detained_message_comes_in_spanish_and_in_english():
    app = amparo.Amparo(["es"])
    values = {"place": "Calle Olvera 125", "contact": "Ana", "a_number": "123456789"}
    message = app.emergency_message("detained", values)
    english = message.english.replace("\u2068", "").replace("\u2069", "")
    assert english == (
        "I have been detained by immigration at Calle Olvera 125. "
        "Please call Ana. My A-number is 123456789."
    )
    for value in values.values():
        assert value in message.text
    assert message.text != message.english
    assert app.emergency_message("detained", {"place": "Fresno"}).missing == ["contact", "a_number"]
    with pytest.raises(amparo.AmparoError.ValueTooLong):
        app.emergency_message("arrested", {"place": "x" * 500})
    with pytest.raises(amparo.AmparoError.UnknownEmergencyMessage):
        app.emergency_message("deported", {})


def test_the_find_me_message_carries_the_detainee_locator():
    app = amparo.Amparo(["en"])
    message = app.emergency_message("find-me", {"a_number": "A-123-456-789", "country": "Guatemala"})
    assert "https://locator.ice.gov" in message.english
