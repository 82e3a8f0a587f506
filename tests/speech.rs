//! Every card phrase, as speech text, spoken with espeak-ng (a Debian
//! package) in each locale espeak-ng has a voice for: audio must come out.
//! espeak-ng has no voice for Filipino, Khmer, Hmong, Pashto or Tigrinya;
//! phones use their own engines for those (the `speech_locale`).
//!
//! Without espeak-ng the test says so and passes, unless
//! `AMPARO_REQUIRE_ESPEAK=1` (CI sets it), when it fails.

use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Stdio};

use amparo_acceptance::open;

/// Our speech locale → espeak-ng's voice.
const VOICES: &[(&str, &str)] = &[
    ("en", "en-us"),
    ("es", "es-419"),
    ("zh-Hant", "yue"),
    ("zh-Hans", "cmn"),
    ("vi", "vi"),
    ("ko", "ko"),
    ("hy", "hy"),
    ("fa", "fa"),
    ("ar", "ar"),
    ("ru", "ru"),
    ("uk", "uk"),
    ("pa", "pa"),
    ("hi", "hi"),
    ("ja", "ja"),
    ("pt", "pt-br"),
    ("fr", "fr-fr"),
    ("ht", "ht"),
    ("pl", "pl"),
];
const NO_VOICE: [&str; 5] = ["fil", "km", "hmn", "ps", "ti"];

fn espeak_available() -> bool {
    Command::new("espeak-ng")
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success())
}

#[test]
fn every_card_phrase_is_spoken_in_every_locale_espeak_has() {
    if !espeak_available() {
        assert!(
            std::env::var_os("AMPARO_REQUIRE_ESPEAK").is_none(),
            "espeak-ng is required here (apt-get install espeak-ng)"
        );
        eprintln!("espeak-ng is not installed: speech not tested");
        return;
    }
    let all: BTreeSet<String> = open(&["en"]).locales().into_iter().map(|l| l.tag).collect();
    let covered: BTreeSet<String> = VOICES
        .iter()
        .map(|(tag, _)| (*tag).to_owned())
        .chain(NO_VOICE.iter().map(|tag| (*tag).to_owned()))
        .collect();
    assert_eq!(
        all, covered,
        "every locale is either voiced or listed as lacking a voice"
    );

    let dir = tempfile::tempdir().expect("a temporary folder");
    for (tag, voice) in VOICES {
        let amparo = open(&[tag]);
        let mut phrases = BTreeSet::new();
        for topic in amparo.topics() {
            let card = amparo.rights_card(&topic.id, "en").expect("card");
            phrases.insert(card.heading.user_speech.clone());
            phrases.extend(card.phrases.iter().map(|line| line.user_speech.clone()));
        }
        for (index, phrase) in phrases.iter().enumerate() {
            let wav = dir.path().join(format!("{tag}-{index}.wav"));
            let mut child = Command::new("espeak-ng")
                .args(["-v", voice, "-w"])
                .arg(&wav)
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("espeak-ng runs");
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(phrase.as_bytes())
                .expect("writes");
            let out = child.wait_with_output().expect("espeak-ng ends");
            assert!(
                out.status.success(),
                "{tag}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let bytes = std::fs::metadata(&wav).map_or(0, |m| m.len());
            // A WAV header is 44 bytes; a spoken phrase is many kilobytes.
            assert!(bytes > 4_000, "{tag} ({voice}): {bytes} bytes for {phrase}");
        }
    }
}
