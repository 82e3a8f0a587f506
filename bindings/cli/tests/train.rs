//! `amparo train` and `amparo message`: the quiz with letters given up
//! front, typed at a prompt (piped and under tmux), and emergency messages.

mod common;
#[path = "common/terminal.rs"]
mod terminal;

use amparo_acceptance::open;
use common::amparo;

/// The right letters of a situation's quiz, from the core.
fn right_letters(topic: &str) -> Vec<String> {
    let core = open(&["en"]);
    core.quiz(topic)
        .expect("quiz")
        .questions
        .iter()
        .map(|q| {
            let first = &q.choices[0].id;
            let check = core.check_answer(&q.id, first).expect("check");
            check.right_choice.id
        })
        .collect()
}

#[test]
fn in_jail_in_spanish_with_answers_prints_the_score_and_every_source() {
    let letters = right_letters("in-jail");
    assert!(letters.len() >= 3);
    let answers = letters.join(",");
    let out = amparo(&["train", "in-jail", "--lang", "es", "--answers", &answers]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let spanish = open(&["es"]);
    let n = letters.len().to_string();
    let score = spanish
        .message(
            amparo_core::messages::TRAIN_SCORE,
            &[("right", &n), ("total", &n)],
        )
        .expect("score");
    assert!(text.contains(&score), "{text}");
    let sources_label = spanish
        .message(amparo_core::messages::LABEL_SOURCES, &[])
        .expect("label");
    assert_eq!(
        text.matches(&format!("{sources_label}: ")).count(),
        letters.len()
    );
    assert!(text.contains("https://"), "{text}");
}

#[test]
fn one_wrong_answer_costs_one_point_and_gives_the_right_one() {
    let mut letters = right_letters("at-home");
    let wrong = if letters[0] == "a" { "b" } else { "a" };
    letters[0] = wrong.to_owned();
    let out = amparo(&["train", "at-home", "--answers", &letters.join(",")]);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let total = letters.len();
    assert!(
        text.contains(&format!(
            "You answered {} of {total} questions right.",
            total - 1
        )),
        "{text}"
    );
    assert!(text.contains("Not quite. The answer is b) "), "{text}");
}

#[test]
fn json_gives_each_answer_with_its_check_and_the_score() {
    let letters = right_letters("traffic-stop");
    let out = amparo(&[
        "--json",
        "train",
        "traffic-stop",
        "--answers",
        &letters.join(","),
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["right"], letters.len());
    assert_eq!(json["total"], letters.len());
    assert_eq!(json["answers"][0]["check"]["correct"], true);
    assert!(json["answers"][0]["question"]["sources"][0]["url"].is_string());
}

#[test]
fn the_wrong_number_of_answers_or_a_letter_not_offered_is_a_usage_error() {
    let out = amparo(&["train", "in-jail", "--answers", "a"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("one letter per question"));
    let n = right_letters("in-jail").len();
    let mut letters = vec!["a"; n];
    letters[1] = "z";
    let out = amparo(&["train", "in-jail", "--answers", &letters.join(",")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("question 2"));
    let out = amparo(&["train", "no-such-situation", "--answers", "a"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn typed_answers_are_asked_again_until_they_are_a_letter_shown() {
    let letters = right_letters("scams");
    let mut typed = String::from("x\n");
    for letter in &letters {
        typed.push_str(letter);
        typed.push('\n');
    }
    let out = terminal::amparo_typed(&["train", "scams"], &typed, "80");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.contains("That is not one of the answers to this question."),
        "{text}"
    );
    let n = letters.len();
    assert!(
        text.contains(&format!("You answered {n} of {n} questions right.")),
        "{text}"
    );
}

#[test]
fn under_tmux_the_quiz_takes_typed_letters_and_ends_with_the_score() {
    let letters = right_letters("rumors");
    let command = format!(
        "{} train rumors --lang en; sleep 30",
        env!("CARGO_BIN_EXE_amparo")
    );
    let Some(tmux) = terminal::Tmux::start("train", &command) else {
        return;
    };
    for (i, letter) in letters.iter().enumerate() {
        let question = format!("Question {} of {}", i + 1, letters.len());
        let screen = tmux.screen_with(&question);
        assert!(screen.contains(&question), "{screen}");
        tmux.keys(&[letter, "Enter"]);
    }
    let n = letters.len();
    let want = format!("You answered {n} of {n} questions right.");
    let screen = tmux.screen_with(&want);
    assert!(screen.contains(&want), "{screen}");
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert_eq!(
        tmux.running(),
        "sleep",
        "the quiz did not end after its last question"
    );
}

#[test]
fn the_detained_message_in_spanish_also_comes_in_english() {
    let out = amparo(&[
        "message",
        "detained",
        "--lang",
        "es",
        "--place",
        "Calle Olvera 125",
        "--contact",
        "Ana",
        "--a-number",
        "A123456789",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = amparo_acceptance::strip_bidi(&String::from_utf8(out.stdout).expect("utf-8"));
    assert!(
        text.contains("I have been detained by immigration at Calle Olvera 125."),
        "{text}"
    );
    assert!(
        text.contains("Inmigración me detuvo en Calle Olvera 125."),
        "{text}"
    );
}

#[test]
fn a_message_value_that_is_too_long_is_refused_without_repeating_it() {
    let long = "calle ".repeat(40);
    let out = amparo(&["message", "arrested", "--place", &long]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stderr).contains(&long));
    let out = amparo(&["message", "deported"]);
    assert_eq!(out.status.code(), Some(2));
}
