//! Back-translation by people: the blind sheet a reviewer works from, and
//! recording their answers stamped with the English's hashes.

use super::*;

/// The sheet a back-translator works from: each safety-critical message of
/// one locale, its id and its text only, never the English.
pub fn blind_sheet(locales_dir: &Path, tag: &str) -> String {
    let english = read_dir(&locales_dir.join(REFERENCE_LOCALE));
    let locale = read_dir(&locales_dir.join(tag));
    let mut sheet = format!(
        "# The safety-critical messages of `{tag}`, to translate back into English\n# without looking at the English. Answer in a TOML file:\n#   [checks.<id>]\n#   back = \"...\"\n#   result = \"same\" | \"fixed\" | \"kept\"   (after comparing)\n\n"
    );
    for id in english
        .messages
        .messages
        .keys()
        .filter(|id| is_safety_critical(id))
    {
        let text = locale.messages.messages.get(id).map_or_else(
            || "(not translated)".to_owned(),
            |m| m.body.split_whitespace().collect::<Vec<_>>().join(" "),
        );
        sheet.push_str(&format!("[{id}]\n{text}\n\n"));
    }
    sheet
}

#[derive(Deserialize)]
struct Answers {
    checks: BTreeMap<String, Answer>,
}

#[derive(Deserialize)]
struct Answer {
    back: String,
    result: String,
}

/// `back-translation.toml` for one locale from a back-translator's answers
/// (`[checks.<id>] back = …, result = …`), each stamped with the hash of the
/// current English. Fails, naming the ids, if any safety-critical message
/// has no answer or no result.
pub fn record_back_translations(
    locales_dir: &Path,
    tag: &str,
    answers: &str,
    made_by: &str,
    date: &str,
) -> Result<String, String> {
    let answers: Answers = toml::from_str(answers).map_err(|err| err.message().to_owned())?;
    let english = read_dir(&locales_dir.join(REFERENCE_LOCALE));
    let critical: Vec<(&String, &fluent::MessageInfo)> = english
        .messages
        .messages
        .iter()
        .filter(|(id, _)| is_safety_critical(id))
        .collect();
    let unanswered: Vec<&str> = critical
        .iter()
        .filter(|(id, _)| {
            answers.checks.get(*id).is_none_or(|a| {
                a.back.trim().is_empty() || !matches!(a.result.as_str(), "same" | "fixed" | "kept")
            })
        })
        .map(|(id, _)| id.as_str())
        .collect();
    if !unanswered.is_empty() {
        return Err(format!(
            "no back-translation or no result for: {}",
            unanswered.join(", ")
        ));
    }
    let quote = |text: &str| toml::Value::String(text.to_owned()).to_string();
    let mut out = format!(
        "# Blind back-translation of the safety-critical messages of `{tag}`: each\n# was translated back into English without the English in view, then\n# compared with it. `english` is the hash of the English checked against\n# (amparo l10n lint reports the check stale when the English changes);\n# `result`: same, fixed (translation changed after comparing) or kept\n# (a difference recorded with its reason in REVIEW.md).\n\nmade_by = {}\ndate = {}\n\n",
        quote(made_by),
        quote(date)
    );
    for (id, message) in critical {
        let answer = &answers.checks[id];
        out.push_str(&format!(
            "[checks.{id}]\nenglish = \"{}\"\nback = {}\nresult = \"{}\"\n\n",
            english_hash(&message.body),
            quote(&answer.back),
            answer.result
        ));
    }
    Ok(out)
}
