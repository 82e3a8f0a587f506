//! The core's answers, declared to UniFFI as remote types: the same structs
//! and enums, handed across without copies or conversion code. Each
//! declaration must match the core's definition field for field; the
//! compiler checks that.

use amparo_core::model::{
    Caution, Confidence, CooperationEffect, Cost, Credit, EntryClaim, FacilityKind, FacilityStatus,
    HotlineKind, Jurisdiction, LawStatus, LegalReview, LocationPrecision, Operator, PhoneNumber,
    PolicyCategory, PolicyStatus, Reporter, Service, Source, SourceTier, TextDirection, TimeZone,
    TranslationOrigin, WarrantAdvice,
};
use amparo_core::{
    AreaAnswer, CardLine, CitySource, ConflictAnswer, ContentInfo, CountyPolicyRow, Coverage,
    DetentionAnswer, DoNot, FacilityAnswer, HelpAnswer, HelpQuery, HotlineAnswer, HotlineScope,
    HoursAnswer, Law, LawSummary, LocalPolicyAnswer, LocalTime, LocaleInfo, NearbyCounty,
    NearbyDetention, NearbyReason, NumberSummary, OpeningRange, OrganizationAnswer, PackReview,
    Place, PolicyAnswer, PolicyTable, RegionAnswer, ReviewSummary, RightsCard, SearchHit,
    SearchKind, StateAnswer, Step, Topic, TopicSummary, WarrantAdviceLine, WarrantChoiceAnswer,
    WarrantOutcomeAnswer, WarrantQuestionAnswer, WarrantStep, Weekday,
};

#[uniffi::remote(Record)]
pub struct TopicSummary {
    pub id: String,
    pub icon: String,
    pub title: String,
    pub summary: String,
    pub review: LegalReview,
    pub scope: Option<String>,
    pub scope_label: Option<String>,
}

#[uniffi::remote(Record)]
pub struct Topic {
    pub id: String,
    pub icon: String,
    pub title: String,
    pub summary: String,
    pub review: LegalReview,
    pub scope: Option<String>,
    pub scope_label: Option<String>,
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
    pub scope: Option<String>,
    pub scope_label: Option<String>,
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
    pub does_not: Option<String>,
    pub state: String,
    pub state_name: String,
    pub year: Option<String>,
    pub effect: Option<CooperationEffect>,
    pub effect_label: Option<String>,
    pub confidence: Option<Confidence>,
    pub review: LegalReview,
    pub sources: Vec<Source>,
    pub checked: String,
    pub caveat: Option<String>,
}

#[uniffi::remote(Enum)]
pub enum CooperationEffect {
    LimitsCooperation,
    MandatesCooperation,
    Other,
}

#[uniffi::remote(Enum)]
pub enum LawStatus {
    InForce,
    DidNotPass,
    Vetoed,
    InCourt,
    Blocked,
    Superseded,
    Unconfirmed,
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
    pub action_speech: String,
    pub say: Option<String>,
    pub say_speech: Option<String>,
    pub on_card: bool,
    pub why: String,
    pub links: Vec<String>,
    pub sources: Vec<Source>,
    pub checked: String,
    pub caveat: Option<String>,
    pub scope: Option<String>,
    pub scope_label: Option<String>,
}

#[uniffi::remote(Record)]
pub struct Source {
    pub id: String,
    pub url: Option<String>,
    pub citation: Option<String>,
    pub publisher: String,
    pub tier: SourceTier,
    pub date: Option<String>,
}

#[uniffi::remote(Record)]
pub struct RightsCard {
    pub topic_id: String,
    pub user_locale: String,
    pub officer_locale: String,
    pub user_direction: TextDirection,
    pub speech_locale: String,
    pub title: CardLine,
    pub heading: CardLine,
    pub phrases: Vec<CardLine>,
    pub review: LegalReview,
}

#[uniffi::remote(Record)]
pub struct CardLine {
    pub user: String,
    pub officer: String,
    pub user_speech: String,
}

#[uniffi::remote(Record)]
pub struct LocaleInfo {
    pub tag: String,
    pub native_name: String,
    pub direction: TextDirection,
    pub coverage: f64,
    pub translation: TranslationOrigin,
    pub human_reviewed: bool,
    pub speech_locale: String,
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
    #[uniffi(default)]
    pub services: Vec<Service>,
    #[uniffi(default)]
    pub speaks: Option<String>,
    #[uniffi(default)]
    pub limit: Option<u32>,
    #[uniffi(default)]
    pub at: Option<LocalTime>,
    #[uniffi(default)]
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
    pub state: Option<StateAnswer>,
    pub region: Option<RegionAnswer>,
    pub also_counties: Vec<NearbyCounty>,
    pub policy: Option<PolicyAnswer>,
    pub state_laws: Vec<LawSummary>,
    pub hotlines: Vec<HotlineAnswer>,
    pub local_line_known: bool,
    pub notice: Option<String>,
    pub organizations: Vec<OrganizationAnswer>,
    pub detention: NearbyDetention,
    pub sources: Vec<Source>,
}

#[uniffi::remote(Enum)]
pub enum Coverage {
    Covered,
    OtherState,
    Outside,
}

#[uniffi::remote(Record)]
pub struct StateAnswer {
    pub code: String,
    pub name: String,
    pub covered: bool,
}

#[uniffi::remote(Record)]
pub struct RegionAnswer {
    pub state: String,
    pub county: String,
    pub county_full: String,
    pub county_fips: String,
    pub city: Option<String>,
    pub city_from: Option<CitySource>,
}

#[uniffi::remote(Enum)]
pub enum CitySource {
    Name,
    Zip,
    NearestZip,
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
    FormerCounty,
}

#[uniffi::remote(Record)]
pub struct PolicyAnswer {
    pub text: String,
    pub laws: Vec<LawSummary>,
    pub review: LegalReview,
    pub source_refs: Vec<u32>,
    pub checked: String,
    pub local: Vec<LocalPolicyAnswer>,
    pub hidden_low_confidence: u32,
    pub hidden_note: Option<String>,
}

#[uniffi::remote(Record)]
pub struct LocalPolicyAnswer {
    pub id: Option<String>,
    pub jurisdiction: String,
    pub kind: Jurisdiction,
    pub county_fips: String,
    pub category: PolicyCategory,
    pub category_label: String,
    pub status: Option<PolicyStatus>,
    pub status_label: Option<String>,
    pub year: Option<String>,
    pub as_of: Option<String>,
    pub reported_by: Option<Reporter>,
    pub text: String,
    pub summary: String,
    pub reminder: String,
    pub confidence: Option<Confidence>,
    pub low_confidence_note: Option<String>,
    pub review: LegalReview,
    pub source_refs: Vec<u32>,
    pub checked: Option<String>,
}

#[uniffi::remote(Enum)]
pub enum Jurisdiction {
    County,
    City,
}

#[uniffi::remote(Enum)]
pub enum PolicyCategory {
    LimitsBeyondStateLaw,
    FollowsStateLaw,
    HelpsIceWithinStateLaw,
    PublishesReleaseDates,
    OpposesStateLaw,
    NoLocalPolicyFound,
}

#[uniffi::remote(Enum)]
pub enum PolicyStatus {
    InForce,
    Challenged,
    AdoptedNotFinal,
    Repealed,
    Ended,
    Symbolic,
    Unconfirmed,
}

#[uniffi::remote(Enum)]
pub enum Reporter {
    OfficialRecords,
    NewsReports,
    TheSheriff,
    Advocates,
    OneSecondarySource,
}

#[uniffi::remote(Record)]
pub struct PolicyTable {
    pub state: String,
    pub baseline: Option<String>,
    pub counties: Vec<CountyPolicyRow>,
    pub sources: Vec<Source>,
}

#[uniffi::remote(Record)]
pub struct CountyPolicyRow {
    pub county: String,
    pub county_full: String,
    pub county_fips: String,
    pub category: PolicyCategory,
    pub category_label: String,
    pub county_policy: LocalPolicyAnswer,
    pub city_policies: Vec<LocalPolicyAnswer>,
    pub hidden_low_confidence: u32,
    pub hidden_note: Option<String>,
}

#[uniffi::remote(Record)]
pub struct FacilityAnswer {
    pub id: String,
    pub name: String,
    pub kind: FacilityKind,
    pub kind_label: String,
    pub status: FacilityStatus,
    pub status_label: String,
    pub operator: Option<String>,
    pub city: Option<String>,
    pub county: String,
    pub county_fips: String,
    pub address: Option<String>,
    pub phone: Option<PhoneNumber>,
    pub note: Option<String>,
    pub distance_km: Option<f64>,
    pub location_precision: LocationPrecision,
    pub confidence: Confidence,
    pub sources: Vec<Source>,
    pub checked: String,
}

#[uniffi::remote(Enum)]
pub enum FacilityKind {
    ProcessingCenter,
    DetentionCenter,
    Annex,
    CountyJail,
    CityJail,
}

#[uniffi::remote(Enum)]
pub enum FacilityStatus {
    Operating,
    Closed,
    Uncertain,
}

#[uniffi::remote(Record)]
pub struct DetentionAnswer {
    pub state: String,
    pub facilities: Vec<FacilityAnswer>,
    pub info_lines: Vec<HotlineAnswer>,
    pub locator_url: Option<String>,
    pub notice: String,
    pub sources: Vec<Source>,
}

#[uniffi::remote(Record)]
pub struct LawSummary {
    pub id: String,
    pub name: String,
    pub citation: String,
    pub status: LawStatus,
    pub status_label: String,
    pub effect: Option<CooperationEffect>,
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
    pub note: Option<String>,
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
pub struct NearbyDetention {
    pub facilities: Vec<FacilityAnswer>,
    pub notice: String,
    pub locator_url: Option<String>,
}

#[uniffi::remote(Record)]
pub struct HoursAnswer {
    pub words: String,
    pub opening_hours: String,
    pub time_zone: TimeZone,
    pub ranges: Vec<OpeningRange>,
    pub source_time_zone: TimeZone,
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
    pub address: Option<String>,
    pub city: Option<String>,
    pub county_fips: String,
    pub distance_km: f64,
    pub location_precision: LocationPrecision,
    pub location_note: String,
    pub services: Vec<Service>,
    pub service_labels: Vec<String>,
    pub languages: Vec<String>,
    pub phone: Option<PhoneNumber>,
    pub other_phones: Vec<PhoneNumber>,
    pub cost: Cost,
    pub cost_label: String,
    pub cautions: Vec<Caution>,
    pub caution_labels: Vec<String>,
    pub note: Option<String>,
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
    LegalAid,
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
    Zip,
    City,
    County,
}

#[uniffi::remote(Enum)]
pub enum Cost {
    Free,
    LowCost,
    Unknown,
}

#[uniffi::remote(Enum)]
pub enum Caution {
    ThirdPartyParse,
    SingleSource,
    RecognitionRenewalPending,
    TwoNumbers,
    AreaCodeMismatch,
    GovernmentOffice,
    MergedOffices,
    ReferralOnly,
    LimitedEligibility,
    NoPhoneFound,
}

#[uniffi::remote(Enum)]
pub enum Service {
    LegalAid,
    DeportationDefense,
    RapidResponse,
    LawyerReferral,
    DetentionSupport,
    Children,
    Victims,
}
