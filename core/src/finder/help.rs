//! `find_help` itself: the place resolved, then its county, policy, lines
//! and organizations assembled into one answer.

use super::answers::CitedSources;
use super::prepared::StateParts;
use super::*;
use crate::content::PackRef;
use std::sync::Arc;

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
    pack: &PackRef,
) -> Result<HelpAnswer, AmparoError> {
    if query.at.is_some_and(|at| at.minutes >= 24 * 60) {
        return Err(AmparoError::InvalidTime);
    }
    let place = finder.resolve(catalog, &query.place)?;
    let geography = &finder.geography;
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

    let context = local::Context {
        catalog,
        finder,
        texts,
        labels,
        include_low_confidence: query.include_low_confidence,
    };
    let parts = labels.state_parts(&context, county.map(|c| c.state.as_str()));
    // A covered county's part is made once per state; a place outside gets
    // the national lines, made now.
    let made_now;
    let part = match place
        .county
        .and_then(|i| parts.county(i, query.include_low_confidence, folded_city.as_deref()))
    {
        Some(part) => part,
        None => {
            made_now = place_part(&context, &parts, county, folded_city.as_deref());
            &made_now
        }
    };
    let mut citations = Citations::resume(&finder.source_records, part.cited.clone());
    let at = query.at.filter(|_| clock.is_some());
    let mut hotlines: Vec<HotlineAnswer> = part
        .lines
        .iter()
        .filter_map(|(i, details, scope, source_refs)| {
            let line_place = LinePlace {
                scope: *scope,
                at,
                clock,
                city: folded_city.as_deref(),
            };
            Some(hotline_answer(
                &line_place,
                catalog.hotlines.get(*i)?,
                Arc::clone(details),
                Arc::clone(source_refs),
            ))
        })
        .collect();
    // Open before closed; after hours, lines that never close first; then
    // as the part has them (see `place_part`). Stable, so without a time
    // the part's order stands.
    if let Some(at) = at {
        let after_hours = at.is_after_hours();
        hotlines.sort_by_key(|h| (h.open_now == Some(false), after_hours && !h.always_open));
    }

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
        (None, None) => Some(labels.outside.clone()),
        (Some(_), _) if !local_line_known => Some(labels.no_local_line.clone()),
        (Some(_), _) => None,
    };
    let policy = part.policy.clone();
    let state_laws = match (county, &place.state) {
        (None, Some(state)) => local::state_laws(&context, state),
        _ => Vec::new(),
    };
    // Legal help and detention only in the place's own covered state: a
    // Connecticut office is no answer for New York.
    let (organizations, detention) = match (county, place.origin) {
        (Some(_), Some(origin)) => (
            local::organizations(&context, &parts, &mut citations, query, origin),
            local::nearest_facilities(&context, &parts, origin, 3),
        ),
        _ => (Vec::new(), Vec::new()),
    };

    Ok(HelpAnswer {
        pack: pack.clone(),
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
            notice: labels.detention_notice.clone(),
            locator_url: catalog.detainee_locator.as_ref().map(|l| l.url.clone()),
        },
        sources: citations.into_shared(),
    })
}

/// What an answer for a place says before its organizations and
/// facilities: its lines in the content's order, each with its scope and
/// sources, the county's policy, and the sources cited so far. The same for
/// every place in a county (and city with its own policy), so it is made
/// once per state (see `prepared`).
pub(crate) struct PlacePart {
    pub(crate) lines: Vec<PartLine>,
    pub(crate) policy: Option<Arc<PolicyAnswer>>,
    pub(crate) cited: CitedSources,
}

impl PlacePart {
    /// Whether two parts say the same (the same lines, policy and sources).
    pub(crate) fn same_as(&self, other: &PlacePart) -> bool {
        let line = |(i, _, scope, refs): &PartLine| (*i, *scope, Arc::clone(refs));
        self.lines.iter().map(line).eq(other.lines.iter().map(line))
            && self.policy == other.policy
            && self.cited.same_as(&other.cited)
    }
}

/// A line of a part: its catalog index, details, scope and source indexes.
pub(crate) type PartLine = (usize, Arc<HotlineDetails>, HotlineScope, Arc<[i32]>);

/// `county`: `None` for a place outside the covered states (national lines
/// only). `city`: folded.
pub(crate) fn place_part<T: Texts>(
    context: &local::Context<'_, T>,
    parts: &StateParts,
    county: Option<&CountyRecord>,
    city: Option<&str>,
) -> PlacePart {
    let (catalog, finder) = (context.catalog, context.finder);
    let include_low_confidence = context.include_low_confidence;
    // The lines of the county, its state and the country, each once, in
    // the content's order.
    let mut citations = Citations::new(&finder.source_records);
    let regions: Vec<&str> = county
        .map(|c| c.fips.as_str())
        .into_iter()
        .chain(county.map(|c| c.state.as_str()))
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
        include_low_confidence
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
    let words = LineWords {
        catalog,
        finder,
        texts: context.texts,
        labels: context.labels,
        clock: county.and_then(|c| finder.state_zones.get(&c.state).copied()),
    };
    let mut lines: Vec<PartLine> = shown
        .into_iter()
        .filter_map(|i| {
            let h = catalog.hotlines.get(i)?;
            let source_refs = citations.cite(finder.hotline_sources.get(i)?);
            let details = parts
                .hotline(i)
                .unwrap_or_else(|| Arc::new(hotline_details(&words, i, h)));
            Some((i, details, scope(h), source_refs.into()))
        })
        .collect();
    // The nearest scope first, rapid response before other kinds; stable,
    // so the content's order decides the rest. Sources are cited before
    // this, in the content's order.
    lines
        .sort_by_key(|(_, details, scope, _)| (*scope, details.kind != HotlineKind::RapidResponse));
    let policy = county
        .and_then(|c| local::policy_answer(context, &mut citations, c, city))
        .map(Arc::new);
    PlacePart {
        lines,
        policy,
        cited: citations.list,
    }
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
