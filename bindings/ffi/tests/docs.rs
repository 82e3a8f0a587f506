//! Every record, enum, field and variant the FFI declares has a doc comment:
//! UniFFI copies them into the generated Kotlin, Swift and Python, which is
//! where app developers read what a field means.

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
