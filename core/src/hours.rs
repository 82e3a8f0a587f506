//! Opening hours for people and for shells: in words in the user's language
//! ("Monday to Friday, 5:00–17:00 (Pacific time)"), as structured ranges,
//! and whether a line is open at a local time.
//!
//! A schedule is on the clock of its time zone, as its source gives it. A
//! person reads it on their place's clock: a national line's "8:00–20:00
//! Eastern" is shown in California as "5:00–17:00 (Pacific time)", unless
//! moving it would carry a range across midnight, where it stays on its own
//! clock, named. The core has no clock and no
//! time-zone database: the caller gives the weekday and time at the place,
//! and it is moved to the line's clock by the zones' standard offsets. The
//! US zones here change clocks on the same days, so the difference holds
//! all year except in the hours of a change (early Sunday, twice a year).

use serde::Serialize;

use crate::finder::{LocalTime, Texts, Weekday};
use crate::messages;
use crate::model::{HoursRange, TimeZone, WeeklySchedule};

const EVERY_DAY: u8 = 0b111_1111;
const WHOLE_DAY: u16 = 24 * 60;

/// A line's hours, for one screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HoursAnswer {
    /// In the user's language, with the time zone named.
    pub words: String,
    /// As the content writes it (OpenStreetMap `opening_hours`), on the
    /// clock of `source_time_zone`.
    pub opening_hours: String,
    /// The clock `words` and `ranges` are on: the place's, where known.
    pub time_zone: TimeZone,
    pub ranges: Vec<OpeningRange>,
    /// The clock the source gives the hours on.
    pub source_time_zone: TimeZone,
}

/// The line is open on these days from `opens` to `closes`, in minutes
/// after midnight on the answer's clock (`closes` may be 1440).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpeningRange {
    pub days: Vec<Weekday>,
    pub opens: i32,
    pub closes: i32,
}

/// `clock`: the place's time zone, when the place is known.
pub(crate) fn answer(
    opening_hours: &str,
    schedule: &WeeklySchedule,
    clock: Option<TimeZone>,
    texts: &impl Texts,
) -> HoursAnswer {
    let shown = clock
        .and_then(|zone| moved_to(schedule, zone))
        .unwrap_or_else(|| schedule.clone());
    HoursAnswer {
        words: words(&shown, texts),
        opening_hours: opening_hours.to_owned(),
        time_zone: shown.time_zone,
        ranges: shown
            .ranges
            .iter()
            .map(|r| OpeningRange {
                days: Weekday::ALL
                    .into_iter()
                    .filter(|&d| r.days & day_bit(d) != 0)
                    .collect(),
                opens: i32::from(r.from),
                closes: i32::from(r.to),
            })
            .collect(),
        source_time_zone: schedule.time_zone,
    }
}

/// The schedule on `zone`'s clock; `None` where a range would cross
/// midnight (its days would change).
fn moved_to(schedule: &WeeklySchedule, zone: TimeZone) -> Option<WeeklySchedule> {
    let shift = offset_minutes(zone) - offset_minutes(schedule.time_zone);
    let ranges = schedule
        .ranges
        .iter()
        .map(|r| {
            let from = i32::from(r.from) + shift;
            let to = i32::from(r.to) + shift;
            let whole_day = r.from == 0 && r.to == WHOLE_DAY;
            if whole_day {
                Some(*r)
            } else if from >= 0 && to <= i32::from(WHOLE_DAY) {
                Some(HoursRange {
                    days: r.days,
                    from: u16::try_from(from).ok()?,
                    to: u16::try_from(to).ok()?,
                })
            } else {
                None
            }
        })
        .collect::<Option<Vec<_>>>()?;
    Some(WeeklySchedule {
        ranges,
        time_zone: zone,
    })
}

/// Standard (winter) offsets from UTC; the zones here change clocks together.
fn offset_minutes(zone: TimeZone) -> i32 {
    match zone {
        TimeZone::Pacific => -8 * 60,
        TimeZone::Eastern => -5 * 60,
    }
}

pub(crate) fn is_always_open(schedule: &WeeklySchedule) -> bool {
    schedule
        .ranges
        .iter()
        .any(|r| r.days == EVERY_DAY && r.from == 0 && r.to == WHOLE_DAY)
}

pub(crate) fn is_open(schedule: &WeeklySchedule, at: LocalTime) -> bool {
    let day = day_bit(at.weekday);
    schedule
        .ranges
        .iter()
        .any(|r| r.days & day != 0 && (i32::from(r.from)..i32::from(r.to)).contains(&at.minutes))
}

/// A local time on `from`'s clock, read on `to`'s.
pub(crate) fn on_clock(at: LocalTime, from: TimeZone, to: TimeZone) -> LocalTime {
    let offset = offset_minutes;
    let week = 7 * 24 * 60;
    let day = Weekday::ALL
        .iter()
        .position(|d| *d == at.weekday)
        .unwrap_or(0) as i32;
    let minutes = (day * 24 * 60 + at.minutes + offset(to) - offset(from)).rem_euclid(week);
    LocalTime {
        weekday: Weekday::ALL
            .get((minutes / (24 * 60)) as usize)
            .copied()
            .unwrap_or(at.weekday),
        minutes: minutes % (24 * 60),
    }
}

fn day_bit(day: Weekday) -> u8 {
    1 << (day as u8)
}

fn words(schedule: &WeeklySchedule, texts: &impl Texts) -> String {
    if is_always_open(schedule) {
        return texts.text(messages::HOURS_ALWAYS);
    }
    let list_separator = texts.text(messages::HOURS_LIST_SEPARATOR);
    // Ranges on the same days read as one rule: "Monday to Friday,
    // 9:00–12:00, 13:00–14:00".
    let mut groups: Vec<(u8, Vec<String>)> = Vec::new();
    for r in &schedule.ranges {
        let span = texts.text_with(
            messages::HOURS_SPAN,
            &[("opens", &clock(r.from)), ("closes", &clock(r.to))],
        );
        match groups.iter_mut().find(|(days, _)| *days == r.days) {
            Some((_, spans)) => spans.push(span),
            None => groups.push((r.days, vec![span])),
        }
    }
    // `day_runs` gives day numbers 0 to 6; anything else would be no day.
    let day = |d: usize| {
        messages::WEEKDAYS
            .get(d)
            .map(|id| texts.text(id))
            .unwrap_or_default()
    };
    let rules: Vec<String> = groups
        .iter()
        .map(|(mask, spans)| {
            let days = day_runs(*mask)
                .into_iter()
                .map(|(first, last)| match last - first {
                    0 => day(first),
                    1 => [first, last].map(day).join(&list_separator),
                    _ => texts.text_with(
                        messages::HOURS_DAYS_RANGE,
                        &[("first", &day(first)), ("last", &day(last))],
                    ),
                })
                .collect::<Vec<_>>()
                .join(&list_separator);
            texts.text_with(
                messages::HOURS_RULE,
                &[("days", &days), ("times", &spans.join(&list_separator))],
            )
        })
        .collect();
    texts.text_with(
        messages::HOURS_IN_ZONE,
        &[
            (
                "hours",
                &rules.join(&texts.text(messages::HOURS_RULES_SEPARATOR)),
            ),
            ("zone", &texts.text(messages::time_zone(schedule.time_zone))),
        ],
    )
}

/// Runs of consecutive days in a mask, Monday = 0: `Mo-Fr,Su` → [(0, 4), (6, 6)].
fn day_runs(mask: u8) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for day in 0..7 {
        if mask & (1 << day) == 0 {
            continue;
        }
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == day => *last = day,
            _ => runs.push((day, day)),
        }
    }
    runs
}

/// 24-hour time, as every locale here writes it: 300 → "5:00".
fn clock(minutes: u16) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct English;
    impl Texts for English {
        fn text(&self, id: &str) -> String {
            match id {
                "weekday-monday" => "Monday",
                "weekday-wednesday" => "Wednesday",
                "weekday-thursday" => "Thursday",
                "weekday-friday" => "Friday",
                "weekday-saturday" => "Saturday",
                "weekday-sunday" => "Sunday",
                "hours-list-separator" => ", ",
                "hours-rules-separator" => "; ",
                "time-zone-pacific" => "Pacific time",
                "hours-always" => "Open 24 hours, every day",
                other => other,
            }
            .to_owned()
        }
        fn text_with(&self, id: &str, args: &[(&str, &str)]) -> String {
            let arg = |name: &str| {
                args.iter()
                    .find(|(n, _)| *n == name)
                    .map_or("", |(_, v)| *v)
            };
            match id {
                "hours-days-range" => format!("{} to {}", arg("first"), arg("last")),
                "hours-rule" => format!("{}, {}", arg("days"), arg("times")),
                "hours-span" => format!("{}–{}", arg("opens"), arg("closes")),
                "hours-in-zone" => format!("{} ({})", arg("hours"), arg("zone")),
                other => other.to_owned(),
            }
        }
    }

    fn schedule(ranges: &[(u8, u16, u16)]) -> WeeklySchedule {
        WeeklySchedule {
            ranges: ranges
                .iter()
                .map(|&(days, from, to)| HoursRange { days, from, to })
                .collect(),
            time_zone: TimeZone::Pacific,
        }
    }

    #[test]
    fn hours_read_as_words() {
        let weekdays = schedule(&[(0b1_1111, 300, 1020)]);
        assert_eq!(
            words(&weekdays, &English),
            "Monday to Friday, 5:00–17:00 (Pacific time)"
        );
        let split = schedule(&[(0b101_0001, 480, 720), (0b1000, 600, 1440)]);
        assert_eq!(
            words(&split, &English),
            "Monday, Friday, Sunday, 8:00–12:00; Thursday, 10:00–24:00 (Pacific time)"
        );
        let two_spans = schedule(&[(0b1_1111, 540, 720), (0b1_1111, 780, 840)]);
        assert_eq!(
            words(&two_spans, &English),
            "Monday to Friday, 9:00–12:00, 13:00–14:00 (Pacific time)"
        );
        let pair = schedule(&[(0b110_0000, 600, 840)]);
        assert_eq!(
            words(&pair, &English),
            "Saturday, Sunday, 10:00–14:00 (Pacific time)"
        );
        let always = schedule(&[(EVERY_DAY, 0, WHOLE_DAY)]);
        assert_eq!(words(&always, &English), "Open 24 hours, every day");
    }

    #[test]
    fn structured_ranges_name_their_days() {
        let weekdays = schedule(&[(0b1_1111, 300, 1020)]);
        let answer = answer("Mo-Fr 05:00-17:00", &weekdays, None, &English);
        assert_eq!(
            answer.ranges,
            [OpeningRange {
                days: vec![
                    Weekday::Monday,
                    Weekday::Tuesday,
                    Weekday::Wednesday,
                    Weekday::Thursday,
                    Weekday::Friday
                ],
                opens: 300,
                closes: 1020
            }]
        );
        assert_eq!(answer.time_zone, TimeZone::Pacific);
    }

    #[test]
    fn a_time_moves_between_clocks_across_midnight_and_the_week() {
        let at = |weekday, minutes| LocalTime { weekday, minutes };
        assert_eq!(
            on_clock(
                at(Weekday::Monday, 6 * 60),
                TimeZone::Pacific,
                TimeZone::Eastern
            ),
            at(Weekday::Monday, 9 * 60)
        );
        assert_eq!(
            on_clock(
                at(Weekday::Sunday, 22 * 60),
                TimeZone::Pacific,
                TimeZone::Eastern
            ),
            at(Weekday::Monday, 60)
        );
        assert_eq!(
            on_clock(
                at(Weekday::Monday, 60),
                TimeZone::Eastern,
                TimeZone::Pacific
            ),
            at(Weekday::Sunday, 22 * 60)
        );
    }

    #[test]
    fn hours_move_to_the_places_clock_unless_a_range_would_cross_midnight() {
        let mut eastern = schedule(&[(0b001_1111, 8 * 60, 20 * 60)]);
        eastern.time_zone = TimeZone::Eastern;
        let pacific = moved_to(&eastern, TimeZone::Pacific).expect("moves");
        assert_eq!(pacific.time_zone, TimeZone::Pacific);
        assert_eq!((pacific.ranges[0].from, pacific.ranges[0].to), (300, 1020));
        // 1:00–5:00 Eastern would start the day before in Pacific time.
        let mut early = schedule(&[(0b001_1111, 60, 5 * 60)]);
        early.time_zone = TimeZone::Eastern;
        assert_eq!(moved_to(&early, TimeZone::Pacific), None);
        // Open all day stays open all day.
        let always = schedule(&[(EVERY_DAY, 0, WHOLE_DAY)]);
        assert_eq!(
            moved_to(&always, TimeZone::Eastern).map(|s| s.ranges),
            Some(always.ranges.clone())
        );
    }

    #[test]
    fn open_is_inclusive_of_the_start_and_exclusive_of_the_end() {
        let weekdays = schedule(&[(0b1_1111, 300, 1020)]);
        let at = |weekday, minutes| LocalTime { weekday, minutes };
        assert!(is_open(&weekdays, at(Weekday::Monday, 300)));
        assert!(!is_open(&weekdays, at(Weekday::Monday, 1020)));
        assert!(!is_open(&weekdays, at(Weekday::Saturday, 600)));
    }
}
