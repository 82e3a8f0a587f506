//! The warrant checker, second version: every path of the tree, walked from
//! the content through the public API, in every locale, holds the promises
//! the app makes at the door.

use amparo_acceptance::{open, strip_bidi};
use amparo_core::model::{EntryClaim, WarrantAdvice};
use amparo_core::{Amparo, AmparoError, WarrantOutcomeAnswer};

const LOCALES: [&str; 4] = ["en", "es", "zh-Hant", "vi"];

/// One complete walk: the (question state, choice id) pairs and the outcome.
struct Path {
    answers: Vec<(String, String)>,
    outcome: WarrantOutcomeAnswer,
}

impl Path {
    fn choices(&self) -> Vec<&str> {
        self.answers.iter().map(|(_, c)| c.as_str()).collect()
    }

    fn visits(&self, state: &str) -> bool {
        self.answers.iter().any(|(s, _)| s == state)
    }
}

/// Every path from the first question to an outcome, by trying every
/// choice of every question the checker asks.
fn every_path(amparo: &Amparo, officer: &str) -> Vec<Path> {
    let mut paths = Vec::new();
    let start = amparo.warrant_check_start(officer).expect("start");
    let mut pending = vec![(Vec::new(), start)];
    while let Some((answers, step)) = pending.pop() {
        assert!(answers.len() < 10, "a path this long means a loop");
        match (step.question, step.outcome) {
            (Some(question), None) => {
                assert!(question.choices.len() >= 2, "{}", step.state);
                for choice in question.choices {
                    let next = amparo
                        .warrant_check_answer(&step.state, &choice.id, officer)
                        .expect("every offered choice is accepted");
                    let mut answers: Vec<(String, String)> = answers.clone();
                    answers.push((step.state.clone(), choice.id));
                    pending.push((answers, next));
                }
            }
            (None, Some(outcome)) => paths.push(Path { answers, outcome }),
            other => panic!("a step is a question or an outcome: {other:?}"),
        }
    }
    paths
}

fn walk(amparo: &Amparo, choices: &[&str]) -> WarrantOutcomeAnswer {
    let mut step = amparo.warrant_check_start("en").expect("start");
    for choice in choices {
        step = amparo
            .warrant_check_answer(&step.state, choice, "en")
            .unwrap_or_else(|e| panic!("{choices:?} at {}: {e}", step.state));
    }
    step.outcome
        .unwrap_or_else(|| panic!("{choices:?} does not reach an outcome"))
}

fn has(outcome: &WarrantOutcomeAnswer, advice: WarrantAdvice) -> bool {
    outcome.advice.iter().any(|a| a.advice == advice)
}

/// Every "open the door" in the English text is negated ("do not open the
/// door", "you do not have to open the door").
fn never_says_open_the_door(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.match_indices("open the door").all(|(at, _)| {
        let before = &lower[..at];
        before.ends_with("do not ") || before.ends_with("do not have to ")
    }) && !lower.contains("must open")
        && !lower.contains("must let them in")
}

#[test]
fn every_path_holds_the_promises_in_every_locale() {
    let english_paths = every_path(&open(&["en"]), "en");
    assert!(english_paths.len() >= 20, "{} paths", english_paths.len());
    for locale in LOCALES {
        let amparo = open(&[locale]);
        let paths = every_path(&amparo, "en");
        assert_eq!(paths.len(), english_paths.len(), "{locale}");
        for (path, english) in paths.iter().zip(&english_paths) {
            let o = &path.outcome;
            let what = format!("{locale} {:?} → {}", path.choices(), o.id);
            assert_eq!(path.choices(), english.choices(), "{what}");
            assert_eq!(o.id, english.outcome.id, "{what}");
            // Everyone is told not to resist, to stay silent and to ask for
            // a lawyer, whatever the paper: agents may come in anyway.
            for needed in [
                WarrantAdvice::DoNotResist,
                WarrantAdvice::StaySilent,
                WarrantAdvice::AskForLawyer,
            ] {
                assert!(has(o, needed), "{what}: no {needed:?}");
            }
            // Where agents need consent, or only ICE claims they do not,
            // the door stays closed and consent is refused.
            if matches!(o.entry, EntryClaim::NeedsConsent | EntryClaim::Contested) {
                assert!(has(o, WarrantAdvice::KeepDoorClosed), "{what}");
                assert!(has(o, WarrantAdvice::DoNotConsent), "{what}");
            }
            // Words for the officer, in the user's language and in English.
            let say = o
                .say
                .as_ref()
                .unwrap_or_else(|| panic!("{what}: no words to say"));
            let english_say = english.outcome.say.as_ref().expect("English say");
            assert_eq!(say.officer, english_say.user, "{what}");
            assert_eq!(o.officer_locale, "en", "{what}");
            assert_eq!(o.user_locale, locale, "{what}");
            // Translated, never a bare message id.
            for text in std::iter::once(&o.text).chain(o.advice.iter().map(|a| &a.text)) {
                assert!(!text.starts_with("warrant-"), "{what}: {text}");
            }
            if locale != "en" {
                assert_ne!(o.text, english.outcome.text, "{what}: not translated");
                assert_ne!(say.user, say.officer, "{what}: say not translated");
            }
            assert!(!o.sources.is_empty() && o.checked == "2026-12-01", "{what}");
        }
    }
    for path in &english_paths {
        let o = &path.outcome;
        let all_text = std::iter::once(o.text.clone())
            .chain(o.advice.iter().map(|a| a.text.clone()))
            .chain(o.say.iter().map(|s| s.user.clone()))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(never_says_open_the_door(&all_text), "{}: {all_text}", o.id);
    }
}

#[test]
fn the_door_check_catches_what_it_must() {
    assert!(never_says_open_the_door("Do not open the door."));
    assert!(never_says_open_the_door(
        "You do not have to open the door."
    ));
    assert!(!never_says_open_the_door("Open the door and show them."));
    assert!(!never_says_open_the_door("You must open the door."));
    assert!(!never_says_open_the_door("Please open the door now."));
}

#[test]
fn an_i205_with_a_final_order_names_ices_forced_entry_claim_and_the_safe_advice() {
    let amparo = open(&["en"]);
    for who in ["immigration", "police", "other", "dont-know"] {
        let o = walk(&amparo, &[who, "i205", "yes"]);
        assert_eq!(o.id, "o-i205-final-order", "{who}");
        assert_eq!(o.entry, EntryClaim::Contested);
        let text = strip_bidi(&o.text);
        for words in [
            "Form I-205",
            "not a judge",
            "Advocates say",
            "since 2025, ICE says",
            "force their way",
            "final order of removal",
            "Courts are hearing challenges",
        ] {
            assert!(text.contains(words), "missing `{words}`: {text}");
        }
        for advice in [
            WarrantAdvice::KeepDoorClosed,
            WarrantAdvice::DoNotConsent,
            WarrantAdvice::DoNotResist,
            WarrantAdvice::StaySilent,
            WarrantAdvice::AskForLawyer,
            WarrantAdvice::NoteDetails,
            WarrantAdvice::CallRapidResponse,
        ] {
            assert!(has(&o, advice), "{advice:?}");
        }
        let say = o.say.expect("words to say");
        assert!(say.user.contains("I do not consent"), "{}", say.user);
    }
    // Not sure, or no final order: the same claim, named all the same.
    for answer in ["dont-know", "no"] {
        let o = walk(&amparo, &["immigration", "i205", answer]);
        assert_eq!(o.entry, EntryClaim::Contested);
        assert!(o.text.contains("force their way"), "{answer}: {}", o.text);
        assert!(has(&o, WarrantAdvice::DoNotResist));
    }
}

#[test]
fn an_ice_arrest_warrant_means_keep_the_door_closed() {
    let o = walk(&open(&["en"]), &["immigration", "i200"]);
    assert_eq!(o.id, "o-i200");
    assert_eq!(o.entry, EntryClaim::NeedsConsent);
    assert!(o.text.contains("not a judge"), "{}", o.text);
    assert!(
        o.text.contains("You do not have to open the door"),
        "{}",
        o.text
    );
    assert!(has(&o, WarrantAdvice::KeepDoorClosed));
}

#[test]
fn a_detainer_is_not_a_warrant() {
    let o = walk(&open(&["en"]), &["immigration", "i247"]);
    assert_eq!(o.id, "o-detainer");
    assert!(o.text.contains("It is not a warrant"), "{}", o.text);
    assert!(has(&o, WarrantAdvice::KeepDoorClosed));
}

#[test]
fn a_police_claim_with_an_immigration_paper_is_treated_as_immigration() {
    let amparo = open(&["en"]);
    let paths = every_path(&amparo, "en");
    let mut compared = 0;
    for path in paths.iter().filter(|p| p.choices()[0] == "police") {
        let mut as_immigration = path.choices();
        as_immigration[0] = "immigration";
        assert_eq!(
            walk(&amparo, &as_immigration).id,
            path.outcome.id,
            "{:?}",
            path.choices()
        );
        compared += 1;
    }
    assert!(compared >= 10, "{compared}");
    // And the question after "police" says so.
    let start = amparo.warrant_check_start("en").expect("start");
    let next = amparo
        .warrant_check_answer(&start.state, "police", "en")
        .expect("police");
    let question = next.question.expect("the paper question");
    assert!(
        question.text.contains("treat them as immigration agents"),
        "{}",
        question.text
    );
}

#[test]
fn a_search_warrant_never_depends_on_who_lives_here() {
    let amparo = open(&["en"]);
    let paths = every_path(&amparo, "en");
    let search_paths: Vec<&Path> = paths
        .iter()
        .filter(|p| p.choices().contains(&"judge-search"))
        .collect();
    assert!(!search_paths.is_empty());
    for path in search_paths {
        // Steagald: only an arrest warrant turns on whether the named
        // person lives here; a search warrant is asked about the address.
        assert!(!path.visits("q-lives-here"), "{:?}", path.choices());
        assert!(path.visits("q-search-address"));
        assert!(
            !path.outcome.text.contains("named"),
            "{}: {}",
            path.outcome.id,
            path.outcome.text
        );
    }
    let fits = walk(&amparo, &["immigration", "judge-search", "yes"]);
    assert_eq!(fits.entry, EntryClaim::MayBeLawful);
    assert!(fits.text.contains("whoever lives there"), "{}", fits.text);
    // With a judge's warrant that fits, the advice is not to resist, not
    // to keep agents out.
    assert!(!has(&fits, WarrantAdvice::KeepDoorClosed));
    assert!(has(&fits, WarrantAdvice::DoNotResist));
    let elsewhere = walk(&amparo, &["immigration", "judge-search", "no"]);
    assert_eq!(elsewhere.id, "o-wrong-address");
    assert!(has(&elsewhere, WarrantAdvice::KeepDoorClosed));
}

#[test]
fn an_arrest_warrant_does_not_open_someone_elses_home() {
    let amparo = open(&["en"]);
    let o = walk(&amparo, &["immigration", "judge-arrest", "no"]);
    assert_eq!(o.id, "o-arrest-not-here");
    assert_eq!(o.entry, EntryClaim::NeedsConsent);
    assert!(o.text.contains("someone else's home"), "{}", o.text);
    assert!(o.sources.iter().any(|s| s.id == "afsc-home"));
    let lives_here = walk(&amparo, &["immigration", "judge-arrest", "yes"]);
    assert_eq!(lives_here.entry, EntryClaim::MayBeLawful);
}

#[test]
fn the_words_to_say_come_in_both_languages_in_one_answer() {
    let amparo = open(&["es-MX"]);
    let mut step = amparo.warrant_check_start("en").expect("start");
    for choice in ["immigration", "i200"] {
        step = amparo
            .warrant_check_answer(&step.state, choice, "en")
            .expect("answer");
    }
    let outcome = step.outcome.expect("outcome");
    let say = outcome.say.expect("say");
    assert_eq!(
        say.officer,
        "I do not consent to you entering my home. This warrant is not signed by a judge."
    );
    assert!(say.user.starts_with("No doy permiso"), "{}", say.user);
    assert_eq!(
        (
            outcome.user_locale.as_str(),
            outcome.officer_locale.as_str()
        ),
        ("es", "en")
    );
}

#[test]
fn bad_states_choices_and_tags_are_typed_errors() {
    let amparo = open(&["en"]);
    assert_eq!(
        amparo.warrant_check_answer("o-made-up", "yes", "en"),
        Err(AmparoError::UnknownWarrantState)
    );
    // An outcome is not a question: answering it is a stale state.
    assert!(matches!(
        amparo.warrant_check_answer("o-i200", "yes", "en"),
        Err(AmparoError::UnknownWarrantState)
    ));
    assert_eq!(
        amparo.warrant_check_answer("q-who", "maybe", "en"),
        Err(AmparoError::UnknownWarrantChoice)
    );
    assert!(
        !AmparoError::UnknownWarrantChoice
            .to_string()
            .contains("maybe")
    );
    assert!(matches!(
        amparo.warrant_check_start("!!"),
        Err(AmparoError::InvalidLocale)
    ));
}
