//! `find_help`: from where someone is to the county, its policy, the lines to
//! call now and the nearest legal help. Offline, and stateless: the query is
//! used for this one call and dropped; nothing is stored or logged.
//!
//! Invariants: a line whose number conflicts with another line's is never
//! shown alone: the other line is listed too when it serves the place, and
//! its number always travels in the `conflict` field. A line for part of a
//! county carries that area. No answer calls a number confirmed unless a
//! call confirmed it.

use std::collections::HashMap;
use std::str::FromStr;

use rstar::{AABB, PointDistance, RTree, RTreeObject};
use serde::Serialize;

use crate::error::AmparoError;
use crate::hours::{self, HoursAnswer};
use crate::messages;
use crate::model::{
    Catalog, Confidence, Confirmation, HotlineKind, HotlineRecord, LegalReview, LocationPrecision,
    Operator, PhoneNumber, RegionKind, Service, Source, TimeZone,
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
    /// The weekday and time of day at the place asked about, as a clock
    /// there shows it (the core has no clock). With it, every line whose
    /// hours are on that clock is marked open or closed, and open lines come
    /// first; lines whose hours are on another clock, or unknown, are not
    /// marked. Without it, nothing is ordered by time.
    pub at: Option<LocalTime>,
    /// Include low-confidence lines and organization phones, always marked.
    /// A line that conflicts with a shown line is shown with it regardless.
    pub include_low_confidence: bool,
}

impl HelpQuery {
    pub fn new(place: Place) -> Self {
        Self {
            place,
            services: Vec::new(),
            speaks: None,
            limit: None,
            at: None,
            include_low_confidence: false,
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

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
}

/// A local weekday and time of day, as a clock at the place shows it.
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
    /// County lines first, then lines for part of the county, regional,
    /// statewide and national ones.
    pub hotlines: Vec<HotlineAnswer>,
    /// Whether a rapid-response line serves this county (or this part of
    /// it) specifically.
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
    /// The city, when the place was a city or a ZIP (the ZIP's city).
    pub city: Option<String>,
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
    /// Part of the county only (a city or neighbourhood): see `area`.
    Area,
    Regional,
    State,
    National,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
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
    /// Shown for low-confidence entries only on request.
    pub phone: Option<PhoneNumber>,
    pub confidence: Confidence,
    pub confidence_label: String,
    pub confirmed: bool,
    pub newest_source_date: Option<String>,
    pub confirmation_note: String,
    /// Indexes into [`HelpAnswer::sources`].
    pub source_refs: Vec<u32>,
    pub checked: String,
}

/// A resolved place.
struct Resolved {
    /// Index of the county it is in; `None` outside.
    county: Option<usize>,
    /// Other counties to name.
    also: Vec<(usize, Nearby)>,
    /// The point distances are measured from (lat, lon).
    origin: (f64, f64),
    /// The city, as the ZIP data names it, when the place was a ZIP or city.
    city: Option<String>,
}

/// Indexes built once, on the first `find_help`, and shared.
pub(crate) struct Finder {
    counties: CountyIndex,
    county_names: Vec<String>,
    cities: HashMap<String, Vec<usize>>,
    organizations: RTree<OrganizationPoint>,
    /// Hotline indexes by the region ids they serve, so a query looks at
    /// the lines of three regions, not at every line in the country.
    hotlines_by_region: HashMap<String, Vec<usize>>,
    hotline_ids: HashMap<String, usize>,
    /// Each record's sources as catalog indexes, resolved once, and the
    /// newest date among those that print its number.
    hotline_sources: Vec<Vec<usize>>,
    hotline_newest: Vec<Option<String>>,
    organization_sources: Vec<Vec<usize>>,
    organization_newest: Vec<Option<String>>,
    sources: HashMap<String, usize>,
    /// Each state's clock, by region id.
    state_zones: HashMap<String, TimeZone>,
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
        let resolve = |ids: &[String]| -> Vec<usize> {
            ids.iter()
                .filter_map(|id| sources.get(id).copied())
                .collect()
        };
        let newest = |indexes: &Vec<usize>| {
            indexes
                .iter()
                .filter_map(|&i| catalog.sources[i].date.as_deref())
                .max()
                .map(str::to_owned)
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
        let hotline_sources: Vec<Vec<usize>> = catalog
            .hotlines
            .iter()
            .map(|h| resolve(&h.provenance.sources))
            .collect();
        let hotline_number_sources: Vec<Vec<usize>> = catalog
            .hotlines
            .iter()
            .map(|h| resolve(&h.number_sources))
            .collect();
        let organization_sources: Vec<Vec<usize>> = catalog
            .organizations
            .iter()
            .map(|o| resolve(&o.provenance.sources))
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
            hotline_ids: catalog
                .hotlines
                .iter()
                .enumerate()
                .map(|(i, h)| (h.id.clone(), i))
                .collect(),
            hotline_newest: hotline_number_sources.iter().map(newest).collect(),
            hotline_sources,
            organization_newest: organization_sources.iter().map(newest).collect(),
            organization_sources,
            sources,
            state_zones: catalog
                .regions
                .iter()
                .filter(|r| r.kind == RegionKind::State)
                .filter_map(|r| r.time_zone.map(|zone| (r.id.clone(), zone)))
                .collect(),
        }
    }

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
                Ok(Resolved {
                    county: index_of(&zip.county),
                    also,
                    origin: zip.point,
                    city: Some(zip.city.clone()),
                })
            }
            Place::County { name } => {
                let i = places::find_county(geography, &self.county_names, name)?;
                Ok(Resolved {
                    county: Some(i),
                    also: Vec::new(),
                    origin: geography.counties[i].interior,
                    city: None,
                })
            }
            Place::City { name } => {
                let zips = self
                    .cities
                    .get(&fold_name(name))
                    .ok_or(AmparoError::UnknownCity)?;
                let (counties, origin) = places::city_place(geography, zips);
                let mut found = counties.iter().filter_map(|f| index_of(f));
                let county = found.next();
                Ok(Resolved {
                    county,
                    also: found.map(|i| (i, Nearby::SharedCity)).collect(),
                    origin,
                    city: zips.first().map(|&i| geography.zips[i].city.clone()),
                })
            }
            Place::Coordinates {
                latitude,
                longitude,
            } => {
                places::check_coordinates(*latitude, *longitude)?;
                let (county, also) = self.counties.locate(*latitude, *longitude);
                Ok(Resolved {
                    county,
                    also,
                    origin: (*latitude, *longitude),
                    city: None,
                })
            }
        }
    }
}

/// The text lookups `find_help` needs, so it stays free of locale plumbing.
pub(crate) trait Texts {
    fn text(&self, id: &str) -> String;
    /// A message with named string arguments.
    fn text_with(&self, id: &str, args: &[(&str, &str)]) -> String;
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
    let place = finder.resolve(catalog, &query.place)?;
    let geography = &catalog.geography;
    let also_counties = place
        .also
        .iter()
        .map(|(i, why)| {
            nearby_county(
                &geography.counties[*i].name,
                &geography.counties[*i].fips,
                *why,
                texts,
            )
        })
        .collect();
    let county = place.county.map(|i| &geography.counties[i]);
    let clock = county.and_then(|c| finder.state_zones.get(&c.state).copied());
    let folded_city = place.city.as_deref().map(fold_name);

    // The lines of the county, its state and the country, each once, in
    // the content's order.
    let mut citations = Citations::new(catalog);
    let mut candidates: Vec<usize> = county
        .map(|c| [c.fips.as_str(), c.state.as_str()])
        .into_iter()
        .flatten()
        .chain(["us"])
        .filter_map(|region| finder.hotlines_by_region.get(region))
        .flatten()
        .copied()
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    let mut shown: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| {
            query.include_low_confidence || catalog.hotlines[i].confidence != Confidence::Low
        })
        .collect();
    // A conflicting pair is shown together: the other line joins when it
    // serves this place, whatever its confidence.
    let partners: Vec<usize> = shown
        .iter()
        .filter_map(|&i| catalog.hotlines[i].conflict.as_ref())
        .filter_map(|c| finder.hotline_ids.get(&c.with).copied())
        .filter(|j| candidates.contains(j))
        .collect();
    shown.extend(partners);
    shown.sort_unstable();
    shown.dedup();

    let scope = |h: &HotlineRecord| match county {
        Some(c) if h.serves.contains(&c.fips) => {
            if h.area.is_some() {
                HotlineScope::Area
            } else if h.serves.len() == 1 {
                HotlineScope::County
            } else {
                HotlineScope::Regional
            }
        }
        Some(c) if h.serves.contains(&c.state) => HotlineScope::State,
        _ => HotlineScope::National,
    };
    let mut hotlines: Vec<HotlineAnswer> = shown
        .into_iter()
        .map(|i| {
            let h = &catalog.hotlines[i];
            let source_refs = citations.cite(&finder.hotline_sources[i]);
            let context = LineContext {
                catalog,
                finder,
                texts,
                labels,
                scope: scope(h),
                at: query.at.filter(|_| clock.is_some()),
                clock,
                city: folded_city.as_deref(),
            };
            hotline_answer(&context, &citations, i, source_refs)
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

    let local_line_known = hotlines.iter().any(|h| {
        h.kind == HotlineKind::RapidResponse
            && match h.scope {
                HotlineScope::County | HotlineScope::Regional => true,
                HotlineScope::Area => h
                    .area
                    .as_ref()
                    .is_some_and(|a| a.includes_place == Some(true)),
                HotlineScope::State | HotlineScope::National => false,
            }
    });
    let notice = match county {
        None => Some(texts.text(messages::FINDER_OUTSIDE)),
        Some(_) if !local_line_known => Some(texts.text(messages::FINDER_NO_LOCAL_LINE)),
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
            city: place.city.clone(),
        }),
        also_counties,
        policy: county
            .and_then(|c| policy_answer(catalog, finder, &mut citations, texts, &c.state, &c.fips)),
        hotlines,
        local_line_known,
        notice,
        organizations: organizations(
            catalog,
            finder,
            &mut citations,
            (texts, labels),
            query,
            place.origin,
        ),
        sources: citations.cited,
    })
}

fn nearby_county(name: &str, fips: &str, why: Nearby, texts: &impl Texts) -> NearbyCounty {
    let (reason, distance_km) = match why {
        Nearby::SharedZip => (NearbyReason::SharedZip, None),
        Nearby::SharedCity => (NearbyReason::SharedCity, None),
        Nearby::NearBorder { km } => (NearbyReason::NearBorder, Some(round_km(km))),
        Nearby::Nearest { km } => (NearbyReason::Nearest, Some(round_km(km))),
    };
    let id = match reason {
        NearbyReason::SharedZip => messages::NEARBY_SHARED_ZIP,
        NearbyReason::SharedCity => messages::NEARBY_SHARED_CITY,
        NearbyReason::NearBorder => messages::NEARBY_NEAR_BORDER,
        NearbyReason::Nearest => messages::NEARBY_NEAREST,
    };
    let km = distance_km.map(|km| format!("{km}")).unwrap_or_default();
    NearbyCounty {
        county: name.to_owned(),
        county_fips: fips.to_owned(),
        reason,
        distance_km,
        note: texts.text_with(id, &[("county", name), ("km", &km)]),
    }
}

/// The labels a `find_help` answer repeats, formatted once per locale chain
/// (the facade keeps them until the locales change).
pub(crate) struct Labels {
    government: String,
    located_in_city: String,
    located_in_county: String,
    low_confidence: String,
    conflict: String,
    /// "Not yet confirmed by phone", by the newest source's year; `""` for
    /// records whose sources show no date.
    not_confirmed: HashMap<String, String>,
}

impl Labels {
    pub(crate) fn new(catalog: &Catalog, texts: &impl Texts) -> Self {
        let mut not_confirmed = HashMap::new();
        not_confirmed.insert(
            String::new(),
            texts.text(messages::NUMBER_NOT_CONFIRMED_UNDATED),
        );
        for date in catalog.sources.iter().filter_map(|s| s.date.as_deref()) {
            let year = year_of(date);
            if !not_confirmed.contains_key(year) {
                let note = texts.text_with(messages::NUMBER_NOT_CONFIRMED, &[("year", year)]);
                not_confirmed.insert(year.to_owned(), note);
            }
        }
        Self {
            government: texts.text(messages::HOTLINE_OPERATOR_GOVERNMENT),
            located_in_city: texts.text(messages::FINDER_LOCATION_CITY),
            located_in_county: texts.text(messages::FINDER_LOCATION_COUNTY),
            low_confidence: texts.text(messages::NUMBER_LOW_CONFIDENCE),
            conflict: texts.text(messages::HOTLINE_CONFLICT),
            not_confirmed,
        }
    }

    /// What is known about a number, in words.
    fn confirmation(
        &self,
        texts: &impl Texts,
        confirmed: Option<&Confirmation>,
        newest: Option<&str>,
    ) -> String {
        if let Some(call) = confirmed {
            return texts.text_with(messages::NUMBER_CONFIRMED, &[("date", &call.on)]);
        }
        let year = newest.map(year_of).unwrap_or_default();
        self.not_confirmed
            .get(year)
            .cloned()
            .unwrap_or_else(|| texts.text_with(messages::NUMBER_NOT_CONFIRMED, &[("year", year)]))
    }
}

fn year_of(date: &str) -> &str {
    date.get(..4).unwrap_or(date)
}

/// What a hotline's answer depends on besides the record itself.
struct LineContext<'a, T: Texts> {
    catalog: &'a Catalog,
    finder: &'a Finder,
    texts: &'a T,
    labels: &'a Labels,
    scope: HotlineScope,
    /// The query time, only when the place's clock is known.
    at: Option<LocalTime>,
    clock: Option<TimeZone>,
    /// The place's city, folded, when known.
    city: Option<&'a str>,
}

fn hotline_answer<T: Texts>(
    context: &LineContext<'_, T>,
    citations: &Citations,
    index: usize,
    source_refs: Vec<u32>,
) -> HotlineAnswer {
    let LineContext {
        catalog,
        finder,
        texts,
        labels,
        ..
    } = *context;
    let h = &catalog.hotlines[index];
    let source = source_refs
        .first()
        .map(|&i| citations.cited[i as usize].url.clone())
        .unwrap_or_default();
    let newest = finder.hotline_newest[index].clone();
    let on_clock = h
        .schedule
        .as_ref()
        .filter(|s| Some(s.time_zone) == context.clock);
    HotlineAnswer {
        id: h.id.clone(),
        name: h.name.clone(),
        phone: h.phone.clone(),
        kind: h.kind,
        kind_label: texts.text(messages::hotline_kind(h.kind)),
        operator: h.operator,
        operator_label: (h.operator == Operator::Government).then(|| labels.government.clone()),
        scope: context.scope,
        area: h.area.as_ref().map(|area| AreaAnswer {
            name: area.name.clone(),
            label: texts.text_with(messages::HOTLINE_AREA, &[("area", &area.name)]),
            includes_place: match context.city {
                Some(city) if !area.cities.is_empty() => {
                    Some(area.cities.iter().any(|c| c == city))
                }
                _ => None,
            },
        }),
        hours: h
            .hours
            .as_deref()
            .zip(h.schedule.as_ref())
            .map(|(text, schedule)| hours::answer(text, schedule, texts)),
        always_open: h.schedule.as_ref().is_some_and(hours::is_always_open),
        open_now: context
            .at
            .and_then(|at| on_clock.map(|schedule| hours::is_open(schedule, at))),
        languages: h.languages.clone(),
        confidence: h.confidence,
        confidence_label: texts.text(messages::confidence(h.confidence)),
        low_confidence_note: (h.confidence == Confidence::Low)
            .then(|| labels.low_confidence.clone()),
        confirmed: h.confirmed.is_some(),
        confirmed_on: h.confirmed.as_ref().map(|c| c.on.clone()),
        confirmation_note: labels.confirmation(texts, h.confirmed.as_ref(), newest.as_deref()),
        newest_source_date: newest,
        conflict: h.conflict.as_ref().and_then(|conflict| {
            let other = &catalog.hotlines[*finder.hotline_ids.get(&conflict.with)?];
            Some(ConflictAnswer {
                with_id: other.id.clone(),
                with_name: other.name.clone(),
                with_phone: other.phone.clone(),
                note: labels.conflict.clone(),
                reason: texts.text(&conflict.reason),
            })
        }),
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
    (texts, labels): (&impl Texts, &Labels),
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
            let o = &catalog.organizations[p.index];
            let newest = finder.organization_newest[p.index].clone();
            OrganizationAnswer {
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
                    .filter(|_| query.include_low_confidence || o.confidence != Confidence::Low),
                confidence: o.confidence,
                confidence_label: texts.text(messages::confidence(o.confidence)),
                confirmed: o.confirmed.is_some(),
                confirmation_note: labels.confirmation(
                    texts,
                    o.confirmed.as_ref(),
                    newest.as_deref(),
                ),
                newest_source_date: newest,
                source_refs: citations.cite(&finder.organization_sources[p.index]),
                checked: o.provenance.checked.clone(),
            }
        })
        .collect()
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
