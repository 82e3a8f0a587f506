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

/// A situation in the topic list.
#[uniffi::remote(Record)]
pub struct TopicSummary {
    pub id: String,
    pub icon: String,
    pub title: String,
    pub summary: String,
    pub review: LegalReview,
    /// The state it applies in ("CA"); `None`: everywhere.
    pub scope: Option<String>,
    /// "Only in California", localized; `None`: everywhere.
    pub scope_label: Option<String>,
}

/// A situation with all its steps, in order.
#[uniffi::remote(Record)]
pub struct Topic {
    pub id: String,
    pub icon: String,
    pub title: String,
    pub summary: String,
    pub review: LegalReview,
    /// The state it applies in ("CA"); `None`: everywhere.
    pub scope: Option<String>,
    /// "Only in California", localized; `None`: everywhere.
    pub scope_label: Option<String>,
    pub steps: Vec<Step>,
    /// Things not to do in this situation.
    pub do_not: Vec<DoNot>,
}

#[uniffi::remote(Record)]
pub struct DoNot {
    pub id: String,
    pub text: String,
    pub sources: Vec<Source>,
    pub checked: String,
    /// Set when every source is weak: says to check the point with a lawyer.
    pub caveat: Option<String>,
    /// The state it applies in ("CA"); `None`: everywhere.
    pub scope: Option<String>,
    /// "Only in California", localized; `None`: everywhere.
    pub scope_label: Option<String>,
}

/// A law: what it says for a person, and what it does not do.
#[uniffi::remote(Record)]
pub struct Law {
    pub id: String,
    pub name: String,
    pub citation: String,
    pub status: LawStatus,
    /// The status in words ("did not pass"), localized.
    pub status_label: String,
    /// YYYY-MM-DD, when the sources give it.
    pub signed: Option<String>,
    pub effective: Option<String>,
    pub summary: String,
    /// What it does not do; `None` for the short records of other states.
    pub does_not: Option<String>,
    /// The state whose law it is ("CA") and its name.
    pub state: String,
    pub state_name: String,
    /// The year, for records without full dates.
    pub year: Option<String>,
    /// For other states' laws: whether it limits or mandates cooperation.
    pub effect: Option<CooperationEffect>,
    pub effect_label: Option<String>,
    pub confidence: Option<Confidence>,
    pub review: LegalReview,
    pub sources: Vec<Source>,
    pub checked: String,
    /// Set when every source is weak: says to check the point with a lawyer.
    pub caveat: Option<String>,
}

/// What a state's law does to cooperation with immigration enforcement.
#[uniffi::remote(Enum)]
pub enum CooperationEffect {
    LimitsCooperation,
    MandatesCooperation,
    /// Something else, such as a state immigration crime.
    Other,
}

#[uniffi::remote(Enum)]
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

/// Where the warrant checker is: a question with its choices, or the
/// outcome. `state` is what to pass back with the chosen choice's id.
#[uniffi::remote(Record)]
pub struct WarrantStep {
    pub state: String,
    pub question: Option<WarrantQuestionAnswer>,
    pub outcome: Option<WarrantOutcomeAnswer>,
}

#[uniffi::remote(Record)]
pub struct WarrantQuestionAnswer {
    pub text: String,
    /// In the order to show them.
    pub choices: Vec<WarrantChoiceAnswer>,
}

#[uniffi::remote(Record)]
pub struct WarrantChoiceAnswer {
    /// What to pass to `warrant_check_answer`.
    pub id: String,
    pub label: String,
}

#[uniffi::remote(Record)]
pub struct WarrantOutcomeAnswer {
    /// The outcome's id, stable across languages.
    pub id: String,
    /// What the paper means here.
    pub text: String,
    /// The words to say, in the user's language and the officer's.
    pub say: Option<CardLine>,
    pub user_locale: String,
    pub officer_locale: String,
    pub entry: EntryClaim,
    /// The safe advice, in order.
    pub advice: Vec<WarrantAdviceLine>,
    pub review: LegalReview,
    pub sources: Vec<Source>,
    pub checked: String,
    /// Set when every source is weak: says to check the point with a lawyer.
    pub caveat: Option<String>,
}

#[uniffi::remote(Record)]
pub struct WarrantAdviceLine {
    pub advice: WarrantAdvice,
    pub text: String,
}

/// What the paper at the door does to the agents' entering the home.
#[uniffi::remote(Enum)]
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
    /// The topic for topic and step hits.
    pub topic_id: Option<String>,
    pub step_id: Option<String>,
    pub law_id: Option<String>,
    /// The topic's title or the law's name, for the result list.
    pub title: String,
    /// A short piece of the matching text.
    pub snippet: String,
    pub score: u32,
}

/// What a search hit points at.
#[uniffi::remote(Enum)]
pub enum SearchKind {
    Topic,
    Step,
    Law,
}

#[uniffi::remote(Record)]
pub struct Step {
    pub id: String,
    /// What to do.
    pub action: String,
    /// `action` as a voice should read it.
    pub action_speech: String,
    /// The words to say, if this step has any.
    pub say: Option<String>,
    /// `say` as a voice should read it.
    pub say_speech: Option<String>,
    /// Whether `say` is for an officer (and is on the rights card).
    pub on_card: bool,
    /// Why it matters.
    pub why: String,
    /// Web addresses the step points to: show them as links, apart from the
    /// text (they are never inside it).
    pub links: Vec<String>,
    pub sources: Vec<Source>,
    /// YYYY-MM-DD: when the step was last checked against its sources.
    pub checked: String,
    /// Set when every source is weak: says to check the point with a lawyer.
    pub caveat: Option<String>,
    /// The state it applies in ("CA"); `None`: everywhere.
    pub scope: Option<String>,
    /// "Only in California", localized; `None`: everywhere.
    pub scope_label: Option<String>,
}

/// A page that a fact was taken from.
#[uniffi::remote(Record)]
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

/// The words to say, in the user's language and the officer's, side by side.
#[uniffi::remote(Record)]
pub struct RightsCard {
    pub topic_id: String,
    /// The user's most preferred locale the card's text comes from.
    pub user_locale: String,
    /// The locale the officer's side is written in.
    pub officer_locale: String,
    /// How the user's side is laid out (`rtl` for Arabic, Persian, Pashto);
    /// the officer's side is the officer locale's.
    pub user_direction: TextDirection,
    /// The locale to ask the phone for a voice to read `user_speech`.
    pub speech_locale: String,
    pub title: CardLine,
    /// A short opening for the officer: why they are being shown a card.
    pub heading: CardLine,
    pub phrases: Vec<CardLine>,
    pub review: LegalReview,
}

/// One line of a card in both languages.
#[uniffi::remote(Record)]
pub struct CardLine {
    pub user: String,
    pub officer: String,
    /// `user` as a voice should read it (see `speech_locale` of the answer).
    pub user_speech: String,
}

/// A locale the pack offers.
#[uniffi::remote(Record)]
pub struct LocaleInfo {
    pub tag: String,
    pub native_name: String,
    pub direction: TextDirection,
    /// Share of the reference messages translated, from 0.0 to 1.0.
    pub coverage: f64,
    pub translation: TranslationOrigin,
    pub human_reviewed: bool,
    /// The locale to ask a phone for a text-to-speech voice.
    pub speech_locale: String,
    /// Whether this locale is in the current negotiated chain.
    pub in_chain: bool,
}

/// What content this is, for an "about" screen and for support.
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
    /// What is known about the numbers the content lists.
    pub numbers: NumberSummary,
    /// Data the app must credit (GeoNames CC BY 4.0, …).
    pub credits: Vec<Credit>,
}

/// How far the content's phone numbers can be trusted, for an "about" screen.
#[uniffi::remote(Record)]
pub struct NumberSummary {
    /// Hotline and organization numbers listed.
    pub listed: u32,
    /// How many someone has confirmed by calling.
    pub confirmed: u32,
    /// Hotlines whose sources give another number for the same help.
    pub conflicting: u32,
    /// Over every source the content cites: the oldest and newest date a
    /// source shows (YYYY, YYYY-MM or YYYY-MM-DD), and how many show none.
    pub oldest_source_date: Option<String>,
    pub newest_source_date: Option<String>,
    pub undated_sources: u32,
}

/// A credit the app must show for data it uses.
#[uniffi::remote(Record)]
pub struct Credit {
    pub name: String,
    pub license: String,
    pub url: String,
    pub used_for: String,
}

/// How much of the legal text a lawyer has reviewed.
#[uniffi::remote(Record)]
pub struct ReviewSummary {
    pub status: PackReview,
    pub lawyer_reviewed: u32,
    pub unreviewed: u32,
}

/// Whether a lawyer has reviewed a piece of legal text.
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

/// How much weight a source carries (the research notes' [P], [R], [S]).
#[uniffi::remote(Enum)]
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

#[uniffi::remote(Enum)]
pub enum TextDirection {
    Ltr,
    Rtl,
}

#[uniffi::remote(Enum)]
pub enum TranslationOrigin {
    /// The reference text itself.
    Original,
    Human,
    Machine,
}

/// Where the person is.
#[uniffi::remote(Enum)]
pub enum Place {
    /// 5 digits or ZIP+4.
    Zip { code: String },
    County { name: String },
    City { name: String },
    Coordinates { latitude: f64, longitude: f64 },
}

/// A `find_help` question.
#[uniffi::remote(Record)]
pub struct HelpQuery {
    pub place: Place,
    /// Only organizations offering one of these (empty: all). Hotlines are
    /// never filtered: in an emergency every line is worth seeing.
    #[uniffi(default)]
    pub services: Vec<Service>,
    /// Only organizations known to work in this language (BCP-47).
    #[uniffi(default)]
    pub speaks: Option<String>,
    /// How many organizations at most; `None` for the default.
    #[uniffi(default)]
    pub limit: Option<u32>,
    /// The weekday and time of day at the place asked about, as a clock
    /// there shows it (the core has no clock). With it, every line whose
    /// hours are on that clock is marked open or closed, and open lines come
    /// first; lines whose hours are on another clock, or unknown, are not
    /// marked. Without it, nothing is ordered by time.
    #[uniffi(default)]
    pub at: Option<LocalTime>,
    /// Include low-confidence lines, local policies and organization
    /// phones, always marked. A line that conflicts with a shown line is
    /// shown with it regardless.
    #[uniffi(default)]
    pub include_low_confidence: bool,
}

/// A local weekday and time of day, as a clock at the place shows it.
#[uniffi::remote(Record)]
pub struct LocalTime {
    pub weekday: Weekday,
    /// Minutes after midnight, 0 to 1439.
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

/// The whole answer for one screen.
#[uniffi::remote(Record)]
pub struct HelpAnswer {
    pub coverage: Coverage,
    /// The state the place is in, when known (covered or not).
    pub state: Option<StateAnswer>,
    /// The county the place is in; `None` outside the covered states.
    pub region: Option<RegionAnswer>,
    /// Other counties the place may be in (a ZIP or city spanning counties,
    /// a point near a border, a former county that spans several); outside,
    /// the nearest county as a suggestion.
    pub also_counties: Vec<NearbyCounty>,
    /// The state's baseline and the county's and city's own policies.
    pub policy: Option<PolicyAnswer>,
    /// For a state without content: its statewide laws, when the research
    /// has them.
    pub state_laws: Vec<LawSummary>,
    /// County lines first, then lines for part of the county, regional,
    /// statewide and national ones.
    pub hotlines: Vec<HotlineAnswer>,
    /// Whether a rapid-response line serves this county (or this part of
    /// it) specifically.
    pub local_line_known: bool,
    /// A sentence to show above the lines when there is no local line, or
    /// the place is outside the covered area.
    pub notice: Option<String>,
    /// Legal help in the place's state, nearest first.
    pub organizations: Vec<OrganizationAnswer>,
    /// Where a detained person may be, and how to find them.
    pub detention: NearbyDetention,
    /// Every source cited above, once; items refer to them by index, which
    /// keeps the answer small when many lines cite the same page.
    pub sources: Vec<Source>,
}

#[uniffi::remote(Enum)]
pub enum Coverage {
    /// In a county of a state with content.
    Covered,
    /// In a state Amparo has no local content for yet (known from a ZIP).
    OtherState,
    /// Nowhere Amparo can place.
    Outside,
}

#[uniffi::remote(Record)]
pub struct StateAnswer {
    /// Two-letter postal code, e.g. "CA".
    pub code: String,
    pub name: String,
    /// Whether Amparo has this state's local content.
    pub covered: bool,
}

#[uniffi::remote(Record)]
pub struct RegionAnswer {
    /// Two-letter postal code, e.g. "CA".
    pub state: String,
    /// The county's short name ("Los Angeles").
    pub county: String,
    /// Written out ("Los Angeles County", "South Central Connecticut
    /// Planning Region").
    pub county_full: String,
    pub county_fips: String,
    /// The city, when the place was a city or a ZIP, or a point near one.
    pub city: Option<String>,
    pub city_from: Option<CitySource>,
}

/// How the city of a place is known.
#[uniffi::remote(Enum)]
pub enum CitySource {
    /// The person named it.
    Name,
    /// The ZIP's city.
    Zip,
    /// The city of the ZIP point nearest to a GPS point (within 5 km, in the
    /// same county): a good guess, not a boundary.
    NearestZip,
}

#[uniffi::remote(Record)]
pub struct NearbyCounty {
    pub county: String,
    pub county_fips: String,
    pub reason: NearbyReason,
    /// For points: how far the county is.
    pub distance_km: Option<f64>,
    /// Why it is named, localized.
    pub note: String,
}

#[uniffi::remote(Enum)]
pub enum NearbyReason {
    SharedZip,
    SharedCity,
    NearBorder,
    /// Outside every county: only a suggestion to confirm.
    Nearest,
    /// The name asked for is a former county that spans this one too.
    FormerCounty,
}

#[uniffi::remote(Record)]
pub struct PolicyAnswer {
    /// The state's baseline: what its laws let local police and jails do.
    pub text: String,
    pub laws: Vec<LawSummary>,
    pub review: LegalReview,
    /// Indexes into [`HelpAnswer::sources`].
    pub source_refs: Vec<u32>,
    pub checked: String,
    /// The county's policy (or "no local policy found"), then the city's.
    pub local: Vec<LocalPolicyAnswer>,
    /// Low-confidence local policies left out because the query did not ask
    /// for them, and that said in words ("Low-confidence reports left out
    /// here: 1."), so "no local policy found" is not read as "nothing".
    pub hidden_low_confidence: u32,
    pub hidden_note: Option<String>,
}

/// A county's or a city's own policy, worded as who reported it and when.
#[uniffi::remote(Record)]
pub struct LocalPolicyAnswer {
    /// `None` for "no local policy found".
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
    /// "As of 2025-07-17, news reports said: …", localized.
    pub text: String,
    /// The policy alone, without who and when.
    pub summary: String,
    /// "Local policies do not bind federal agents.", localized.
    pub reminder: String,
    pub confidence: Option<Confidence>,
    pub low_confidence_note: Option<String>,
    pub review: LegalReview,
    /// Indexes into the answer's sources.
    pub source_refs: Vec<u32>,
    pub checked: Option<String>,
}

#[uniffi::remote(Enum)]
pub enum Jurisdiction {
    County,
    City,
}

/// A small fixed legend, modelled on the detainer map's, so a shell can
/// draw the map.
#[uniffi::remote(Enum)]
pub enum PolicyCategory {
    /// Limits help to ICE beyond what state law already requires.
    LimitsBeyondStateLaw,
    /// No local rule beyond state law, or statements that repeat it.
    FollowsStateLaw,
    /// Cooperates with ICE as far as state law allows.
    HelpsIceWithinStateLaw,
    /// Posts inmates' release dates, so ICE can wait at the jail door.
    PublishesReleaseDates,
    /// A resolution, ordinance or lawsuit against the state's limits.
    OpposesStateLaw,
    /// The research found no local policy (never stored: what the finder
    /// says for a county without a record).
    NoLocalPolicyFound,
}

#[uniffi::remote(Enum)]
pub enum PolicyStatus {
    InForce,
    /// In force, but being fought in court.
    Challenged,
    /// A first vote or a draft; final passage not confirmed.
    AdoptedNotFinal,
    Repealed,
    /// An agreement or contract that ended.
    Ended,
    /// A non-binding resolution.
    Symbolic,
    /// Reported only; no primary source.
    Unconfirmed,
}

/// Who reported a policy: the answer says "as of <date>, <who> reported".
#[uniffi::remote(Enum)]
pub enum Reporter {
    OfficialRecords,
    NewsReports,
    TheSheriff,
    Advocates,
    OneSecondarySource,
}

/// The detainer-map table: every county of a state with its policy.
#[uniffi::remote(Record)]
pub struct PolicyTable {
    pub state: String,
    /// The state's baseline, localized.
    pub baseline: Option<String>,
    /// One row per county, in the data's order.
    pub counties: Vec<CountyPolicyRow>,
    /// Every source cited above, once.
    pub sources: Vec<Source>,
}

#[uniffi::remote(Record)]
pub struct CountyPolicyRow {
    pub county: String,
    pub county_full: String,
    pub county_fips: String,
    /// The county's own category, or "no local policy found".
    pub category: PolicyCategory,
    pub category_label: String,
    /// The county's policy (or the "no local policy found" answer).
    pub county_policy: LocalPolicyAnswer,
    /// Its cities' policies.
    pub city_policies: Vec<LocalPolicyAnswer>,
    /// Low-confidence records of the county or its cities left out (shown
    /// only on request), so "no local policy found" is never read as "the
    /// research has nothing", and that in words.
    pub hidden_low_confidence: u32,
    pub hidden_note: Option<String>,
}

/// A place where ICE holds people, or held them.
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
    /// What a family must know, localized.
    pub note: Option<String>,
    /// From the place asked about, when there is one.
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
    /// No longer holds ICE detainees: families should look elsewhere.
    Closed,
    Uncertain,
}

/// Where people may be held in a state, and how to find someone.
#[uniffi::remote(Record)]
pub struct DetentionAnswer {
    /// "CA".
    pub state: String,
    /// Operating first (nearest first when a point was given), then
    /// uncertain, then closed ones, so families know where not to look.
    pub facilities: Vec<FacilityAnswer>,
    /// The detention information lines for the state (and national ones).
    pub info_lines: Vec<HotlineAnswer>,
    /// ICE's online detainee locator, for the app to open.
    pub locator_url: Option<String>,
    /// "People are moved often…", localized.
    pub notice: String,
    /// Sources cited by `info_lines`.
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
    /// Part of the county only (a city or neighbourhood): see `area`.
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
    /// What the line is for, localized.
    pub kind_label: String,
    pub operator: Operator,
    /// "Run by the government, not by advocates", localized, for government lines.
    pub operator_label: Option<String>,
    pub scope: HotlineScope,
    /// Set when the line serves only part of the county.
    pub area: Option<AreaAnswer>,
    /// What a person must know before calling, localized (who should not
    /// use it, say).
    pub note: Option<String>,
    /// `None`: no source states the hours.
    pub hours: Option<HoursAnswer>,
    pub always_open: bool,
    /// With a query time on the line's clock: whether it is open then.
    pub open_now: Option<bool>,
    pub languages: Vec<String>,
    pub confidence: Confidence,
    /// "Medium confidence", localized.
    pub confidence_label: String,
    /// Set for low-confidence lines: why to be careful.
    pub low_confidence_note: Option<String>,
    /// Whether someone has confirmed the number by calling it.
    pub confirmed: bool,
    pub confirmed_on: Option<String>,
    /// The newest date any of its sources shows (YYYY, YYYY-MM or
    /// YYYY-MM-DD); `None` when no source shows a date.
    pub newest_source_date: Option<String>,
    /// "Not yet confirmed by phone. Newest source: 2019.", localized.
    pub confirmation_note: String,
    /// Set when another line's sources give a different number for the
    /// same help. That line is listed too when it serves this place.
    pub conflict: Option<ConflictAnswer>,
    /// The first source's address, for one-line displays.
    pub source: String,
    /// Indexes into [`HelpAnswer::sources`].
    pub source_refs: Vec<u32>,
    pub checked: String,
}

/// A phone number a person can use: checked and formatted at build time.
#[uniffi::remote(Record)]
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

#[uniffi::remote(Record)]
pub struct AreaAnswer {
    /// The area's name ("Long Beach").
    pub name: String,
    /// "Serves only Long Beach, not the whole county.", localized.
    pub label: String,
    /// Whether the place asked about is in the area; `None` when the place
    /// is not a city or ZIP, or the area is not one the data can place.
    pub includes_place: Option<bool>,
}

#[uniffi::remote(Record)]
pub struct ConflictAnswer {
    pub with_id: String,
    pub with_name: String,
    pub with_phone: PhoneNumber,
    /// That both numbers are shown and unconfirmed, localized.
    pub note: String,
    /// Why the sources disagree, localized.
    pub reason: String,
}

/// For a family looking for someone: given with every answer, since a
/// person may be held in any state.
#[uniffi::remote(Record)]
pub struct NearbyDetention {
    /// The nearest places known to hold people for ICE now, in the place's
    /// covered state, nearest first; the full list, closed and uncertain
    /// places marked, is `detention_facilities`.
    pub facilities: Vec<FacilityAnswer>,
    /// "People are moved often…", localized.
    pub notice: String,
    /// ICE's online detainee locator, for the shell to open (the core
    /// opens nothing).
    pub locator_url: Option<String>,
}

/// A line's hours, for one screen.
#[uniffi::remote(Record)]
pub struct HoursAnswer {
    /// In the user's language, with the time zone named.
    pub words: String,
    /// As the content writes it (OpenStreetMap `opening_hours`), on the
    /// clock of `source_time_zone`.
    pub opening_hours: String,
    /// The clock `words` and `ranges` are on: the place's, where known.
    pub time_zone: TimeZone,
    pub ranges: Vec<OpeningRange>,
    /// The clock the source gives the hours on.
    pub source_time_zone: TimeZone,
}

/// The line is open on these days from `opens` to `closes`, in minutes
/// after midnight on the answer's clock (`closes` may be 1440).
#[uniffi::remote(Record)]
pub struct OpeningRange {
    pub days: Vec<Weekday>,
    pub opens: u16,
    pub closes: u16,
}

/// The time zones schedules and states are in (IANA names in content).
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
    /// "Location approximate: …", localized.
    pub location_note: String,
    pub services: Vec<Service>,
    /// The services in words, localized.
    pub service_labels: Vec<String>,
    pub languages: Vec<String>,
    /// Shown for low-confidence entries only on request.
    pub phone: Option<PhoneNumber>,
    pub other_phones: Vec<PhoneNumber>,
    pub cost: Cost,
    pub cost_label: String,
    pub cautions: Vec<Caution>,
    /// The cautions in words, localized.
    pub caution_labels: Vec<String>,
    /// Who it serves, or a limit, localized.
    pub note: Option<String>,
    pub confidence: Confidence,
    pub confidence_label: String,
    pub confirmed: bool,
    pub newest_source_date: Option<String>,
    pub confirmation_note: String,
    /// Indexes into [`HelpAnswer::sources`].
    pub source_refs: Vec<u32>,
    pub checked: String,
}

#[uniffi::remote(Enum)]
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

/// Who runs a line: people need to know a government line is not an advocate.
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

/// How exactly an organization's place is known.
#[uniffi::remote(Enum)]
pub enum LocationPrecision {
    /// Its address's ZIP point: within a few kilometres.
    Zip,
    /// The centre of its city (from the city's ZIP points): approximate.
    City,
    /// Only the county is known: a point inside the county.
    County,
}

/// What an organization costs, as a source says it.
#[uniffi::remote(Enum)]
pub enum Cost {
    Free,
    LowCost,
    Unknown,
}

/// What the research warns about an organization's record, carried as data
/// so the app can say it beside the number.
#[uniffi::remote(Enum)]
pub enum Caution {
    /// Only from a third party's copy of a DOJ list, not checked against it.
    ThirdPartyParse,
    SingleSource,
    /// Its DOJ recognition is at or past its expiry, renewal pending.
    RecognitionRenewalPending,
    /// Two sources give two different numbers.
    TwoNumbers,
    /// The phone's area code does not match the city.
    AreaCodeMismatch,
    /// A government office (a public defender), not a nonprofit.
    GovernmentOffice,
    /// The source merged two offices' details.
    MergedOffices,
    /// Refers people to lawyers; no direct or walk-in help.
    ReferralOnly,
    /// Serves only some people (see its note).
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
    /// Legal help for children (SIJS, unaccompanied minors).
    Children,
    /// Help for survivors of crime, trafficking or domestic violence.
    Victims,
}
