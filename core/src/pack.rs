//! The pack's byte format: a magic, a format version, then the postcard-encoded
//! [`StoredPack`]: the manifest, the catalog compressed, the message ids, and
//! each locale with its text compressed on its own. Opening unpacks the
//! catalog; a locale's text is unpacked only when a chain needs it, so adding
//! locales adds bytes but not start-up time. Reading never trusts the bytes:
//! anything malformed, or a size beyond the limits below, is a typed error.

use serde::{Deserialize, Serialize};

use crate::error::AmparoError;
use crate::model::{Catalog, Compressed, LocaleResources, Manifest, Pack};

const MAGIC: &[u8; 4] = b"AMPK";
/// Bumped whenever the model changes shape, so an old app refuses a pack it
/// cannot read instead of misreading it. 2: the warrant checker's choices,
/// numbers with display forms, confirmations, conflicts and areas, source
/// dates, schedules with their time zone. 3: states and their ZIP prefixes,
/// local policies, detention facilities, other states' laws, organizations'
/// details, scopes. 4: compressed catalog and locale texts, message ids
/// stored once, speech locales.
pub const FORMAT_VERSION: u16 = 4;

/// The catalog of every US state fits in far less; a bigger claim is forged.
const MAX_CATALOG_BYTES: u32 = 64 << 20;
/// One locale's text is about 200 KB.
pub const MAX_LOCALE_TEXT_BYTES: u32 = 8 << 20;

/// What the bytes hold, in order.
#[derive(Serialize, Deserialize)]
struct StoredPack {
    manifest: Manifest,
    catalog: Compressed,
    message_ids: Vec<String>,
    locales: Vec<LocaleResources>,
}

/// Serializes a pack. Only the compiler writes packs.
#[cfg(feature = "compiler")]
pub fn encode(pack: &Pack) -> Vec<u8> {
    // Encoding plain structs into a Vec cannot fail: there is no I/O and no
    // type postcard cannot represent. A failure here is a programming error
    // caught at build time, never on a phone.
    let catalog = match postcard::to_allocvec(&pack.catalog) {
        Ok(bytes) => compress(&bytes),
        Err(err) => unreachable!("a catalog always encodes: {err}"),
    };
    let stored = StoredPack {
        manifest: pack.manifest.clone(),
        catalog,
        message_ids: pack.message_ids.clone(),
        locales: pack.locales.clone(),
    };
    let mut bytes = Vec::with_capacity(64 * 1024);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    match postcard::to_extend(&stored, bytes) {
        Ok(bytes) => bytes,
        Err(err) => unreachable!("a pack always encodes: {err}"),
    }
}

/// Compresses with zstd at its strongest level: packs are made once and
/// read on phones with little storage.
#[cfg(feature = "compiler")]
pub fn compress(bytes: &[u8]) -> Compressed {
    let compressed = match zstd::bulk::compress(bytes, 19) {
        Ok(compressed) => compressed,
        Err(err) => unreachable!("zstd compresses any bytes in memory: {err}"),
    };
    Compressed {
        compressed,
        unpacked_len: u32::try_from(bytes.len()).unwrap_or(u32::MAX),
    }
}

/// Unpacks compressed bytes, refusing anything claiming more than `limit`
/// bytes or unpacking to another size than it claims.
pub fn unpack(packed: &Compressed, limit: u32) -> Result<Vec<u8>, AmparoError> {
    let corrupt = |reason: &str| AmparoError::CorruptPack {
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
) -> Result<String, AmparoError> {
    let corrupt = |reason: String| AmparoError::CorruptPack { reason };
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

/// Packs one locale's messages for [`LocaleResources::text`]: `bodies` maps
/// an id to its Fluent source after `id =`.
#[cfg(feature = "compiler")]
pub fn pack_locale_text(
    message_ids: &[String],
    bodies: &std::collections::BTreeMap<String, String>,
) -> Compressed {
    let joined = message_ids
        .iter()
        .map(|id| bodies.get(id).map_or("", String::as_str))
        .collect::<Vec<_>>()
        .join("\0");
    compress(joined.as_bytes())
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
    let corrupt = |reason: String| AmparoError::CorruptPack { reason };
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

/// How many bytes each part of a pack takes once encoded, for size reports
/// (`amparo check`): what a state's geography costs is measured, not guessed.
/// Build-time only: the phone library does not carry it.
#[cfg(feature = "compiler")]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
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
    /// Every locale's Fluent text, compressed, with the message ids.
    pub locales: usize,
    /// Each locale's compressed text (what adding it costs), by tag.
    pub per_locale: Vec<(String, usize)>,
    /// The whole pack as stored (catalog compressed).
    pub stored: usize,
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
            total: size(&pack.manifest)
                + size(catalog)
                + size(&pack.message_ids)
                + size(&pack.locales),
            counties: size(&geography.counties),
            county_polygons: geography.counties.iter().map(|c| size(&c.polygons)).sum(),
            zips: size(&geography.zips),
            states: size(&catalog.states)
                + size(&catalog.zip_prefixes)
                + size(&catalog.zip_exceptions),
            locales: size(&pack.locales) + size(&pack.message_ids),
            per_locale: pack
                .locales
                .iter()
                .map(|locale| (locale.tag.clone(), size(locale)))
                .collect(),
            stored: encode(pack).len(),
        }
    }
}
