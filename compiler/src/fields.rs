//! Checks of single fields shared by the record readers: message ids (and
//! the safety-critical naming), links, provenance and dates, scopes, opening
//! hours, language tags and references between records.

use super::*;

impl Compiler {
    /// A message that must be back-translated in every locale: its id must
    /// be one [`l10n::is_safety_critical`] names, so no check can miss it.
    pub(crate) fn critical_ref(&mut self, file: usize, id: Text, what: &str) -> String {
        let line = self.files[file].line_of(id.span().start);
        let name = self.message_ref(file, id);
        if !l10n::is_safety_critical(&name) {
            let message = format!(
                "`{name}` is {what}, so it is back-translated in every locale: name it `…-say` (a line to say) or `…-dont-…` (a do-not point)"
            );
            self.diags.at_line(&self.files[file], line, message);
        }
        name
    }

    /// A web address for people to open: https, no spaces.
    pub(crate) fn web_link(&mut self, file: usize, link: Text) -> Option<String> {
        let line = self.files[file].line_of(link.span().start);
        let link = link.into_inner();
        let ok = link
            .strip_prefix("https://")
            .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace));
        if ok {
            Some(link)
        } else {
            self.diags.at_line(
                &self.files[file],
                line,
                "a link must be an https address without spaces".to_owned(),
            );
            None
        }
    }

    pub(crate) fn message_ref(&mut self, file: usize, id: Text) -> String {
        let line = self.files[file].line_of(id.span().start);
        let id = id.into_inner();
        self.message_refs.push(MessageRef {
            file,
            line,
            id: id.clone(),
        });
        id
    }

    pub(crate) fn provenance(
        &mut self,
        file: usize,
        line: usize,
        what: &str,
        sources: Option<Vec<Text>>,
        checked: Option<Text>,
    ) -> Provenance {
        let source = &self.files[file];
        let sources = match sources {
            Some(sources) if !sources.is_empty() => sources,
            _ => {
                self.diags
                    .at_line(source, line, format!("{what} has no `sources`"));
                Vec::new()
            }
        };
        for id in &sources {
            if !self.sources.contains_key(id.get_ref()) {
                self.diags.at(
                    source,
                    id,
                    format!(
                        "{what} cites unknown source `{}` (add it to sources.toml)",
                        id.get_ref()
                    ),
                );
            }
        }
        let checked = match checked {
            Some(date) => self.date(file, date, "checked").unwrap_or_default(),
            None => {
                self.diags
                    .at_line(source, line, format!("{what} has no `checked` date"));
                String::new()
            }
        };
        Provenance {
            sources: sources.into_iter().map(Spanned::into_inner).collect(),
            checked,
        }
    }

    /// A source's own date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `undated`.
    pub(crate) fn source_date(&mut self, file: usize, date: &Text) -> Option<String> {
        let text = date.get_ref();
        if text == "undated" {
            return None;
        }
        let valid = match text.len() {
            4 => text.bytes().all(|b| b.is_ascii_digit()),
            7 => is_date(&format!("{text}-01")),
            _ => is_date(text),
        };
        if valid {
            Some(text.clone())
        } else {
            let message =
                format!("`date` must be YYYY, YYYY-MM, YYYY-MM-DD or `undated`, not `{text}`");
            self.diags.at(&self.files[file], date, message);
            None
        }
    }

    pub(crate) fn date(&mut self, file: usize, date: Text, field: &str) -> Option<String> {
        if is_date(date.get_ref()) {
            Some(date.into_inner())
        } else {
            self.diags.at(
                &self.files[file],
                &date,
                format!(
                    "`{field}` must be a date written YYYY-MM-DD, not `{}`",
                    date.get_ref()
                ),
            );
            None
        }
    }

    /// A topic's, step's or point's scope: a state's region id, or none.
    pub(crate) fn scope(
        &mut self,
        file: usize,
        scope: Option<Text>,
        states: &BTreeSet<String>,
    ) -> Option<String> {
        let scope = scope?;
        self.known_refs(file, vec![scope], states, "state", "us/states.csv")
            .into_iter()
            .next()
    }

    pub(crate) fn schedule(&mut self, file: usize, hours: &Text) -> Option<Vec<HoursRange>> {
        match hours::parse(hours.get_ref()) {
            Ok(ranges) => Some(ranges),
            Err(why) => {
                self.diags
                    .at(&self.files[file], hours, format!("bad `hours`: {why}"));
                None
            }
        }
    }

    pub(crate) fn language_tags(&mut self, file: usize, tags: Vec<Text>) -> Vec<String> {
        let mut valid = Vec::new();
        for tag in tags {
            if LanguageIdentifier::from_str(tag.get_ref()).is_ok() {
                valid.push(tag.into_inner());
            } else {
                self.diags.at(
                    &self.files[file],
                    &tag,
                    format!("`{}` is not a BCP-47 language tag", tag.get_ref()),
                );
            }
        }
        valid
    }

    pub(crate) fn known_refs(
        &mut self,
        file: usize,
        refs: Vec<Text>,
        known: &BTreeSet<String>,
        kind: &str,
        home: &str,
    ) -> Vec<String> {
        for id in &refs {
            if !known.contains(id.get_ref()) {
                self.diags.at(
                    &self.files[file],
                    id,
                    format!("unknown {kind} `{}` (add it to {home})", id.get_ref()),
                );
            }
        }
        refs.into_iter().map(Spanned::into_inner).collect()
    }

    pub(crate) fn region_refs(
        &mut self,
        file: usize,
        refs: Vec<Text>,
        regions: &BTreeSet<String>,
    ) -> Vec<String> {
        self.known_refs(file, refs, regions, "region", "regions.toml or geo/")
    }
}

/// Tracks ids within one kind of record, reporting duplicates.
#[derive(Default)]
pub(crate) struct Ids(pub(crate) BTreeMap<String, usize>);

impl Ids {
    /// `false` (and a diagnostic) if `id` was already seen.
    pub(crate) fn insert(
        &mut self,
        diags: &mut Diagnostics,
        file: &SourceFile,
        id: &Text,
        kind: &str,
    ) -> bool {
        let line = file.line_of(id.span().start);
        if let Some(first) = self.0.get(id.get_ref()) {
            diags.at_line(
                file,
                line,
                format!(
                    "duplicate {kind} id `{}` (first defined on line {first})",
                    id.get_ref()
                ),
            );
            return false;
        }
        self.0.insert(id.get_ref().clone(), line);
        true
    }
}

pub(crate) fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    if year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return false;
    }
    let (Ok(year), Ok(month), Ok(day)) = (
        year.parse::<u32>(),
        month.parse::<u32>(),
        day.parse::<u32>(),
    ) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}
