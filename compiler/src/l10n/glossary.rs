//! The legal glossaries: English's concepts and phrases, each locale's
//! chosen terms, forms and exceptions, and whole-word matching.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EnglishGlossary {
    pub(super) terms: BTreeMap<String, EnglishTerm>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EnglishTerm {
    #[serde(rename = "match")]
    pub(super) phrases: Vec<String>,
    #[serde(default)]
    pub(super) case_sensitive: bool,
    #[serde(default)]
    pub(super) not_in: Vec<String>,
    #[allow(dead_code)]
    pub(super) note: String,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct LocaleGlossary {
    #[serde(default)]
    pub(super) terms: BTreeMap<String, LocaleTerm>,
    #[serde(default)]
    pub(super) exceptions: BTreeMap<String, GlossaryException>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LocaleTerm {
    pub(super) term: String,
    pub(super) forms: Vec<String>,
    pub(super) note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct GlossaryException {
    pub(super) terms: Vec<String>,
    pub(super) why: String,
}

/// Whether English text uses one of a concept's phrases as whole words.
pub(super) fn uses_term(text: &str, spec: &EnglishTerm) -> bool {
    let haystack = if spec.case_sensitive {
        text.to_owned()
    } else {
        text.to_lowercase()
    };
    spec.phrases.iter().any(|phrase| {
        let needle = if spec.case_sensitive {
            phrase.clone()
        } else {
            phrase.to_lowercase()
        };
        haystack.match_indices(&needle).any(|(start, _)| {
            let boundary =
                |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '_'));
            boundary(haystack[..start].chars().next_back())
                && boundary(haystack[start + needle.len()..].chars().next())
        })
    })
}
