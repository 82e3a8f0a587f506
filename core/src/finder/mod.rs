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
mod help;
mod lines;
mod local;
mod prepared;
mod query;

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::Arc;

use rstar::{AABB, PointDistance, RTree, RTreeObject};
use serde::Serialize;

pub use answers::{
    AreaAnswer, CitySource, ConflictAnswer, CountyPolicyRow, Coverage, DetentionAnswer,
    FacilityAnswer, FacilityDetails, HelpAnswer, HotlineAnswer, HotlineDetails, HotlineScope,
    LawSummary, LocalPolicyAnswer, NearbyCounty, NearbyDetention, NearbyReason, OrganizationAnswer,
    OrganizationDetails, PolicyAnswer, PolicyTable, RegionAnswer, StateAnswer,
};
pub(crate) use help::{Texts, find_help};
pub(crate) use lines::Labels;
pub(crate) use local::{Context as LocalContext, detention, policy_table};
pub use query::{HelpQuery, LocalTime, Place, Weekday};

use crate::error::AmparoError;
use crate::messages;
use crate::model::{
    Catalog, Confidence, CountyRecord, Geography, HotlineKind, HotlineRecord, RegionKind, Service,
    Source, TimeZone,
};
use crate::places::{self, CountyIndex, Nearby, state_code};
use crate::text::fold_name;
use answers::Citations;
use lines::{LinePlace, LineWords, hotline_answer, hotline_details};

/// Organizations returned when the query sets no limit: about what one
/// phone screen shows. Ask for more with `limit`.
pub const DEFAULT_ORGANIZATION_LIMIT: i32 = 5;

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
    /// The counties and ZIPs of every state the pack has, decoded from
    /// their sections when the finder is first needed.
    pub(crate) geography: Geography,
    counties: CountyIndex,
    /// County indexes by FIPS code.
    county_by_fips: HashMap<String, usize>,
    /// Counties by their short and by their full name, folded.
    county_names: places::CountyNames,
    cities: HashMap<String, Vec<usize>>,
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
    /// The catalog's sources, shared by the answers that cite them.
    pub(crate) source_records: Vec<Arc<Source>>,
    /// Each state's clock, by region id.
    state_zones: HashMap<String, TimeZone>,
}

/// A record on the unit sphere: straight-line (chord) order is great-circle
/// order, so an R-tree answers "nearest" on a globe.
pub(crate) struct Indexed {
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

/// Records on the unit sphere: (catalog index, point).
fn on_sphere(points: impl Iterator<Item = (usize, (f64, f64))>) -> Vec<Indexed> {
    points
        .map(|(index, point)| Indexed {
            xyz: unit_vector(point),
            index,
        })
        .collect()
}

/// Records by place, for "the nearest k that …": a plain list scanned in
/// full when small (a state's organizations: a scan of a few hundred
/// points beats walking a tree), an R-tree when large.
pub(crate) enum Nearest {
    List(Vec<Indexed>),
    Tree(RTree<Indexed>),
}

impl Nearest {
    /// Up to this many records are scanned.
    const SCAN_LIMIT: usize = 512;

    /// (catalog index, point) of the records.
    pub(crate) fn new(points: impl Iterator<Item = (usize, (f64, f64))>) -> Self {
        let points = on_sphere(points);
        if points.len() <= Self::SCAN_LIMIT {
            Self::List(points)
        } else {
            Self::Tree(RTree::bulk_load(points))
        }
    }

    /// The catalog indexes of the `limit` records nearest to `origin` that
    /// `wanted` accepts, nearest first (ties: catalog order).
    pub(crate) fn nearest(
        &self,
        origin: (f64, f64),
        limit: usize,
        wanted: impl Fn(usize) -> bool,
    ) -> Vec<usize> {
        let xyz = unit_vector(origin);
        match self {
            Self::Tree(tree) => tree
                .nearest_neighbor_iter(&xyz)
                .map(|p| p.index)
                .filter(|&i| wanted(i))
                .take(limit)
                .collect(),
            Self::List(points) => {
                let mut found: Vec<(f64, usize)> = Vec::with_capacity(limit + 1);
                for p in points {
                    let d = p.distance_2(&xyz);
                    // Worse than the worst kept: skip before asking `wanted`.
                    if found.len() == limit && found.last().is_none_or(|&(worst, _)| d >= worst) {
                        continue;
                    }
                    if !wanted(p.index) {
                        continue;
                    }
                    let at = found.partition_point(|&(kept, i)| (kept, i) <= (d, p.index));
                    found.insert(at, (d, p.index));
                    found.truncate(limit);
                }
                found.into_iter().map(|(_, i)| i).collect()
            }
        }
    }
}

/// How far a GPS point may be from a ZIP point for the ZIP's city to be
/// taken as the point's city.
const CITY_FROM_POINT_KM: f64 = 5.0;

impl Finder {
    pub(crate) fn new(catalog: &Catalog, geography: Geography) -> Self {
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
            county_names: places::CountyNames::new(&geography.counties),
            cities,
            zips: RTree::bulk_load(on_sphere(
                geography.zips.iter().map(|z| z.point).enumerate(),
            )),
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
            source_records: catalog.sources.iter().cloned().map(Arc::new).collect(),
            state_zones: catalog
                .regions
                .iter()
                .filter(|r| r.kind == RegionKind::State)
                .filter_map(|r| r.time_zone.map(|zone| (r.id.clone(), zone)))
                .collect(),
            geography,
        }
    }

    /// A county by its FIPS code.
    pub(crate) fn county(&self, fips: &str) -> Option<&CountyRecord> {
        self.county_by_fips
            .get(fips)
            .and_then(|&i| self.geography.counties.get(i))
    }

    /// The region id of the state a county is in ("us-ca").
    pub(crate) fn state_of(&self, fips: &str) -> Option<&str> {
        self.county(fips).map(|c| c.state.as_str())
    }

    /// The region id of the covered state a point is in, if any.
    pub(crate) fn state_at(&self, latitude: f64, longitude: f64) -> Option<&str> {
        let (county, _) = self.counties.locate(latitude, longitude);
        county
            .and_then(|i| self.geography.counties.get(i))
            .map(|c| c.state.as_str())
    }

    fn resolve(&self, catalog: &Catalog, place: &Place) -> Result<Resolved, AmparoError> {
        let geography = &self.geography;
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
                let city = county.and_then(|c| self.city_near(point, c));
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
    fn city_near(&self, point: (f64, f64), county: usize) -> Option<(String, CitySource)> {
        let fips = &self.geography.counties.get(county)?.fips;
        self.zips
            .nearest_neighbor_iter(&unit_vector(point))
            .filter_map(|p| self.geography.zips.get(p.index))
            .take_while(|z| places::great_circle_km(point, z.point) <= CITY_FROM_POINT_KM)
            .find(|z| &z.county == fips)
            .map(|z| (z.city.clone(), CitySource::NearestZip))
    }
}

/// "es-MX" → "es": organizations list languages without regions.
pub(crate) fn primary_language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

pub(crate) fn round_km(km: f64) -> f64 {
    (km * 10.0).round() / 10.0
}

/// Whether an organization offers one of `services` (any, when empty).
pub(crate) fn offers(services: &[Service], offered: &[Service]) -> bool {
    services.is_empty() || offered.iter().any(|s| services.contains(s))
}
