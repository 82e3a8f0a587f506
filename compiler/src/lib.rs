//! The content compiler: `content/` (TOML) and `locales/` (Fluent) in, a
//! validated [`Pack`] out, or every problem found as `file:line: what`.
//!
//! It runs at build time (the `amparo-content` build script) and for authors
//! (`amparo check`), never on a phone. It reports all problems it can find in
//! one run rather than stopping at the first, so authors fix them in one go.

mod diagnostics;
pub mod diff;
mod directory;
mod fields;
mod fluent;
mod geo;
mod hours;
pub mod keys;
pub mod l10n;
mod locales;
pub mod pack;
mod phones;
mod records;
mod schema;
mod states;
mod training;
mod warrant;

pub use phones::FORBIDDEN_NUMBERS;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use amparo_model::{messages, model};
use serde::de::DeserializeOwned;
use toml::Spanned;
use unic_langid::LanguageIdentifier;

use fluent::LocaleMessages;
use model::{
    Catalog, Credit, DoNotRecord, Geography, HoursRange, LawRecord, LocaleResources, Manifest,
    Pack, PolicyRecord, PolicyText, Provenance, RegionKind, RegionRecord, Source, StepRecord,
    TopicRecord, TranslationOrigin,
};
use schema::{
    RawCredits, RawLaws, RawLocale, RawManifest, RawPolicy, RawRecord, RawRegions, RawSources,
    RawTopic, Text,
};

/// The locale every message must exist in, and every chain ends with.
pub const REFERENCE_LOCALE: &str = "en";

pub use diagnostics::Diagnostic;
use diagnostics::{Diagnostics, SourceFile};
use fields::Ids;

/// Compiles and validates content. `built` is the pack's build date.
pub fn compile(
    content_dir: &Path,
    locales_dir: &Path,
    built: &str,
) -> Result<Pack, Vec<Diagnostic>> {
    let mut compiler = Compiler::default();
    let pack = compiler.run(content_dir, locales_dir, built);
    match pack {
        Some(pack) if compiler.diags.0.is_empty() => Ok(pack),
        _ => Err(compiler.diags.0),
    }
}

/// The files the compiler reads, so build scripts can watch them.
pub fn input_files(content_dir: &Path, locales_dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let states = content_dir.join("states");
    let mut dirs = vec![
        content_dir.to_owned(),
        content_dir.join("topics"),
        content_dir.join("quiz"),
        content_dir.join("sources"),
        content_dir.join("us"),
        states.clone(),
        locales_dir.to_owned(),
    ];
    for state in sorted_entries(&states).unwrap_or_default() {
        dirs.push(state.join("geo"));
        dirs.push(state);
    }
    for dir in dirs {
        files.push(dir.clone());
        files.extend(sorted_entries(&dir).unwrap_or_default());
    }
    for locale_dir in sorted_entries(locales_dir).unwrap_or_default() {
        files.extend(sorted_entries(&locale_dir).unwrap_or_default());
    }
    files
}

/// Today's date (UTC) as YYYY-MM-DD, or the date of `SOURCE_DATE_EPOCH` when
/// set, so that a release build can be reproduced byte for byte.
pub fn build_date() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    civil_date(seconds / 86_400)
}

/// Days since 1970-01-01 to a calendar date (Howard Hinnant's algorithm).
fn civil_date(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// A locale as read from `locales/<tag>/`.
struct ReadLocale {
    tag: String,
    meta: Option<RawLocale>,
    /// Indexes into `Compiler::files`, in the order the messages refer to.
    files: Vec<usize>,
    messages: LocaleMessages,
}

/// A message id that content refers to, and where.
struct MessageRef {
    file: usize,
    line: usize,
    id: String,
}

#[derive(Default)]
struct Compiler {
    diags: Diagnostics,
    files: Vec<SourceFile>,
    message_refs: Vec<MessageRef>,
    sources: HashMap<String, usize>,
    /// The reference locale's ids, in the order packed locale texts use.
    message_ids: Vec<String>,
    /// How many of `message_ids` come first (the first screens' messages).
    first_messages: u32,
    /// Messages whose variables every locale must use exactly.
    required_variables: Vec<training::RequiredVariables>,
}

impl Compiler {
    fn run(&mut self, content_dir: &Path, locales_dir: &Path, built: &str) -> Option<Pack> {
        let manifest = self.read_manifest(&content_dir.join("pack.toml"), built);
        let sources = self.read_sources(&content_dir.join("sources"));
        let mut regions = self.read_regions(&content_dir.join("regions.toml"));
        let (mut states, zip_prefixes, zip_exceptions) = self.read_us(&content_dir.join("us"));

        // Each state's folder: its region and geography first, so that every
        // record can be checked against every region.
        let folders = self.state_folders(&content_dir.join("states"));
        let mut geography = Geography::default();
        for folder in &folders {
            regions.extend(folder.region.clone());
            geography
                .counties
                .extend(folder.geography.counties.iter().cloned());
            geography.zips.extend(folder.geography.zips.iter().cloned());
            geography
                .aliases
                .extend(folder.geography.aliases.iter().cloned());
        }
        geography.zips.sort_by(|a, b| a.zip.cmp(&b.zip));
        for state in &mut states {
            state.covered = folders.iter().any(|f| f.id == state.id);
        }
        let state_ids: BTreeSet<String> = states.iter().map(|s| s.id.clone()).collect();
        let region_ids: BTreeSet<String> = regions
            .iter()
            .map(|r| r.id.clone())
            .chain(geography.counties.iter().map(|c| c.fips.clone()))
            .collect();

        let mut laws = Vec::new();
        for folder in &folders {
            laws.extend(self.read_laws(
                &folder.dir.join("laws.toml"),
                Some(&folder.id),
                &state_ids,
            ));
        }
        laws.extend(self.read_laws(&content_dir.join("state-laws.toml"), None, &state_ids));
        let law_ids: BTreeSet<String> = laws.iter().map(|l| l.id.clone()).collect();
        let mut hotlines =
            self.read_hotlines(&content_dir.join("hotlines.toml"), &region_ids, &geography);
        let mut organizations = Vec::new();
        let mut policy = PolicyRecord::default();
        let mut facilities = Vec::new();
        for folder in &folders {
            hotlines.extend(self.read_hotlines(
                &folder.dir.join("hotlines.toml"),
                &region_ids,
                &geography,
            ));
            organizations.extend(self.read_organizations(
                &folder.dir.join("organizations.toml"),
                &region_ids,
                &geography,
            ));
            policy.baselines.extend(self.read_policy(
                &folder.dir.join("policy.toml"),
                &region_ids,
                &law_ids,
            ));
            policy.local.extend(self.read_local_policies(
                &folder.dir.join("local-policies.toml"),
                &folder.id,
                &geography,
            ));
            facilities.extend(self.read_facilities(&folder.dir.join("detention.toml"), &geography));
        }
        let detainee_locator = self.read_detainee_locator(&content_dir.join("detention.toml"));
        let credits = self.read_credits(&content_dir.join("credits.toml"));
        let errors_before = self.diags.0.len();
        let topics = self.read_topics(&content_dir.join("topics"), &state_ids);
        let topics_read_whole = self.diags.0.len() == errors_before;
        let covered: Vec<String> = folders.iter().map(|f| f.id.clone()).collect();
        let questions = self.read_quizzes(
            &content_dir.join("quiz"),
            &topics,
            topics_read_whole,
            &covered,
        );
        let family_plan = self.read_family_plan(&content_dir.join("family-plan.toml"));
        let emergency_messages =
            self.read_emergency_messages(&content_dir.join("emergency-messages.toml"));
        let warrant = self.read_warrant(&content_dir.join("warrant.toml"));
        let needs_locator = emergency_messages
            .iter()
            .any(|m| m.facts.contains(&model::MessageFact::DetaineeLocator));
        if needs_locator && detainee_locator.is_none() {
            self.diags.whole_file(
                &content_dir.join("detention.toml"),
                "an emergency message gives the detainee locator's address, and there is none"
                    .into(),
            );
        }
        let locales = self.read_locales(locales_dir, &first_screen_messages(&topics));
        self.reject_forbidden_numbers();
        Some(Pack {
            manifest: manifest?,
            catalog: Catalog {
                sources,
                topics,
                laws,
                hotlines,
                organizations,
                regions,
                geography,
                policy,
                warrant,
                facilities,
                detainee_locator,
                states,
                zip_prefixes,
                zip_exceptions,
                credits,
                questions,
                family_plan,
                emergency_messages,
            },
            message_ids: std::mem::take(&mut self.message_ids),
            first_messages: self.first_messages,
            locales,
        })
    }

    /// Reads a file; `None` (and a diagnostic) if it cannot be read.
    fn load(&mut self, path: &Path) -> Option<usize> {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                self.files.push(SourceFile {
                    path: path.to_owned(),
                    text,
                });
                Some(self.files.len() - 1)
            }
            Err(err) => {
                self.diags.whole_file(path, format!("cannot read: {err}"));
                None
            }
        }
    }

    /// Reads an optional file of records: a missing file means no records.
    fn load_optional(&mut self, path: &Path) -> Option<usize> {
        path.exists().then(|| self.load(path)).flatten()
    }

    fn parse<T: DeserializeOwned>(&mut self, file: usize) -> Option<T> {
        let source = &self.files[file];
        match toml::from_str::<T>(&source.text) {
            Ok(value) => Some(value),
            Err(err) => {
                let line = err.span().map_or(1, |span| source.line_of(span.start));
                let message = err.message().lines().next().unwrap_or("invalid TOML");
                self.diags
                    .at_line(source, line, format!("TOML schema error: {message}"));
                None
            }
        }
    }

    fn read_manifest(&mut self, path: &Path, built: &str) -> Option<Manifest> {
        let file = self.load(path)?;
        let raw: RawManifest = self.parse(file)?;
        let stale_after = self.date(file, raw.stale_after, "stale_after")?;
        if *raw.content_version.get_ref() == 0 {
            let message = "`content_version` must be a positive number".to_owned();
            self.diags
                .at(&self.files[file], &raw.content_version, message);
            return None;
        }
        Some(Manifest {
            content_version: raw.content_version.into_inner(),
            built: built.to_owned(),
            stale_after,
            coverage: raw.coverage.into_iter().map(Spanned::into_inner).collect(),
            reference_locale: REFERENCE_LOCALE.to_owned(),
            min_core_version: amparo_model::CORE_VERSION,
        })
    }
}

/// What the first screens show, packed in each locale's first part: every
/// message the run time shows by name and each situation's title and
/// summary (the topic list). Declared here once; the run time only knows
/// that the pack lists them first.
fn first_screen_messages(topics: &[TopicRecord]) -> BTreeSet<String> {
    messages::ALL
        .iter()
        .map(|id| (*id).to_owned())
        .chain(
            topics
                .iter()
                .flat_map(|t| [t.title.clone(), t.summary.clone()]),
        )
        .collect()
}

fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut entries = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect::<Vec<_>>();
    entries.sort();
    Ok(entries)
}

fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension().is_some_and(|e| e == extension)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::is_date;

    #[test]
    fn dates_are_real_calendar_dates() {
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
        assert!(!is_date("2025-13-01"));
        assert!(!is_date("2025-1-01"));
        assert!(!is_date("01/02/2025"));
    }

    #[test]
    fn civil_dates_from_days() {
        assert_eq!(civil_date(0), "1970-01-01");
        // 2026-11-21 is day 20_778 since the epoch.
        assert_eq!(civil_date(20_778), "2026-11-21");
        assert_eq!(civil_date(11_016), "2000-02-29");
    }
}
