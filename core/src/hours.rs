//! Opening hours for people and for shells: in words in the user's language
//! ("Monday to Friday, 5:00–17:00 (Pacific time)"), as structured ranges,
//! and whether a line is open at a local time.
//!
//! A schedule is on the clock of its time zone. The core has no clock and no
//! time-zone database: the caller gives a local weekday and time, and a line
//! is only called open or closed when that time is on the line's clock.

use serde::Serialize;

use crate::finder::{LocalTime, Texts, Weekday};
use crate::messages;
use crate::model::{TimeZone, WeeklySchedule};

const EVERY_DAY: u8 = 0b111_1111;
const WHOLE_DAY: u16 = 24 * 60;

/// A line's hours, for one screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HoursAnswer {
    /// In the user's language, with the time zone named.
    pub words: String,
    /// As the content writes it (OpenStreetMap `opening_hours`).
    pub opening_hours: String,
    pub time_zone: TimeZone,
    pub ranges: Vec<OpeningRange>,
}

/// The line is open on these days from `opens` to `closes`, in minutes
/// after midnight on the schedule's clock (`closes` may be 1440).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpeningRange {
    pub days: Vec<Weekday>,
    pub opens: u16,
    pub closes: u16,
}

pub(crate) fn answer(
    opening_hours: &str,
    schedule: &WeeklySchedule,
    texts: &impl Texts,
) -> HoursAnswer {
    HoursAnswer {
        words: words(schedule, texts),
        opening_hours: opening_hours.to_owned(),
        time_zone: schedule.time_zone,
        ranges: schedule
            .ranges
            .iter()
            .map(|r| OpeningRange {
                days: Weekday::ALL
                    .into_iter()
                    .filter(|&d| r.days & day_bit(d) != 0)
                    .collect(),
                opens: r.from,
                closes: r.to,
            })
            .collect(),
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
        .any(|r| r.days & day != 0 && (r.from..r.to).contains(&at.minutes))
}

fn day_bit(day: Weekday) -> u8 {
    1 << (day as u8)
}

fn words(schedule: &WeeklySchedule, texts: &impl Texts) -> String {
    if is_always_open(schedule) {
        return texts.text(messages::HOURS_ALWAYS);
    }
    let list_separator = texts.text(messages::HOURS_LIST_SEPARATOR);
    let rules: Vec<String> = schedule
        .ranges
        .iter()
        .map(|r| {
            let days = day_runs(r.days)
                .into_iter()
                .map(|(first, last)| match last - first {
                    0 => texts.text(messages::WEEKDAYS[first]),
                    1 => [first, last]
                        .map(|d| texts.text(messages::WEEKDAYS[d]))
                        .join(&list_separator),
                    _ => texts.text_with(
                        messages::HOURS_DAYS_RANGE,
                        &[
                            ("first", &texts.text(messages::WEEKDAYS[first])),
                            ("last", &texts.text(messages::WEEKDAYS[last])),
                        ],
                    ),
                })
                .collect::<Vec<_>>()
                .join(&list_separator);
            texts.text_with(
                messages::HOURS_RULE,
                &[
                    ("days", &days),
                    ("opens", &clock(r.from)),
                    ("closes", &clock(r.to)),
                ],
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
    use crate::model::HoursRange;

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
                "hours-rule" => format!("{}, {}–{}", arg("days"), arg("opens"), arg("closes")),
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
        let answer = answer("Mo-Fr 05:00-17:00", &weekdays, &English);
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
    fn open_is_inclusive_of_the_start_and_exclusive_of_the_end() {
        let weekdays = schedule(&[(0b1_1111, 300, 1020)]);
        let at = |weekday, minutes| LocalTime { weekday, minutes };
        assert!(is_open(&weekdays, at(Weekday::Monday, 300)));
        assert!(!is_open(&weekdays, at(Weekday::Monday, 1020)));
        assert!(!is_open(&weekdays, at(Weekday::Saturday, 600)));
    }
}
