//! The training quiz, the family plan and the emergency messages, through
//! the public API on the real content: every question of every situation,
//! every choice, every template in every locale.

use amparo_acceptance::{open, strip_bidi};
use amparo_core::model::PlanPrefill;
use amparo_core::{Amparo, AmparoError, EMERGENCY_VALUE_LIMIT, MISSING_VALUE};

fn topic_ids(amparo: &Amparo) -> Vec<String> {
    amparo.topics().into_iter().map(|t| t.id).collect()
}

#[test]
fn every_situation_has_at_least_three_questions_in_every_state() {
    for state in [None, Some("CA"), Some("CT")] {
        let mut amparo = open(&["en"]);
        amparo.set_state(state).expect("a covered state");
        let topics = topic_ids(&amparo);
        assert!(topics.len() >= 13, "{state:?}: {topics:?}");
        for topic in topics {
            let quiz = amparo
                .quiz(&topic)
                .expect("every listed situation has a quiz");
            assert!(
                quiz.questions.len() >= 3,
                "{topic} in {state:?}: {} questions",
                quiz.questions.len()
            );
            if let Some(state) = state {
                for question in &quiz.questions {
                    assert!(
                        question.scope.as_deref().is_none_or(|s| s == state),
                        "{} is asked outside its state",
                        question.id
                    );
                }
            }
        }
    }
}

#[test]
fn exactly_one_choice_of_every_question_is_right_and_each_has_its_reason_and_sources() {
    let amparo = open(&["en"]);
    let mut questions = 0;
    for topic in topic_ids(&amparo) {
        let quiz = amparo.quiz(&topic).expect("quiz");
        for question in quiz.questions {
            questions += 1;
            assert!(
                question.text.ends_with('?'),
                "{}: {}",
                question.id,
                question.text
            );
            assert!(
                !question.sources.is_empty(),
                "{} has no source",
                question.id
            );
            let step_known = amparo
                .topic(&topic)
                .expect("topic")
                .steps
                .iter()
                .map(|s| &s.id)
                .chain(
                    amparo
                        .topic(&topic)
                        .expect("topic")
                        .do_not
                        .iter()
                        .map(|d| &d.id),
                )
                .any(|id| *id == question.step_id);
            assert!(step_known, "{} tests an unknown point", question.id);
            let mut right = Vec::new();
            for choice in &question.choices {
                let check = amparo
                    .check_answer(&question.id, &choice.id)
                    .expect("every offered choice is accepted");
                assert!(
                    question.choices.contains(&check.right_choice),
                    "{}",
                    question.id
                );
                assert!(!check.explanation.is_empty());
                assert_eq!(check.sources, question.sources);
                if check.correct {
                    assert_eq!(check.right_choice, *choice);
                    right.push(choice.id.clone());
                }
            }
            assert_eq!(right.len(), 1, "{}: right choices {right:?}", question.id);
        }
    }
    assert!(questions >= 45, "{questions} questions");
}

#[test]
fn the_in_jail_quiz_asks_california_law_only_with_california_or_no_state() {
    let mut amparo = open(&["en"]);
    let everywhere = amparo.quiz("in-jail").expect("quiz");
    let interview = everywhere
        .questions
        .iter()
        .find(|q| q.id == "in-jail-interview")
        .expect("the TRUTH Act question");
    assert_eq!(interview.scope.as_deref(), Some("CA"));
    assert_eq!(interview.scope_label.as_deref(), Some("Only in California"));
    amparo.set_state(Some("CT")).expect("CT");
    let connecticut = amparo.quiz("in-jail").expect("quiz");
    assert!(
        connecticut
            .questions
            .iter()
            .all(|q| q.id != "in-jail-interview")
    );
    assert!(connecticut.questions.len() >= 3);
}

#[test]
fn a_wrong_answer_gives_the_right_one_and_why_in_spanish() {
    let amparo = open(&["es"]);
    let check = amparo
        .check_answer("at-home-door", "a")
        .expect("a is a choice");
    assert!(!check.correct);
    assert_eq!(check.right_choice.id, "b");
    let english = open(&["en"]).check_answer("at-home-door", "a").expect("en");
    assert_ne!(
        check.explanation, english.explanation,
        "the reason is in Spanish"
    );
    assert_ne!(check.right_choice.text, english.right_choice.text);
    assert!(amparo.check_answer("at-home-door", "b").expect("b").correct);
}

#[test]
fn unknown_questions_and_choices_are_typed_errors() {
    let amparo = open(&["en"]);
    assert_eq!(
        amparo.check_answer("no-such-question", "a"),
        Err(AmparoError::UnknownQuestion)
    );
    assert_eq!(
        amparo.check_answer("at-home-door", "z"),
        Err(AmparoError::UnknownQuizChoice)
    );
    assert_eq!(
        amparo.check_answer("at-home-door", "B"),
        Err(AmparoError::UnknownQuizChoice)
    );
    assert!(matches!(
        amparo.quiz("nowhere"),
        Err(AmparoError::UnknownTopic)
    ));
}

#[test]
fn the_detained_message_comes_in_spanish_and_english_with_every_value() {
    let amparo = open(&["es"]);
    let values = [
        ("place", "Calle Olvera 125, Los Ángeles"),
        ("contact", "mi hermana Ana"),
        ("a_number", "123456789"),
    ];
    let message = amparo
        .emergency_message("detained", &values)
        .expect("detained");
    assert_eq!(message.user_locale, "es");
    assert_eq!(
        strip_bidi(&message.english),
        "I have been detained by immigration at Calle Olvera 125, Los Ángeles. Please call mi hermana Ana. My A-number is 123456789."
    );
    let text = strip_bidi(&message.text);
    for (_, value) in values {
        assert!(text.contains(value), "{value} in {text}");
    }
    assert_ne!(text, strip_bidi(&message.english));
    assert!(message.missing.is_empty());
    assert!(!message.sources.is_empty());
}

#[test]
fn values_not_given_stay_blank_and_are_listed() {
    let amparo = open(&["en"]);
    let message = amparo
        .emergency_message("detained", &[("place", "the bus station")])
        .expect("detained");
    assert_eq!(message.missing, ["contact", "a_number"]);
    assert_eq!(
        message.english,
        format!(
            "I have been detained by immigration at the bus station. Please call {MISSING_VALUE}. My A-number is {MISSING_VALUE}."
        )
    );
    // A value of only spaces is not a value.
    let blank = amparo
        .emergency_message("arrested", &[("place", "  "), ("contact", "Ana")])
        .expect("arrested");
    assert_eq!(blank.missing, ["place"]);
}

#[test]
fn the_find_me_message_gives_the_detainee_locator_from_the_content() {
    let amparo = open(&["en"]);
    let message = amparo
        .emergency_message(
            "find-me",
            &[("a_number", "A-123-456-789"), ("country", "Guatemala")],
        )
        .expect("find-me");
    assert!(
        message.english.contains("https://locator.ice.gov"),
        "{}",
        message.english
    );
    assert!(message.english.contains("A-123-456-789"));
    assert!(message.english.contains("Guatemala"));
}

#[test]
fn every_template_in_every_locale_keeps_every_value() {
    let english = open(&["en"]);
    let templates = english.emergency_templates();
    assert_eq!(
        templates
            .iter()
            .map(|t| t.kind.as_str())
            .collect::<Vec<_>>(),
        ["detained", "arrested", "children", "find-me"]
    );
    for locale in english.locales() {
        let amparo = open(&[locale.tag.as_str()]);
        for template in &templates {
            let values: Vec<(String, String)> = template
                .variables
                .iter()
                .enumerate()
                .map(|(i, name)| (name.clone(), format!("VALUE{i}X")))
                .collect();
            let pairs: Vec<(&str, &str)> = values
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_str()))
                .collect();
            let message = amparo
                .emergency_message(&template.kind, &pairs)
                .expect("every template fills in");
            for (_, value) in &values {
                assert!(
                    message.text.contains(value.as_str()),
                    "{} {}: {value} lost in {}",
                    locale.tag,
                    template.kind,
                    message.text
                );
            }
            for (_, value) in &values {
                assert!(
                    message.english.contains(value.as_str()),
                    "{} {}: {value} lost in the English copy",
                    locale.tag,
                    template.kind
                );
            }
        }
    }
}

#[test]
fn bad_values_are_typed_errors_that_never_repeat_the_value() {
    let amparo = open(&["en"]);
    let long = "x".repeat(EMERGENCY_VALUE_LIMIT as usize + 1);
    let err = amparo
        .emergency_message("arrested", &[("place", long.as_str())])
        .expect_err("too long");
    assert_eq!(
        err,
        AmparoError::ValueTooLong {
            name: "place".into(),
            limit: EMERGENCY_VALUE_LIMIT
        }
    );
    assert!(!err.to_string().contains(&long));
    assert!(!amparo.error_message(&err).contains(&long));
    assert_eq!(
        amparo.emergency_message("arrested", &[("a_number", "123")]),
        Err(AmparoError::UnknownMessageValue)
    );
    assert_eq!(
        amparo.emergency_message("deported", &[]),
        Err(AmparoError::UnknownEmergencyMessage)
    );
    // Line breaks in a value become spaces: the message stays one text.
    let message = amparo
        .emergency_message(
            "arrested",
            &[("place", "5th St\nand Main"), ("contact", "Ana")],
        )
        .expect("arrested");
    assert!(message.english.contains("5th St and Main"));
}

#[test]
fn the_family_plan_has_every_part_the_research_names_with_sources() {
    let amparo = open(&["en"]);
    let plan = amparo.family_plan();
    let ids: Vec<&str> = plan.fields.iter().map(|f| f.id.as_str()).collect();
    for id in [
        "emergency-contacts",
        "lawyer",
        "rapid-response",
        "children-pickup",
        "documents",
        "a-numbers",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    for field in &plan.fields {
        assert!(!field.sources.is_empty(), "{}", field.id);
        assert!(field.lines >= 1, "{}", field.id);
    }
    let prefilled: Vec<&str> = plan
        .fields
        .iter()
        .filter(|f| f.prefill == Some(PlanPrefill::RapidResponseLine))
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(prefilled, ["rapid-response"]);
    let spanish = open(&["es"]).family_plan();
    assert_ne!(spanish.title, plan.title);
}
