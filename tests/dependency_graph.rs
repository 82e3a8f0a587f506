//! The phone library carries the run time only: no compiler, no file-format
//! parsers, no phone-number tables, no compression writer, no signing keys.
//! Checked on `cargo tree` of `amparo-ffi` (normal dependencies, without
//! procedural macros, which run at build time and are not linked).

use std::process::Command;

use amparo_acceptance::repo_root;

const NEVER_ON_A_PHONE: [&str; 8] = [
    "amparo-compiler",
    "toml",
    "csv",
    "phonenumber",
    "serde_json",
    "zstd",
    "zstd-sys",
    "ed25519-dalek",
];

#[test]
fn the_phone_library_links_no_build_time_code() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo)
        .current_dir(repo_root())
        .args([
            "tree",
            "--locked",
            "--offline",
            "-p",
            "amparo-ffi",
            "-e",
            "normal,no-proc-macro",
            "--prefix",
            "none",
        ])
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    let crates: Vec<&str> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    // The check must see the graph it speaks of.
    for present in ["amparo-core", "amparo-model", "fluent-bundle", "ruzstd"] {
        assert!(
            crates.contains(&present),
            "{present} is missing from:\n{tree}"
        );
    }
    for absent in NEVER_ON_A_PHONE {
        assert!(
            !crates.contains(&absent),
            "{absent} is in the phone library's graph:\n{tree}"
        );
    }
}
