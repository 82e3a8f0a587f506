//! `amparo train`: the quiz of one situation (or of all, in order), for
//! trainings. Each question is asked with its lettered choices; the answer
//! is checked by the core, which says why and cites the sources; a score
//! ends it. Input is read a line at a time (any terminal, tmux, a script);
//! `--answers` gives the letters up front. Nothing is stored.

use std::io::{BufRead, Write};

use amparo_core::{Amparo, AmparoError, AnswerCheck, QuizQuestion, messages};
use serde::Serialize;

use crate::{EXIT_CONTENT, Failure, usage};

/// One question as answered, for `--json`.
#[derive(Serialize)]
pub(crate) struct Answered {
    pub topic_id: String,
    pub question: QuizQuestion,
    pub choice: String,
    pub check: AnswerCheck,
}

#[derive(Serialize)]
pub(crate) struct Score {
    pub right: usize,
    pub total: usize,
    pub answers: Vec<Answered>,
}

/// Where the letters come from.
pub(crate) enum Answers<'a> {
    /// Asked on `input`, one line each, until a letter of the choices.
    Asked(&'a mut dyn BufRead),
    /// Given up front, one per question.
    Given(&'a [String]),
}

pub(crate) fn run(
    amparo: &Amparo,
    topic: Option<&str>,
    mut answers: Answers,
    output: &mut dyn Write,
    quiet: bool,
) -> Result<Score, Failure> {
    let topics: Vec<String> = match topic {
        Some(id) => vec![id.to_owned()],
        None => amparo.topics().into_iter().map(|t| t.id).collect(),
    };
    let mut quizzes = Vec::new();
    for id in &topics {
        quizzes.push(amparo.quiz(id)?);
    }
    let total: usize = quizzes.iter().map(|q| q.questions.len()).sum();
    if let Answers::Given(list) = &answers
        && list.len() != total
    {
        return Err(usage(&format!(
            "--answers needs one letter per question: {} given, {total} questions",
            list.len()
        )));
    }
    let fail = |err: std::io::Error| Failure {
        code: EXIT_CONTENT,
        message: format!("cannot write to the terminal: {err}"),
    };
    let text = |id: &str, args: &[(&str, &str)]| amparo.message(id, args).unwrap_or_default();
    let mut say = |line: String| -> Result<(), Failure> {
        if quiet {
            return Ok(());
        }
        writeln!(output, "{line}").map_err(fail)
    };
    say(format!("{}\n", text(messages::TRAIN_TITLE, &[])))?;
    let mut score = Score {
        right: 0,
        total,
        answers: Vec::new(),
    };
    let mut number = 0;
    'quizzes: for quiz in quizzes {
        say(format!("== {}", quiz.title))?;
        for question in quiz.questions {
            number += 1;
            let (n, of) = (number.to_string(), total.to_string());
            say(format!(
                "\n{}\n{}",
                text(messages::TRAIN_QUESTION, &[("number", &n), ("total", &of)]),
                question.text
            ))?;
            if let Some(label) = &question.scope_label {
                say(format!("({label})"))?;
            }
            for choice in &question.choices {
                say(format!("  {}) {}", choice.id, choice.text))?;
            }
            let choice = match &mut answers {
                Answers::Given(list) => list
                    .get(number - 1)
                    .map(|letter| letter.trim().to_lowercase())
                    .unwrap_or_default(),
                Answers::Asked(input) => {
                    let Some(letter) = ask(amparo, &question, *input, &mut say)? else {
                        break 'quizzes;
                    };
                    letter
                }
            };
            let check = amparo
                .check_answer(&question.id, &choice)
                .map_err(|err| match err {
                    AmparoError::UnknownQuizChoice => usage(&format!(
                        "question {number}: `{choice}` is not one of its letters"
                    )),
                    other => other.into(),
                })?;
            if check.correct {
                score.right += 1;
                say(text(messages::TRAIN_RIGHT, &[]))?;
            } else {
                let answer = format!("{}) {}", check.right_choice.id, check.right_choice.text);
                say(text(messages::TRAIN_WRONG, &[("answer", &answer)]))?;
            }
            say(check.explanation.clone())?;
            if let Some(caveat) = &check.caveat {
                say(caveat.clone())?;
            }
            let sources: Vec<String> = check
                .sources
                .iter()
                .map(|s| format!("{} ({})", s.publisher, s.reference()))
                .collect();
            say(format!(
                "{}: {}",
                text(messages::LABEL_SOURCES, &[]),
                sources.join("; ")
            ))?;
            score.answers.push(Answered {
                topic_id: quiz.topic_id.clone(),
                question,
                choice,
                check,
            });
        }
    }
    let (right, total) = (score.right.to_string(), score.total.to_string());
    say(format!(
        "\n{}",
        text(
            messages::TRAIN_SCORE,
            &[("right", &right), ("total", &total)]
        )
    ))?;
    Ok(score)
}

/// Reads lines until one is a letter of the question's choices; `None` at
/// the end of input.
fn ask(
    amparo: &Amparo,
    question: &QuizQuestion,
    input: &mut dyn BufRead,
    say: &mut dyn FnMut(String) -> Result<(), Failure>,
) -> Result<Option<String>, Failure> {
    loop {
        say(amparo
            .message(messages::TRAIN_PROMPT, &[])
            .unwrap_or_default())?;
        let mut line = String::new();
        let read = input.read_line(&mut line).map_err(|err| Failure {
            code: EXIT_CONTENT,
            message: format!("cannot read the answer: {err}"),
        })?;
        if read == 0 {
            return Ok(None);
        }
        let letter = line.trim().to_lowercase();
        if question.choices.iter().any(|c| c.id == letter) {
            return Ok(Some(letter));
        }
        say(amparo.error_message(&AmparoError::UnknownQuizChoice))?;
    }
}
