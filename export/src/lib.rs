//! Printable wallet cards and a booklet, in any pair of the pack's
//! languages, as a self-contained folder of HTML and print CSS.
//!
//! Invariants: the output references nothing outside its folder (no fonts,
//! scripts, images or links to load; source URLs are printed as text); every
//! page carries the content version, the sources' dates and, while no lawyer
//! has reviewed the content, the notice saying so; every element holding
//! user-language text has its `lang` and `dir`. All text comes from the core
//! (the catalog and the content); nothing here decides what is said.

use amparo_core::model::{HotlineKind, PlanPrefill, TextDirection};
use amparo_core::{Amparo, AmparoError, ContentInfo, HelpAnswer, HelpQuery, Place, messages};

/// Paper sizes a printer takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    Letter,
    A4,
}

impl Paper {
    fn css(self) -> &'static str {
        match self {
            Paper::Letter => "letter",
            Paper::A4 => "A4",
        }
    }
}

/// One file of the export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    pub name: &'static str,
    pub text: String,
}

/// Cards per printed sheet: two columns of four credit-card-sized cards
/// (85.6 × 54 mm) fit inside both letter and A4 margins.
const CARDS_PER_SHEET: usize = 8;

/// The export for the user of `user` (their negotiated languages), with
/// the officer's side in `officer_locale`, and a place's local help when
/// `place` is given.
pub fn export(
    user: &Amparo,
    officer_locale: &str,
    place: Option<&Place>,
    paper: Paper,
) -> Result<Vec<ExportFile>, AmparoError> {
    let officer = {
        let mut officer = user.clone();
        officer.set_locales(&[officer_locale])?;
        officer
    };
    let page = Page::new(user, &officer);
    let mut files = vec![
        ExportFile {
            name: "style.css",
            text: style(paper),
        },
        ExportFile {
            name: "cards.html",
            text: cards(user, &page, officer_locale)?,
        },
        ExportFile {
            name: "booklet.html",
            text: booklet(user, &page)?,
        },
    ];
    files.push(ExportFile {
        name: "quiz.html",
        text: quiz_handout(user, &page)?,
    });
    let answer = match place {
        Some(place) => Some(user.find_help(&HelpQuery::new(place.clone()))?),
        None => None,
    };
    files.push(ExportFile {
        name: "plan.html",
        text: plan_form(user, &page, answer.as_ref())?,
    });
    if let Some(answer) = &answer {
        files.push(ExportFile {
            name: "place.html",
            text: place_page(user, &page, answer),
        });
    }
    Ok(files)
}

/// What every page shares: languages, directions and the footer.
struct Page {
    user_lang: String,
    user_dir: &'static str,
    officer_lang: String,
    officer_dir: &'static str,
    footer: String,
}

fn dir(direction: TextDirection) -> &'static str {
    match direction {
        TextDirection::Rtl => "rtl",
        TextDirection::Ltr => "ltr",
    }
}

impl Page {
    fn new(user: &Amparo, officer: &Amparo) -> Self {
        let info: ContentInfo = user.content_info(None);
        let version = info.content_version.to_string();
        let oldest = info.numbers.oldest_source_date.clone().unwrap_or_default();
        let newest = info.numbers.newest_source_date.clone().unwrap_or_default();
        let mut footer = message(
            user,
            messages::EXPORT_FOOTER,
            &[
                ("version", &version),
                ("oldest", &oldest),
                ("newest", &newest),
            ],
        );
        if info.legal_review.unreviewed > 0 {
            footer.push(' ');
            footer.push_str(&message(user, messages::LEGAL_REVIEW_UNREVIEWED, &[]));
        }
        let first = |amparo: &Amparo| amparo.locale_chain().into_iter().next().unwrap_or_default();
        Page {
            user_lang: first(user),
            user_dir: dir(user.text_direction()),
            officer_lang: first(officer),
            officer_dir: dir(officer.text_direction()),
            footer,
        }
    }

    fn document(&self, title: &str, body: &str) -> String {
        format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <title>{title}</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n\
             <footer class=\"notice\">{footer}</footer>\n{body}</body>\n</html>\n",
            lang = self.user_lang,
            dir = self.user_dir,
            title = escape(title),
            footer = escape(&self.footer),
        )
    }
}

fn message(amparo: &Amparo, id: &str, args: &[(&str, &str)]) -> String {
    // Every id here is declared in the registry, which the compiler
    // requires in English: the id itself is shown only if that failed.
    amparo.message(id, args).unwrap_or_else(|_| id.to_owned())
}

/// HTML-escapes text.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn cards(user: &Amparo, page: &Page, officer_locale: &str) -> Result<String, AmparoError> {
    let mut cards = Vec::new();
    for topic in user.topics() {
        cards.push(user.rights_card(&topic.id, officer_locale)?);
    }
    let title = message(user, messages::EXPORT_CARDS_TITLE, &[]);
    let mut body = format!(
        "<header class=\"screen-only\"><h1>{}</h1><p>{}</p></header>\n",
        escape(&title),
        escape(&message(user, messages::EXPORT_CARDS_HOW, &[]))
    );
    for sheet in cards.chunks(CARDS_PER_SHEET) {
        // Front: the user's side, in reading order.
        body.push_str("<section class=\"sheet front\">\n");
        for card in sheet {
            let lines: Vec<&str> = card.phrases.iter().map(|p| p.user.as_str()).collect();
            body.push_str(&card_side(
                "card",
                (&page.user_lang, page.user_dir),
                &card.title.user,
                None,
                &lines,
            ));
        }
        body.push_str("</section>\n");
        // Back: the officer's side. Each row's two cards are swapped, so
        // that a sheet turned over on its long edge puts every back behind
        // its front.
        body.push_str("<section class=\"sheet back\">\n");
        for row in sheet.chunks(2) {
            let mut row: Vec<_> = row.iter().collect();
            if row.len() == 1 {
                body.push_str("<div class=\"card blank\"></div>\n");
            }
            row.reverse();
            for card in row {
                let lines: Vec<&str> = card.phrases.iter().map(|p| p.officer.as_str()).collect();
                body.push_str(&card_side(
                    "card officer",
                    (&page.officer_lang, page.officer_dir),
                    &card.title.officer,
                    Some(&card.heading.officer),
                    &lines,
                ));
            }
        }
        body.push_str("</section>\n");
    }
    Ok(page.document(&title, &body))
}

/// One side of a wallet card.
fn card_side(
    class: &str,
    (lang, dir): (&str, &str),
    title: &str,
    heading: Option<&str>,
    lines: &[&str],
) -> String {
    let heading = heading
        .map(|h| format!("<p class=\"heading\">{}</p>", escape(h)))
        .unwrap_or_default();
    let items: String = lines
        .iter()
        .map(|line| format!("<li>{}</li>", escape(line)))
        .collect();
    format!(
        "<article class=\"{class}\" lang=\"{lang}\" dir=\"{dir}\"><h2>{}</h2>{heading}<ul>{items}</ul></article>\n",
        escape(title)
    )
}

fn booklet(user: &Amparo, page: &Page) -> Result<String, AmparoError> {
    let title = message(user, messages::EXPORT_BOOKLET_TITLE, &[]);
    let (say, why, sources, checked) = (
        message(user, messages::LABEL_SAY, &[]),
        message(user, messages::LABEL_WHY, &[]),
        message(user, messages::LABEL_SOURCES, &[]),
        message(user, messages::LABEL_CHECKED, &[]),
    );
    let mut body = format!("<h1>{}</h1>\n", escape(&title));
    for summary in user.topics() {
        let topic = user.topic(&summary.id)?;
        body.push_str(&format!(
            "<section class=\"topic\"><h2>{}</h2><p class=\"summary\">{}</p>\n<ol>\n",
            escape(&topic.title),
            escape(&topic.summary)
        ));
        for step in &topic.steps {
            body.push_str(&format!(
                "<li><p class=\"action\">{}</p>",
                escape(&step.action)
            ));
            if let Some(words) = &step.say {
                body.push_str(&format!(
                    "<p class=\"say\"><b>{}:</b> {}</p>",
                    escape(&say),
                    escape(words)
                ));
            }
            body.push_str(&format!(
                "<p class=\"why\"><b>{}:</b> {}</p>",
                escape(&why),
                escape(&step.why)
            ));
            body.push_str(&format!(
                "<p class=\"sources\">{}: {} · {}: {}</p></li>\n",
                escape(&sources),
                escape(&source_list(&step.sources)),
                escape(&checked),
                escape(&step.checked)
            ));
        }
        body.push_str("</ol>\n");
        if !topic.do_not.is_empty() {
            body.push_str(&format!(
                "<h3>{}</h3><ul class=\"do-not\">",
                escape(&message(user, messages::EXPORT_DO_NOT, &[]))
            ));
            for point in &topic.do_not {
                body.push_str(&format!("<li>{}</li>", escape(&point.text)));
            }
            body.push_str("</ul>\n");
        }
        body.push_str("</section>\n");
    }
    body.push_str(&format!(
        "<section class=\"laws\"><h2>{}</h2>\n",
        escape(&message(user, messages::EXPORT_LAWS, &[]))
    ));
    for law in user.laws() {
        body.push_str(&format!(
            "<article class=\"law\"><h3>{} <span class=\"citation\">({}, {})</span></h3><p>{}</p><p class=\"sources\">{}: {}</p></article>\n",
            escape(&law.name),
            escape(&law.citation),
            escape(&law.status_label),
            escape(&law.summary),
            escape(&sources),
            escape(&source_list(&law.sources))
        ));
    }
    body.push_str("</section>\n");
    Ok(page.document(&title, &body))
}

/// The training quiz as a handout: every situation's questions with boxes
/// to tick, then the answers with why and the sources, on their own pages
/// so a trainer can keep them back.
fn quiz_handout(user: &Amparo, page: &Page) -> Result<String, AmparoError> {
    let title = message(user, messages::TRAIN_TITLE, &[]);
    let sources = message(user, messages::LABEL_SOURCES, &[]);
    let mut body = format!("<h1>{}</h1>\n", escape(&title));
    let mut key = format!(
        "<section class=\"answers\"><h1>{}</h1>\n",
        escape(&message(user, messages::EXPORT_QUIZ_ANSWERS, &[]))
    );
    let mut number = 0;
    for summary in user.topics() {
        let quiz = user.quiz(&summary.id)?;
        body.push_str(&format!(
            "<section class=\"quiz\"><h2>{}</h2>\n<ol class=\"questions\" start=\"{}\">\n",
            escape(&quiz.title),
            number + 1
        ));
        key.push_str(&format!(
            "<h3>{}</h3>\n<ol start=\"{}\">\n",
            escape(&quiz.title),
            number + 1
        ));
        for question in &quiz.questions {
            number += 1;
            body.push_str(&format!(
                "<li><p class=\"question\">{}",
                escape(&question.text)
            ));
            if let Some(label) = &question.scope_label {
                body.push_str(&format!(
                    " <span class=\"scope\">({})</span>",
                    escape(label)
                ));
            }
            body.push_str("</p><ul class=\"choices\">");
            for choice in &question.choices {
                body.push_str(&format!(
                    "<li><span class=\"box\"></span> {}) {}</li>",
                    escape(&choice.id),
                    escape(&choice.text)
                ));
            }
            body.push_str("</ul></li>\n");
            let first = question
                .choices
                .first()
                .map(|c| c.id.as_str())
                .unwrap_or_default();
            let check = user.check_answer(&question.id, first)?;
            key.push_str(&format!(
                "<li><p><b>{}) {}</b></p><p>{}</p><p class=\"sources\">{}: {}</p></li>\n",
                escape(&check.right_choice.id),
                escape(&check.right_choice.text),
                escape(&check.explanation),
                escape(&sources),
                escape(&source_list(&check.sources))
            ));
        }
        body.push_str("</ol></section>\n");
        key.push_str("</ol>\n");
    }
    key.push_str("</section>\n");
    body.push_str(&key);
    Ok(page.document(&title, &body))
}

/// The family plan as a form to fill in by hand, then the emergency
/// messages to prepare, with blanks. With a place, its rapid response
/// lines are printed where the form asks for them.
fn plan_form(
    user: &Amparo,
    page: &Page,
    answer: Option<&HelpAnswer>,
) -> Result<String, AmparoError> {
    let plan = user.family_plan();
    let sources = message(user, messages::LABEL_SOURCES, &[]);
    let mut body = format!(
        "<h1>{}</h1>\n<p class=\"intro\">{}</p>\n",
        escape(&plan.title),
        escape(&plan.intro)
    );
    for field in &plan.fields {
        body.push_str(&format!(
            "<section class=\"field\"><h2>{}</h2><p class=\"hint\">{}</p>",
            escape(&field.label),
            escape(&field.hint)
        ));
        let known: Vec<String> = match (field.prefill, answer) {
            (Some(PlanPrefill::RapidResponseLine), Some(answer)) => answer
                .hotlines
                .iter()
                .filter(|line| line.kind == HotlineKind::RapidResponse)
                .map(|line| {
                    format!(
                        "<p class=\"known\">{} <span class=\"phone\" dir=\"ltr\">{}</span></p>",
                        escape(&line.name),
                        escape(&line.phone.display)
                    )
                })
                .collect(),
            _ => Vec::new(),
        };
        for line in &known {
            body.push_str(line);
        }
        let blank = usize::try_from(field.lines)
            .unwrap_or(1)
            .saturating_sub(known.len());
        for _ in 0..blank {
            body.push_str("<div class=\"write\"></div>");
        }
        body.push_str(&format!(
            "<p class=\"sources\">{}: {}</p></section>\n",
            escape(&sources),
            escape(&source_list(&field.sources))
        ));
    }
    body.push_str("<section class=\"messages\">\n");
    for template in user.emergency_templates() {
        let blank = user.emergency_message(&template.kind, &[])?;
        body.push_str(&format!(
            "<article class=\"message\"><h2>{}</h2><p class=\"hint\">{}</p><p class=\"text\">{}</p>",
            escape(&template.title),
            escape(&template.when),
            escape(&blank.text)
        ));
        if blank.english != blank.text {
            body.push_str(&format!(
                "<p class=\"text\" lang=\"en\" dir=\"ltr\">{}</p>",
                escape(&blank.english)
            ));
        }
        body.push_str("</article>\n");
    }
    body.push_str("</section>\n");
    Ok(page.document(&plan.title, &body))
}

/// Sources as printed text: publisher, date and address, never a link to
/// load.
fn source_list(sources: &[amparo_core::model::Source]) -> String {
    sources
        .iter()
        .map(|s| {
            let mut text = s.publisher.clone();
            if let Some(date) = &s.date {
                text.push_str(&format!(" ({date})"));
            }
            text.push_str(&format!(" {}", s.reference()));
            text
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn place_page(user: &Amparo, page: &Page, answer: &HelpAnswer) -> String {
    let place = answer
        .region
        .as_ref()
        .map(|r| r.county_full.clone())
        .unwrap_or_default();
    let title = message(user, messages::EXPORT_HELP_NEAR, &[("place", &place)]);
    let mut body = format!("<h1>{}</h1>\n", escape(&title));
    body.push_str(&format!(
        "<h2>{}</h2>\n<ul class=\"lines\">",
        escape(&message(user, messages::EXPORT_LINES, &[]))
    ));
    for line in &answer.hotlines {
        body.push_str(&format!(
            "<li><b>{}</b> <span class=\"phone\" dir=\"ltr\">{}</span> — {}</li>",
            escape(&line.name),
            escape(&line.phone.display),
            escape(&line.kind_label)
        ));
    }
    body.push_str("</ul>\n");
    if let Some(policy) = &answer.policy {
        body.push_str(&format!(
            "<h2>{}</h2>\n<p>{}</p>\n",
            escape(&message(user, messages::EXPORT_POLICY, &[])),
            escape(&policy.text)
        ));
        for local in &policy.local {
            body.push_str(&format!("<p>{}</p>\n", escape(&local.text)));
        }
    }
    body.push_str(&format!(
        "<h2>{}</h2>\n<ul class=\"facilities\">",
        escape(&message(user, messages::EXPORT_DETENTION, &[]))
    ));
    for facility in answer.detention.facilities.iter().take(3) {
        body.push_str(&format!(
            "<li><b>{}</b>, {}</li>",
            escape(&facility.name),
            escape(facility.address.as_deref().unwrap_or(&facility.county))
        ));
    }
    body.push_str("</ul>\n");
    page.document(&title, &body)
}

fn style(paper: Paper) -> String {
    format!(
        r#"/* Print styles for Amparo's cards and booklet. Only generic font
   families: the fonts already on the computer that prints are used. */
@page {{ size: {paper}; margin: 12mm; }}
html {{ font-family: "Noto Sans", "Noto Sans CJK TC", "Noto Sans CJK SC", "Noto Sans Khmer",
  "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans Armenian", "Noto Sans Devanagari",
  "Noto Sans Gurmukhi", "Noto Sans Ethiopic", "DejaVu Sans", sans-serif; font-size: 11pt;
  line-height: 1.35; color: #000; background: #fff; }}
h1 {{ font-size: 18pt; margin: 0 0 4mm; }}
h2 {{ font-size: 14pt; margin: 6mm 0 2mm; break-after: avoid; }}
h3 {{ font-size: 12pt; margin: 4mm 0 1mm; break-after: avoid; }}
p {{ margin: 0 0 1.5mm; }}
li {{ margin-bottom: 2mm; break-inside: avoid; }}
.notice {{ position: fixed; bottom: 0; left: 0; right: 0; font-size: 7.5pt; color: #333;
  border-top: 0.2mm solid #999; padding-top: 1mm; }}
body {{ margin: 0 0 14mm; }}
.topic {{ break-before: page; }}
.laws {{ break-before: page; }}
.sources, .citation {{ font-size: 8.5pt; color: #333; overflow-wrap: anywhere; }}
.phone {{ font-weight: bold; white-space: nowrap; unicode-bidi: isolate; }}
.sheet {{ display: grid; grid-template-columns: 85.6mm 85.6mm; grid-auto-rows: 54mm;
  justify-content: center; align-content: start; break-after: page; }}
.card {{ box-sizing: border-box; width: 85.6mm; height: 54mm; padding: 3mm 3.5mm;
  border: 0.25mm dashed #777; overflow: hidden; font-size: 7.5pt; line-height: 1.25; }}
.card h2 {{ font-size: 9.5pt; margin: 0 0 1.5mm; }}
.card ul {{ margin: 0; padding-inline-start: 3.5mm; }}
.card li {{ margin-bottom: 1mm; }}
.card .heading {{ font-weight: bold; }}
.screen-only {{ margin-bottom: 4mm; }}
.quiz {{ break-inside: auto; }}
.questions > li {{ margin-bottom: 3mm; }}
.question {{ font-weight: bold; }}
.scope {{ font-weight: normal; font-size: 9pt; }}
.choices {{ list-style: none; padding-inline-start: 2mm; margin: 1mm 0 0; }}
.choices li {{ margin-bottom: 1mm; }}
.box {{ display: inline-block; width: 3mm; height: 3mm; border: 0.3mm solid #000;
  vertical-align: -0.4mm; }}
.answers {{ break-before: page; }}
.intro {{ font-size: 11.5pt; }}
.field {{ break-inside: avoid; margin-bottom: 3mm; }}
.field h2 {{ margin-top: 4mm; }}
.hint {{ font-size: 9pt; color: #333; }}
.known {{ font-size: 11pt; margin: 1mm 0; }}
.write {{ height: 8mm; border-bottom: 0.3mm solid #000; }}
.messages {{ break-before: page; }}
.message {{ break-inside: avoid; margin-bottom: 4mm; }}
.message .text {{ border: 0.3mm solid #777; padding: 2mm; margin: 1mm 0; }}
@media print {{ .screen-only {{ display: none; }} }}
"#,
        paper = paper.css()
    )
}

/// Whether a document loads anything from outside its folder.
pub fn external_references(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attribute in ["src=", "href="] {
        for (at, _) in html.match_indices(attribute) {
            let value: String = html[at + attribute.len()..]
                .chars()
                .skip(1)
                .take_while(|&c| c != '"' && c != '\'')
                .collect();
            if value != "style.css" {
                found.push(value);
            }
        }
    }
    for marker in ["@import", "url(", "<script"] {
        if html.contains(marker) {
            found.push(marker.to_owned());
        }
    }
    found
}
