//! Lines and organizations: phone numbers checked at build time, who runs
//! each line, what it is for, where an organization works and what it offers.

use serde::{Deserialize, Serialize};

use super::{Caution, Cost, Provenance, RegionKind, TimeZone, WeeklySchedule};

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
