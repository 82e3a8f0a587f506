//! The rights content of issue 5: every situation, the laws, the warrant
//! checker and search, in the four locales.

use amparo_acceptance::{open, strip_bidi};
use amparo_core::model::{LawStatus, LegalReview};
use amparo_core::{AmparoError, SearchKind};

const TOPICS: [&str; 15] = [
    "at-home",
    "warrant-check",
    "in-public",
    "traffic-stop",
    "at-work",
    "arrested",
    "in-jail",
    "ice-detention",
    "in-court",
    "school-hospital",
    "border-zone",
    "recording",
    "family-plan",
    "scams",
    "rumors",
];

const LAWS: [&str; 12] = [
    "sb54",
    "trust-act",
    "truth-act",
    "vision-act",
    "home-act",
    "ab60",
    "ab450",
    "ab49",
    "sb81",
    "sb98",
    "sb627",
    "sb805",
];

const LOCALES: [&str; 4] = ["en", "es", "zh-Hant", "vi"];

#[test]
fn every_situation_is_there_in_order_with_words_to_say_and_do_not_points() {
    let amparo = open(&["en"]);
    let ids: Vec<String> = amparo.topics().into_iter().map(|t| t.id).collect();
    assert_eq!(ids, TOPICS);
    for id in TOPICS {
        let topic = amparo.topic(id).expect(id);
        assert!(
            topic.steps.iter().any(|s| s.say.is_some()),
            "{id}: no phrase to say"
        );
        assert!(!topic.do_not.is_empty(), "{id}: no do-not point");
        assert_eq!(topic.review, LegalReview::Unreviewed, "{id}");
        for point in &topic.do_not {
            assert!(
                !point.sources.is_empty() && point.checked.len() == 10,
                "{id}/{}",
                point.id
            );
        }
    }
}

#[test]
fn every_law_has_a_citation_a_status_and_sources() {
    let amparo = open(&["en"]);
    let ids: Vec<String> = amparo.laws().into_iter().map(|l| l.id).collect();
    for id in LAWS {
        assert!(ids.iter().any(|i| i == id), "missing law {id}");
        let law = amparo.law(id).expect(id);
        assert!(!law.citation.is_empty(), "{id}");
        assert!(!law.sources.is_empty() && law.checked.len() == 10, "{id}");
        assert!(!law.summary.is_empty() && !law.does_not.is_empty(), "{id}");
        assert_eq!(law.review, LegalReview::Unreviewed, "{id}");
    }
    let vision = amparo.law("vision-act").expect("VISION Act");
    assert_eq!(vision.status, LawStatus::DidNotPass);
    assert_eq!(vision.status_label, "did not pass");
    assert_eq!(
        amparo.law("home-act").expect("HOME Act").status,
        LawStatus::Vetoed
    );
    for id in ["sb627", "sb805"] {
        let law = amparo.law(id).expect(id);
        assert_eq!(law.status, LawStatus::InCourt, "{id}");
        assert!(
            law.summary.to_lowercase().contains("court"),
            "{id} must say it is in court: {}",
            law.summary
        );
    }
    assert_eq!(
        amparo.law("sb1070"),
        Err(AmparoError::UnknownLaw {
            id: "sb1070".into()
        })
    );
}

#[test]
fn the_four_locales_cover_every_message() {
    let locales = open(&["en"]).locales();
    for tag in LOCALES {
        let locale = locales
            .iter()
            .find(|l| l.tag == tag)
            .unwrap_or_else(|| panic!("{tag} missing"));
        assert!(
            (locale.coverage - 1.0).abs() < f64::EPSILON,
            "{tag}: coverage {}",
            locale.coverage
        );
        assert!(
            !locale.human_reviewed,
            "{tag}: no person has reviewed it yet"
        );
    }
}

#[test]
fn regional_tags_reach_the_four_locales() {
    for (asked, chain) in [
        ("zh-TW", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("vi-VN", "vi"),
        ("es-US", "es"),
    ] {
        assert_eq!(open(&[asked]).locale_chain(), [chain, "en"], "{asked}");
    }
}

#[test]
fn cards_work_for_every_pair_of_locales() {
    for user in LOCALES {
        for officer in LOCALES {
            let card = open(&[user]).rights_card("at-home", officer).expect("card");
            assert_eq!(
                (card.user_locale.as_str(), card.officer_locale.as_str()),
                (user, officer)
            );
            assert!(!card.phrases.is_empty());
        }
    }
    let zh = open(&["zh-TW"]).rights_card("at-home", "en").expect("card");
    assert_ne!(
        zh.title.user, zh.title.officer,
        "the Chinese side is translated"
    );
    assert_eq!(zh.title.officer, "Agents at your door");
}

#[test]
fn the_truth_act_steps_are_in_vietnamese() {
    let topic = open(&["vi"]).topic("in-jail").expect("in-jail");
    let english = open(&["en"]).topic("in-jail").expect("in-jail");
    assert_eq!(topic.steps.len(), english.steps.len());
    for (vi, en) in topic.steps.iter().zip(&english.steps) {
        assert_ne!(vi.action, en.action, "step {} is not translated", vi.id);
    }
}

#[test]
fn an_administrative_warrant_at_home_means_do_not_open_the_door() {
    let amparo = open(&["en"]);
    let mut step = amparo.warrant_check_start().expect("start");
    // Yes to every question until the form question, which is the I-205 case.
    let mut asked = 0;
    while let Some(question) = step.question.clone() {
        let is_form_question = question.contains("I-205");
        step = amparo
            .warrant_check_answer(&step.state, true)
            .expect("answer");
        asked += 1;
        if is_form_question {
            break;
        }
        assert!(asked < 10, "the I-205 question never came");
    }
    let outcome = step
        .outcome
        .expect("an outcome right after the I-205 question");
    let text = outcome.text.to_lowercase();
    assert!(text.contains("do not open the door"), "{}", outcome.text);
    assert!(!outcome.sources.is_empty());
}

#[test]
fn no_warrant_outcome_ever_says_you_must_open_the_door() {
    let amparo = open(&["en"]);
    // Walk every path of the tree.
    let mut pending = vec![amparo.warrant_check_start().expect("start")];
    let mut outcomes = 0;
    while let Some(step) = pending.pop() {
        match &step.outcome {
            Some(outcome) => {
                outcomes += 1;
                let text = outcome.text.to_lowercase();
                assert!(
                    !text.contains("must open") && !text.contains("you have to open"),
                    "{}",
                    outcome.text
                );
            }
            None => {
                for answer in [true, false] {
                    pending.push(
                        amparo
                            .warrant_check_answer(&step.state, answer)
                            .expect("answer"),
                    );
                }
            }
        }
    }
    assert!(outcomes >= 4, "{outcomes}");
    assert_eq!(
        amparo.warrant_check_answer("o-made-up", true),
        Err(AmparoError::UnknownWarrantState {
            state: "o-made-up".into()
        })
    );
}

#[test]
fn search_ignores_case_and_accents_and_ranks_titles_first() {
    let es = open(&["es"]);
    let hits = es.search("policia", 10);
    assert!(
        hits.iter()
            .any(|h| strip_bidi(&h.snippet).contains("policía")),
        "{hits:?}"
    );
    let hits = open(&["en"]).search("warrant", 10);
    assert!(!hits.is_empty());
    assert_eq!(
        hits[0].kind,
        SearchKind::Topic,
        "a title first: {:?}",
        hits[0]
    );
    assert!(open(&["en"]).search("zzzqqq", 10).is_empty());
}

#[test]
fn search_works_for_chinese_and_vietnamese_with_or_without_tone_marks() {
    let vi = open(&["vi"]);
    let title = vi.topic("at-home").expect("topic").title;
    let with_marks = vi.search(&title, 5);
    assert!(
        with_marks
            .iter()
            .any(|h| h.topic_id.as_deref() == Some("at-home")),
        "{title}"
    );
    let plain: String = {
        use unicode_normalization::UnicodeNormalization;
        title
            .nfd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .collect::<String>()
            .replace(['đ', 'Đ'], "d")
    };
    let without_marks = vi.search(&plain, 5);
    assert!(
        without_marks
            .iter()
            .any(|h| h.topic_id.as_deref() == Some("at-home")),
        "{plain}"
    );

    let zh = open(&["zh-TW"]);
    let title = zh.topic("in-jail").expect("topic").title;
    let part: String = title.chars().take(2).collect();
    assert!(
        zh.search(&part, 5)
            .iter()
            .any(|h| h.topic_id.as_deref() == Some("in-jail")),
        "{part}"
    );
}

#[test]
fn words_for_a_scam_caller_stay_off_the_officer_card() {
    let amparo = open(&["en"]);
    let topic = amparo.topic("scams").expect("scams");
    let for_caller = topic
        .steps
        .iter()
        .find(|s| !s.on_card)
        .expect("a step not for officers");
    let said = for_caller.say.clone().expect("it has words to say");
    let card = amparo.rights_card("scams", "en").expect("card");
    assert!(card.phrases.iter().all(|p| p.officer != said), "{said}");
}
