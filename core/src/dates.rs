//! Calendar days, for staleness: the core has no clock, so the caller
//! gives today's date.

/// Days from `from` to `to` (both YYYY-MM-DD): positive if `to` is later.
/// `None` if either is not a real date.
pub(crate) fn days_between(from: &str, to: &str) -> Option<i64> {
    Some(day_number(to)? - day_number(from)?)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.split('-');
    let year: i64 = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
    let month: i64 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    let day: i64 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    if parts.next().is_some() || !(1..=12).contains(&month) || day < 1 {
        return None;
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if day > *month_days.get(usize::try_from(month - 1).ok()?)? {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::days_between;

    #[test]
    fn counts_days_across_months_leap_years_and_years() {
        assert_eq!(days_between("2027-06-01", "2027-06-01"), Some(0));
        assert_eq!(days_between("2027-06-01", "2027-06-11"), Some(10));
        assert_eq!(days_between("2027-06-01", "2026-12-01"), Some(-182));
        assert_eq!(days_between("2028-02-28", "2028-03-01"), Some(2));
        assert_eq!(days_between("1970-01-01", "2000-01-01"), Some(10_957));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for bad in [
            "2027-02-29",
            "2027-13-01",
            "2027-1-01",
            "today",
            "",
            "2027-06-01x",
        ] {
            assert_eq!(days_between("2027-06-01", bad), None, "{bad}");
        }
    }
}
