//! `amparo export`: the printed cards and booklet, checked as files and, in
//! a real browser, as printed pages. Headless Chromium prints each page to
//! PDF; `pdftotext` must give back the text in each script (a missing font
//! shows as boxes on paper and as lost text here). CI installs chromium,
//! poppler-utils and Debian's Noto fonts and sets AMPARO_REQUIRE_CHROMIUM=1,
//! so there the browser test cannot be skipped.

mod common;

use std::path::Path;
use std::process::Command;

use amparo_acceptance::open;
use common::amparo;

fn has(tool: &str, arg: &str) -> bool {
    Command::new(tool)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

fn browser_available() -> bool {
    let ready = has("chromium", "--version") && has("pdftotext", "-v") && has("pdfinfo", "-v");
    if !ready {
        assert!(
            std::env::var_os("AMPARO_REQUIRE_CHROMIUM").is_none(),
            "AMPARO_REQUIRE_CHROMIUM is set but chromium or poppler-utils is missing"
        );
        eprintln!("skipped: chromium and poppler-utils are not installed");
    }
    ready
}

/// Text without white space or invisible format marks (bidi controls),
/// which PDF text extraction adds or moves.
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(*c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2066..=0x2069 | 0xFEFF)
        })
        .collect()
}

fn export(lang: &str, dir: &Path, extra: &[&str]) {
    let out = dir.to_str().expect("utf-8");
    let mut args = vec![
        "export",
        "--lang",
        lang,
        "--officer-lang",
        "en",
        "--out",
        out,
    ];
    args.extend_from_slice(extra);
    let result = amparo(&args);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
}

fn pages(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_export_is_self_contained_labelled_and_complete() {
    let dir = tempfile::tempdir().expect("a folder");
    export("ar", dir.path(), &["--zip", "94103"]);
    let amparo = open(&["ar"]);
    let topics = amparo.topics();
    for name in [
        "cards.html",
        "booklet.html",
        "quiz.html",
        "plan.html",
        "place.html",
    ] {
        let html = std::fs::read_to_string(dir.path().join(name)).expect(name);
        assert_eq!(
            amparo_export::external_references(&html),
            Vec::<String>::new(),
            "{name}"
        );
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{name}");
        let info = amparo.content_info(None);
        assert!(
            html.contains(&info.content_version.to_string()),
            "{name}: no version"
        );
        let unreviewed = amparo
            .message("legal-review-unreviewed", &[])
            .expect("message");
        assert!(
            html.contains(&amparo_export::escape(&unreviewed)),
            "{name}: no notice"
        );
    }
    let cards = std::fs::read_to_string(dir.path().join("cards.html")).expect("cards");
    assert_eq!(
        cards
            .matches("class=\"card\" lang=\"ar\" dir=\"rtl\"")
            .count(),
        topics.len()
    );
    assert_eq!(
        cards
            .matches("class=\"card officer\" lang=\"en\" dir=\"ltr\"")
            .count(),
        topics.len()
    );
    let css = std::fs::read_to_string(dir.path().join("style.css")).expect("css");
    assert!(css.contains("@page { size: letter;"));
    assert!(css.contains("sans-serif"));
    let place = std::fs::read_to_string(dir.path().join("place.html")).expect("place");
    assert!(
        place.contains("(415) 200-1548"),
        "San Francisco's rapid-response line"
    );
    // The plan form prints the county's rapid response line where it asks
    // for it, a field for every part of the plan, and every emergency
    // message with its blanks.
    let plan = std::fs::read_to_string(dir.path().join("plan.html")).expect("plan");
    assert!(plan.contains("(415) 200-1548"), "the line on the plan");
    assert_eq!(
        plan.matches("class=\"field\"").count(),
        amparo.family_plan().fields.len()
    );
    assert_eq!(
        plan.matches("class=\"message\"").count(),
        amparo.emergency_templates().len()
    );
    // The quiz handout: every question, and an answer for each.
    let quiz = std::fs::read_to_string(dir.path().join("quiz.html")).expect("quiz");
    let questions: usize = topics
        .iter()
        .map(|t| amparo.quiz(&t.id).expect("quiz").questions.len())
        .sum();
    assert_eq!(quiz.matches("<p class=\"question\">").count(), questions);
    assert!(quiz.matches("<span class=\"box\">").count() > 2 * questions);
    let first = amparo.quiz("at-home").expect("quiz");
    let check = amparo
        .check_answer(&first.questions[0].id, "a")
        .expect("check");
    assert!(quiz.contains(&amparo_export::escape(&check.explanation)));
}

#[test]
fn printed_in_chromium_every_script_comes_back_from_the_pdf() {
    if !browser_available() {
        return;
    }
    for lang in ["en", "es", "zh-Hant", "ar", "km"] {
        let dir = tempfile::tempdir().expect("a folder");
        export(
            lang,
            dir.path(),
            &["--zip", "94103", "--pdf", "--paper", "a4"],
        );
        let amparo = open(&[lang]);
        let topics = amparo.topics();
        let sheets = topics.len().div_ceil(8);
        assert_eq!(
            pages(&dir.path().join("cards.pdf")),
            2 * sheets,
            "{lang}: front and back"
        );
        assert!(
            pages(&dir.path().join("booklet.pdf")) > topics.len(),
            "{lang}: a page per topic"
        );
        assert_eq!(
            pages(&dir.path().join("place.pdf")),
            1,
            "{lang}: one page for the place"
        );
        let cards = squeeze(&pdf_text(&dir.path().join("cards.pdf")));
        for topic in &topics {
            let card = amparo.rights_card(&topic.id, "en").expect("a card");
            assert!(
                cards.contains(&squeeze(&card.title.user)),
                "{lang}: {} lost",
                card.title.user
            );
            assert!(
                cards.contains(&squeeze(&card.title.officer)),
                "{lang}: {}",
                card.title.officer
            );
        }
        let booklet = squeeze(&pdf_text(&dir.path().join("booklet.pdf")));
        // Headings are single lines; wrapped right-to-left paragraphs come
        // back from pdftotext with their lines reordered, so whole titles
        // are what is compared.
        for topic in &topics {
            assert!(
                booklet.contains(&squeeze(&topic.title)),
                "{lang}: {} lost",
                topic.title
            );
        }
        let place = squeeze(&pdf_text(&dir.path().join("place.pdf")));
        assert!(
            place.contains("(415)200-1548"),
            "{lang}: the San Francisco line"
        );
        let plan = squeeze(&pdf_text(&dir.path().join("plan.pdf")));
        assert!(
            plan.contains("(415)200-1548"),
            "{lang}: the line on the plan"
        );
        assert!(
            plan.contains(&squeeze(&amparo.family_plan().title)),
            "{lang}: the plan's title"
        );
        let quiz = squeeze(&pdf_text(&dir.path().join("quiz.pdf")));
        // A title mixing scripts ("محتجز لدى ICE") comes back with its runs
        // reordered, so each word of each title is looked for.
        for topic in &topics {
            for word in topic.title.split_whitespace() {
                assert!(
                    quiz.contains(&squeeze(word)),
                    "{lang}: {word} of {} lost from the quiz",
                    topic.title
                );
            }
        }
        assert!(
            pages(&dir.path().join("quiz.pdf")) >= 2,
            "{lang}: questions, then answers"
        );
    }
}
