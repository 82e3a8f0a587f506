//! The compiled content model: what a content pack holds.
//!
//! Records are language-neutral: every human sentence is a Fluent message id,
//! resolved at run time through the negotiated locale chain. Facts (phone
//! numbers, citations, URLs, dates) are plain fields, never inside messages.

use serde::{Deserialize, Serialize};

/// Everything one content pack carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    pub manifest: Manifest,
    pub catalog: Catalog,
    pub locales: Vec<LocaleResources>,
}

/// What a pack is, for `content_info` and for choosing between packs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// The content's own version, set by its authors in `content/pack.toml`.
    pub version: String,
    /// The day the pack was compiled (YYYY-MM-DD, UTC).
    pub built: String,
    /// Where the content applies, e.g. "US-CA".
    pub coverage: Vec<String>,
    /// Always "en": the complete reference every other locale falls back to.
    pub reference_locale: String,
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
    /// Whom the app must credit for its data (licences that require it).
    pub credits: Vec<Credit>,
}

/// A page that a fact was taken from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub url: String,
    pub publisher: String,
    pub tier: SourceTier,
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
    pub steps: Vec<StepRecord>,
    /// Things not to do in this situation.
    pub do_not: Vec<DoNotRecord>,
}

/// One "do not" point. `text` is a Fluent message id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DoNotRecord {
    pub id: String,
    pub text: String,
    pub provenance: Provenance,
}

/// One thing to do, in order. Fields are Fluent message ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepRecord {
    pub id: String,
    /// What to do.
    pub action: String,
    /// The exact words to say, if any.
    pub say: Option<String>,
    /// Whether `say` is for an officer, and so goes on the rights card
    /// (words for a scam caller, say, do not).
    pub on_card: bool,
    /// Why it matters.
    pub why: String,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LawRecord {
    pub id: String,
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
    pub does_not: String,
    pub review: LegalReview,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LawStatus {
    InForce,
    DidNotPass,
    Vetoed,
    /// Enacted, but its enforcement is being fought in court.
    InCourt,
}

/// Who runs a line: people need to know a government line is not an advocate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Operator {
    Community,
    Government,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HotlineRecord {
    pub id: String,
    /// The line's own name (a proper noun, not translated).
    pub name: String,
    pub kind: HotlineKind,
    pub operator: Operator,
    /// E.164, normalised and validated at build time.
    pub phone: String,
    /// Region ids this line serves ("us", "us-ca", or a county FIPS code).
    pub serves: Vec<String>,
    /// As written in the content (OpenStreetMap `opening_hours` syntax, in
    /// California time); `None` when no source states the hours.
    pub hours: Option<String>,
    /// `hours`, compiled for the "open now" check.
    pub schedule: Option<WeeklySchedule>,
    /// BCP-47 tags of languages a source says the line answers in.
    pub languages: Vec<String>,
    pub confidence: Confidence,
    /// How old the sources are, as the research states it ("2025-01-24",
    /// "undated list (2025 app data)").
    pub source_dates: Option<String>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HotlineKind {
    RapidResponse,
    DetentionInfo,
    CourtInfo,
    LawyerReferral,
    /// A government office that refers people to services.
    Referral,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationRecord {
    pub id: String,
    pub name: String,
    /// The city it is based in, when a source names one.
    pub city: Option<String>,
    /// The county it is placed in (FIPS).
    pub county: String,
    /// Where it is placed on the map: (latitude, longitude).
    pub location: (f64, f64),
    pub location_precision: LocationPrecision,
    /// Region ids it serves.
    pub serves: Vec<String>,
    pub services: Vec<Service>,
    /// BCP-47 tags of languages a source says it works in.
    pub languages: Vec<String>,
    /// E.164 if a source gives one; many organizations have none on record.
    pub phone: Option<String>,
    pub confidence: Confidence,
    pub provenance: Provenance,
}

/// How exactly an organization's place is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LocationPrecision {
    /// The centre of its city (from the city's ZIP points): approximate.
    City,
    /// Only the county is known: a point inside the county.
    County,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Service {
    LegalAid,
    DeportationDefense,
    RapidResponse,
    LawyerReferral,
    DetentionSupport,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegionRecord {
    /// "us", "us-ca", or a 5-digit county FIPS code.
    pub id: String,
    pub kind: RegionKind,
    pub name: String,
    /// The enclosing region's id ("us-ca" for a California county).
    pub within: Option<String>,
    pub provenance: Provenance,
}

impl Service {
    pub const ALL: [Service; 5] = [
        Service::LegalAid,
        Service::DeportationDefense,
        Service::RapidResponse,
        Service::LawyerReferral,
        Service::DetentionSupport,
    ];

    /// The kebab-case name used in content, JSON and the CLI.
    pub fn name(self) -> &'static str {
        match self {
            Service::LegalAid => "legal-aid",
            Service::DeportationDefense => "deportation-defense",
            Service::RapidResponse => "rapid-response",
            Service::LawyerReferral => "lawyer-referral",
            Service::DetentionSupport => "detention-support",
        }
    }
}

impl std::str::FromStr for Service {
    type Err = String;

    fn from_str(name: &str) -> Result<Self, String> {
        Service::ALL
            .into_iter()
            .find(|s| s.name() == name)
            .ok_or_else(|| {
                let names: Vec<&str> = Service::ALL.iter().map(|s| s.name()).collect();
                format!(
                    "`{name}` is not a service; use one of: {}",
                    names.join(", ")
                )
            })
    }
}

/// The warrant checker: yes/no questions leading to outcomes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WarrantTree {
    /// The first question's id.
    pub start: String,
    pub questions: Vec<WarrantQuestion>,
    pub outcomes: Vec<WarrantOutcome>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WarrantQuestion {
    pub id: String,
    /// Fluent message id.
    pub text: String,
    /// The node (question or outcome id) a "yes" leads to.
    pub yes: String,
    pub no: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WarrantOutcome {
    pub id: String,
    /// Fluent message ids: what to do, and the words to say (if any).
    pub text: String,
    pub say: Option<String>,
    pub review: LegalReview,
    pub provenance: Provenance,
}

/// Opening hours as day-and-time ranges, minutes from midnight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklySchedule {
    pub ranges: Vec<HoursRange>,
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
    /// Short names people use ("la", "sf"), folded, with the county's FIPS.
    pub aliases: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountyRecord {
    /// 5-digit FIPS code; also its region id.
    pub fips: String,
    pub name: String,
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
    /// One baseline per state: (state region id, the baseline).
    pub baselines: Vec<PolicyText>,
    /// Local notes, by county FIPS.
    pub notes: Vec<PolicyText>,
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
    /// How many of the reference locale's messages this locale has.
    pub translated_messages: u32,
    pub reference_messages: u32,
    /// The Fluent source, all files of the locale joined; parsed only when the
    /// locale is in the negotiated chain.
    pub ftl: String,
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
