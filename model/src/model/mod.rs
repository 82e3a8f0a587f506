//! The compiled content model: what a content pack holds.
//!
//! Records are language-neutral: every human sentence is a Fluent message id,
//! resolved at run time through the negotiated locale chain. Facts (phone
//! numbers, citations, URLs, dates) are plain fields, never inside messages.

use serde::{Deserialize, Serialize};

mod directory;
mod local;
mod training;
mod warrant;

pub use directory::*;
pub use training::*;
pub use warrant::*;

pub use local::{
    Caution, Cost, FacilityKind, FacilityRecord, FacilityStatus, Jurisdiction, LocalPolicyRecord,
    PolicyCategory, PolicyStatus, Reporter, StateRecord, ZipPrefix,
};

/// Everything one content pack carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    pub manifest: Manifest,
    pub catalog: Catalog,
    /// Every message id of the reference locale, in the order each
    /// locale's [`SplitText`] lists its messages: first the
    /// `first_messages` that the first screens show (the run time's own
    /// labels, the situations' titles and summaries), then the rest; each
    /// group sorted, so an id is found by binary search.
    pub message_ids: Vec<String>,
    pub first_messages: u32,
    pub locales: Vec<LocaleResources>,
}

/// What a pack is, for `content_info` and for choosing between packs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// The content's version, a number that only grows (`content/pack.toml`
    /// writes it as the date and a serial, 2026120102): a pack replaces the
    /// content in use only with a higher one.
    pub content_version: u64,
    /// The day the pack was compiled (YYYY-MM-DD, UTC).
    pub built: String,
    /// After this day (YYYY-MM-DD) the content is old enough that a shell
    /// should say so and look for a newer pack; it is still shown.
    pub stale_after: String,
    /// Where the content applies, e.g. "US-CA".
    pub coverage: Vec<String>,
    /// Always "en": the complete reference every other locale falls back to.
    pub reference_locale: String,
    /// The oldest core (major, minor, patch) that reads this content right.
    pub min_core_version: [u16; 3],
}

/// The language-neutral records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub sources: Vec<Source>,
    /// Sorted by `order`.
    pub topics: Vec<TopicRecord>,
    pub laws: Vec<LawRecord>,
    pub hotlines: Vec<HotlineRecord>,
    pub organizations: Vec<OrganizationRecord>,
    pub regions: Vec<RegionRecord>,
    pub geography: Geography,
    pub policy: PolicyRecord,
    pub warrant: WarrantTree,
    /// ICE detention facilities of the covered states, open and closed.
    pub facilities: Vec<FacilityRecord>,
    /// ICE's online detainee locator, for a shell to open (the core opens
    /// nothing).
    pub detainee_locator: Option<DetaineeLocator>,
    /// Every US state and DC, with or without content.
    pub states: Vec<StateRecord>,
    /// Three-digit ZIP prefixes to their state, sorted, and the few ZIPs
    /// whose state is not their prefix's: how a ZIP in a state without
    /// content still finds its state.
    pub zip_prefixes: Vec<ZipPrefix>,
    pub zip_exceptions: Vec<ZipPrefix>,
    /// Whom the app must credit for its data (licences that require it).
    pub credits: Vec<Credit>,
    /// Every situation's quiz questions, in topic order, then file order.
    pub questions: Vec<QuestionRecord>,
    pub family_plan: FamilyPlanRecord,
    pub emergency_messages: Vec<EmergencyMessageRecord>,
}

/// Where families look up a person held by ICE.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DetaineeLocator {
    pub url: String,
    pub provenance: Provenance,
}

/// A page that a fact was taken from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    /// Its web address; `None` only for a source known by its citation.
    pub url: Option<String>,
    /// A legal citation ("885 F.3d 332 (5th Cir. 2018)"), for a court
    /// opinion the research names without a web address.
    pub citation: Option<String>,
    pub publisher: String,
    pub tier: SourceTier,
    /// The date the page itself shows (its publication or update), as
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` when the page shows none.
    /// Not the day it was read: that is a record's `checked`.
    pub date: Option<String>,
}

impl Source {
    /// How to find it: the web address, else the citation.
    pub fn reference(&self) -> &str {
        self.url
            .as_deref()
            .or(self.citation.as_deref())
            .unwrap_or_default()
    }
}

/// How much weight a source carries (the research notes' [P], [R], [S]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceTier {
    /// A statute, bill, government page, or the organization's own page.
    Primary,
    /// A copy of a primary text hosted elsewhere (a statute on a law site).
    Mirror,
    /// Mainstream news or an ACLU affiliate reporting ACLU guidance.
    Reputable,
    /// A blog, aggregator or mirror: corroboration only.
    Weak,
}

/// Whether a lawyer has reviewed a piece of legal text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LegalReview {
    Unreviewed,
    LawyerReviewed,
}

/// Where a record's facts come from and when they were checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// Ids into `Catalog::sources`; never empty.
    pub sources: Vec<String>,
    /// YYYY-MM-DD.
    pub checked: String,
}

/// A situation someone may be in ("at-home", "traffic-stop").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopicRecord {
    pub id: String,
    pub order: u32,
    pub icon: String,
    pub title: String,
    pub summary: String,
    pub review: LegalReview,
    /// `None`: everywhere (federal rights); a state's region id ("us-ca")
    /// when the whole situation rests on that state's laws.
    pub scope: Option<String>,
    pub steps: Vec<StepRecord>,
    /// Things not to do in this situation.
    pub do_not: Vec<DoNotRecord>,
}

/// One "do not" point. `text` is a Fluent message id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DoNotRecord {
    pub id: String,
    pub text: String,
    /// `None`: everywhere; a state's region id for a state's law.
    pub scope: Option<String>,
    pub provenance: Provenance,
}

/// One thing to do, in order. Fields are Fluent message ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepRecord {
    pub id: String,
    /// `None`: everywhere; a state's region id ("us-ca") for a step that
    /// rests on that state's law, so no one elsewhere reads it as theirs.
    pub scope: Option<String>,
    /// What to do.
    pub action: String,
    /// The exact words to say, if any.
    pub say: Option<String>,
    /// Whether `say` is for an officer, and so goes on the rights card
    /// (words for a scam caller, say, do not).
    pub on_card: bool,
    /// Why it matters.
    pub why: String,
    /// Web addresses the step points to (https), kept out of the text so
    /// they are never reordered in right-to-left text or mistranslated.
    pub links: Vec<String>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LawRecord {
    pub id: String,
    /// The state whose law it is ("us-ca").
    pub state: String,
    /// E.g. "Gov. Code §§7284–7284.12".
    pub citation: String,
    pub status: LawStatus,
    /// YYYY-MM-DD, when known from the sources.
    pub signed: Option<String>,
    pub effective: Option<String>,
    /// Fluent message ids: its name, what it means for a person, and what it
    /// does not do.
    pub name: String,
    pub summary: String,
    /// `None` for the short records of the national table.
    pub does_not: Option<String>,
    /// The year as the research gives it, for records without full dates.
    pub year: Option<String>,
    /// For the national table: whether it limits or mandates cooperation.
    pub effect: Option<CooperationEffect>,
    /// The research's confidence, where it gives one.
    pub confidence: Option<Confidence>,
    pub review: LegalReview,
    pub provenance: Provenance,
}

/// What a state's law does to cooperation with immigration enforcement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CooperationEffect {
    LimitsCooperation,
    MandatesCooperation,
    /// Something else, such as a state immigration crime.
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LawStatus {
    InForce,
    DidNotPass,
    Vetoed,
    /// Enacted, but its enforcement is being fought in court.
    InCourt,
    /// A court has blocked it, fully or in key parts.
    Blocked,
    /// Replaced or amended by a later law (listed too).
    Superseded,
    /// Passed, but whether it became law or took effect is not confirmed.
    Unconfirmed,
}

/// The time zones schedules and states are in (IANA names in content).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeZone {
    #[serde(rename = "America/Los_Angeles")]
    Pacific,
    #[serde(rename = "America/New_York")]
    Eastern,
}

impl TimeZone {
    pub const ALL: [TimeZone; 2] = [TimeZone::Pacific, TimeZone::Eastern];

    /// The IANA name, as content writes it.
    pub fn iana(self) -> &'static str {
        match self {
            TimeZone::Pacific => "America/Los_Angeles",
            TimeZone::Eastern => "America/New_York",
        }
    }
}

/// Opening hours as day-and-time ranges, minutes from midnight, on the
/// clock of `time_zone`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklySchedule {
    pub ranges: Vec<HoursRange>,
    pub time_zone: TimeZone,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursRange {
    /// Bit 0 is Monday … bit 6 Sunday.
    pub days: u8,
    /// Minutes after midnight, `from` < `to` ≤ 1440.
    pub from: u16,
    pub to: u16,
}

/// Counties and ZIPs: what the help finder resolves places with.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Geography {
    pub counties: Vec<CountyRecord>,
    /// Sorted by `zip`.
    pub zips: Vec<ZipRecord>,
    /// Short names people use ("la", "sf", Connecticut's former counties),
    /// folded, with the counties they mean, the likeliest first.
    pub aliases: Vec<(String, Vec<String>)>,
}

impl Geography {
    /// The states with counties, in the order their counties come.
    pub fn states(&self) -> Vec<String> {
        let mut states: Vec<String> = Vec::new();
        for county in &self.counties {
            if !states.contains(&county.state) {
                states.push(county.state.clone());
            }
        }
        states
    }

    /// One state's part: its counties, the ZIPs of its counties, and the
    /// short names whose first county is one of its own (each state's folder
    /// names only its own counties).
    pub fn of_state(&self, state: &str) -> Geography {
        // A table, not a search per ZIP: at US scale a search made this
        // quadratic (minutes for ten copies of the country).
        let states: std::collections::HashMap<&str, &str> = self
            .counties
            .iter()
            .map(|county| (county.fips.as_str(), county.state.as_str()))
            .collect();
        let state_of = |fips: &str| states.get(fips).copied();
        Geography {
            counties: self
                .counties
                .iter()
                .filter(|county| county.state == state)
                .cloned()
                .collect(),
            zips: self
                .zips
                .iter()
                .filter(|zip| state_of(&zip.county) == Some(state))
                .cloned()
                .collect(),
            aliases: self
                .aliases
                .iter()
                .filter(|(_, counties)| {
                    counties.first().and_then(|fips| state_of(fips)) == Some(state)
                })
                .cloned()
                .collect(),
        }
    }

    /// The states' parts put back together: what [`Self::of_state`] split,
    /// in the same order, ZIPs sorted.
    pub fn merge(parts: impl IntoIterator<Item = Geography>) -> Geography {
        let mut whole = Geography::default();
        for part in parts {
            whole.counties.extend(part.counties);
            whole.zips.extend(part.zips);
            whole.aliases.extend(part.aliases);
        }
        whole.zips.sort_by(|a, b| a.zip.cmp(&b.zip));
        whole
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountyRecord {
    /// 5-digit FIPS code; also its region id.
    pub fips: String,
    pub name: String,
    /// As written out: "Los Angeles County", "South Central Connecticut
    /// Planning Region".
    pub name_full: String,
    /// The region id of its state ("us-ca").
    pub state: String,
    pub seat: String,
    /// A point inside the county: (latitude, longitude).
    pub interior: (f64, f64),
    /// min lon, min lat, max lon, max lat.
    pub bbox: [f64; 4],
    /// Outer rings with their holes; points are (longitude, latitude).
    pub polygons: Vec<PolygonRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolygonRecord {
    pub exterior: Vec<(f64, f64)>,
    pub holes: Vec<Vec<(f64, f64)>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ZipRecord {
    pub zip: String,
    /// (latitude, longitude).
    pub point: (f64, f64),
    pub county: String,
    /// Other counties the ZIP's area reaches into.
    pub also_counties: Vec<String>,
    pub city: String,
}

/// What local police and jails may and may not do, per state and county.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PolicyRecord {
    /// One baseline per state: what its laws let local police and jails do.
    pub baselines: Vec<PolicyText>,
    /// County and city policies beyond or against the state's laws.
    pub local: Vec<LocalPolicyRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolicyText {
    /// The region this applies to ("us-ca" or a county FIPS).
    pub region: String,
    /// Fluent message id.
    pub text: String,
    /// Law ids this text explains.
    pub laws: Vec<String>,
    pub review: LegalReview,
    pub provenance: Provenance,
}

/// A credit the app must show for data it uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credit {
    pub name: String,
    pub license: String,
    pub url: String,
    pub used_for: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RegionKind {
    Country,
    State,
    County,
}

/// One locale's Fluent text and what is known about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocaleResources {
    /// BCP-47 tag, e.g. "es" or "zh-Hant".
    pub tag: String,
    pub native_name: String,
    pub direction: TextDirection,
    pub translation: TranslationOrigin,
    /// Whether a person fluent in the language reviewed the translation.
    pub human_reviewed: bool,
    /// The locale a shell asks the phone's text-to-speech engine for, e.g.
    /// "fil-PH" (a voice is chosen by region as much as by language).
    pub speech_locale: String,
    /// How many of the reference locale's messages this locale has.
    pub translated_messages: u32,
    pub reference_messages: u32,
    /// The messages, compressed; unpacked only when the locale is in a
    /// negotiated chain, so every added locale costs bytes, not time. Not
    /// part of the header's copy of this record: in a pack file the text is
    /// the locale's own section.
    #[serde(skip)]
    pub text: SplitText,
}

/// Entries in two zstd frames: `first` holds the first
/// [`Pack::first_messages`] entries, `rest` the others, each unpacking to
/// the entries separated by NUL. The first screens need only `first`, so
/// starting up unpacks a few kilobytes, not a whole language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SplitText {
    pub first: Compressed,
    pub rest: Compressed,
}

/// Bytes compressed with zstd. A locale's text unpacks to the Fluent source
/// of each message after `id =`, in the order of [`Pack::message_ids`],
/// separated by NUL (an empty entry is a message the locale lacks): the ids
/// are stored once for all locales rather than in each (see [`SplitText`]).
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Compressed {
    #[serde(with = "serde_bytes")]
    pub compressed: Vec<u8>,
    /// The size once unpacked, so a forged size is refused before allocating.
    pub unpacked_len: u32,
}

impl std::fmt::Debug for Compressed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Compressed({} bytes, {} unpacked)",
            self.compressed.len(),
            self.unpacked_len
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextDirection {
    Ltr,
    Rtl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationOrigin {
    /// The reference text itself.
    Original,
    Human,
    Machine,
}
