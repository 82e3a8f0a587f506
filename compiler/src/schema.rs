//! The TOML source schema, as authors write it. Spans are kept so that every
//! problem found after parsing still points at a line.
//!
//! `deny_unknown_fields` everywhere: a misspelt key is an error, not a fact
//! silently dropped. `sources` and `checked` are optional in the schema only
//! so that their absence is reported in our own words, at the record's line.

use serde::Deserialize;
use toml::Spanned;

use amparo_model::model::{
    Caution, Confidence, CooperationEffect, Cost, Credit, EntryClaim, FacilityKind, FacilityStatus,
    HotlineKind, Jurisdiction, LawStatus, LegalReview, MessageFact, Operator, PlanPrefill,
    PolicyCategory, PolicyStatus, RegionKind, Reporter, Service, SourceTier, TextDirection,
    TimeZone, TranslationOrigin, WarrantAdvice,
};

pub(super) type Text = Spanned<String>;

/// `content/pack.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawManifest {
    pub content_version: Spanned<u64>,
    pub stale_after: Text,
    pub coverage: Vec<Text>,
}

/// `content/sources.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSources {
    #[serde(rename = "source", default)]
    pub sources: Vec<Spanned<RawSource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    pub id: Text,
    /// Required unless the source is a court opinion known by `citation`.
    pub url: Option<Text>,
    pub citation: Option<String>,
    pub publisher: String,
    pub tier: SourceTier,
    /// The date the page shows: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or
    /// `undated`. Required, so that "no date" is always a decision.
    pub date: Text,
}

/// `content/topics/<id>.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTopic {
    pub id: Text,
    pub order: Spanned<u32>,
    pub icon: String,
    pub title: Text,
    pub summary: Text,
    pub review: LegalReview,
    /// A state's region id when the whole situation rests on its laws.
    pub scope: Option<Text>,
    #[serde(rename = "step", default)]
    pub steps: Vec<Spanned<RawStep>>,
    #[serde(rename = "do_not", default)]
    pub do_not: Vec<Spanned<RawDoNot>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDoNot {
    pub id: Text,
    pub text: Text,
    pub scope: Option<Text>,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStep {
    pub id: Text,
    #[serde(rename = "do")]
    pub action: Text,
    pub say: Option<Text>,
    /// `false` when the words are not for an officer; default `true`.
    pub on_card: Option<bool>,
    pub why: Text,
    /// A state's region id ("us-ca") when the step rests on its law.
    pub scope: Option<Text>,
    /// https addresses the step points to (never written into its text).
    #[serde(default)]
    pub links: Vec<Text>,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

/// `content/laws.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLaws {
    #[serde(rename = "law", default)]
    pub laws: Vec<Spanned<RawLaw>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLaw {
    pub id: Text,
    /// Only in the national table (`state-laws.toml`): whose law it is. A
    /// state folder's laws are that state's.
    pub state: Option<Text>,
    pub citation: String,
    pub status: LawStatus,
    pub signed: Option<Text>,
    pub effective: Option<Text>,
    pub year: Option<String>,
    pub effect: Option<CooperationEffect>,
    pub confidence: Option<Confidence>,
    pub name: Text,
    pub summary: Text,
    pub does_not: Option<Text>,
    pub review: LegalReview,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

/// `content/warrant.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWarrant {
    pub start: Text,
    #[serde(rename = "question", default)]
    pub questions: Vec<Spanned<RawWarrantQuestion>>,
    #[serde(rename = "outcome", default)]
    pub outcomes: Vec<Spanned<RawWarrantOutcome>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWarrantQuestion {
    pub id: Text,
    pub text: Text,
    pub choices: Vec<Spanned<RawWarrantChoice>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWarrantChoice {
    pub id: Text,
    pub label: Text,
    pub next: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWarrantOutcome {
    pub id: Text,
    pub text: Text,
    pub say: Option<Text>,
    pub entry: EntryClaim,
    /// Optional in the schema only so that its absence is reported in our
    /// own words ("outcome without advice").
    #[serde(default)]
    pub advice: Vec<WarrantAdvice>,
    pub review: LegalReview,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

/// `content/hotlines.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawHotlines {
    #[serde(rename = "hotline", default)]
    pub hotlines: Vec<Spanned<RawHotline>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawHotline {
    pub id: Text,
    pub name: String,
    pub kind: HotlineKind,
    pub operator: Operator,
    pub phone: Text,
    /// Digits to dial after connecting, when a source gives them.
    pub extension: Option<Text>,
    /// `true` only where a source says the number takes text messages.
    pub texts: Option<bool>,
    pub serves: Vec<Text>,
    /// Set when the line serves only part of the county in `serves`.
    pub area: Option<RawArea>,
    /// Fluent message id: what a person must know before calling.
    pub note: Option<Text>,
    /// OpenStreetMap `opening_hours` subset, on the clock of `time_zone`.
    pub hours: Option<Text>,
    /// Required with `hours`.
    pub time_zone: Option<Spanned<TimeZone>>,
    #[serde(default)]
    pub languages: Vec<Text>,
    pub confidence: Confidence,
    /// Both set once someone has called the number and confirmed it.
    pub confirmed_on: Option<Text>,
    pub confirmed_by: Option<Text>,
    pub conflict: Option<RawConflict>,
    /// Only when some `sources` do not print the number: the ones that do.
    pub number_sources: Option<Vec<Text>>,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawArea {
    pub name: String,
    /// Cities in the ZIP data that make up the area, if it is made of cities.
    #[serde(default)]
    pub cities: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConflict {
    /// The other hotline's id; it must name this one back.
    pub with: Text,
    /// Fluent message id: why the sources disagree.
    pub reason: Text,
}

/// `content/organizations.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOrganizations {
    #[serde(rename = "organization", default)]
    pub organizations: Vec<Spanned<RawOrganization>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOrganization {
    pub id: Text,
    pub name: String,
    /// A city in `geo/ca_zips.csv`: the organization is placed at its
    /// centre. Without one, `county` (FIPS) places it inside the county.
    pub city: Option<Text>,
    pub county: Option<Text>,
    pub serves: Vec<Text>,
    pub services: Vec<Service>,
    #[serde(default)]
    pub languages: Vec<Text>,
    pub phone: Option<Text>,
    pub extension: Option<Text>,
    pub texts: Option<bool>,
    #[serde(default)]
    pub other_phones: Vec<Text>,
    /// As a source gives it.
    pub address: Option<String>,
    /// The address's ZIP: places the organization at that ZIP's point.
    pub zip: Option<Text>,
    #[serde(default)]
    pub cost: Cost,
    #[serde(default)]
    pub cautions: Vec<Caution>,
    /// Fluent message id: who it serves or a limit a person must know.
    pub note: Option<Text>,
    pub confidence: Confidence,
    pub confirmed_on: Option<Text>,
    pub confirmed_by: Option<Text>,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

/// `content/regions.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRegions {
    #[serde(rename = "region", default)]
    pub regions: Vec<Spanned<RawRegion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRegion {
    pub id: Text,
    pub kind: RegionKind,
    pub name: String,
    pub within: Option<Text>,
    /// Required for a state: the clock its counties' local times are in.
    pub time_zone: Option<TimeZone>,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

/// `content/states/<xx>/policy.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPolicy {
    #[serde(rename = "baseline", default)]
    pub baselines: Vec<Spanned<RawPolicyText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPolicyText {
    /// The region it applies to; also the record's id.
    #[serde(rename = "region")]
    pub id: Text,
    pub text: Text,
    pub laws: Vec<Text>,
    pub review: LegalReview,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

/// `content/states/<xx>/state.toml`: the state a folder holds.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawState {
    /// "us-ca".
    pub id: Text,
    pub name: String,
    pub time_zone: TimeZone,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

/// `content/states/<xx>/local-policies.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLocalPolicies {
    #[serde(rename = "local_policy", default)]
    pub policies: Vec<Spanned<RawLocalPolicy>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLocalPolicy {
    pub id: Text,
    pub jurisdiction: String,
    pub kind: Jurisdiction,
    pub county: Text,
    /// Only for a city: its name as the ZIP data writes it.
    pub city: Option<Text>,
    pub category: Spanned<PolicyCategory>,
    pub status: PolicyStatus,
    pub year: String,
    pub as_of: Option<Text>,
    pub reported_by: Reporter,
    pub text: Text,
    pub confidence: Confidence,
    pub review: LegalReview,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

/// `content/states/<xx>/detention.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFacilities {
    #[serde(rename = "facility", default)]
    pub facilities: Vec<Spanned<RawFacility>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFacility {
    pub id: Text,
    pub name: String,
    pub kind: FacilityKind,
    pub status: FacilityStatus,
    pub operator: Option<String>,
    pub city: Option<Text>,
    pub county: Text,
    pub address: Option<String>,
    pub phone: Option<Text>,
    pub extension: Option<Text>,
    pub note: Option<Text>,
    pub confidence: Confidence,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

/// `content/detention.toml`: ICE's online detainee locator.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDetention {
    pub locator: Spanned<RawLocator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLocator {
    pub id: Text,
    pub url: Text,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

/// `content/credits.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCredits {
    #[serde(rename = "credit", default)]
    pub credits: Vec<Credit>,
}

/// `locales/<tag>/locale.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLocale {
    pub native_name: String,
    pub direction: TextDirection,
    pub translation: TranslationOrigin,
    pub human_reviewed: bool,
    /// The locale to ask a phone for a text-to-speech voice, e.g. `fil-PH`.
    pub speech_locale: String,
}

/// What every record with provenance has in common, for the shared checks.
pub(super) trait RawRecord {
    fn id(&self) -> &Text;
    /// Moves `sources` and `checked` out of the record.
    fn take_provenance(&mut self) -> (Option<Vec<Text>>, Option<Text>);
}

macro_rules! raw_record {
    ($($record:ty),*) => {$(
        impl RawRecord for $record {
            fn id(&self) -> &Text {
                &self.id
            }
            fn take_provenance(&mut self) -> (Option<Vec<Text>>, Option<Text>) {
                (self.sources.take(), self.checked.take())
            }
        }
    )*};
}

raw_record!(
    RawLaw,
    RawLocalPolicy,
    RawFacility,
    RawLocator,
    RawHotline,
    RawOrganization,
    RawRegion,
    RawPolicyText,
    RawStep,
    RawDoNot
);

/// `content/quiz/<topic>.toml`: one situation's quiz.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuiz {
    pub topic: Text,
    #[serde(rename = "question", default)]
    pub questions: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestion {
    pub id: Text,
    /// The step or do-not point of the topic that the question tests.
    pub tests: Text,
    pub text: Text,
    pub choices: Vec<RawChoice>,
    pub answer: Text,
    pub why: Text,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChoice {
    pub id: Text,
    pub text: Text,
}

/// `content/family-plan.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFamilyPlan {
    pub title: Text,
    pub intro: Text,
    #[serde(rename = "field", default)]
    pub fields: Vec<Spanned<RawPlanField>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPlanField {
    pub id: Text,
    pub label: Text,
    pub hint: Text,
    pub lines: u32,
    pub prefill: Option<PlanPrefill>,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

/// `content/emergency-messages.toml`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEmergencyMessages {
    #[serde(rename = "message", default)]
    pub messages: Vec<Spanned<RawEmergencyMessage>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEmergencyMessage {
    /// The kind a caller asks for ("detained").
    pub id: Text,
    pub title: Text,
    pub when: Text,
    pub text: Text,
    pub variables: Vec<Text>,
    /// Filled in from the content: `detainee-locator` as `$locator`.
    #[serde(default)]
    pub facts: Vec<MessageFact>,
    pub sources: Option<Vec<Text>>,
    pub checked: Option<Text>,
}

raw_record!(RawQuestion, RawPlanField, RawEmergencyMessage);
