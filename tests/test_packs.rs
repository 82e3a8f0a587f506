//! Signed packs for tests: the real content with one fictional line added,
//! signed with the test key, and every kind of bad pack the attack matrix
//! and the Kotlin, Swift and Python tests need.
//!
//! The added line's number, (213) 555-0142, is in the 555-0100…0199 range
//! the North American Numbering Plan keeps for fiction: it reaches no one,
//! and it only ever appears in packs signed with the test key, which release
//! builds refuse.

use std::path::Path;

use amparo_compiler::keys::SigningKey;
use amparo_core::model::{Pack, PhoneNumber};
use amparo_core::trust::{KeyRole, TrustedKeys};

/// The line a newer test pack adds to Los Angeles County.
pub const TEST_LINE_ID: &str = "test-pack-line";
pub const TEST_LINE_DISPLAY: &str = "(213) 555-0142";
const LOS_ANGELES: &str = "06037";

pub fn test_key() -> SigningKey {
    let path = crate::fixtures().join("keys/test.secret");
    amparo_compiler::keys::read_secret(&path).expect("the test key reads")
}

/// The built-in keys and the test key.
pub fn test_keys() -> TrustedKeys {
    let public = test_key().verifying_key().to_bytes();
    TrustedKeys::built_in().with(public, KeyRole::Test)
}

/// The embedded content, decoded.
pub fn embedded() -> Pack {
    amparo_core::pack::decode(&amparo_content::default_pack()).expect("the embedded pack decodes")
}

pub fn embedded_version() -> u64 {
    embedded().manifest.content_version
}

/// Adds the fictional line to Los Angeles County: a copy of a line that
/// serves it, with its own id and number.
pub fn add_test_line(pack: &mut Pack) {
    let mut line = pack
        .catalog
        .hotlines
        .iter()
        .find(|h| h.serves.iter().any(|r| r == LOS_ANGELES))
        .cloned()
        .expect("a line serves Los Angeles County");
    line.id = TEST_LINE_ID.to_owned();
    line.phone = PhoneNumber {
        e164: "+12135550142".to_owned(),
        display: TEST_LINE_DISPLAY.to_owned(),
        tel_uri: "tel:+12135550142".to_owned(),
        ..line.phone
    };
    line.conflict = None;
    line.confirmed = None;
    pack.catalog.hotlines.push(line);
}

/// A pack's header and its sections' bytes, to forge packs from.
pub fn parts(bytes: &[u8]) -> (amparo_compiler::pack::Header, Vec<Vec<u8>>) {
    let layout = amparo_core::pack::split(bytes)
        .and_then(|signed| signed.read())
        .expect("reads");
    let sections = layout
        .ranges
        .iter()
        .map(|r| bytes[r.clone()].to_vec())
        .collect();
    (layout.header, sections)
}

/// The pack encoded and signed with `key`.
pub fn signed_with(pack: &Pack, key: &SigningKey) -> Vec<u8> {
    amparo_compiler::pack::sign(amparo_compiler::pack::encode(pack), key)
}

pub fn signed(pack: &Pack) -> Vec<u8> {
    signed_with(pack, &test_key())
}

/// The embedded content at `version`, with the test line, signed.
pub fn newer(version: u64) -> Vec<u8> {
    let mut pack = embedded();
    pack.manifest.content_version = version;
    add_test_line(&mut pack);
    signed(&pack)
}

/// Writes the packs the Kotlin, Swift and Python tests install, with a
/// README saying what each must do.
pub fn write_fixture_set(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let base = embedded_version();
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes);
    let newer_pack = newer(base + 1);
    write("newer.pack", &newer_pack)?;
    write("newest.pack", &newer(base + 2))?;
    write("older.pack", &newer(base - 1))?;
    write("same.pack", &newer(base))?;
    let mut tampered = newer_pack.clone();
    let middle = tampered.len() / 2;
    tampered[middle] ^= 0x01;
    write("tampered.pack", &tampered)?;
    write("truncated.pack", &newer_pack[..newer_pack.len() / 2])?;
    let stranger = SigningKey::from_bytes(&[7; 32]);
    let mut pack = embedded();
    pack.manifest.content_version = base + 1;
    write("unknown-key.pack", &signed_with(&pack, &stranger))?;
    let mut fewer = embedded();
    fewer.manifest.content_version = base + 3;
    fewer.locales.retain(|locale| locale.tag != "km");
    write("fewer-languages.pack", &signed(&fewer))?;
    let mut future = embedded();
    future.manifest.content_version = base + 3;
    future.manifest.min_core_version = [99, 0, 0];
    write("needs-newer-app.pack", &signed(&future))?;
    write("not-a-pack.pack", b"PK\x03\x04 a zip file, not a pack")?;
    // Past the 32 MiB limit: refused before anything is read.
    let mut too_large = newer_pack;
    too_large.resize(33 << 20, 0);
    write("too-large.pack", &too_large)?;
    write(
        "README.md",
        format!(
            "Test packs written by `cargo run -p amparo-acceptance --bin make-test-packs`.\n\
             The embedded content is version {base}. newer.pack ({}) and newest.pack ({})\n\
             add the fictional line {TEST_LINE_DISPLAY} to Los Angeles County; every other\n\
             file must be refused with the error its name says (fewer-languages and\n\
             needs-newer-app are version {}, so that only their own flaw refuses them).\n\
             Signed with the test key.\n",
            base + 1,
            base + 2,
            base + 3
        )
        .as_bytes(),
    )
}
