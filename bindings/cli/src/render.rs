//! Plain-text layouts for a terminal. Presentation only: every word shown to
//! the user comes from the core, already localized.

use std::fmt::Write;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use amparo_core::model::{LegalReview, PhoneNumber};
use amparo_core::{
    Amparo, ContentInfo, DetentionAnswer, EmergencyMessage, FacilityAnswer, HelpAnswer, Law,
    LocalPolicyAnswer, LocaleInfo, PolicyTable, RightsCard, SearchHit, Topic, TopicSummary,
    messages,
};

use crate::WarrantWalk;

use crate::CheckSummary;

const WIDTH: usize = 78;

pub fn chain_line(chain: &[String]) -> String {
    format!("[{}]\n", chain.join(" → "))
}

pub fn locales(locales: &Vec<LocaleInfo>) -> String {
    let mut out = String::new();
    for locale in locales {
        // Pad by display width: CJK names take two columns a character.
        let padding = " ".repeat(12usize.saturating_sub(locale.native_name.width()));
        let _ = writeln!(
            out,
            "{:<8} {}{padding} {:>5.1}%  {:?}, {}{}",
            locale.tag,
            locale.native_name,
            locale.coverage * 100.0,
            locale.translation,
            if locale.human_reviewed {
                "reviewed"
            } else {
                "not reviewed"
            },
            if locale.in_chain { "  (in use)" } else { "" },
        );
    }
    out
}

pub fn topics(topics: &Vec<TopicSummary>) -> String {
    let mut out = String::new();
    for topic in topics {
        let _ = writeln!(out, "{:<14} {}", topic.id, topic.title);
        let _ = writeln!(out, "{:<14} {}", "", topic.summary);
    }
    out
}

pub fn topic(amparo: &Amparo, topic: &Topic) -> String {
    let label = |id: &str| amparo.message(id, &[]).unwrap_or_else(|_| id.to_owned());
    let mut out = String::new();
    let _ = writeln!(out, "{}", topic.title.to_uppercase());
    push_wrapped(&mut out, "", &topic.summary);
    let _ = writeln!(out);
    for (number, step) in topic.steps.iter().enumerate() {
        let prefix = format!("{:>2}. ", number + 1);
        push_wrapped(&mut out, &prefix, &step.action);
        if let Some(scope) = &step.scope_label {
            push_wrapped(&mut out, "    ", &format!("[{scope}]"));
        }
        if let Some(say) = &step.say {
            push_wrapped(
                &mut out,
                "    ",
                &format!("{}: «{say}»", label(messages::LABEL_SAY)),
            );
        }
        push_wrapped(
            &mut out,
            "    ",
            &format!("{}: {}", label(messages::LABEL_WHY), step.why),
        );
        if let Some(caveat) = &step.caveat {
            push_wrapped(&mut out, "    ! ", caveat);
        }
        // Links on lines of their own, never inside translated text.
        for link in &step.links {
            let _ = writeln!(out, "    -> {link}");
        }
        let _ = writeln!(
            out,
            "    {} ({} {}):",
            label(messages::LABEL_SOURCES),
            label(messages::LABEL_CHECKED),
            step.checked
        );
        // One address a line, never broken: people copy them.
        for source in &step.sources {
            let _ = writeln!(out, "      {}", source.reference());
        }
        let _ = writeln!(out);
    }
    for point in &topic.do_not {
        push_wrapped(&mut out, " ✗  ", &point.text);
        if let Some(caveat) = &point.caveat {
            push_wrapped(&mut out, "    ! ", caveat);
        }
    }
    if !topic.do_not.is_empty() {
        let _ = writeln!(out);
    }
    push_wrapped(&mut out, "", &review_notice(amparo, topic.review));
    out
}

pub fn laws(amparo: &Amparo, laws: &Vec<Law>) -> String {
    let mut out = String::new();
    for law in laws {
        let effect = law
            .effect_label
            .as_deref()
            .map(|e| format!("; {e}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{} {:<22} {} ({}) [{}{effect}]",
            law.state, law.id, law.name, law.citation, law.status_label
        );
    }
    if let Some(first) = laws.first() {
        let _ = writeln!(out);
        push_wrapped(&mut out, "", &review_notice(amparo, first.review));
    }
    out
}

pub fn law(amparo: &Amparo, law: &Law) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", law.name.to_uppercase());
    let _ = writeln!(
        out,
        "{}: {} [{}]",
        law.state_name, law.citation, law.status_label
    );
    if let Some(effect) = &law.effect_label {
        let _ = writeln!(out, "{effect}");
    }
    let dates: Vec<String> = [("signed", &law.signed), ("effective", &law.effective)]
        .iter()
        .filter_map(|(label, date)| date.as_ref().map(|d| format!("{label} {d}")))
        .collect();
    if !dates.is_empty() {
        let _ = writeln!(out, "{}", dates.join(", "));
    }
    let _ = writeln!(out);
    push_wrapped(&mut out, "", &law.summary);
    let _ = writeln!(out);
    if let Some(does_not) = &law.does_not {
        push_wrapped(&mut out, " ✗  ", does_not);
    }
    if let Some(caveat) = &law.caveat {
        push_wrapped(&mut out, "! ", caveat);
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}:", label(amparo, messages::LABEL_SOURCES));
    for source in &law.sources {
        let _ = writeln!(out, "  {}", source.reference());
    }
    push_wrapped(&mut out, "", &review_notice(amparo, law.review));
    out
}

pub fn warrant(amparo: &Amparo, walk: &WarrantWalk) -> String {
    let mut out = String::new();
    for step in &walk.answers {
        push_wrapped(&mut out, "? ", &step.question);
        push_wrapped(
            &mut out,
            "  → ",
            &format!("{} [{}]", step.label, step.choice),
        );
    }
    if let Some(outcome) = &walk.outcome {
        let _ = writeln!(out);
        push_wrapped(&mut out, "", &outcome.text);
        let _ = writeln!(out);
        for line in &outcome.advice {
            push_wrapped(&mut out, " • ", &line.text);
        }
        if let Some(say) = &outcome.say {
            let _ = writeln!(out);
            let label = label(amparo, messages::LABEL_SAY);
            let width = outcome.user_locale.len().max(outcome.officer_locale.len()) + 2;
            let _ = writeln!(out, "{label}:");
            push_wrapped(
                &mut out,
                &format!("  {:<width$}", outcome.user_locale),
                &format!("«{}»", say.user),
            );
            if say.officer != say.user {
                push_wrapped(
                    &mut out,
                    &format!("  {:<width$}", outcome.officer_locale),
                    &format!("«{}»", say.officer),
                );
            }
        }
        if let Some(caveat) = &outcome.caveat {
            push_wrapped(&mut out, "! ", caveat);
        }
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{} ({} {}):",
            label(amparo, messages::LABEL_SOURCES),
            label(amparo, messages::LABEL_CHECKED),
            outcome.checked
        );
        // One address a line, never broken: people copy them.
        for source in &outcome.sources {
            let _ = writeln!(out, "  {}", source.reference());
        }
        push_wrapped(&mut out, "", &review_notice(amparo, outcome.review));
    }
    out
}

pub fn search(hits: &Vec<SearchHit>) -> String {
    let mut out = String::new();
    for hit in hits {
        let target = match (&hit.topic_id, &hit.step_id, &hit.law_id) {
            (Some(topic), Some(step), _) => format!("{topic}/{step}"),
            (Some(topic), None, _) => topic.clone(),
            (_, _, Some(law)) => format!("law {law}"),
            _ => String::new(),
        };
        let _ = writeln!(out, "{target}  ({})", hit.title);
        push_wrapped(&mut out, "    ", &hit.snippet);
    }
    out
}

fn label(amparo: &Amparo, id: &str) -> String {
    amparo.message(id, &[]).unwrap_or_else(|_| id.to_owned())
}

/// An emergency message: the text to send, then the English copy, then
/// the blanks left and the sources.
pub fn emergency_message(amparo: &Amparo, message: &EmergencyMessage) -> String {
    let rule = "─".repeat(WIDTH);
    let mut out = String::new();
    let _ = writeln!(out, "{}", message.title);
    let _ = writeln!(out, "{rule}");
    push_wrapped(&mut out, "", &message.text);
    if message.english != message.text {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}:", label(amparo, messages::EMERGENCY_IN_ENGLISH));
        push_wrapped(&mut out, "", &message.english);
    }
    let _ = writeln!(out, "{rule}");
    if !message.missing.is_empty() {
        let _ = writeln!(out, "____: {}", message.missing.join(", "));
    }
    let sources: Vec<String> = message
        .sources
        .iter()
        .map(|s| format!("{} ({})", s.publisher, s.reference()))
        .collect();
    push_wrapped(
        &mut out,
        &format!("{}: ", label(amparo, messages::LABEL_SOURCES)),
        &sources.join("; "),
    );
    out
}

/// The card, one language above the other, so it reads on a narrow terminal
/// and prints on one sheet.
pub fn card(amparo: &Amparo, card: &RightsCard) -> String {
    let rule = "─".repeat(WIDTH);
    let mut out = String::new();
    let _ = writeln!(out, "{rule}");
    let _ = writeln!(out, "{}", card.title.user.to_uppercase());
    let _ = writeln!(out, "{}", card.title.officer.to_uppercase());
    let _ = writeln!(out, "{rule}");
    let width = card.user_locale.len().max(card.officer_locale.len()) + 2;
    let lines = std::iter::once(&card.heading).chain(&card.phrases);
    for line in lines {
        push_wrapped(
            &mut out,
            &format!("{:<width$}", card.user_locale),
            &line.user,
        );
        push_wrapped(
            &mut out,
            &format!("{:<width$}", card.officer_locale),
            &line.officer,
        );
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "{rule}");
    push_wrapped(&mut out, "", &review_notice(amparo, card.review));
    out
}

pub fn info(info: &ContentInfo) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "content version  {}", info.content_version);
    let origin = match info.pack.origin {
        amparo_core::PackOrigin::Embedded => "embedded in the app",
        amparo_core::PackOrigin::Installed => "installed pack",
        amparo_core::PackOrigin::File => "pack file",
    };
    let _ = writeln!(out, "pack             {origin}");
    let _ = writeln!(out, "built            {}", info.built);
    let stale = match (info.stale, info.days_past_stale) {
        (Some(true), Some(days)) => format!(" (past it by {days} day(s): look for newer content)"),
        (Some(false), _) => " (not yet)".to_owned(),
        _ => String::new(),
    };
    let _ = writeln!(out, "stale after      {}{stale}", info.stale_after);
    let _ = writeln!(out, "covers           {}", info.coverage.join(", "));
    let _ = writeln!(
        out,
        "topics           {} ({} steps)",
        info.topics, info.steps
    );
    let _ = writeln!(out, "laws             {}", info.laws);
    let _ = writeln!(out, "hotlines         {}", info.hotlines);
    let _ = writeln!(out, "organizations    {}", info.organizations);
    let _ = writeln!(out, "regions          {}", info.regions);
    let _ = writeln!(out, "locales          {}", info.locales);
    let _ = writeln!(out, "counties, ZIPs   {}, {}", info.counties, info.zips);
    let _ = writeln!(
        out,
        "legal review     {:?}: {} reviewed by a lawyer, {} not reviewed",
        info.legal_review.status, info.legal_review.lawyer_reviewed, info.legal_review.unreviewed
    );
    let numbers = &info.numbers;
    let _ = writeln!(
        out,
        "numbers          {} listed, {} confirmed by phone, {} with a conflicting number",
        numbers.listed, numbers.confirmed, numbers.conflicting
    );
    let _ = writeln!(
        out,
        "source dates     {} to {}; {} sources show no date",
        numbers.oldest_source_date.as_deref().unwrap_or("-"),
        numbers.newest_source_date.as_deref().unwrap_or("-"),
        numbers.undated_sources
    );
    let _ = writeln!(out, "credits");
    for credit in &info.credits {
        let _ = writeln!(
            out,
            "  {} ({}): {}",
            credit.name, credit.license, credit.used_for
        );
    }
    out
}

pub fn check_summary(summary: &CheckSummary) -> String {
    let bytes = &summary.bytes;
    format!(
        "ok: {} topics, {} laws, {} hotlines, {} organizations, {} regions; locales: {}\n\
         pack: {} bytes; {} counties {} bytes ({} of them polygons), {} ZIPs {} bytes, \
         states and ZIP prefixes {} bytes, text {} bytes\n",
        summary.topics,
        summary.laws,
        summary.hotlines,
        summary.organizations,
        summary.regions,
        summary.locales.join(", "),
        bytes.total,
        summary.counties,
        bytes.counties,
        bytes.county_polygons,
        summary.zips,
        bytes.zips,
        bytes.states,
        bytes.locales,
    )
}

fn review_notice(amparo: &Amparo, review: LegalReview) -> String {
    label(amparo, messages::legal_review(review))
}

/// Appends `text` wrapped to the terminal width, the first line after
/// `prefix` and the rest indented to match. Widths are display columns
/// (Chinese characters take two), and text without spaces (Chinese) is
/// broken between characters.
fn push_wrapped(out: &mut String, prefix: &str, text: &str) {
    let indent = " ".repeat(prefix.width());
    let mut line = prefix.to_owned();
    let mut used = prefix.width();
    let mut line_has_text = false;
    for word in text.split_whitespace() {
        let gap = usize::from(line_has_text);
        // A word that fits on a line of its own moves to the next line whole;
        // a longer run (Chinese has no spaces) fills this line first.
        let fits_a_line = indent.len() + word.width() <= WIDTH;
        if line_has_text && fits_a_line && used + gap + word.width() > WIDTH {
            let _ = writeln!(out, "{line}");
            line = indent.clone();
            used = indent.len();
            line_has_text = false;
        } else if line_has_text {
            line.push(' ');
            used += 1;
        }
        for c in word.chars() {
            let w = c.width().unwrap_or(0);
            if line_has_text && used + w > WIDTH {
                let _ = writeln!(out, "{line}");
                line = indent.clone();
                used = indent.len();
            }
            line.push(c);
            used += w;
            line_has_text = true;
        }
    }
    let _ = writeln!(out, "{line}");
}

/// A number as people dial it: "(213) 385-7800, extension 136".
fn phone_words(amparo: &Amparo, phone: &PhoneNumber) -> String {
    match &phone.extension {
        Some(extension) => {
            let ext = amparo
                .message(messages::NUMBER_EXTENSION, &[("extension", extension)])
                .unwrap_or_else(|_| extension.clone());
            format!("{}, {ext}", phone.display)
        }
        None => phone.display.clone(),
    }
}

pub fn help(amparo: &Amparo, answer: &HelpAnswer) -> String {
    let mut out = String::new();
    match &answer.region {
        Some(region) => {
            let city = region
                .city
                .as_deref()
                .map(|c| format!("{c}, "))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{city}{} ({}), {}",
                region.county_full.to_uppercase(),
                region.county_fips,
                region.state
            );
        }
        None => match &answer.state {
            Some(state) => {
                let _ = writeln!(out, "{} ({})", state.name.to_uppercase(), state.code);
            }
            None => {
                let _ = writeln!(out, "—");
            }
        },
    }
    for nearby in &answer.also_counties {
        push_wrapped(&mut out, "  ", &nearby.note);
    }
    if let Some(notice) = &answer.notice {
        let _ = writeln!(out);
        push_wrapped(&mut out, "! ", notice);
    }
    if let Some(policy) = &answer.policy {
        let _ = writeln!(out);
        push_wrapped(&mut out, "", &policy.text);
        let laws: Vec<String> = policy
            .laws
            .iter()
            .map(|l| format!("{} ({})", l.name, l.citation))
            .collect();
        push_wrapped(&mut out, "  ", &laws.join("; "));
        push_wrapped(&mut out, "  ", &review_notice(amparo, policy.review));
        for local in &policy.local {
            let _ = writeln!(out);
            push_local_policy(&mut out, local);
        }
        if let Some(note) = &policy.hidden_note {
            push_wrapped(&mut out, "  ", note);
        }
    }
    if !answer.state_laws.is_empty() {
        let _ = writeln!(out);
        for law in &answer.state_laws {
            push_wrapped(
                &mut out,
                "  ",
                &format!("{} ({}) [{}]", law.name, law.citation, law.status_label),
            );
        }
    }
    let _ = writeln!(out);
    const INDENT: &str = "                    ";
    for line in &answer.hotlines {
        let _ = writeln!(
            out,
            "{:<19} {}",
            phone_words(amparo, &line.phone),
            line.name
        );
        let mut about = line.kind_label.clone();
        if let Some(operator) = &line.operator_label {
            about = format!("{about} {operator}");
        }
        push_wrapped(&mut out, INDENT, &about);
        if let Some(area) = &line.area {
            push_wrapped(&mut out, INDENT, &area.label);
        }
        if let Some(note) = &line.note {
            push_wrapped(&mut out, &format!("{INDENT}! "), note);
        }
        if let Some(conflict) = &line.conflict {
            push_wrapped(
                &mut out,
                &format!("{INDENT}! "),
                &format!(
                    "{} {} {}: {}",
                    conflict.note,
                    conflict.reason,
                    conflict.with_name,
                    phone_words(amparo, &conflict.with_phone)
                ),
            );
        }
        if let Some(hours) = &line.hours {
            let now = match line.open_now {
                Some(true) => format!(" · {}", label(amparo, messages::HOURS_OPEN_NOW)),
                Some(false) => format!(" · {}", label(amparo, messages::HOURS_CLOSED_NOW)),
                None => String::new(),
            };
            push_wrapped(&mut out, INDENT, &format!("{}{now}", hours.words));
        }
        if line.phone.accepts_texts {
            push_wrapped(
                &mut out,
                INDENT,
                &label(amparo, messages::NUMBER_TAKES_TEXTS),
            );
        }
        let confidence = line
            .low_confidence_note
            .clone()
            .unwrap_or_else(|| line.confidence_label.clone());
        push_wrapped(
            &mut out,
            INDENT,
            &format!("{} {confidence}", line.confirmation_note),
        );
        let _ = writeln!(out, "{INDENT}{}:", label(amparo, messages::LABEL_SOURCES));
        // One address a line, never broken: people copy them.
        for source in line
            .source_refs
            .iter()
            .filter_map(|&i| answer.sources.get(i as usize))
        {
            let _ = writeln!(out, "{INDENT}  {}", source.reference());
        }
    }
    if !answer.organizations.is_empty() {
        let _ = writeln!(out);
    }
    for org in &answer.organizations {
        let services: Vec<&str> = org.services.iter().map(|s| s.name()).collect();
        let phone = org
            .phone
            .as_ref()
            .map(|p| format!("  {}", phone_words(amparo, p)))
            .unwrap_or_default();
        let _ = writeln!(out, "{:>7.1} km  {}{phone}", org.distance_km, org.name);
        let place = org
            .address
            .clone()
            .or_else(|| org.city.clone())
            .unwrap_or_else(|| org.county_fips.clone());
        push_wrapped(
            &mut out,
            "            ",
            &format!(
                "{place} · {} · {} · {}",
                org.service_labels.join(", "),
                org.cost_label,
                org.location_note
            ),
        );
        let _ = services;
        for other in &org.other_phones {
            push_wrapped(&mut out, "            ", &phone_words(amparo, other));
        }
        if let Some(note) = &org.note {
            push_wrapped(&mut out, "            ! ", note);
        }
        for caution in &org.caution_labels {
            push_wrapped(&mut out, "            · ", caution);
        }
        if org.phone.is_some() {
            push_wrapped(&mut out, "            ", &org.confirmation_note);
        }
    }
    let detention = &answer.detention;
    let _ = writeln!(out);
    push_wrapped(&mut out, "! ", &detention.notice);
    if let Some(url) = &detention.locator_url {
        let _ = writeln!(out, "  {url}");
    }
    for facility in &detention.facilities {
        push_facility(&mut out, amparo, facility);
    }
    out
}

fn push_local_policy(out: &mut String, local: &LocalPolicyAnswer) {
    let status = local
        .status_label
        .as_deref()
        .map(|s| format!(", {s}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{} — {}{status}",
        local.jurisdiction.to_uppercase(),
        local.category_label
    );
    push_wrapped(out, "  ", &local.text);
    if let Some(note) = &local.low_confidence_note {
        push_wrapped(out, "  ! ", note);
    }
    push_wrapped(out, "  ", &local.reminder);
}

fn push_facility(out: &mut String, amparo: &Amparo, f: &FacilityAnswer) {
    let distance = f
        .distance_km
        .map(|km| format!("{km:>7.1} km  "))
        .unwrap_or_default();
    let _ = writeln!(out, "{distance}{}", f.name);
    let place = [f.address.clone(), f.city.clone(), Some(f.county.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    push_wrapped(
        out,
        "    ",
        &format!("{} · {} · {place}", f.kind_label, f.status_label),
    );
    if let Some(phone) = &f.phone {
        push_wrapped(out, "    ", &phone_words(amparo, phone));
    }
    if let Some(note) = &f.note {
        push_wrapped(out, "    ", note);
    }
}

/// The detainer map as a table: county, category, and each policy below.
pub fn policies(amparo: &Amparo, table: &PolicyTable) -> String {
    let mut out = String::new();
    if let Some(baseline) = &table.baseline {
        push_wrapped(&mut out, "", baseline);
        let _ = writeln!(out);
    }
    let width = table
        .counties
        .iter()
        .map(|row| row.county_full.width())
        .max()
        .unwrap_or(0);
    for row in &table.counties {
        let padding = " ".repeat(width.saturating_sub(row.county_full.width()));
        let cities = if row.city_policies.is_empty() {
            String::new()
        } else {
            let names: Vec<&str> = row
                .city_policies
                .iter()
                .map(|c| c.jurisdiction.as_str())
                .collect();
            format!("  (+ {})", names.join(", "))
        };
        let _ = writeln!(
            out,
            "{} {}{padding}  {}{cities}{hidden}",
            row.county_fips,
            row.county_full,
            row.category_label,
            hidden = row
                .hidden_note
                .as_deref()
                .map(|n| format!("  ({n})"))
                .unwrap_or_default()
        );
    }
    let _ = writeln!(out);
    for row in &table.counties {
        if row.county_policy.id.is_some() {
            push_local_policy(&mut out, &row.county_policy);
            let _ = writeln!(out);
        }
        for city in &row.city_policies {
            push_local_policy(&mut out, city);
            let _ = writeln!(out);
        }
    }
    push_wrapped(
        &mut out,
        "",
        &review_notice(amparo, LegalReview::Unreviewed),
    );
    out
}

pub fn detention(amparo: &Amparo, answer: &DetentionAnswer) -> String {
    let mut out = String::new();
    push_wrapped(&mut out, "! ", &answer.notice);
    if let Some(url) = &answer.locator_url {
        let _ = writeln!(out, "  {url}");
    }
    let _ = writeln!(out);
    for line in &answer.info_lines {
        let _ = writeln!(
            out,
            "{:<19} {}",
            phone_words(amparo, &line.phone),
            line.name
        );
        if let Some(note) = &line.note {
            push_wrapped(&mut out, "                    ", note);
        }
    }
    let _ = writeln!(out);
    for facility in &answer.facilities {
        push_facility(&mut out, amparo, facility);
    }
    out
}

/// `amparo l10n status` as a table, one locale per row.
pub fn l10n_status(locales: &Vec<amparo_compiler::l10n::LocaleStatus>) -> String {
    let mut out = String::from(
        "locale   done  missing obsolete variables glossary back-translated stale  made    reviewed\n",
    );
    for l in locales {
        out.push_str(&format!(
            "{:<8} {:>3}%  {:>7} {:>8} {:>9} {:>8} {:>8}/{:<6} {:>5}  {:<7} {}\n",
            l.tag,
            l.percent,
            l.missing,
            l.obsolete,
            l.variable_mismatches,
            l.glossary_violations,
            l.back_translated,
            l.safety_critical,
            l.stale_back_translations,
            l.translation,
            if l.human_reviewed { "yes" } else { "no" },
        ));
    }
    out
}
