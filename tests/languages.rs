//! The 23 locales: negotiation from what phones and shells send, right-to-left
//! text, plurals, speech text, and that no locale's text carries a phone
//! number or a web address.

use amparo_acceptance::{compile, minimal_copy, open};
use amparo_core::AmparoError;
use amparo_core::model::{TextDirection, TranslationOrigin};
use amparo_core::pack;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

const LOCALES: [&str; 23] = [
    "en", "es", "zh-Hant", "zh-Hans", "vi", "fil", "ko", "hy", "fa", "ar", "ru", "uk", "pa", "hi",
    "ja", "km", "hmn", "pt", "fr", "ht", "ps", "ti", "pl",
];
const RIGHT_TO_LEFT: [&str; 3] = ["ar", "fa", "ps"];

#[test]
fn every_locale_is_complete_and_says_how_it_was_made() {
    let locales = open(&["en"]).locales();
    let mut tags: Vec<&str> = locales.iter().map(|l| l.tag.as_str()).collect();
    tags.sort_unstable();
    let mut expected = LOCALES.to_vec();
    expected.sort_unstable();
    assert_eq!(tags, expected);
    for locale in &locales {
        assert!(
            (locale.coverage - 1.0).abs() < f64::EPSILON,
            "{} is at {}",
            locale.tag,
            locale.coverage
        );
        assert!(!locale.speech_locale.is_empty(), "{}", locale.tag);
        if locale.tag != "en" {
            // No person has reviewed any translation yet: the pack must say so.
            assert_eq!(
                locale.translation,
                TranslationOrigin::Machine,
                "{}",
                locale.tag
            );
            assert!(!locale.human_reviewed, "{}", locale.tag);
        }
        let rtl = RIGHT_TO_LEFT.contains(&locale.tag.as_str());
        let expected = if rtl {
            TextDirection::Rtl
        } else {
            TextDirection::Ltr
        };
        assert_eq!(locale.direction, expected, "{}", locale.tag);
    }
}

#[test]
fn what_phones_and_shells_send_reaches_the_right_locale() {
    let cases: &[(&[&str], &[&str])] = &[
        (&["zh-CN"], &["zh-Hans", "en"]),
        (&["zh-SG"], &["zh-Hans", "en"]),
        (&["zh"], &["zh-Hans", "en"]),
        (&["zh-TW"], &["zh-Hant", "en"]),
        (&["zh-HK"], &["zh-Hant", "en"]),
        (&["zh-MO"], &["zh-Hant", "en"]),
        (&["yue"], &["zh-Hant", "en"]),
        (&["yue-HK"], &["zh-Hant", "en"]),
        (&["pt-BR"], &["pt", "en"]),
        (&["pt-PT"], &["pt", "en"]),
        (&["tl"], &["fil", "en"]),
        (&["fil-PH"], &["fil", "en"]),
        (&["pa-Guru-IN"], &["pa", "en"]),
        (&["fa-AF"], &["fa", "en"]),
        (&["prs"], &["fa", "en"]),
        (&["ar-EG"], &["ar", "en"]),
        (&["ar-MA"], &["ar", "en"]),
        (&["ar-SA"], &["ar", "en"]),
        (&["en-US-u-mu-celsius"], &["en"]),
        (&["es-MX-u-fw-mon"], &["es", "en"]),
        (&["und", "ko-KR"], &["ko", "en"]),
        (&["hy-AM", "ru-RU"], &["hy", "ru", "en"]),
        (&["ps-AF-x-test", "fa"], &["ps", "fa", "en"]),
    ];
    for (requested, chain) in cases {
        let amparo = open(requested);
        assert_eq!(amparo.locale_chain(), *chain, "{requested:?}");
        assert!(amparo.skipped_locales().is_empty(), "{requested:?}");
        assert!(!amparo.fell_back_to_english(), "{requested:?}");
    }
}

#[test]
fn a_script_the_reader_did_not_ask_for_is_never_chosen() {
    // Shahmukhi Punjabi readers do not read Gurmukhi.
    for requested in ["pa-Arab", "pa-Arab-PK", "pa-PK"] {
        let amparo = open(&[requested]);
        assert_eq!(amparo.locale_chain(), ["en"], "{requested}");
        assert!(amparo.fell_back_to_english(), "{requested}");
    }
}

#[test]
fn an_unknown_language_falls_back_to_english_and_says_so() {
    let amparo = open(&["sw-KE"]);
    assert_eq!(amparo.locale_chain(), ["en"]);
    assert!(amparo.fell_back_to_english());
    // Asking for English is not a fallback.
    assert!(!open(&["en-GB"]).fell_back_to_english());
}

#[test]
fn one_unreadable_tag_is_skipped_and_reported_not_fatal() {
    let amparo = open(&["!!", "es-MX"]);
    assert_eq!(amparo.locale_chain(), ["es", "en"]);
    assert_eq!(amparo.skipped_locales(), ["!!"]);
    // Only a list with no usable tag is an error.
    assert!(matches!(
        amparo_core::Amparo::open_embedded(amparo_content::default_pack(), &["!!", "12345"]),
        Err(AmparoError::InvalidLocale)
    ));
}

#[test]
fn right_to_left_cards_are_marked_and_keep_english_for_the_officer() {
    for tag in LOCALES {
        let amparo = open(&[tag]);
        let card = amparo.rights_card("at-home", "en").expect("at-home card");
        let rtl = RIGHT_TO_LEFT.contains(&tag);
        assert_eq!(card.user_direction == TextDirection::Rtl, rtl, "{tag}");
        assert_eq!(amparo.text_direction() == TextDirection::Rtl, rtl, "{tag}");
        assert_eq!(card.officer_locale, "en");
        for line in card.phrases.iter().chain([&card.heading, &card.title]) {
            assert!(
                line.officer.is_ascii(),
                "{tag}: officer side not English: {}",
                line.officer
            );
            if tag != "en" {
                assert_ne!(line.user, line.officer, "{tag}: user side left in English");
            }
        }
    }
}

#[test]
fn placeables_are_isolated_in_right_to_left_text_only() {
    for tag in LOCALES {
        let amparo = open(&[tag]);
        let text = amparo
            .message(
                "nearby-near-border",
                &[("county", "Los Angeles County"), ("km", "12")],
            )
            .expect("a message with placeables");
        let isolated = text.contains("\u{2068}Los Angeles County\u{2069}");
        assert_eq!(isolated, RIGHT_TO_LEFT.contains(&tag), "{tag}: {text}");
        assert!(text.contains("12"), "{tag}: {text}");
    }
}

/// Every locale's messages, unpacked from the embedded pack.
fn sources() -> Vec<(String, String)> {
    let pack = pack::decode(&amparo_content::default_pack()).expect("the pack decodes");
    pack.locales
        .iter()
        .map(|locale| {
            (
                locale.tag.clone(),
                locale.source(&pack.message_ids).expect("unpacks"),
            )
        })
        .collect()
}

#[test]
fn no_locale_writes_a_phone_number_or_a_web_address_into_its_text() {
    // Numbers and links are data fields, shown apart: inside translated text
    // they would be reordered in right-to-left scripts or mistranslated.
    for (tag, source) in sources() {
        for line in source.lines() {
            let text = line.split_once(" =").map_or(line, |(_, text)| text);
            assert!(
                !amparo_compiler::l10n::looks_like_phone_number(text),
                "{tag}: a phone-like number in: {line}"
            );
            assert!(!has_web_address(text), "{tag}: a web address in: {line}");
        }
    }
}

fn has_web_address(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("http://")
        || lower.contains("https://")
        || lower.contains("www.")
        || lower
            .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
            .any(|word| {
                let word = word.trim_end_matches(['.', ',', ';', ':']);
                [".org", ".gov", ".com", ".net", ".edu"]
                    .iter()
                    .any(|tld| word.contains(&format!("{tld}/")) || word.ends_with(tld))
            })
}

#[test]
fn every_message_formats_with_every_plural_count_in_every_locale() {
    // Counts that reach each CLDR category somewhere: 0 (zero in Arabic),
    // 1 (one), 2 (two), 5 (few/many), 21 (one in Russian), 100 (other/many).
    for (tag, source) in sources() {
        let ids: Vec<String> = source
            .lines()
            .filter(|line| !line.starts_with([' ', '\t']))
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id.to_owned()))
            .collect();
        let resource = FluentResource::try_new(source).expect("parses");
        let lang: unic_langid::LanguageIdentifier = tag.parse().expect("tag");
        let mut bundle = FluentBundle::new(vec![lang]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("no duplicates");
        for id in ids {
            let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
                continue;
            };
            for count in [0u32, 1, 2, 5, 21, 100] {
                let mut args = FluentArgs::new();
                for name in VARIABLES {
                    args.set(*name, count);
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{tag} {id} with {count}: {errors:?}");
                assert!(!text.trim().is_empty(), "{tag} {id}");
            }
        }
    }
}

/// Every variable English uses; a message is given all of them.
const VARIABLES: &[&str] = &[
    "a_number",
    "answer",
    "area",
    "closes",
    "contact",
    "count",
    "country",
    "county",
    "date",
    "days",
    "extension",
    "first",
    "former",
    "hours",
    "in_use",
    "km",
    "last",
    "limit",
    "locator",
    "missing",
    "newest",
    "number",
    "offered",
    "oldest",
    "opens",
    "place",
    "policy",
    "required",
    "right",
    "state",
    "times",
    "total",
    "version",
    "who",
    "year",
    "zone",
];

#[test]
fn a_locale_without_cldr_plural_data_still_formats_with_other() {
    // Hmong and Haitian Creole have no CLDR plural rules. A select on a
    // number must give `other` there (fluent-bundle alone would apply
    // English's and say ONE for 1), while Russian picks its categories.
    let dir = minimal_copy();
    let locales = dir.path().join("locales");
    let write = |path: &str, text: &str| {
        let path = locales.join(path);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder");
        let mut old = std::fs::read_to_string(&path).unwrap_or_default();
        old.push_str(text);
        std::fs::write(path, old).expect("writes");
    };
    write("en/demo.ftl", "\nplural-probe = Reports: { $count }\n");
    let select = "plural-probe = { $count ->\n    [one] ONE\n    [few] FEW\n   *[other] OTHER\n}\n";
    for (tag, direction) in [("hmn", "ltr"), ("ht", "ltr"), ("ru", "ltr")] {
        write(
            &format!("{tag}/locale.toml"),
            &format!(
                "native_name = \"{tag}\"\ndirection = \"{direction}\"\ntranslation = \"machine\"\nhuman_reviewed = false\nspeech_locale = \"{tag}\"\n"
            ),
        );
        write(&format!("{tag}/demo.ftl"), select);
    }
    let pack = compile(dir.path()).expect("compiles");
    let bytes = amparo_compiler::pack::encode(&pack);
    let say = |tag: &str, count: &str| {
        amparo_core::Amparo::open_embedded(bytes.clone(), &[tag])
            .expect("opens")
            .message("plural-probe", &[("count", count)])
            .expect("formats")
    };
    for tag in ["hmn", "ht"] {
        for count in ["0", "1", "2", "5", "21", "100"] {
            assert_eq!(say(tag, count), "OTHER", "{tag} {count}");
        }
    }
    assert_eq!(
        ["1", "21", "3", "5", "100"].map(|count| say("ru", count)),
        ["ONE", "ONE", "FEW", "OTHER", "OTHER"]
    );
}

#[test]
fn speech_text_has_no_marks_or_symbols_a_voice_misreads() {
    for tag in LOCALES {
        let amparo = open(&[tag]);
        for topic in amparo.topics() {
            let card = amparo.rights_card(&topic.id, "en").expect("card");
            assert!(!card.speech_locale.is_empty(), "{tag}");
            let page = amparo.topic(&topic.id).expect("topic");
            let steps = &page.steps;
            let speech = card
                .phrases
                .iter()
                .chain([&card.heading])
                .map(|line| line.user_speech.clone())
                .chain(steps.iter().map(|s| s.action_speech.clone()))
                .chain(steps.iter().filter_map(|s| s.say_speech.clone()));
            for text in speech {
                assert!(!text.is_empty(), "{tag} {}", topic.id);
                for bad in ['\u{2068}', '\u{2069}', '§', '/'] {
                    assert!(!text.contains(bad), "{tag} {}: {bad:?} in {text}", topic.id);
                }
                assert!(
                    !text.contains("I-2"),
                    "{tag} {}: a form number unspelled in {text}",
                    topic.id
                );
            }
        }
    }
}
