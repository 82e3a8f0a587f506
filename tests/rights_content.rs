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
        assert!(
            !law.summary.is_empty() && law.does_not.as_deref().is_some_and(|d| !d.is_empty()),
            "{id}"
        );
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
    assert_eq!(amparo.law("sb1070"), Err(AmparoError::UnknownLaw));
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
fn people_who_have_papers_are_told_to_carry_them_at_the_border_and_in_a_car() {
    for (topic, step) in [("border-zone", "papers"), ("traffic-stop", "papers")] {
        for locale in LOCALES {
            let shown = open(&[locale]).topic(topic).expect(topic);
            assert!(
                shown.steps.iter().any(|s| s.id == step),
                "{locale}: {topic} has no papers step"
            );
        }
        let page = open(&["en"]).topic(topic).expect(topic);
        let papers = page.steps.iter().find(|s| s.id == step).expect("papers");
        let text = format!("{} {}", papers.action, papers.why);
        for words in [
            "you have valid immigration papers",
            "carry them",
            "If you do not have papers, you can stay silent",
            "never show false papers",
        ] {
            assert!(text.contains(words), "{topic}: missing `{words}`: {text}");
        }
        assert!(papers.sources.iter().any(|s| s.id == "vonglaw-carry"));
    }
}

#[test]
fn points_that_rest_only_on_weak_sources_say_to_check_with_a_lawyer() {
    let amparo = open(&["en"]);
    let mut flagged = 0;
    for summary in amparo.topics() {
        let topic = amparo.topic(&summary.id).expect("topic");
        let points = topic
            .steps
            .iter()
            .map(|s| (&s.sources, &s.caveat))
            .chain(topic.do_not.iter().map(|d| (&d.sources, &d.caveat)));
        for (sources, caveat) in points {
            let all_weak = sources
                .iter()
                .all(|s| s.tier == amparo_core::model::SourceTier::Weak);
            assert_eq!(caveat.is_some(), all_weak, "{}: {sources:?}", topic.id);
            if let Some(caveat) = caveat {
                assert!(caveat.contains("Check it with a lawyer"), "{caveat}");
                flagged += 1;
            }
        }
    }
    assert!(flagged > 0);
}

#[test]
fn the_december_review_fixes_hold() {
    let amparo = open(&["en"]);
    // U4.3: nothing suggests a warrant obliges anyone to delete or unlock.
    let recording = amparo.topic("recording").expect("recording");
    let delete = recording
        .do_not
        .iter()
        .find(|d| d.id == "delete-footage")
        .expect("delete-footage");
    assert!(!delete.text.contains("warrant"), "{}", delete.text);
    // U4.7: since SB 54 no ICE hold past release at all.
    for law in ["trust-act", "sb54"] {
        let summary = amparo.law(law).expect(law).summary;
        assert!(
            !summary.contains("unless you fall in certain groups"),
            "{summary}"
        );
        assert!(summary.contains("may not keep"), "{law}: {summary}");
    }
    // U1, U4.8: no topic tells people an ICE form never lets agents in.
    for summary in amparo.topics() {
        let topic = amparo.topic(&summary.id).expect("topic");
        for step in &topic.steps {
            for text in [&step.action, &step.why] {
                assert!(
                    !text.contains("does not let agents into your home without your permission")
                        || text.contains("Advocates say"),
                    "{}/{}: {text}",
                    topic.id,
                    step.id
                );
            }
        }
    }
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
    let title = vi.topic("at-home").expect("topic").title.clone();
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
    let title = zh.topic("in-jail").expect("topic").title.clone();
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
