//! The pack's byte format (reading only; `amparo-compiler` writes packs).
//!
//! ```text
//! "AMPK" | format u16 | pack length u32 | header length u32 | header | sections … | key id [8] | signature [64]
//! ```
//!
//! The header (postcard) is the [`Manifest`], what each locale is, and the
//! list of sections with each one's length, unpacked length and SHA-256. The
//! sections follow in the header's order, each a zstd frame: the catalog,
//! the message ids, one geography per state, one text per locale. The
//! signature (ed25519, checked by the run time) covers every byte before it,
//! key id included.
//!
//! Invariants, in the order they are checked: the length is within
//! [`MAX_PACK_BYTES`] before anything else is read; the fixed prefix says
//! the pack's own length, so a cut-short pack is named as such; the header's
//! claimed length fits the bytes; only then may a caller check the
//! signature ([`Signed`]), and only after it is the header parsed
//! ([`Signed::read`]); the header must list exactly the bytes that follow it,
//! each section once and each of a known kind. A section is unpacked only
//! when asked for, and never to more than it claims. Section names never
//! become file paths.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::PackError;
use crate::model::{Catalog, Geography, LocaleResources, Manifest, Pack, SplitText};

pub const MAGIC: &[u8; 4] = b"AMPK";
/// Bumped whenever the format or the model changes shape, so an old app
/// refuses a pack it cannot read instead of misreading it. 2: the warrant
/// checker's choices, numbers with display forms, confirmations, conflicts
/// and areas, source dates, schedules with their time zone. 3: states and
/// their ZIP prefixes, local policies, detention facilities, other states'
/// laws, organizations' details, scopes. 4: compressed catalog and locale
/// texts, message ids stored once, speech locales. 5: a header with the
/// content version, dates and section hashes; sections per state and per
/// locale; a signature. 6: message ids and locale texts in two frames each
/// (the first screens' messages, then the rest), ids as NUL-separated text.
pub const FORMAT_VERSION: u16 = 6;

/// No pack may be larger: today's is under 1 MiB, every state's content
/// would be a few MiB. Checked before any other byte is read.
pub const MAX_PACK_BYTES: usize = 32 << 20;
/// No section may claim to unpack to more.
pub const MAX_SECTION_BYTES: u32 = 32 << 20;

/// The first 8 bytes of the SHA-256 of an ed25519 public key: which key
/// signed a pack. All zeros: not signed (the embedded pack, trusted because
/// it is compiled into the app).
pub type KeyId = [u8; 8];
pub const UNSIGNED: KeyId = [0; 8];
pub const SIGNATURE_LEN: usize = 64;
const PREFIX_LEN: usize = 4 + 2 + 4 + 4;
const TRAILER_LEN: usize = 8 + SIGNATURE_LEN;

/// A key id as people read it: 16 hex digits.
pub fn key_id_hex(id: &KeyId) -> String {
    id.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The key id of an ed25519 public key.
pub fn key_id(public_key: &[u8; 32]) -> KeyId {
    let digest = Sha256::digest(public_key);
    let mut id = [0; 8];
    for (to, from) in id.iter_mut().zip(digest.iter()) {
        *to = *from;
    }
    id
}

/// What the header says: the manifest, the locales and the sections.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub manifest: Manifest,
    /// Each locale's description; its text is its [`Section::Locale`].
    pub locales: Vec<LocaleResources>,
    pub sections: Vec<SectionEntry>,
}

/// One section as the header lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionEntry {
    pub section: Section,
    /// Bytes in the pack.
    pub len: u32,
    /// Bytes once unpacked.
    pub unpacked_len: u32,
    pub sha256: [u8; 32],
}

/// What a section holds.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Section {
    /// The records, without geography ([`Catalog`]).
    Catalog,
    /// The reference locale's message ids, in the order locale texts use.
    MessageIds,
    /// One state's counties and ZIPs ("us-ca").
    Geography { state: String },
    /// One locale's messages ("es").
    Locale { tag: String },
}

impl std::fmt::Display for Section {
    /// "catalog", "message-ids", "geography/us-ca", "locale/es".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Section::Catalog => f.write_str("catalog"),
            Section::MessageIds => f.write_str("message-ids"),
            Section::Geography { state } => write!(f, "geography/{state}"),
            Section::Locale { tag } => write!(f, "locale/{tag}"),
        }
    }
}

/// A pack whose length, magic, format and header length are sane, and
/// whose signature has not been checked yet. Nothing else has been read.
#[derive(Debug, Clone, Copy)]
pub struct Signed<'a> {
    /// Everything the signature covers: the whole pack but the signature.
    pub message: &'a [u8],
    /// The header and sections.
    signed: &'a [u8],
    pub key_id: KeyId,
    pub signature: &'a [u8; SIGNATURE_LEN],
    header_len: usize,
}

/// The checked layout of a pack: its header and where each section is.
#[derive(Debug, Clone)]
pub struct Layout {
    pub header: Header,
    /// Byte ranges of each section of `header.sections`, in the pack.
    pub ranges: Vec<std::ops::Range<usize>>,
    pub key_id: KeyId,
}

fn corrupt(reason: impl Into<String>) -> PackError {
    PackError::CorruptPack {
        reason: reason.into(),
    }
}

/// Checks the limits and the fixed prefix; reads nothing else.
pub fn split(bytes: &[u8]) -> Result<Signed<'_>, PackError> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(PackError::PackTooLarge {
            limit_bytes: MAX_PACK_BYTES as u64,
        });
    }
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        return Err(PackError::NotAPack);
    };
    let [lo, hi, rest @ ..] = rest else {
        return Err(PackError::NotAPack);
    };
    let version = u16::from_le_bytes([*lo, *hi]);
    if version != FORMAT_VERSION {
        return Err(PackError::UnsupportedPackFormat {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let [a, b, c, d, e, f, g, h, ..] = rest else {
        return Err(corrupt("cut short"));
    };
    let pack_len = u32::from_le_bytes([*a, *b, *c, *d]) as usize;
    if pack_len > MAX_PACK_BYTES {
        return Err(PackError::PackTooLarge {
            limit_bytes: MAX_PACK_BYTES as u64,
        });
    }
    if pack_len > bytes.len() {
        return Err(corrupt("cut short"));
    }
    if pack_len < bytes.len() {
        return Err(corrupt("bytes after the end of the pack"));
    }
    let header_len = u32::from_le_bytes([*e, *f, *g, *h]) as usize;
    let Some(body_len) = bytes.len().checked_sub(PREFIX_LEN + TRAILER_LEN) else {
        return Err(corrupt("cut short"));
    };
    if header_len > body_len {
        return Err(corrupt("the header claims more bytes than the pack has"));
    }
    let (signed, trailer) = bytes.split_at(bytes.len() - TRAILER_LEN);
    let (id, signature) = trailer.split_at(8);
    let mut key_id = [0; 8];
    key_id.copy_from_slice(id);
    let signature: &[u8; SIGNATURE_LEN] = signature
        .try_into()
        .map_err(|_| corrupt("the signature is cut short"))?;
    let message = bytes
        .get(..bytes.len().saturating_sub(SIGNATURE_LEN))
        .ok_or_else(|| corrupt("the signature is cut short"))?;
    Ok(Signed {
        message,
        signed,
        key_id,
        signature,
        header_len,
    })
}

impl Signed<'_> {
    /// Parses the header and checks that it lists exactly the bytes that
    /// follow it. Call only after the signature holds (or for the embedded
    /// pack, which is trusted).
    pub fn read(&self) -> Result<Layout, PackError> {
        let start = PREFIX_LEN;
        let end = start + self.header_len;
        let header_bytes = self
            .signed
            .get(start..end)
            .ok_or_else(|| corrupt("the header is cut short"))?;
        let header: Header = postcard::from_bytes(header_bytes)
            .map_err(|err| corrupt(format!("the header: {err}")))?;
        check_sections(&header)?;
        let mut ranges = Vec::with_capacity(header.sections.len());
        let mut at = end;
        for entry in &header.sections {
            let next = at
                .checked_add(entry.len as usize)
                .filter(|&next| next <= self.signed.len())
                .ok_or_else(|| corrupt("a section runs past the end of the pack"))?;
            ranges.push(at..next);
            at = next;
        }
        if at != self.signed.len() {
            return Err(corrupt(format!(
                "{} bytes the header does not list",
                self.signed.len() - at
            )));
        }
        Ok(Layout {
            header,
            ranges,
            key_id: self.key_id,
        })
    }
}

/// Each section of a known kind, once; exactly the header's locales; sizes
/// within limits.
fn check_sections(header: &Header) -> Result<(), PackError> {
    let mut seen = std::collections::BTreeSet::new();
    for entry in &header.sections {
        if entry.unpacked_len > MAX_SECTION_BYTES || entry.len > MAX_SECTION_BYTES {
            return Err(corrupt("a section claims an impossible size"));
        }
        match &entry.section {
            Section::Geography { state } => {
                let code = state.strip_prefix("us-").unwrap_or_default();
                if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
                    return Err(corrupt("a geography section names no state"));
                }
            }
            Section::Locale { tag } => {
                if !header.locales.iter().any(|locale| &locale.tag == tag) {
                    return Err(corrupt("a locale section the header does not describe"));
                }
            }
            Section::Catalog | Section::MessageIds => {}
        }
        if !seen.insert(&entry.section) {
            return Err(corrupt("a section appears twice"));
        }
    }
    for required in [Section::Catalog, Section::MessageIds] {
        if !seen.contains(&required) {
            return Err(corrupt("a required section is missing"));
        }
    }
    for locale in &header.locales {
        if !seen.contains(&Section::Locale {
            tag: locale.tag.clone(),
        }) {
            return Err(corrupt(format!("the `{}` text is missing", locale.tag)));
        }
    }
    if !header
        .locales
        .iter()
        .any(|locale| locale.tag == header.manifest.reference_locale)
    {
        return Err(corrupt("the reference locale is missing"));
    }
    Ok(())
}

impl Layout {
    /// Where `section` is in the pack, and its header entry.
    pub fn locate(&self, section: &Section) -> Option<(std::ops::Range<usize>, &SectionEntry)> {
        let index = self
            .header
            .sections
            .iter()
            .position(|entry| &entry.section == section)?;
        Some((
            self.ranges.get(index)?.clone(),
            self.header.sections.get(index)?,
        ))
    }

    /// The bytes and header entry of `section`, if the pack has it.
    pub fn find<'b>(
        &self,
        bytes: &'b [u8],
        section: &Section,
    ) -> Option<(&'b [u8], &SectionEntry)> {
        let (range, entry) = self.locate(section)?;
        Some((bytes.get(range)?, entry))
    }

    /// Checks every section against its SHA-256 in the header.
    pub fn check_hashes(&self, bytes: &[u8]) -> Result<(), PackError> {
        for (entry, range) in self.header.sections.iter().zip(&self.ranges) {
            let section = bytes
                .get(range.clone())
                .ok_or_else(|| corrupt("a section runs past the end of the pack"))?;
            if Sha256::digest(section).as_slice() != entry.sha256 {
                return Err(corrupt("a section does not match its hash"));
            }
        }
        Ok(())
    }

    /// The states that have a geography section, in pack order.
    pub fn geography_states(&self) -> impl Iterator<Item = &str> {
        self.header
            .sections
            .iter()
            .filter_map(|entry| match &entry.section {
                Section::Geography { state } => Some(state.as_str()),
                _ => None,
            })
    }
}

/// Unpacks a section, refusing anything that unpacks to another size than
/// its header entry claims.
pub fn unpack(packed: &[u8], unpacked_len: u32) -> Result<Vec<u8>, PackError> {
    if unpacked_len > MAX_SECTION_BYTES {
        return Err(corrupt("a section claims an impossible size"));
    }
    let mut out = Vec::with_capacity(unpacked_len as usize);
    ruzstd::decoding::FrameDecoder::new()
        .decode_all_to_vec(packed, &mut out)
        .map_err(|_| corrupt("a section does not unpack"))?;
    if out.len() != unpacked_len as usize {
        return Err(corrupt("a section unpacks to the wrong size"));
    }
    Ok(out)
}

/// Unpacks and decodes a section of records.
pub fn decode_section<T: serde::de::DeserializeOwned>(
    packed: &[u8],
    entry: &SectionEntry,
) -> Result<T, PackError> {
    let bytes = unpack(packed, entry.unpacked_len)?;
    postcard::from_bytes(&bytes).map_err(|err| corrupt(format!("{}: {err}", entry.section)))
}

/// One frame of a [`SplitText`] section, still packed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextPart<'a> {
    pub packed: &'a [u8],
    pub unpacked_len: u32,
}

impl crate::model::Compressed {
    /// These bytes as one frame of a [`SplitText`].
    pub fn as_part(&self) -> TextPart<'_> {
        TextPart {
            packed: &self.compressed,
            unpacked_len: self.unpacked_len,
        }
    }
}

/// How a [`SplitText`] is laid out in its section: the first frame's packed
/// length, both unpacked lengths (u32, little-endian), then both frames.
const SPLIT_HEADER: usize = 12;

/// A [`SplitText`] as its section's bytes.
pub fn split_text_bytes(text: &SplitText) -> Vec<u8> {
    let length = |n: usize| u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes();
    let mut bytes =
        Vec::with_capacity(SPLIT_HEADER + text.first.compressed.len() + text.rest.compressed.len());
    bytes.extend_from_slice(&length(text.first.compressed.len()));
    bytes.extend_from_slice(&text.first.unpacked_len.to_le_bytes());
    bytes.extend_from_slice(&text.rest.unpacked_len.to_le_bytes());
    bytes.extend_from_slice(&text.first.compressed);
    bytes.extend_from_slice(&text.rest.compressed);
    bytes
}

/// The two frames of a [`SplitText`] section, or why they cannot be read.
pub fn split_text(section: &[u8]) -> Result<(TextPart<'_>, TextPart<'_>), PackError> {
    let word = |at: usize| {
        section
            .get(at..at + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map(u32::from_le_bytes)
            .ok_or_else(|| corrupt("a text section is cut short"))
    };
    let first_len = word(0)? as usize;
    let (first_unpacked, rest_unpacked) = (word(4)?, word(8)?);
    let frames = section.get(SPLIT_HEADER..).unwrap_or_default();
    if first_len > frames.len() {
        return Err(corrupt(
            "a text section's first part is longer than the section",
        ));
    }
    let (first, rest) = frames.split_at(first_len);
    Ok((
        TextPart {
            packed: first,
            unpacked_len: first_unpacked,
        },
        TextPart {
            packed: rest,
            unpacked_len: rest_unpacked,
        },
    ))
}

/// One part unpacked: its entries joined by NUL, as UTF-8.
pub fn unpack_text(part: TextPart<'_>) -> Result<String, PackError> {
    let bytes = unpack(part.packed, part.unpacked_len)?;
    String::from_utf8(bytes).map_err(|_| corrupt("a text section is not UTF-8"))
}

/// The pack's message ids and how many of them are first.
pub fn message_ids(section: &[u8]) -> Result<(Vec<String>, u32), PackError> {
    let (first, rest) = split_text(section)?;
    let (first, rest) = (unpack_text(first)?, unpack_text(rest)?);
    let entries = |text: &str| -> Vec<String> {
        if text.is_empty() {
            Vec::new()
        } else {
            text.split('\0').map(str::to_owned).collect()
        }
    };
    let mut ids = entries(&first);
    let first_count = u32::try_from(ids.len()).unwrap_or(u32::MAX);
    ids.extend(entries(&rest));
    Ok((ids, first_count))
}

/// The Fluent source of one locale: its unpacked text with the pack's ids
/// put back in front of each message.
pub fn locale_source(
    message_ids: &[String],
    tag: &str,
    text: &SplitText,
) -> Result<String, PackError> {
    let (first, rest) = (
        unpack_text(text.first.as_part())?,
        unpack_text(text.rest.as_part())?,
    );
    let bodies: Vec<&str> = first.split('\0').chain(rest.split('\0')).collect();
    if bodies.len() != message_ids.len() {
        return Err(corrupt(format!(
            "the `{tag}` text has {} messages for {} ids",
            bodies.len(),
            message_ids.len()
        )));
    }
    let mut source = String::with_capacity(first.len() + rest.len() + message_ids.len() * 32);
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

/// A [`SplitText`] from its section's bytes.
fn split_text_owned(section: &[u8]) -> Result<SplitText, PackError> {
    let (first, rest) = split_text(section)?;
    let owned = |part: TextPart<'_>| crate::model::Compressed {
        compressed: part.packed.to_vec(),
        unpacked_len: part.unpacked_len,
    };
    Ok(SplitText {
        first: owned(first),
        rest: owned(rest),
    })
}

/// Reads a whole pack, every section decoded and checked against its hash,
/// without checking the signature: for the compiler, maintainers' tools and
/// tests. The run time opens packs lazily instead.
pub fn decode(bytes: &[u8]) -> Result<Pack, PackError> {
    let layout = split(bytes)?.read()?;
    layout.check_hashes(bytes)?;
    let section = |section: &Section| {
        layout
            .find(bytes, section)
            .ok_or_else(|| corrupt("a required section is missing"))
    };
    let (packed, entry) = section(&Section::Catalog)?;
    let mut catalog: Catalog = decode_section(packed, entry)?;
    let (packed, _) = section(&Section::MessageIds)?;
    let (message_ids, first_messages) = message_ids(packed)?;
    let mut geographies = Vec::new();
    for state in layout.geography_states() {
        let (packed, entry) = section(&Section::Geography {
            state: state.to_owned(),
        })?;
        geographies.push(decode_section::<Geography>(packed, entry)?);
    }
    catalog.geography = Geography::merge(geographies);
    let mut locales = layout.header.locales.clone();
    for locale in &mut locales {
        let (packed, _) = section(&Section::Locale {
            tag: locale.tag.clone(),
        })?;
        locale.text = split_text_owned(packed)?;
    }
    Ok(Pack {
        manifest: layout.header.manifest,
        catalog,
        message_ids,
        first_messages,
        locales,
    })
}

impl LocaleResources {
    /// This locale's Fluent source, from a decoded [`Pack`]'s copy of its
    /// text.
    pub fn source(&self, message_ids: &[String]) -> Result<String, PackError> {
        locale_source(message_ids, &self.tag, &self.text)
    }
}
