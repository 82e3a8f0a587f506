//! What the finder returns: one whole answer per screen, localized, with
//! every source cited once.

use std::sync::Arc;

use serde::Serialize;

use crate::hours::HoursAnswer;
use crate::model::{
    Caution, Confidence, CooperationEffect, Cost, FacilityKind, FacilityStatus, HotlineKind,
    Jurisdiction, LawStatus, LegalReview, LocationPrecision, Operator, PhoneNumber, PolicyCategory,
    PolicyStatus, Reporter, Service, Source,
};

/// The whole answer for one screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HelpAnswer {
    /// Which pack the answer comes from.
    pub pack: crate::content::PackRef,
    pub coverage: Coverage,
    /// The state the place is in, when known (covered or not).
    pub state: Option<StateAnswer>,
    /// The county the place is in; `None` outside the covered states.
    pub region: Option<RegionAnswer>,
    /// Other counties the place may be in (a ZIP or city spanning counties,
    /// a point near a border, a former county that spans several); outside,
    /// the nearest county as a suggestion.
    pub also_counties: Vec<NearbyCounty>,
    /// The state's baseline and the county's and city's own policies;
    /// shared by every answer for the same county and city.
    pub policy: Option<Arc<PolicyAnswer>>,
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
    /// keeps the answer small when many lines cite the same page. Shared
    /// with the catalog's copy.
    pub sources: Vec<Arc<Source>>,
}

/// The sources an answer has cited so far, each once, in the order first
/// cited: what an answer made in parts carries from one part to the next.
#[derive(Clone, Default)]
pub(crate) struct CitedSources {
    pub(crate) cited: Vec<Arc<Source>>,
    /// The catalog index of each cited source: an answer cites a few dozen
    /// at most, so a scan beats a table the size of the catalog.
    cited_from: Vec<usize>,
}

impl CitedSources {
    pub(crate) fn same_as(&self, other: &CitedSources) -> bool {
        self.cited_from == other.cited_from
    }
}

/// Collects the sources an answer cites.
pub(crate) struct Citations<'a> {
    /// The catalog's sources, shared.
    sources: &'a [Arc<Source>],
    pub(crate) list: CitedSources,
}

impl<'a> Citations<'a> {
    pub(crate) fn new(sources: &'a [Arc<Source>]) -> Self {
        Self::resume(sources, CitedSources::default())
    }

    /// Goes on from sources already cited.
    pub(crate) fn resume(sources: &'a [Arc<Source>], list: CitedSources) -> Self {
        Self { sources, list }
    }

    /// The answer-level indexes of these catalog sources.
    pub(crate) fn cite(&mut self, sources: &[usize]) -> Vec<i32> {
        let list = &mut self.list;
        sources
            .iter()
            .filter_map(|&i| {
                let position = match list.cited_from.iter().position(|&c| c == i) {
                    Some(position) => position,
                    None => {
                        list.cited.push(Arc::clone(self.sources.get(i)?));
                        list.cited_from.push(i);
                        list.cited.len() - 1
                    }
                };
                i32::try_from(position).ok()
            })
            .collect()
    }

    pub(crate) fn into_shared(self) -> Vec<Arc<Source>> {
        self.list.cited
    }

    /// The cited sources as owned records, for answers that are not shared.
    pub(crate) fn into_owned(self) -> Vec<Source> {
        self.list.cited.iter().map(|s| Source::clone(s)).collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Coverage {
    /// In a county of a state with content.
    Covered,
    /// In a state Amparo has no local content for yet (known from a ZIP).
    OtherState,
    /// Nowhere Amparo can place.
    Outside,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StateAnswer {
    /// Two-letter postal code, e.g. "CA".
    pub code: String,
    pub name: String,
    /// Whether Amparo has this state's local content.
    pub covered: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CitySource {
    /// The person named it.
    Name,
    /// The ZIP's city.
    Zip,
    /// The city of the ZIP point nearest to a GPS point (within 5 km, in the
    /// same county): a good guess, not a boundary.
    NearestZip,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NearbyCounty {
    pub county: String,
    pub county_fips: String,
    pub reason: NearbyReason,
    /// For points: how far the county is.
    pub distance_km: Option<f64>,
    /// Why it is named, localized.
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NearbyReason {
    SharedZip,
    SharedCity,
    NearBorder,
    /// Outside every county: only a suggestion to confirm.
    Nearest,
    /// The name asked for is a former county that spans this one too.
    FormerCounty,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicyAnswer {
    /// The state's baseline: what its laws let local police and jails do.
    pub text: String,
    pub laws: Vec<LawSummary>,
    pub review: LegalReview,
    /// Indexes into [`HelpAnswer::sources`].
    pub source_refs: Vec<i32>,
    pub checked: String,
    /// The county's policy (or "no local policy found"), then the city's.
    pub local: Vec<LocalPolicyAnswer>,
    /// Low-confidence local policies left out because the query did not ask
    /// for them, and that said in words ("Low-confidence reports left out
    /// here: 1."), so "no local policy found" is not read as "nothing".
    pub hidden_low_confidence: i32,
    pub hidden_note: Option<String>,
}

/// A county's or a city's own policy, worded as who reported it and when.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    pub source_refs: Vec<i32>,
    pub checked: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LawSummary {
    pub id: String,
    pub name: String,
    pub citation: String,
    pub status: LawStatus,
    pub status_label: String,
    pub effect: Option<CooperationEffect>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HotlineScope {
    County,
    /// Part of the county only (a city or neighbourhood): see `area`.
    Area,
    Regional,
    State,
    National,
}

/// A line in an answer: what is the same in every answer that lists it,
/// shared, and what depends on the place and the time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HotlineAnswer {
    /// The line as the locale chain words it, on the place's clock; made
    /// once and shared by every answer that lists the line.
    #[serde(flatten)]
    pub details: Arc<HotlineDetails>,
    pub scope: HotlineScope,
    /// Set when the line serves only part of the county.
    pub area: Option<AreaAnswer>,
    /// With a query time on the line's clock: whether it is open then.
    pub open_now: Option<bool>,
    /// Indexes into [`HelpAnswer::sources`]; shared like `details`.
    pub source_refs: Arc<[i32]>,
}

impl std::ops::Deref for HotlineAnswer {
    type Target = HotlineDetails;
    fn deref(&self) -> &HotlineDetails {
        &self.details
    }
}

/// What a line's answer says whatever the place and time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HotlineDetails {
    pub id: String,
    pub name: String,
    pub phone: PhoneNumber,
    pub kind: HotlineKind,
    /// What the line is for, localized.
    pub kind_label: String,
    pub operator: Operator,
    /// "Run by the government, not by advocates", localized, for government lines.
    pub operator_label: Option<String>,
    /// What a person must know before calling, localized (who should not
    /// use it, say).
    pub note: Option<String>,
    /// `None`: no source states the hours.
    pub hours: Option<HoursAnswer>,
    pub always_open: bool,
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
    pub checked: String,
    /// The area's name and label, for `HotlineAnswer::area`.
    #[serde(skip)]
    pub(crate) area_words: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaAnswer {
    /// The area's name ("Long Beach").
    pub name: String,
    /// "Serves only Long Beach, not the whole county.", localized.
    pub label: String,
    /// Whether the place asked about is in the area; `None` when the place
    /// is not a city or ZIP, or the area is not one the data can place.
    pub includes_place: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictAnswer {
    pub with_id: String,
    pub with_name: String,
    pub with_phone: PhoneNumber,
    /// That both numbers are shown and unconfirmed, localized.
    pub note: String,
    /// Why the sources disagree, localized.
    pub reason: String,
}

/// An organization in an answer: its details, shared, and how far it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationAnswer {
    /// Made once per locale chain and shared by every answer that lists it.
    #[serde(flatten)]
    pub details: Arc<OrganizationDetails>,
    pub distance_km: f64,
    /// Indexes into [`HelpAnswer::sources`].
    pub source_refs: Vec<i32>,
}

impl std::ops::Deref for OrganizationAnswer {
    type Target = OrganizationDetails;
    fn deref(&self) -> &OrganizationDetails {
        &self.details
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationDetails {
    pub id: String,
    pub name: String,
    pub address: Option<String>,
    pub city: Option<String>,
    pub county_fips: String,
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
    pub checked: String,
}

/// A place where ICE holds people, or held them: its details, shared, and
/// how far it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FacilityAnswer {
    /// Made once per locale chain and shared by every answer that lists it.
    #[serde(flatten)]
    pub details: Arc<FacilityDetails>,
    /// From the place asked about, when there is one.
    pub distance_km: Option<f64>,
}

impl std::ops::Deref for FacilityAnswer {
    type Target = FacilityDetails;
    fn deref(&self) -> &FacilityDetails {
        &self.details
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FacilityDetails {
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
    pub location_precision: LocationPrecision,
    pub confidence: Confidence,
    pub sources: Vec<Source>,
    pub checked: String,
}

/// For a family looking for someone: given with every answer, since a
/// person may be held in any state.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// Where people may be held in a state, and how to find someone.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    pub sources: Vec<Arc<Source>>,
}

/// The detainer-map table: every county of a state with its policy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicyTable {
    pub state: String,
    /// The state's baseline, localized.
    pub baseline: Option<String>,
    /// One row per county, in the data's order.
    pub counties: Vec<CountyPolicyRow>,
    /// Every source cited above, once.
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
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
    pub hidden_low_confidence: i32,
    pub hidden_note: Option<String>,
}
