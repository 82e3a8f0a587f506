//! The pack's byte format: a magic, a format version, then the postcard-encoded
//! [`StoredPack`]: the manifest, the catalog compressed, the message ids, and
//! each locale with its text compressed on its own. Opening unpacks the
//! catalog; a locale's text is unpacked only when a chain needs it, so adding
//! locales adds bytes but not start-up time. Reading never trusts the bytes:
//! anything malformed, or a size beyond the limits below, is a typed error.

use serde::{Deserialize, Serialize};

use crate::PackError;
use crate::model::{Catalog, Compressed, LocaleResources, Manifest, Pack};

pub const MAGIC: &[u8; 4] = b"AMPK";
/// Bumped whenever the model changes shape, so an old app refuses a pack it
/// cannot read instead of misreading it. 2: the warrant checker's choices,
/// numbers with display forms, confirmations, conflicts and areas, source
/// dates, schedules with their time zone. 3: states and their ZIP prefixes,
/// local policies, detention facilities, other states' laws, organizations'
/// details, scopes. 4: compressed catalog and locale texts, message ids
/// stored once, speech locales.
pub const FORMAT_VERSION: u16 = 4;

/// The catalog of every US state fits in far less; a bigger claim is forged.
pub const MAX_CATALOG_BYTES: u32 = 64 << 20;
/// One locale's text is about 200 KB.
pub const MAX_LOCALE_TEXT_BYTES: u32 = 8 << 20;

/// What the bytes hold, in order, after the magic and the version.
#[derive(Serialize, Deserialize)]
pub struct StoredPack {
    pub manifest: Manifest,
    pub catalog: Compressed,
    pub message_ids: Vec<String>,
    pub locales: Vec<LocaleResources>,
}

/// Unpacks compressed bytes, refusing anything claiming more than `limit`
/// bytes or unpacking to another size than it claims.
pub fn unpack(packed: &Compressed, limit: u32) -> Result<Vec<u8>, PackError> {
    let corrupt = |reason: &str| PackError::CorruptPack {
        reason: reason.to_owned(),
    };
    if packed.unpacked_len > limit {
        return Err(corrupt("a compressed part claims an impossible size"));
    }
    let mut out = Vec::with_capacity(packed.unpacked_len as usize);
    ruzstd::decoding::FrameDecoder::new()
        .decode_all_to_vec(&packed.compressed, &mut out)
        .map_err(|_| corrupt("a compressed part does not unpack"))?;
    if out.len() != packed.unpacked_len as usize {
        return Err(corrupt("a compressed part unpacks to the wrong size"));
    }
    Ok(out)
}

/// The Fluent source of one locale: its unpacked text with the pack's ids
/// put back in front of each message.
pub fn locale_source(
    message_ids: &[String],
    locale: &LocaleResources,
) -> Result<String, PackError> {
    let corrupt = |reason: String| PackError::CorruptPack { reason };
    let bytes = unpack(&locale.text, MAX_LOCALE_TEXT_BYTES)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| corrupt(format!("the `{}` text is not UTF-8", locale.tag)))?;
    let bodies: Vec<&str> = text.split('\0').collect();
    if bodies.len() != message_ids.len() {
        return Err(corrupt(format!(
            "the `{}` text has {} messages for {} ids",
            locale.tag,
            bodies.len(),
            message_ids.len()
        )));
    }
    let mut source = String::with_capacity(text.len() + message_ids.len() * 32);
    for (id, body) in message_ids.iter().zip(bodies) {
        if body.is_empty() {
            continue;
        }
        source.push_str(id);
        source.push_str(" =");
        source.push_str(body);
        source.push('\n');
    }
    Ok(source)
}

/// Reads a pack from bytes.
pub fn decode(bytes: &[u8]) -> Result<Pack, PackError> {
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        return Err(PackError::NotAPack);
    };
    let (version, body) = match rest {
        [lo, hi, body @ ..] => (u16::from_le_bytes([*lo, *hi]), body),
        _ => return Err(PackError::NotAPack),
    };
    if version != FORMAT_VERSION {
        return Err(PackError::UnsupportedPackFormat {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let corrupt = |reason: String| PackError::CorruptPack { reason };
    let (stored, trailing) =
        postcard::take_from_bytes::<StoredPack>(body).map_err(|err| corrupt(err.to_string()))?;
    if !trailing.is_empty() {
        return Err(corrupt(format!(
            "{} unexpected bytes after the content",
            trailing.len()
        )));
    }
    let catalog_bytes = unpack(&stored.catalog, MAX_CATALOG_BYTES)?;
    let catalog: Catalog = postcard::from_bytes(&catalog_bytes)
        .map_err(|err| corrupt(format!("the catalog: {err}")))?;
    Ok(Pack {
        manifest: stored.manifest,
        catalog,
        message_ids: stored.message_ids,
        locales: stored.locales,
    })
}
