//! Plain-text layouts for a terminal. Presentation only: every word shown to
//! the user comes from the core, already localized.

use std::fmt::Write;

use amparo_core::model::LegalReview;
use amparo_core::{Amparo, ContentInfo, LocaleInfo, RightsCard, Topic, TopicSummary};

use crate::CheckSummary;

const WIDTH: usize = 78;

pub fn chain_line(chain: &[String]) -> String {
    format!("[{}]\n", chain.join(" → "))
}

pub fn locales(locales: &Vec<LocaleInfo>) -> String {
    let mut out = String::new();
    for locale in locales {
        let _ = writeln!(
            out,
            "{:<8} {:<12} {:>5.1}%  {:?}, {}{}",
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
        if let Some(say) = &step.say {
            push_wrapped(
                &mut out,
                "    ",
                &format!("{}: «{say}»", label("label-say")),
            );
        }
        push_wrapped(
            &mut out,
            "    ",
            &format!("{}: {}", label("label-why"), step.why),
        );
        let sources: Vec<&str> = step.sources.iter().map(|s| s.url.as_str()).collect();
        push_wrapped(
            &mut out,
            "    ",
            &format!(
                "{} ({} {}): {}",
                label("label-sources"),
                label("label-checked"),
                step.checked,
                sources.join(" ")
            ),
        );
        let _ = writeln!(out);
    }
    push_wrapped(&mut out, "", &review_notice(amparo, topic.review));
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
    let lines = std::iter::once(&card.heading).chain(&card.phrases);
    for line in lines {
        push_wrapped(&mut out, &format!("{:<6}", card.user_locale), &line.user);
        push_wrapped(
            &mut out,
            &format!("{:<6}", card.officer_locale),
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
    let _ = writeln!(out, "content version  {}", info.version);
    let _ = writeln!(out, "built            {}", info.built);
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
    let _ = writeln!(
        out,
        "legal review     {:?}: {} reviewed by a lawyer, {} not reviewed",
        info.legal_review.status, info.legal_review.lawyer_reviewed, info.legal_review.unreviewed
    );
    out
}

pub fn check_summary(summary: &CheckSummary) -> String {
    format!(
        "ok: {} topics, {} laws, {} hotlines, {} organizations, {} regions; locales: {}\n",
        summary.topics,
        summary.laws,
        summary.hotlines,
        summary.organizations,
        summary.regions,
        summary.locales.join(", ")
    )
}

fn review_notice(amparo: &Amparo, review: LegalReview) -> String {
    let id = match review {
        LegalReview::Unreviewed => "legal-review-unreviewed",
        LegalReview::LawyerReviewed => "legal-review-lawyer-reviewed",
    };
    amparo.message(id, &[]).unwrap_or_else(|_| id.to_owned())
}

/// Appends `text` wrapped at word boundaries, the first line after `prefix`
/// and the rest indented to match. Words longer than a line (or scripts
/// without spaces) are left whole rather than cut.
fn push_wrapped(out: &mut String, prefix: &str, text: &str) {
    let indent = " ".repeat(prefix.chars().count());
    let mut line = prefix.to_owned();
    let mut line_has_words = false;
    for word in text.split_whitespace() {
        let fits = line.chars().count() + 1 + word.chars().count() <= WIDTH;
        if line_has_words && !fits {
            let _ = writeln!(out, "{line}");
            line = indent.clone();
            line_has_words = false;
        }
        if line_has_words {
            line.push(' ');
        }
        line.push_str(word);
        line_has_words = true;
    }
    let _ = writeln!(out, "{line}");
}
