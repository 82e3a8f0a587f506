//! Where someone is: a ZIP, a county or city name, or a GPS point, resolved
//! to a county offline. Never a wrong county: a point in no county is
//! "outside", and places near a border or spanning counties name the others.
//!
//! Counties are found through a uniform grid over their bounding boxes (about
//! one cell per county, so a lookup touches a handful of counties at any
//! scale), then an exact point-in-polygon test with georust `geo`.

use std::collections::HashMap;

use geo::{Contains, Coord, Distance, Haversine, LineString, MultiPolygon, Point, Polygon};

use crate::error::AmparoError;
use crate::model::{Catalog, CountyRecord, Geography, ZipPrefix, ZipRecord};
use crate::text::fold_name;

/// Borders are good to about 1–2 km: within this distance of another county,
/// that county is named too.
pub const BORDER_KM: f64 = 2.0;
/// An "outside" point gets its nearest county as a suggestion only this close.
pub const SUGGESTION_KM: f64 = 100.0;
/// Mean length of a degree of latitude.
const KM_PER_DEGREE_LAT: f64 = 111.195;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Nearby {
    /// The ZIP's area reaches into this county too.
    SharedZip,
    /// The city has ZIPs in this county too.
    SharedCity,
    /// The point is within [`BORDER_KM`] of this county.
    NearBorder { km: f64 },
    /// The point is in no county; this is the nearest one.
    Nearest { km: f64 },
    /// The name asked for is a former county that spans this one too.
    FormerCounty,
}

/// Counties as geometry, with the grid that finds candidates for a point.
pub(crate) struct CountyIndex {
    shapes: Vec<MultiPolygon<f64>>,
    bboxes: Vec<[f64; 4]>,
    grid: Grid,
}

struct Grid {
    min: (f64, f64),
    cell: (f64, f64),
    size: (usize, usize),
    cells: Vec<Vec<u32>>,
}

impl CountyIndex {
    pub(crate) fn new(counties: &[CountyRecord]) -> Self {
        let shapes = counties.iter().map(county_shape).collect();
        let bboxes: Vec<[f64; 4]> = counties.iter().map(|c| c.bbox).collect();
        let grid = Grid::new(&bboxes);
        Self {
            shapes,
            bboxes,
            grid,
        }
    }

    /// The county containing the point, and other counties within
    /// [`BORDER_KM`]; or, outside every county, the nearest one within
    /// [`SUGGESTION_KM`].
    pub(crate) fn locate(&self, lat: f64, lon: f64) -> (Option<usize>, Vec<(usize, Nearby)>) {
        let point = Point::new(lon, lat);
        let margin_lat = BORDER_KM / KM_PER_DEGREE_LAT;
        let margin_lon = margin_lat / lat.to_radians().cos().max(0.01);
        // The grid holds indexes of these same lists.
        let candidates: Vec<(usize, &[f64; 4], &MultiPolygon<f64>)> = self
            .grid
            .around(lon, lat, margin_lon, margin_lat)
            .into_iter()
            .filter_map(|i| Some((i, self.bboxes.get(i)?, self.shapes.get(i)?)))
            .collect();
        let inside = candidates
            .iter()
            .find(|(_, bbox, shape)| {
                bbox_contains(bbox, lon, lat, 0.0, 0.0) && shape.contains(&point)
            })
            .map(|(i, _, _)| *i);
        let mut also = Vec::new();
        for &(i, bbox, shape) in &candidates {
            if Some(i) == inside || !bbox_contains(bbox, lon, lat, margin_lon, margin_lat) {
                continue;
            }
            let km = distance_km(shape, &point);
            if km <= BORDER_KM {
                also.push((i, Nearby::NearBorder { km }));
            }
        }
        if inside.is_none() {
            also.clear();
            if let Some((i, km)) = self.nearest(&point, lat, lon) {
                also.push((i, Nearby::Nearest { km }));
            }
        }
        (inside, also)
    }

    /// The nearest county within [`SUGGESTION_KM`]: only counties whose
    /// box the grid places within that distance are looked at (a scan of
    /// every county cost milliseconds at ten times the US), tried in order
    /// of their box's distance, which never exceeds the real one.
    fn nearest(&self, point: &Point<f64>, lat: f64, lon: f64) -> Option<(usize, f64)> {
        let margin_lat = SUGGESTION_KM / KM_PER_DEGREE_LAT;
        // A parallel is shortest at the far edge of the margin, nearer the
        // pole; 10 % more covers paths that bend poleward.
        let far_lat = (lat.abs() + margin_lat).min(89.0);
        let margin_lon = (1.1 * margin_lat / far_lat.to_radians().cos()).min(180.0);
        let mut candidates = self.grid.around(lon, lat, margin_lon, margin_lat);
        // Across the antimeridian, the other side of the grid too.
        for shifted in [lon - 360.0, lon + 360.0] {
            if (-180.0 - margin_lon..=180.0 + margin_lon).contains(&shifted) {
                for i in self.grid.around(shifted, lat, margin_lon, margin_lat) {
                    if !candidates.contains(&i) {
                        candidates.push(i);
                    }
                }
            }
        }
        let mut order: Vec<(f64, usize)> = candidates
            .into_iter()
            .filter_map(|i| Some((bbox_distance_km(self.bboxes.get(i)?, lon, lat), i)))
            .filter(|(km, _)| *km <= SUGGESTION_KM)
            .collect();
        order.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut best: Option<(usize, f64)> = None;
        for (lower_bound, i) in order {
            if best.is_some_and(|(_, km)| lower_bound > km) {
                break;
            }
            let Some(shape) = self.shapes.get(i) else {
                continue;
            };
            let km = distance_km(shape, point);
            if km <= SUGGESTION_KM && best.is_none_or(|(_, b)| km < b) {
                best = Some((i, km));
            }
        }
        best
    }
}

impl Grid {
    fn new(bboxes: &[[f64; 4]]) -> Self {
        let mut min = (f64::INFINITY, f64::INFINITY);
        let mut max = (f64::NEG_INFINITY, f64::NEG_INFINITY);
        for b in bboxes {
            for (west, east) in lon_spans(b) {
                min = (min.0.min(west), min.1.min(b[1]));
                max = (max.0.max(east), max.1.max(b[3]));
            }
        }
        if bboxes.is_empty() {
            (min, max) = ((0.0, 0.0), (1.0, 1.0));
        }
        // About one cell per county keeps the number of candidates per cell
        // roughly constant as the data grows.
        let span = ((max.0 - min.0).max(1e-9), (max.1 - min.1).max(1e-9));
        let per_side = (bboxes.len().max(1) as f64).sqrt().ceil();
        let aspect = (span.0 / span.1).sqrt();
        let size = (
            ((per_side * aspect).ceil() as usize).clamp(1, 4096),
            ((per_side / aspect).ceil() as usize).clamp(1, 4096),
        );
        let cell = (span.0 / size.0 as f64, span.1 / size.1 as f64);
        let mut grid = Self {
            min,
            cell,
            size,
            cells: vec![Vec::new(); size.0 * size.1],
        };
        for (i, b) in bboxes.iter().enumerate() {
            for (west, east) in lon_spans(b) {
                let (x0, y0) = grid.cell_of(west, b[1]);
                let (x1, y1) = grid.cell_of(east, b[3]);
                for y in y0..=y1 {
                    for x in x0..=x1 {
                        // `cell_of` keeps x and y inside the grid.
                        if let Some(cell) = grid.cells.get_mut(y * size.0 + x) {
                            cell.push(i as u32);
                        }
                    }
                }
            }
        }
        grid
    }

    fn cell_of(&self, lon: f64, lat: f64) -> (usize, usize) {
        let clamp = |v: f64, n: usize| (v.max(0.0) as usize).min(n - 1);
        (
            clamp((lon - self.min.0) / self.cell.0, self.size.0),
            clamp((lat - self.min.1) / self.cell.1, self.size.1),
        )
    }

    /// Counties whose bounding box may be within the margins of the point.
    fn around(&self, lon: f64, lat: f64, margin_lon: f64, margin_lat: f64) -> Vec<usize> {
        let max = (
            self.min.0 + self.cell.0 * self.size.0 as f64,
            self.min.1 + self.cell.1 * self.size.1 as f64,
        );
        if lon + margin_lon < self.min.0
            || lon - margin_lon > max.0
            || lat + margin_lat < self.min.1
            || lat - margin_lat > max.1
        {
            return Vec::new();
        }
        let (x0, y0) = self.cell_of(lon - margin_lon, lat - margin_lat);
        let (x1, y1) = self.cell_of(lon + margin_lon, lat + margin_lat);
        let mut found = Vec::new();
        for y in y0..=y1 {
            for x in x0..=x1 {
                let cell = self
                    .cells
                    .get(y * self.size.0 + x)
                    .map_or(&[][..], Vec::as_slice);
                for &i in cell {
                    if !found.contains(&(i as usize)) {
                        found.push(i as usize);
                    }
                }
            }
        }
        found
    }
}

fn county_shape(county: &CountyRecord) -> MultiPolygon<f64> {
    let ring = |points: &[(f64, f64)]| {
        LineString::from(
            points
                .iter()
                .map(|&(x, y)| Coord { x, y })
                .collect::<Vec<_>>(),
        )
    };
    MultiPolygon(
        county
            .polygons
            .iter()
            .map(|p| Polygon::new(ring(&p.exterior), p.holes.iter().map(|h| ring(h)).collect()))
            .collect(),
    )
}

/// A box's longitude spans: one, or two when it crosses the antimeridian
/// (min > max, as for the Aleutians: 172.46 to -166.09).
fn lon_spans(b: &[f64; 4]) -> impl Iterator<Item = (f64, f64)> {
    let crosses = b[0] > b[2];
    let first = if crosses { (b[0], 180.0) } else { (b[0], b[2]) };
    std::iter::once(first).chain(crosses.then_some((-180.0, b[2])))
}

fn bbox_contains(b: &[f64; 4], lon: f64, lat: f64, margin_lon: f64, margin_lat: f64) -> bool {
    lat >= b[1] - margin_lat
        && lat <= b[3] + margin_lat
        && lon_spans(b).any(|(west, east)| lon >= west - margin_lon && lon <= east + margin_lon)
}

/// A lower bound of the distance from a point to anything in the box.
fn bbox_distance_km(b: &[f64; 4], lon: f64, lat: f64) -> f64 {
    // max-then-min rather than clamp: a malformed box in a pack must not panic.
    let lat_near = lat.max(b[1]).min(b[3]);
    lon_spans(b)
        // The point seen from both sides of the antimeridian too: 179.5° is
        // next to a box that starts at -180°.
        .flat_map(|span| [lon - 360.0, lon, lon + 360.0].map(|seen| (span, seen)))
        .map(|((west, east), seen)| {
            let nearest = Point::new(seen.max(west).min(east), lat_near);
            // Not a strict bound near the poles: scale down to stay safe.
            Haversine.distance(Point::new(lon, lat), nearest) / 1000.0 * 0.99
        })
        .fold(f64::INFINITY, f64::min)
}

/// Distance in km from a point outside the shape to its nearest edge.
///
/// Within the ~100 km this is used for, a local equirectangular projection
/// around the point is accurate to well under 1 %, and it needs no
/// trigonometry per segment (geo's haversine closest point needs several,
/// which made border checks the largest cost of a GPS query).
fn distance_km(shape: &MultiPolygon<f64>, point: &Point<f64>) -> f64 {
    let (lon0, lat0) = (point.x(), point.y());
    let kx = KM_PER_DEGREE_LAT * lat0.to_radians().cos();
    let project = |c: &Coord<f64>| {
        // Shortest way around in longitude, so boxes near ±180 work too.
        let mut dlon = c.x - lon0;
        if dlon > 180.0 {
            dlon -= 360.0;
        } else if dlon < -180.0 {
            dlon += 360.0;
        }
        (dlon * kx, (c.y - lat0) * KM_PER_DEGREE_LAT)
    };
    let mut best = f64::INFINITY;
    let rings = shape
        .0
        .iter()
        .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()));
    for ring in rings {
        for line in ring.lines() {
            let (a, b) = (project(&line.start), project(&line.end));
            best = best.min(segment_distance(a, b));
        }
    }
    best
}

/// Distance from the origin to the segment a–b, in the plane.
fn segment_distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length2 = dx * dx + dy * dy;
    let t = if length2 > 0.0 {
        (-(a.0 * dx + a.1 * dy) / length2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (x, y) = (a.0 + t * dx, a.1 + t * dy);
    (x * x + y * y).sqrt()
}

/// Great-circle distance in km between two (lat, lon) points.
pub(crate) fn great_circle_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    Haversine.distance(Point::new(a.1, a.0), Point::new(b.1, b.0)) / 1000.0
}

/// Validates a GPS point. The error carries no coordinates (privacy).
pub(crate) fn check_coordinates(lat: f64, lon: f64) -> Result<(), AmparoError> {
    let valid = lat.is_finite()
        && lon.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon);
    if valid {
        Ok(())
    } else {
        Err(AmparoError::InvalidCoordinates)
    }
}

/// A ZIP as people write it: 5 digits, or ZIP+4 (`90012-3456`).
pub(crate) fn find_zip<'g>(
    geography: &'g Geography,
    input: &str,
) -> Result<&'g ZipRecord, AmparoError> {
    let input = input.trim();
    let five = match input.split_once('-') {
        Some((five, four)) if four.len() == 4 && four.bytes().all(|b| b.is_ascii_digit()) => five,
        Some(_) => return Err(AmparoError::InvalidZip),
        None => input,
    };
    if five.len() != 5 || !five.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AmparoError::InvalidZip);
    }
    geography
        .zips
        .binary_search_by(|z| z.zip.as_str().cmp(five))
        .ok()
        .and_then(|i| geography.zips.get(i))
        .ok_or(AmparoError::UnknownZip)
}

/// The state of a well-formed ZIP from its three-digit prefix (and the few
/// ZIPs that are exceptions), whether or not the state has content.
pub(crate) fn zip_state(catalog: &Catalog, input: &str) -> Option<String> {
    let five = input.trim().get(..5)?;
    let find = |table: &[ZipPrefix], key: &str| {
        table
            .binary_search_by(|p| p.prefix.as_str().cmp(key))
            .ok()
            .and_then(|i| table.get(i))
            .map(|p| p.state.clone())
    };
    find(&catalog.zip_exceptions, five).or_else(|| find(&catalog.zip_prefixes, five.get(..3)?))
}

/// Counties by name, folded (see [`fold_name`]): the first county in the
/// data with that short name, and with that full name.
pub(crate) struct CountyNames {
    short: HashMap<String, usize>,
    full: HashMap<String, usize>,
}

impl CountyNames {
    pub(crate) fn new(counties: &[CountyRecord]) -> Self {
        let mut short = HashMap::new();
        let mut full = HashMap::new();
        for (i, c) in counties.iter().enumerate() {
            short.entry(fold_name(&c.name)).or_insert(i);
            full.entry(fold_name(&c.name_full)).or_insert(i);
        }
        Self { short, full }
    }
}

/// A county by name, in any case, with or without accents, "County" or
/// "Condado de", by its full name ("South Central Connecticut Planning
/// Region"), or by a name people use ("LA", "SF", a former Connecticut
/// county). Returns the county and, for a name that means several (a
/// former county), the others. Where names repeat across states, the first
/// county in the data.
pub(crate) fn find_county(
    geography: &Geography,
    names: &CountyNames,
    input: &str,
) -> Result<(usize, Vec<usize>), AmparoError> {
    let folded = fold_name(input);
    if let Some((_, fips)) = geography.aliases.iter().find(|(alias, _)| *alias == folded) {
        let mut found = fips
            .iter()
            .filter_map(|f| geography.counties.iter().position(|c| &c.fips == f));
        if let Some(first) = found.next() {
            return Ok((first, found.collect()));
        }
    }
    let name = strip_county_words(&folded);
    let by_short = names.short.get(name).copied();
    let by_full = names.full.get(&folded).copied();
    by_short
        .into_iter()
        .chain(by_full)
        .min()
        .map(|i| (i, Vec::new()))
        .ok_or(AmparoError::UnknownCounty)
}

fn strip_county_words(folded: &str) -> &str {
    let mut name = folded;
    for prefix in ["condado de ", "condado del ", "county of ", "condado "] {
        name = name.strip_prefix(prefix).unwrap_or(name);
    }
    name.strip_suffix(" county").unwrap_or(name)
}

/// A city by name: its ZIPs' counties, most ZIPs first, and the mean of its
/// ZIP points. `zips` are the indexes of the city's ZIPs.
pub(crate) fn city_place(geography: &Geography, zips: &[usize]) -> (Vec<String>, (f64, f64)) {
    let zips: Vec<&ZipRecord> = zips.iter().filter_map(|&i| geography.zips.get(i)).collect();
    let mut counts: Vec<(String, usize)> = Vec::new();
    for zip in &zips {
        match counts.iter_mut().find(|(fips, _)| *fips == zip.county) {
            Some((_, n)) => *n += 1,
            None => counts.push((zip.county.clone(), 1)),
        }
    }
    counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    let n = zips.len().max(1) as f64;
    let (lat, lon) = zips
        .iter()
        .map(|z| z.point)
        .fold((0.0, 0.0), |(a, b), (lat, lon)| (a + lat, b + lon));
    (
        counts.into_iter().map(|(fips, _)| fips).collect(),
        (lat / n, lon / n),
    )
}

/// "us-ca" → "CA".
pub(crate) fn state_code(region: &str) -> String {
    region
        .rsplit('-')
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PolygonRecord;

    /// A county straddling the antimeridian, like the Aleutians West census area.
    fn aleutians() -> CountyRecord {
        let square = |west: f64, east: f64| PolygonRecord {
            exterior: vec![
                (west, 51.0),
                (east, 51.0),
                (east, 53.0),
                (west, 53.0),
                (west, 51.0),
            ],
            holes: Vec::new(),
        };
        CountyRecord {
            fips: "02016".into(),
            name: "Aleutians West".into(),
            name_full: "Aleutians West Census Area".into(),
            state: "us-ak".into(),
            seat: String::new(),
            interior: (52.0, 178.0),
            bbox: [172.0, 51.0, -166.0, 53.0],
            polygons: vec![square(172.0, 180.0), square(-180.0, -166.0)],
        }
    }

    #[test]
    fn a_county_across_the_antimeridian_is_found_on_both_sides() {
        let index = CountyIndex::new(&[aleutians()]);
        assert_eq!(index.locate(52.0, 175.0).0, Some(0));
        assert_eq!(index.locate(52.0, -170.0).0, Some(0));
        // About 90 km east of the box, within the suggestion distance.
        let (outside, suggestion) = index.locate(52.0, -164.7);
        assert_eq!(outside, None);
        assert!(matches!(
            suggestion.as_slice(),
            [(0, Nearby::Nearest { .. })]
        ));
    }

    /// Islands: 1°-wide square counties with 1° of sea between them, from
    /// 10°N to 70°N and across the antimeridian.
    fn islands() -> Vec<CountyRecord> {
        let mut counties = Vec::new();
        for row in 0..30 {
            for column in 0..12 {
                let (lat, lon) = (10.0 + 2.0 * f64::from(row), 170.0 + 2.0 * f64::from(column));
                let lon = if lon >= 180.0 { lon - 360.0 } else { lon };
                let mut county = aleutians();
                county.fips = format!("{row:02}{column:02}");
                county.bbox = [lon, lat, lon + 1.0, lat + 1.0];
                county.polygons = vec![PolygonRecord {
                    exterior: vec![
                        (lon, lat),
                        (lon + 1.0, lat),
                        (lon + 1.0, lat + 1.0),
                        (lon, lat + 1.0),
                        (lon, lat),
                    ],
                    holes: Vec::new(),
                }];
                counties.push(county);
            }
        }
        counties
    }

    #[test]
    fn the_nearest_county_of_a_point_at_sea_is_the_one_a_full_scan_finds() {
        let counties = islands();
        let index = CountyIndex::new(&counties);
        let scan = |lat: f64, lon: f64| {
            let point = Point::new(lon, lat);
            index
                .shapes
                .iter()
                .enumerate()
                .map(|(i, shape)| (i, distance_km(shape, &point)))
                .filter(|(_, km)| *km <= SUGGESTION_KM)
                .min_by(|a, b| a.1.total_cmp(&b.1))
        };
        let mut checked = 0;
        // Points on a fine lattice over the islands and the sea around
        // them, the antimeridian and the far north included.
        for a in 0..130 {
            for b in 0..110 {
                let lat = 8.0 + 0.5 * f64::from(a) + 0.013;
                let lon = 168.0 + 0.25 * f64::from(b) + 0.007;
                let lon = if lon >= 180.0 { lon - 360.0 } else { lon };
                let (inside, also) = index.locate(lat, lon);
                if inside.is_some() {
                    continue;
                }
                let found = also.iter().find_map(|(i, why)| match why {
                    Nearby::Nearest { km } => Some((*i, *km)),
                    _ => None,
                });
                let expected = scan(lat, lon);
                assert_eq!(
                    found.map(|(i, _)| i),
                    expected.map(|(i, _)| i),
                    "at {lat}, {lon}"
                );
                checked += 1;
            }
        }
        assert!(checked > 10_000, "{checked} points at sea");
    }

    #[test]
    fn a_crossing_box_never_panics_distance_or_containment() {
        let b = aleutians().bbox;
        assert!(bbox_contains(&b, 179.9, 52.0, 0.0, 0.0));
        assert!(bbox_contains(&b, -179.9, 52.0, 0.0, 0.0));
        assert!(!bbox_contains(&b, 0.0, 52.0, 0.0, 0.0));
        assert!(bbox_distance_km(&b, 0.0, 52.0) > 1000.0);
        assert_eq!(bbox_distance_km(&b, 179.0, 52.0), 0.0);
    }
}
