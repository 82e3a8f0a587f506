//! The pack's byte format: a magic, a format version, then the postcard-encoded
//! [`Pack`]. Reading never trusts the bytes: anything malformed is a typed error.

use crate::error::AmparoError;
use crate::model::Pack;

const MAGIC: &[u8; 4] = b"AMPK";
/// Bumped whenever the model changes shape, so an old app refuses a pack it
/// cannot read instead of misreading it. 2: the warrant checker's choices,
/// numbers with display forms, confirmations, conflicts and areas, source
/// dates, schedules with their time zone. 3: states and their ZIP prefixes,
/// local policies, detention facilities, other states' laws, organizations'
/// details, scopes.
pub const FORMAT_VERSION: u16 = 3;

/// Serializes a pack. Only the compiler writes packs.
pub fn encode(pack: &Pack) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(64 * 1024);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    // Encoding plain structs into a Vec cannot fail: there is no I/O and no
    // type postcard cannot represent. A failure here is a programming error
    // caught at build time, never on a phone.
    match postcard::to_extend(pack, bytes) {
        Ok(bytes) => bytes,
        Err(err) => unreachable!("a pack always encodes: {err}"),
    }
}

/// Reads a pack from bytes.
pub fn decode(bytes: &[u8]) -> Result<Pack, AmparoError> {
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        return Err(AmparoError::NotAPack);
    };
    let (version, body) = match rest {
        [lo, hi, body @ ..] => (u16::from_le_bytes([*lo, *hi]), body),
        _ => return Err(AmparoError::NotAPack),
    };
    if version != FORMAT_VERSION {
        return Err(AmparoError::UnsupportedPackFormat {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let (pack, trailing) =
        postcard::take_from_bytes::<Pack>(body).map_err(|err| AmparoError::CorruptPack {
            reason: err.to_string(),
        })?;
    if !trailing.is_empty() {
        return Err(AmparoError::CorruptPack {
            reason: format!("{} unexpected bytes after the content", trailing.len()),
        });
    }
    Ok(pack)
}

/// How many bytes each part of a pack takes once encoded, for size reports
/// (`amparo check`): what a state's geography costs is measured, not guessed.
/// Build-time only: the phone library does not carry it.
#[cfg(feature = "compiler")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct PackSizes {
    /// The whole encoded pack, header included.
    pub total: usize,
    /// Counties with their polygons.
    pub counties: usize,
    /// Of `counties`, the polygons alone.
    pub county_polygons: usize,
    /// ZIP points, with their county and city.
    pub zips: usize,
    /// ZIP prefixes and exceptions to states, and the states.
    pub states: usize,
    /// Every locale's Fluent text.
    pub locales: usize,
}

#[cfg(feature = "compiler")]
impl PackSizes {
    pub fn of(pack: &Pack) -> Self {
        fn size<T: serde::Serialize + ?Sized>(value: &T) -> usize {
            postcard::experimental::serialized_size(value).unwrap_or(0)
        }
        let geography = &pack.catalog.geography;
        let catalog = &pack.catalog;
        PackSizes {
            total: encode(pack).len(),
            counties: size(&geography.counties),
            county_polygons: geography.counties.iter().map(|c| size(&c.polygons)).sum(),
            zips: size(&geography.zips),
            states: size(&catalog.states)
                + size(&catalog.zip_prefixes)
                + size(&catalog.zip_exceptions),
            locales: size(&pack.locales),
        }
    }
}
