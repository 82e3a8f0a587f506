//! `amparo present`: one step of a situation at a time, large and plain,
//! for a projector at a training. Enter (or space, then Enter) shows the
//! next step, `b` the one before, `q` quits. Input is read a line at a time,
//! so it works in any terminal, under tmux and from a script.

use std::io::{BufRead, Write};

use amparo_core::{Amparo, Topic};
use unicode_width::UnicodeWidthChar;

use crate::{EXIT_CONTENT, Failure};

/// What a trainer types.
#[derive(Debug, PartialEq, Eq)]
enum Key {
    Next,
    Back,
    Quit,
}

fn key(line: &str) -> Key {
    match line.trim() {
        "b" | "B" => Key::Back,
        "q" | "Q" => Key::Quit,
        _ => Key::Next,
    }
}

/// Wraps `text` to `width` terminal columns, counting wide characters
/// (Chinese, Japanese, Korean) as two; breaks at spaces where there are
/// any, else anywhere.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_inclusive(' ') {
        let word_width: usize = word.chars().map(|c| c.width().unwrap_or(0)).sum();
        if used + word_width > width && !line.is_empty() {
            lines.push(line.trim_end().to_owned());
            line.clear();
            used = 0;
        }
        for c in word.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > width && !line.is_empty() {
                lines.push(line.trim_end().to_owned());
                line.clear();
                used = 0;
            }
            line.push(c);
            used += w;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// The screens of a topic: its title, then each step with the words to
/// say in both languages.
fn screens(user: &Topic, officer: &Topic, width: usize) -> Vec<String> {
    let mut screens = Vec::new();
    let block = |text: &str, indent: &str| -> String {
        wrap(text, width.saturating_sub(indent.len()).max(20))
            .iter()
            .map(|line| format!("{indent}{line}\n"))
            .collect()
    };
    screens.push(format!(
        "\n{}\n{}\n\n{}",
        block(&user.title.to_uppercase(), "  "),
        "  ".to_owned() + &"═".repeat(width.saturating_sub(4).min(60)),
        block(&user.summary, "  ")
    ));
    let total = user.steps.len();
    for (i, step) in user.steps.iter().enumerate() {
        let mut screen = format!("\n  {}/{total}\n\n{}", i + 1, block(&step.action, "  "));
        if let Some(say) = &step.say {
            screen.push('\n');
            screen.push_str(&block(&format!("« {say} »"), "    "));
            let officer_say = officer
                .steps
                .iter()
                .find(|s| s.id == step.id)
                .and_then(|s| s.say.as_deref());
            if let Some(words) = officer_say.filter(|w| *w != say) {
                screen.push_str(&block(&format!("« {words} »"), "    "));
            }
        }
        screens.push(screen);
    }
    screens
}

pub(crate) fn run(
    amparo: &Amparo,
    topic_id: &str,
    officer_lang: &str,
    input: &mut dyn BufRead,
    output: &mut dyn Write,
    clear: bool,
) -> Result<(), Failure> {
    let user = amparo.topic(topic_id)?;
    let mut officer_amparo = amparo.clone();
    officer_amparo.set_locales(&[officer_lang])?;
    let officer = officer_amparo.topic(topic_id)?;
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<usize>().ok())
        .unwrap_or(80)
        .clamp(40, 160);
    let screens = screens(&user, &officer, width);
    let fail = |err: std::io::Error| Failure {
        code: EXIT_CONTENT,
        message: format!("cannot write to the terminal: {err}"),
    };
    let mut at = 0;
    loop {
        let screen = screens.get(at).map_or("", String::as_str);
        if clear {
            write!(output, "\x1b[2J\x1b[H").map_err(fail)?;
        } else {
            writeln!(output, "{}", "─".repeat(width.min(80))).map_err(fail)?;
        }
        write!(
            output,
            "{screen}\n  [{}/{}]  Enter: next   b: back   q: quit\n",
            at + 1,
            screens.len()
        )
        .map_err(fail)?;
        output.flush().map_err(fail)?;
        let mut line = String::new();
        let read = input.read_line(&mut line).map_err(fail)?;
        match (read, key(&line)) {
            (0, _) | (_, Key::Quit) => return Ok(()),
            (_, Key::Back) => at = at.saturating_sub(1),
            (_, Key::Next) if at + 1 >= screens.len() => return Ok(()),
            (_, Key::Next) => at += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_by_columns_and_counts_wide_characters_twice() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
        // Six Chinese characters are twelve columns.
        assert_eq!(wrap("執法人員在您", 8), ["執法人員", "在您"]);
        for line in wrap(&"palabra ".repeat(40), 30) {
            assert!(line.chars().count() <= 30, "{line}");
        }
    }

    #[test]
    fn keys_are_enter_space_b_and_q() {
        assert_eq!(key("\n"), Key::Next);
        assert_eq!(key(" \n"), Key::Next);
        assert_eq!(key("b\n"), Key::Back);
        assert_eq!(key("q\n"), Key::Quit);
    }
}
