//! Invariants of the real, embedded content. These fail when an author
//! breaks a promise the app makes to the people using it.

use amparo_acceptance::{compile, content_dir, locales_dir, open, repo_root};
use amparo_compiler::FORBIDDEN_NUMBERS;
use amparo_core::model::{LegalReview, Operator, Pack};
use amparo_core::pack;

fn embedded() -> Pack {
    pack::decode(&amparo_content::default_pack()).expect("the embedded pack decodes")
}

#[test]
fn every_topic_has_at_least_one_phrase_to_say() {
    let amparo = open(&["en"]);
    for summary in amparo.topics() {
        let topic = amparo.topic(&summary.id).expect("listed topics exist");
        let phrases = topic.steps.iter().filter(|s| s.say.is_some()).count();
        assert!(phrases >= 1, "{} has no phrase to say", topic.id);
        let card = amparo.rights_card(&topic.id, "en").expect("card");
        let for_officers = topic
            .steps
            .iter()
            .filter(|s| s.say.is_some() && s.on_card)
            .count();
        assert_eq!(
            card.phrases.len(),
            for_officers,
            "{}: the card carries every phrase for an officer",
            topic.id
        );
    }
}

#[test]
fn every_step_carries_sources_and_a_checked_date() {
    let amparo = open(&["en"]);
    for summary in amparo.topics() {
        for step in &amparo.topic(&summary.id).expect("topic").steps {
            assert!(
                !step.sources.is_empty(),
                "{}/{} has no source",
                summary.id,
                step.id
            );
            for source in &step.sources {
                // A step's source is a page a person can open, or a court
                // opinion known by its citation.
                let opens = source
                    .url
                    .as_deref()
                    .is_some_and(|url| url.starts_with("https://") || url.starts_with("http://"));
                let cited = source.citation.as_deref().is_some_and(|c| !c.is_empty());
                assert!(opens || cited, "{}: {:?}", step.id, source);
            }
            assert_eq!(
                step.checked.len(),
                10,
                "{}/{}: checked `{}`",
                summary.id,
                step.id,
                step.checked
            );
        }
    }
}

#[test]
fn every_message_content_refers_to_exists_in_english() {
    // The compiler refuses a missing id, so the real content compiling is the
    // proof; and no text on screen may fall back to showing a bare id.
    let fresh = compile(&repo_root()).expect("content/ and locales/ compile");
    let amparo = open(&["en"]);
    for topic in &fresh.catalog.topics {
        let shown = amparo.topic(&topic.id).expect("topic");
        assert_ne!(shown.title, topic.title);
        for (step, record) in shown.steps.iter().zip(&topic.steps) {
            assert_ne!(step.action, record.action, "{}/{}", topic.id, step.id);
            assert_ne!(step.why, record.why, "{}/{}", topic.id, step.id);
        }
    }
}

#[test]
fn spanish_covers_every_message() {
    let locales = open(&["es"]).locales();
    let spanish = locales
        .iter()
        .find(|l| l.tag == "es")
        .expect("es is offered");
    assert!(
        (spanish.coverage - 1.0).abs() < f64::EPSILON,
        "es coverage {}",
        spanish.coverage
    );
    assert!(
        !spanish.human_reviewed,
        "no Spanish speaker has reviewed it yet"
    );
}

#[test]
fn all_legal_text_is_marked_unreviewed() {
    let pack = embedded();
    assert!(
        pack.catalog
            .topics
            .iter()
            .all(|t| t.review == LegalReview::Unreviewed)
    );
    assert!(
        pack.catalog
            .laws
            .iter()
            .all(|l| l.review == LegalReview::Unreviewed)
    );
    let info = open(&["en"]).content_info(None);
    assert_eq!(info.legal_review.lawyer_reviewed, 0);
    // Every topic and law, each state's policy baseline and every local policy.
    assert!(
        pack.catalog
            .policy
            .local
            .iter()
            .all(|p| p.review == LegalReview::Unreviewed)
    );
    let expected = pack.catalog.topics.len()
        + pack.catalog.laws.len()
        + pack.catalog.policy.baselines.len()
        + pack.catalog.policy.local.len();
    assert_eq!(info.legal_review.unreviewed as usize, expected);
}

#[test]
fn hotline_numbers_are_e164_and_never_the_dhs_tip_line() {
    let pack = embedded();
    let phones: Vec<&str> = pack
        .catalog
        .hotlines
        .iter()
        .map(|h| h.phone.e164.as_str())
        .chain(
            pack.catalog
                .organizations
                .iter()
                .filter_map(|o| o.phone.as_ref().map(|p| p.e164.as_str())),
        )
        .collect();
    assert!(
        phones.contains(&"+18886244752"),
        "the LA rapid response line"
    );
    for phone in phones {
        assert!(phone.starts_with("+1") && phone.len() == 12, "{phone}");
        assert!(
            FORBIDDEN_NUMBERS
                .iter()
                .all(|(forbidden, _)| *forbidden != phone)
        );
    }
}

#[test]
fn government_lines_are_labelled_as_government() {
    let pack = embedded();
    for id in ["ice-detention-line", "eoir-case-info"] {
        let line = pack.catalog.hotlines.iter().find(|h| h.id == id).expect(id);
        assert_eq!(line.operator, Operator::Government, "{id}");
    }
}

#[test]
fn no_message_carries_a_phone_number() {
    // Numbers are data with a source; text that embeds one escapes every check.
    let pack = embedded();
    for locale in &pack.locales {
        let source = locale.source(&pack.message_ids).expect("unpacks");
        for line in source.lines() {
            // Only the text: ids such as `law-ct-hb8004-2025-name` hold digits.
            let text = line.split_once(" = ").map_or(line, |(_, text)| text);
            assert!(
                !amparo_compiler::l10n::looks_like_phone_number(text),
                "{}: a number inside text: {line}",
                locale.tag
            );
        }
    }
}

/// Seven or more digits in one run of digits and phone punctuation, unless
/// every group of digits in the run has four (years and bill numbers, as in
/// "SB 1718 (2023)"): a North American number always has a group of three
/// or a run of seven or more.

#[test]
fn the_phone_number_detector_detects() {
    assert!(amparo_compiler::l10n::looks_like_phone_number(
        "call (888) 624-4752 now"
    ));
    assert!(amparo_compiler::l10n::looks_like_phone_number(
        "1-866-347-2423"
    ));
    assert!(amparo_compiler::l10n::looks_like_phone_number("624-4752"));
    assert!(amparo_compiler::l10n::looks_like_phone_number("8666347242"));
    assert!(!amparo_compiler::l10n::looks_like_phone_number(
        "Form I-200 or Form I-205, in September 2025"
    ));
    assert!(!amparo_compiler::l10n::looks_like_phone_number(
        "Florida SB 1718 (2023)"
    ));
}

#[test]
fn the_embedded_pack_is_the_current_content() {
    let fresh =
        amparo_compiler::compile(&content_dir(), &locales_dir(), "2026-11-21").expect("compiles");
    let embedded = embedded();
    assert_eq!(embedded.catalog, fresh.catalog);
    assert_eq!(embedded.locales, fresh.locales);
}
