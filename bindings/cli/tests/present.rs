//! `amparo present`: a situation step by step for a projector, driven by
//! the keys a trainer presses (piped here, a line per key).

mod common;
#[path = "common/terminal.rs"]
mod terminal;

use amparo_acceptance::open;
use unicode_width::UnicodeWidthStr;

fn present(args: &[&str], keys: &str, columns: &str) -> String {
    let out = terminal::amparo_typed(args, keys, columns);
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn enter_goes_forward_b_back_and_q_quits_in_both_languages() {
    let amparo = open(&["es"]);
    let topic = amparo.topic("at-home").expect("at-home");
    let screens = topic.steps.len() + 1;
    let out = present(&["present", "at-home", "--lang", "es"], "\n\nb\nq\n", "80");
    // Title, step 1, step 2, back to step 1, then q.
    let counters: Vec<&str> = out
        .lines()
        .filter_map(|l| l.trim().strip_prefix('['))
        .filter_map(|l| l.split(']').next())
        .collect();
    assert_eq!(
        counters,
        ["1", "2", "3", "2"].map(|n| format!("{n}/{screens}")),
        "{out}"
    );
    assert!(out.contains(&topic.title.to_uppercase()));
    // The words to say in Spanish, then the officer's English.
    let say = topic.steps[0].say.as_deref().expect("words to say");
    let first_words: String = say.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    assert!(out.contains(&first_words), "{out}");
    assert!(out.contains("Who are you"), "{out}");
}

#[test]
fn every_screen_fits_an_80_column_terminal_and_the_end_quits() {
    for lang in ["es", "zh-Hant", "km"] {
        let keys = "\n".repeat(40);
        let out = present(&["present", "in-jail", "--lang", lang], &keys, "80");
        for line in out.lines() {
            assert!(
                line.width() <= 80,
                "{lang}: {} columns: {line}",
                line.width()
            );
        }
        let screens = open(&[lang]).topic("in-jail").expect("in-jail").steps.len() + 1;
        assert!(
            out.contains(&format!("[{screens}/{screens}]")),
            "{lang}: the last step"
        );
    }
}

#[test]
fn an_unknown_topic_is_refused() {
    let out = common::amparo(&["present", "nope"]);
    assert_eq!(out.status.code(), Some(2));
}

/// In a real 80×24 terminal (tmux): the screen clears, a step fits, and
/// `q` ends the program. CI installs tmux; elsewhere this is skipped when
/// tmux is missing.
#[test]
fn under_tmux_at_80_by_24() {
    let command = format!(
        "{} present at-home --lang es; sleep 30",
        env!("CARGO_BIN_EXE_amparo")
    );
    let Some(tmux) = terminal::Tmux::start("present", &command) else {
        return;
    };
    let title = tmux.screen_with("AGENTES EN SU PUERTA");
    assert!(title.contains("AGENTES EN SU PUERTA"), "{title}");
    tmux.keys(&["Enter"]);
    let step = tmux.screen_with("1/7");
    assert!(step.contains("1/7"), "{step}");
    assert!(
        !step.contains("AGENTES EN SU PUERTA"),
        "the screen was not cleared: {step}"
    );
    tmux.keys(&["q", "Enter"]);
    std::thread::sleep(std::time::Duration::from_millis(500));
    // amparo has ended: the pane now runs the `sleep` after it.
    assert_eq!(tmux.running(), "sleep", "q did not quit amparo");
}
