//! The parts of `find_help` answers that depend only on the locale chain
//! and the state: each line, organization and facility worded once and
//! shared (`Arc`) by every later answer, so an answer is assembled, not
//! written out again.
//!
//! Invariant (privacy): parts are made for a whole state at once, never for
//! one place, so what stays in memory after a query tells at most which
//! states were asked about (as the chosen state does anyway), not where.

use std::collections::HashMap;
use std::sync::{Arc, PoisonError};

use super::answers::{FacilityDetails, HotlineDetails, OrganizationDetails};
use super::help::{PlacePart, place_part};
use super::lines::{Labels, LineWords, hotline_details};
use super::local::{Context, facility_details, organization_details};
use super::{Nearest, Texts};
use crate::model::{Confidence, FacilityStatus, Jurisdiction};

/// One state's parts in one locale chain; `None` as the state: the national
/// lines for a place outside the covered states.
pub(crate) struct StateParts {
    hotlines: HashMap<usize, Arc<HotlineDetails>>,
    /// Each organization with its numbers, and for a low-confidence one
    /// also without them (shown so unless asked for).
    organizations: HashMap<usize, (Arc<OrganizationDetails>, Option<Arc<OrganizationDetails>>)>,
    facilities: HashMap<usize, Arc<FacilityDetails>>,
    /// The state's organizations and its operating facilities, by place:
    /// a search never looks at another state's.
    pub(crate) organizations_near: Nearest,
    pub(crate) facilities_near: Nearest,
    /// Each county's answer up to its organizations, by county index: with
    /// and without low-confidence records, and for each city there with
    /// its own policy.
    counties: HashMap<usize, Vec<CountyVariant>>,
}

struct CountyVariant {
    include_low_confidence: bool,
    /// A city with its own policy record, folded; `None`: any other place.
    city: Option<String>,
    part: Arc<PlacePart>,
}

impl StateParts {
    fn new<T: Texts>(context: &Context<'_, T>, state: Option<&str>) -> Self {
        let (catalog, finder) = (context.catalog, context.finder);
        let in_state = |fips: &str| state.is_some() && finder.state_of(fips) == state;
        let words = LineWords {
            catalog,
            finder,
            texts: context.texts,
            labels: context.labels,
            clock: state.and_then(|s| finder.state_zones.get(s).copied()),
        };
        // The lines a place in the state may be given: its counties', its
        // own and the national ones (see `find_help`'s regions).
        let hotlines = catalog
            .hotlines
            .iter()
            .enumerate()
            .filter(|(_, h)| {
                h.serves
                    .iter()
                    .any(|r| r == "us" || Some(r.as_str()) == state || in_state(r))
            })
            .map(|(i, h)| (i, Arc::new(hotline_details(&words, i, h))))
            .collect();
        let organizations = catalog
            .organizations
            .iter()
            .enumerate()
            .filter(|(_, o)| in_state(&o.county))
            .map(|(i, o)| {
                let with_phones = Arc::new(organization_details(context, i, o, true));
                let without = (o.confidence == Confidence::Low)
                    .then(|| Arc::new(organization_details(context, i, o, false)));
                (i, (with_phones, without))
            })
            .collect();
        let facilities = catalog
            .facilities
            .iter()
            .enumerate()
            .filter(|(_, f)| in_state(&f.county))
            .map(|(i, f)| (i, Arc::new(facility_details(context, f))))
            .collect();
        let organizations_near = Nearest::new(
            catalog
                .organizations
                .iter()
                .enumerate()
                .filter(|(_, o)| in_state(&o.county))
                .map(|(i, o)| (i, o.location)),
        );
        // Answers name only places known to hold people now: a family may
        // travel there. The full list, closed and uncertain ones marked, is
        // `detention`.
        let facilities_near = Nearest::new(
            catalog
                .facilities
                .iter()
                .enumerate()
                .filter(|(_, f)| f.status == FacilityStatus::Operating && in_state(&f.county))
                .map(|(i, f)| (i, f.location)),
        );
        let mut parts = Self {
            hotlines,
            organizations,
            facilities,
            organizations_near,
            facilities_near,
            counties: HashMap::new(),
        };
        let Some(state) = state else {
            return parts;
        };
        let mut counties = HashMap::new();
        for (index, county) in finder.geography.counties.iter().enumerate() {
            if county.state != state {
                continue;
            }
            let cities = catalog
                .policy
                .local
                .iter()
                .filter(|p| p.county == county.fips && p.kind == Jurisdiction::City);
            let cities: Vec<Option<String>> = std::iter::once(None)
                .chain(cities.filter_map(|p| p.city.clone()).map(Some))
                .collect();
            let mut variants = Vec::new();
            for include_low_confidence in [false, true] {
                let context = Context {
                    include_low_confidence,
                    ..*context
                };
                for city in &cities {
                    if variants.iter().any(|v: &CountyVariant| {
                        v.include_low_confidence == include_low_confidence && &v.city == city
                    }) {
                        continue;
                    }
                    let made = place_part(&context, &parts, Some(county), city.as_deref());
                    // Most counties have no low-confidence record: both
                    // variants are then the same, kept once.
                    let part = variants
                        .iter()
                        .find(|v| v.city == *city && v.part.same_as(&made))
                        .map_or_else(|| Arc::new(made), |v| Arc::clone(&v.part));
                    variants.push(CountyVariant {
                        include_low_confidence,
                        city: city.clone(),
                        part,
                    });
                }
            }
            counties.insert(index, variants);
        }
        parts.counties = counties;
        parts
    }

    /// The county's answer up to its organizations, for a place in `city`
    /// (folded), if the county is in this state.
    pub(crate) fn county(
        &self,
        index: usize,
        include_low_confidence: bool,
        city: Option<&str>,
    ) -> Option<&PlacePart> {
        let variants = self.counties.get(&index)?;
        let matching = |city: Option<&str>| {
            variants.iter().find(|v| {
                v.include_low_confidence == include_low_confidence && v.city.as_deref() == city
            })
        };
        matching(city)
            .or_else(|| matching(None))
            .map(|v| v.part.as_ref())
    }

    pub(crate) fn hotline(&self, index: usize) -> Option<Arc<HotlineDetails>> {
        self.hotlines.get(&index).cloned()
    }

    pub(crate) fn organization(
        &self,
        index: usize,
        show_phones: bool,
    ) -> Option<Arc<OrganizationDetails>> {
        let (with_phones, without) = self.organizations.get(&index)?;
        match without {
            Some(without) if !show_phones => Some(Arc::clone(without)),
            _ => Some(Arc::clone(with_phones)),
        }
    }

    pub(crate) fn facility(&self, index: usize) -> Option<Arc<FacilityDetails>> {
        self.facilities.get(&index).cloned()
    }
}

impl Labels {
    /// A state's parts, made on first use in this chain.
    pub(crate) fn state_parts<T: Texts>(
        &self,
        context: &Context<'_, T>,
        state: Option<&str>,
    ) -> Arc<StateParts> {
        let key = state.map(str::to_owned);
        if let Some(parts) = self.parts().get(&key) {
            return Arc::clone(parts);
        }
        // Made outside the lock: another thread may make the same parts
        // meanwhile; both are equal and the first one stored is kept.
        let made = Arc::new(StateParts::new(context, state));
        Arc::clone(self.parts().entry(key).or_insert(made))
    }

    fn parts(&self) -> std::sync::MutexGuard<'_, HashMap<Option<String>, Arc<StateParts>>> {
        // The map is only ever inserted into whole, so a panic elsewhere
        // cannot leave it half-made.
        self.state_parts
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}
