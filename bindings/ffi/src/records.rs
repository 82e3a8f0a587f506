//! The core's answers, declared to UniFFI as remote types: the same structs
//! and enums, handed across without copies or conversion code. Each
//! declaration must match the core's definition field for field; the
//! compiler checks that.

use amparo_core::model::{
    Confidence, Credit, EntryClaim, HotlineKind, LawStatus, LegalReview, LocationPrecision,
    Operator, PhoneNumber, Service, Source, SourceTier, TextDirection, TimeZone, TranslationOrigin,
    WarrantAdvice,
};
use amparo_core::{
    AreaAnswer, CardLine, ConflictAnswer, ContentInfo, Coverage, DoNot, HelpAnswer, HelpQuery,
    HotlineAnswer, HotlineScope, HoursAnswer, Law, LawSummary, LocalTime, LocaleInfo, NearbyCounty,
    NearbyReason, NumberSummary, OpeningRange, OrganizationAnswer, PackReview, Place, PolicyAnswer,
    RegionAnswer, ReviewSummary, RightsCard, SearchHit, SearchKind, Step, Topic, TopicSummary,
    WarrantAdviceLine, WarrantChoiceAnswer, WarrantOutcomeAnswer, WarrantQuestionAnswer,
    WarrantStep, Weekday,
};

#[uniffi::remote(Record)]
pub struct TopicSummary {
    pub id: String,
    pub icon: String,
    pub title: String,
    pub summary: String,
    pub review: LegalReview,
}

#[uniffi::remote(Record)]
pub struct Topic {
    pub id: String,
    pub icon: String,
    pub title: String,
    pub summary: String,
    pub review: LegalReview,
    pub steps: Vec<Step>,
    pub do_not: Vec<DoNot>,
}

#[uniffi::remote(Record)]
pub struct DoNot {
    pub id: String,
    pub text: String,
    pub sources: Vec<Source>,
    pub checked: String,
    pub caveat: Option<String>,
}

#[uniffi::remote(Record)]
pub struct Law {
    pub id: String,
    pub name: String,
    pub citation: String,
    pub status: LawStatus,
    pub status_label: String,
    pub signed: Option<String>,
    pub effective: Option<String>,
    pub summary: String,
    pub does_not: String,
    pub review: LegalReview,
    pub sources: Vec<Source>,
    pub checked: String,
    pub caveat: Option<String>,
}

#[uniffi::remote(Enum)]
pub enum LawStatus {
    InForce,
    DidNotPass,
    Vetoed,
    InCourt,
}

#[uniffi::remote(Record)]
pub struct WarrantStep {
    pub state: String,
    pub question: Option<WarrantQuestionAnswer>,
    pub outcome: Option<WarrantOutcomeAnswer>,
}

#[uniffi::remote(Record)]
pub struct WarrantQuestionAnswer {
    pub text: String,
    pub choices: Vec<WarrantChoiceAnswer>,
}

#[uniffi::remote(Record)]
pub struct WarrantChoiceAnswer {
    pub id: String,
    pub label: String,
}

#[uniffi::remote(Record)]
pub struct WarrantOutcomeAnswer {
    pub id: String,
    pub text: String,
    pub say: Option<CardLine>,
    pub user_locale: String,
    pub officer_locale: String,
    pub entry: EntryClaim,
    pub advice: Vec<WarrantAdviceLine>,
    pub review: LegalReview,
    pub sources: Vec<Source>,
    pub checked: String,
    pub caveat: Option<String>,
}

#[uniffi::remote(Record)]
pub struct WarrantAdviceLine {
    pub advice: WarrantAdvice,
    pub text: String,
}

#[uniffi::remote(Enum)]
pub enum EntryClaim {
    NeedsConsent,
    Contested,
    MayBeLawful,
}

#[uniffi::remote(Enum)]
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

#[uniffi::remote(Record)]
pub struct SearchHit {
    pub kind: SearchKind,
    pub topic_id: Option<String>,
    pub step_id: Option<String>,
    pub law_id: Option<String>,
    pub title: String,
    pub snippet: String,
    pub score: u32,
}

#[uniffi::remote(Enum)]
pub enum SearchKind {
    Topic,
    Step,
    Law,
}

#[uniffi::remote(Record)]
pub struct Step {
    pub id: String,
    pub action: String,
    pub say: Option<String>,
    pub on_card: bool,
    pub why: String,
    pub sources: Vec<Source>,
    pub checked: String,
    pub caveat: Option<String>,
}

#[uniffi::remote(Record)]
pub struct Source {
    pub id: String,
    pub url: String,
    pub publisher: String,
    pub tier: SourceTier,
    pub date: Option<String>,
}

#[uniffi::remote(Record)]
pub struct RightsCard {
    pub topic_id: String,
    pub user_locale: String,
    pub officer_locale: String,
    pub title: CardLine,
    pub heading: CardLine,
    pub phrases: Vec<CardLine>,
    pub review: LegalReview,
}

#[uniffi::remote(Record)]
pub struct CardLine {
    pub user: String,
    pub officer: String,
}

#[uniffi::remote(Record)]
pub struct LocaleInfo {
    pub tag: String,
    pub native_name: String,
    pub direction: TextDirection,
    pub coverage: f64,
    pub translation: TranslationOrigin,
    pub human_reviewed: bool,
    pub in_chain: bool,
}

#[uniffi::remote(Record)]
pub struct ContentInfo {
    pub version: String,
    pub built: String,
    pub coverage: Vec<String>,
    pub topics: u32,
    pub steps: u32,
    pub laws: u32,
    pub hotlines: u32,
    pub organizations: u32,
    pub regions: u32,
    pub locales: u32,
    pub counties: u32,
    pub zips: u32,
    pub legal_review: ReviewSummary,
    pub numbers: NumberSummary,
    pub credits: Vec<Credit>,
}

#[uniffi::remote(Record)]
pub struct NumberSummary {
    pub listed: u32,
    pub confirmed: u32,
    pub conflicting: u32,
    pub oldest_source_date: Option<String>,
    pub newest_source_date: Option<String>,
    pub undated_sources: u32,
}

#[uniffi::remote(Record)]
pub struct Credit {
    pub name: String,
    pub license: String,
    pub url: String,
    pub used_for: String,
}

#[uniffi::remote(Record)]
pub struct ReviewSummary {
    pub status: PackReview,
    pub lawyer_reviewed: u32,
    pub unreviewed: u32,
}

#[uniffi::remote(Enum)]
pub enum LegalReview {
    Unreviewed,
    LawyerReviewed,
}

#[uniffi::remote(Enum)]
pub enum PackReview {
    Unreviewed,
    PartlyReviewed,
    LawyerReviewed,
}

#[uniffi::remote(Enum)]
pub enum SourceTier {
    Primary,
    Mirror,
    Reputable,
    Weak,
}

#[uniffi::remote(Enum)]
pub enum TextDirection {
    Ltr,
    Rtl,
}

#[uniffi::remote(Enum)]
pub enum TranslationOrigin {
    Original,
    Human,
    Machine,
}

#[uniffi::remote(Enum)]
pub enum Place {
    Zip { code: String },
    County { name: String },
    City { name: String },
    Coordinates { latitude: f64, longitude: f64 },
}

#[uniffi::remote(Record)]
pub struct HelpQuery {
    pub place: Place,
    pub services: Vec<Service>,
    pub speaks: Option<String>,
    pub limit: Option<u32>,
    pub at: Option<LocalTime>,
    pub include_low_confidence: bool,
}

#[uniffi::remote(Record)]
pub struct LocalTime {
    pub weekday: Weekday,
    pub minutes: u16,
}

#[uniffi::remote(Enum)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

#[uniffi::remote(Record)]
pub struct HelpAnswer {
    pub coverage: Coverage,
    pub region: Option<RegionAnswer>,
    pub also_counties: Vec<NearbyCounty>,
    pub policy: Option<PolicyAnswer>,
    pub hotlines: Vec<HotlineAnswer>,
    pub local_line_known: bool,
    pub notice: Option<String>,
    pub organizations: Vec<OrganizationAnswer>,
    pub sources: Vec<Source>,
}

#[uniffi::remote(Enum)]
pub enum Coverage {
    Covered,
    Outside,
}

#[uniffi::remote(Record)]
pub struct RegionAnswer {
    pub state: String,
    pub county: String,
    pub county_fips: String,
    pub city: Option<String>,
}

#[uniffi::remote(Record)]
pub struct NearbyCounty {
    pub county: String,
    pub county_fips: String,
    pub reason: NearbyReason,
    pub distance_km: Option<f64>,
    pub note: String,
}

#[uniffi::remote(Enum)]
pub enum NearbyReason {
    SharedZip,
    SharedCity,
    NearBorder,
    Nearest,
}

#[uniffi::remote(Record)]
pub struct PolicyAnswer {
    pub text: String,
    pub notes: Vec<String>,
    pub laws: Vec<LawSummary>,
    pub review: LegalReview,
    pub source_refs: Vec<u32>,
    pub checked: String,
}

#[uniffi::remote(Record)]
pub struct LawSummary {
    pub id: String,
    pub name: String,
    pub citation: String,
}

#[uniffi::remote(Enum)]
pub enum HotlineScope {
    County,
    Area,
    Regional,
    State,
    National,
}

#[uniffi::remote(Record)]
pub struct HotlineAnswer {
    pub id: String,
    pub name: String,
    pub phone: PhoneNumber,
    pub kind: HotlineKind,
    pub kind_label: String,
    pub operator: Operator,
    pub operator_label: Option<String>,
    pub scope: HotlineScope,
    pub area: Option<AreaAnswer>,
    pub hours: Option<HoursAnswer>,
    pub always_open: bool,
    pub open_now: Option<bool>,
    pub languages: Vec<String>,
    pub confidence: Confidence,
    pub confidence_label: String,
    pub low_confidence_note: Option<String>,
    pub confirmed: bool,
    pub confirmed_on: Option<String>,
    pub newest_source_date: Option<String>,
    pub confirmation_note: String,
    pub conflict: Option<ConflictAnswer>,
    pub source: String,
    pub source_refs: Vec<u32>,
    pub checked: String,
}

#[uniffi::remote(Record)]
pub struct PhoneNumber {
    pub e164: String,
    pub display: String,
    pub tel_uri: String,
    pub extension: Option<String>,
    pub accepts_texts: bool,
}

#[uniffi::remote(Record)]
pub struct AreaAnswer {
    pub name: String,
    pub label: String,
    pub includes_place: Option<bool>,
}

#[uniffi::remote(Record)]
pub struct ConflictAnswer {
    pub with_id: String,
    pub with_name: String,
    pub with_phone: PhoneNumber,
    pub note: String,
    pub reason: String,
}

#[uniffi::remote(Record)]
pub struct HoursAnswer {
    pub words: String,
    pub opening_hours: String,
    pub time_zone: TimeZone,
    pub ranges: Vec<OpeningRange>,
}

#[uniffi::remote(Record)]
pub struct OpeningRange {
    pub days: Vec<Weekday>,
    pub opens: u16,
    pub closes: u16,
}

#[uniffi::remote(Enum)]
pub enum TimeZone {
    Pacific,
    Eastern,
}

#[uniffi::remote(Record)]
pub struct OrganizationAnswer {
    pub id: String,
    pub name: String,
    pub city: Option<String>,
    pub county_fips: String,
    pub distance_km: f64,
    pub location_precision: LocationPrecision,
    pub location_note: String,
    pub services: Vec<Service>,
    pub languages: Vec<String>,
    pub phone: Option<PhoneNumber>,
    pub confidence: Confidence,
    pub confidence_label: String,
    pub confirmed: bool,
    pub newest_source_date: Option<String>,
    pub confirmation_note: String,
    pub source_refs: Vec<u32>,
    pub checked: String,
}

#[uniffi::remote(Enum)]
pub enum HotlineKind {
    RapidResponse,
    DetentionInfo,
    CourtInfo,
    LawyerReferral,
    Referral,
}

#[uniffi::remote(Enum)]
pub enum Operator {
    Community,
    Government,
}

#[uniffi::remote(Enum)]
pub enum Confidence {
    High,
    Medium,
    Low,
}

#[uniffi::remote(Enum)]
pub enum LocationPrecision {
    City,
    County,
}

#[uniffi::remote(Enum)]
pub enum Service {
    LegalAid,
    DeportationDefense,
    RapidResponse,
    LawyerReferral,
    DetentionSupport,
}
