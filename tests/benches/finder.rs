//! `find_help` cost on the real California pack, and at US scale: the real
//! 3,144 US counties and 40,977 ZIPs (tests/fixtures/geo-us) with 20,000
//! deterministic organizations (1×), and ten shrunken copies of the
//! geography tiled over the globe with 150,000 organizations (10×; 200,000
//! would not fit a pack section). The budget: 10× under 1.3× the time,
//! against one copy shrunken the same way (the same geometry, a tenth of
//! the data). By ZIP, county and city too at US scale.
//! Run: `cargo bench -p amparo-acceptance --bench finder`.

use std::collections::HashMap;
use std::hint::black_box;
use std::path::Path;

use amparo_acceptance::fixtures;
use amparo_core::model::{
    Confidence, Cost, CountyRecord, Geography, HotlineRecord, LocationPrecision,
    OrganizationRecord, Pack, PolicyText, PolygonRecord, Provenance, Service, ZipRecord,
};
use amparo_core::{Amparo, HelpQuery, Place, pack};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use serde::Deserialize;

const ORGANIZATIONS_PER_COPY: usize = 20_000;
/// At 10×, 15,000 a copy (150,000 in all, 7.5× the US figure): 200,000
/// would make the catalog larger than the 32 MiB a pack section may be.
const ORGANIZATIONS_PER_COPY_10X: usize = 15_000;
const QUERIES: usize = 1_024;

#[derive(Deserialize)]
struct Features {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: HashMap<String, serde_json::Value>,
    geometry: Option<Geometry>,
}

#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    Polygon(Vec<Vec<[f64; 2]>>),
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
}

/// The real US data, read once.
struct UsData {
    counties: Vec<CountyRecord>,
    zips: Vec<ZipRecord>,
}

fn read_csv(path: &Path) -> Vec<HashMap<String, String>> {
    let mut reader =
        csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let headers = reader.headers().cloned().unwrap_or_default();
    reader
        .records()
        .filter_map(Result::ok)
        .map(|r| {
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

fn number(row: &HashMap<String, String>, key: &str) -> f64 {
    row.get(key).and_then(|v| v.parse().ok()).unwrap_or(0.0)
}

fn load_us() -> UsData {
    let dir = fixtures().join("geo-us");
    let text = std::fs::read_to_string(dir.join("us_counties.geojson")).unwrap_or_default();
    let features: Features = serde_json::from_str(&text).unwrap_or_else(|e| panic!("geojson: {e}"));
    let mut shapes: HashMap<String, Vec<PolygonRecord>> = HashMap::new();
    for feature in features.features {
        let fips = feature
            .properties
            .get("fips")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned();
        let polygons = match feature.geometry {
            Some(Geometry::Polygon(rings)) => vec![rings],
            Some(Geometry::MultiPolygon(polygons)) => polygons,
            None => continue,
        };
        let ring = |r: Vec<[f64; 2]>| r.into_iter().map(|[x, y]| (x, y)).collect::<Vec<_>>();
        shapes
            .entry(fips)
            .or_default()
            .extend(polygons.into_iter().map(|rings| {
                let mut rings = rings.into_iter().map(ring);
                PolygonRecord {
                    exterior: rings.next().unwrap_or_default(),
                    holes: rings.collect(),
                }
            }));
    }
    let counties = read_csv(&dir.join("us_counties.csv"))
        .into_iter()
        .filter_map(|row| {
            let fips = row.get("fips")?.clone();
            let polygons = shapes.remove(&fips)?;
            Some(CountyRecord {
                name: row.get("name")?.clone(),
                name_full: row.get("name_full")?.clone(),
                state: format!("us-{}", row.get("state")?.to_lowercase()),
                seat: String::new(),
                interior: (number(&row, "interior_lat"), number(&row, "interior_lon")),
                bbox: [
                    "bbox_min_lon",
                    "bbox_min_lat",
                    "bbox_max_lon",
                    "bbox_max_lat",
                ]
                .map(|k| number(&row, k)),
                polygons,
                fips,
            })
        })
        .collect();
    let zips = read_csv(&dir.join("us_zips.csv"))
        .into_iter()
        .map(|row| ZipRecord {
            zip: row.get("zip").cloned().unwrap_or_default(),
            point: (number(&row, "lat"), number(&row, "lon")),
            county: row.get("county_fips").cloned().unwrap_or_default(),
            also_counties: Vec::new(),
            city: row.get("city").cloned().unwrap_or_default(),
        })
        .collect();
    UsData { counties, zips }
}

/// Copy `k` of `copies`: the US squeezed into one tile of a 5-wide grid over
/// the globe, so ten copies never overlap.
fn tile(copies: usize, k: usize) -> impl Fn(f64, f64) -> (f64, f64) {
    let (columns, rows) = if copies == 1 {
        (1, 1)
    } else {
        (5, copies.div_ceil(5))
    };
    let (width, height) = (360.0 / columns as f64, 170.0 / rows as f64);
    let (x0, y0) = (
        -180.0 + width * (k % columns) as f64,
        -85.0 + height * (k / columns) as f64,
    );
    // The data's own extent (Aleutians to Maine, Hawaii to Alaska).
    let (lon_min, lon_max, lat_min, lat_max) = (-180.0, -65.0, 18.0, 72.0);
    move |lon, lat| {
        if copies == 1 {
            return (lon, lat);
        }
        (
            x0 + (lon - lon_min) / (lon_max - lon_min) * width * 0.98,
            y0 + (lat - lat_min) / (lat_max - lat_min) * height * 0.98,
        )
    }
}

/// A deterministic pseudo-random sequence (an LCG): the same data every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

/// A pack with `copies` copies of the US, built from the real pack's text,
/// laid out as the last `copies` of `tiles` tiles (1 tile: the real map).
/// One copy laid out as the last of ten tiles is the baseline of the 10x
/// figure: the same shrunken geometry, a tenth of the data.
fn us_pack(us: &UsData, copies: usize, tiles: usize) -> (Vec<u8>, Vec<(f64, f64)>) {
    let mut pack: Pack =
        pack::decode(&amparo_content::default_pack()).unwrap_or_else(|e| panic!("{e}"));
    let catalog = &mut pack.catalog;
    let baseline = catalog.policy.baselines[0].clone();
    let national: Vec<HotlineRecord> = catalog
        .hotlines
        .iter()
        .filter(|h| h.serves == ["us"])
        .cloned()
        .collect();
    let template = national[0].clone();
    let provenance = Provenance {
        sources: template.provenance.sources.clone(),
        checked: template.provenance.checked.clone(),
    };
    let mut geography = Geography::default();
    let mut hotlines = national;
    let mut organizations = Vec::new();
    let mut states = Vec::new();
    let mut random = Lcg(2026);
    let mut queries = Vec::new();
    for k in 0..copies {
        let to = tile(tiles, tiles - copies + k);
        let id = |fips: &str| {
            if copies == 1 {
                fips.to_owned()
            } else {
                format!("{fips}-{k}")
            }
        };
        for county in &us.counties {
            let moved =
                |points: &[(f64, f64)]| points.iter().map(|&(x, y)| to(x, y)).collect::<Vec<_>>();
            let polygons: Vec<PolygonRecord> = county
                .polygons
                .iter()
                .map(|p| PolygonRecord {
                    exterior: moved(&p.exterior),
                    holes: p.holes.iter().map(|h| moved(h)).collect(),
                })
                .collect();
            // Copies get boxes from their moved vertices (the real data's
            // antimeridian-crossing boxes do not survive the squeeze).
            let bbox = if tiles == 1 {
                county.bbox
            } else {
                polygons.iter().flat_map(|p| &p.exterior).fold(
                    [
                        f64::INFINITY,
                        f64::INFINITY,
                        f64::NEG_INFINITY,
                        f64::NEG_INFINITY,
                    ],
                    |b, &(x, y)| [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)],
                )
            };
            let (lon, lat) = to(county.interior.1, county.interior.0);
            geography.counties.push(CountyRecord {
                fips: id(&county.fips),
                name: county.name.clone(),
                name_full: county.name_full.clone(),
                state: county.state.clone(),
                seat: String::new(),
                interior: (lat, lon),
                bbox,
                polygons,
            });
            if !states.contains(&county.state) {
                states.push(county.state.clone());
            }
            // One county in ten has a line of its own.
            if random.next() % 10 == 0 {
                let mut line = template.clone();
                line.id = format!("line-{}", id(&county.fips));
                line.serves = vec![id(&county.fips)];
                hotlines.push(line);
            }
        }
        for zip in &us.zips {
            let (lon, lat) = to(zip.point.1, zip.point.0);
            geography.zips.push(ZipRecord {
                // Real codes at 1x; at 10x five digits cannot number 409,770
                // ZIPs, so copies get six (never asked for: ZIPs are timed at 1x).
                zip: if copies == 1 {
                    zip.zip.clone()
                } else {
                    format!("{k}{}", zip.zip)
                },
                point: (lat, lon),
                county: id(&zip.county),
                also_counties: Vec::new(),
                city: zip.city.clone(),
            });
        }
        let per_copy = if tiles == 1 {
            ORGANIZATIONS_PER_COPY
        } else {
            ORGANIZATIONS_PER_COPY_10X
        };
        for n in 0..per_copy {
            let zip = &us.zips[random.next() as usize % us.zips.len()];
            let (lon, lat) = to(zip.point.1, zip.point.0);
            let service = Service::ALL[random.next() as usize % Service::ALL.len()];
            organizations.push(OrganizationRecord {
                id: format!("org-{k}-{n}"),
                name: format!("Organization {k}-{n}"),
                address: None,
                city: Some(zip.city.clone()),
                county: id(&zip.county),
                location: (lat, lon),
                location_precision: LocationPrecision::City,
                serves: vec![id(&zip.county)],
                services: vec![service],
                languages: vec![if random.next() % 3 == 0 { "es" } else { "en" }.to_owned()],
                phone: None,
                other_phones: Vec::new(),
                cost: Cost::Unknown,
                cautions: Vec::new(),
                note: None,
                confidence: Confidence::Medium,
                confirmed: None,
                provenance: provenance.clone(),
            });
        }
        // Queries: real ZIP points spread over the country, in the last copy.
        if k + 1 == copies {
            let step = us.zips.len() / QUERIES;
            queries = us
                .zips
                .iter()
                .step_by(step)
                .take(QUERIES)
                .map(|z| {
                    let (lon, lat) = to(z.point.1, z.point.0);
                    (lat, lon)
                })
                .collect();
        }
    }
    geography.zips.sort_by(|a, b| a.zip.cmp(&b.zip));
    catalog.policy.baselines = states
        .into_iter()
        .map(|state| PolicyText {
            region: state,
            ..baseline.clone()
        })
        .collect();
    catalog.geography = geography;
    catalog.hotlines = hotlines;
    catalog.organizations = organizations;
    (amparo_compiler::pack::encode(&pack), queries)
}

fn gps(latitude: f64, longitude: f64) -> HelpQuery {
    HelpQuery::new(Place::Coordinates {
        latitude,
        longitude,
    })
}

/// Cycles through `queries`, one `find_help` per iteration.
fn bench_queries(
    c: &mut Criterion,
    group: &str,
    label: &str,
    amparo: &Amparo,
    queries: &[(f64, f64)],
) {
    // The first call builds the indexes; keep that out of the measurement.
    let _ = amparo.find_help(&gps(queries[0].0, queries[0].1));
    let covered = queries
        .iter()
        .filter(|(lat, lon)| {
            amparo
                .find_help(&gps(*lat, *lon))
                .is_ok_and(|a| a.region.is_some())
        })
        .count();
    println!(
        "{group}/{label}: {covered} of {} query points fall in a county",
        queries.len()
    );
    let mut group = c.benchmark_group(group);
    let mut next = 0;
    group.bench_function(BenchmarkId::from_parameter(label), |b| {
        b.iter(|| {
            let (lat, lon) = queries[next % queries.len()];
            next += 1;
            black_box(amparo.find_help(&gps(lat, lon)))
        })
    });
    group.finish();
}

fn california(c: &mut Criterion) {
    let amparo = Amparo::open_embedded(amparo_content::default_pack(), &["en"])
        .unwrap_or_else(|e| panic!("{e}"));
    let zips = read_csv(&amparo_acceptance::content_dir().join("states/ca/geo/zips.csv"));
    let queries: Vec<(f64, f64)> = zips
        .iter()
        .map(|r| (number(r, "lat"), number(r, "lon")))
        .collect();
    bench_queries(
        c,
        "find_help by GPS",
        "California (real pack)",
        &amparo,
        &queries,
    );
    // The same with twice the default number of organizations in the answer.
    let mut next = 0;
    c.bench_function("find_help by GPS/California, 10 organizations", |b| {
        b.iter(|| {
            let (lat, lon) = queries[next % queries.len()];
            next += 1;
            let mut query = gps(lat, lon);
            query.limit = Some(10);
            black_box(amparo.find_help(&query))
        })
    });
    let mut next = 0;
    c.bench_function("find_help by ZIP/California", |b| {
        b.iter(|| {
            let row = &zips[next % zips.len()];
            next += 1;
            let code = row.get("zip").cloned().unwrap_or_default();
            black_box(amparo.find_help(&HelpQuery::new(Place::Zip { code })))
        })
    });
}

fn us_scale(c: &mut Criterion) {
    // For profiling the California case alone: the US packs take seconds to build.
    if std::env::var_os("AMPARO_BENCH_CA_ONLY").is_some() {
        return;
    }
    let us = load_us();
    // The copies at 10x are shrunken to fit the globe (counties about 0.6x
    // as wide, ZIPs denser), so a point there is checked against more
    // borders and nearby ZIPs; "US 1x shrunk" has the same geometry with a
    // tenth of the data, so 10x against it measures the data's size alone.
    for (label, copies, tiles) in [
        ("US 1x", 1, 1),
        ("US 1x shrunk as at 10x", 1, 10),
        ("US 10x", 10, 10),
    ] {
        let (bytes, queries) = us_pack(&us, copies, tiles);
        let started = std::time::Instant::now();
        let amparo =
            Amparo::open_embedded(bytes.clone(), &["en"]).unwrap_or_else(|e| panic!("{e}"));
        let _ = amparo.find_help(&gps(queries[0].0, queries[0].1));
        println!(
            "{label}: {} counties, {} ZIPs, {} organizations, pack {:.1} MB; open + first find_help (index build) {:?}",
            us.counties.len() * copies,
            us.zips.len() * copies,
            if tiles == 1 {
                ORGANIZATIONS_PER_COPY
            } else {
                ORGANIZATIONS_PER_COPY_10X * copies
            },
            bytes.len() as f64 / 1e6,
            started.elapsed()
        );
        bench_queries(c, "find_help by GPS", label, &amparo, &queries);
        if copies == 1 && tiles > 1 {
            continue;
        }
        // By name, every name of the real data in turn (a name that repeats
        // across states or copies finds the first such county or city).
        let step = us.counties.len() / QUERIES.min(us.counties.len());
        let counties: Vec<Place> = us
            .counties
            .iter()
            .step_by(step.max(1))
            .map(|c| Place::County {
                name: c.name.clone(),
            })
            .collect();
        let step = us.zips.len() / QUERIES;
        let cities: Vec<Place> = us
            .zips
            .iter()
            .step_by(step)
            .map(|z| Place::City {
                name: z.city.clone(),
            })
            .collect();
        let zips: Vec<Place> = us
            .zips
            .iter()
            .step_by(step)
            .map(|z| Place::Zip {
                code: z.zip.clone(),
            })
            .collect();
        let mut by_name = vec![
            ("find_help by county", counties),
            ("find_help by city", cities),
        ];
        if copies == 1 {
            by_name.push(("find_help by ZIP", zips));
        }
        for (group, places) in by_name {
            bench_places(c, group, &format!("US {copies}x"), &amparo, &places);
        }
    }
}

/// Cycles through those of `places` that resolve to a county (a few of the
/// real ZIPs name counties the boundary data lacks), one `find_help` per
/// iteration, so the figure never times errors.
fn bench_places(c: &mut Criterion, group: &str, label: &str, amparo: &Amparo, places: &[Place]) {
    let places: Vec<Place> = places
        .iter()
        .filter(|place| {
            amparo
                .find_help(&HelpQuery::new((*place).clone()))
                .is_ok_and(|a| a.region.is_some())
        })
        .cloned()
        .collect();
    println!(
        "{group}/{label}: {} places resolve to a county",
        places.len()
    );
    assert!(!places.is_empty(), "{group}/{label}: no place resolves");
    let mut group = c.benchmark_group(group);
    let mut next = 0;
    group.bench_function(BenchmarkId::from_parameter(label), |b| {
        b.iter(|| {
            let place = places[next % places.len()].clone();
            next += 1;
            black_box(amparo.find_help(&HelpQuery::new(place)))
        })
    });
    group.finish();
}

criterion_group!(benches, california, us_scale);
criterion_main!(benches);
