//! The states: `content/us/` (every state, and ZIP prefixes to states) and
//! one folder per state with content, `content/states/<xx>/` (its region,
//! geography, laws, lines, organizations, baseline, local policies and
//! detention facilities). A state is added by adding a folder.

use std::path::{Path, PathBuf};

use toml::Spanned;

use super::schema::{RawDetention, RawFacilities, RawLocalPolicies, RawState};
use super::{Compiler, MessageRef, Text, has_extension, sorted_entries};
use amparo_model::model::{
    DetaineeLocator, FacilityRecord, Geography, Jurisdiction, LocalPolicyRecord, LocationPrecision,
    PolicyCategory, RegionKind, RegionRecord, StateRecord, ZipPrefix,
};
use amparo_model::text::fold_name;

/// What one state folder gives before the rest of its files are read.
pub(super) struct StateFolder {
    /// "us-ca".
    pub id: String,
    pub dir: PathBuf,
    pub region: Option<RegionRecord>,
    pub geography: Geography,
}

impl Compiler {
    /// Every `content/states/<xx>/` folder, in name order.
    pub(super) fn state_folders(&mut self, dir: &Path) -> Vec<StateFolder> {
        let Ok(entries) = sorted_entries(dir) else {
            return Vec::new();
        };
        let mut folders = Vec::new();
        for folder in entries.into_iter().filter(|p| p.is_dir()) {
            let code = folder
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let expected = format!("us-{code}");
            let Some(file) = self.load(&folder.join("state.toml")) else {
                continue;
            };
            let Some(raw) = self.parse::<RawState>(file) else {
                continue;
            };
            if raw.id.get_ref() != &expected {
                let message = format!(
                    "the folder `states/{code}` holds state `{expected}`, not `{}`",
                    raw.id.get_ref()
                );
                self.diags.at(&self.files[file], &raw.id, message);
                continue;
            }
            let what = format!("state `{expected}`");
            let provenance = self.provenance(file, 1, &what, raw.sources, raw.checked);
            let geography = self.read_geography(&folder.join("geo"), &expected);
            folders.push(StateFolder {
                region: Some(RegionRecord {
                    id: expected.clone(),
                    kind: RegionKind::State,
                    name: raw.name,
                    within: Some("us".to_owned()),
                    time_zone: Some(raw.time_zone),
                    provenance,
                }),
                id: expected,
                dir: folder,
                geography,
            });
        }
        folders
    }

    /// `content/us/`: the states, and ZIP prefixes to states.
    pub(super) fn read_us(
        &mut self,
        dir: &Path,
    ) -> (Vec<StateRecord>, Vec<ZipPrefix>, Vec<ZipPrefix>) {
        if !dir.exists() {
            return Default::default();
        }
        let (file, rows) = self.read_csv(&dir.join("states.csv"), &["fips", "postal", "name"]);
        let mut states = Vec::new();
        for (line, row) in rows {
            let get = |key: &str| row.get(key).cloned().unwrap_or_default();
            let postal = get("postal");
            if postal.len() != 2 || !postal.bytes().all(|b| b.is_ascii_uppercase()) {
                let message = format!("`{postal}` is not a two-letter state code");
                self.diags.at_line(&self.files[file], line, message);
                continue;
            }
            let name_message = format!("state-{}", postal.to_ascii_lowercase());
            self.message_refs.push(MessageRef {
                file,
                line,
                id: name_message.clone(),
            });
            states.push(StateRecord {
                id: format!("us-{}", postal.to_ascii_lowercase()),
                postal,
                name: get("name"),
                name_message,
                covered: false,
            });
        }
        let read = |this: &mut Self, name: &str, key: &str, width: usize| {
            let (file, rows) = this.read_csv(&dir.join(name), &[key, "state"]);
            let mut entries = Vec::new();
            for (line, row) in rows {
                let prefix = row.get(key).cloned().unwrap_or_default();
                let postal = row.get("state").cloned().unwrap_or_default();
                let state = format!("us-{}", postal.to_ascii_lowercase());
                let digits = prefix.len() == width && prefix.bytes().all(|b| b.is_ascii_digit());
                if !digits || !states.iter().any(|s| s.id == state) {
                    let message = format!("`{prefix}` → `{postal}` is not a ZIP and a known state");
                    this.diags.at_line(&this.files[file], line, message);
                    continue;
                }
                entries.push(ZipPrefix { prefix, state });
            }
            entries.sort_by(|a, b| a.prefix.cmp(&b.prefix));
            entries
        };
        let prefixes = read(self, "zip3.csv", "prefix", 3);
        let exceptions = read(self, "zip_exceptions.csv", "zip", 5);
        (states, prefixes, exceptions)
    }

    pub(super) fn read_local_policies(
        &mut self,
        path: &Path,
        state: &str,
        geography: &Geography,
    ) -> Vec<LocalPolicyRecord> {
        self.read_records(
            path,
            "local policy",
            |list: RawLocalPolicies| list.policies,
            |this, file, record, provenance| {
                let county = record.county.get_ref().clone();
                let in_state = geography
                    .counties
                    .iter()
                    .any(|c| c.fips == county && c.state == state);
                if !in_state {
                    let message = format!("`{county}` is not a county of `{state}`");
                    this.diags.at(&this.files[file], &record.county, message);
                }
                if *record.category.get_ref() == PolicyCategory::NoLocalPolicyFound {
                    let message = "`no-local-policy-found` is what the app says where there is no \
                                   record; a record needs a real category"
                        .to_owned();
                    this.diags.at(&this.files[file], &record.category, message);
                }
                let city = match (record.kind, record.city) {
                    (Jurisdiction::City, Some(city)) => {
                        this.city_in(file, &city, &county, geography)
                    }
                    (Jurisdiction::County, None) => None,
                    (Jurisdiction::City, None) => {
                        let message =
                            format!("city policy `{}` needs its `city`", record.id.get_ref());
                        this.diags.at(&this.files[file], &record.id, message);
                        None
                    }
                    (Jurisdiction::County, Some(city)) => {
                        let message = "a county policy has no `city`".to_owned();
                        this.diags.at(&this.files[file], &city, message);
                        None
                    }
                };
                let as_of = record
                    .as_of
                    .as_ref()
                    .and_then(|date| this.source_date(file, date));
                LocalPolicyRecord {
                    id: record.id.into_inner(),
                    jurisdiction: record.jurisdiction,
                    kind: record.kind,
                    county,
                    city,
                    category: record.category.into_inner(),
                    status: record.status,
                    year: record.year,
                    as_of,
                    reported_by: record.reported_by,
                    text: this.message_ref(file, record.text),
                    confidence: record.confidence,
                    review: record.review,
                    provenance,
                }
            },
        )
    }

    /// A city of the county, as the ZIP data names it, folded.
    fn city_in(
        &mut self,
        file: usize,
        city: &Text,
        county: &str,
        geography: &Geography,
    ) -> Option<String> {
        let folded = fold_name(city.get_ref());
        let found = geography
            .zips
            .iter()
            .any(|z| z.county == county && fold_name(&z.city) == folded);
        if found {
            Some(folded)
        } else {
            let message = format!(
                "`{}` is not a city of county `{county}` in the ZIP data",
                city.get_ref()
            );
            self.diags.at(&self.files[file], city, message);
            None
        }
    }

    pub(super) fn read_facilities(
        &mut self,
        path: &Path,
        geography: &Geography,
    ) -> Vec<FacilityRecord> {
        self.read_records(
            path,
            "facility",
            |list: RawFacilities| list.facilities,
            |this, file, record, provenance| {
                let county = record.county.get_ref().clone();
                let interior = geography
                    .counties
                    .iter()
                    .find(|c| c.fips == county)
                    .map(|c| c.interior);
                if interior.is_none() {
                    let message = format!("unknown county `{county}`");
                    this.diags.at(&this.files[file], &record.county, message);
                }
                // At its city's centre (the mean of the city's ZIP points in
                // its county), else inside its county: approximate either way.
                let city_point = record.city.as_ref().and_then(|city| {
                    this.city_in(file, city, &county, geography)?;
                    let folded = fold_name(city.get_ref());
                    let points: Vec<(f64, f64)> = geography
                        .zips
                        .iter()
                        .filter(|z| z.county == county && fold_name(&z.city) == folded)
                        .map(|z| z.point)
                        .collect();
                    let n = points.len() as f64;
                    let (lat, lon) = points
                        .iter()
                        .fold((0.0, 0.0), |(a, b), (lat, lon)| (a + lat, b + lon));
                    (n > 0.0).then(|| (lat / n, lon / n))
                });
                let (location, location_precision) = match city_point {
                    Some(point) => (point, LocationPrecision::City),
                    None => (interior.unwrap_or_default(), LocationPrecision::County),
                };
                let phone = record
                    .phone
                    .as_ref()
                    .and_then(|phone| this.phone(file, phone, record.extension, None));
                FacilityRecord {
                    id: record.id.into_inner(),
                    name: record.name,
                    kind: record.kind,
                    status: record.status,
                    operator: record.operator,
                    city: record.city.map(Spanned::into_inner),
                    county,
                    location,
                    location_precision,
                    address: record.address,
                    phone,
                    note: record.note.map(|note| this.message_ref(file, note)),
                    confidence: record.confidence,
                    provenance,
                }
            },
        )
    }

    pub(super) fn read_detainee_locator(&mut self, path: &Path) -> Option<DetaineeLocator> {
        let file = self.load_optional(path)?;
        let raw = self.parse::<RawDetention>(file)?;
        let located = self.checked_records(
            file,
            "locator",
            vec![raw.locator],
            |this, locator, provenance| {
                let url = locator.url.get_ref();
                if !url.starts_with("https://") {
                    let message = "the locator needs an https:// address".to_owned();
                    this.diags.at(&this.files[file], &locator.url, message);
                }
                DetaineeLocator {
                    url: locator.url.into_inner(),
                    provenance,
                }
            },
        );
        located.into_iter().next()
    }
}

#[allow(dead_code)]
fn _uses(path: &Path) -> bool {
    has_extension(path, "toml")
}
