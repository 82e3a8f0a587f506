//! Hotlines and organizations: numbers checked and formatted, hours on a
//! named clock, the area a line serves, conflicts declared on both sides,
//! and a call's confirmation only with its date and caller.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use toml::Spanned;

use super::schema::{RawArea, RawHotline, RawHotlines, RawOrganization, RawOrganizations};
use super::{Compiler, Text};
use amparo_model::model::{
    Confirmation, Conflict, Geography, HotlineRecord, LocationPrecision, OrganizationRecord,
    Provenance, ServedArea, WeeklySchedule, ZipRecord,
};
use amparo_model::text::fold_name;

impl Compiler {
    pub(super) fn read_hotlines(
        &mut self,
        path: &Path,
        regions: &BTreeSet<String>,
        geography: &Geography,
    ) -> Vec<HotlineRecord> {
        // Where each conflict was declared, to check that both sides name
        // each other.
        let mut conflicts: Vec<(usize, Text, String, Text)> = Vec::new();
        let hotlines = self.read_records(
            path,
            "hotline",
            |list: RawHotlines| list.hotlines,
            |this, file, record, provenance| {
                let RawHotline {
                    id,
                    name,
                    kind,
                    operator,
                    phone,
                    extension,
                    texts,
                    serves,
                    area,
                    note,
                    hours,
                    time_zone,
                    languages,
                    confidence,
                    confirmed_on,
                    confirmed_by,
                    conflict,
                    number_sources,
                    ..
                } = record;
                let number_sources = match number_sources {
                    None => provenance.sources.clone(),
                    Some(ids) => {
                        for source in &ids {
                            if !provenance.sources.contains(source.get_ref()) {
                                let message = format!(
                                    "hotline `{}`: number source `{}` is not one of its `sources`",
                                    id.get_ref(),
                                    source.get_ref()
                                );
                                this.diags.at(&this.files[file], source, message);
                            }
                        }
                        ids.into_iter().map(Spanned::into_inner).collect()
                    }
                };
                let schedule = this.hours_on_clock(file, &id, hours.as_ref(), time_zone);
                let conflict = conflict.map(|c| {
                    conflicts.push((file, id.clone(), c.with.get_ref().clone(), c.with.clone()));
                    Conflict {
                        with: c.with.into_inner(),
                        reason: this.message_ref(file, c.reason),
                    }
                });
                HotlineRecord {
                    phone: this
                        .phone(file, &phone, extension, texts)
                        .unwrap_or_default(),
                    serves: this.region_refs(file, serves, regions),
                    area: area.map(|area| this.served_area(file, area, geography)),
                    note: note.map(|note| this.message_ref(file, note)),
                    schedule,
                    hours: hours.map(Spanned::into_inner),
                    languages: this.language_tags(file, languages),
                    confirmed: this.confirmation(file, &id, confirmed_on, confirmed_by),
                    conflict,
                    id: id.into_inner(),
                    name,
                    kind,
                    operator,
                    confidence,
                    provenance,
                    number_sources,
                }
            },
        );
        self.check_conflicts(&hotlines, &conflicts);
        hotlines
    }

    /// A conflict names another hotline, and that hotline names this one
    /// back: a one-sided conflict would let one number be shown alone.
    fn check_conflicts(
        &mut self,
        hotlines: &[HotlineRecord],
        declared: &[(usize, Text, String, Text)],
    ) {
        let named: BTreeMap<&str, &str> = hotlines
            .iter()
            .filter_map(|h| {
                h.conflict
                    .as_ref()
                    .map(|c| (h.id.as_str(), c.with.as_str()))
            })
            .collect();
        for (file, id, with, at) in declared {
            let message = if !hotlines.iter().any(|h| &h.id == with) {
                format!(
                    "hotline `{}` conflicts with unknown hotline `{with}`",
                    id.get_ref()
                )
            } else if named.get(with.as_str()) != Some(&id.get_ref().as_str()) {
                format!(
                    "hotline `{}` conflicts with `{with}`, but `{with}` does not name `{}` back",
                    id.get_ref(),
                    id.get_ref()
                )
            } else {
                continue;
            };
            self.diags.at(&self.files[*file], at, message);
        }
    }

    /// Hours need their clock: a schedule without a time zone could tell
    /// someone a line is open when it is not.
    fn hours_on_clock(
        &mut self,
        file: usize,
        id: &Text,
        hours: Option<&Text>,
        time_zone: Option<Spanned<amparo_model::model::TimeZone>>,
    ) -> Option<WeeklySchedule> {
        match (hours, time_zone) {
            (Some(hours), Some(zone)) => self.schedule(file, hours).map(|ranges| WeeklySchedule {
                ranges,
                time_zone: zone.into_inner(),
            }),
            (Some(hours), None) => {
                let message = format!(
                    "hotline `{}` has `hours` but no `time_zone` (e.g. \"America/Los_Angeles\")",
                    id.get_ref()
                );
                self.diags.at(&self.files[file], hours, message);
                None
            }
            (None, Some(zone)) => {
                let message = format!(
                    "hotline `{}` has a `time_zone` but no `hours`",
                    id.get_ref()
                );
                self.diags.at(&self.files[file], &zone, message);
                None
            }
            (None, None) => None,
        }
    }

    fn served_area(&mut self, file: usize, area: RawArea, geography: &Geography) -> ServedArea {
        let mut cities = Vec::new();
        for city in area.cities {
            let folded = fold_name(city.get_ref());
            if geography.zips.iter().any(|z| fold_name(&z.city) == folded) {
                cities.push(folded);
            } else {
                let message = format!("`{}` is not a city in geo/ca_zips.csv", city.get_ref());
                self.diags.at(&self.files[file], &city, message);
            }
        }
        ServedArea {
            name: area.name,
            cities,
        }
    }

    /// A number is confirmed only with the day of the call and who called.
    pub(super) fn confirmation(
        &mut self,
        file: usize,
        id: &Text,
        on: Option<Text>,
        by: Option<Text>,
    ) -> Option<Confirmation> {
        match (on, by) {
            (Some(on), Some(by)) if !by.get_ref().trim().is_empty() => {
                let on = self.date(file, on, "confirmed_on")?;
                Some(Confirmation {
                    on,
                    by: by.into_inner(),
                })
            }
            (None, None) => None,
            (on, by) => {
                let message = format!(
                    "`{}`: a confirmation needs both `confirmed_on` (the day someone called) and `confirmed_by` (who called)",
                    id.get_ref()
                );
                let at = on.as_ref().or(by.as_ref()).map_or(0, |t| t.span().start);
                self.diags.at_offset(&self.files[file], at, message);
                None
            }
        }
    }

    pub(super) fn read_organizations(
        &mut self,
        path: &Path,
        regions: &BTreeSet<String>,
        geography: &Geography,
    ) -> Vec<OrganizationRecord> {
        self.read_records(
            path,
            "organization",
            |list: RawOrganizations| list.organizations,
            |this, file, mut record, provenance| {
                let extension = record.extension.take();
                let phone = record
                    .phone
                    .take()
                    .and_then(|phone| this.phone(file, &phone, extension, record.texts));
                let other_phones = std::mem::take(&mut record.other_phones)
                    .iter()
                    .filter_map(|phone| this.phone(file, phone, None, None))
                    .collect();
                let note = record.note.take().map(|note| this.message_ref(file, note));
                let confirmed = this.confirmation(
                    file,
                    &record.id,
                    record.confirmed_on.take(),
                    record.confirmed_by.take(),
                );
                let serves = this.region_refs(file, std::mem::take(&mut record.serves), regions);
                let languages = this.language_tags(file, std::mem::take(&mut record.languages));
                OrganizationRecord {
                    phone,
                    other_phones,
                    note,
                    confirmed,
                    serves,
                    languages,
                    provenance,
                    ..this.place_organization(file, record, geography)
                }
            },
        )
    }

    /// Places an organization: at its address's ZIP point, else at the mean
    /// of its city's ZIP points, else at a point inside its county. Every
    /// way the place is approximate, and says how.
    fn place_organization(
        &mut self,
        file: usize,
        record: RawOrganization,
        geography: &Geography,
    ) -> OrganizationRecord {
        let mut placed = OrganizationRecord {
            id: record.id.get_ref().clone(),
            name: record.name,
            address: record.address,
            city: None,
            county: String::new(),
            location: (0.0, 0.0),
            location_precision: LocationPrecision::County,
            serves: Vec::new(),
            services: record.services,
            languages: Vec::new(),
            phone: None,
            other_phones: Vec::new(),
            cost: record.cost,
            cautions: record.cautions,
            note: None,
            confidence: record.confidence,
            confirmed: None,
            provenance: Provenance {
                sources: Vec::new(),
                checked: String::new(),
            },
        };
        if let Some(zip) = &record.zip {
            match geography
                .zips
                .binary_search_by(|z| z.zip.as_str().cmp(zip.get_ref()))
            {
                Ok(i) => {
                    let found = &geography.zips[i];
                    placed.location = found.point;
                    placed.location_precision = LocationPrecision::Zip;
                    placed.county = found.county.clone();
                    placed.city = record
                        .city
                        .map(Spanned::into_inner)
                        .or_else(|| Some(found.city.clone()));
                    // A ZIP that spans counties: the organization's own county
                    // (given) is one of them.
                    if let Some(county) = &record.county {
                        let spans = found.also_counties.iter().any(|c| c == county.get_ref());
                        if spans {
                            placed.county = county.get_ref().clone();
                        } else if county.get_ref() != &found.county {
                            let message = format!(
                                "ZIP `{}` is in county `{}`, not `{}`",
                                zip.get_ref(),
                                found.county,
                                county.get_ref()
                            );
                            self.diags.at(&self.files[file], county, message);
                        }
                    }
                    return placed;
                }
                Err(_) => {
                    let message = format!("`{}` is not a ZIP in the geography", zip.get_ref());
                    self.diags.at(&self.files[file], zip, message);
                    return placed;
                }
            }
        }
        if let Some(city) = record.city {
            let wanted = fold_name(city.get_ref());
            // A city name can exist in two states (Fairfield): with a county,
            // only that county's ZIPs count.
            let county = record.county.as_ref().map(|c| c.get_ref().as_str());
            let zips: Vec<&ZipRecord> = geography
                .zips
                .iter()
                .filter(|z| fold_name(&z.city) == wanted)
                .filter(|z| county.is_none_or(|c| c == z.county))
                .collect();
            if zips.is_empty() {
                let message = format!("`{}` is not a city in the ZIP data", city.get_ref());
                self.diags.at(&self.files[file], &city, message);
                return placed;
            }
            let n = zips.len() as f64;
            let (lat, lon) = zips
                .iter()
                .fold((0.0, 0.0), |(a, b), z| (a + z.point.0, b + z.point.1));
            placed.location = (lat / n, lon / n);
            placed.location_precision = LocationPrecision::City;
            placed.county = zips[0].county.clone();
            placed.city = Some(city.into_inner());
        } else if let Some(county) = record.county {
            match geography
                .counties
                .iter()
                .find(|c| &c.fips == county.get_ref())
            {
                Some(found) => {
                    placed.location = found.interior;
                    placed.county = found.fips.clone();
                }
                None => {
                    let message = format!("unknown county `{}`", county.get_ref());
                    self.diags.at(&self.files[file], &county, message);
                }
            }
        } else {
            let message = format!(
                "organization `{}` needs a `city` or a `county`",
                record.id.get_ref()
            );
            self.diags.at(&self.files[file], &record.id, message);
        }
        placed
    }
}
