//! Locale negotiation, message-by-message fallback, rights cards across
//! languages, and typed errors for bad locales and damaged packs.

use amparo_acceptance::{open, open_minimal, strip_bidi};
use amparo_core::{Amparo, AmparoError};

#[test]
fn mexican_spanish_reaches_spanish_then_english() {
    assert_eq!(open(&["es-MX"]).locale_chain(), ["es", "en"]);
    assert_eq!(open(&["es_MX"]).locale_chain(), ["es", "en"]);
}

#[test]
fn a_well_formed_but_unavailable_locale_falls_back_to_english() {
    assert_eq!(open(&["de"]).locale_chain(), ["en"]);
    assert_eq!(open(&["sw"]).locale_chain(), ["en"]);
    assert_eq!(open(&["de", "es"]).locale_chain(), ["es", "en"]);
    assert_eq!(open(&[]).locale_chain(), ["en"]);
}

#[test]
fn a_user_who_prefers_english_gets_english() {
    assert_eq!(open(&["en-US", "es"]).locale_chain(), ["en"]);
    assert_eq!(open(&["es", "en-GB"]).locale_chain(), ["es", "en"]);
}

#[test]
fn traditional_chinese_regions_reach_zh_hant() {
    // The fixture has a deliberately partial zh-Hant.
    assert_eq!(open_minimal(&["zh-TW"]).locale_chain(), ["zh-Hant", "en"]);
    assert_eq!(open_minimal(&["zh-HK"]).locale_chain(), ["zh-Hant", "en"]);
    assert_eq!(open_minimal(&["zh-Hant"]).locale_chain(), ["zh-Hant", "en"]);
}

#[test]
fn missing_translations_fall_back_message_by_message() {
    let topic = open_minimal(&["zh-TW"]).topic("demo").expect("demo topic");
    assert_eq!(topic.title, "示範情況");
    assert_eq!(topic.summary, "A situation for tests.");
    let zh = open_minimal(&["zh-TW"]).locales();
    let zh = zh.iter().find(|l| l.tag == "zh-Hant").expect("zh-Hant");
    assert!(
        zh.coverage > 0.0 && zh.coverage < 0.2,
        "partial coverage, got {}",
        zh.coverage
    );
    assert!(zh.in_chain);
}

#[test]
fn malformed_locale_tags_are_typed_errors() {
    for tag in ["!!", "", "e", "toolongtag1"] {
        let result = Amparo::open_embedded(amparo_content::default_pack(), &[tag]);
        assert!(
            matches!(&result, Err(AmparoError::InvalidLocale)),
            "`{tag}` gave {:?}",
            result.err()
        );
    }
}

#[test]
fn a_failed_locale_switch_changes_nothing() {
    let mut amparo = open(&["es"]);
    let err = amparo.set_locales(&["!!"]).expect_err("invalid tag");
    assert_eq!(err, AmparoError::InvalidLocale);
    assert_eq!(amparo.locale_chain(), ["es", "en"]);
    amparo.set_locales(&["en"]).expect("valid");
    assert_eq!(amparo.locale_chain(), ["en"]);
}

#[test]
fn the_rights_card_pairs_spanish_with_english() {
    let card = open(&["es-MX"]).rights_card("at-home", "en").expect("card");
    assert_eq!(card.user_locale, "es");
    assert_eq!(card.officer_locale, "en");
    assert_eq!(card.title.user, "Agentes en su puerta");
    assert_eq!(card.title.officer, "Agents at your door");
    let silent = card
        .phrases
        .iter()
        .find(|line| {
            line.officer
                .starts_with("I am using my right to remain silent")
        })
        .expect("the silence phrase is on the card");
    assert_eq!(
        silent.user,
        "Voy a ejercer mi derecho a guardar silencio. Quiero hablar con un abogado."
    );
}

#[test]
fn the_officer_side_can_be_any_offered_language() {
    let card = open(&["en"])
        .rights_card("traffic-stop", "es")
        .expect("card");
    assert_eq!(card.officer_locale, "es");
    assert_eq!(card.title.user, "Stopped in a car");
    assert_eq!(card.title.officer, "Si lo paran en el carro");
    let german = open(&["es"])
        .rights_card("traffic-stop", "de")
        .expect("falls back");
    assert_eq!(german.officer_locale, "en");
    assert_eq!(
        open(&["es"]).rights_card("traffic-stop", "!!"),
        Err(AmparoError::InvalidLocale)
    );
}

#[test]
fn unknown_topics_are_typed_errors() {
    let amparo = open(&["en"]);
    assert_eq!(amparo.topic("at-work-typo"), Err(AmparoError::UnknownTopic));
    assert!(matches!(
        amparo.rights_card("nope", "en"),
        Err(AmparoError::UnknownTopic)
    ));
}

#[test]
fn app_messages_take_arguments_and_unknown_ids_are_errors() {
    let amparo = open_minimal(&["es"]);
    let greeting = amparo
        .message("greeting", &[("name", "Ana")])
        .expect("greeting");
    assert_eq!(strip_bidi(&greeting), "Hola, Ana.");
    assert_eq!(amparo.message("label-say", &[]).as_deref(), Ok("Diga"));
    assert_eq!(
        amparo.message("no-such-label", &[]),
        Err(AmparoError::UnknownMessage)
    );
}

#[test]
fn damaged_packs_are_refused_with_typed_errors() {
    let good = amparo_content::default_pack().into_owned();
    assert_eq!(
        Amparo::open_embedded(&b""[..], &["en"]).err(),
        Some(AmparoError::NotAPack)
    );
    assert_eq!(
        Amparo::open_embedded(&b"PK\x03\x04zip"[..], &["en"]).err(),
        Some(AmparoError::NotAPack)
    );

    let mut newer = good.clone();
    newer[4] = 99;
    assert!(matches!(
        Amparo::open_embedded(newer.clone(), &["en"]).err(),
        Some(AmparoError::UnsupportedPackFormat {
            found: 99,
            supported: amparo_core::pack::FORMAT_VERSION
        })
    ));

    let truncated = &good[..good.len() / 2];
    assert!(matches!(
        Amparo::open_embedded(truncated.to_vec(), &["en"]).err(),
        Some(AmparoError::CorruptPack { .. })
    ));

    let mut trailing = good.clone();
    trailing.push(0);
    assert!(matches!(
        Amparo::open_embedded(trailing.clone(), &["en"]).err(),
        Some(AmparoError::CorruptPack { .. })
    ));
}

#[test]
fn one_instance_serves_many_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Amparo>();
    let amparo = open(&["es"]);
    std::thread::scope(|scope| {
        for _ in 0..8 {
            scope.spawn(|| {
                for _ in 0..20 {
                    let card = amparo.rights_card("at-home", "en").expect("card");
                    assert_eq!(card.title.user, "Agentes en su puerta");
                    assert_eq!(amparo.topics().len(), 15);
                }
            });
        }
    });
}
