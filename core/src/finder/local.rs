//! Local depth in an answer: the state's baseline with the county's and the
//! city's own policies, the nearest legal help, the nearest detention
//! facilities, and the statewide laws of a state without content.
//!
//! Invariants: a county without a policy record says "no local policy
//! found", never nothing; a city gets a row only when it has a record.
//! Low-confidence policies appear only when asked for, and are counted when
//! left out. Organizations and facilities come only from the place's own
//! state.

use std::sync::Arc;

use super::answers::{
    Citations, CountyPolicyRow, DetentionAnswer, FacilityAnswer, FacilityDetails, LawSummary,
    LocalPolicyAnswer, OrganizationAnswer, OrganizationDetails, PolicyAnswer, PolicyTable,
};
use super::lines::{Labels, LinePlace, LineWords, hotline_answer, hotline_details};
use super::prepared::StateParts;
use super::{Finder, HelpQuery, HotlineScope, Texts, offers, primary_language, round_km};
use crate::messages;
use crate::model::{
    Catalog, Confidence, CountyRecord, FacilityRecord, FacilityStatus, HotlineKind, Jurisdiction,
    LawRecord, LegalReview, LocalPolicyRecord, LocationPrecision, OrganizationRecord,
    PolicyCategory,
};
use crate::places;

/// What every local answer is built from.
pub(crate) struct Context<'a, T: Texts> {
    pub(crate) catalog: &'a Catalog,
    pub(crate) finder: &'a Finder,
    pub(crate) texts: &'a T,
    pub(crate) labels: &'a Labels,
    pub(crate) include_low_confidence: bool,
}

impl<T: Texts> Context<'_, T> {
    fn sources_of(&self, ids: &[String]) -> Vec<usize> {
        ids.iter()
            .filter_map(|id| self.finder.sources.get(id).copied())
            .collect()
    }
}

/// The state's baseline, and the county's and city's policies.
pub(crate) fn policy_answer<T: Texts>(
    context: &Context<'_, T>,
    citations: &mut Citations,
    county: &CountyRecord,
    city: Option<&str>,
) -> Option<PolicyAnswer> {
    let catalog = context.catalog;
    let texts = context.texts;
    let baseline = catalog
        .policy
        .baselines
        .iter()
        .find(|b| b.region == county.state)?;
    let laws = baseline
        .laws
        .iter()
        .filter_map(|id| catalog.laws.iter().find(|l| &l.id == id))
        .map(|law| law_summary(texts, law))
        .collect();
    let (local, hidden) = local_policies(context, citations, county, city);
    Some(PolicyAnswer {
        text: texts.text(&baseline.text),
        laws,
        review: baseline.review,
        source_refs: citations.cite(&context.sources_of(&baseline.provenance.sources)),
        checked: baseline.provenance.checked.clone(),
        local,
        hidden_low_confidence: hidden,
        hidden_note: hidden_note(texts, hidden),
    })
}

/// The county's policy (or "none found") and, when the place is in a city
/// with one, the city's; and how many low-confidence ones were left out.
fn local_policies<T: Texts>(
    context: &Context<'_, T>,
    citations: &mut Citations,
    county: &CountyRecord,
    city: Option<&str>,
) -> (Vec<LocalPolicyAnswer>, i32) {
    let records = context.catalog.policy.local.iter().filter(|p| {
        p.county == county.fips
            && match p.kind {
                Jurisdiction::County => true,
                Jurisdiction::City => city.is_some() && p.city.as_deref() == city,
            }
    });
    let mut shown = Vec::new();
    let mut hidden = 0;
    let mut county_has_record = false;
    for record in records {
        county_has_record |= record.kind == Jurisdiction::County;
        if record.confidence == Confidence::Low && !context.include_low_confidence {
            hidden += 1;
            continue;
        }
        shown.push(local_policy_answer(context, citations, record));
    }
    if !county_has_record {
        shown.insert(0, no_policy_found(context, county));
    }
    (shown, hidden)
}

fn local_policy_answer<T: Texts>(
    context: &Context<'_, T>,
    citations: &mut Citations,
    record: &LocalPolicyRecord,
) -> LocalPolicyAnswer {
    let texts = context.texts;
    let summary = texts.text(&record.text);
    let who = texts.text(messages::reporter(record.reported_by));
    let text = match &record.as_of {
        Some(date) => texts.text_with(
            messages::LOCAL_POLICY_AS_OF,
            &[("date", date), ("who", &who), ("policy", &summary)],
        ),
        None => texts.text_with(
            messages::LOCAL_POLICY_UNDATED,
            &[("who", &who), ("policy", &summary)],
        ),
    };
    LocalPolicyAnswer {
        id: Some(record.id.clone()),
        jurisdiction: record.jurisdiction.clone(),
        kind: record.kind,
        county_fips: record.county.clone(),
        category: record.category,
        category_label: texts.text(messages::policy_category(record.category)),
        status: Some(record.status),
        status_label: Some(texts.text(messages::policy_status(record.status))),
        year: Some(record.year.clone()),
        as_of: record.as_of.clone(),
        reported_by: Some(record.reported_by),
        text,
        summary,
        reminder: context.labels.reminder.clone(),
        confidence: Some(record.confidence),
        low_confidence_note: (record.confidence == Confidence::Low)
            .then(|| context.labels.low_confidence.clone()),
        review: record.review,
        source_refs: citations.cite(&context.sources_of(&record.provenance.sources)),
        checked: Some(record.provenance.checked.clone()),
    }
}

/// What the research found for a county without a record: nothing beyond
/// state law. Said plainly, never left blank.
fn no_policy_found<T: Texts>(context: &Context<'_, T>, county: &CountyRecord) -> LocalPolicyAnswer {
    let texts = context.texts;
    let category = PolicyCategory::NoLocalPolicyFound;
    let summary = texts.text(messages::LOCAL_POLICY_NONE_FOUND);
    LocalPolicyAnswer {
        id: None,
        jurisdiction: county.name_full.clone(),
        kind: Jurisdiction::County,
        county_fips: county.fips.clone(),
        category,
        category_label: texts.text(messages::policy_category(category)),
        status: None,
        status_label: None,
        year: None,
        as_of: None,
        reported_by: None,
        text: summary.clone(),
        summary,
        reminder: context.labels.reminder.clone(),
        confidence: None,
        low_confidence_note: None,
        review: LegalReview::Unreviewed,
        source_refs: Vec::new(),
        checked: None,
    }
}

/// Every county of a state with its policy, and its cities': the detainer
/// map as a table.
pub(crate) fn policy_table<T: Texts>(context: &Context<'_, T>, state: &str) -> PolicyTable {
    let catalog = context.catalog;
    let mut citations = Citations::new(&context.finder.source_records);
    let counties = context
        .finder
        .geography
        .counties
        .iter()
        .filter(|c| c.state == state)
        .map(|county| {
            let mut county_policy = None;
            let mut city_policies = Vec::new();
            let mut hidden_low_confidence = 0;
            for record in catalog
                .policy
                .local
                .iter()
                .filter(|p| p.county == county.fips)
            {
                if record.confidence == Confidence::Low && !context.include_low_confidence {
                    hidden_low_confidence += 1;
                    continue;
                }
                let answer = local_policy_answer(context, &mut citations, record);
                match record.kind {
                    Jurisdiction::County => county_policy = Some(answer),
                    Jurisdiction::City => city_policies.push(answer),
                }
            }
            let county_policy = county_policy.unwrap_or_else(|| no_policy_found(context, county));
            CountyPolicyRow {
                county: county.name.clone(),
                county_full: county.name_full.clone(),
                county_fips: county.fips.clone(),
                category: county_policy.category,
                category_label: county_policy.category_label.clone(),
                county_policy,
                city_policies,
                hidden_low_confidence,
                hidden_note: hidden_note(context.texts, hidden_low_confidence),
            }
        })
        .collect();
    PolicyTable {
        state: super::state_code(state),
        baseline: catalog
            .policy
            .baselines
            .iter()
            .find(|b| b.region == state)
            .map(|b| context.texts.text(&b.text)),
        counties,
        sources: citations.into_owned(),
    }
}

fn hidden_note(texts: &impl Texts, hidden: i32) -> Option<String> {
    (hidden > 0).then(|| {
        texts.text_with(
            messages::LOCAL_POLICY_HIDDEN_LOW,
            &[("count", &hidden.to_string())],
        )
    })
}

pub(crate) fn law_summary(texts: &impl Texts, law: &LawRecord) -> LawSummary {
    LawSummary {
        id: law.id.clone(),
        name: texts.text(&law.name),
        citation: law.citation.clone(),
        status: law.status,
        status_label: texts.text(messages::law_status(law.status)),
        effect: law.effect,
    }
}

/// The statewide laws the research has for a state without content.
pub(crate) fn state_laws<T: Texts>(context: &Context<'_, T>, state: &str) -> Vec<LawSummary> {
    context
        .catalog
        .laws
        .iter()
        .filter(|law| law.state == state)
        .map(|law| law_summary(context.texts, law))
        .collect()
}

pub(crate) fn organizations<T: Texts>(
    context: &Context<'_, T>,
    parts: &StateParts,
    citations: &mut Citations,
    query: &HelpQuery,
    origin: (f64, f64),
) -> Vec<OrganizationAnswer> {
    let catalog = context.catalog;
    let finder = context.finder;
    // A negative limit (possible from Kotlin or Swift) means none.
    let limit =
        usize::try_from(query.limit.unwrap_or(super::DEFAULT_ORGANIZATION_LIMIT)).unwrap_or(0);
    let speaks = query.speaks.as_deref().map(primary_language);
    // The state's parts hold only its own organizations.
    let wanted = |o: &OrganizationRecord| {
        offers(&query.services, &o.services)
            && speaks
                .as_ref()
                .is_none_or(|lang| o.languages.iter().any(|l| primary_language(l) == *lang))
    };
    let show_phones =
        |o: &OrganizationRecord| query.include_low_confidence || o.confidence != Confidence::Low;
    parts
        .organizations_near
        .nearest(origin, limit, |i| {
            catalog.organizations.get(i).is_some_and(wanted)
        })
        .into_iter()
        .filter_map(|index| {
            let o = catalog.organizations.get(index)?;
            let details = parts
                .organization(index, show_phones(o))
                .unwrap_or_else(|| {
                    Arc::new(organization_details(context, index, o, show_phones(o)))
                });
            Some(OrganizationAnswer {
                details,
                distance_km: round_km(places::great_circle_km(origin, o.location)),
                source_refs: citations.cite(
                    finder
                        .organization_sources
                        .get(index)
                        .map_or(&[][..], Vec::as_slice),
                ),
            })
        })
        .collect()
}

/// An organization as the locale chain words it; its numbers only when
/// `show_phones`.
pub(crate) fn organization_details<T: Texts>(
    context: &Context<'_, T>,
    index: usize,
    o: &OrganizationRecord,
    show_phones: bool,
) -> OrganizationDetails {
    let (texts, labels, finder) = (context.texts, context.labels, context.finder);
    let newest = finder.organization_newest.get(index).cloned().flatten();
    OrganizationDetails {
        id: o.id.clone(),
        name: o.name.clone(),
        address: o.address.clone(),
        city: o.city.clone(),
        county_fips: o.county.clone(),
        location_precision: o.location_precision,
        location_note: match o.location_precision {
            LocationPrecision::Zip => labels.located_in_zip.clone(),
            LocationPrecision::City => labels.located_in_city.clone(),
            LocationPrecision::County => labels.located_in_county.clone(),
        },
        services: o.services.clone(),
        service_labels: o
            .services
            .iter()
            .map(|s| texts.text(messages::service(*s)))
            .collect(),
        languages: o.languages.clone(),
        phone: o.phone.clone().filter(|_| show_phones),
        other_phones: if show_phones {
            o.other_phones.clone()
        } else {
            Vec::new()
        },
        cost: o.cost,
        cost_label: texts.text(messages::cost(o.cost)),
        cautions: o.cautions.clone(),
        caution_labels: o
            .cautions
            .iter()
            .map(|c| texts.text(messages::caution(*c)))
            .collect(),
        note: o.note.as_deref().map(|note| texts.text(note)),
        confidence: o.confidence,
        confidence_label: texts.text(messages::confidence(o.confidence)),
        confirmed: o.confirmed.is_some(),
        confirmation_note: labels.confirmation(texts, o.confirmed.as_ref(), newest.as_deref()),
        newest_source_date: newest,
        checked: o.provenance.checked.clone(),
    }
}

/// The nearest facilities of the state that may hold people now (the
/// state's parts hold only those).
pub(crate) fn nearest_facilities<T: Texts>(
    context: &Context<'_, T>,
    parts: &StateParts,
    origin: (f64, f64),
    limit: usize,
) -> Vec<FacilityAnswer> {
    let catalog = context.catalog;
    parts
        .facilities_near
        .nearest(origin, limit, |_| true)
        .into_iter()
        .filter_map(|index| {
            let f = catalog.facilities.get(index)?;
            Some(FacilityAnswer {
                details: parts
                    .facility(index)
                    .unwrap_or_else(|| Arc::new(facility_details(context, f))),
                distance_km: Some(round_km(places::great_circle_km(origin, f.location))),
            })
        })
        .collect()
}

/// A facility as the locale chain words it.
pub(crate) fn facility_details<T: Texts>(
    context: &Context<'_, T>,
    f: &FacilityRecord,
) -> FacilityDetails {
    let catalog = context.catalog;
    let texts = context.texts;
    let county = context.finder.county(&f.county);
    FacilityDetails {
        id: f.id.clone(),
        name: f.name.clone(),
        kind: f.kind,
        kind_label: texts.text(messages::facility_kind(f.kind)),
        status: f.status,
        status_label: texts.text(messages::facility_status(f.status)),
        operator: f.operator.clone(),
        city: f.city.clone(),
        county: county.map(|c| c.name_full.clone()).unwrap_or_default(),
        county_fips: f.county.clone(),
        address: f.address.clone(),
        phone: f.phone.clone(),
        note: f.note.as_deref().map(|note| texts.text(note)),
        location_precision: f.location_precision,
        confidence: f.confidence,
        sources: context
            .sources_of(&f.provenance.sources)
            .into_iter()
            .filter_map(|i| catalog.sources.get(i).cloned())
            .collect(),
        checked: f.provenance.checked.clone(),
    }
}

/// Every facility of a state: operating first (nearest first when there
/// is a point), then uncertain, then closed; with the detention lines and
/// the detainee locator.
pub(crate) fn detention<T: Texts>(
    context: &Context<'_, T>,
    state: &str,
    near: Option<(f64, f64)>,
) -> DetentionAnswer {
    let catalog = context.catalog;
    let parts = context.labels.state_parts(context, Some(state));
    let mut facilities: Vec<FacilityAnswer> = catalog
        .facilities
        .iter()
        .enumerate()
        .filter(|(_, f)| context.finder.state_of(&f.county) == Some(state))
        .map(|(index, f)| FacilityAnswer {
            details: parts
                .facility(index)
                .unwrap_or_else(|| Arc::new(facility_details(context, f))),
            distance_km: near.map(|o| round_km(places::great_circle_km(o, f.location))),
        })
        .collect();
    let rank = |s: FacilityStatus| match s {
        FacilityStatus::Operating => 0,
        FacilityStatus::Uncertain => 1,
        FacilityStatus::Closed => 2,
    };
    facilities.sort_by(|a, b| {
        rank(a.status).cmp(&rank(b.status)).then_with(|| {
            a.distance_km
                .unwrap_or(0.0)
                .total_cmp(&b.distance_km.unwrap_or(0.0))
        })
    });
    // The detention lines that serve the state, one of its counties, or
    // the whole country.
    let counties: Vec<&str> = context
        .finder
        .geography
        .counties
        .iter()
        .filter(|c| c.state == state)
        .map(|c| c.fips.as_str())
        .collect();
    let mut citations = Citations::new(&context.finder.source_records);
    let words = LineWords {
        catalog,
        finder: context.finder,
        texts: context.texts,
        labels: context.labels,
        clock: None,
    };
    let info_lines = catalog
        .hotlines
        .iter()
        .enumerate()
        .filter(|(_, h)| h.kind == HotlineKind::DetentionInfo)
        .filter(|(_, h)| {
            h.serves
                .iter()
                .any(|r| r == "us" || r == state || counties.contains(&r.as_str()))
        })
        .filter_map(|(i, h)| {
            let source_refs = citations.cite(context.finder.hotline_sources.get(i)?);
            let scope = if h.serves.iter().any(|r| r == "us") {
                HotlineScope::National
            } else {
                HotlineScope::Regional
            };
            let place = LinePlace {
                scope,
                at: None,
                clock: None,
                city: None,
            };
            let details = Arc::new(hotline_details(&words, i, h));
            Some(hotline_answer(&place, h, details, source_refs.into()))
        })
        .collect();
    DetentionAnswer {
        state: super::state_code(state),
        facilities,
        info_lines,
        locator_url: catalog.detainee_locator.as_ref().map(|l| l.url.clone()),
        notice: context.texts.text(messages::DETENTION_NOTICE),
        sources: citations.into_shared(),
    }
}
