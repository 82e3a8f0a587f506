//! A small, strict subset of OpenStreetMap `opening_hours`: `24/7`, or rules
//! like `Mo-Fr 08:00-20:00; Sa 10:00-14:00`, separated by `;`. Anything else
//! is an error: a line's hours decide whether we tell a frightened person
//! that it is open, so guessing at an odd format is not acceptable.

use amparo_model::model::HoursRange;

const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const EVERY_DAY: u8 = 0b111_1111;

/// The day-and-time ranges of `text`; the caller adds the clock they are on.
pub(super) fn parse(text: &str) -> Result<Vec<HoursRange>, String> {
    let text = text.trim();
    if text == "24/7" {
        return Ok(vec![HoursRange {
            days: EVERY_DAY,
            from: 0,
            to: 24 * 60,
        }]);
    }
    let mut ranges = Vec::new();
    for rule in text.split(';').map(str::trim) {
        let (days, times) = rule.split_once(' ').ok_or_else(|| {
            format!("`{rule}`: expected days then times, e.g. `Mo-Fr 08:00-18:00`")
        })?;
        let days = parse_days(days)?;
        for span in times.split(',').map(str::trim) {
            let (from, to) = span
                .split_once('-')
                .ok_or_else(|| format!("`{span}`: expected a time range like `08:00-18:00`"))?;
            let (from, to) = (parse_time(from)?, parse_time(to)?);
            if from >= to {
                return Err(format!("`{span}`: the range must end after it starts"));
            }
            ranges.push(HoursRange { days, from, to });
        }
    }
    Ok(ranges)
}

fn parse_days(text: &str) -> Result<u8, String> {
    let day = |name: &str| {
        DAYS.iter()
            .position(|d| *d == name)
            .ok_or_else(|| format!("`{name}` is not a day (Mo Tu We Th Fr Sa Su)"))
    };
    let mut mask = 0u8;
    for part in text.split(',') {
        match part.split_once('-') {
            Some((first, last)) => {
                let (first, last) = (day(first)?, day(last)?);
                if first > last {
                    return Err(format!("`{part}`: days must run Monday to Sunday"));
                }
                for d in first..=last {
                    mask |= 1 << d;
                }
            }
            None => mask |= 1 << day(part)?,
        }
    }
    Ok(mask)
}

fn parse_time(text: &str) -> Result<u16, String> {
    let bad = || format!("`{text}` is not a time like `08:30` (00:00 to 24:00)");
    let (hours, minutes) = text.split_once(':').ok_or_else(bad)?;
    if hours.len() != 2 || minutes.len() != 2 {
        return Err(bad());
    }
    let (hours, minutes) = (
        hours.parse::<u16>().map_err(|_| bad())?,
        minutes.parse::<u16>().map_err(|_| bad())?,
    );
    let total = hours * 60 + minutes;
    if minutes >= 60 || total > 24 * 60 {
        return Err(bad());
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forms_we_use_parse() {
        assert_eq!(
            parse("24/7"),
            Ok(vec![HoursRange {
                days: 127,
                from: 0,
                to: 1440
            }])
        );
        let weekdays = parse("Mo-Fr 05:00-17:00");
        assert_eq!(
            weekdays,
            Ok(vec![HoursRange {
                days: 0b1_1111,
                from: 300,
                to: 1020
            }])
        );
        let two = parse("Mo,We 08:00-12:00,13:00-17:00; Sa 10:00-14:00").map(|r| r.len());
        assert_eq!(two, Ok(3));
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "always",
            "Mo-Fr",
            "Mo-Fr 8-18",
            "Fr-Mo 08:00-18:00",
            "Mo 18:00-08:00",
            "Xx 08:00-09:00",
            "Mo 08:00-25:00",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
