//! The compiled content model: what a content pack holds.
//!
//! Records are language-neutral: every human sentence is a Fluent message id,
//! resolved at run time through the negotiated locale chain. Facts (phone
//! numbers, citations, URLs, dates) are plain fields, never inside messages.

use serde::{Deserialize, Serialize};

mod local;

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
    /// locale's [`Compressed`] text lists its messages.
    pub message_ids: Vec<String>,
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

/// A phone number a person can use: checked and formatted at build time.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneNumber {
    /// E.164, e.g. "+12133857800".
    pub e164: String,
    /// The national form people read and dial, e.g. "(213) 385-7800".
    pub display: String,
    /// For a dial button: "tel:+12133857800", with ";ext=136" when there is
    /// an extension (RFC 3966).
    pub tel_uri: String,
    /// Digits to dial after the call connects, when a source gives them.
    pub extension: Option<String>,
    /// Whether a source says the number takes text messages.
    pub accepts_texts: bool,
}

/// A call that confirmed a number: who called, and when. No number in the
/// content has one yet; "verified" is never said without it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confirmation {
    /// YYYY-MM-DD.
    pub on: String,
    /// Who called (a person or an organization).
    pub by: String,
}

/// Two records whose sources give different numbers for the same help.
/// Declared on both records; the finder shows both, marked, or neither.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// The other hotline's id.
    pub with: String,
    /// Fluent message id: why the sources disagree.
    pub reason: String,
}

/// The part of a county a line serves, when it is not the whole county.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServedArea {
    /// The area's name, a proper noun ("Long Beach", "Koreatown").
    pub name: String,
    /// Cities in the ZIP data that lie in the area (folded), when the area
    /// is one or more cities; empty for neighbourhoods the data cannot place.
    pub cities: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HotlineRecord {
    pub id: String,
    /// The line's own name (a proper noun, not translated).
    pub name: String,
    pub kind: HotlineKind,
    pub operator: Operator,
    pub phone: PhoneNumber,
    /// Region ids this line serves ("us", "us-ca", or a county FIPS code).
    pub serves: Vec<String>,
    /// Set when the line serves only part of the county it is listed for.
    pub area: Option<ServedArea>,
    /// Fluent message id: what a person must know before calling.
    pub note: Option<String>,
    /// As written in the content (OpenStreetMap `opening_hours` syntax);
    /// `None` when no source states the hours.
    pub hours: Option<String>,
    /// `hours`, compiled for the "open now" check, with its time zone.
    pub schedule: Option<WeeklySchedule>,
    /// BCP-47 tags of languages a source says the line answers in.
    pub languages: Vec<String>,
    pub confidence: Confidence,
    /// `None` until someone calls the number and records it.
    pub confirmed: Option<Confirmation>,
    pub conflict: Option<Conflict>,
    pub provenance: Provenance,
    /// The sources that print this number (a subset of the provenance's;
    /// all of them unless the content says otherwise). The number's age is
    /// the newest of these: a 2025 page about a line that does not show its
    /// number says nothing about whether the number is current.
    pub number_sources: Vec<String>,
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
    /// Free civil legal aid: intake and referrals.
    LegalAid,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationRecord {
    pub id: String,
    pub name: String,
    /// The street address as a source gives it.
    pub address: Option<String>,
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
    /// Only if a source gives one; many organizations have none on record.
    pub phone: Option<PhoneNumber>,
    /// Other numbers a source gives (see `Caution::TwoNumbers`).
    pub other_phones: Vec<PhoneNumber>,
    pub cost: Cost,
    /// What the research warns about this record.
    pub cautions: Vec<Caution>,
    /// Fluent message id: who it serves or a limit a person must know.
    pub note: Option<String>,
    pub confidence: Confidence,
    /// `None` until someone calls the number and records it.
    pub confirmed: Option<Confirmation>,
    pub provenance: Provenance,
}

/// How exactly an organization's place is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LocationPrecision {
    /// Its address's ZIP point: within a few kilometres.
    Zip,
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
    /// Legal help for children (SIJS, unaccompanied minors).
    Children,
    /// Help for survivors of crime, trafficking or domestic violence.
    Victims,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegionRecord {
    /// "us", "us-ca", or a 5-digit county FIPS code.
    pub id: String,
    pub kind: RegionKind,
    pub name: String,
    /// The enclosing region's id ("us-ca" for a California county).
    pub within: Option<String>,
    /// A state's clock: the time zone its counties' local times are in.
    pub time_zone: Option<TimeZone>,
    pub provenance: Provenance,
}

impl Service {
    pub const ALL: [Service; 7] = [
        Service::LegalAid,
        Service::DeportationDefense,
        Service::RapidResponse,
        Service::LawyerReferral,
        Service::DetentionSupport,
        Service::Children,
        Service::Victims,
    ];

    /// The kebab-case name used in content, JSON and the CLI.
    pub fn name(self) -> &'static str {
        match self {
            Service::LegalAid => "legal-aid",
            Service::DeportationDefense => "deportation-defense",
            Service::RapidResponse => "rapid-response",
            Service::LawyerReferral => "lawyer-referral",
            Service::DetentionSupport => "detention-support",
            Service::Children => "children",
            Service::Victims => "victims",
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

/// The warrant checker: questions with choices leading to outcomes.
///
/// Invariants (checked by the compiler): every choice leads to a node that
/// exists, every node is reachable from `start`, no path loops, and every
/// outcome carries advice.
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
    /// At least two, in the order to show them.
    pub choices: Vec<WarrantChoice>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WarrantChoice {
    /// Unique within its question ("i205", "yes"); what the caller answers.
    pub id: String,
    /// Fluent message id.
    pub label: String,
    /// The question or outcome this choice leads to.
    pub next: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WarrantOutcome {
    pub id: String,
    /// Fluent message ids: what this paper means, and the words to say.
    pub text: String,
    pub say: Option<String>,
    pub entry: EntryClaim,
    /// The fixed advice to show, in order; never empty.
    pub advice: Vec<WarrantAdvice>,
    pub review: LegalReview,
    pub provenance: Provenance,
}

/// What the paper at the door does to the agents' entering the home.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryClaim {
    /// They need the person's consent to come in.
    NeedsConsent,
    /// ICE claims it may force entry; advocates disagree and courts are
    /// hearing challenges (the 2025 I-205 memo).
    Contested,
    /// A judge's warrant that fits may let them in.
    MayBeLawful,
}

/// One piece of the safe advice every outcome draws from. Each is a
/// message the run time shows by name (see `messages`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarrantAdvice {
    KeepDoorClosed,
    DoNotConsent,
    DoNotResist,
    StaySilent,
    AskForLawyer,
    DoNotSign,
    NoteDetails,
    CallRapidResponse,
}

impl WarrantAdvice {
    pub const ALL: [WarrantAdvice; 8] = [
        WarrantAdvice::KeepDoorClosed,
        WarrantAdvice::DoNotConsent,
        WarrantAdvice::DoNotResist,
        WarrantAdvice::StaySilent,
        WarrantAdvice::AskForLawyer,
        WarrantAdvice::DoNotSign,
        WarrantAdvice::NoteDetails,
        WarrantAdvice::CallRapidResponse,
    ];
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
    /// negotiated chain, so every added locale costs bytes, not time.
    pub text: Compressed,
}

/// Bytes compressed with zstd. A locale's text unpacks to the Fluent source
/// of each message after `id =`, in the order of [`Pack::message_ids`],
/// separated by NUL (an empty entry is a message the locale lacks): the ids
/// are stored once for all locales rather than in each.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
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
