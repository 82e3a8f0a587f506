//! Every record, enum, field and variant the FFI declares has a doc comment:
//! UniFFI copies them into the generated Kotlin, Swift and Python, which is
//! where app developers read what a field means.

// A test: a panic here is a failed test (see clippy.toml).
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[test]
fn every_declared_type_field_and_variant_is_documented() {
    let source = include_str!("../src/records.rs");
    let lines: Vec<&str> = source.lines().collect();
    // The declarations start after the imports.
    let first = lines
        .iter()
        .position(|line| line.starts_with("#[uniffi::remote"))
        .unwrap_or(0);
    let mut undocumented = Vec::new();
    assert!(
        first > 0,
        "records.rs declares its records with #[uniffi::remote(...)]"
    );
    for (index, line) in lines.iter().enumerate().skip(first) {
        let trimmed = line.trim();
        let is_type = trimmed.starts_with("pub struct ") || trimmed.starts_with("pub enum ");
        // Fields and variants sit one level in (4 spaces).
        let is_member = line.starts_with("    ")
            && !line.starts_with("     ")
            && !trimmed.starts_with("//")
            && !trimmed.starts_with('#')
            && !trimmed.starts_with('}')
            && trimmed
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .is_some_and(|word| !word.is_empty())
            && (trimmed.contains(':') || trimmed.ends_with(',') || trimmed.ends_with('{'));
        if !(is_type || is_member) {
            continue;
        }
        let documented = lines[..index]
            .iter()
            .rev()
            .find(|above| !above.trim().starts_with("#["))
            .is_some_and(|above| above.trim().starts_with("///"));
        if !documented {
            undocumented.push(format!("{}: {trimmed}", index + 1));
        }
    }
    assert!(
        undocumented.is_empty(),
        "undocumented in records.rs:\n{}",
        undocumented.join("\n")
    );
}

/// `bindings/RECORDS.md`, made from records.rs's declarations and their
/// docs, the message ids a shell may show by name and the topics' icon
/// names. Regenerate with `AMPARO_WRITE_DOCS=1 cargo test -p amparo-ffi --test docs`.
fn records_reference() -> String {
    let source = include_str!("../src/records.rs");
    let mut out = String::from(
        "# Records, enums and names the FFI hands to Kotlin, Swift and Python\n\n\
         Made from `bindings/ffi/src/records.rs` by `bindings/ffi/tests/docs.rs`\n\
         (`AMPARO_WRITE_DOCS=1 cargo test -p amparo-ffi --test docs`); a test fails\n\
         when it is out of date. Field names are Rust's: Kotlin and Swift use\n\
         camelCase (`source_refs` → `sourceRefs`), Python keeps them.\n\n",
    );
    let mut doc: Vec<String> = Vec::new();
    for line in source.lines() {
        let trimmed = line.trim();
        if let Some(text) = trimmed.strip_prefix("///") {
            doc.push(text.trim().to_owned());
            continue;
        }
        if trimmed.starts_with("#[") {
            continue;
        }
        let words: Vec<&str> = trimmed.split_whitespace().collect();
        if let ["pub", kind @ ("struct" | "enum"), name, ..] = words.as_slice() {
            let kind = if *kind == "struct" { "record" } else { "enum" };
            out.push_str(&format!("\n## `{name}` ({kind})\n\n{}\n\n", doc.join(" ")));
            out.push_str("| field or case | meaning |\n|---|---|\n");
        } else if line.starts_with("    ") && !line.starts_with("     ") && !doc.is_empty() {
            let member = trimmed
                .trim_start_matches("pub ")
                .trim_end_matches(',')
                .trim_end_matches('{')
                .trim();
            let member = member.replace('|', "\\|");
            out.push_str(&format!(
                "| `{member}` | {} |\n",
                doc.join(" ").replace('|', "\\|")
            ));
        }
        doc.clear();
    }
    out.push_str(
        "\n## Message ids a shell may show by name\n\n\
         Pass them to `message(id)`; each exists in every locale (English at least).\n\n",
    );
    for id in amparo_core::messages::ALL {
        out.push_str(&format!("- `{id}`\n"));
    }
    out.push_str(
        "\n## Icon names\n\nEach topic's `icon`, for the app to map to its own image:\n\n",
    );
    let amparo = amparo_core::Amparo::open_embedded(amparo_content::default_pack(), &["en"])
        .expect("the embedded pack opens");
    let mut icons: Vec<(String, String)> = amparo
        .topics()
        .into_iter()
        .map(|t| (t.icon, t.id))
        .collect();
    icons.sort();
    for (icon, topic) in icons {
        out.push_str(&format!("- `{icon}` ({topic})\n"));
    }
    out
}

#[test]
fn the_records_reference_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../RECORDS.md");
    let expected = records_reference();
    if std::env::var_os("AMPARO_WRITE_DOCS").is_some() {
        std::fs::write(&path, &expected).expect("writes RECORDS.md");
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == expected,
        "bindings/RECORDS.md is out of date: AMPARO_WRITE_DOCS=1 cargo test -p amparo-ffi --test docs"
    );
}
