//! `amparo pack …` as a maintainer uses it: make a key, build and sign a
//! pack, inspect it, compare it, verify and install it as a phone would.

mod common;

use amparo_acceptance::test_packs::{TEST_LINE_DISPLAY, embedded_version, newer};
use amparo_acceptance::{content_dir, fixtures, locales_dir};
use common::amparo;

fn text(out: &std::process::Output) -> (String, String) {
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_test_signed_pack_is_refused_by_the_built_in_keys_with_unknown_key() {
    // This binary is built without the `test-key` feature, as a release is.
    let dir = tempfile::tempdir().expect("a folder");
    let pack = dir.path().join("test-signed.pack");
    std::fs::write(&pack, newer(embedded_version() + 1)).expect("writes");
    let out = amparo(&["pack", "verify", pack.to_str().expect("utf-8")]);
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(stderr.contains("unknown key"), "{stderr}");

    // The same pack checked against the test key's public half is fine.
    let public = fixtures().join("keys/test.public");
    let out = amparo(&[
        "pack",
        "verify",
        pack.to_str().expect("utf-8"),
        "--public-key",
        public.to_str().expect("utf-8"),
    ]);
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.contains("85ba5bc518772d71"), "{stdout}");

    // Installing it changes nothing in the data folder.
    let data = dir.path().join("data");
    let out = amparo(&[
        "pack",
        "install",
        pack.to_str().expect("utf-8"),
        "--data-dir",
        data.to_str().expect("utf-8"),
    ]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("unknown key"), "{stderr}");
    assert!(!data.exists(), "a refused install created the data folder");
}

#[test]
fn keygen_build_info_and_diff_work_together() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    let out = amparo(&["pack", "keygen", "--out", &path("keys"), "--name", "trial"]);
    assert!(out.status.success(), "{}", text(&out).1);
    let secret = std::fs::read_to_string(dir.path().join("keys/trial.secret")).expect("secret");
    assert_eq!(secret.trim().len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("keys/trial.secret"))
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "the secret key is readable by others");
    }
    // keygen never overwrites a secret.
    let again = amparo(&["pack", "keygen", "--out", &path("keys"), "--name", "trial"]);
    assert_eq!(again.status.code(), Some(2));

    let content = content_dir().to_string_lossy().into_owned();
    let locales = locales_dir().to_string_lossy().into_owned();
    let version = (embedded_version() + 5).to_string();
    let out = amparo(&[
        "pack",
        "build",
        &content,
        &locales,
        "--version",
        &version,
        "--stale-after",
        "2027-09-01",
        "--key",
        &path("keys/trial.secret"),
        "--out",
        &path("new.pack"),
    ]);
    assert!(out.status.success(), "{}", text(&out).1);

    let out = amparo(&["pack", "info", &path("new.pack"), "--json"]);
    let info: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let pack = &info["pack"];
    assert_eq!(
        pack["content_version"].as_u64(),
        Some(embedded_version() + 5)
    );
    assert_eq!(pack["stale_after"], "2027-09-01");
    assert_eq!(pack["locales"].as_array().map(Vec::len), Some(23));
    assert_eq!(
        pack["signature"],
        "the content pack is signed with an unknown key"
    );
    let sections: Vec<&str> = pack["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .filter_map(|s| s["section"].as_str())
        .collect();
    for expected in [
        "catalog",
        "message-ids",
        "geography/us-ca",
        "geography/us-ct",
        "locale/km",
    ] {
        assert!(sections.contains(&expected), "{sections:?}");
    }

    // The diff against a pack with the test line names the new number.
    std::fs::write(
        dir.path().join("with-line.pack"),
        newer(embedded_version() + 6),
    )
    .expect("writes");
    let out = amparo(&["pack", "diff", &path("new.pack"), &path("with-line.pack")]);
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.contains("numbers (1):"), "{stdout}");
    assert!(
        stdout.contains(&format!("+ hotline:test-pack-line: {TEST_LINE_DISPLAY}")),
        "{stdout}"
    );
    let out = amparo(&["pack", "diff", &path("new.pack"), &path("new.pack")]);
    assert!(text(&out).0.contains("no changes"), "{}", text(&out).0);
}

#[test]
fn info_of_a_damaged_file_says_so() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = dir.path().join("x.pack");
    let mut bytes = b"AMPK".to_vec();
    bytes.extend_from_slice(&amparo_core::pack::FORMAT_VERSION.to_le_bytes());
    bytes.extend_from_slice(b"short");
    std::fs::write(&file, bytes).expect("writes");
    let out = amparo(&["pack", "info", file.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).1.contains("damaged"), "{}", text(&out).1);
}
