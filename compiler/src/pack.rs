//! Writing packs: the other half of `amparo_model::pack`, which only reads.
//! Only build scripts and maintainers' tools write packs; phones never do.

use amparo_model::model::{Compressed, Geography, Pack, SplitText};
pub use amparo_model::pack::{
    FORMAT_VERSION, Header, KeyId, MAGIC, Section, SectionEntry, UNSIGNED, decode, key_id,
};
use ed25519_dalek::{Signer, SigningKey};
use sha2::{Digest, Sha256};

/// Serializes a pack, unsigned (key id zero): as embedded in the app, which
/// trusts it because it is compiled in. [`sign`] makes it a pack file.
pub fn encode(pack: &Pack) -> Vec<u8> {
    let mut catalog = pack.catalog.clone();
    let geography = std::mem::take(&mut catalog.geography);
    let mut sections: Vec<(Section, Vec<u8>, u32)> = Vec::new();
    let mut push = |section: Section, unpacked: &[u8]| {
        let packed = compress(unpacked);
        sections.push((section, packed.compressed, packed.unpacked_len));
    };
    push(Section::Catalog, &to_bytes(&catalog));
    for state in geography.states() {
        let part: Geography = geography.of_state(&state);
        push(Section::Geography { state }, &to_bytes(&part));
    }
    let split_section = |section: Section, text: &SplitText| {
        let unpacked_len = text.first.unpacked_len + text.rest.unpacked_len;
        (
            section,
            amparo_model::pack::split_text_bytes(text),
            unpacked_len,
        )
    };
    let ids: Vec<&str> = pack.message_ids.iter().map(String::as_str).collect();
    let first = usize::try_from(pack.first_messages).unwrap_or(usize::MAX);
    sections.push(split_section(
        Section::MessageIds,
        &split_entries(&ids, first),
    ));
    for locale in &pack.locales {
        let section = Section::Locale {
            tag: locale.tag.clone(),
        };
        sections.push(split_section(section, &locale.text));
    }
    let header = Header {
        manifest: pack.manifest.clone(),
        locales: pack.locales.clone(),
        sections: sections
            .iter()
            .map(|(section, bytes, unpacked_len)| SectionEntry {
                section: section.clone(),
                len: length(bytes.len()),
                unpacked_len: *unpacked_len,
                sha256: Sha256::digest(bytes).into(),
            })
            .collect(),
    };
    assemble(
        &header,
        sections.iter().map(|(_, bytes, _)| bytes.as_slice()),
    )
}

/// Lays out a pack from a header and its sections' bytes, unsigned. Tests
/// use it to forge packs the format forbids.
pub fn assemble<'a>(header: &Header, sections: impl IntoIterator<Item = &'a [u8]>) -> Vec<u8> {
    let header_bytes = to_bytes(header);
    let mut bytes = Vec::with_capacity(1 << 20);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    bytes.extend_from_slice(&[0; 4]); // the pack's length, set below
    bytes.extend_from_slice(&length(header_bytes.len()).to_le_bytes());
    bytes.extend_from_slice(&header_bytes);
    for section in sections {
        bytes.extend_from_slice(section);
    }
    bytes.extend_from_slice(&UNSIGNED);
    bytes.extend_from_slice(&[0; amparo_model::pack::SIGNATURE_LEN]);
    let total = length(bytes.len()).to_le_bytes();
    bytes[6..10].copy_from_slice(&total);
    bytes
}

/// Signs a pack made by [`encode`] with `key`: its key id and an ed25519
/// signature over everything before the signature replace the trailer.
pub fn sign(mut pack: Vec<u8>, key: &SigningKey) -> Vec<u8> {
    let trailer = 8 + amparo_model::pack::SIGNATURE_LEN;
    pack.truncate(pack.len().saturating_sub(trailer));
    pack.extend_from_slice(&key_id(key.verifying_key().as_bytes()));
    let signature = key.sign(&pack);
    pack.extend_from_slice(&signature.to_bytes());
    pack
}

fn to_bytes<T: serde::Serialize + ?Sized>(value: &T) -> Vec<u8> {
    // Encoding plain structs into a Vec cannot fail: there is no I/O and no
    // type postcard cannot represent. A failure here is a programming error
    // caught at build time, never on a phone.
    match postcard::to_allocvec(value) {
        Ok(bytes) => bytes,
        Err(err) => unreachable!("content always encodes: {err}"),
    }
}

fn length(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(u32::MAX)
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
    first_messages: usize,
    bodies: &std::collections::BTreeMap<String, String>,
) -> SplitText {
    let entries: Vec<&str> = message_ids
        .iter()
        .map(|id| bodies.get(id).map_or("", String::as_str))
        .collect();
    split_entries(&entries, first_messages)
}

/// Entries in two frames, the first `first` of them and then the rest,
/// each joined by NUL: the layout of the ids and of every locale's text.
fn split_entries(entries: &[&str], first: usize) -> SplitText {
    let (head, tail) = entries.split_at(first.min(entries.len()));
    SplitText {
        first: compress(head.join("\0").as_bytes()),
        rest: compress(tail.join("\0").as_bytes()),
    }
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
        let locale_sizes: Vec<(String, usize)> = pack
            .locales
            .iter()
            .map(|locale| {
                (
                    locale.tag.clone(),
                    locale.text.first.compressed.len() + locale.text.rest.compressed.len(),
                )
            })
            .collect();
        PackSizes {
            total: size(&pack.manifest)
                + size(catalog)
                + size(&pack.message_ids)
                + size(&pack.locales)
                + locale_sizes.iter().map(|(_, n)| n).sum::<usize>(),
            counties: size(&geography.counties),
            county_polygons: geography.counties.iter().map(|c| size(&c.polygons)).sum(),
            zips: size(&geography.zips),
            states: size(&catalog.states)
                + size(&catalog.zip_prefixes)
                + size(&catalog.zip_exceptions),
            locales: size(&pack.locales)
                + size(&pack.message_ids)
                + locale_sizes.iter().map(|(_, n)| n).sum::<usize>(),
            per_locale: locale_sizes,
            stored: encode(pack).len(),
        }
    }
}

/// Compiles `content_dir` and `locales_dir` into a pack file signed with
/// `key`: what `amparo pack build` writes. The result is read back as a
/// phone would (every section decoded) before it is returned.
pub fn build(
    content_dir: &std::path::Path,
    locales_dir: &std::path::Path,
    built: &str,
    content_version: u64,
    stale_after: &str,
    key: &SigningKey,
) -> Result<Vec<u8>, String> {
    if content_version == 0 {
        return Err("the content version must be a positive number".to_owned());
    }
    if !crate::fields::is_date(stale_after) {
        return Err("--stale-after must be a date written YYYY-MM-DD".to_owned());
    }
    let mut pack = crate::compile(content_dir, locales_dir, built).map_err(|diagnostics| {
        let lines: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        format!(
            "the content has {} problem(s):\n{}",
            lines.len(),
            lines.join("\n")
        )
    })?;
    pack.manifest.content_version = content_version;
    pack.manifest.stale_after = stale_after.to_owned();
    let signed = sign(encode(&pack), key);
    decode(&signed).map_err(|err| format!("the pack does not read back: {err}"))?;
    Ok(signed)
}
