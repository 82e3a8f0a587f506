//! The compiler rejects each kind of broken input with `file:line: what`.
//! Each case lays one broken file over the minimal fixture; the line that
//! must be reported is marked `expect-error` in that file.

use amparo_acceptance::{broken_copy, compile, fixtures, line_of, minimal_copy};

/// (fixture, the broken file inside it, words the message must contain)
const CASES: &[(&str, &str, &str)] = &[
    (
        "toml-schema",
        "content/topics/demo.toml",
        "TOML schema error",
    ),
    (
        "fluent-syntax",
        "locales/en/demo.ftl",
        "Fluent syntax error",
    ),
    (
        "missing-message",
        "content/topics/demo.toml",
        "message `demo-silent-because` is not defined in `en`",
    ),
    (
        "variable-not-in-english",
        "locales/es/demo.ftl",
        "uses `$nombre`, which the English message does not have",
    ),
    (
        "duplicate-step-id",
        "content/topics/demo.toml",
        "duplicate step id `stay-silent`",
    ),
    (
        "duplicate-message-id",
        "locales/en/demo.ftl",
        "duplicate message id `demo-title`",
    ),
    (
        "missing-sources",
        "content/topics/demo.toml",
        "step `no-sources` has no `sources`",
    ),
    (
        "missing-checked",
        "content/hotlines.toml",
        "hotline `uwd-migrawatch` has no `checked` date",
    ),
    (
        "unknown-source",
        "content/topics/demo.toml",
        "cites unknown source `aclu-virginia`",
    ),
    (
        "invalid-phone",
        "content/hotlines.toml",
        "`844-363` is not a valid phone number",
    ),
    (
        "forbidden-number",
        "content/hotlines.toml",
        "+18663472423 must never be listed",
    ),
];

#[test]
fn the_minimal_fixture_is_valid() {
    let pack = compile(&fixtures().join("minimal")).expect("no problems");
    assert_eq!(pack.catalog.topics[0].id, "demo");
    assert_eq!(pack.catalog.hotlines[0].phone, "+18443631423");
}

#[test]
fn each_kind_of_broken_input_is_reported_at_its_file_and_line() {
    for (kind, file, words) in CASES {
        let dir = broken_copy(kind);
        let broken_file = dir.path().join(file);
        let expected_line = line_of(&broken_file, "expect-error");
        let problems = compile(dir.path())
            .err()
            .unwrap_or_else(|| panic!("{kind}: compiled without error"));
        let rendered: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let expected_prefix = format!("{}:{expected_line}: ", broken_file.display());
        assert!(
            rendered
                .iter()
                .any(|line| line.starts_with(&expected_prefix) && line.contains(words)),
            "{kind}: expected `{expected_prefix}…{words}…`, got:\n{}",
            rendered.join("\n")
        );
        // Only the planted problem: nothing else in the fixture is wrong. A
        // message lost to a syntax error is also reported where it is used.
        if *kind != "fluent-syntax" {
            assert_eq!(rendered.len(), 1, "{kind}: {}", rendered.join("\n"));
        }
    }
}

#[test]
fn a_missing_reference_locale_is_reported() {
    let dir = minimal_copy();
    std::fs::remove_dir_all(dir.path().join("locales/en")).expect("remove en");
    let problems = compile(dir.path()).expect_err("no English");
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("reference locale `en` is missing"))
    );
}
