//! The `amparo` binary as a volunteer or a content author runs it.

mod common;

use std::process::{Command, Output};

use common::amparo;

use amparo_acceptance::{copy_tree, repo_root};

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn json(args: &[&str]) -> serde_json::Value {
    let output = amparo(args);
    assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("valid JSON")
}

/// One line on stderr, the given exit code, and no panic or backtrace.
fn assert_clean_failure(output: &Output, code: i32, words: &str) {
    let err = stderr(output);
    assert_eq!(output.status.code(), Some(code), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains(words), "`{words}` in: {err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
}

#[test]
fn the_card_shows_spanish_phrases_with_their_english_counterparts() {
    let output = amparo(&["card", "at-home", "--lang", "es-MX"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.contains("AGENTES EN SU PUERTA") && text.contains("AGENTS AT YOUR DOOR"),
        "{text}"
    );
    assert!(
        text.contains("Voy a ejercer mi derecho a guardar silencio."),
        "{text}"
    );
    assert!(
        text.contains("I am using my right to remain silent."),
        "{text}"
    );
}

#[test]
fn the_card_in_json_names_the_locale_chain() {
    let answer = json(&["card", "at-home", "--lang", "es-MX", "--json"]);
    assert_eq!(answer["locale_chain"], serde_json::json!(["es", "en"]));
    assert_eq!(answer["card"]["title"]["user"], "Agentes en su puerta");
    assert_eq!(answer["card"]["title"]["officer"], "Agents at your door");
    assert_eq!(answer["card"]["review"], "unreviewed");
}

#[test]
fn traditional_chinese_answers_without_error() {
    let answer = json(&["topics", "--lang", "zh-TW", "--json"]);
    assert_eq!(answer["locale_chain"], serde_json::json!(["zh-Hant", "en"]));
    assert_ne!(
        answer["topics"][0]["title"], "Agents at your door",
        "translated"
    );
    // A language the content lacks falls back to English without error.
    let swahili = json(&["topics", "--lang", "sw", "--json"]);
    assert_eq!(swahili["locale_chain"], serde_json::json!(["en"]));
    assert_eq!(swahili["fell_back_to_english"], serde_json::json!(true));
    assert_eq!(swahili["topics"][0]["title"], "Agents at your door");
}

#[test]
fn locales_lists_the_four_languages_fully_covered() {
    let answer = json(&["locales", "--json"]);
    let locales = answer["locales"].as_array().expect("a list");
    for tag in ["en", "es", "zh-Hant", "vi"] {
        let locale = locales.iter().find(|l| l["tag"] == tag).expect(tag);
        assert_eq!(locale["coverage"], 1.0, "{tag}");
    }
}

#[test]
fn every_json_answer_includes_the_locale_chain() {
    for args in [
        vec!["locales"],
        vec!["topics"],
        vec!["topic", "in-public"],
        vec!["card", "traffic-stop"],
        vec!["info"],
    ] {
        let mut args = args.clone();
        args.extend(["--json", "--lang", "de,es"]);
        let answer = json(&args);
        assert_eq!(
            answer["locale_chain"],
            serde_json::json!(["es", "en"]),
            "{args:?}"
        );
    }
}

#[test]
fn the_language_defaults_to_lang_then_english() {
    let output = Command::new(env!("CARGO_BIN_EXE_amparo"))
        .args(["topics", "--json"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "es_MX.UTF-8")
        .output()
        .expect("runs");
    let answer: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(answer["locale_chain"], serde_json::json!(["es", "en"]));
    assert_eq!(
        json(&["topics", "--json"])["locale_chain"],
        serde_json::json!(["en"])
    );
}

#[test]
fn info_reports_version_counts_and_review_status() {
    let answer = json(&["info", "--json"]);
    assert_eq!(answer["info"]["topics"], 15);
    assert_eq!(answer["info"]["legal_review"]["status"], "unreviewed");
    let text = stdout(&amparo(&["info"]));
    assert!(
        text.contains("legal review") && text.contains("not reviewed"),
        "{text}"
    );
}

#[test]
fn a_topic_shows_its_steps_sources_and_review_notice() {
    let text = stdout(&amparo(&["topic", "at-home", "--lang", "es"]));
    assert!(text.contains("Mantenga la puerta cerrada."), "{text}");
    assert!(text.contains("Diga: «"), "{text}");
    assert!(text.contains("https://www.aclumaine.org/"), "{text}");
    assert!(
        text.contains("Ningún abogado ha revisado todavía este texto."),
        "{text}"
    );
}

#[test]
fn an_unknown_topic_is_a_usage_error() {
    assert_clean_failure(&amparo(&["topic", "at-werk"]), 2, "there is no such topic");
    assert_clean_failure(&amparo(&["card", "nope"]), 2, "there is no such topic");
}

#[test]
fn a_malformed_locale_is_a_usage_error() {
    assert_clean_failure(
        &amparo(&["topics", "--lang", "!!"]),
        2,
        "a language tag is not valid",
    );
    assert_clean_failure(
        &amparo(&["card", "at-home", "--officer-lang", "??"]),
        2,
        "a language tag is not valid",
    );
}

#[test]
fn an_unknown_locale_falls_back_to_english_and_says_so() {
    let answer = json(&["topics", "--lang", "de", "--json"]);
    assert_eq!(answer["locale_chain"], serde_json::json!(["en"]));
}

#[test]
fn check_accepts_the_real_content() {
    let root = repo_root();
    let content = root.join("content");
    let locales = root.join("locales");
    let output = amparo(&[
        "check",
        content.to_str().unwrap_or_default(),
        locales.to_str().unwrap_or_default(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("ok: 15 topics"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn check_on_a_broken_copy_exits_1_naming_file_and_line() {
    let copy = tempfile::tempdir().expect("temp");
    copy_tree(&repo_root().join("content"), &copy.path().join("content"));
    copy_tree(&repo_root().join("locales"), &copy.path().join("locales"));
    // Drop the checked date from the first step of a real topic.
    let topic = copy.path().join("content/topics/in-public.toml");
    let text = std::fs::read_to_string(&topic).expect("read");
    let first_checked = text.find("checked = ").expect("a checked date");
    let broken = format!(
        "{}{}",
        &text[..first_checked],
        &text[first_checked..].replacen("checked = \"2026-11-21\"\n", "", 1)
    );
    std::fs::write(&topic, broken).expect("write");

    let content = copy.path().join("content");
    let locales = copy.path().join("locales");
    let output = amparo(&[
        "check",
        content.to_str().unwrap_or_default(),
        locales.to_str().unwrap_or_default(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    let expected = format!("{}:", topic.display());
    let line = err
        .lines()
        .find(|l| l.starts_with(&expected))
        .unwrap_or_else(|| panic!("no {expected} in {err}"));
    assert!(
        line.contains("step `stay-calm` has no `checked` date"),
        "{line}"
    );
    let line_number: usize = line[expected.len()..]
        .split(':')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a line number");
    assert!(line_number > 1, "{line}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn find_by_zip_answers_with_county_policy_and_lines() {
    let answer = json(&["find", "--zip", "90012", "--json"]);
    assert_eq!(answer["locale_chain"], serde_json::json!(["en"]));
    assert_eq!(answer["coverage"], "covered");
    assert_eq!(answer["region"]["state"], "CA");
    assert_eq!(answer["region"]["county"], "Los Angeles");
    assert_eq!(answer["region"]["county_fips"], "06037");
    assert!(answer["also_counties"].as_array().is_some());
    assert!(
        answer["policy"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("California"))
    );
    let first = &answer["hotlines"][0];
    assert_eq!(first["phone"]["e164"], "+18886244752");
    assert_eq!(first["phone"]["display"], "(888) 624-4752");
    assert_eq!(first["phone"]["tel_uri"], "tel:+18886244752");
    assert_eq!(first["confirmed"], false);
    assert_eq!(first["newest_source_date"], "2025-01-30");
    for field in [
        "name",
        "kind",
        "open_now",
        "source",
        "checked",
        "confidence",
    ] {
        assert!(first.get(field).is_some(), "hotline field {field}");
    }
    let org = &answer["organizations"][0];
    for field in ["name", "distance_km", "location_precision"] {
        assert!(org.get(field).is_some(), "organization field {field}");
    }
}

#[test]
fn find_near_las_vegas_is_outside() {
    let answer = json(&[
        "find",
        "--near",
        "36.1699,-115.1398",
        "--json",
        "--lang",
        "es",
    ]);
    assert_eq!(answer["coverage"], "outside");
    assert_eq!(answer["locale_chain"], serde_json::json!(["es", "en"]));
    assert!(answer["region"].is_null());
    assert!(
        answer["hotlines"]
            .as_array()
            .is_some_and(|h| !h.is_empty() && h.iter().all(|l| l["scope"] == "national"))
    );
}

#[test]
fn find_marks_lines_open_at_the_given_time() {
    let answer = json(&[
        "find",
        "--county",
        "San Francisco",
        "--at",
        "Sun 23:00",
        "--json",
    ]);
    let lines = answer["hotlines"].as_array().expect("lines");
    let ice = lines
        .iter()
        .find(|l| l["id"] == "ice-detention-line")
        .expect("ICE line");
    assert_eq!(ice["open_now"], false);
    assert_eq!(lines[0]["open_now"], true);
}

#[test]
fn find_with_bad_places_is_a_usage_error_that_does_not_echo_the_input() {
    for (args, words) in [
        (vec!["find", "--zip", "9001"], "5 digits"),
        // No state's ZIPs begin with 000.
        (
            vec!["find", "--zip", "00000"],
            "does not know that ZIP code",
        ),
        (vec!["find", "--county", "Atlantis"], "no county"),
        (vec!["find", "--near", "abc,12"], "LAT,LON"),
        (vec!["find", "--near", "95.5,-120.25"], "not a valid place"),
        (
            vec!["find", "--zip", "90012", "--at", "Someday 25:00"],
            "weekday",
        ),
    ] {
        let output = amparo(&args);
        assert_clean_failure(&output, 2, words);
        let err = stderr(&output);
        for private in ["9001", "00000", "Atlantis", "abc", "95.5", "Someday"] {
            assert!(!err.contains(private), "{args:?}: {err}");
        }
    }
}

#[test]
fn find_text_output_is_readable() {
    let text = stdout(&amparo(&[
        "find",
        "--zip",
        "93721",
        "--service",
        "legal-aid",
        "--limit",
        "2",
    ]));
    assert!(text.contains("Fresno, FRESNO COUNTY (06019), CA"), "{text}");
    assert!(text.contains("(559) 206-0151"), "{text}");
    // Legal help in Fresno itself: Central California Legal Services.
    assert!(
        text.contains("0.0 km  Central California Legal Services"),
        "{text}"
    );
    assert!(text.contains("(559) 570-1200"), "{text}");
    assert!(
        text.contains("Not yet confirmed by phone. Newest source: 2025."),
        "{text}"
    );
    assert!(text.contains(" km  "), "{text}");
}

#[test]
fn info_credits_geonames() {
    let text = stdout(&amparo(&["info"]));
    assert!(
        text.contains("GeoNames (www.geonames.org) (CC BY 4.0"),
        "{text}"
    );
    // California's 58 counties and Connecticut's 9 planning regions.
    assert_eq!(json(&["info", "--json"])["info"]["counties"], 67);
}

#[test]
fn law_vision_act_did_not_pass_with_sources() {
    let answer = json(&["law", "vision-act", "--json"]);
    assert_eq!(answer["law"]["status"], "did-not-pass");
    assert_eq!(answer["law"]["status_label"], "did not pass");
    assert!(
        answer["law"]["sources"]
            .as_array()
            .is_some_and(|s| !s.is_empty())
    );
    assert_clean_failure(&amparo(&["law", "sb1070"]), 2, "there is no such law");
    // With no state chosen: the laws of both covered states, each marked.
    let laws = json(&["laws", "--json"]);
    let laws = laws["laws"].as_array().expect("laws");
    let in_state = |code: &str| laws.iter().filter(|l| l["state"] == code).count();
    assert_eq!((in_state("CA"), in_state("CT"), laws.len()), (12, 6, 18));
    let california = json(&["laws", "--state", "CA", "--json"]);
    assert_eq!(california["laws"].as_array().map(Vec::len), Some(12));
}

fn warrant_outcome(answers: &str) -> serde_json::Value {
    json(&["warrant", "--answers", answers, "--json"])["warrant"]["outcome"].clone()
}

fn advice(outcome: &serde_json::Value) -> Vec<String> {
    outcome["advice"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|l| l["advice"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn warrant_i205_with_a_final_order_names_the_forced_entry_claim() {
    let outcome = warrant_outcome("immigration,i205,yes");
    assert_eq!(outcome["id"], "o-i205-final-order");
    assert_eq!(outcome["entry"], "contested");
    let text = outcome["text"].as_str().unwrap_or_default();
    assert!(
        text.contains("ICE says its agents may force their way"),
        "{text}"
    );
    assert!(text.contains("Courts are hearing challenges"), "{text}");
    let advice = advice(&outcome);
    for needed in [
        "do-not-consent",
        "do-not-resist",
        "stay-silent",
        "keep-door-closed",
    ] {
        assert!(advice.iter().any(|a| a == needed), "{needed}: {advice:?}");
    }
    assert_eq!(
        outcome["say"]["officer"],
        "I do not consent to you entering my home. This warrant is not signed by a judge."
    );
    let text = stdout(&amparo(&["warrant", "--answers", "immigration,i205,yes"]));
    assert!(text.contains("do not run, fight or block them"), "{text}");
}

#[test]
fn warrant_i200_keeps_the_door_closed() {
    let outcome = warrant_outcome("immigration,i200");
    assert_eq!(outcome["id"], "o-i200");
    assert!(advice(&outcome).iter().any(|a| a == "keep-door-closed"));
    assert!(
        outcome["text"]
            .as_str()
            .is_some_and(|t| t.contains("You do not have to open the door"))
    );
}

#[test]
fn warrant_search_warrant_does_not_rely_on_who_lives_here() {
    // A judge's search warrant is never asked about the name on it: only
    // about the address. Two answers after the paper would be one too many.
    let walk = json(&[
        "warrant",
        "--answers",
        "immigration,judge-search,yes",
        "--json",
    ]);
    let questions: Vec<&str> = walk["warrant"]["answers"]
        .as_array()
        .map(|a| a.iter().filter_map(|q| q["question"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(questions.len(), 3);
    assert!(questions[2].contains("address"), "{questions:?}");
    let outcome = &walk["warrant"]["outcome"];
    assert_eq!(outcome["id"], "o-judge-search");
    assert!(
        outcome["text"]
            .as_str()
            .is_some_and(|t| t.contains("whoever lives there"))
    );
    assert_clean_failure(
        &amparo(&["warrant", "--answers", "immigration,judge-search,yes,no"]),
        2,
        "more answers than questions",
    );
}

#[test]
fn warrant_police_with_an_ice_paper_is_treated_as_ice() {
    for paper in ["i200", "i247", "i205,yes", "i205,no", "i205,dont-know"] {
        assert_eq!(
            warrant_outcome(&format!("police,{paper}"))["id"],
            warrant_outcome(&format!("immigration,{paper}"))["id"],
            "{paper}"
        );
    }
}

#[test]
fn warrant_help_documents_every_choice_in_order() {
    let help = stdout(&amparo(&["warrant", "--help"]));
    let pack = amparo_core::pack::decode(&amparo_content::default_pack()).expect("pack");
    for question in &pack.catalog.warrant.questions {
        for choice in &question.choices {
            assert!(
                help.contains(&choice.id),
                "`{}` of {} is not in --help",
                choice.id,
                question.id
            );
        }
    }
    assert!(
        help.contains("amparo warrant --answers immigration,i205,yes"),
        "{help}"
    );
}

#[test]
fn warrant_bad_answers_are_usage_errors() {
    assert_clean_failure(
        &amparo(&["warrant", "--answers", "immigration"]),
        2,
        "ran out",
    );
    assert_clean_failure(
        &amparo(&["warrant", "--answers", "immigration,maybe"]),
        2,
        "the choices are: none, i200, i205",
    );
}

#[test]
fn warrant_without_answers_asks_on_the_terminal() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_amparo"))
        .args(["warrant", "--lang", "en"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    if let Some(stdin) = child.stdin.as_mut() {
        // By number, by id, and a wrong answer that is asked again.
        let _ = stdin.write_all(
            b"1
what
i205
1
",
        );
    }
    let output = child.wait_with_output().expect("finishes");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("1) Immigration agents, or ICE"));
    assert!(
        stdout(&output).contains("Form I-205"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn find_sacramento_shows_both_numbers_marked_as_conflicting() {
    let answer = json(&["find", "--county", "Sacramento", "--json"]);
    let lines = answer["hotlines"].as_array().expect("lines");
    for (id, other) in [
        ("sacramento-act", "+19163820256"),
        ("sacramento-fuel", "+19162456773"),
    ] {
        let line = lines.iter().find(|l| l["id"] == id).expect(id);
        assert_eq!(line["conflict"]["with_phone"]["e164"], other, "{id}");
        assert!(
            line["conflict"]["reason"]
                .as_str()
                .is_some_and(|r| r.contains("Sacramento")),
            "{id}"
        );
    }
}

#[test]
fn find_zip_90802_shows_the_long_beach_lines_with_their_area() {
    let answer = json(&["find", "--zip", "90802", "--json"]);
    let lines = answer["hotlines"].as_array().expect("lines");
    for (id, other) in [
        ("long-beach-cdn", "long-beach-cdn-2019"),
        ("long-beach-cdn-2019", "long-beach-cdn"),
    ] {
        let line = lines.iter().find(|l| l["id"] == id).expect(id);
        assert_eq!(line["area"]["name"], "Long Beach", "{id}");
        assert_eq!(line["area"]["includes_place"], true, "{id}");
        assert_eq!(line["scope"], "area", "{id}");
        assert_eq!(line["conflict"]["with_id"], other, "{id}");
    }
    let text = stdout(&amparo(&["find", "--zip", "90802"]));
    assert!(
        text.contains("Serves only Long Beach, not the whole county."),
        "{text}"
    );
    assert!(
        text.contains("(562) 276-0267") && text.contains("(562) 269-1083"),
        "{text}"
    );
}

#[test]
fn no_output_calls_an_unconfirmed_number_verified() {
    for args in [
        vec!["find", "--county", "Sacramento", "--low-confidence"],
        vec!["find", "--zip", "90802", "--low-confidence"],
        vec![
            "find",
            "--zip",
            "90012",
            "--low-confidence",
            "--limit",
            "20",
        ],
        vec!["find", "--near", "36.1699,-115.1398"],
        vec!["info"],
    ] {
        for json_flag in [false, true] {
            let mut args = args.clone();
            if json_flag {
                args.push("--json");
            }
            let out = amparo(&args);
            assert!(out.status.success(), "{args:?}");
            let text = stdout(&out).to_lowercase();
            assert!(!text.contains("verified"), "{args:?} says verified");
            assert!(!text.contains("\"confirmed\": true"), "{args:?}");
        }
    }
    let info = json(&["info", "--json"]);
    assert_eq!(info["info"]["numbers"]["confirmed"], 0);
}

#[test]
fn topics_border_zone_and_traffic_stop_include_the_papers_step() {
    for topic in ["border-zone", "traffic-stop"] {
        let answer = json(&["topic", topic, "--json"]);
        let papers = answer["topic"]["steps"]
            .as_array()
            .and_then(|steps| steps.iter().find(|s| s["id"] == "papers"))
            .unwrap_or_else(|| panic!("{topic} has no papers step"));
        let action = papers["action"].as_str().unwrap_or_default();
        assert!(
            action.contains("valid immigration papers") && action.contains("carry them"),
            "{action}"
        );
        // The words are also on the terminal (wrapped, so compare words).
        let text = stdout(&amparo(&["topic", topic]));
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            words.contains("If you do not have papers, you can stay silent"),
            "{topic}"
        );
    }
}

#[test]
fn search_finds_accented_words_without_accents() {
    let answer = json(&["search", "policia", "--lang", "es", "--json"]);
    let results = answer["results"].as_array().expect("results");
    assert!(!results.is_empty());
    assert!(
        results
            .iter()
            .any(|r| r["snippet"].as_str().is_some_and(|s| s.contains("policía")))
    );
}

/// The acceptance commands of local depth and other states, as a volunteer
/// types them.
#[test]
fn find_gives_county_and_city_policies_with_sources() {
    let santa_clara = json(&["find", "--county", "Santa Clara", "--json"]);
    let local = &santa_clara["policy"]["local"][0];
    assert_eq!(local["id"], "santa-clara-county");
    assert_eq!(local["category"], "limits-beyond-state-law");
    let text = local["text"].as_str().expect("text");
    assert!(
        text.contains("only if ICE pays") && text.contains("since October 2011"),
        "{text}"
    );
    assert!(text.starts_with("As of "), "{text}");
    assert!(
        local["source_refs"]
            .as_array()
            .is_some_and(|r| !r.is_empty())
    );

    let orange = json(&["find", "--county", "Orange", "--json"]);
    assert_eq!(
        orange["policy"]["local"][0]["category"],
        "publishes-release-dates"
    );

    let la = json(&["find", "--zip", "90012", "--json"]);
    let ids: Vec<&str> = la["policy"]["local"]
        .as_array()
        .expect("local")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert_eq!(ids, ["los-angeles-county", "los-angeles"]);
    let city = &la["policy"]["local"][1];
    assert_eq!(city["status"], "challenged");
    assert!(
        city["text"]
            .as_str()
            .is_some_and(|t| t.contains("Justice Department sued the city")),
        "{city}"
    );
}

#[test]
fn policies_is_the_detainer_map_as_a_table() {
    let table = json(&["policies", "--state", "CA", "--json"]);
    let rows = table["policies"]["counties"].as_array().expect("rows");
    assert_eq!(rows.len(), 58);
    for row in rows {
        assert!(row["category"].is_string(), "{row}");
        if row["category"] == "no-local-policy-found" {
            assert_eq!(row["category_label"], "No local policy found");
        }
    }
    let text = stdout(&amparo(&["policies", "--state", "CA"]));
    assert!(text.contains("06085 Santa Clara County"), "{text}");
    assert!(text.contains("No local policy found"), "{text}");
    assert_clean_failure(
        &amparo(&["policies", "--state", "Atlantis"]),
        2,
        "not a US state",
    );
}

#[test]
fn detention_lists_the_facilities_with_county_and_sources() {
    let answer = json(&["detention", "--state", "CA", "--json"]);
    let facilities = answer["detention"]["facilities"].as_array().expect("list");
    assert_eq!(facilities.len(), 15);
    for f in facilities {
        assert!(
            f["county"].as_str().is_some_and(|c| c.ends_with("County")),
            "{f}"
        );
        assert!(
            f["sources"].as_array().is_some_and(|s| !s.is_empty()),
            "{f}"
        );
    }
    assert_eq!(
        answer["detention"]["locator_url"],
        "https://locator.ice.gov"
    );
    let near = json(&["detention", "--near", "35.3733,-119.0187", "--json"]);
    assert_eq!(near["detention"]["facilities"][0]["id"], "mesa-verde");
}

#[test]
fn new_haven_is_connecticut_with_no_california_law() {
    let output = amparo(&["find", "--zip", "06511", "--json"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let answer: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(answer["region"]["county_fips"], "09170");
    assert_eq!(
        answer["region"]["county_full"],
        "South Central Connecticut Planning Region"
    );
    assert!(
        answer["policy"]["laws"]
            .as_array()
            .is_some_and(|l| l.iter().any(|law| law["id"] == "ct-trust-2019-pa19-23"))
    );
    assert!(answer["hotlines"].as_array().is_some_and(|h| {
        h.iter()
            .any(|line| line["id"] == "ct-statewide-legal-services")
    }));
    for word in ["California", "SB 54", "AB 60", "TRUTH Act"] {
        assert!(!text.contains(word), "`{word}` in the New Haven answer");
    }
}

#[test]
fn laws_of_any_state() {
    let illinois = json(&["laws", "--state", "IL", "--json"]);
    let trust = illinois["laws"]
        .as_array()
        .and_then(|l| l.iter().find(|law| law["id"] == "il-trust-act").cloned())
        .expect("the Illinois TRUST Act");
    assert!(
        trust["citation"]
            .as_str()
            .is_some_and(|c| c.starts_with("5 ILCS 805"))
    );
    let texas = json(&["laws", "--state", "TX", "--json"]);
    let sb4 = texas["laws"]
        .as_array()
        .and_then(|l| l.iter().find(|law| law["id"] == "tx-sb4-2017").cloned())
        .expect("Texas SB 4 (2017)");
    assert_eq!(sb4["effect"], "mandates-cooperation");
    assert_eq!(sb4["year"], "2017");
}

#[test]
fn new_york_gets_its_state_national_lines_and_an_honest_notice() {
    let output = amparo(&["find", "--zip", "10001", "--json"]);
    let text = stdout(&output);
    let answer: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(answer["coverage"], "other-state");
    assert_eq!(answer["state"]["code"], "NY");
    assert!(answer["region"].is_null());
    assert_eq!(answer["state_laws"][0]["id"], "ny-protect-our-courts-act");
    assert_eq!(
        answer["notice"],
        "Amparo has no local content for New York yet. National lines still work."
    );
    assert!(
        answer["hotlines"]
            .as_array()
            .is_some_and(|h| !h.is_empty() && h.iter().all(|line| line["scope"] == "national"))
    );
    for word in ["California", "Connecticut"] {
        assert!(!text.contains(word), "`{word}` in the New York answer");
    }
}

#[test]
fn fresno_legal_help_is_in_fresno_county_with_phones() {
    let answer = json(&["find", "--zip", "93701", "--json"]);
    let organizations = answer["organizations"].as_array().expect("organizations");
    assert_eq!(organizations.len(), 5);
    for o in organizations {
        assert_eq!(o["county_fips"], "06019", "{o}");
        assert!(o["phone"]["e164"].is_string(), "{o}");
    }
}
