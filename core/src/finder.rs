//! `find_help`: from where someone is to the county, its policy, the lines to
//! call now and the nearest legal help. Offline, and stateless: the query is
//! used for this one call and dropped; nothing is stored or logged.

use std::collections::HashMap;
use std::str::FromStr;

use rstar::{AABB, PointDistance, RTree, RTreeObject};
use serde::Serialize;

use crate::error::AmparoError;
use crate::model::{
    Catalog, Confidence, HotlineKind, HotlineRecord, LegalReview, LocationPrecision, Operator,
    Service, Source, WeeklySchedule,
};
use crate::places::{self, CountyIndex, Nearby};
use crate::text::fold_name;

/// Organizations returned when the query sets no limit: about what one
/// phone screen shows. Ask for more with `limit`.
pub const DEFAULT_ORGANIZATION_LIMIT: u32 = 5;

/// Where the person is.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// 5 digits or ZIP+4.
    Zip {
        code: String,
    },
    County {
        name: String,
    },
    City {
        name: String,
    },
    Coordinates {
        latitude: f64,
        longitude: f64,
    },
}

/// A `find_help` question.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpQuery {
    pub place: Place,
    /// Only organizations offering one of these (empty: all). Hotlines are
    /// never filtered: in an emergency every line is worth seeing.
    pub services: Vec<Service>,
    /// Only organizations known to work in this language (BCP-47).
    pub speaks: Option<String>,
    /// How many organizations at most; `None` for the default.
    pub limit: Option<u32>,
    /// The caller's local weekday and time: the core has no clock.
    pub at: Option<LocalTime>,
    /// Include low-confidence numbers (always marked).
    pub include_unverified: bool,
}

impl HelpQuery {
    pub fn new(place: Place) -> Self {
        Self {
            place,
            services: Vec::new(),
            speaks: None,
            limit: None,
            at: None,
            include_unverified: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

/// A local weekday and time of day, as the phone's clock gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LocalTime {
    pub weekday: Weekday,
    /// Minutes after midnight, 0 to 1439.
    pub minutes: u16,
}

impl FromStr for LocalTime {
    type Err = AmparoError;

    /// `Mon 22:30` (English three-letter day, 24-hour time).
    fn from_str(text: &str) -> Result<Self, AmparoError> {
        let (day, time) = text
            .trim()
            .split_once(' ')
            .ok_or(AmparoError::InvalidTime)?;
        let weekday = match day.to_ascii_lowercase().as_str() {
            "mon" => Weekday::Monday,
            "tue" => Weekday::Tuesday,
            "wed" => Weekday::Wednesday,
            "thu" => Weekday::Thursday,
            "fri" => Weekday::Friday,
            "sat" => Weekday::Saturday,
            "sun" => Weekday::Sunday,
            _ => return Err(AmparoError::InvalidTime),
        };
        let (hours, minutes) = time
            .trim()
            .split_once(':')
            .ok_or(AmparoError::InvalidTime)?;
        let (Ok(hours), Ok(minutes)) = (hours.parse::<u16>(), minutes.parse::<u16>()) else {
            return Err(AmparoError::InvalidTime);
        };
        LocalTime::new(weekday, hours, minutes)
    }
}

impl LocalTime {
    pub fn new(weekday: Weekday, hours: u16, minutes: u16) -> Result<Self, AmparoError> {
        if hours > 23 || minutes > 59 {
            return Err(AmparoError::InvalidTime);
        }
        Ok(Self {
            weekday,
            minutes: hours * 60 + minutes,
        })
    }

    /// Outside Monday–Friday 9:00–17:00, when offices are closed.
    fn is_after_hours(self) -> bool {
        matches!(self.weekday, Weekday::Saturday | Weekday::Sunday)
            || !(9 * 60..17 * 60).contains(&self.minutes)
    }
}

/// The whole answer for one screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HelpAnswer {
    pub coverage: Coverage,
    /// The county the place is in; `None` when outside.
    pub region: Option<RegionAnswer>,
    /// Other counties the place may be in (a ZIP or city spanning counties,
    /// a point near a border); outside, the nearest county as a suggestion.
    pub also_counties: Vec<NearbyCounty>,
    pub policy: Option<PolicyAnswer>,
    /// County lines first, then regional, statewide, national.
    pub hotlines: Vec<HotlineAnswer>,
    /// Whether a rapid-response line serves this county specifically.
    pub local_line_known: bool,
    /// A sentence to show above the lines when there is no local line, or
    /// the place is outside the covered area.
    pub notice: Option<String>,
    /// Nearest first.
    pub organizations: Vec<OrganizationAnswer>,
    /// Every source cited above, once; items refer to them by index, which
    /// keeps the answer small when many lines cite the same page.
    pub sources: Vec<Source>,
}

/// Collects the sources an answer cites, each once.
struct Citations<'a> {
    catalog: &'a Catalog,
    cited: Vec<Source>,
    /// For each catalog source, its index in `cited`, or `u32::MAX`.
    positions: Vec<u32>,
}

impl<'a> Citations<'a> {
    fn new(catalog: &'a Catalog) -> Self {
        Self {
            catalog,
            cited: Vec::new(),
            positions: vec![u32::MAX; catalog.sources.len()],
        }
    }

    /// The answer-level indexes of these catalog sources.
    fn cite(&mut self, sources: &[usize]) -> Vec<u32> {
        sources
            .iter()
            .map(|&i| {
                if self.positions[i] == u32::MAX {
                    self.positions[i] = self.cited.len() as u32;
                    self.cited.push(self.catalog.sources[i].clone());
                }
                self.positions[i]
            })
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Coverage {
    Covered,
    Outside,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionAnswer {
    /// Two-letter postal code, e.g. "CA".
    pub state: String,
    pub county: String,
    pub county_fips: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NearbyCounty {
    pub county: String,
    pub county_fips: String,
    pub reason: NearbyReason,
    /// For points: how far the county is.
    pub distance_km: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NearbyReason {
    SharedZip,
    SharedCity,
    NearBorder,
    /// Outside every county: only a suggestion to confirm.
    Nearest,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicyAnswer {
    pub text: String,
    pub notes: Vec<String>,
    pub laws: Vec<LawSummary>,
    pub review: LegalReview,
    /// Indexes into [`HelpAnswer::sources`].
    pub source_refs: Vec<u32>,
    pub checked: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LawSummary {
    pub id: String,
    pub name: String,
    pub citation: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HotlineScope {
    County,
    Regional,
    State,
    National,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HotlineAnswer {
    pub id: String,
    pub name: String,
    /// E.164; `None` only for an unverified number the query did not ask for.
    pub phone: Option<String>,
    pub kind: HotlineKind,
    /// What the line is for, localized.
    pub kind_label: String,
    pub operator: Operator,
    /// "Run by the government, not by advocates", localized, for government lines.
    pub operator_label: Option<String>,
    pub scope: HotlineScope,
    /// OpenStreetMap `opening_hours`, California time; `None`: not known.
    pub hours: Option<String>,
    pub always_open: bool,
    /// With a query time: whether the line is open then; `None` if unknown.
    pub open_now: Option<bool>,
    pub languages: Vec<String>,
    pub confidence: Confidence,
    /// `false` for low-confidence entries, which are shown only on request.
    pub verified: bool,
    pub source_dates: Option<String>,
    /// The first source's address, for one-line displays.
    pub source: String,
    /// Indexes into [`HelpAnswer::sources`].
    pub source_refs: Vec<u32>,
    pub checked: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationAnswer {
    pub id: String,
    pub name: String,
    pub city: Option<String>,
    pub county_fips: String,
    pub distance_km: f64,
    pub location_precision: LocationPrecision,
    /// "Location approximate: …", localized.
    pub location_note: String,
    pub services: Vec<Service>,
    pub languages: Vec<String>,
    /// E.164; shown for low-confidence entries only on request.
    pub phone: Option<String>,
    pub confidence: Confidence,
    /// Indexes into [`HelpAnswer::sources`].
    pub source_refs: Vec<u32>,
    pub checked: String,
}

/// A resolved place: the county it is in (index; `None` outside), other
/// counties to name, and the point distances are measured from (lat, lon).
type Resolved = (Option<usize>, Vec<(usize, Nearby)>, (f64, f64));

/// Indexes built once, on the first `find_help`, and shared.
pub(crate) struct Finder {
    counties: CountyIndex,
    county_names: Vec<String>,
    cities: HashMap<String, Vec<usize>>,
    organizations: RTree<OrganizationPoint>,
    /// Hotline indexes by the region ids they serve, so a query looks at
    /// the lines of three regions, not at every line in the country.
    hotlines_by_region: HashMap<String, Vec<usize>>,
    /// Each record's sources as catalog indexes, resolved once.
    hotline_sources: Vec<Vec<usize>>,
    organization_sources: Vec<Vec<usize>>,
    sources: HashMap<String, usize>,
}

/// An organization on the unit sphere: straight-line (chord) order is
/// great-circle order, so an R-tree answers "nearest" on a globe.
struct OrganizationPoint {
    xyz: [f64; 3],
    index: usize,
}

impl RTreeObject for OrganizationPoint {
    type Envelope = AABB<[f64; 3]>;
    fn envelope(&self) -> Self::Envelope {
        AABB::from_point(self.xyz)
    }
}

impl PointDistance for OrganizationPoint {
    fn distance_2(&self, point: &[f64; 3]) -> f64 {
        self.xyz
            .iter()
            .zip(point)
            .map(|(a, b)| (a - b) * (a - b))
            .sum()
    }
}

fn unit_vector((lat, lon): (f64, f64)) -> [f64; 3] {
    let (lat, lon) = (lat.to_radians(), lon.to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

impl Finder {
    pub(crate) fn new(catalog: &Catalog) -> Self {
        let geography = &catalog.geography;
        let mut cities: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, zip) in geography.zips.iter().enumerate() {
            cities.entry(fold_name(&zip.city)).or_default().push(i);
        }
        let sources: HashMap<String, usize> = catalog
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        let resolve = |ids: &[String]| {
            ids.iter()
                .filter_map(|id| sources.get(id).copied())
                .collect()
        };
        let mut hotlines_by_region: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, line) in catalog.hotlines.iter().enumerate() {
            for region in &line.serves {
                hotlines_by_region
                    .entry(region.clone())
                    .or_default()
                    .push(i);
            }
        }
        let points = catalog
            .organizations
            .iter()
            .enumerate()
            .map(|(index, o)| OrganizationPoint {
                xyz: unit_vector(o.location),
                index,
            })
            .collect();
        Self {
            counties: CountyIndex::new(&geography.counties),
            county_names: geography
                .counties
                .iter()
                .map(|c| fold_name(&c.name))
                .collect(),
            cities,
            organizations: RTree::bulk_load(points),
            hotlines_by_region,
            hotline_sources: catalog
                .hotlines
                .iter()
                .map(|h| resolve(&h.provenance.sources))
                .collect(),
            organization_sources: catalog
                .organizations
                .iter()
                .map(|o| resolve(&o.provenance.sources))
                .collect(),
            sources,
        }
    }

    /// Resolves the place: (county index, other counties, origin point).
    fn resolve(&self, catalog: &Catalog, place: &Place) -> Result<Resolved, AmparoError> {
        let geography = &catalog.geography;
        let index_of = |fips: &str| geography.counties.iter().position(|c| c.fips == fips);
        match place {
            Place::Zip { code: zip } => {
                let zip = places::find_zip(geography, zip)?;
                let also = zip
                    .also_counties
                    .iter()
                    .filter_map(|f| index_of(f))
                    .map(|i| (i, Nearby::SharedZip))
                    .collect();
                Ok((index_of(&zip.county), also, zip.point))
            }
            Place::County { name } => {
                let i = places::find_county(geography, &self.county_names, name)?;
                Ok((Some(i), Vec::new(), geography.counties[i].interior))
            }
            Place::City { name } => {
                let zips = self
                    .cities
                    .get(&fold_name(name))
                    .ok_or(AmparoError::UnknownCity)?;
                let (counties, origin) = places::city_place(geography, zips);
                let mut found = counties.iter().filter_map(|f| index_of(f));
                let county = found.next();
                Ok((
                    county,
                    found.map(|i| (i, Nearby::SharedCity)).collect(),
                    origin,
                ))
            }
            Place::Coordinates {
                latitude,
                longitude,
            } => {
                places::check_coordinates(*latitude, *longitude)?;
                let (county, also) = self.counties.locate(*latitude, *longitude);
                Ok((county, also, (*latitude, *longitude)))
            }
        }
    }
}

/// The text lookups `find_help` needs, so it stays free of locale plumbing.
pub(crate) trait Texts {
    fn text(&self, id: &str) -> String;
}

pub(crate) fn find_help(
    catalog: &Catalog,
    finder: &Finder,
    texts: &impl Texts,
    labels: &Labels,
    query: &HelpQuery,
) -> Result<HelpAnswer, AmparoError> {
    if query.at.is_some_and(|at| at.minutes >= 24 * 60) {
        return Err(AmparoError::InvalidTime);
    }
    let (county, also, origin) = finder.resolve(catalog, &query.place)?;
    let geography = &catalog.geography;
    let nearby = |(i, why): &(usize, Nearby)| {
        let c = &geography.counties[*i];
        let (reason, distance_km) = match *why {
            Nearby::SharedZip => (NearbyReason::SharedZip, None),
            Nearby::SharedCity => (NearbyReason::SharedCity, None),
            Nearby::NearBorder { km } => (NearbyReason::NearBorder, Some(round_km(km))),
            Nearby::Nearest { km } => (NearbyReason::Nearest, Some(round_km(km))),
        };
        NearbyCounty {
            county: c.name.clone(),
            county_fips: c.fips.clone(),
            reason,
            distance_km,
        }
    };
    let also_counties = also.iter().map(nearby).collect();
    let county = county.map(|i| &geography.counties[i]);

    // The lines of the county, its state and the country, each once, in
    // the content's order.
    let mut citations = Citations::new(catalog);
    let mut indexes: Vec<usize> = county
        .map(|c| [c.fips.as_str(), c.state.as_str()])
        .into_iter()
        .flatten()
        .chain(["us"])
        .filter_map(|region| finder.hotlines_by_region.get(region))
        .flatten()
        .copied()
        .collect();
    indexes.sort_unstable();
    indexes.dedup();
    let scope = |h: &HotlineRecord| match county {
        Some(c) if h.serves.contains(&c.fips) => {
            if h.serves.len() == 1 {
                HotlineScope::County
            } else {
                HotlineScope::Regional
            }
        }
        Some(c) if h.serves.contains(&c.state) => HotlineScope::State,
        _ => HotlineScope::National,
    };
    let mut hotlines: Vec<HotlineAnswer> = indexes
        .into_iter()
        .filter(|&i| query.include_unverified || catalog.hotlines[i].confidence != Confidence::Low)
        .map(|i| {
            let h = &catalog.hotlines[i];
            let source_refs = citations.cite(&finder.hotline_sources[i]);
            hotline_answer(&citations, labels, h, source_refs, scope(h), query.at)
        })
        .collect();
    let after_hours = query.at.is_some_and(LocalTime::is_after_hours);
    // Open before closed; after hours, lines that never close first; then
    // the nearest scope; rapid response before other kinds. Stable, so the
    // content's order decides the rest.
    hotlines.sort_by_key(|h| {
        (
            h.open_now == Some(false),
            after_hours && !h.always_open,
            h.scope,
            h.kind != HotlineKind::RapidResponse,
        )
    });

    let local_line_known = hotlines
        .iter()
        .any(|h| h.kind == HotlineKind::RapidResponse && h.scope <= HotlineScope::Regional);
    let notice = match county {
        None => Some(texts.text("finder-outside")),
        Some(_) if !local_line_known => Some(texts.text("finder-no-local-line")),
        Some(_) => None,
    };

    Ok(HelpAnswer {
        coverage: if county.is_some() {
            Coverage::Covered
        } else {
            Coverage::Outside
        },
        region: county.map(|c| RegionAnswer {
            state: state_code(&c.state),
            county: c.name.clone(),
            county_fips: c.fips.clone(),
        }),
        also_counties,
        policy: county
            .and_then(|c| policy_answer(catalog, finder, &mut citations, texts, &c.state, &c.fips)),
        hotlines,
        local_line_known,
        notice,
        organizations: organizations(catalog, finder, &mut citations, labels, query, origin),
        sources: citations.cited,
    })
}

/// The labels a `find_help` answer repeats, formatted once per locale chain
/// (the facade keeps them until the locales change).
pub(crate) struct Labels {
    kinds: [String; 5],
    government: String,
    located_in_city: String,
    located_in_county: String,
}

impl Labels {
    pub(crate) fn new(texts: &impl Texts) -> Self {
        Self {
            kinds: [
                "hotline-kind-rapid-response",
                "hotline-kind-detention-info",
                "hotline-kind-court-info",
                "hotline-kind-lawyer-referral",
                "hotline-kind-referral",
            ]
            .map(|id| texts.text(id)),
            government: texts.text("hotline-operator-government"),
            located_in_city: texts.text("finder-location-city"),
            located_in_county: texts.text("finder-location-county"),
        }
    }

    fn kind(&self, kind: HotlineKind) -> String {
        let index = match kind {
            HotlineKind::RapidResponse => 0,
            HotlineKind::DetentionInfo => 1,
            HotlineKind::CourtInfo => 2,
            HotlineKind::LawyerReferral => 3,
            HotlineKind::Referral => 4,
        };
        self.kinds[index].clone()
    }
}

fn hotline_answer(
    citations: &Citations,
    labels: &Labels,
    h: &HotlineRecord,
    source_refs: Vec<u32>,
    scope: HotlineScope,
    at: Option<LocalTime>,
) -> HotlineAnswer {
    let source = source_refs
        .first()
        .map(|&i| citations.cited[i as usize].url.clone())
        .unwrap_or_default();
    HotlineAnswer {
        id: h.id.clone(),
        name: h.name.clone(),
        phone: Some(h.phone.clone()),
        kind: h.kind,
        kind_label: labels.kind(h.kind),
        operator: h.operator,
        operator_label: (h.operator == Operator::Government).then(|| labels.government.clone()),
        scope,
        hours: h.hours.clone(),
        always_open: h.schedule.as_ref().is_some_and(is_always_open),
        open_now: at.and_then(|at| h.schedule.as_ref().map(|s| is_open(s, at))),
        languages: h.languages.clone(),
        confidence: h.confidence,
        verified: h.confidence != Confidence::Low,
        source_dates: h.source_dates.clone(),
        source,
        source_refs,
        checked: h.provenance.checked.clone(),
    }
}

fn policy_answer(
    catalog: &Catalog,
    finder: &Finder,
    citations: &mut Citations,
    texts: &impl Texts,
    state: &str,
    fips: &str,
) -> Option<PolicyAnswer> {
    let baseline = catalog
        .policy
        .baselines
        .iter()
        .find(|b| b.region == state)?;
    let notes: Vec<_> = catalog
        .policy
        .notes
        .iter()
        .filter(|n| n.region == fips)
        .collect();
    let laws = baseline
        .laws
        .iter()
        .filter_map(|id| catalog.laws.iter().find(|l| &l.id == id))
        .map(|law| LawSummary {
            id: law.id.clone(),
            name: texts.text(&law.name),
            citation: law.citation.clone(),
        })
        .collect();
    let mut source_ids = baseline.provenance.sources.clone();
    source_ids.extend(
        notes
            .iter()
            .flat_map(|n| n.provenance.sources.iter().cloned()),
    );
    let reviewed = std::iter::once(baseline)
        .chain(notes.iter().copied())
        .all(|t| t.review == LegalReview::LawyerReviewed);
    Some(PolicyAnswer {
        text: texts.text(&baseline.text),
        notes: notes.iter().map(|n| texts.text(&n.text)).collect(),
        laws,
        review: if reviewed {
            LegalReview::LawyerReviewed
        } else {
            LegalReview::Unreviewed
        },
        source_refs: citations.cite(
            &source_ids
                .iter()
                .filter_map(|id| finder.sources.get(id).copied())
                .collect::<Vec<_>>(),
        ),
        checked: baseline.provenance.checked.clone(),
    })
}

fn organizations(
    catalog: &Catalog,
    finder: &Finder,
    citations: &mut Citations,
    labels: &Labels,
    query: &HelpQuery,
    origin: (f64, f64),
) -> Vec<OrganizationAnswer> {
    let limit = query.limit.unwrap_or(DEFAULT_ORGANIZATION_LIMIT) as usize;
    let speaks = query.speaks.as_deref().map(primary_language);
    let wanted = |o: &crate::model::OrganizationRecord| {
        (query.services.is_empty() || o.services.iter().any(|s| query.services.contains(s)))
            && speaks
                .as_ref()
                .is_none_or(|lang| o.languages.iter().any(|l| primary_language(l) == *lang))
    };
    finder
        .organizations
        .nearest_neighbor_iter(&unit_vector(origin))
        .filter(|p| wanted(&catalog.organizations[p.index]))
        .take(limit)
        .map(|p| {
            (
                &catalog.organizations[p.index],
                &finder.organization_sources[p.index],
            )
        })
        .map(|(o, cited)| OrganizationAnswer {
            id: o.id.clone(),
            name: o.name.clone(),
            city: o.city.clone(),
            county_fips: o.county.clone(),
            distance_km: round_km(places::great_circle_km(origin, o.location)),
            location_precision: o.location_precision,
            location_note: match o.location_precision {
                LocationPrecision::City => labels.located_in_city.clone(),
                LocationPrecision::County => labels.located_in_county.clone(),
            },
            services: o.services.clone(),
            languages: o.languages.clone(),
            phone: o
                .phone
                .clone()
                .filter(|_| query.include_unverified || o.confidence != Confidence::Low),
            confidence: o.confidence,
            source_refs: citations.cite(cited),
            checked: o.provenance.checked.clone(),
        })
        .collect()
}

fn is_open(schedule: &WeeklySchedule, at: LocalTime) -> bool {
    let day = 1u8 << (at.weekday as u8);
    schedule
        .ranges
        .iter()
        .any(|r| r.days & day != 0 && (r.from..r.to).contains(&at.minutes))
}

fn is_always_open(schedule: &WeeklySchedule) -> bool {
    schedule
        .ranges
        .iter()
        .any(|r| r.days == 0b111_1111 && r.from == 0 && r.to == 24 * 60)
}

/// "es-MX" → "es": organizations list languages without regions.
fn primary_language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// "us-ca" → "CA".
fn state_code(region: &str) -> String {
    region
        .rsplit('-')
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase()
}

fn round_km(km: f64) -> f64 {
    (km * 10.0).round() / 10.0
}
