//! Local depth: county and city policies, detention facilities, and the
//! states themselves. Text a person reads is a Fluent message id; facts are
//! fields with their provenance.

use serde::{Deserialize, Serialize};

use super::{Confidence, LegalReview, LocationPrecision, PhoneNumber, Provenance};

/// What a county or a city does about immigration enforcement beyond or
/// against its state's laws.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalPolicyRecord {
    pub id: String,
    /// As people say it: "Los Angeles County", "Long Beach".
    pub jurisdiction: String,
    pub kind: Jurisdiction,
    /// The county's FIPS code (a city's county, for a city).
    pub county: String,
    /// For a city: its name as the ZIP data writes it, folded for matching.
    pub city: Option<String>,
    pub category: PolicyCategory,
    pub status: PolicyStatus,
    /// The year or years, as the research gives them.
    pub year: String,
    /// The newest date its sources show (YYYY, YYYY-MM or YYYY-MM-DD).
    pub as_of: Option<String>,
    pub reported_by: Reporter,
    /// Fluent message id: what the policy does, in plain words.
    pub text: String,
    pub confidence: Confidence,
    pub review: LegalReview,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Jurisdiction {
    County,
    City,
}

/// A small fixed legend, modelled on the detainer map's, so a shell can
/// draw the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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

impl PolicyCategory {
    pub const ALL: [PolicyCategory; 6] = [
        PolicyCategory::LimitsBeyondStateLaw,
        PolicyCategory::FollowsStateLaw,
        PolicyCategory::HelpsIceWithinStateLaw,
        PolicyCategory::PublishesReleaseDates,
        PolicyCategory::OpposesStateLaw,
        PolicyCategory::NoLocalPolicyFound,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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

impl PolicyStatus {
    pub const ALL: [PolicyStatus; 7] = [
        PolicyStatus::InForce,
        PolicyStatus::Challenged,
        PolicyStatus::AdoptedNotFinal,
        PolicyStatus::Repealed,
        PolicyStatus::Ended,
        PolicyStatus::Symbolic,
        PolicyStatus::Unconfirmed,
    ];
}

/// Who reported a policy: the answer says "as of <date>, <who> reported".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reporter {
    OfficialRecords,
    NewsReports,
    TheSheriff,
    Advocates,
    OneSecondarySource,
}

impl Reporter {
    pub const ALL: [Reporter; 5] = [
        Reporter::OfficialRecords,
        Reporter::NewsReports,
        Reporter::TheSheriff,
        Reporter::Advocates,
        Reporter::OneSecondarySource,
    ];
}

/// A place where ICE holds people, or held them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FacilityRecord {
    pub id: String,
    /// Its own name (a proper noun, not translated).
    pub name: String,
    pub kind: FacilityKind,
    pub status: FacilityStatus,
    pub operator: Option<String>,
    pub city: Option<String>,
    /// County FIPS.
    pub county: String,
    /// (latitude, longitude): its city's centre, or a point in its county.
    pub location: (f64, f64),
    pub location_precision: LocationPrecision,
    /// Only where a source states it.
    pub address: Option<String>,
    /// Only where a source gives one.
    pub phone: Option<PhoneNumber>,
    /// Fluent message id: what a family must know about it.
    pub note: Option<String>,
    pub confidence: Confidence,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FacilityKind {
    ProcessingCenter,
    DetentionCenter,
    Annex,
    CountyJail,
    CityJail,
}

impl FacilityKind {
    pub const ALL: [FacilityKind; 5] = [
        FacilityKind::ProcessingCenter,
        FacilityKind::DetentionCenter,
        FacilityKind::Annex,
        FacilityKind::CountyJail,
        FacilityKind::CityJail,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FacilityStatus {
    Operating,
    /// No longer holds ICE detainees: families should look elsewhere.
    Closed,
    Uncertain,
}

impl FacilityStatus {
    pub const ALL: [FacilityStatus; 3] = [
        FacilityStatus::Operating,
        FacilityStatus::Closed,
        FacilityStatus::Uncertain,
    ];
}

/// What an organization costs, as a source says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cost {
    Free,
    LowCost,
    #[default]
    Unknown,
}

impl Cost {
    pub const ALL: [Cost; 3] = [Cost::Free, Cost::LowCost, Cost::Unknown];
}

/// What the research warns about an organization's record, carried as data
/// so the app can say it beside the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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

impl Caution {
    pub const ALL: [Caution; 10] = [
        Caution::ThirdPartyParse,
        Caution::SingleSource,
        Caution::RecognitionRenewalPending,
        Caution::TwoNumbers,
        Caution::AreaCodeMismatch,
        Caution::GovernmentOffice,
        Caution::MergedOffices,
        Caution::ReferralOnly,
        Caution::LimitedEligibility,
        Caution::NoPhoneFound,
    ];
}

/// A US state (or DC): whether Amparo has content for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateRecord {
    /// "us-ny".
    pub id: String,
    /// "NY".
    pub postal: String,
    /// In English, as `states.csv` writes it; people read `name_message`.
    pub name: String,
    /// The Fluent message with the state's name ("state-ny").
    pub name_message: String,
    /// Whether the pack has this state's counties, laws and local content.
    pub covered: bool,
}

/// A three-digit ZIP prefix (or a whole ZIP, for the exceptions) and the
/// region id of its state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZipPrefix {
    pub prefix: String,
    pub state: String,
}
