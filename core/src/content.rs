//! An opened pack: its header read, its sections kept as bytes and decoded
//! the first time something needs them.
//!
//! Invariants: the bytes never change once opened. The embedded pack is
//! trusted (it is compiled in, and the build decodes every section of it);
//! any other pack is opened only after its signature and every section's
//! hash hold ([`Content::verified`]), and an install also decodes every
//! section ([`Content::check_every_section`]). So a lazy decode that fails
//! is a bug, not an attack: it yields empty records rather than a panic.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use crate::error::AmparoError;
use crate::finder::Finder;
use crate::l10n::Locales;
use crate::model::{Catalog, Geography, Manifest};
use crate::pack::{self, Layout, Section};
use crate::trust::{KeyRole, TrustedKeys};

/// Pack bytes, borrowed from the binary or owned and shared.
#[derive(Clone)]
pub enum PackBytes {
    Static(&'static [u8]),
    Shared(Arc<[u8]>),
}

impl PackBytes {
    pub(crate) fn as_slice(&self) -> &[u8] {
        match self {
            PackBytes::Static(bytes) => bytes,
            PackBytes::Shared(bytes) => bytes,
        }
    }
}

impl From<&'static [u8]> for PackBytes {
    fn from(bytes: &'static [u8]) -> Self {
        PackBytes::Static(bytes)
    }
}

impl From<Vec<u8>> for PackBytes {
    fn from(bytes: Vec<u8>) -> Self {
        PackBytes::Shared(bytes.into())
    }
}

impl From<std::borrow::Cow<'static, [u8]>> for PackBytes {
    fn from(bytes: std::borrow::Cow<'static, [u8]>) -> Self {
        match bytes {
            std::borrow::Cow::Borrowed(bytes) => PackBytes::Static(bytes),
            std::borrow::Cow::Owned(bytes) => bytes.into(),
        }
    }
}

/// Where the content in use came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PackOrigin {
    /// Compiled into the app.
    Embedded,
    /// A signed pack file installed in the app's data folder.
    Installed,
    /// A signed pack file opened directly (e.g. by a maintainers' tool).
    File,
}

/// Which pack an answer comes from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PackRef {
    /// Signed so that Kotlin and Java need no unsigned types.
    pub content_version: i64,
    pub origin: PackOrigin,
    /// The signing key's id (16 hex digits); `None` for the embedded pack,
    /// which is not signed.
    pub key_id: Option<String>,
    /// What the signing key is for; `None` for the embedded pack.
    pub key_role: Option<KeyRole>,
}

pub(crate) struct Content {
    bytes: PackBytes,
    layout: Layout,
    pub(crate) pack: PackRef,
    catalog: OnceLock<Catalog>,
    pub(crate) locales: Locales,
    /// Built on the first `find_help`, with the geography sections.
    pub(crate) finder: OnceLock<Finder>,
    /// Each source's place in the catalog, by id: answers cite by id.
    sources_by_id: OnceLock<std::collections::HashMap<String, usize>>,
}

impl Content {
    /// The embedded pack: trusted, nothing decoded but its header.
    pub(crate) fn embedded(bytes: PackBytes) -> Result<Self, AmparoError> {
        let layout = pack::split(bytes.as_slice())?.read()?;
        let pack = PackRef {
            content_version: signed_version(layout.header.manifest.content_version),
            origin: PackOrigin::Embedded,
            key_id: None,
            key_role: None,
        };
        Self::new(bytes, layout, pack)
    }

    /// A pack from outside the app: used only if a trusted key signed it,
    /// every section matches its hash and this core can read it.
    pub(crate) fn verified(
        bytes: PackBytes,
        keys: &TrustedKeys,
        origin: PackOrigin,
    ) -> Result<Self, AmparoError> {
        let signed = pack::split(bytes.as_slice())?;
        let role = keys.verify(&signed)?;
        let layout = signed.read()?;
        layout.check_hashes(bytes.as_slice())?;
        let required = layout.header.manifest.min_core_version;
        if required > amparo_model::CORE_VERSION {
            let [major, minor, patch] = required;
            return Err(AmparoError::NeedsNewerApp {
                required: format!("{major}.{minor}.{patch}"),
            });
        }
        let pack = PackRef {
            content_version: signed_version(layout.header.manifest.content_version),
            origin,
            key_id: Some(pack::key_id_hex(&layout.key_id)),
            key_role: Some(role),
        };
        Self::new(bytes, layout, pack)
    }

    fn new(bytes: PackBytes, layout: Layout, pack: PackRef) -> Result<Self, AmparoError> {
        let ids = section_range(&layout, &Section::MessageIds)?;
        let texts = layout
            .header
            .locales
            .iter()
            .map(|locale| {
                section_range(
                    &layout,
                    &Section::Locale {
                        tag: locale.tag.clone(),
                    },
                )
            })
            .collect::<Result<Vec<_>, _>>()?;
        let locales = Locales::new(
            layout.header.locales.clone(),
            bytes.clone(),
            ids,
            texts,
            &layout.header.manifest.reference_locale,
        )?;
        Ok(Content {
            bytes,
            layout,
            pack,
            catalog: OnceLock::new(),
            locales,
            finder: OnceLock::new(),
            sources_by_id: OnceLock::new(),
        })
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        self.bytes.as_slice()
    }

    pub(crate) fn manifest(&self) -> &Manifest {
        &self.layout.header.manifest
    }

    /// The records, decoded on first use.
    /// The source with this id, if the catalog has it.
    pub(crate) fn source(&self, id: &str) -> Option<&crate::model::Source> {
        let catalog = self.catalog();
        let index = self.sources_by_id.get_or_init(|| {
            catalog
                .sources
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.clone(), i))
                .collect()
        });
        catalog.sources.get(*index.get(id)?)
    }

    pub(crate) fn catalog(&self) -> &Catalog {
        self.catalog
            .get_or_init(|| self.decode_catalog().unwrap_or_default())
    }

    fn decode_catalog(&self) -> Result<Catalog, AmparoError> {
        let (packed, entry) = self.section(&Section::Catalog)?;
        Ok(pack::decode_section(packed, entry)?)
    }

    /// Every state's counties and ZIPs, decoded (for the finder) on first
    /// use.
    pub(crate) fn geography(&self) -> Result<Geography, AmparoError> {
        let mut parts = Vec::new();
        for state in self.layout.geography_states() {
            let (packed, entry) = self.section(&Section::Geography {
                state: state.to_owned(),
            })?;
            parts.push(pack::decode_section::<Geography>(packed, entry)?);
        }
        Ok(Geography::merge(parts))
    }

    /// Decodes every section, so a pack that passes can never fail later:
    /// what an install does before it writes anything.
    pub(crate) fn check_every_section(&self) -> Result<(), AmparoError> {
        let catalog = self.decode_catalog()?;
        let _ = self.catalog.set(catalog);
        self.geography()?;
        self.locales.check_all()
    }

    fn section(&self, section: &Section) -> Result<(&[u8], &pack::SectionEntry), AmparoError> {
        self.layout
            .find(self.bytes.as_slice(), section)
            .ok_or_else(|| AmparoError::CorruptPack {
                reason: "a required section is missing".to_owned(),
            })
    }
}

/// Where a section is, with its unpacked size.
fn section_range(layout: &Layout, section: &Section) -> Result<Range<usize>, AmparoError> {
    layout
        .locate(section)
        .map(|(range, _)| range)
        .ok_or_else(|| AmparoError::CorruptPack {
            reason: "a required section is missing".to_owned(),
        })
}

/// A content version as the answers carry it.
pub(crate) fn signed_version(version: u64) -> i64 {
    i64::try_from(version).unwrap_or(i64::MAX)
}
