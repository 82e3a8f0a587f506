//! What the fuzz targets (`fuzz/`) do with one input, shared with the smoke
//! test that replays the committed corpora in every `cargo test`
//! (`tests/fuzz_smoke.rs`). Neither may panic, whatever the bytes.

use std::sync::OnceLock;

use amparo_compiler::pack::{Header, Section, assemble, encode};
use amparo_core::trust::TrustedKeys;
use amparo_core::{Amparo, AmparoError, HelpQuery, Place};

fn keys() -> &'static TrustedKeys {
    static KEYS: OnceLock<TrustedKeys> = OnceLock::new();
    KEYS.get_or_init(crate::test_packs::test_keys)
}

/// Arbitrary bytes as a pack: through the signed path a phone uses for
/// files (refused unless genuine), and through the trusted embedded path,
/// whose header and sections are then decoded and used on every screen.
pub fn pack_bytes(bytes: &[u8]) {
    let _ = Amparo::open_pack_file(bytes.to_vec(), keys(), &["es"]);
    if let Ok(amparo) = Amparo::open_embedded(bytes.to_vec(), &["es", "en"]) {
        use_every_screen(&amparo);
        let _ = amparo.content_info(Some("2027-01-01"));
        let _ = amparo.find_help(&HelpQuery::new(Place::Zip {
            code: "90012".into(),
        }));
        let _ = amparo.search("orden", 5);
    }
}

/// The minimal fixture's header and sections, and which one is Spanish.
fn minimal_parts() -> &'static (Header, Vec<Vec<u8>>, usize) {
    static PARTS: OnceLock<(Header, Vec<Vec<u8>>, usize)> = OnceLock::new();
    PARTS.get_or_init(|| {
        let dir = crate::fixtures().join("minimal");
        let pack = crate::compile(&dir).expect("the minimal fixture compiles");
        let (header, sections) = crate::test_packs::parts(&encode(&pack));
        let spanish = header
            .sections
            .iter()
            .position(|s| s.section == Section::Locale { tag: "es".into() })
            .expect("a Spanish section");
        (header, sections, spanish)
    })
}

/// Arbitrary text as one locale's packed messages (bodies separated by
/// NUL), loaded through the run time's own loader and shown.
pub fn fluent_loading(text: &[u8]) {
    let (header, sections, spanish) = minimal_parts();
    let Ok(packed) = zstd::bulk::compress(text, 1) else {
        return;
    };
    let mut header = header.clone();
    let mut sections = sections.clone();
    header.sections[*spanish].len = u32::try_from(packed.len()).unwrap_or(u32::MAX);
    header.sections[*spanish].unpacked_len = u32::try_from(text.len()).unwrap_or(u32::MAX);
    sections[*spanish] = packed;
    let bytes = assemble(&header, sections.iter().map(Vec::as_slice));
    if let Ok(amparo) = Amparo::open_embedded(bytes, &["es"]) {
        use_every_screen(&amparo);
        let _ = amparo.message("label-say", &[("count", "3")]);
        let _ = amparo.error_message(&AmparoError::NotNewer {
            offered: 1,
            in_use: 2,
        });
    }
}

fn use_every_screen(amparo: &Amparo) {
    for topic in amparo.topics() {
        let _ = amparo.topic(&topic.id);
        let _ = amparo.rights_card(&topic.id, "en");
    }
    let _ = amparo.laws();
}
