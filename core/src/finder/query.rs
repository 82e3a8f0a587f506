//! What a caller asks `find_help`: the place, the services and language
//! wanted, and the local time (on the clock of the place asked about).

use super::*;

/// Where the person is. Its `Debug` says only which kind of place it is
/// (`Zip(<redacted>)`): a debug print that reaches a log or a crash report
/// must not carry where someone is.
#[derive(Clone, PartialEq)]
pub enum Place {
    /// 5 digits or ZIP+4.
    Zip {
        code: String,
    },
    County {
        name: String,
    },
    City {
        name: String,
    },
    Coordinates {
        latitude: f64,
        longitude: f64,
    },
}

impl std::fmt::Debug for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self {
            Place::Zip { .. } => "Zip",
            Place::County { .. } => "County",
            Place::City { .. } => "City",
            Place::Coordinates { .. } => "Coordinates",
        };
        write!(f, "{kind}(<redacted>)")
    }
}

/// A `find_help` question.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpQuery {
    pub place: Place,
    /// Only organizations offering one of these (empty: all). Hotlines are
    /// never filtered: in an emergency every line is worth seeing.
    pub services: Vec<Service>,
    /// Only organizations known to work in this language (BCP-47).
    pub speaks: Option<String>,
    /// How many organizations at most; `None` for the default.
    pub limit: Option<i32>,
    /// The weekday and time of day at the place asked about, as a clock
    /// there shows it (the core has no clock). With it, every line whose
    /// hours are on that clock is marked open or closed, and open lines come
    /// first; lines whose hours are on another clock, or unknown, are not
    /// marked. Without it, nothing is ordered by time.
    pub at: Option<LocalTime>,
    /// Include low-confidence lines, local policies and organization
    /// phones, always marked. A line that conflicts with a shown line is
    /// shown with it regardless.
    pub include_low_confidence: bool,
}

impl HelpQuery {
    pub fn new(place: Place) -> Self {
        Self {
            place,
            services: Vec::new(),
            speaks: None,
            limit: None,
            at: None,
            include_low_confidence: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
}

/// A local weekday and time of day, as a clock at the place shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LocalTime {
    pub weekday: Weekday,
    /// Minutes after midnight, 0 to 1439.
    pub minutes: i32,
}

impl FromStr for LocalTime {
    type Err = AmparoError;

    /// `Mon 22:30` (English three-letter day, 24-hour time).
    fn from_str(text: &str) -> Result<Self, AmparoError> {
        let (day, time) = text
            .trim()
            .split_once(' ')
            .ok_or(AmparoError::InvalidTime)?;
        let weekday = match day.to_ascii_lowercase().as_str() {
            "mon" => Weekday::Monday,
            "tue" => Weekday::Tuesday,
            "wed" => Weekday::Wednesday,
            "thu" => Weekday::Thursday,
            "fri" => Weekday::Friday,
            "sat" => Weekday::Saturday,
            "sun" => Weekday::Sunday,
            _ => return Err(AmparoError::InvalidTime),
        };
        let (hours, minutes) = time
            .trim()
            .split_once(':')
            .ok_or(AmparoError::InvalidTime)?;
        let (Ok(hours), Ok(minutes)) = (hours.parse::<u16>(), minutes.parse::<u16>()) else {
            return Err(AmparoError::InvalidTime);
        };
        LocalTime::new(weekday, hours, minutes)
    }
}

impl LocalTime {
    pub fn new(weekday: Weekday, hours: u16, minutes: u16) -> Result<Self, AmparoError> {
        if hours > 23 || minutes > 59 {
            return Err(AmparoError::InvalidTime);
        }
        Ok(Self {
            weekday,
            minutes: i32::from(hours) * 60 + i32::from(minutes),
        })
    }

    /// Outside Monday–Friday 9:00–17:00, when offices are closed.
    pub(crate) fn is_after_hours(self) -> bool {
        matches!(self.weekday, Weekday::Saturday | Weekday::Sunday)
            || !(9 * 60..17 * 60).contains(&self.minutes)
    }
}
