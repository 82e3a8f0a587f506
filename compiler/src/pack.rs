//! Writing packs: the other half of `amparo_model::pack`, which only reads.
//! Only build scripts and maintainers' tools write packs; phones never do.

use amparo_model::model::{Compressed, Pack};
pub use amparo_model::pack::{FORMAT_VERSION, MAGIC, StoredPack, decode, locale_source, unpack};

/// Serializes a pack. Only the compiler writes packs.
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

/// Packs one locale's messages for [`LocaleResources::text`]: `bodies` maps
/// an id to its Fluent source after `id =`.
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

/// How many bytes each part of a pack takes once encoded, for size reports
/// (`amparo check`): what a state's geography costs is measured, not guessed.
/// Build-time only: the phone library does not carry it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PackSizes {
    /// The parts before compression (manifest, catalog, ids, locales).
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
