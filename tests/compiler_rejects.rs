//! The compiler rejects each kind of broken input with `file:line: what`.
//! Each case lays one broken file over the minimal fixture; the line that
//! must be reported is marked `expect-error` in that file.

use amparo_acceptance::{broken_copy, compile, fixtures, line_of, minimal_copy};

/// (fixture, the broken file inside it, words the message must contain)
const CASES: &[(&str, &str, &str)] = &[
    (
        "message-reference",
        "locales/en/extra.ftl",
        "message `greeting-again` refers to `greeting`: the app formats each message alone",
    ),
    (
        "quiz-too-few",
        "content/quiz/demo.toml",
        "topic `demo` has 2 quiz questions that can be asked in every state; every situation needs at least 3",
    ),
    (
        "quiz-source-not-in-step",
        "content/quiz/demo.toml",
        "cites `themonitor-uwd-2019`, which `stay-silent` does not",
    ),
    (
        "quiz-answer-not-a-choice",
        "content/quiz/demo.toml",
        "the answer `c` is not one of its choices",
    ),
    (
        "emergency-variables-differ",
        "locales/en/emergency.ftl",
        "message `emergency-detained-say` must use exactly $contact, $place",
    ),
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
    (
        "forbidden-number-in-text",
        "locales/en/demo.ftl",
        "+18663472423 must never be listed",
    ),
    (
        "forbidden-number-letters",
        "content/hotlines.toml",
        "+18663472423 must never be listed",
    ),
    (
        "warrant-unreachable",
        "content/warrant.toml",
        "warrant node `o-orphan` cannot be reached from `start`",
    ),
    (
        "warrant-loop",
        "content/warrant.toml",
        "the warrant checker loops at `q-who`",
    ),
    (
        "warrant-dangling",
        "content/warrant.toml",
        "unknown warrant node `o-missing`",
    ),
    (
        "warrant-no-advice",
        "content/warrant.toml",
        "outcome `o-silent` has no `advice`",
    ),
    (
        "conflict-one-sided",
        "content/hotlines.toml",
        "`eoir-case-info` does not name `uwd-migrawatch` back",
    ),
    (
        "hours-without-time-zone",
        "content/hotlines.toml",
        "has `hours` but no `time_zone`",
    ),
    (
        "step-scope-unknown-state",
        "content/topics/demo.toml",
        "unknown state `us-zz`",
    ),
    (
        "state-folder-mismatch",
        "content/states/ca/state.toml",
        "the folder `states/ca` holds state `us-ca`, not `us-ct`",
    ),
    (
        "policy-unknown-county",
        "content/states/ca/local-policies.toml",
        "`06999` is not a county of `us-ca`",
    ),
    (
        "confirmed-without-caller",
        "content/hotlines.toml",
        "a confirmation needs both `confirmed_on`",
    ),
];

#[test]
fn the_minimal_fixture_is_valid() {
    let pack = compile(&fixtures().join("minimal")).expect("no problems");
    assert_eq!(pack.catalog.topics[0].id, "demo");
    assert_eq!(pack.catalog.hotlines[0].phone.e164, "+18443631423");
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

#[test]
fn a_message_the_app_shows_by_name_is_required_in_english() {
    // `finder-outside` is shown by the finder itself, not referred to by any
    // content: only the registry (core/src/messages.rs) knows it is needed.
    let dir = broken_copy("missing-runtime-message");
    let problems = compile(dir.path()).expect_err("finder-outside is missing");
    let rendered: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(rendered.len(), 1, "{}", rendered.join("\n"));
    assert!(
        rendered[0].contains(
            "message `finder-outside`, which the app itself shows, is not defined in `en`"
        ),
        "{}",
        rendered[0]
    );
}

#[test]
fn every_registered_message_is_in_the_minimal_fixture_and_the_content() {
    let pack = compile(&fixtures().join("minimal")).expect("no problems");
    let en = pack.locales.iter().find(|l| l.tag == "en").expect("en");
    let english = en.source(&pack.message_ids).expect("unpacks");
    for id in amparo_core::messages::ALL {
        assert!(
            english.lines().any(|l| l.starts_with(&format!("{id} ="))),
            "{id}"
        );
    }
}
