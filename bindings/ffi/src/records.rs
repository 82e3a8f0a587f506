//! The core's answers, declared to UniFFI. Most are remote types: the same
//! structs and enums, handed across without copies or conversion code, and
//! each declaration must match the core's definition field for field (the
//! compiler checks that). The `find_help` and detention answers are the
//! exception: the core shares their lines, organizations and facilities
//! between answers (`Arc`), which a record cannot hold, so this door copies
//! them into records of the same shape (`copies.rs`).

use amparo_core::model::{
    Caution, Confidence, CooperationEffect, Cost, Credit, EntryClaim, FacilityKind, FacilityStatus,
    HotlineKind, Jurisdiction, LawStatus, LegalReview, LocationPrecision, Operator, PhoneNumber,
    PlanPrefill, PolicyCategory, PolicyStatus, Reporter, Service, Source, SourceTier,
    TextDirection, TimeZone, TranslationOrigin, WarrantAdvice,
};
use amparo_core::trust::KeyRole;
use amparo_core::{
    AnswerCheck, AreaAnswer, CardLine, CitySource, ConflictAnswer, ContentInfo, CountyPolicyRow,
    Coverage, DoNot, EmergencyMessage, EmergencyTemplate, FamilyPlan, HelpQuery, HotlineScope,
    HoursAnswer, Law, LawSummary, LocalPolicyAnswer, LocalTime, LocaleInfo, NearbyCounty,
    NearbyReason, NumberSummary, OpeningRange, PackOrigin, PackRef, PackReview, Place, PlanField,
    PolicyAnswer, PolicyTable, Quiz, QuizChoice, QuizQuestion, RegionAnswer, ReviewSummary,
    RightsCard, SearchHit, SearchKind, StateAnswer, Step, Topic, TopicSummary, WarrantAdviceLine,
    WarrantChoiceAnswer, WarrantOutcomeAnswer, WarrantQuestionAnswer, WarrantStep, Weekday,
};

/// Which content pack answers come from.
#[uniffi::remote(Record)]
pub struct PackRef {
    /// The pack's content version (only grows).
    pub content_version: i64,
    /// Embedded in the app, installed in the data folder, or a file opened directly.
    pub origin: PackOrigin,
    /// The signing key's id (16 hex digits); null for the embedded pack, which is not signed.
    pub key_id: Option<String>,
    /// What the signing key is for; null for the embedded pack.
    pub key_role: Option<KeyRole>,
}

/// Where the content in use came from.
#[uniffi::remote(Enum)]
pub enum PackOrigin {
    /// Compiled into the app.
    Embedded,
    /// A signed pack installed in the app's data folder.
    Installed,
    /// A signed pack file opened directly, not installed.
    File,
}

/// What a signing key is for.
#[uniffi::remote(Enum)]
pub enum KeyRole {
    /// The key every content release is signed with.
    Production,
    /// The offline backup key that takes over if the production key is lost.
    Backup,
    /// The test key; only test builds trust it.
    Test,
    /// A key a maintainers' tool was told to trust.
    Extra,
}

/// A situation in the topic list.
#[uniffi::remote(Record)]
pub struct TopicSummary {
    /// Stable topic id ("at-home"), not translated: pass it to `topic` or `rights_card`.
    pub id: String,
    /// A short icon name ("home", "car", "camera") for the app to map to its own image.
    pub icon: String,
    /// The situation's title, localized.
    pub title: String,
    /// One or two sentences on the situation, localized.
    pub summary: String,
    /// Whether a lawyer has reviewed this topic's text.
    pub review: LegalReview,
    /// The state it applies in ("CA"); `None`: everywhere.
    pub scope: Option<String>,
    /// "Only in California", localized; `None`: everywhere.
    pub scope_label: Option<String>,
}

/// A situation with all its steps, in order.
#[uniffi::remote(Record)]
pub struct Topic {
    /// Which pack this comes from (content version, embedded or installed, key id).
    pub pack: PackRef,
    /// Stable topic id ("at-home"), not translated: pass it to `topic` or `rights_card`.
    pub id: String,
    /// A short icon name ("home", "car", "camera") for the app to map to its own image.
    pub icon: String,
    /// The situation's title, localized.
    pub title: String,
    /// One or two sentences on the situation, localized.
    pub summary: String,
    /// Whether a lawyer has reviewed this topic's text.
    pub review: LegalReview,
    /// The state it applies in ("CA"); `None`: everywhere.
    pub scope: Option<String>,
    /// "Only in California", localized; `None`: everywhere.
    pub scope_label: Option<String>,
    /// What to do, in order; with a state chosen, only the federal steps and that state's.
    pub steps: Vec<Step>,
    /// Things not to do in this situation.
    pub do_not: Vec<DoNot>,
}

/// One thing not to do in a situation.
#[uniffi::remote(Record)]
pub struct DoNot {
    /// The point's id, unique within its topic; not translated.
    pub id: String,
    /// What not to do, localized.
    pub text: String,
    /// The pages this point is taken from.
    pub sources: Vec<Source>,
    /// YYYY-MM-DD: when the point was last checked against its sources.
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
    /// Stable law id ("sb54"), not translated: pass it to `law`.
    pub id: String,
    /// The law's name, localized.
    pub name: String,
    /// The legal citation as written ("Gov. Code §§7284–7284.12"); not translated.
    pub citation: String,
    /// Where the law stands (in force, vetoed, blocked, …).
    pub status: LawStatus,
    /// The status in words ("did not pass"), localized.
    pub status_label: String,
    /// YYYY-MM-DD, when the sources give it.
    pub signed: Option<String>,
    /// YYYY-MM-DD it took effect, when the sources give it; `None` otherwise.
    pub effective: Option<String>,
    /// What the law means for a person, localized.
    pub summary: String,
    /// What it does not do; `None` for the short records of other states.
    pub does_not: Option<String>,
    /// The state whose law it is ("CA") and its name.
    pub state: String,
    /// The state's name, localized ("California").
    pub state_name: String,
    /// The year, for records without full dates.
    pub year: Option<String>,
    /// For other states' laws: whether it limits or mandates cooperation.
    pub effect: Option<CooperationEffect>,
    /// `effect` in words, localized; `None` when `effect` is `None`.
    pub effect_label: Option<String>,
    /// The research's confidence in this record; `None` where it gives none.
    pub confidence: Option<Confidence>,
    /// Whether a lawyer has reviewed this law's text.
    pub review: LegalReview,
    /// The pages this record is taken from.
    pub sources: Vec<Source>,
    /// YYYY-MM-DD: when the record was last checked against its sources.
    pub checked: String,
    /// Set when every source is weak: says to check the point with a lawyer.
    pub caveat: Option<String>,
}

/// What a state's law does to cooperation with immigration enforcement.
#[uniffi::remote(Enum)]
pub enum CooperationEffect {
    /// It limits help to immigration enforcement.
    LimitsCooperation,
    /// It requires help to immigration enforcement.
    MandatesCooperation,
    /// Something else, such as a state immigration crime.
    Other,
}

/// Where a law stands.
#[uniffi::remote(Enum)]
pub enum LawStatus {
    /// In force.
    InForce,
    /// A bill that did not pass.
    DidNotPass,
    /// Passed by the legislature, but vetoed.
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
    /// The current question's or outcome's id: pass it to `warrant_check_answer`.
    pub state: String,
    /// The question to ask; `None` once the checker reaches an outcome.
    pub question: Option<WarrantQuestionAnswer>,
    /// The result; `None` while there is still a question to answer.
    pub outcome: Option<WarrantOutcomeAnswer>,
}

/// A warrant-checker question with its choices.
#[uniffi::remote(Record)]
pub struct WarrantQuestionAnswer {
    /// The question, localized.
    pub text: String,
    /// In the order to show them.
    pub choices: Vec<WarrantChoiceAnswer>,
}

/// One answer the person can pick for a warrant-checker question.
#[uniffi::remote(Record)]
pub struct WarrantChoiceAnswer {
    /// What to pass to `warrant_check_answer`.
    pub id: String,
    /// The choice's text for a button, localized.
    pub label: String,
}

/// The warrant checker's result: what the paper means and what to do.
#[uniffi::remote(Record)]
pub struct WarrantOutcomeAnswer {
    /// The outcome's id, stable across languages.
    pub id: String,
    /// What the paper means here.
    pub text: String,
    /// The words to say, in the user's language and the officer's.
    pub say: Option<CardLine>,
    /// BCP-47 tag of the locale the user's text comes from (the first of the chain).
    pub user_locale: String,
    /// BCP-47 tag of the officer's side of `say`; English when the requested locale is missing.
    pub officer_locale: String,
    /// What this paper does to the agents' entering the home.
    pub entry: EntryClaim,
    /// The safe advice, in order.
    pub advice: Vec<WarrantAdviceLine>,
    /// Whether a lawyer has reviewed this outcome's text.
    pub review: LegalReview,
    /// The pages this outcome is taken from.
    pub sources: Vec<Source>,
    /// YYYY-MM-DD: when the outcome was last checked against its sources.
    pub checked: String,
    /// Set when every source is weak: says to check the point with a lawyer.
    pub caveat: Option<String>,
}

/// One piece of safe advice for an outcome, with its text.
#[uniffi::remote(Record)]
pub struct WarrantAdviceLine {
    /// Which piece of advice it is (stable across languages).
    pub advice: WarrantAdvice,
    /// The advice, localized.
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
    /// Keep the door closed; talk through the door.
    KeepDoorClosed,
    /// Say clearly that you do not consent to entry or a search.
    DoNotConsent,
    /// If agents come in anyway, do not run, fight or block them.
    DoNotResist,
    /// You may stay silent; if you do, say so out loud.
    StaySilent,
    /// Ask for a lawyer.
    AskForLawyer,
    /// Do not sign anything until you talk to a lawyer.
    DoNotSign,
    /// Write down the agents' names, badge numbers, the time and what happened.
    NoteDetails,
    /// Call the county's rapid response line (see `find_help`).
    CallRapidResponse,
}

/// One search result: one topic, step or law, with its best-matching text.
#[uniffi::remote(Record)]
pub struct SearchHit {
    /// What the hit points at; says which of the ids below are set.
    pub kind: SearchKind,
    /// The topic for topic and step hits.
    pub topic_id: Option<String>,
    /// The step, for step hits; `None` otherwise.
    pub step_id: Option<String>,
    /// The law, for law hits; `None` otherwise.
    pub law_id: Option<String>,
    /// The topic's title or the law's name, for the result list.
    pub title: String,
    /// A short piece of the matching text.
    pub snippet: String,
    /// Relevance, higher first: 100 for a title, 30 for a step's action or words to
    /// say, 10 for other text; half as much again when the whole phrase matches.
    pub score: i32,
}

/// What a search hit points at.
#[uniffi::remote(Enum)]
pub enum SearchKind {
    /// A topic's title, summary or "do not" point: open `topic_id`.
    Topic,
    /// A step's text: `topic_id` and `step_id` are set.
    Step,
    /// A law's name, citation or text: `law_id` is set.
    Law,
}

/// One thing to do in a situation.
#[uniffi::remote(Record)]
pub struct Step {
    /// The step's id, unique within its topic ("keep-door-closed"); not translated.
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
    /// The pages this step is taken from.
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
    /// Stable source id, not translated.
    pub id: String,
    /// Its web address; `None` only for a source known by its citation.
    pub url: Option<String>,
    /// A legal citation ("885 F.3d 332 (5th Cir. 2018)"), for a court
    /// opinion the research names without a web address.
    pub citation: Option<String>,
    /// Who published the page ("ACLU of Virginia"), as written; not translated.
    pub publisher: String,
    /// How much weight the source carries.
    pub tier: SourceTier,
    /// The date the page itself shows (its publication or update), as
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` when the page shows none.
    /// Not the day it was read: that is a record's `checked`.
    pub date: Option<String>,
}

/// The words to say, in the user's language and the officer's, side by side.
#[uniffi::remote(Record)]
pub struct RightsCard {
    /// Which pack this comes from (content version, embedded or installed, key id).
    pub pack: PackRef,
    /// The topic the card is for.
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
    /// The topic's title in both languages.
    pub title: CardLine,
    /// A short opening for the officer: why they are being shown a card.
    pub heading: CardLine,
    /// The words to say from the topic's steps, in step order.
    pub phrases: Vec<CardLine>,
    /// Whether a lawyer has reviewed the topic's text.
    pub review: LegalReview,
}

/// One line of a card in both languages.
#[uniffi::remote(Record)]
pub struct CardLine {
    /// The line in the user's language (`user_locale`).
    pub user: String,
    /// The same line in the officer's language (`officer_locale`).
    pub officer: String,
    /// `user` as a voice should read it (see `speech_locale` of the answer).
    pub user_speech: String,
}

/// A locale the pack offers.
#[uniffi::remote(Record)]
pub struct LocaleInfo {
    /// BCP-47 tag, e.g. "es" or "zh-Hant".
    pub tag: String,
    /// The language's name in itself ("Español").
    pub native_name: String,
    /// How its text is laid out: left to right or right to left.
    pub direction: TextDirection,
    /// Share of the reference messages translated, from 0.0 to 1.0.
    pub coverage: f64,
    /// Whether its text is the original, a human translation or a machine one.
    pub translation: TranslationOrigin,
    /// Whether a person fluent in the language has reviewed the translation.
    pub human_reviewed: bool,
    /// The locale to ask a phone for a text-to-speech voice.
    pub speech_locale: String,
    /// Whether this locale is in the current negotiated chain.
    pub in_chain: bool,
}

/// What content this is, for an "about" screen and for support.
#[uniffi::remote(Record)]
pub struct ContentInfo {
    /// The content's version (2026120102: a date and a serial); only grows, so a higher one is newer content.
    pub content_version: i64,
    /// YYYY-MM-DD (UTC): the day the content pack was compiled.
    pub built: String,
    /// YYYY-MM-DD: after this day the app should say the content may be out of date (it still answers).
    pub stale_after: String,
    /// Whether `stale_after` has passed on the `today` given to `content_info`; null when no readable day was given.
    pub stale: Option<bool>,
    /// How many days past `stale_after` that day is (0 when not past); null when no readable day was given.
    pub days_past_stale: Option<i32>,
    /// Which pack this content is.
    pub pack: PackRef,
    /// ISO 3166-2 codes of the places the content covers, e.g. "US-CA".
    pub coverage: Vec<String>,
    /// How many topics (situations) the content has.
    pub topics: i32,
    /// How many steps all topics have together.
    pub steps: i32,
    /// How many law records: covered states' and other states' statewide laws.
    pub laws: i32,
    /// How many hotlines the content lists.
    pub hotlines: i32,
    /// How many legal-help organizations the content lists.
    pub organizations: i32,
    /// How many region records: the country and each state with content.
    pub regions: i32,
    /// How many locales the pack offers.
    pub locales: i32,
    /// How many counties (and planning regions) the content can place.
    pub counties: i32,
    /// How many ZIP codes the content can place.
    pub zips: i32,
    /// How much of the legal text a lawyer has reviewed.
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
    pub listed: i32,
    /// How many someone has confirmed by calling.
    pub confirmed: i32,
    /// Hotlines whose sources give another number for the same help.
    pub conflicting: i32,
    /// Over every source the content cites: the oldest and newest date a
    /// source shows (YYYY, YYYY-MM or YYYY-MM-DD), and how many show none.
    pub oldest_source_date: Option<String>,
    /// The newest date any source shows; `None` when no source shows one.
    pub newest_source_date: Option<String>,
    /// How many sources show no date.
    pub undated_sources: i32,
}

/// A credit the app must show for data it uses.
#[uniffi::remote(Record)]
pub struct Credit {
    /// Whom to credit ("GeoNames (www.geonames.org)"), in English.
    pub name: String,
    /// The licence the data is under ("CC BY 4.0; modified …"), in English.
    pub license: String,
    /// The data holder's web address.
    pub url: String,
    /// What the app uses the data for, in English.
    pub used_for: String,
}

/// How much of the legal text a lawyer has reviewed.
#[uniffi::remote(Record)]
pub struct ReviewSummary {
    /// Whether none, some or all of the legal text is lawyer-reviewed.
    pub status: PackReview,
    /// Legal texts (topics, laws, state baselines, local policies) a lawyer has reviewed.
    pub lawyer_reviewed: i32,
    /// Legal texts no lawyer has reviewed yet.
    pub unreviewed: i32,
}

/// Whether a lawyer has reviewed a piece of legal text.
#[uniffi::remote(Enum)]
pub enum LegalReview {
    /// No lawyer has reviewed it yet.
    Unreviewed,
    /// A lawyer has reviewed it.
    LawyerReviewed,
}

/// How much of the whole content's legal text a lawyer has reviewed.
#[uniffi::remote(Enum)]
pub enum PackReview {
    /// A lawyer has reviewed none of it.
    Unreviewed,
    /// A lawyer has reviewed some of it.
    PartlyReviewed,
    /// A lawyer has reviewed all of it.
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

/// How a locale's text is laid out.
#[uniffi::remote(Enum)]
pub enum TextDirection {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Persian, Pashto).
    Rtl,
}

/// Where a locale's text comes from.
#[uniffi::remote(Enum)]
pub enum TranslationOrigin {
    /// The reference text itself.
    Original,
    /// Translated by a person.
    Human,
    /// Machine-translated from the reference text.
    Machine,
}

/// Where the person is.
#[uniffi::remote(Enum)]
pub enum Place {
    /// 5 digits or ZIP+4.
    Zip { code: String },
    /// A county name ("Los Angeles", "Los Angeles County", "la"); case, accents and
    /// punctuation do not matter.
    County { name: String },
    /// A city name as the ZIP data writes it; case, accents and punctuation do not matter.
    City { name: String },
    /// A GPS point in decimal degrees (latitude −90 to 90, longitude −180 to 180).
    Coordinates { latitude: f64, longitude: f64 },
}

/// A `find_help` question.
#[uniffi::remote(Record)]
pub struct HelpQuery {
    /// Where to find help for.
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
    pub limit: Option<i32>,
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
    /// The day of the week at the place.
    pub weekday: Weekday,
    /// Minutes after midnight, 0 to 1439.
    pub minutes: i32,
}

/// A day of the week.
#[uniffi::remote(Enum)]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

/// The whole answer for one screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct HelpAnswer {
    /// Which pack the answer comes from.
    pub pack: PackRef,
    /// Whether the place is in a covered county, in a state without content, or unplaceable.
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

/// How far Amparo's content reaches the place asked about.
#[uniffi::remote(Enum)]
pub enum Coverage {
    /// In a county of a state with content.
    Covered,
    /// In a state Amparo has no local content for yet (known from a ZIP).
    OtherState,
    /// Nowhere Amparo can place.
    Outside,
}

/// The US state (or DC) the place is in.
#[uniffi::remote(Record)]
pub struct StateAnswer {
    /// Two-letter postal code, e.g. "CA".
    pub code: String,
    /// The state's name, localized.
    pub name: String,
    /// Whether Amparo has this state's local content.
    pub covered: bool,
}

/// The county the place is in.
#[uniffi::remote(Record)]
pub struct RegionAnswer {
    /// Two-letter postal code, e.g. "CA".
    pub state: String,
    /// The county's short name ("Los Angeles").
    pub county: String,
    /// Written out ("Los Angeles County", "South Central Connecticut
    /// Planning Region").
    pub county_full: String,
    /// The county's 5-digit FIPS code ("06037").
    pub county_fips: String,
    /// The city, when the place was a city or a ZIP, or a point near one.
    pub city: Option<String>,
    /// How `city` was found; `None` when `city` is `None`.
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

/// Another county the place may be in, or the nearest one, and why.
#[uniffi::remote(Record)]
pub struct NearbyCounty {
    /// The county's short name ("Orange").
    pub county: String,
    /// The county's 5-digit FIPS code.
    pub county_fips: String,
    /// Why this county is named.
    pub reason: NearbyReason,
    /// For points: how far the county is.
    pub distance_km: Option<f64>,
    /// Why it is named, localized.
    pub note: String,
}

/// Why a county other than the place's is named.
#[uniffi::remote(Enum)]
pub enum NearbyReason {
    /// The ZIP's area reaches into this county too.
    SharedZip,
    /// The city has ZIP codes in this county too.
    SharedCity,
    /// The GPS point is within 2 km of this county.
    NearBorder,
    /// Outside every county: only a suggestion to confirm.
    Nearest,
    /// The name asked for is a former county that spans this one too.
    FormerCounty,
}

/// What local police and jails may do at the place: the state's rules, then local policies.
#[uniffi::remote(Record)]
pub struct PolicyAnswer {
    /// The state's baseline: what its laws let local police and jails do.
    pub text: String,
    /// The state laws the baseline explains, in short.
    pub laws: Vec<LawSummary>,
    /// Whether a lawyer has reviewed the baseline text.
    pub review: LegalReview,
    /// Indexes into [`HelpAnswer::sources`].
    pub source_refs: Vec<i32>,
    /// YYYY-MM-DD: when the baseline was last checked against its sources.
    pub checked: String,
    /// The county's policy (or "no local policy found"), then the city's.
    pub local: Vec<LocalPolicyAnswer>,
    /// Low-confidence local policies left out because the query did not ask
    /// for them, and that said in words ("Low-confidence reports left out
    /// here: 1."), so "no local policy found" is not read as "nothing".
    pub hidden_low_confidence: i32,
    /// `hidden_low_confidence` in words, localized; `None` when it is 0.
    pub hidden_note: Option<String>,
}

/// A county's or a city's own policy, worded as who reported it and when.
#[uniffi::remote(Record)]
pub struct LocalPolicyAnswer {
    /// `None` for "no local policy found".
    pub id: Option<String>,
    /// The county or city as people say it ("Los Angeles County", "Long Beach"); not translated.
    pub jurisdiction: String,
    /// Whether this is a county's or a city's policy.
    pub kind: Jurisdiction,
    /// The county's 5-digit FIPS code (for a city, its county's).
    pub county_fips: String,
    /// Its place in the map legend.
    pub category: PolicyCategory,
    /// `category` in words, localized.
    pub category_label: String,
    /// Where the policy stands; `None` for "no local policy found".
    pub status: Option<PolicyStatus>,
    /// `status` in words, localized; `None` for "no local policy found".
    pub status_label: Option<String>,
    /// The year or years, as the research gives them ("2020"); `None` for "no local policy found".
    pub year: Option<String>,
    /// The newest date its sources show (YYYY, YYYY-MM or YYYY-MM-DD); `None` when
    /// none shows one, and for "no local policy found".
    pub as_of: Option<String>,
    /// Who reported it; `None` for "no local policy found".
    pub reported_by: Option<Reporter>,
    /// "As of 2025-07-17, news reports said: …", localized.
    pub text: String,
    /// The policy alone, without who and when.
    pub summary: String,
    /// "Local policies do not bind federal agents.", localized.
    pub reminder: String,
    /// The research's confidence; `None` for "no local policy found".
    pub confidence: Option<Confidence>,
    /// Why to be careful, localized; set only for low-confidence policies.
    pub low_confidence_note: Option<String>,
    /// Whether a lawyer has reviewed the text ("no local policy found": never).
    pub review: LegalReview,
    /// Indexes into the answer's sources.
    pub source_refs: Vec<i32>,
    /// YYYY-MM-DD: when last checked against its sources; `None` for "no local policy found".
    pub checked: Option<String>,
}

/// Whether a local policy is a county's or a city's.
#[uniffi::remote(Enum)]
pub enum Jurisdiction {
    /// A county's policy.
    County,
    /// A city's policy.
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

/// Where a local policy stands.
#[uniffi::remote(Enum)]
pub enum PolicyStatus {
    /// In force.
    InForce,
    /// In force, but being fought in court.
    Challenged,
    /// A first vote or a draft; final passage not confirmed.
    AdoptedNotFinal,
    /// Repealed: no longer in force.
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
    /// Official records.
    OfficialRecords,
    /// News reports.
    NewsReports,
    /// The sheriff's office.
    TheSheriff,
    /// Advocacy groups.
    Advocates,
    /// A single secondary source.
    OneSecondarySource,
}

/// The detainer-map table: every county of a state with its policy.
#[uniffi::remote(Record)]
pub struct PolicyTable {
    /// Two-letter postal code, e.g. "CA".
    pub state: String,
    /// The state's baseline, localized.
    pub baseline: Option<String>,
    /// One row per county, in the data's order.
    pub counties: Vec<CountyPolicyRow>,
    /// Every source cited above, once.
    pub sources: Vec<Source>,
}

/// One county of the policy table, with its own and its cities' policies.
#[uniffi::remote(Record)]
pub struct CountyPolicyRow {
    /// The county's short name ("Los Angeles").
    pub county: String,
    /// Written out ("Los Angeles County").
    pub county_full: String,
    /// The county's 5-digit FIPS code.
    pub county_fips: String,
    /// The county's own category, or "no local policy found".
    pub category: PolicyCategory,
    /// `category` in words, localized.
    pub category_label: String,
    /// The county's policy (or the "no local policy found" answer).
    pub county_policy: LocalPolicyAnswer,
    /// Its cities' policies.
    pub city_policies: Vec<LocalPolicyAnswer>,
    /// Low-confidence records of the county or its cities left out (shown
    /// only on request), so "no local policy found" is never read as "the
    /// research has nothing", and that in words.
    pub hidden_low_confidence: i32,
    /// `hidden_low_confidence` in words, localized; `None` when it is 0.
    pub hidden_note: Option<String>,
}

/// A place where ICE holds people, or held them.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct FacilityAnswer {
    /// Stable facility id ("adelanto"), not translated.
    pub id: String,
    /// Its own name; not translated.
    pub name: String,
    /// What kind of place it is.
    pub kind: FacilityKind,
    /// `kind` in words, localized.
    pub kind_label: String,
    /// Whether it holds people for ICE now.
    pub status: FacilityStatus,
    /// `status` in words, localized.
    pub status_label: String,
    /// Who runs it ("GEO Group"), as a source names it; `None` when none does.
    pub operator: Option<String>,
    /// Its city; `None` when the content does not name one.
    pub city: Option<String>,
    /// Its county, written out ("San Bernardino County").
    pub county: String,
    /// Its county's 5-digit FIPS code.
    pub county_fips: String,
    /// Its street address, only where a source states it.
    pub address: Option<String>,
    /// Its phone number, only where a source gives one.
    pub phone: Option<PhoneNumber>,
    /// What a family must know, localized.
    pub note: Option<String>,
    /// From the place asked about, when there is one.
    pub distance_km: Option<f64>,
    /// How exactly its map point is known (its city's centre, or a point in its county).
    pub location_precision: LocationPrecision,
    /// The research's confidence in this record.
    pub confidence: Confidence,
    /// The pages this record is taken from.
    pub sources: Vec<Source>,
    /// YYYY-MM-DD: when the record was last checked against its sources.
    pub checked: String,
}

/// What kind of place a detention facility is.
#[uniffi::remote(Enum)]
pub enum FacilityKind {
    /// An ICE processing center.
    ProcessingCenter,
    /// A detention center.
    DetentionCenter,
    /// An annex of another facility.
    Annex,
    /// A county jail.
    CountyJail,
    /// A city jail.
    CityJail,
}

/// Whether a facility holds people for ICE now.
#[uniffi::remote(Enum)]
pub enum FacilityStatus {
    /// Holds people for ICE.
    Operating,
    /// No longer holds ICE detainees: families should look elsewhere.
    Closed,
    /// Not known whether it holds people for ICE now.
    Uncertain,
}

/// Where people may be held in a state, and how to find someone.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
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

/// A law in short, for lists; `law` with its `id` gives the whole record.
#[uniffi::remote(Record)]
pub struct LawSummary {
    /// Stable law id: pass it to `law`.
    pub id: String,
    /// The law's name, localized.
    pub name: String,
    /// The legal citation as written; not translated.
    pub citation: String,
    /// Where the law stands.
    pub status: LawStatus,
    /// `status` in words, localized.
    pub status_label: String,
    /// For other states' laws: whether it limits or mandates cooperation; `None` otherwise.
    pub effect: Option<CooperationEffect>,
}

/// How much ground a line serves, seen from the place asked about.
#[uniffi::remote(Enum)]
pub enum HotlineScope {
    /// Serves this county only.
    County,
    /// Part of the county only (a city or neighbourhood): see `area`.
    Area,
    /// Serves this county and other regions (in `detention_facilities`: any non-national line).
    Regional,
    /// Serves the whole state.
    State,
    /// Serves the whole country.
    National,
}

/// A phone line to call, with what is known about its number.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct HotlineAnswer {
    /// Stable hotline id, not translated.
    pub id: String,
    /// The line's own name; not translated.
    pub name: String,
    /// The number to call.
    pub phone: PhoneNumber,
    /// What the line is for.
    pub kind: HotlineKind,
    /// What the line is for, localized.
    pub kind_label: String,
    /// Who runs it: a community group or a government.
    pub operator: Operator,
    /// "Run by the government, not by advocates", localized, for government lines.
    pub operator_label: Option<String>,
    /// How much ground it serves, seen from the place asked about.
    pub scope: HotlineScope,
    /// Set when the line serves only part of the county.
    pub area: Option<AreaAnswer>,
    /// What a person must know before calling, localized (who should not
    /// use it, say).
    pub note: Option<String>,
    /// `None`: no source states the hours.
    pub hours: Option<HoursAnswer>,
    /// Whether its hours are 24 hours every day; `false` when the hours are unknown.
    pub always_open: bool,
    /// With a query time on the line's clock: whether it is open then.
    pub open_now: Option<bool>,
    /// BCP-47 tags of the languages a source says it answers in; empty when none says.
    pub languages: Vec<String>,
    /// The research's confidence in this line; `find_help` shows low ones only on request.
    pub confidence: Confidence,
    /// "Medium confidence", localized.
    pub confidence_label: String,
    /// Set for low-confidence lines: why to be careful.
    pub low_confidence_note: Option<String>,
    /// Whether someone has confirmed the number by calling it.
    pub confirmed: bool,
    /// YYYY-MM-DD of the call that confirmed the number; `None` when unconfirmed.
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
    pub source_refs: Vec<i32>,
    /// YYYY-MM-DD: when the record was last checked against its sources.
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

/// The part of a county a line serves, when it is not the whole county.
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

/// Another line whose sources give a different number for the same help.
#[uniffi::remote(Record)]
pub struct ConflictAnswer {
    /// The other line's `HotlineAnswer::id`.
    pub with_id: String,
    /// The other line's name; not translated.
    pub with_name: String,
    /// The other line's number.
    pub with_phone: PhoneNumber,
    /// That both numbers are shown and unconfirmed, localized.
    pub note: String,
    /// Why the sources disagree, localized.
    pub reason: String,
}

/// For a family looking for someone: given with every answer, since a
/// person may be held in any state.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
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
    /// The hours as day-and-time ranges, on the clock of `time_zone`.
    pub ranges: Vec<OpeningRange>,
    /// The clock the source gives the hours on.
    pub source_time_zone: TimeZone,
}

/// The line is open on these days from `opens` to `closes`, in minutes
/// after midnight on the answer's clock (`closes` may be 1440).
#[uniffi::remote(Record)]
pub struct OpeningRange {
    /// The days the range applies to, Monday first.
    pub days: Vec<Weekday>,
    /// Opening time, minutes after midnight (0 to 1439).
    pub opens: i32,
    /// Closing time, minutes after midnight (up to 1440); closed from this minute on.
    pub closes: i32,
}

/// The time zones schedules and states are in (IANA names in content).
#[uniffi::remote(Enum)]
pub enum TimeZone {
    /// Pacific time (America/Los_Angeles).
    Pacific,
    /// Eastern time (America/New_York).
    Eastern,
}

/// A legal-help organization in the place's state, near the place asked about.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct OrganizationAnswer {
    /// Stable organization id, not translated.
    pub id: String,
    /// Its own name; not translated.
    pub name: String,
    /// Its street address as a source gives it; `None` when none does.
    pub address: Option<String>,
    /// The city it is based in; `None` when no source names one.
    pub city: Option<String>,
    /// The 5-digit FIPS code of the county it is placed in.
    pub county_fips: String,
    /// Great-circle distance from the place asked about, in kilometres, rounded to 0.1 km.
    pub distance_km: f64,
    /// How exactly its map point (and so `distance_km`) is known.
    pub location_precision: LocationPrecision,
    /// "Location approximate: …", localized.
    pub location_note: String,
    /// The kinds of help it offers.
    pub services: Vec<Service>,
    /// The services in words, localized.
    pub service_labels: Vec<String>,
    /// BCP-47 tags of the languages a source says it works in.
    pub languages: Vec<String>,
    /// Shown for low-confidence entries only on request.
    pub phone: Option<PhoneNumber>,
    /// Other numbers a source gives (see `Caution::TwoNumbers`); same rule as `phone`.
    pub other_phones: Vec<PhoneNumber>,
    /// What it costs, as a source says it.
    pub cost: Cost,
    /// `cost` in words, localized.
    pub cost_label: String,
    /// What the research warns about this record.
    pub cautions: Vec<Caution>,
    /// The cautions in words, localized.
    pub caution_labels: Vec<String>,
    /// Who it serves, or a limit, localized.
    pub note: Option<String>,
    /// The research's confidence in this record.
    pub confidence: Confidence,
    /// `confidence` in words, localized.
    pub confidence_label: String,
    /// Whether someone has confirmed the number by calling it.
    pub confirmed: bool,
    /// The newest date any of its sources shows (YYYY, YYYY-MM or YYYY-MM-DD);
    /// `None` when none shows a date.
    pub newest_source_date: Option<String>,
    /// "Not yet confirmed by phone. Newest source: 2019.", localized.
    pub confirmation_note: String,
    /// Indexes into [`HelpAnswer::sources`].
    pub source_refs: Vec<i32>,
    /// YYYY-MM-DD: when the record was last checked against its sources.
    pub checked: String,
}

/// What a line is for.
#[uniffi::remote(Enum)]
pub enum HotlineKind {
    /// To report immigration agents nearby and get help.
    RapidResponse,
    /// Information about people held in immigration detention.
    DetentionInfo,
    /// Immigration court case information (automated; needs the person's A-number).
    CourtInfo,
    /// Referrals to private immigration lawyers.
    LawyerReferral,
    /// A government office that refers people to services.
    Referral,
    /// Free civil legal aid: intake and referrals.
    LegalAid,
}

/// Who runs a line: people need to know a government line is not an advocate.
#[uniffi::remote(Enum)]
pub enum Operator {
    /// Run by a community group or advocates.
    Community,
    /// Run by a government office.
    Government,
}

/// How sure the research is of a record.
#[uniffi::remote(Enum)]
pub enum Confidence {
    /// High confidence.
    High,
    /// Medium confidence.
    Medium,
    /// Low confidence: such lines, local policies and organization phones are shown only
    /// on request (`include_low_confidence`), and marked.
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
    /// Free, as a source says.
    Free,
    /// Low cost, as a source says.
    LowCost,
    /// No source states the cost.
    Unknown,
}

/// What the research warns about an organization's record, carried as data
/// so the app can say it beside the number.
#[uniffi::remote(Enum)]
pub enum Caution {
    /// Only from a third party's copy of a DOJ list, not checked against it.
    ThirdPartyParse,
    /// Only one source lists it.
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
    /// No phone number was found for it.
    NoPhoneFound,
}

/// A kind of help an organization offers.
#[uniffi::remote(Enum)]
pub enum Service {
    /// Immigration legal help.
    LegalAid,
    /// Deportation defense.
    DeportationDefense,
    /// Rapid response to immigration enforcement.
    RapidResponse,
    /// Referrals to lawyers.
    LawyerReferral,
    /// Help for people in detention.
    DetentionSupport,
    /// Legal help for children (SIJS, unaccompanied minors).
    Children,
    /// Help for survivors of crime, trafficking or domestic violence.
    Victims,
}

/// A situation's training quiz: its questions that apply, without answers.
#[uniffi::remote(Record)]
pub struct Quiz {
    /// Which pack this comes from.
    pub pack: PackRef,
    /// The situation's id.
    pub topic_id: String,
    /// The situation's title.
    pub title: String,
    /// Whether a lawyer has reviewed the situation's text.
    pub review: LegalReview,
    /// The questions, in order.
    pub questions: Vec<QuizQuestion>,
}

/// One multiple-choice question.
#[uniffi::remote(Record)]
pub struct QuizQuestion {
    /// What to pass to `checkAnswer`.
    pub id: String,
    /// The words, in the user's language.
    pub text: String,
    /// In the order to show them.
    pub choices: Vec<QuizChoice>,
    /// The id of the situation's step or do-not point it is about.
    pub step_id: String,
    /// Where its facts come from.
    pub sources: Vec<Source>,
    /// The day the sources were read (YYYY-MM-DD).
    pub checked: String,
    /// The state it applies in ("CA"); null: everywhere.
    pub scope: Option<String>,
    /// "Only in California", localized; null: everywhere.
    pub scope_label: Option<String>,
}

/// One choice of a quiz question.
#[uniffi::remote(Record)]
pub struct QuizChoice {
    /// One lowercase letter ("a"): what to pass to `checkAnswer`.
    pub id: String,
    /// The words, in the user's language.
    pub text: String,
}

/// Whether a choice was right, the right one, and why.
#[uniffi::remote(Record)]
pub struct AnswerCheck {
    /// The question answered.
    pub question_id: String,
    /// Whether the choice given was the right one.
    pub correct: bool,
    /// The right choice.
    pub right_choice: QuizChoice,
    /// Why it is right, in the user's language.
    pub explanation: String,
    /// Where its facts come from.
    pub sources: Vec<Source>,
    /// The day the sources were read (YYYY-MM-DD).
    pub checked: String,
    /// Set when every source is weak: check the point with a lawyer.
    pub caveat: Option<String>,
}

/// The family preparedness plan, as a form to fill in by hand.
#[uniffi::remote(Record)]
pub struct FamilyPlan {
    /// Which pack this comes from.
    pub pack: PackRef,
    /// Its title, in the user's language.
    pub title: String,
    /// What the plan is for and where to keep it.
    pub intro: String,
    /// The things to write down, in order.
    pub fields: Vec<PlanField>,
}

/// One thing to write down in the family plan.
#[uniffi::remote(Record)]
pub struct PlanField {
    /// Stable id, not translated.
    pub id: String,
    /// What to write down.
    pub label: String,
    /// What to write, or why.
    pub hint: String,
    /// Lines to leave for writing, on paper.
    pub lines: i32,
    /// What the app can fill in itself; the rest only the person writes.
    pub prefill: Option<PlanPrefill>,
    /// Where its facts come from.
    pub sources: Vec<Source>,
    /// The day the sources were read (YYYY-MM-DD).
    pub checked: String,
}

/// A fact the app knows that a plan field can be filled with.
#[uniffi::remote(Enum)]
pub enum PlanPrefill {
    /// The rapid response line(s) of the person's county (from `findHelp`).
    RapidResponseLine,
}

/// An emergency text message a person can prepare.
#[uniffi::remote(Record)]
pub struct EmergencyTemplate {
    /// What to pass to `emergencyMessage` ("detained").
    pub kind: String,
    /// Its title, in the user's language.
    pub title: String,
    /// When to send it.
    pub when: String,
    /// The values it asks for, in order ("place", "contact", "a_number").
    pub variables: Vec<String>,
    /// Where its facts come from.
    pub sources: Vec<Source>,
    /// The day the sources were read (YYYY-MM-DD).
    pub checked: String,
}

/// An emergency message filled in, for the app to send.
#[uniffi::remote(Record)]
pub struct EmergencyMessage {
    /// Which pack this comes from.
    pub pack: PackRef,
    /// Which message ("detained").
    pub kind: String,
    /// Its title, in the user's language.
    pub title: String,
    /// In the user's language.
    pub text: String,
    /// The locale `text` is written in.
    pub user_locale: String,
    /// How `text` is laid out (`rtl` for Arabic, Persian, Pashto).
    pub user_direction: TextDirection,
    /// The same message in English.
    pub english: String,
    /// Values not given, left as `____` in the text.
    pub missing: Vec<String>,
    /// Where its facts come from.
    pub sources: Vec<Source>,
    /// The day the sources were read (YYYY-MM-DD).
    pub checked: String,
}
