//! The pack's byte format: a magic, a format version, then the postcard-encoded
//! [`Pack`]. Reading never trusts the bytes: anything malformed is a typed error.

use crate::error::AmparoError;
use crate::model::Pack;

const MAGIC: &[u8; 4] = b"AMPK";
/// Bumped whenever the model changes shape, so an old app refuses a pack it
/// cannot read instead of misreading it. 2: the warrant checker's choices,
/// numbers with display forms, confirmations, conflicts and areas, source
/// dates, schedules with their time zone.
pub const FORMAT_VERSION: u16 = 2;

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
