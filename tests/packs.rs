//! Signed content packs, installed as a phone installs them, and the attack
//! matrix of The Update Framework's threats: every refusal is typed and
//! leaves the data folder byte for byte as it was, and the app answering
//! from the content it had.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use amparo_acceptance::test_packs::{
    TEST_LINE_DISPLAY, TEST_LINE_ID, embedded, embedded_version, newer, parts, signed, test_key,
    test_keys, write_fixture_set,
};
use amparo_acceptance::{compile, fixtures};
use amparo_compiler::pack::{Header, Section, assemble, encode, sign};
use amparo_core::install::{Folder, Storage};
use amparo_core::trust::{KeyRole, TrustedKeys};
use amparo_core::{Amparo, AmparoError, HelpQuery, PackOrigin, Place};

/// Every file in a folder, name to bytes: equal snapshots mean nothing
/// was written, renamed or removed.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            for (name, bytes) in snapshot(&path) {
                files.insert(
                    format!("{}/{name}", entry.file_name().to_string_lossy()),
                    bytes,
                );
            }
        } else {
            let bytes = std::fs::read(&path).unwrap_or_default();
            files.insert(entry.file_name().to_string_lossy().into_owned(), bytes);
        }
    }
    files
}

fn open_real(folder: &Path) -> Amparo {
    Amparo::open_with_data_folder(
        amparo_content::default_pack(),
        Arc::new(Folder::new(folder)),
        test_keys(),
        &["en"],
    )
    .expect("opens with a data folder")
}

fn los_angeles_lines(amparo: &Amparo) -> Vec<String> {
    let answer = amparo
        .find_help(&HelpQuery::new(Place::Zip {
            code: "90012".into(),
        }))
        .expect("90012 is in Los Angeles County");
    assert_eq!(
        answer.region.map(|r| r.county_fips),
        Some("06037".to_owned())
    );
    answer
        .hotlines
        .into_iter()
        .map(|h| h.phone.display.clone())
        .collect()
}

#[test]
fn a_newer_signed_pack_installs_its_line_appears_and_forgetting_it_goes_back() {
    let dir = tempfile::tempdir().expect("a folder");
    let base = embedded_version();
    let mut amparo = open_real(dir.path());
    assert_eq!(amparo.pack().origin, PackOrigin::Embedded);
    assert!(!los_angeles_lines(&amparo).contains(&TEST_LINE_DISPLAY.to_owned()));

    let installed = amparo.install_pack(newer(base + 1)).expect("installs");
    assert_eq!(installed.content_version, (base + 1) as i64);
    assert_eq!(installed.origin, PackOrigin::Installed);
    assert_eq!(installed.key_role, Some(KeyRole::Test));
    assert_eq!(installed.key_id.as_deref(), Some("85ba5bc518772d71"));
    assert!(los_angeles_lines(&amparo).contains(&TEST_LINE_DISPLAY.to_owned()));
    let answer = amparo
        .find_help(&HelpQuery::new(Place::Zip {
            code: "90012".into(),
        }))
        .expect("answers");
    assert_eq!(
        answer.pack, installed,
        "the answer says which pack it is from"
    );
    assert!(answer.hotlines.iter().any(|h| h.id == TEST_LINE_ID));

    // A new start finds the installed pack.
    let reopened = open_real(dir.path());
    assert_eq!(reopened.pack(), installed);
    assert!(los_angeles_lines(&reopened).contains(&TEST_LINE_DISPLAY.to_owned()));

    // Forgetting goes back to the embedded content, and its version stays
    // the floor.
    let back = amparo.forget_installed().expect("forgets");
    assert_eq!(back.origin, PackOrigin::Embedded);
    assert!(!los_angeles_lines(&amparo).contains(&TEST_LINE_DISPLAY.to_owned()));
    assert!(matches!(
        amparo.install_pack(newer(base + 1)),
        Err(AmparoError::NotNewer { .. })
    ));
    let later = amparo
        .install_pack(newer(base + 2))
        .expect("a newer one installs");
    assert_eq!(later.content_version, (base + 2) as i64);
}

#[test]
fn the_release_keys_refuse_a_test_signed_pack_as_unknown() {
    let dir = tempfile::tempdir().expect("a folder");
    let mut amparo = Amparo::open_with_data_folder(
        amparo_content::default_pack(),
        Arc::new(Folder::new(dir.path())),
        TrustedKeys::built_in(),
        &["en"],
    )
    .expect("opens");
    let err = amparo.install_pack(newer(embedded_version() + 1));
    assert_eq!(err, Err(AmparoError::UnknownKey));
    assert!(snapshot(dir.path()).is_empty());
}

/// What an error must be.
type Expected = fn(&AmparoError) -> bool;

/// Each file of the set the Kotlin, Swift and Python tests use, refused
/// with its own error, and nothing written.
#[test]
fn every_bad_pack_of_the_shared_set_is_refused_with_its_own_error() {
    let packs = tempfile::tempdir().expect("a folder");
    write_fixture_set(packs.path()).expect("writes the set");
    let dir = tempfile::tempdir().expect("a folder");
    let mut amparo = open_real(dir.path());
    amparo
        .install_pack(std::fs::read(packs.path().join("newer.pack")).expect("reads"))
        .expect("newer.pack installs");
    let before = snapshot(dir.path());
    let in_use = amparo.pack();
    let expected: [(&str, Expected); 10] = [
        ("newer.pack", |e| matches!(e, AmparoError::NotNewer { .. })),
        ("older.pack", |e| matches!(e, AmparoError::NotNewer { .. })),
        ("same.pack", |e| matches!(e, AmparoError::NotNewer { .. })),
        ("tampered.pack", |e| *e == AmparoError::BadSignature),
        ("truncated.pack", |e| {
            matches!(e, AmparoError::CorruptPack { .. })
        }),
        ("unknown-key.pack", |e| *e == AmparoError::UnknownKey),
        ("fewer-languages.pack", |e| {
            *e == AmparoError::FewerLanguages {
                missing: vec!["km".into()],
            }
        }),
        (
            "needs-newer-app.pack",
            |e| matches!(e, AmparoError::NeedsNewerApp { required } if required == "99.0.0"),
        ),
        ("not-a-pack.pack", |e| *e == AmparoError::NotAPack),
        ("too-large.pack", |e| {
            matches!(e, AmparoError::PackTooLarge { .. })
        }),
    ];
    for (name, is_expected) in expected {
        let bytes = std::fs::read(packs.path().join(name)).expect("reads");
        let err = amparo.install_pack(bytes).expect_err(name);
        assert!(is_expected(&err), "{name}: {err:?}");
        assert_eq!(snapshot(dir.path()), before, "{name} changed the folder");
        assert_eq!(amparo.pack(), in_use, "{name} changed the content in use");
        assert!(los_angeles_lines(&amparo).contains(&TEST_LINE_DISPLAY.to_owned()));
        assert!(!amparo.error_message(&err).is_empty());
    }
    // Replaying the installed pack is a no-op, not an install.
    assert!(matches!(
        amparo.install_pack(newer(embedded_version() + 1)),
        Err(AmparoError::NotNewer { offered, in_use }) if offered == in_use
    ));
}

#[test]
fn a_pack_older_than_the_embedded_one_is_refused_even_after_the_folder_is_wiped() {
    let dir = tempfile::tempdir().expect("a folder");
    let base = embedded_version();
    let mut amparo = open_real(dir.path());
    amparo.install_pack(newer(base + 2)).expect("installs");
    assert!(matches!(
        amparo.install_pack(newer(base + 1)),
        Err(AmparoError::NotNewer { offered, in_use }) if offered == base + 1 && in_use == base + 2
    ));
    std::fs::remove_dir_all(dir.path()).expect("wipes the folder");
    let mut wiped = open_real(dir.path());
    assert_eq!(wiped.pack().origin, PackOrigin::Embedded);
    assert_eq!(
        wiped.install_pack(newer(base - 1)),
        Err(AmparoError::NotNewer {
            offered: base - 1,
            in_use: base
        })
    );
    assert!(!dir.path().exists(), "a refusal created the wiped folder");
}

// ---- The attack matrix, on a small pack made from fixtures/minimal ----

/// The minimal fixture as embedded (unsigned) and as a signed pack file
/// one version newer.
fn small_packs() -> (Vec<u8>, Vec<u8>) {
    let mut pack = compile(&fixtures().join("minimal")).expect("compiles");
    let embedded = encode(&pack);
    pack.manifest.content_version += 1;
    (embedded, signed(&pack))
}

fn open_small(embedded: &[u8], storage: Arc<dyn Storage>) -> Amparo {
    Amparo::open_with_data_folder(embedded.to_vec(), storage, test_keys(), &["en"])
        .expect("the small pack opens")
}

/// Installs `bytes`, which must be refused, and checks that nothing
/// changed anywhere.
fn assert_refused(amparo: &mut Amparo, dir: &Path, bytes: Vec<u8>, what: &str) -> AmparoError {
    let before = snapshot(dir);
    let in_use = amparo.pack();
    let err = amparo
        .install_pack(bytes)
        .expect_err(&format!("{what} is refused"));
    assert_eq!(snapshot(dir), before, "{what} changed the folder");
    assert_eq!(amparo.pack(), in_use, "{what} changed the content in use");
    err
}

#[test]
fn a_flipped_byte_anywhere_in_a_signed_pack_is_refused() {
    let (embedded, good) = small_packs();
    let dir = tempfile::tempdir().expect("a folder");
    let mut amparo = open_small(&embedded, Arc::new(Folder::new(dir.path())));
    let mut kinds = BTreeMap::<String, usize>::new();
    for at in 0..good.len() {
        let mut bytes = good.clone();
        bytes[at] ^= 0x20;
        let err = assert_refused(&mut amparo, dir.path(), bytes, &format!("byte {at}"));
        let kind = format!("{err:?}");
        let kind = kind
            .split([' ', '{', '('])
            .next()
            .unwrap_or_default()
            .to_owned();
        *kinds.entry(kind).or_default() += 1;
    }
    // The magic, the format, the lengths, the key id and the signature
    // each fail in their own way; every other byte breaks the signature.
    assert!(
        kinds.get("BadSignature").copied().unwrap_or(0) > good.len() / 2,
        "{kinds:?}"
    );
    for kind in [
        "NotAPack",
        "UnsupportedPackFormat",
        "CorruptPack",
        "UnknownKey",
    ] {
        assert!(kinds.contains_key(kind), "no {kind} in {kinds:?}");
    }
    amparo
        .install_pack(good)
        .expect("the unflipped pack installs");
}

#[test]
fn a_pack_cut_short_at_any_length_is_refused() {
    let (embedded, good) = small_packs();
    let dir = tempfile::tempdir().expect("a folder");
    let mut amparo = open_small(&embedded, Arc::new(Folder::new(dir.path())));
    for len in 0..good.len() {
        let err = assert_refused(&mut amparo, dir.path(), good[..len].to_vec(), "a cut");
        assert!(
            matches!(err, AmparoError::NotAPack | AmparoError::CorruptPack { .. }),
            "cut at {len}: {err:?}"
        );
    }
}

fn forged(header: &Header, sections: &[Vec<u8>]) -> Vec<u8> {
    sign(
        assemble(header, sections.iter().map(Vec::as_slice)),
        &test_key(),
    )
}

#[test]
fn mixed_sections_unlisted_bytes_paths_and_huge_claims_are_refused() {
    let (embedded, good) = small_packs();
    // The data folder two levels down, so that `../../x` would land inside
    // `root`, which is watched too.
    let root = tempfile::tempdir().expect("a folder");
    let data = root.path().join("app/files");
    std::fs::create_dir_all(&data).expect("the data folder");
    let dir = tempfile::TempDir::new_in(&data).expect("a folder");
    let mut amparo = open_small(&embedded, Arc::new(Folder::new(dir.path())));
    let (header, sections) = parts(&good);

    // A section taken from another pack, signed again by a trusted key:
    // its hash in the header no longer matches.
    let mut other = compile(&fixtures().join("minimal")).expect("compiles");
    other.manifest.content_version += 2;
    other.catalog.topics.pop();
    let (_, other_sections) = parts(&signed(&other));
    let catalog = header
        .sections
        .iter()
        .position(|s| s.section == Section::Catalog)
        .expect("a catalog");
    let mut mixed = sections.clone();
    mixed[catalog] = other_sections[catalog].clone();
    let mut mixed_header = header.clone();
    mixed_header.sections[catalog].len = mixed[catalog].len() as u32;
    let err = assert_refused(
        &mut amparo,
        dir.path(),
        forged(&mixed_header, &mixed),
        "mixed",
    );
    assert!(matches!(err, AmparoError::CorruptPack { .. }), "{err:?}");
    // The same without signing again: the signature fails first.
    let unsigned_mix = assemble(&mixed_header, mixed.iter().map(Vec::as_slice));
    // The test key's id with the old signature (zeros): the signature fails.
    let mut claims_the_test_key = unsigned_mix.clone();
    let (len, good_len) = (claims_the_test_key.len(), good.len());
    claims_the_test_key[len - 72..len - 64].copy_from_slice(&good[good_len - 72..good_len - 64]);
    let err = assert_refused(&mut amparo, dir.path(), claims_the_test_key, "unsigned mix");
    assert_eq!(err, AmparoError::BadSignature);

    // Bytes the header does not list.
    let mut extra = sections.clone();
    extra.push(b"appended".to_vec());
    let err = assert_refused(
        &mut amparo,
        dir.path(),
        forged(&header, &extra),
        "extra bytes",
    );
    assert!(matches!(err, AmparoError::CorruptPack { .. }), "{err:?}");

    // A section named like a path: refused, and nothing created anywhere.
    let around = snapshot(root.path());
    for state in ["../../x", "us-ca/../../x", "/tmp/x"] {
        let mut header = header.clone();
        header.sections.push(amparo_core::pack::SectionEntry {
            section: Section::Geography {
                state: state.to_owned(),
            },
            len: 0,
            unpacked_len: 0,
            sha256: [0; 32],
        });
        let err = assert_refused(&mut amparo, dir.path(), forged(&header, &sections), state);
        assert!(matches!(err, AmparoError::CorruptPack { .. }), "{err:?}");
    }
    assert_eq!(
        snapshot(root.path()),
        around,
        "a path in a pack created a file"
    );

    // Huge claimed sizes: a section, the pack's own length, a real 33 MiB.
    let mut huge = header.clone();
    huge.sections[catalog].unpacked_len = u32::MAX;
    let err = assert_refused(
        &mut amparo,
        dir.path(),
        forged(&huge, &sections),
        "huge section",
    );
    assert!(matches!(err, AmparoError::CorruptPack { .. }), "{err:?}");
    let mut claims = good.clone();
    claims[6..10].copy_from_slice(&(1u32 << 30).to_le_bytes());
    let err = assert_refused(&mut amparo, dir.path(), claims, "a length claim");
    assert!(matches!(err, AmparoError::PackTooLarge { .. }), "{err:?}");
    let mut giant = good.clone();
    giant.resize(33 << 20, 0);
    let err = assert_refused(&mut amparo, dir.path(), giant, "33 MiB");
    assert!(matches!(err, AmparoError::PackTooLarge { .. }), "{err:?}");

    amparo
        .install_pack(good)
        .expect("the genuine pack still installs");
}

/// A folder whose Nth change (write, sync, rename, folder sync, remove)
/// fails, as a full or failing disk would.
struct FailingStorage {
    inner: Folder,
    fail_at: usize,
    changes: AtomicUsize,
}

impl FailingStorage {
    fn step(&self) -> std::io::Result<()> {
        if self.changes.fetch_add(1, Ordering::SeqCst) == self.fail_at {
            Err(std::io::Error::other("the disk failed"))
        } else {
            Ok(())
        }
    }
}

impl Storage for FailingStorage {
    fn read(&self, name: &str) -> std::io::Result<Option<Vec<u8>>> {
        self.inner.read(name)
    }
    fn write(&self, name: &str, bytes: &[u8]) -> std::io::Result<()> {
        self.step()?;
        self.inner.write(name, bytes)
    }
    fn sync(&self, name: &str) -> std::io::Result<()> {
        self.step()?;
        self.inner.sync(name)
    }
    fn rename(&self, from: &str, to: &str) -> std::io::Result<()> {
        self.step()?;
        self.inner.rename(from, to)
    }
    fn sync_folder(&self) -> std::io::Result<()> {
        self.step()?;
        self.inner.sync_folder()
    }
    fn remove(&self, name: &str) -> std::io::Result<()> {
        self.step()?;
        self.inner.remove(name)
    }
}

#[test]
fn a_disk_failing_at_any_step_of_an_install_leaves_the_old_pack_whole() {
    let (embedded, first) = small_packs();
    let mut next_pack = compile(&fixtures().join("minimal")).expect("compiles");
    next_pack.manifest.content_version += 2;
    let next = signed(&next_pack);
    for fail_at in 0..4 {
        let dir = tempfile::tempdir().expect("a folder");
        let mut amparo = open_small(&embedded, Arc::new(Folder::new(dir.path())));
        amparo
            .install_pack(first.clone())
            .expect("the first installs");
        let before = snapshot(dir.path());
        let storage = Arc::new(FailingStorage {
            inner: Folder::new(dir.path()),
            fail_at,
            changes: AtomicUsize::new(0),
        });
        let mut failing = open_small(&embedded, storage);
        let in_use = failing.pack();
        let err = failing.install_pack(next.clone());
        assert!(
            matches!(err, Err(AmparoError::Storage { .. })),
            "step {fail_at}: {err:?}"
        );
        assert_eq!(
            failing.pack(),
            in_use,
            "step {fail_at} changed the content in use"
        );
        let after = snapshot(dir.path());
        assert!(
            !after.keys().any(|name| name.ends_with(".partial")),
            "step {fail_at} left a partial file: {:?}",
            after.keys()
        );
        let pack_file = after.get("content.pack").expect("a pack file remains");
        if fail_at < 3 {
            // Before the rename: nothing changed at all.
            assert_eq!(after, before, "step {fail_at}");
        } else {
            // After the rename, only the folder sync failed: the new pack
            // is in place whole, never a part of it.
            assert_eq!(pack_file, &next, "step {fail_at}");
        }
        let reopened = open_small(&embedded, Arc::new(Folder::new(dir.path())));
        assert!(
            !reopened.topics().is_empty(),
            "step {fail_at}: the app answers"
        );
    }
}

#[test]
fn content_info_says_how_stale_the_content_is_without_refusing() {
    let amparo = amparo_acceptance::open(&["en"]);
    let info = amparo.content_info(Some("2026-12-01"));
    assert_eq!(info.stale_after, "2027-06-01");
    assert_eq!((info.stale, info.days_past_stale), (Some(false), Some(0)));
    let late = amparo.content_info(Some("2027-06-11"));
    assert_eq!((late.stale, late.days_past_stale), (Some(true), Some(10)));
    let unknown = amparo.content_info(Some("yesterday"));
    assert_eq!((unknown.stale, unknown.days_past_stale), (None, None));
    assert_eq!(unknown.topics, info.topics, "it still answers");
    assert_eq!(info.pack.origin, PackOrigin::Embedded);
    assert_eq!(
        info.content_version,
        embedded().manifest.content_version as i64
    );
}

#[test]
fn a_pack_file_opens_directly_only_when_signed_and_whole() {
    let base = embedded_version();
    let amparo = Amparo::open_pack_file(newer(base + 1), &test_keys(), &["es"]).expect("opens");
    assert_eq!(amparo.pack().origin, PackOrigin::File);
    assert_eq!(amparo.locale_chain(), ["es", "en"]);
    assert!(los_angeles_lines(&amparo).contains(&TEST_LINE_DISPLAY.to_owned()));
    assert_eq!(
        Amparo::open_pack_file(newer(base + 1), &TrustedKeys::built_in(), &["es"]).err(),
        Some(AmparoError::UnknownKey)
    );
    // The embedded pack is not signed: from outside it is refused.
    assert_eq!(
        Amparo::open_pack_file(
            amparo_content::default_pack().into_owned(),
            &test_keys(),
            &["en"]
        )
        .err(),
        Some(AmparoError::UnknownKey)
    );
}
