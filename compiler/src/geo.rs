//! Reads a state's `geo/` folder: county table, county polygons (GeoJSON),
//! ZIPs and the names people use (aliases).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::Deserialize;

use super::Compiler;
use amparo_model::model::{CountyRecord, Geography, PolygonRecord, ZipRecord};
use amparo_model::text::fold_name;

/// A CSV row's line number and its fields by column name.
type CsvRow = (usize, HashMap<String, String>);

#[derive(Deserialize)]
struct FeatureCollection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: FeatureProperties,
    geometry: Geometry,
}

#[derive(Deserialize)]
struct FeatureProperties {
    fips: String,
}

#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    Polygon(Vec<Vec<[f64; 2]>>),
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
}

#[derive(Deserialize)]
struct Aliases {
    aliases: BTreeMap<String, OneOrMany>,
}

/// One county, or several, the likeliest first (a former county that spans
/// several of today's).
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl Compiler {
    /// A state's counties (or county equivalents), ZIPs and aliases. A
    /// state folder without `geo/` (a test fixture) has no geography.
    pub(super) fn read_geography(&mut self, dir: &Path, state: &str) -> Geography {
        if !dir.exists() {
            return Geography::default();
        }
        let mut counties = self.read_counties(&dir.join("counties.csv"), state);
        self.read_polygons(&dir.join("counties.geojson"), &mut counties);
        let zips = self.read_zips(&dir.join("zips.csv"), &counties);
        let aliases = self.read_aliases(&dir.join("aliases.toml"), &counties);
        Geography {
            counties,
            zips,
            aliases,
        }
    }

    /// Parses a CSV file into rows of named fields, with their line numbers.
    /// Returns the file's index and its rows.
    pub(super) fn read_csv(&mut self, path: &Path, columns: &[&str]) -> (usize, Vec<CsvRow>) {
        let Some(file) = self.load(path) else {
            return (0, Vec::new());
        };
        let mut reader = csv::Reader::from_reader(self.files[file].text.as_bytes());
        let headers = match reader.headers() {
            Ok(headers) => headers.clone(),
            Err(err) => {
                self.diags
                    .at_line(&self.files[file], 1, format!("CSV error: {err}"));
                return (file, Vec::new());
            }
        };
        for column in columns {
            if !headers.iter().any(|h| h == *column) {
                self.diags.at_line(
                    &self.files[file],
                    1,
                    format!("missing CSV column `{column}`"),
                );
            }
        }
        let mut rows = Vec::new();
        for record in reader.records() {
            match record {
                Ok(record) => {
                    let line = record.position().map_or(0, |p| p.line() as usize);
                    let row = headers
                        .iter()
                        .zip(record.iter())
                        .map(|(h, v)| (h.to_owned(), v.to_owned()))
                        .collect();
                    rows.push((line, row));
                }
                Err(err) => {
                    let line = err.position().map_or(0, |p| p.line() as usize);
                    self.diags
                        .at_line(&self.files[file], line, format!("CSV error: {err}"));
                }
            }
        }
        (file, rows)
    }

    fn read_counties(&mut self, path: &Path, state: &str) -> Vec<CountyRecord> {
        let columns = [
            "fips",
            "name",
            "name_full",
            "seat",
            "interior_lat",
            "interior_lon",
            "bbox_min_lon",
            "bbox_min_lat",
            "bbox_max_lon",
            "bbox_max_lat",
        ];
        let (file, rows) = self.read_csv(path, &columns);
        let mut counties = Vec::new();
        for (line, row) in rows {
            let get = |key: &str| row.get(key).cloned().unwrap_or_default();
            let number = |key: &str| get(key).parse::<f64>().ok().filter(|n| n.is_finite());
            let fips = get("fips");
            let numbers = [
                "interior_lat",
                "interior_lon",
                "bbox_min_lon",
                "bbox_min_lat",
                "bbox_max_lon",
                "bbox_max_lat",
            ]
            .map(number);
            let valid_fips = fips.len() == 5 && fips.chars().all(|c| c.is_ascii_digit());
            let [Some(lat), Some(lon), Some(x0), Some(y0), Some(x1), Some(y1)] = numbers else {
                self.diags.at_line(
                    &self.files[file],
                    line,
                    format!("county `{fips}` has a missing or bad coordinate"),
                );
                continue;
            };
            if !valid_fips {
                self.diags.at_line(
                    &self.files[file],
                    line,
                    format!("`{fips}` is not a 5-digit county FIPS code"),
                );
                continue;
            }
            counties.push(CountyRecord {
                fips,
                name: get("name"),
                name_full: get("name_full"),
                state: state.to_owned(),
                // Connecticut's planning regions have no seat: empty.
                seat: get("seat"),
                interior: (lat, lon),
                bbox: [x0, y0, x1, y1],
                polygons: Vec::new(),
            });
        }
        counties
    }

    fn read_polygons(&mut self, path: &Path, counties: &mut [CountyRecord]) {
        let Some(file) = self.load(path) else {
            return;
        };
        let collection: FeatureCollection = match serde_json::from_str(&self.files[file].text) {
            Ok(collection) => collection,
            Err(err) => {
                self.diags.at_line(
                    &self.files[file],
                    err.line(),
                    format!("GeoJSON error: {err}"),
                );
                return;
            }
        };
        for feature in collection.features {
            let fips = feature.properties.fips;
            let Some(county) = counties.iter_mut().find(|c| c.fips == fips) else {
                let line = self.files[file]
                    .text
                    .find(&fips)
                    .map_or(1, |at| self.files[file].line_of(at));
                self.diags.at_line(
                    &self.files[file],
                    line,
                    format!("polygon for unknown county `{fips}`"),
                );
                continue;
            };
            let polygons = match feature.geometry {
                Geometry::Polygon(rings) => vec![rings],
                Geometry::MultiPolygon(polygons) => polygons,
            };
            for rings in polygons {
                let mut rings = rings.into_iter().map(|ring| {
                    ring.into_iter()
                        .map(|[lon, lat]| (lon, lat))
                        .collect::<Vec<_>>()
                });
                if let Some(exterior) = rings.next() {
                    county.polygons.push(PolygonRecord {
                        exterior,
                        holes: rings.collect(),
                    });
                }
            }
        }
        for county in counties.iter().filter(|c| c.polygons.is_empty()) {
            self.diags
                .whole_file(path, format!("county `{}` has no polygon", county.fips));
        }
    }

    fn read_zips(&mut self, path: &Path, counties: &[CountyRecord]) -> Vec<ZipRecord> {
        let (file, rows) = self.read_csv(
            path,
            &[
                "zip",
                "lat",
                "lon",
                "county_fips",
                "city",
                "other_county_fips",
            ],
        );
        let known = |fips: &str| counties.iter().any(|c| c.fips == fips);
        let mut zips = Vec::new();
        for (line, row) in rows {
            let get = |key: &str| row.get(key).cloned().unwrap_or_default();
            let zip = get("zip");
            let point = (
                get("lat").parse::<f64>().ok(),
                get("lon").parse::<f64>().ok(),
            );
            let (Some(lat), Some(lon)) = point else {
                self.diags.at_line(
                    &self.files[file],
                    line,
                    format!("ZIP `{zip}` has a missing or bad coordinate"),
                );
                continue;
            };
            let also: Vec<String> = get("other_county_fips")
                .split([';', ' ', '|'])
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            let county = get("county_fips");
            if zip.len() != 5 || !zip.chars().all(|c| c.is_ascii_digit()) {
                self.diags.at_line(
                    &self.files[file],
                    line,
                    format!("`{zip}` is not a 5-digit ZIP"),
                );
                continue;
            }
            if let Some(unknown) = std::iter::once(&county).chain(&also).find(|f| !known(f)) {
                self.diags.at_line(
                    &self.files[file],
                    line,
                    format!("ZIP `{zip}` names unknown county `{unknown}`"),
                );
                continue;
            }
            zips.push(ZipRecord {
                zip,
                point: (lat, lon),
                county,
                also_counties: also,
                city: get("city"),
            });
        }
        zips.sort_by(|a, b| a.zip.cmp(&b.zip));
        for pair in zips.windows(2) {
            if pair[0].zip == pair[1].zip {
                self.diags
                    .whole_file(path, format!("duplicate ZIP `{}`", pair[0].zip));
            }
        }
        zips
    }

    fn read_aliases(
        &mut self,
        path: &Path,
        counties: &[CountyRecord],
    ) -> Vec<(String, Vec<String>)> {
        let Some(file) = self.load_optional(path) else {
            return Vec::new();
        };
        let Some(raw) = self.parse::<Aliases>(file) else {
            return Vec::new();
        };
        let mut aliases = Vec::new();
        for (alias, fips) in raw.aliases {
            let fips = match fips {
                OneOrMany::One(one) => vec![one],
                OneOrMany::Many(many) => many,
            };
            let unknown = fips
                .iter()
                .find(|f| !counties.iter().any(|c| &c.fips == *f));
            if let (None, false) = (unknown, fips.is_empty()) {
                aliases.push((fold_name(&alias), fips));
            } else {
                let fips = unknown.cloned().unwrap_or_default();
                let line = self.files[file]
                    .text
                    .find(&alias)
                    .map_or(1, |at| self.files[file].line_of(at));
                self.diags.at_line(
                    &self.files[file],
                    line,
                    format!("alias `{alias}` names unknown county `{fips}`"),
                );
            }
        }
        aliases
    }
}
