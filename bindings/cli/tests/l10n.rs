//! `amparo l10n`: status and lint on `locales/`, and one broken fixture per
//! lint rule, each reported at its file and line with exit code 1.

mod common;

use std::path::Path;
use std::process::Command;

use common::amparo;

use amparo_acceptance::{copy_tree, fixtures, repo_root};

fn lint(dir: &Path) -> (Option<i32>, String) {
    let out = amparo(&["l10n", "lint", "--locales", &dir.display().to_string()]);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn good_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy_tree(&fixtures().join("l10n/good"), dir.path());
    dir
}

fn rewrite(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("reads");
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("writes");
}

#[test]
fn the_good_fixture_passes_every_rule() {
    let dir = good_copy();
    assert_eq!(
        lint(dir.path()),
        (Some(0), "0 problem(s) in 2 locale(s)\n".to_owned())
    );
}

#[test]
fn each_rule_is_reported_at_its_file_and_line() {
    type Break = fn(&Path);
    let cases: [(&str, Break, &str); 10] = [
        (
            "syntax",
            |d| {
                rewrite(
                    &d.join("es/app.ftl"),
                    "door-count =",
                    "door-count = {\nbroken =",
                )
            },
            "es/app.ftl:6: syntax",
        ),
        (
            "missing",
            |d| {
                rewrite(
                    &d.join("es/app.ftl"),
                    "door-count = Informes que no se muestran: { $count }.\n",
                    "",
                )
            },
            "en/app.ftl:7: missing",
        ),
        (
            "obsolete",
            |d| {
                rewrite(
                    &d.join("es/app.ftl"),
                    "door-count =",
                    "old-message = Viejo.\ndoor-count =",
                )
            },
            "es/app.ftl:5: obsolete",
        ),
        (
            "variables",
            |d| rewrite(&d.join("es/app.ftl"), "{ $count }", "{ $total }"),
            "es/app.ftl:5: variables",
        ),
        (
            "digits",
            |d| {
                rewrite(
                    &d.join("es/app.ftl"),
                    "para entrar",
                    "para entrar (llame al 555 123 4567)",
                )
            },
            "es/app.ftl:3: digits-in-text",
        ),
        (
            "glossary",
            |d| {
                rewrite(
                    &d.join("es/app.ftl"),
                    "una orden firmada por un juez",
                    "un papel de un juez",
                )
            },
            "es/app.ftl:3: glossary",
        ),
        (
            "locale file",
            |d| rewrite(&d.join("es/locale.toml"), "speech_locale = \"es-US\"\n", ""),
            "es/locale.toml:1: locale-file",
        ),
        (
            "glossary file",
            |d| {
                rewrite(
                    &d.join("es/glossary.toml"),
                    "note = \"Plain and firm.\"\n",
                    "",
                )
            },
            "es/glossary.toml:11: locale-file",
        ),
        (
            "not back-translated",
            |d| {
                rewrite(
                    &d.join("es/back-translation.toml"),
                    "[checks.door-say]",
                    "[checks.door-say-old]",
                )
            },
            "es/app.ftl:2: not-back-translated",
        ),
        (
            "stale back-translation",
            |d| {
                rewrite(
                    &d.join("en/app.ftl"),
                    "I do not consent to a search.",
                    "I do not consent to any search.",
                )
            },
            "es/back-translation.toml:9: stale-back-translation",
        ),
    ];
    for (rule, break_it, expected) in cases {
        let dir = good_copy();
        break_it(dir.path());
        let (code, out) = lint(dir.path());
        assert_eq!(code, Some(1), "{rule}: {out}");
        let root = dir.path().display().to_string();
        assert!(
            out.lines()
                .any(|line| line.starts_with(&format!("{root}/{expected}"))),
            "{rule}: expected `{expected}` in:\n{out}"
        );
    }
}

#[test]
fn status_of_the_real_locales_is_complete_with_nothing_stale() {
    let locales = repo_root().join("locales");
    let out = amparo(&[
        "l10n",
        "status",
        "--json",
        "--locales",
        &locales.display().to_string(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let locales = value["l10n"].as_array().expect("a list");
    assert_eq!(locales.len(), 23, "every locale, English the reference");
    for locale in locales {
        let tag = locale["tag"].as_str().unwrap_or_default();
        assert_eq!(locale["percent"], 100, "{tag}");
        for zero in [
            "missing",
            "obsolete",
            "variable_mismatches",
            "glossary_violations",
            "not_back_translated",
            "stale_back_translations",
            "problems",
        ] {
            assert_eq!(locale[zero], 0, "{tag}: {zero}");
        }
        assert_eq!(
            locale["back_translated"], locale["safety_critical"],
            "{tag}"
        );
    }
}

#[test]
fn the_real_locales_pass_the_lint() {
    let (code, out) = lint(&repo_root().join("locales"));
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn pseudo_locales_are_generated_outside_locales_and_refused_inside() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let locales = repo_root().join("locales");
    let out = amparo(&[
        "l10n",
        "pseudo",
        "--locales",
        &locales.display().to_string(),
        "--out",
        &dir.path().display().to_string(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let accented = std::fs::read_to_string(dir.path().join("en-XA/pseudo.ftl")).expect("en-XA");
    let mirrored = std::fs::read_to_string(dir.path().join("ar-XB/pseudo.ftl")).expect("ar-XB");
    assert!(
        accented.contains("card-heading = Î åm"),
        "{}",
        &accented[..200]
    );
    assert!(mirrored.contains('\u{202E}'));
    assert!(accented.contains("{ $county }"), "placeables kept");

    // Inside a locales folder the compiler refuses them: never shipped.
    let work = tempfile::tempdir().expect("a temporary folder");
    copy_tree(&fixtures().join("minimal"), work.path());
    copy_tree(
        &dir.path().join("en-XA"),
        &work.path().join("locales/en-XA"),
    );
    let out = amparo(&[
        "check",
        &work.path().join("content").display().to_string(),
        &work.path().join("locales").display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("pseudo-locale"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_back_translation_is_recorded_from_the_blind_sheet_and_then_passes() {
    let dir = good_copy();
    let locales = dir.path().display().to_string();
    std::fs::remove_file(dir.path().join("es/back-translation.toml")).expect("removes");
    let sheet = amparo(&[
        "l10n",
        "back-translation-sheet",
        "es",
        "--locales",
        &locales,
    ]);
    let sheet = String::from_utf8_lossy(&sheet.stdout).into_owned();
    // The sheet shows the Spanish, never the English.
    assert!(
        sheet.contains("[door-say]\nNo doy permiso para un registro."),
        "{sheet}"
    );
    assert!(!sheet.contains("I do not consent"), "{sheet}");
    assert_eq!(lint(dir.path()).0, Some(1));

    let answers = dir.path().join("answers.toml");
    let mut text = String::from(
        "[checks.card-heading]\nback = \"I am exercising my rights. Please read this card.\"\nresult = \"same\"\n",
    );
    std::fs::write(&answers, &text).expect("writes");
    let incomplete = amparo(&[
        "l10n",
        "record-back-translation",
        "es",
        "--locales",
        &locales,
        "--answers",
        &answers.display().to_string(),
        "--made-by",
        "a test",
        "--date",
        "2026-12-01",
    ]);
    assert_eq!(incomplete.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&incomplete.stderr).contains("door-say"));

    text.push_str(
        "[checks.door-say]\nback = \"I do not give permission for a search.\"\nresult = \"same\"\n",
    );
    std::fs::write(&answers, &text).expect("writes");
    let recorded = amparo(&[
        "l10n",
        "record-back-translation",
        "es",
        "--locales",
        &locales,
        "--answers",
        &answers.display().to_string(),
        "--made-by",
        "a test",
        "--date",
        "2026-12-01",
    ]);
    assert!(
        recorded.status.success(),
        "{}",
        String::from_utf8_lossy(&recorded.stderr)
    );
    std::fs::remove_file(&answers).expect("removes");
    assert_eq!(
        lint(dir.path()),
        (Some(0), "0 problem(s) in 2 locale(s)\n".to_owned())
    );
}

#[test]
fn an_arabic_card_reports_rtl_and_keeps_english_for_the_officer() {
    let out = amparo(&["card", "at-home", "--lang", "ar", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let card: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(card["locale_chain"], serde_json::json!(["ar", "en"]));
    assert_eq!(card["text_direction"], "rtl");
    assert_eq!(card["card"]["user_direction"], "rtl");
    assert_eq!(card["card"]["title"]["officer"], "Agents at your door");
    let user = card["card"]["title"]["user"].as_str().unwrap_or_default();
    assert!(
        user.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "Arabic: {user}"
    );
}

#[test]
fn a_filipino_phone_gets_filipino_then_english() {
    let out = amparo(&["card", "at-home", "--lang", "fil-PH", "--json"]);
    let card: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(card["locale_chain"], serde_json::json!(["fil", "en"]));
    // LANGUAGE, a colon-separated list, comes before LANG.
    let out = Command::new(env!("CARGO_BIN_EXE_amparo"))
        .args(["topics", "--json"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANGUAGE", "tl:es")
        .env("LANG", "ko_KR.UTF-8")
        .output()
        .expect("runs");
    let topics: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        topics["locale_chain"],
        serde_json::json!(["fil", "es", "en"])
    );
}
