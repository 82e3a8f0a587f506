//! `find_help`: from where someone is to the county, its policy, the lines to
//! call now and the nearest legal help. Offline, and stateless: the query is
//! used for this one call and dropped; nothing is stored or logged.
//!
//! Invariants: a line whose number conflicts with another line's is never
//! shown alone: the other line is listed too when it serves the place, and
//! its number always travels in the `conflict` field. A line for part of a
//! county carries that area. No answer calls a number confirmed unless a
//! call confirmed it.

mod answers;
mod lines;
mod local;

use std::collections::HashMap;
use std::str::FromStr;

use rstar::{AABB, PointDistance, RTree, RTreeObject};
use serde::Serialize;

pub use answers::{
    AreaAnswer, CitySource, ConflictAnswer, CountyPolicyRow, Coverage, DetentionAnswer,
    FacilityAnswer, HelpAnswer, HotlineAnswer, HotlineScope, LawSummary, LocalPolicyAnswer,
    NearbyCounty, NearbyDetention, NearbyReason, OrganizationAnswer, PolicyAnswer, PolicyTable,
    RegionAnswer, StateAnswer,
};
pub(crate) use lines::Labels;
pub(crate) use local::{Context as LocalContext, detention, policy_table};

use crate::error::AmparoError;
use crate::messages;
use crate::model::{
    Catalog, Confidence, CountyRecord, HotlineKind, HotlineRecord, RegionKind, Service, TimeZone,
};
use crate::places::{self, CountyIndex, Nearby, state_code};
use crate::text::fold_name;
use answers::Citations;
use lines::{LineContext, hotline_answer};

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
    /// Include low-confidence lines, local policies and organization
    /// phones, always marked. A line that conflicts with a shown line is
    /// shown with it regardless.
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

/// A resolved place.
struct Resolved {
    /// Index of the county it is in; `None` outside the covered states.
    county: Option<usize>,
    /// The state's region id, when known (a covered county's, or the state
    /// of a ZIP in a state without content).
    state: Option<String>,
    /// Other counties to name.
    also: Vec<(usize, Nearby)>,
    /// The point distances are measured from (lat, lon); `None` when the
    /// place is only known to be in a state without content.
    origin: Option<(f64, f64)>,
    /// The city, as the ZIP data names it, and how it is known.
    city: Option<(String, CitySource)>,
}

/// Indexes built once, on the first `find_help`, and shared.
pub(crate) struct Finder {
    counties: CountyIndex,
    /// County indexes by FIPS code.
    county_by_fips: HashMap<String, usize>,
    /// Each county's short and full name, folded.
    county_names: Vec<(String, String)>,
    cities: HashMap<String, Vec<usize>>,
    organizations: RTree<Indexed>,
    facilities: RTree<Indexed>,
    zips: RTree<Indexed>,
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
    pub(crate) sources: HashMap<String, usize>,
    /// Each state's clock, by region id.
    state_zones: HashMap<String, TimeZone>,
}

/// A record on the unit sphere: straight-line (chord) order is great-circle
/// order, so an R-tree answers "nearest" on a globe.
struct Indexed {
    xyz: [f64; 3],
    index: usize,
}

impl RTreeObject for Indexed {
    type Envelope = AABB<[f64; 3]>;
    fn envelope(&self) -> Self::Envelope {
        AABB::from_point(self.xyz)
    }
}

impl PointDistance for Indexed {
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

fn rtree(points: impl Iterator<Item = (f64, f64)>) -> RTree<Indexed> {
    RTree::bulk_load(
        points
            .enumerate()
            .map(|(index, point)| Indexed {
                xyz: unit_vector(point),
                index,
            })
            .collect(),
    )
}

/// How far a GPS point may be from a ZIP point for the ZIP's city to be
/// taken as the point's city.
const CITY_FROM_POINT_KM: f64 = 5.0;

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
                .filter_map(|&i| catalog.sources.get(i).and_then(|s| s.date.as_deref()))
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
            county_by_fips: geography
                .counties
                .iter()
                .enumerate()
                .map(|(i, c)| (c.fips.clone(), i))
                .collect(),
            county_names: geography
                .counties
                .iter()
                .map(|c| (fold_name(&c.name), fold_name(&c.name_full)))
                .collect(),
            cities,
            organizations: rtree(catalog.organizations.iter().map(|o| o.location)),
            facilities: rtree(catalog.facilities.iter().map(|f| f.location)),
            zips: rtree(geography.zips.iter().map(|z| z.point)),
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

    /// A county by its FIPS code.
    pub(crate) fn county<'c>(&self, catalog: &'c Catalog, fips: &str) -> Option<&'c CountyRecord> {
        self.county_by_fips
            .get(fips)
            .and_then(|&i| catalog.geography.counties.get(i))
    }

    /// The region id of the state a county is in ("us-ca").
    pub(crate) fn state_of<'c>(&self, catalog: &'c Catalog, fips: &str) -> Option<&'c str> {
        self.county(catalog, fips).map(|c| c.state.as_str())
    }

    /// The region id of the covered state a point is in, if any.
    pub(crate) fn state_at<'c>(
        &self,
        catalog: &'c Catalog,
        latitude: f64,
        longitude: f64,
    ) -> Option<&'c str> {
        let (county, _) = self.counties.locate(latitude, longitude);
        county
            .and_then(|i| catalog.geography.counties.get(i))
            .map(|c| c.state.as_str())
    }

    fn resolve(&self, catalog: &Catalog, place: &Place) -> Result<Resolved, AmparoError> {
        let geography = &catalog.geography;
        let index_of = |fips: &str| self.county_by_fips.get(fips).copied();
        let state_of = |i: usize| geography.counties.get(i).map(|c| c.state.clone());
        match place {
            Place::Zip { code } => match places::find_zip(geography, code) {
                Ok(zip) => {
                    let county = index_of(&zip.county);
                    let also = zip
                        .also_counties
                        .iter()
                        .filter_map(|f| index_of(f))
                        .map(|i| (i, Nearby::SharedZip))
                        .collect();
                    Ok(Resolved {
                        state: county.and_then(state_of),
                        county,
                        also,
                        origin: Some(zip.point),
                        city: Some((zip.city.clone(), CitySource::Zip)),
                    })
                }
                // A well-formed ZIP of a state without content still finds
                // its state; one of a covered state that the data lacks does
                // not exist.
                Err(AmparoError::UnknownZip) => {
                    let state = places::zip_state(catalog, code)
                        .filter(|id| !catalog.states.iter().any(|s| &s.id == id && s.covered))
                        .ok_or(AmparoError::UnknownZip)?;
                    Ok(Resolved {
                        county: None,
                        state: Some(state),
                        also: Vec::new(),
                        origin: None,
                        city: None,
                    })
                }
                Err(other) => Err(other),
            },
            Place::County { name } => {
                let (i, others) = places::find_county(geography, &self.county_names, name)?;
                Ok(Resolved {
                    county: Some(i),
                    state: state_of(i),
                    also: others
                        .into_iter()
                        .map(|o| (o, Nearby::FormerCounty))
                        .collect(),
                    origin: geography.counties.get(i).map(|c| c.interior),
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
                    state: county.and_then(state_of),
                    county,
                    also: found.map(|i| (i, Nearby::SharedCity)).collect(),
                    origin: Some(origin),
                    city: zips
                        .first()
                        .and_then(|&i| geography.zips.get(i))
                        .map(|z| (z.city.clone(), CitySource::Name)),
                })
            }
            Place::Coordinates {
                latitude,
                longitude,
            } => {
                places::check_coordinates(*latitude, *longitude)?;
                let (county, also) = self.counties.locate(*latitude, *longitude);
                let point = (*latitude, *longitude);
                let city = county.and_then(|c| self.city_near(catalog, point, c));
                Ok(Resolved {
                    state: county.and_then(state_of),
                    county,
                    also,
                    origin: Some(point),
                    city,
                })
            }
        }
    }

    /// The city of the nearest ZIP point in the same county, if it is close
    /// enough to be a good guess.
    fn city_near(
        &self,
        catalog: &Catalog,
        point: (f64, f64),
        county: usize,
    ) -> Option<(String, CitySource)> {
        let fips = &catalog.geography.counties.get(county)?.fips;
        self.zips
            .nearest_neighbor_iter(&unit_vector(point))
            .filter_map(|p| catalog.geography.zips.get(p.index))
            .take_while(|z| places::great_circle_km(point, z.point) <= CITY_FROM_POINT_KM)
            .find(|z| &z.county == fips)
            .map(|z| (z.city.clone(), CitySource::NearestZip))
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
    let county = place.county.and_then(|i| geography.counties.get(i));
    let former = match &query.place {
        Place::County { name } => Some(name.trim().to_owned()),
        _ => None,
    };
    let also_counties = place
        .also
        .iter()
        .filter_map(|(i, why)| {
            let c = geography.counties.get(*i)?;
            Some(nearby_county(c, *why, former.as_deref(), texts))
        })
        .collect();
    let state = place
        .state
        .as_deref()
        .and_then(|id| catalog.states.iter().find(|s| s.id == id));
    let clock = place
        .state
        .as_deref()
        .filter(|_| county.is_some())
        .and_then(|s| finder.state_zones.get(s).copied());
    let folded_city = place.city.as_ref().map(|(c, _)| fold_name(c));

    // The lines of the county, its state and the country, each once, in
    // the content's order.
    let mut citations = Citations::new(catalog);
    let regions: Vec<&str> = county
        .map(|c| c.fips.as_str())
        .into_iter()
        .chain(place.state.as_deref().filter(|_| county.is_some()))
        .chain(["us"])
        .collect();
    let mut candidates: Vec<usize> = regions
        .iter()
        .filter_map(|region| finder.hotlines_by_region.get(*region))
        .flatten()
        .copied()
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    let visible = |i: &usize| {
        query.include_low_confidence
            || catalog
                .hotlines
                .get(*i)
                .is_some_and(|h| h.confidence != Confidence::Low)
    };
    let mut shown: Vec<usize> = candidates.iter().copied().filter(visible).collect();
    // A conflicting pair is shown together: the other line joins when it
    // serves this place, whatever its confidence.
    let partners: Vec<usize> = shown
        .iter()
        .filter_map(|&i| catalog.hotlines.get(i)?.conflict.as_ref())
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
        .filter_map(|i| {
            let h = catalog.hotlines.get(i)?;
            let source_refs = citations.cite(finder.hotline_sources.get(i)?);
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
            Some(hotline_answer(&context, &citations, i, source_refs))
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
    let notice = match (county, state) {
        (None, Some(state)) => Some(texts.text_with(
            messages::FINDER_OTHER_STATE,
            &[("state", &texts.text(&state.name_message))],
        )),
        (None, None) => Some(texts.text(messages::FINDER_OUTSIDE)),
        (Some(_), _) if !local_line_known => Some(texts.text(messages::FINDER_NO_LOCAL_LINE)),
        (Some(_), _) => None,
    };
    let context = local::Context {
        catalog,
        finder,
        texts,
        labels,
        include_low_confidence: query.include_low_confidence,
    };
    let policy = county
        .and_then(|c| local::policy_answer(&context, &mut citations, c, folded_city.as_deref()));
    let state_laws = match (county, &place.state) {
        (None, Some(state)) => local::state_laws(&context, state),
        _ => Vec::new(),
    };
    // Legal help and detention only in the place's own covered state: a
    // Connecticut office is no answer for New York.
    let (organizations, detention) = match (county, place.origin) {
        (Some(c), Some(origin)) => (
            local::organizations(&context, &mut citations, query, origin, &c.state),
            local::nearest_facilities(&context, origin, &c.state, 3),
        ),
        _ => (Vec::new(), Vec::new()),
    };

    Ok(HelpAnswer {
        coverage: match (county, state) {
            (Some(_), _) => Coverage::Covered,
            (None, Some(_)) => Coverage::OtherState,
            (None, None) => Coverage::Outside,
        },
        state: state.map(|s| StateAnswer {
            code: s.postal.clone(),
            name: texts.text(&s.name_message),
            covered: s.covered,
        }),
        region: county.map(|c| RegionAnswer {
            state: state_code(&c.state),
            county: c.name.clone(),
            county_full: c.name_full.clone(),
            county_fips: c.fips.clone(),
            city: place.city.as_ref().map(|(name, _)| name.clone()),
            city_from: place.city.as_ref().map(|(_, from)| *from),
        }),
        also_counties,
        policy,
        state_laws,
        hotlines,
        local_line_known,
        notice,
        organizations,
        detention: NearbyDetention {
            facilities: detention,
            notice: texts.text(messages::DETENTION_NOTICE),
            locator_url: catalog.detainee_locator.as_ref().map(|l| l.url.clone()),
        },
        sources: citations.cited,
    })
}

fn nearby_county(
    county: &crate::model::CountyRecord,
    why: Nearby,
    former: Option<&str>,
    texts: &impl Texts,
) -> NearbyCounty {
    let (reason, distance_km) = match why {
        Nearby::SharedZip => (NearbyReason::SharedZip, None),
        Nearby::SharedCity => (NearbyReason::SharedCity, None),
        Nearby::NearBorder { km } => (NearbyReason::NearBorder, Some(round_km(km))),
        Nearby::Nearest { km } => (NearbyReason::Nearest, Some(round_km(km))),
        Nearby::FormerCounty => (NearbyReason::FormerCounty, None),
    };
    let id = match reason {
        NearbyReason::SharedZip => messages::NEARBY_SHARED_ZIP,
        NearbyReason::SharedCity => messages::NEARBY_SHARED_CITY,
        NearbyReason::NearBorder => messages::NEARBY_NEAR_BORDER,
        NearbyReason::Nearest => messages::NEARBY_NEAREST,
        NearbyReason::FormerCounty => messages::NEARBY_FORMER_COUNTY,
    };
    let km = distance_km.map(|km| format!("{km}")).unwrap_or_default();
    // A former county is named as the person wrote it, without "County".
    let former = former
        .map(|f| {
            let trimmed = f.trim();
            trimmed
                .strip_suffix(" County")
                .or_else(|| trimmed.strip_suffix(" county"))
                .unwrap_or(trimmed)
                .to_owned()
        })
        .unwrap_or_default();
    NearbyCounty {
        county: county.name.clone(),
        county_fips: county.fips.clone(),
        reason,
        distance_km,
        note: texts.text_with(
            id,
            &[
                ("county", &county.name_full),
                ("km", &km),
                ("former", &former),
            ],
        ),
    }
}

/// "es-MX" → "es": organizations list languages without regions.
fn primary_language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

fn round_km(km: f64) -> f64 {
    (km * 10.0).round() / 10.0
}

/// Whether an organization offers one of `services` (any, when empty).
fn offers(services: &[Service], offered: &[Service]) -> bool {
    services.is_empty() || offered.iter().any(|s| services.contains(s))
}
