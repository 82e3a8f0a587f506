//! The phone library carries the run time only: no compiler, no file-format
//! parsers, no phone-number tables, no compression writer, and no way to
//! make a signing key: ed25519-dalek is there to verify signatures, built
//! without `rand_core`, so it cannot draw a key from a random source on a
//! phone (geo's `rand` is there for its own algorithms, not for keys).
//! And no crate that can reach a network. Checked on `cargo tree` of
//! `amparo-ffi` and `amparo-core` (normal dependencies, without procedural
//! macros, which run at build time and are not linked).

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
    "pkcs8",
];

fn tree(extra: &[&str]) -> String {
    cargo_tree("amparo-ffi", extra)
}

/// The crates `package` links, one per line.
fn cargo_tree(package: &str, extra: &[&str]) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo)
        .current_dir(repo_root())
        .args([
            "tree",
            "--locked",
            "--offline",
            "-p",
            package,
            "-e",
            "normal,no-proc-macro",
            "--prefix",
            "none",
        ])
        .args(extra)
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn signatures_are_verified_without_a_random_source() {
    let users = tree(&["-i", "rand_core"]);
    assert!(
        users.contains("geo "),
        "the check sees rand_core's users:\n{users}"
    );
    for dalek in ["ed25519-dalek", "curve25519-dalek", "ed25519 "] {
        assert!(!users.contains(dalek), "{dalek} uses rand_core:\n{users}");
    }
}

#[test]
fn the_phone_library_links_no_build_time_code() {
    let tree = tree(&[]);
    let crates: Vec<&str> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    // The check must see the graph it speaks of.
    for present in [
        "amparo-core",
        "amparo-model",
        "fluent-bundle",
        "ruzstd",
        "ed25519-dalek",
    ] {
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

/// Crates that open sockets, speak HTTP or TLS, or run an I/O reactor.
const NETWORKING: [&str; 12] = [
    "reqwest",
    "hyper",
    "ureq",
    "curl",
    "curl-sys",
    "tokio",
    "socket2",
    "mio",
    "rustls",
    "native-tls",
    "openssl",
    "openssl-sys",
];

#[test]
fn no_networking_crate_is_in_the_core_or_the_phone_library() {
    for package in ["amparo-core", "amparo-ffi"] {
        let tree = tree_of(package);
        let crates: Vec<&str> = tree
            .lines()
            .filter_map(|line| line.split_whitespace().next())
            .collect();
        assert!(
            crates.contains(&"amparo-model") && crates.contains(&"fluent-bundle"),
            "the check sees {package}'s graph:\n{tree}"
        );
        for networking in NETWORKING {
            assert!(
                !crates.contains(&networking),
                "{networking} is in {package}'s graph:\n{tree}"
            );
        }
    }
}

/// `cargo tree` of one package, every feature on (the test key's too).
fn tree_of(package: &str) -> String {
    cargo_tree(package, &["--all-features"])
}
