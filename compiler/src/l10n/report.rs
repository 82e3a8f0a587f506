//! What the checks report: findings (file, line, rule) and each locale's status.

use std::path::PathBuf;

use serde::Serialize;

/// What one rule found wrong, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub file: PathBuf,
    /// 1-based; 0 when it is about the file as a whole.
    pub line: usize,
    pub locale: String,
    pub rule: Rule,
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(
                f,
                "{}: {}: {}",
                self.file.display(),
                self.rule.name(),
                self.message
            )
        } else {
            write!(
                f,
                "{}:{}: {}: {}",
                self.file.display(),
                self.line,
                self.rule.name(),
                self.message
            )
        }
    }
}

/// The rules, each a kind of problem a translator fixes differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// Fluent that does not parse, or a repeated id.
    Syntax,
    /// An English message the locale lacks.
    Missing,
    /// A message English no longer has.
    Obsolete,
    /// `$variables` other than the English message's.
    Variables,
    /// A run of 7 or more digits: numbers are data, never text.
    DigitsInText,
    /// `locale.toml` or `glossary.toml` incomplete or wrong.
    LocaleFile,
    /// A legal term not rendered with the glossary's term.
    Glossary,
    /// A safety-critical message never back-translated.
    NotBackTranslated,
    /// A back-translation made against English that has changed since.
    StaleBackTranslation,
}

impl Rule {
    pub fn name(self) -> &'static str {
        match self {
            Rule::Syntax => "syntax",
            Rule::Missing => "missing",
            Rule::Obsolete => "obsolete",
            Rule::Variables => "variables",
            Rule::DigitsInText => "digits-in-text",
            Rule::LocaleFile => "locale-file",
            Rule::Glossary => "glossary",
            Rule::NotBackTranslated => "not-back-translated",
            Rule::StaleBackTranslation => "stale-back-translation",
        }
    }
}

/// One locale's state, for `amparo l10n status`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocaleStatus {
    pub tag: String,
    pub native_name: String,
    pub direction: String,
    pub translation: String,
    pub human_reviewed: bool,
    pub speech_locale: String,
    pub translated: usize,
    pub english: usize,
    /// `translated / english`, rounded down to a whole percent.
    pub percent: usize,
    pub missing: usize,
    pub obsolete: usize,
    pub variable_mismatches: usize,
    pub glossary_violations: usize,
    pub glossary_exceptions: usize,
    pub safety_critical: usize,
    pub back_translated: usize,
    pub not_back_translated: usize,
    pub stale_back_translations: usize,
    /// Every problem in this locale, of every rule.
    pub problems: usize,
}

/// Everything the checks found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct L10nReport {
    pub locales: Vec<LocaleStatus>,
    pub findings: Vec<Finding>,
}
