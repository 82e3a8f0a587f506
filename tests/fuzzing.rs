//! What the fuzz targets (`fuzz/`) do with one input, shared with the smoke
//! test that replays the committed corpora in every `cargo test`
//! (`tests/fuzz_smoke.rs`). Neither may panic, whatever the bytes.

use std::sync::OnceLock;

use amparo_compiler::pack::{Header, Section, assemble, encode};
use amparo_core::trust::TrustedKeys;
use amparo_core::{Amparo, AmparoError, HelpQuery, Place};

fn keys() -> &'static TrustedKeys {
    static KEYS: OnceLock<TrustedKeys> = OnceLock::new();
    KEYS.get_or_init(crate::test_packs::test_keys)
}

/// Arbitrary bytes as a pack: through the signed path a phone uses for
/// files (refused unless genuine), and through the trusted embedded path,
/// whose header and sections are then decoded and used on every screen.
pub fn pack_bytes(bytes: &[u8]) {
    let _ = Amparo::open_pack_file(bytes.to_vec(), keys(), &["es"]);
    if let Ok(amparo) = Amparo::open_embedded(bytes.to_vec(), &["es", "en"]) {
        use_every_screen(&amparo);
        let _ = amparo.content_info(Some("2027-01-01"));
        let _ = amparo.find_help(&HelpQuery::new(Place::Zip {
            code: "90012".into(),
        }));
        let _ = amparo.search("orden", 5);
    }
}

/// The minimal fixture's header and sections, and which one is Spanish.
fn minimal_parts() -> &'static (Header, Vec<Vec<u8>>, usize) {
    static PARTS: OnceLock<(Header, Vec<Vec<u8>>, usize)> = OnceLock::new();
    PARTS.get_or_init(|| {
        let dir = crate::fixtures().join("minimal");
        let pack = crate::compile(&dir).expect("the minimal fixture compiles");
        let (header, sections) = crate::test_packs::parts(&encode(&pack));
        let spanish = header
            .sections
            .iter()
            .position(|s| s.section == Section::Locale { tag: "es".into() })
            .expect("a Spanish section");
        (header, sections, spanish)
    })
}

/// Arbitrary text as one locale's packed messages (bodies separated by
/// NUL), loaded through the run time's own loader and shown.
pub fn fluent_loading(text: &[u8]) {
    let (header, sections, spanish) = minimal_parts();
    let Ok(packed) = zstd::bulk::compress(text, 1) else {
        return;
    };
    let mut header = header.clone();
    let mut sections = sections.clone();
    header.sections[*spanish].len = u32::try_from(packed.len()).unwrap_or(u32::MAX);
    header.sections[*spanish].unpacked_len = u32::try_from(text.len()).unwrap_or(u32::MAX);
    sections[*spanish] = packed;
    let bytes = assemble(&header, sections.iter().map(Vec::as_slice));
    if let Ok(amparo) = Amparo::open_embedded(bytes, &["es"]) {
        use_every_screen(&amparo);
        let _ = amparo.message("label-say", &[("count", "3")]);
        let _ = amparo.error_message(&AmparoError::NotNewer {
            offered: 1,
            in_use: 2,
        });
    }
}

fn use_every_screen(amparo: &Amparo) {
    for topic in amparo.topics() {
        let _ = amparo.topic(&topic.id);
        let _ = amparo.rights_card(&topic.id, "en");
    }
    let _ = amparo.laws();
}

/// The real embedded content, opened once per process.
fn real() -> &'static Amparo {
    static REAL: OnceLock<Amparo> = OnceLock::new();
    REAL.get_or_init(|| {
        Amparo::open_embedded(amparo_content::default_pack(), &["en"])
            .expect("the embedded pack opens")
    })
}

/// Bytes as text, the way a shell would hand over what a person typed.
fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// An error's words must not repeat what was typed (it may be shown, read
/// aloud, or end up in a shell's crash report). Only checked for inputs
/// with a character no error message uses (`#@%&*~^|<>`), so that a word of
/// the message itself ("zh-Hant", "90012") is not taken for an echo.
fn never_echoed(amparo: &Amparo, err: &AmparoError, typed: &str) {
    let typed = typed.trim();
    let marked = typed.chars().count() >= 4
        && typed.contains(['#', '@', '%', '&', '*', '~', '^', '|', '<', '>']);
    if marked {
        for words in [err.to_string(), amparo.error_message(err)] {
            assert!(
                !words.contains(typed),
                "an error repeats the input: {words}"
            );
        }
    }
}

/// Arbitrary text as a list of locale tags (split at commas and line ends).
pub fn locale_tags(bytes: &[u8]) {
    let text = text_of(bytes);
    let tags: Vec<&str> = text.split([',', '\n']).collect();
    let mut amparo = real().clone();
    match amparo.set_locales(&tags) {
        Ok(()) => {
            assert_eq!(amparo.locale_chain().last().map(String::as_str), Some("en"));
            let _ = amparo.topics();
            let _ = amparo.rights_card("at-home", tags.first().copied().unwrap_or("en"));
        }
        Err(err) => never_echoed(&amparo, &err, &text),
    }
    let _ = Amparo::open_embedded(amparo_content::default_pack(), &tags);
}

/// Arbitrary text as a ZIP, a county and a city.
pub fn place_names(bytes: &[u8]) {
    let text = text_of(bytes);
    let amparo = real();
    for place in [
        Place::Zip { code: text.clone() },
        Place::County { name: text.clone() },
        Place::City { name: text.clone() },
    ] {
        if let Err(err) = amparo.find_help(&HelpQuery::new(place)) {
            never_echoed(amparo, &err, &text);
        }
    }
    let _ = amparo.local_policies(&text, true);
    let _ = amparo.laws_of_state(&text);
    let mut chosen = amparo.clone();
    let _ = chosen.set_state(Some(&text));
}

/// Arbitrary bits as a GPS point: NaN, infinities, the poles, ±180°.
pub fn coordinates(bytes: &[u8]) {
    let mut words = bytes
        .chunks(8)
        .map(|chunk| {
            let mut word = [0u8; 8];
            for (to, from) in word.iter_mut().zip(chunk) {
                *to = *from;
            }
            f64::from_le_bytes(word)
        })
        .chain(std::iter::repeat(0.0));
    let (latitude, longitude) = (words.next().unwrap_or(0.0), words.next().unwrap_or(0.0));
    let amparo = real();
    let answer = amparo.find_help(&HelpQuery::new(Place::Coordinates {
        latitude,
        longitude,
    }));
    let valid = (-90.0..=90.0).contains(&latitude) && (-180.0..=180.0).contains(&longitude);
    assert_eq!(
        answer.is_ok(),
        valid,
        "a point is answered exactly when it is on the globe"
    );
    let _ = amparo.state_at(latitude, longitude);
    let _ = amparo.detention_facilities("CA", Some((latitude, longitude)));
}

/// Arbitrary text and limit as a search.
pub fn search_text(bytes: &[u8]) {
    let (limit, text) = match bytes.split_first() {
        Some((&first, rest)) => (i32::from(first as i8), text_of(rest)),
        None => (10, String::new()),
    };
    let hits = real().search(&text, limit);
    assert!(hits.len() <= usize::try_from(limit.max(0)).unwrap_or(0));
}

/// Arbitrary bytes as a sequence of facade calls on one `Amparo`: each
/// call a byte, its argument the bytes up to the next 0xFF.
pub fn facade_calls(bytes: &[u8]) {
    let mut amparo = real().clone();
    let mut warrant = String::new();
    for call in bytes.split(|&b| b == 0xFF).take(64) {
        let Some((&op, argument)) = call.split_first() else {
            continue;
        };
        let text = text_of(argument);
        let pairs: Vec<(&str, &str)> = text
            .split(';')
            .filter_map(|pair| pair.split_once('='))
            .collect();
        match op % 20 {
            0 => {
                let _ = amparo.set_locales(&text.split(',').collect::<Vec<_>>());
            }
            1 => {
                let _ = amparo.set_state((!text.is_empty()).then_some(text.as_str()));
            }
            2 => {
                let _ = amparo.topic(&text);
            }
            3 => {
                let _ = amparo.rights_card(&text, "en");
            }
            4 => {
                let _ = amparo.find_help(&HelpQuery::new(Place::Zip { code: text }));
            }
            5 => {
                let _ = amparo.find_help(&HelpQuery::new(Place::County { name: text }));
            }
            6 => {
                let _ = amparo.find_help(&HelpQuery::new(Place::City { name: text }));
            }
            7 => coordinates(argument),
            8 => {
                let _ = amparo.search(&text, 5);
            }
            9 => {
                let _ = amparo.law(&text);
            }
            10 => {
                let _ = amparo.laws();
            }
            11 => {
                let _ = amparo.quiz(&text);
            }
            12 => {
                let (question, choice) = text.split_once(' ').unwrap_or((&text, "a"));
                let _ = amparo.check_answer(question, choice);
            }
            13 => {
                let kind = pairs.first().map_or(text.as_str(), |(kind, _)| kind);
                let _ = amparo.emergency_message(kind, &pairs);
            }
            14 => {
                if let Ok(step) = amparo.warrant_check_start(&text) {
                    warrant = step.state;
                }
            }
            15 => {
                if let Ok(step) = amparo.warrant_check_answer(&warrant, &text, "en") {
                    warrant = step.state;
                }
            }
            16 => {
                let _ = amparo.message(&text, &pairs);
            }
            17 => {
                let _ = amparo.local_policies(&text, op % 2 == 0);
            }
            18 => {
                let _ = amparo.content_info(Some(&text));
                let _ = amparo.family_plan();
                let _ = amparo.emergency_templates();
            }
            _ => {
                let _ = amparo.laws_of_state(&text);
                let _ = amparo.locales();
            }
        }
    }
}
