//! A hotline's answer: its number, what it is for, its hours on its clock,
//! the area it serves, what is known about the number (sources, a call, the
//! confidence) and any conflict with another line.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::answers::{AreaAnswer, ConflictAnswer, HotlineAnswer, HotlineDetails, HotlineScope};
use super::prepared::StateParts;
use super::{Finder, LocalTime, Texts};
use crate::hours;
use crate::messages;
use crate::model::{Catalog, Confidence, Confirmation, HotlineRecord, Operator, TimeZone};

/// The labels a `find_help` answer repeats, formatted once per locale chain
/// (the facade keeps them until the locales change).
pub(crate) struct Labels {
    pub(crate) government: String,
    pub(crate) located_in_zip: String,
    pub(crate) located_in_city: String,
    pub(crate) located_in_county: String,
    pub(crate) low_confidence: String,
    pub(crate) conflict: String,
    pub(crate) reminder: String,
    pub(crate) detention_notice: String,
    pub(crate) no_local_line: String,
    pub(crate) outside: String,
    /// "Not yet confirmed by phone", by the newest source's year; `""` for
    /// records whose sources show no date.
    not_confirmed: HashMap<String, String>,
    /// Each state's lines, organizations and facilities in this chain,
    /// made on first use (see `prepared`).
    pub(crate) state_parts: Mutex<HashMap<Option<String>, Arc<StateParts>>>,
}

impl Labels {
    pub(crate) fn new(catalog: &Catalog, texts: &impl Texts) -> Self {
        let mut not_confirmed = HashMap::new();
        not_confirmed.insert(
            String::new(),
            texts.text(messages::NUMBER_NOT_CONFIRMED_UNDATED),
        );
        for date in catalog.sources.iter().filter_map(|s| s.date.as_deref()) {
            let year = year_of(date);
            if !not_confirmed.contains_key(year) {
                let note = texts.text_with(messages::NUMBER_NOT_CONFIRMED, &[("year", year)]);
                not_confirmed.insert(year.to_owned(), note);
            }
        }
        Self {
            government: texts.text(messages::HOTLINE_OPERATOR_GOVERNMENT),
            located_in_zip: texts.text(messages::FINDER_LOCATION_ZIP),
            located_in_city: texts.text(messages::FINDER_LOCATION_CITY),
            located_in_county: texts.text(messages::FINDER_LOCATION_COUNTY),
            low_confidence: texts.text(messages::NUMBER_LOW_CONFIDENCE),
            conflict: texts.text(messages::HOTLINE_CONFLICT),
            reminder: texts.text(messages::LOCAL_POLICY_REMINDER),
            detention_notice: texts.text(messages::DETENTION_NOTICE),
            no_local_line: texts.text(messages::FINDER_NO_LOCAL_LINE),
            outside: texts.text(messages::FINDER_OUTSIDE),
            not_confirmed,
            state_parts: Mutex::default(),
        }
    }

    /// What is known about a number, in words.
    pub(crate) fn confirmation(
        &self,
        texts: &impl Texts,
        confirmed: Option<&Confirmation>,
        newest: Option<&str>,
    ) -> String {
        if let Some(call) = confirmed {
            return texts.text_with(messages::NUMBER_CONFIRMED, &[("date", &call.on)]);
        }
        let year = newest.map(year_of).unwrap_or_default();
        self.not_confirmed
            .get(year)
            .cloned()
            .unwrap_or_else(|| texts.text_with(messages::NUMBER_NOT_CONFIRMED, &[("year", year)]))
    }
}

fn year_of(date: &str) -> &str {
    date.get(..4).unwrap_or(date)
}

/// What a line's words depend on besides the record: the same for every
/// answer in one locale chain and one state.
pub(crate) struct LineWords<'a, T: Texts> {
    pub(crate) catalog: &'a Catalog,
    pub(crate) finder: &'a Finder,
    pub(crate) texts: &'a T,
    pub(crate) labels: &'a Labels,
    /// The place's clock, when its state is known.
    pub(crate) clock: Option<TimeZone>,
}

/// A line as the locale chain words it: everything but what depends on the
/// place asked about and the time.
pub(crate) fn hotline_details<T: Texts>(
    words: &LineWords<'_, T>,
    index: usize,
    h: &HotlineRecord,
) -> HotlineDetails {
    let LineWords {
        catalog,
        finder,
        texts,
        labels,
        clock,
    } = *words;
    let source = finder
        .hotline_sources
        .get(index)
        .and_then(|s| s.first())
        .and_then(|&i| catalog.sources.get(i))
        .map(|s| s.reference().to_owned())
        .unwrap_or_default();
    let newest = finder.hotline_newest.get(index).cloned().flatten();
    HotlineDetails {
        id: h.id.clone(),
        name: h.name.clone(),
        phone: h.phone.clone(),
        kind: h.kind,
        kind_label: texts.text(messages::hotline_kind(h.kind)),
        operator: h.operator,
        operator_label: (h.operator == Operator::Government).then(|| labels.government.clone()),
        note: h.note.as_deref().map(|note| texts.text(note)),
        hours: h
            .hours
            .as_deref()
            .zip(h.schedule.as_ref())
            .map(|(text, schedule)| hours::answer(text, schedule, clock, texts)),
        always_open: h.schedule.as_ref().is_some_and(hours::is_always_open),
        languages: h.languages.clone(),
        confidence: h.confidence,
        confidence_label: texts.text(messages::confidence(h.confidence)),
        low_confidence_note: (h.confidence == Confidence::Low)
            .then(|| labels.low_confidence.clone()),
        confirmed: h.confirmed.is_some(),
        confirmed_on: h.confirmed.as_ref().map(|c| c.on.clone()),
        confirmation_note: labels.confirmation(texts, h.confirmed.as_ref(), newest.as_deref()),
        newest_source_date: newest,
        conflict: h.conflict.as_ref().and_then(|conflict| {
            let other = catalog
                .hotlines
                .get(*finder.hotline_ids.get(&conflict.with)?)?;
            Some(ConflictAnswer {
                with_id: other.id.clone(),
                with_name: other.name.clone(),
                with_phone: other.phone.clone(),
                note: labels.conflict.clone(),
                reason: texts.text(&conflict.reason),
            })
        }),
        source,
        checked: h.provenance.checked.clone(),
        area_words: h.area.as_ref().map(|area| {
            (
                area.name.clone(),
                texts.text_with(messages::HOTLINE_AREA, &[("area", &area.name)]),
            )
        }),
    }
}

/// What a line's answer depends on besides its details.
pub(crate) struct LinePlace<'a> {
    pub(crate) scope: HotlineScope,
    /// The query time, only when the place's clock is known.
    pub(crate) at: Option<LocalTime>,
    pub(crate) clock: Option<TimeZone>,
    /// The place's city, folded, when known.
    pub(crate) city: Option<&'a str>,
}

pub(crate) fn hotline_answer(
    place: &LinePlace<'_>,
    h: &HotlineRecord,
    details: Arc<HotlineDetails>,
    source_refs: Arc<[i32]>,
) -> HotlineAnswer {
    // The caller's time is on the place's clock; the line's hours on its
    // own. Without the place's clock, nothing is called open or closed.
    let open_now = place.at.zip(place.clock).and_then(|(at, clock)| {
        let schedule = h.schedule.as_ref()?;
        Some(hours::is_open(
            schedule,
            hours::on_clock(at, clock, schedule.time_zone),
        ))
    });
    let area = h
        .area
        .as_ref()
        .zip(details.area_words.as_ref())
        .map(|(area, (name, label))| AreaAnswer {
            name: name.clone(),
            label: label.clone(),
            includes_place: match place.city {
                Some(city) if !area.cities.is_empty() => {
                    Some(area.cities.iter().any(|c| c == city))
                }
                _ => None,
            },
        });
    HotlineAnswer {
        details,
        scope: place.scope,
        area,
        open_now,
        source_refs,
    }
}
