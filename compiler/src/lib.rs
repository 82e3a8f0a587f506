//! The content compiler: `content/` (TOML) and `locales/` (Fluent) in, a
//! validated [`Pack`] out, or every problem found as `file:line: what`.
//!
//! It runs at build time (the `amparo-content` build script) and for authors
//! (`amparo check`), never on a phone. It reports all problems it can find in
//! one run rather than stopping at the first, so authors fix them in one go.

mod directory;
mod fluent;
mod geo;
mod hours;
pub mod l10n;
pub mod pack;
mod phones;
mod schema;
mod states;
mod warrant;

pub use phones::FORBIDDEN_NUMBERS;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
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

/// One problem, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based; 0 when the problem is with the file as a whole.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
        }
    }
}

/// A file read into memory, for line lookups.
pub(crate) struct SourceFile {
    path: PathBuf,
    text: String,
}

impl SourceFile {
    fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }
}

#[derive(Default)]
pub(crate) struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    fn at_offset(&mut self, file: &SourceFile, offset: usize, message: String) {
        self.at_line(file, file.line_of(offset), message);
    }

    fn at_line(&mut self, file: &SourceFile, line: usize, message: String) {
        self.0.push(Diagnostic {
            file: file.path.clone(),
            line,
            message,
        });
    }

    fn at<T>(&mut self, file: &SourceFile, spanned: &Spanned<T>, message: String) {
        self.at_offset(file, spanned.span().start, message);
    }

    fn whole_file(&mut self, path: &Path, message: String) {
        self.0.push(Diagnostic {
            file: path.to_owned(),
            line: 0,
            message,
        });
    }
}

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
        let topics = self.read_topics(&content_dir.join("topics"), &state_ids);
        let warrant = self.read_warrant(&content_dir.join("warrant.toml"));
        let locales = self.read_locales(locales_dir);
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
            },
            message_ids: std::mem::take(&mut self.message_ids),
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
        Some(Manifest {
            version: raw.version.into_inner(),
            built: built.to_owned(),
            coverage: raw.coverage.into_iter().map(Spanned::into_inner).collect(),
            reference_locale: REFERENCE_LOCALE.to_owned(),
        })
    }

    /// Reads every `sources/*.toml`: one registry, split into files so that
    /// authors working on different topics do not edit the same file.
    fn read_sources(&mut self, dir: &Path) -> Vec<Source> {
        let paths = match sorted_entries(dir) {
            Ok(paths) => paths,
            Err(err) => {
                self.diags
                    .whole_file(dir, format!("cannot read the sources folder: {err}"));
                return Vec::new();
            }
        };
        let mut sources = Vec::new();
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for path in paths.iter().filter(|p| has_extension(p, "toml")) {
            let Some(file) = self.load(path) else {
                continue;
            };
            let Some(raw) = self.parse::<RawSources>(file) else {
                continue;
            };
            for record in raw.sources {
                let record = record.into_inner();
                let source = &self.files[file];
                let at = format!(
                    "{}:{}",
                    source.path.display(),
                    source.line_of(record.id.span().start)
                );
                if let Some(first) = seen.get(record.id.get_ref()) {
                    self.diags.at(
                        source,
                        &record.id,
                        format!(
                            "duplicate source id `{}` (first defined at {first})",
                            record.id.get_ref()
                        ),
                    );
                    continue;
                }
                seen.insert(record.id.get_ref().clone(), at);
                match (&record.url, &record.citation) {
                    (Some(url), _) => {
                        let text = url.get_ref();
                        if !(text.starts_with("https://") || text.starts_with("http://"))
                            || text.contains(char::is_whitespace)
                        {
                            self.diags.at(
                                source,
                                url,
                                format!(
                                    "source `{}` needs a web address (http:// or https://)",
                                    record.id.get_ref()
                                ),
                            );
                        }
                    }
                    (None, Some(citation)) if !citation.trim().is_empty() => {}
                    (None, _) => self.diags.at(
                        source,
                        &record.id,
                        format!(
                            "source `{}` needs a `url`, or a `citation` for a court opinion",
                            record.id.get_ref()
                        ),
                    ),
                }
                let date = self.source_date(file, &record.date);
                self.sources
                    .insert(record.id.get_ref().clone(), sources.len());
                sources.push(Source {
                    id: record.id.into_inner(),
                    url: record.url.map(Spanned::into_inner),
                    citation: record.citation,
                    publisher: record.publisher,
                    tier: record.tier,
                    date,
                });
            }
        }
        sources
    }

    /// Reads an optional file of `[[kind]]` records. Each record's id must be
    /// unique and its provenance complete; `build` turns it into the model.
    fn read_records<L: DeserializeOwned, R: RawRecord, T>(
        &mut self,
        path: &Path,
        kind: &str,
        records: impl FnOnce(L) -> Vec<Spanned<R>>,
        mut build: impl FnMut(&mut Self, usize, R, Provenance) -> T,
    ) -> Vec<T> {
        let Some(file) = self.load_optional(path) else {
            return Vec::new();
        };
        let Some(list) = self.parse::<L>(file) else {
            return Vec::new();
        };
        self.checked_records(file, kind, records(list), |this, record, provenance| {
            build(this, file, record, provenance)
        })
    }

    /// The records of one kind in `file`: duplicates are reported and
    /// dropped, provenance is checked, then `build` makes each model record.
    /// Every record with `sources` and `checked` goes through here.
    fn checked_records<R: RawRecord, T>(
        &mut self,
        file: usize,
        kind: &str,
        records: Vec<Spanned<R>>,
        mut build: impl FnMut(&mut Self, R, Provenance) -> T,
    ) -> Vec<T> {
        let mut seen = Ids::default();
        let mut built = Vec::new();
        for spanned in records {
            let line = self.files[file].line_of(spanned.span().start);
            let mut record = spanned.into_inner();
            if !seen.insert(&mut self.diags, &self.files[file], record.id(), kind) {
                continue;
            }
            let what = format!("{kind} `{}`", record.id().get_ref());
            let (sources, checked) = record.take_provenance();
            let provenance = self.provenance(file, line, &what, sources, checked);
            built.push(build(self, record, provenance));
        }
        built
    }

    fn read_regions(&mut self, path: &Path) -> Vec<RegionRecord> {
        let mut parents = Vec::new();
        let regions = self.read_records(
            path,
            "region",
            |list: RawRegions| list.regions,
            |this, file, record, provenance| {
                parents.extend(record.within.clone());
                if record.kind == RegionKind::State && record.time_zone.is_none() {
                    let message = format!(
                        "state `{}` needs a `time_zone`: local times there are read on its clock",
                        record.id.get_ref()
                    );
                    this.diags.at(&this.files[file], &record.id, message);
                }
                RegionRecord {
                    id: record.id.into_inner(),
                    kind: record.kind,
                    name: record.name,
                    within: record.within.map(Spanned::into_inner),
                    time_zone: record.time_zone,
                    provenance,
                }
            },
        );
        let ids: BTreeSet<String> = regions.iter().map(|r| r.id.clone()).collect();
        if let Some(file) = self.files.iter().position(|f| f.path == path) {
            self.region_refs(file, parents, &ids);
        }
        regions
    }

    /// A state folder's laws (`folder_state`), or the national table, whose
    /// records each name their `state`.
    fn read_laws(
        &mut self,
        path: &Path,
        folder_state: Option<&str>,
        states: &BTreeSet<String>,
    ) -> Vec<LawRecord> {
        self.read_records(
            path,
            "law",
            |list: RawLaws| list.laws,
            |this, file, record, provenance| {
                let state = match (folder_state, record.state) {
                    (Some(state), None) => state.to_owned(),
                    (None, Some(state)) => this
                        .known_refs(file, vec![state], states, "state", "us/states.csv")
                        .into_iter()
                        .next()
                        .unwrap_or_default(),
                    (Some(state), Some(extra)) => {
                        let message = format!(
                            "law `{}` is in a state's folder: drop `state` (the folder says it)",
                            record.id.get_ref()
                        );
                        this.diags.at(&this.files[file], &extra, message);
                        state.to_owned()
                    }
                    (None, None) => {
                        let message = format!(
                            "law `{}` needs a `state` (e.g. \"us-il\")",
                            record.id.get_ref()
                        );
                        this.diags.at(&this.files[file], &record.id, message);
                        String::new()
                    }
                };
                LawRecord {
                    state,
                    signed: record.signed.and_then(|d| this.date(file, d, "signed")),
                    effective: record
                        .effective
                        .and_then(|d| this.date(file, d, "effective")),
                    name: this.message_ref(file, record.name),
                    summary: this.message_ref(file, record.summary),
                    does_not: record.does_not.map(|d| this.message_ref(file, d)),
                    year: record.year,
                    effect: record.effect,
                    confidence: record.confidence,
                    id: record.id.into_inner(),
                    citation: record.citation,
                    status: record.status,
                    review: record.review,
                    provenance,
                }
            },
        )
    }

    fn read_topics(&mut self, dir: &Path, states: &BTreeSet<String>) -> Vec<TopicRecord> {
        let paths = match sorted_entries(dir) {
            Ok(paths) => paths,
            Err(err) => {
                self.diags
                    .whole_file(dir, format!("cannot read the topics folder: {err}"));
                return Vec::new();
            }
        };
        let mut topics: Vec<(usize, usize, TopicRecord)> = Vec::new();
        let mut ids: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        let mut orders: BTreeMap<u32, String> = BTreeMap::new();
        for path in paths.iter().filter(|p| has_extension(p, "toml")) {
            let Some(file) = self.load(path) else {
                continue;
            };
            let Some(raw) = self.parse::<RawTopic>(file) else {
                continue;
            };
            let source = &self.files[file];
            let id_line = source.line_of(raw.id.span().start);
            let id = raw.id.get_ref().clone();
            if let Some((first_file, first_line)) = ids.get(&id) {
                let first = self.files[*first_file].path.display().to_string();
                self.diags.at_line(
                    source,
                    id_line,
                    format!("duplicate topic id `{id}` (first defined at {first}:{first_line})"),
                );
                continue;
            }
            ids.insert(id.clone(), (file, id_line));
            if let Some(other) = orders.insert(*raw.order.get_ref(), id.clone()) {
                self.diags.at(
                    source,
                    &raw.order,
                    format!("topic `{id}` has the same `order` as topic `{other}`"),
                );
            }
            if raw.steps.is_empty() {
                self.diags
                    .at_line(source, id_line, format!("topic `{id}` has no [[step]]"));
            }
            let topic_scope = self.scope(file, raw.scope, states);
            let steps = self.checked_records(file, "step", raw.steps, |this, step, provenance| {
                StepRecord {
                    scope: this.scope(file, step.scope, states),
                    id: step.id.into_inner(),
                    action: this.message_ref(file, step.action),
                    on_card: step.on_card.unwrap_or(true),
                    say: step
                        .say
                        .map(|say| this.critical_ref(file, say, "a line to say")),
                    why: this.message_ref(file, step.why),
                    links: step
                        .links
                        .into_iter()
                        .filter_map(|link| this.web_link(file, link))
                        .collect(),
                    provenance,
                }
            });
            let do_not =
                self.checked_records(file, "do_not", raw.do_not, |this, point, provenance| {
                    DoNotRecord {
                        scope: this.scope(file, point.scope, states),
                        id: point.id.into_inner(),
                        text: this.critical_ref(file, point.text, "a do-not point"),
                        provenance,
                    }
                });
            let order = *raw.order.get_ref();
            topics.push((
                order as usize,
                file,
                TopicRecord {
                    id,
                    order,
                    icon: raw.icon,
                    title: self.message_ref(file, raw.title),
                    summary: self.message_ref(file, raw.summary),
                    review: raw.review,
                    scope: topic_scope,
                    steps,
                    do_not,
                },
            ));
        }
        topics.sort_by_key(|(order, _, _)| *order);
        topics.into_iter().map(|(_, _, topic)| topic).collect()
    }

    fn read_locales(&mut self, locales_dir: &Path) -> Vec<LocaleResources> {
        let dirs = match sorted_entries(locales_dir) {
            Ok(dirs) => dirs,
            Err(err) => {
                self.diags.whole_file(
                    locales_dir,
                    format!("cannot read the locales folder: {err}"),
                );
                return Vec::new();
            }
        };
        let mut read = Vec::new();
        for dir in dirs.into_iter().filter(|d| d.is_dir()) {
            let tag = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if l10n::PSEUDO_LOCALES.contains(&tag.as_str()) {
                self.diags.whole_file(
                    &dir,
                    format!("`{tag}` is a pseudo-locale for layout tests: `amparo l10n pseudo` generates it outside `locales/`, and it is never shipped"),
                );
                continue;
            }
            if LanguageIdentifier::from_str(&tag).is_err() {
                self.diags.whole_file(
                    &dir,
                    format!("`{tag}` is not a BCP-47 language tag (expected e.g. `es`, `zh-Hant`)"),
                );
                continue;
            }
            let meta = self
                .load(&dir.join("locale.toml"))
                .and_then(|file| self.parse::<RawLocale>(file));
            let files: Vec<usize> = sorted_entries(&dir)
                .unwrap_or_default()
                .iter()
                .filter(|p| has_extension(p, "ftl"))
                .filter_map(|path| self.load(path))
                .collect();
            let sources: Vec<&SourceFile> = files.iter().map(|&i| &self.files[i]).collect();
            let messages = fluent::read_locale(&sources, &mut self.diags);
            read.push(ReadLocale {
                tag,
                meta,
                files,
                messages,
            });
        }

        let Some(en) = read.iter().position(|l| l.tag == REFERENCE_LOCALE) else {
            self.diags.whole_file(
                locales_dir,
                format!("the reference locale `{REFERENCE_LOCALE}` is missing"),
            );
            return Vec::new();
        };
        self.check_message_refs(&read[en]);
        for (index, locale) in read.iter().enumerate() {
            if index != en {
                self.check_translation(locale, &read[en].messages);
            }
        }

        let english = &read[en].messages.messages;
        let reference_messages = count(english.len());
        let message_ids: Vec<String> = english.keys().cloned().collect();
        let mut resources = Vec::new();
        for locale in &read {
            let Some(meta) = locale.meta.as_ref() else {
                continue;
            };
            let translated = english
                .keys()
                .filter(|id| {
                    locale
                        .messages
                        .messages
                        .get(*id)
                        .is_some_and(|m| m.has_value)
                })
                .count();
            let bodies: BTreeMap<String, String> = locale
                .messages
                .messages
                .iter()
                .filter(|(id, _)| english.contains_key(*id))
                .map(|(id, message)| (id.clone(), message.body.clone()))
                .collect();
            let text = pack::pack_locale_text(&message_ids, &bodies);
            let resource = LocaleResources {
                tag: locale.tag.clone(),
                native_name: meta.native_name.clone(),
                direction: meta.direction,
                translation: if locale.tag == REFERENCE_LOCALE {
                    TranslationOrigin::Original
                } else {
                    meta.translation
                },
                human_reviewed: meta.human_reviewed,
                speech_locale: meta.speech_locale.clone(),
                translated_messages: count(translated),
                reference_messages,
                text,
            };
            // The compact form must say exactly what the files say.
            let files: Vec<&SourceFile> = locale.files.iter().map(|&i| &self.files[i]).collect();
            let rebuilt = pack::locale_source(&message_ids, &resource)
                .map_err(|err| err.to_string())
                .and_then(|source| fluent::same_messages(&files, &source));
            if let Err(reason) = rebuilt {
                let dir = locales_dir.join(&locale.tag);
                self.diags.whole_file(
                    &dir,
                    format!("the packed text differs from the files ({reason}); report this as a compiler bug"),
                );
            }
            resources.push(resource);
        }
        self.message_ids = message_ids;
        resources
    }

    /// Every id content refers to (and every id the core itself shows) must
    /// exist in English with a value.
    fn check_message_refs(&mut self, en: &ReadLocale) {
        for reference in &self.message_refs {
            let file = &self.files[reference.file];
            match en.messages.messages.get(&reference.id) {
                None => self.diags.at_line(
                    file,
                    reference.line,
                    format!(
                        "message `{}` is not defined in `{REFERENCE_LOCALE}`",
                        reference.id
                    ),
                ),
                Some(message) if !message.has_value => self.diags.at_line(
                    file,
                    reference.line,
                    format!(
                        "message `{}` has no value in `{REFERENCE_LOCALE}`",
                        reference.id
                    ),
                ),
                Some(_) => {}
            }
        }
        // The run time shows these by name (crate::messages); a pack without
        // one would show a person the bare id.
        for id in messages::ALL {
            let defined = en
                .messages
                .messages
                .get(*id)
                .is_some_and(|message| message.has_value);
            if !defined {
                let path = en.files.first().map_or_else(
                    || PathBuf::from(REFERENCE_LOCALE),
                    |&f| self.files[f].path.clone(),
                );
                self.diags.whole_file(
                    &path,
                    format!("message `{id}`, which the app itself shows, is not defined in `{REFERENCE_LOCALE}`"),
                );
            }
        }
    }

    /// A translation may not invent messages or variables: the app only ever
    /// passes what English expects.
    fn check_translation(&mut self, locale: &ReadLocale, en: &LocaleMessages) {
        for (id, message) in &locale.messages.messages {
            let file = &self.files[locale.files[message.file]];
            let Some(english) = en.messages.get(id) else {
                self.diags.at_line(
                    file,
                    message.line,
                    format!("message `{id}` is not in `{REFERENCE_LOCALE}`; translate only English messages"),
                );
                continue;
            };
            for variable in message.variables.difference(&english.variables) {
                self.diags.at_line(
                    file,
                    message.line,
                    format!(
                        "message `{id}` uses `${variable}`, which the English message does not have"
                    ),
                );
            }
        }
    }

    /// A message that must be back-translated in every locale: its id must
    /// be one [`l10n::is_safety_critical`] names, so no check can miss it.
    fn critical_ref(&mut self, file: usize, id: Text, what: &str) -> String {
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
    fn web_link(&mut self, file: usize, link: Text) -> Option<String> {
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

    fn message_ref(&mut self, file: usize, id: Text) -> String {
        let line = self.files[file].line_of(id.span().start);
        let id = id.into_inner();
        self.message_refs.push(MessageRef {
            file,
            line,
            id: id.clone(),
        });
        id
    }

    fn provenance(
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
    fn source_date(&mut self, file: usize, date: &Text) -> Option<String> {
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

    fn date(&mut self, file: usize, date: Text, field: &str) -> Option<String> {
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

    /// A state's baseline: what its laws let local police and jails do.
    fn read_policy(
        &mut self,
        path: &Path,
        regions: &BTreeSet<String>,
        laws: &BTreeSet<String>,
    ) -> Vec<PolicyText> {
        let Some(file) = self.load_optional(path) else {
            return Vec::new();
        };
        let Some(raw) = self.parse::<RawPolicy>(file) else {
            return Vec::new();
        };
        self.checked_records(
            file,
            "policy baseline",
            raw.baselines,
            |this, record, provenance| {
                let region = this.region_refs(file, vec![record.id], regions);
                PolicyText {
                    region: region.into_iter().next().unwrap_or_default(),
                    text: this.message_ref(file, record.text),
                    laws: this.known_refs(file, record.laws, laws, "law", "laws.toml"),
                    review: record.review,
                    provenance,
                }
            },
        )
    }

    /// A topic's, step's or point's scope: a state's region id, or none.
    fn scope(
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

    fn read_credits(&mut self, path: &Path) -> Vec<Credit> {
        let Some(file) = self.load_optional(path) else {
            return Vec::new();
        };
        self.parse::<RawCredits>(file)
            .map(|raw| raw.credits)
            .unwrap_or_default()
    }

    fn schedule(&mut self, file: usize, hours: &Text) -> Option<Vec<HoursRange>> {
        match hours::parse(hours.get_ref()) {
            Ok(ranges) => Some(ranges),
            Err(why) => {
                self.diags
                    .at(&self.files[file], hours, format!("bad `hours`: {why}"));
                None
            }
        }
    }

    fn language_tags(&mut self, file: usize, tags: Vec<Text>) -> Vec<String> {
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

    fn known_refs(
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

    fn region_refs(
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
struct Ids(BTreeMap<String, usize>);

impl Ids {
    /// `false` (and a diagnostic) if `id` was already seen.
    fn insert(
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

fn is_date(text: &str) -> bool {
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
