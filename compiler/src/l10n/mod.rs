//! Translator checks on `locales/` (`amparo l10n status` and `lint`): what
//! each locale lacks or carries over, variables that differ from English,
//! legal terms not rendered with the locale's glossary, and back-translations
//! missing or made against English that has changed since.
//!
//! Invariants: English (`en`) is the reference and is never linted against
//! itself; every finding has a file and, where it is about a line, that
//! line; the set of safety-critical messages is [`is_safety_critical`], the
//! one place that defines it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};

mod glossary;
mod phone;
mod pseudo;
mod report;
mod review;

use glossary::{EnglishGlossary, LocaleGlossary, uses_term};
pub use phone::looks_like_phone_number;
pub use pseudo::pseudo_locales;
pub use report::{Finding, L10nReport, LocaleStatus, Rule};
pub use review::{blind_sheet, record_back_translations};

use crate::fluent::{self, LocaleMessages};
use crate::{Diagnostics, REFERENCE_LOCALE, SourceFile, sorted_entries};

/// Pseudo-locales are generated for layout tests and never shipped.
pub const PSEUDO_LOCALES: [&str; 2] = ["en-XA", "ar-XB"];

/// Whether a message must be back-translated: every line to say, every
/// warrant-checker question, choice, outcome and advice, every "do not"
/// point and the card heading. The compiler holds content to these names
/// (say lines end in `-say`, do-not points contain `-dont-`).
pub fn is_safety_critical(id: &str) -> bool {
    id == "card-heading"
        || id.ends_with("-say")
        || id.starts_with("warrant-")
        || id.contains("-dont-")
}

/// The hash of an English message a back-translation was checked against:
/// SHA-256 of its source with runs of white space made one space, first 16
/// hex digits. Re-wrapping a line does not make a check stale; any change of
/// wording does.
pub fn english_hash(source: &str) -> String {
    let normalized = source.split_whitespace().collect::<Vec<_>>().join(" ");
    let digest = Sha256::digest(normalized.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct BackTranslations {
    #[allow(dead_code)]
    made_by: String,
    #[allow(dead_code)]
    date: String,
    #[serde(default)]
    checks: BTreeMap<String, BackTranslationCheck>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BackTranslationCheck {
    /// [`english_hash`] of the English the check was made against.
    english: String,
    /// The back-translation itself, made without seeing the English.
    #[allow(dead_code)]
    back: String,
    /// `same`, `fixed` (the translation was changed after comparing) or
    /// `kept` (a difference recorded in REVIEW.md with its reason).
    result: String,
}

#[derive(Deserialize)]
struct LocaleMeta {
    native_name: String,
    direction: String,
    translation: String,
    human_reviewed: bool,
    speech_locale: String,
}

/// One locale's files, read.
struct Read {
    tag: String,
    dir: PathBuf,
    files: Vec<SourceFile>,
    messages: LocaleMessages,
    syntax: Diagnostics,
}

/// Runs every check on `locales_dir`.
pub fn check(locales_dir: &Path) -> L10nReport {
    let mut findings = Vec::new();
    let dirs: Vec<PathBuf> = sorted_entries(locales_dir)
        .unwrap_or_default()
        .into_iter()
        .filter(|dir| dir.is_dir())
        .collect();
    let read: Vec<Read> = dirs.iter().map(|dir| read_dir(dir)).collect();
    let Some(en) = read.iter().find(|locale| locale.tag == REFERENCE_LOCALE) else {
        findings.push(Finding {
            file: locales_dir.to_owned(),
            line: 0,
            locale: REFERENCE_LOCALE.to_owned(),
            rule: Rule::LocaleFile,
            message: "there is no English (`en`) folder to compare with".into(),
        });
        return L10nReport {
            locales: Vec::new(),
            findings,
        };
    };
    let english_glossary_path = en.dir.join("glossary.toml");
    let english_glossary: Option<EnglishGlossary> =
        read_toml(&english_glossary_path, REFERENCE_LOCALE, &mut findings);
    let english_texts = texts(en);
    let mut statuses = Vec::new();
    for locale in &read {
        syntax_findings(locale, &mut findings);
        if locale.tag == REFERENCE_LOCALE {
            statuses.push(reference_status(locale));
            continue;
        }
        let before = findings.len();
        let status = check_locale(
            locale,
            en,
            &english_texts,
            english_glossary.as_ref(),
            &mut findings,
        );
        let problems = findings[before..].len();
        statuses.push(LocaleStatus { problems, ..status });
    }
    findings.sort_by(|a, b| (&a.file, a.line, a.rule).cmp(&(&b.file, b.line, b.rule)));
    L10nReport {
        locales: statuses,
        findings,
    }
}

/// English's row: the reference is complete by definition and is not
/// back-translated (it is what the others are checked against).
fn reference_status(en: &Read) -> LocaleStatus {
    let meta: Option<LocaleMeta> = std::fs::read_to_string(en.dir.join("locale.toml"))
        .ok()
        .and_then(|text| toml::from_str(&text).ok());
    let field = |f: fn(&LocaleMeta) -> String| meta.as_ref().map(f).unwrap_or_default();
    let count = en.messages.messages.len();
    LocaleStatus {
        tag: en.tag.clone(),
        native_name: field(|m| m.native_name.clone()),
        direction: field(|m| m.direction.clone()),
        translation: field(|m| m.translation.clone()),
        human_reviewed: meta.as_ref().is_some_and(|m| m.human_reviewed),
        speech_locale: field(|m| m.speech_locale.clone()),
        translated: count,
        english: count,
        percent: 100,
        missing: 0,
        obsolete: 0,
        variable_mismatches: 0,
        glossary_violations: 0,
        glossary_exceptions: 0,
        safety_critical: 0,
        back_translated: 0,
        not_back_translated: 0,
        stale_back_translations: 0,
        problems: en.syntax.0.len(),
    }
}

fn read_dir(dir: &Path) -> Read {
    let tag = dir
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let files: Vec<SourceFile> = sorted_entries(dir)
        .unwrap_or_default()
        .into_iter()
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .filter_map(|path| {
            std::fs::read_to_string(&path)
                .ok()
                .map(|text| SourceFile { path, text })
        })
        .collect();
    let mut syntax = Diagnostics::default();
    let refs: Vec<&SourceFile> = files.iter().collect();
    let messages = fluent::read_locale(&refs, &mut syntax);
    Read {
        tag,
        dir: dir.to_owned(),
        files,
        messages,
        syntax,
    }
}

fn syntax_findings(locale: &Read, findings: &mut Vec<Finding>) {
    for diagnostic in &locale.syntax.0 {
        findings.push(Finding {
            file: diagnostic.file.clone(),
            line: diagnostic.line,
            locale: locale.tag.clone(),
            rule: Rule::Syntax,
            message: diagnostic.message.clone(),
        });
    }
}

/// Each message's text with placeables blanked, for term matching.
fn texts(locale: &Read) -> BTreeMap<String, String> {
    locale
        .messages
        .messages
        .iter()
        .map(|(id, message)| (id.clone(), without_placeables(&message.body)))
        .collect()
}

fn without_placeables(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut depth = 0usize;
    for c in body.chars() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth = depth.saturating_sub(1);
                out.push(' ');
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn read_toml<T: for<'de> Deserialize<'de>>(
    path: &Path,
    locale: &str,
    findings: &mut Vec<Finding>,
) -> Option<T> {
    let mut problem = |line: usize, message: String| {
        findings.push(Finding {
            file: path.to_owned(),
            line,
            locale: locale.to_owned(),
            rule: Rule::LocaleFile,
            message,
        });
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(_) => {
            problem(1, "missing".into());
            return None;
        }
    };
    match toml::from_str(&text) {
        Ok(value) => Some(value),
        Err(err) => {
            let line = err.span().map_or(1, |span| {
                text[..span.start.min(text.len())].matches('\n').count() + 1
            });
            problem(line, format!("does not read: {}", err.message()));
            None
        }
    }
}

fn check_locale(
    locale: &Read,
    en: &Read,
    english_texts: &BTreeMap<String, String>,
    english_glossary: Option<&EnglishGlossary>,
    findings: &mut Vec<Finding>,
) -> LocaleStatus {
    let tag = locale.tag.clone();
    // The locale's own files, read first: their problems go straight to
    // `findings`, before `push` borrows it.
    let meta: Option<LocaleMeta> = read_toml(&locale.dir.join("locale.toml"), &tag, findings);
    let glossary_path = locale.dir.join("glossary.toml");
    let glossary: LocaleGlossary = read_toml(&glossary_path, &tag, findings).unwrap_or_default();
    let back_path = locale.dir.join("back-translation.toml");
    let back: BackTranslations = if back_path.exists() {
        read_toml(&back_path, &tag, findings).unwrap_or_default()
    } else {
        BackTranslations::default()
    };
    let file_of = |message: &fluent::MessageInfo| locale.files[message.file].path.clone();
    let mut push = |file: PathBuf, line: usize, rule: Rule, message: String| {
        findings.push(Finding {
            file,
            line,
            locale: tag.clone(),
            rule,
            message,
        });
    };
    let english = &en.messages.messages;
    let own = &locale.messages.messages;

    if let Some(meta) = &meta {
        let path = locale.dir.join("locale.toml");
        if !matches!(meta.direction.as_str(), "ltr" | "rtl") {
            push(
                path.clone(),
                1,
                Rule::LocaleFile,
                "`direction` must be `ltr` or `rtl`".into(),
            );
        }
        if !matches!(meta.translation.as_str(), "machine" | "human") {
            push(
                path.clone(),
                1,
                Rule::LocaleFile,
                "`translation` must be `machine` or `human`".into(),
            );
        }
        if meta
            .speech_locale
            .parse::<unic_langid::LanguageIdentifier>()
            .is_err()
        {
            push(
                path,
                1,
                Rule::LocaleFile,
                "`speech_locale` must be a language tag".into(),
            );
        }
    }

    // Missing English messages are reported at the English definition, so
    // the translator sees where to copy from.
    let mut missing = 0;
    for (id, message) in english {
        if !own.get(id).is_some_and(|m| m.has_value) {
            missing += 1;
            push(
                en.files[message.file].path.clone(),
                message.line,
                Rule::Missing,
                format!("`{id}` is not translated into `{}`", locale.tag),
            );
        }
    }
    let mut obsolete = 0;
    let mut variable_mismatches = 0;
    for (id, message) in own {
        let Some(english_message) = english.get(id) else {
            obsolete += 1;
            push(
                file_of(message),
                message.line,
                Rule::Obsolete,
                format!("`{id}` is not in English any more; remove it"),
            );
            continue;
        };
        if message.variables != english_message.variables {
            variable_mismatches += 1;
            push(
                file_of(message),
                message.line,
                Rule::Variables,
                format!(
                    "`{id}` uses {} where English uses {}",
                    variable_list(&message.variables),
                    variable_list(&english_message.variables)
                ),
            );
        }
        if looks_like_phone_number(&without_placeables(&message.body)) {
            push(
                file_of(message),
                message.line,
                Rule::DigitsInText,
                format!(
                    "`{id}` holds what reads as a phone number: numbers come from data, never from text"
                ),
            );
        }
    }

    // The glossary.
    let mut glossary_violations = 0;
    if let Some(english_glossary) = english_glossary {
        for concept in english_glossary.terms.keys() {
            match glossary.terms.get(concept) {
                Some(term)
                    if !term.term.trim().is_empty()
                        && !term.note.trim().is_empty()
                        && term.forms.iter().any(|f| !f.trim().is_empty()) => {}
                _ => push(
                    glossary_path.clone(),
                    line_of_key(&glossary_path, &format!("terms.{concept}")),
                    Rule::LocaleFile,
                    format!("`{concept}` needs a term, its forms and a note"),
                ),
            }
        }
        for concept in glossary.terms.keys() {
            if !english_glossary.terms.contains_key(concept) {
                push(
                    glossary_path.clone(),
                    line_of_key(&glossary_path, &format!("terms.{concept}")),
                    Rule::LocaleFile,
                    format!("`{concept}` is not a concept of en/glossary.toml"),
                );
            }
        }
        for (id, exception) in &glossary.exceptions {
            if !english.contains_key(id) {
                push(
                    glossary_path.clone(),
                    line_of_key(&glossary_path, &format!("exceptions.{id}")),
                    Rule::LocaleFile,
                    format!("the exception for `{id}` names no English message"),
                );
            }
            if exception.why.trim().is_empty() || exception.terms.is_empty() {
                push(
                    glossary_path.clone(),
                    line_of_key(&glossary_path, &format!("exceptions.{id}")),
                    Rule::LocaleFile,
                    format!("the exception for `{id}` needs its terms and why"),
                );
            }
        }
        let own_texts = texts(locale);
        for (id, english_text) in english_texts {
            let (Some(text), Some(message)) = (own_texts.get(id), own.get(id)) else {
                continue;
            };
            let folded = text.to_lowercase();
            for (concept, spec) in &english_glossary.terms {
                if spec.not_in.contains(id) || !uses_term(english_text, spec) {
                    continue;
                }
                let Some(term) = glossary.terms.get(concept) else {
                    continue;
                };
                let rendered = term
                    .forms
                    .iter()
                    .filter(|f| !f.trim().is_empty())
                    .any(|form| folded.contains(&form.to_lowercase()));
                let excepted = glossary
                    .exceptions
                    .get(id)
                    .is_some_and(|e| e.terms.contains(concept));
                if !rendered && !excepted {
                    glossary_violations += 1;
                    push(
                        file_of(message),
                        message.line,
                        Rule::Glossary,
                        format!(
                            "`{id}`: English says {concept}; the translation has none of {:?} (the glossary's `{}`)",
                            term.forms, term.term
                        ),
                    );
                }
            }
        }
    }

    // Back-translations.
    let critical: BTreeSet<&String> = english.keys().filter(|id| is_safety_critical(id)).collect();
    let (mut back_translated, mut not_back_translated, mut stale) = (0, 0, 0);
    for id in &critical {
        let english_message = &english[*id];
        match back.checks.get(*id) {
            None => {
                not_back_translated += 1;
                let line = own.get(*id).map_or(1, |m| m.line);
                let file = own.get(*id).map_or_else(|| back_path.clone(), &file_of);
                push(
                    file,
                    line,
                    Rule::NotBackTranslated,
                    format!(
                        "`{id}` is safety-critical and has no back-translation in back-translation.toml"
                    ),
                );
            }
            Some(check) if check.english != english_hash(&english_message.body) => {
                stale += 1;
                push(
                    back_path.clone(),
                    line_in(&back_path, id),
                    Rule::StaleBackTranslation,
                    format!(
                        "`{id}` was back-translated against English that has changed since: translate the new English, back-translate and compare again"
                    ),
                );
            }
            Some(check) if !matches!(check.result.as_str(), "same" | "fixed" | "kept") => {
                push(
                    back_path.clone(),
                    line_in(&back_path, id),
                    Rule::LocaleFile,
                    format!("`{id}`: `result` must be `same`, `fixed` or `kept`"),
                );
            }
            Some(_) => back_translated += 1,
        }
    }
    for id in back.checks.keys() {
        if !critical.contains(id) {
            push(
                back_path.clone(),
                line_in(&back_path, id),
                Rule::Obsolete,
                format!("`{id}` is not a safety-critical English message; remove its check"),
            );
        }
    }

    let translated = english.len() - missing;
    let meta_field = |f: fn(&LocaleMeta) -> String| meta.as_ref().map(f).unwrap_or_default();
    LocaleStatus {
        tag: locale.tag.clone(),
        native_name: meta_field(|m| m.native_name.clone()),
        direction: meta_field(|m| m.direction.clone()),
        translation: meta_field(|m| m.translation.clone()),
        human_reviewed: meta.as_ref().is_some_and(|m| m.human_reviewed),
        speech_locale: meta_field(|m| m.speech_locale.clone()),
        translated,
        english: english.len(),
        percent: if english.is_empty() {
            100
        } else {
            translated * 100 / english.len()
        },
        missing,
        obsolete,
        variable_mismatches,
        glossary_violations,
        glossary_exceptions: glossary.exceptions.len(),
        safety_critical: critical.len(),
        back_translated,
        not_back_translated,
        stale_back_translations: stale,
        problems: 0,
    }
}

fn variable_list(variables: &BTreeSet<String>) -> String {
    if variables.is_empty() {
        "no variables".into()
    } else {
        variables
            .iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The line of `[checks.<id>]` in a back-translation file.
fn line_in(path: &Path, id: &str) -> usize {
    line_of_key(path, &format!("checks.{id}"))
}

/// The line of the table `[a.b]` (or `[a."b"]`) in a TOML file; 1 if absent.
fn line_of_key(path: &Path, key: &str) -> usize {
    let (table, name) = key.split_once('.').unwrap_or((key, ""));
    let plain = format!("[{table}.{name}]");
    let quoted = format!("[{table}.\"{name}\"]");
    std::fs::read_to_string(path)
        .ok()
        .and_then(|text| {
            text.lines()
                .position(|line| line.trim() == plain || line.trim() == quoted)
        })
        .map_or(1, |index| index + 1)
}

#[cfg(test)]
mod tests {
    use super::glossary::EnglishTerm;
    use super::pseudo::{Pseudo, transform};
    use super::*;

    #[test]
    fn the_hash_ignores_wrapping_but_not_words() {
        assert_eq!(
            english_hash(" I want a lawyer."),
            english_hash("\n    I want   a lawyer.")
        );
        assert_ne!(
            english_hash(" I want a lawyer."),
            english_hash(" I want a lawyer now.")
        );
        assert_eq!(english_hash("x").len(), 16);
    }

    #[test]
    fn safety_critical_messages_are_the_ones_named() {
        for id in [
            "card-heading",
            "at-home-stay-silent-say",
            "warrant-q-who",
            "common-dont-sign",
        ] {
            assert!(is_safety_critical(id), "{id}");
        }
        for id in [
            "at-home-title",
            "law-sb54-summary",
            "common-stay-silent-why",
        ] {
            assert!(!is_safety_critical(id), "{id}");
        }
    }

    #[test]
    fn terms_match_whole_words_only() {
        let spec = EnglishTerm {
            phrases: vec!["ICE".into()],
            case_sensitive: true,
            not_in: Vec::new(),
            note: String::new(),
        };
        assert!(uses_term("Call if ICE comes.", &spec));
        assert!(uses_term("ICE's form", &spec));
        assert!(!uses_term("Police came.", &spec));
        assert!(!uses_term("NOTICE", &spec));
    }

    #[test]
    fn pseudo_accented_text_is_longer_and_keeps_placeables() {
        let out = transform(" Call { $name } now.", Pseudo::Accented);
        assert!(out.contains("{ $name }"), "{out}");
        assert!(out.contains("Çåll"), "{out}");
        assert!(
            out.len() as f64 > " Call { $name } now.".len() as f64 * 1.4,
            "{out}"
        );
        let mirrored = transform(" Call { $name }", Pseudo::Mirrored);
        assert!(
            mirrored.contains('\u{202E}') && mirrored.contains("{ $name }"),
            "{mirrored}"
        );
    }
}
