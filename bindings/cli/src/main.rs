//! `amparo`: the rights content at a terminal, for rapid-response volunteers
//! and content authors. A thin door: it parses arguments, asks the core, and
//! prints. Every decision (negotiation, fallback, validation) is the core's.

mod export;
mod pack;
mod present;
mod render;
mod train;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use amparo_core::model::Service;
use amparo_core::{Amparo, AmparoError, HelpQuery, LocalTime, Place};
use clap::{Parser, Subcommand};
use serde::Serialize;

/// Know-your-rights content, offline, in your language.
#[derive(Parser)]
#[command(name = "amparo", version)]
struct Cli {
    /// Preferred languages, most preferred first, comma-separated
    /// (e.g. `es-MX,en`). Defaults to the LANG environment variable, else `en`.
    #[arg(long, global = true, value_name = "TAGS")]
    lang: Option<String>,

    /// Answer in JSON (every answer includes "locale_chain").
    #[arg(long, global = true)]
    json: bool,

    /// The state whose content to show (e.g. `CT`): leaves out steps and
    /// laws of other states. `laws`, `policies` and `detention` take any
    /// state.
    #[arg(long, global = true, value_name = "XX")]
    state: Option<String>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// The languages the content is available in, with coverage.
    Locales,
    /// The situations, in order.
    Topics,
    /// One situation, step by step.
    Topic { id: String },
    /// The words to say, in your language and the officer's.
    Card {
        id: String,
        /// The officer's language.
        #[arg(long, default_value = "en", value_name = "TAG")]
        officer_lang: String,
    },
    /// About the embedded content: version, counts, legal review, credits.
    Info {
        /// Today's date (YYYY-MM-DD), to say whether the content is past
        /// its "stale after" day.
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
    },
    /// Laws: citation, status, what each means and does not do. With
    /// --state, that state's (any state the research covers), else the laws
    /// of every state with content.
    Laws,
    /// One law.
    Law { id: String },
    /// Check a warrant at the door, one question at a time.
    #[command(after_long_help = WARRANT_HELP)]
    Warrant {
        /// Answer the questions from a list of choice ids instead of asking
        /// (e.g. immigration,i205,yes). See the order below.
        #[arg(long, value_delimiter = ',', value_name = "CHOICE,...")]
        answers: Option<Vec<String>>,
        /// The language of the officer's side of the words to say.
        #[arg(long, default_value = "en", value_name = "TAG")]
        officer_lang: String,
    },
    /// Search the situations, steps and laws.
    Search {
        text: String,
        #[arg(long, default_value_t = 10)]
        limit: u32,
    },
    /// Where to get help: the county, its policy, hotlines, nearby legal help.
    #[command(group(clap::ArgGroup::new("place").required(true).multiple(false)))]
    Find {
        /// A ZIP code (5 digits or ZIP+4).
        #[arg(long, group = "place")]
        zip: Option<String>,
        /// A county name ("Los Angeles", "LA", "Condado de Fresno").
        #[arg(long, group = "place")]
        county: Option<String>,
        /// A city name.
        #[arg(long, group = "place")]
        city: Option<String>,
        /// GPS coordinates: LAT,LON (e.g. 37.7793,-122.4193).
        #[arg(
            long,
            group = "place",
            value_name = "LAT,LON",
            allow_hyphen_values = true
        )]
        near: Option<String>,
        /// Only organizations offering this service (repeatable).
        #[arg(long = "service", value_name = "SERVICE")]
        services: Vec<Service>,
        /// Only organizations known to work in this language (e.g. es).
        #[arg(long, value_name = "LANG")]
        speaks: Option<String>,
        /// How many organizations at most.
        #[arg(long)]
        limit: Option<u32>,
        /// Your local weekday and time, e.g. "Mon 22:30", to see which lines are open.
        #[arg(long, value_name = "DAY HH:MM")]
        at: Option<String>,
        /// Include low-confidence numbers, marked as such.
        #[arg(long)]
        low_confidence: bool,
    },
    /// Every county of a state with its local policy, or "no local policy
    /// found": the detainer map as a table (needs --state).
    Policies {
        /// Include low-confidence policies, marked as such.
        #[arg(long)]
        low_confidence: bool,
    },
    /// Where ICE holds people in a state, with the detention lines and ICE's
    /// online detainee locator (--state, or a --near point in a covered state).
    Detention {
        /// GPS coordinates LAT,LON: nearest first.
        #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
        near: Option<String>,
    },
    /// Translator tools: status, lint and pseudo-locales for `locales/`.
    L10n {
        #[command(subcommand)]
        action: L10nAction,
        /// The locales folder (default: `locales` here).
        #[arg(long, value_name = "DIR", default_value = "locales", global = true)]
        locales: PathBuf,
    },
    /// Printable wallet cards (your language on one side, the officer's on
    /// the other) and a booklet of every situation and law, as HTML and
    /// print CSS; with --zip or --county, that place's lines, policy and
    /// detention facilities too.
    Export {
        #[arg(long, default_value = "en", value_name = "TAG")]
        officer_lang: String,
        #[arg(long, conflicts_with = "county")]
        zip: Option<String>,
        #[arg(long)]
        county: Option<String>,
        #[arg(long, default_value = "letter", value_parser = ["letter", "a4"])]
        paper: String,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Also print each page to PDF with headless Chromium.
        #[arg(long)]
        pdf: bool,
    },
    /// Show a situation one step at a time, for a projector at a training:
    /// Enter for the next step, b back, q quit.
    Present {
        topic: String,
        /// The officer's language, for the words to say.
        #[arg(long, default_value = "en", value_name = "TAG")]
        officer_lang: String,
    },
    /// The training quiz of a situation (or of every situation, in order):
    /// type the letter of each answer; the score comes at the end.
    Train {
        /// A situation's id (see `topics`); all of them when left out.
        topic: Option<String>,
        /// The letters of the answers, in order (e.g. b,a,c), instead of
        /// asking. With --json, the whole result as JSON.
        #[arg(long, value_delimiter = ',')]
        answers: Option<Vec<String>>,
    },
    /// An emergency text message filled in, in your language and in
    /// English, to send from your phone (Amparo sends nothing). Kinds:
    /// detained, arrested, children, find-me.
    Message {
        kind: String,
        /// Where you are (detained, arrested, children).
        #[arg(long)]
        place: Option<String>,
        /// Whom to call: a name and a number (detained, arrested, children).
        #[arg(long)]
        contact: Option<String>,
        /// Your A-number (detained, find-me).
        #[arg(long)]
        a_number: Option<String>,
        /// Your country of birth (find-me).
        #[arg(long)]
        country: Option<String>,
    },
    /// Content packs, for maintainers: keygen, build, verify, info,
    /// install, diff.
    Pack {
        #[command(subcommand)]
        action: pack::PackAction,
    },
    /// Validate a content folder and a locales folder (for content authors),
    /// and report what each part of the pack would weigh.
    Check {
        content_dir: PathBuf,
        locales_dir: PathBuf,
        /// Also write the compiled pack to this file (for size reports).
        #[arg(long, value_name = "FILE")]
        pack_out: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum L10nAction {
    /// Per locale: translated, missing, obsolete, variables differing from
    /// English, glossary violations, back-translations missing or stale.
    Status,
    /// Every problem as `file:line: rule: what`; exit 1 if there is any.
    Lint,
    /// Print the blind back-translation sheet of a locale: its
    /// safety-critical messages, without the English.
    BackTranslationSheet { tag: String },
    /// Record a back-translator's answers (`[checks.<id>] back, result`) as
    /// `locales/<tag>/back-translation.toml`, stamped with the current
    /// English's hashes.
    RecordBackTranslation {
        tag: String,
        /// The answers file.
        #[arg(long, value_name = "FILE")]
        answers: PathBuf,
        /// Who back-translated and compared, e.g. "A. Reviewer (fluent in Tagalog)".
        #[arg(long)]
        made_by: String,
        /// YYYY-MM-DD
        #[arg(long)]
        date: String,
    },
    /// Write the pseudo-locales `en-XA` (accented, 40 % longer) and `ar-XB`
    /// (mirrored right to left) for layout tests. Never put them in
    /// `locales/`: they are not shipped, and the compiler refuses them.
    Pseudo {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

/// The order of `amparo warrant --answers`, with every choice id. A test
/// checks that each id in the content appears here.
const WARRANT_HELP: &str = "\
Answers, in order, as choice ids:
  1. Who do they say they are?
       immigration | police | other | dont-know
     (\"police\" or \"other\" with an ICE paper is treated as immigration)
  2. Which paper is it?
       none | i200 | i205 | i247 | judge-arrest | judge-search | cant-tell
  3. Only after i205: does anyone who lives here have a final order of removal?
       yes | no | dont-know
     Only after judge-arrest: does the person named live here?
       yes | no
     Only after judge-search: does it show the address of this home?
       yes | no

Examples:
  amparo warrant --answers immigration,i205,yes
  amparo warrant --answers police,i200
  amparo warrant --answers immigration,judge-search,yes --lang es

Without --answers, each question is asked on the terminal: answer with the
choice's number or its id.";

/// Exit codes: 2 for something the user typed, 1 for broken content.
const EXIT_USAGE: u8 = 2;
const EXIT_CONTENT: u8 = 1;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("amparo: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

struct Failure {
    code: u8,
    message: String,
}

impl From<AmparoError> for Failure {
    fn from(err: AmparoError) -> Self {
        let code = match err {
            AmparoError::InvalidLocale
            | AmparoError::UnknownTopic
            | AmparoError::UnknownMessage
            | AmparoError::UnknownLaw
            | AmparoError::UnknownWarrantState
            | AmparoError::UnknownWarrantChoice
            | AmparoError::UnknownQuestion
            | AmparoError::UnknownQuizChoice
            | AmparoError::UnknownEmergencyMessage
            | AmparoError::UnknownMessageValue
            | AmparoError::ValueTooLong { .. }
            | AmparoError::InvalidCoordinates
            | AmparoError::InvalidZip
            | AmparoError::UnknownZip
            | AmparoError::UnknownCounty
            | AmparoError::UnknownCity
            | AmparoError::InvalidTime
            | AmparoError::UnknownState => EXIT_USAGE,
            AmparoError::NotAPack
            | AmparoError::UnsupportedPackFormat { .. }
            | AmparoError::CorruptPack { .. }
            | AmparoError::PackTooLarge { .. }
            | AmparoError::UnknownKey
            | AmparoError::BadSignature
            | AmparoError::NotNewer { .. }
            | AmparoError::NeedsNewerApp { .. }
            | AmparoError::FewerLanguages { .. }
            | AmparoError::Storage { .. }
            | AmparoError::NoDataFolder => EXIT_CONTENT,
        };
        Failure {
            code,
            message: err.to_string(),
        }
    }
}

fn run(cli: &Cli) -> Result<(), Failure> {
    let requested = requested_locales(cli.lang.as_deref());
    let mut amparo = Amparo::open_embedded(amparo_content::default_pack(), &requested)?;
    // `laws`, `policies` and `detention` take the state as their subject;
    // every other command shows only that state's (and federal) content.
    let state_is_subject = matches!(
        cli.command,
        Command::Laws | Command::Policies { .. } | Command::Detention { .. }
    );
    if !state_is_subject {
        amparo.set_state(cli.state.as_deref())?;
    }
    let amparo = amparo;
    let chain = amparo.locale_chain();
    let out = Output {
        json: cli.json,
        chain: &chain,
        skipped: amparo.skipped_locales(),
        fell_back: amparo.fell_back_to_english(),
        rtl: amparo.text_direction() == amparo_core::model::TextDirection::Rtl,
    };
    out.notes();
    match &cli.command {
        Command::Locales => out.emit("locales", &amparo.locales(), render::locales),
        Command::Topics => out.emit("topics", &amparo.topics(), render::topics),
        Command::Topic { id } => {
            let topic = amparo.topic(id)?;
            out.emit("topic", &topic, |t| render::topic(&amparo, t))
        }
        Command::Card { id, officer_lang } => {
            let card = amparo.rights_card(id, officer_lang)?;
            out.emit("card", &card, |c| render::card(&amparo, c))
        }
        Command::Info { today } => {
            out.emit("info", &amparo.content_info(today.as_deref()), render::info)
        }
        Command::Laws => {
            let laws = match &cli.state {
                Some(state) => amparo.laws_of_state(state)?,
                None => amparo.laws(),
            };
            out.emit("laws", &laws, |laws| render::laws(&amparo, laws))
        }
        Command::Policies { low_confidence } => {
            let state = cli
                .state
                .as_deref()
                .ok_or_else(|| usage("give the state: --state CA"))?;
            let table = amparo.local_policies(state, *low_confidence)?;
            out.emit("policies", &table, |t| render::policies(&amparo, t))
        }
        Command::Detention { near } => {
            let point = match near.as_deref().map(parse_near).transpose()? {
                Some(Place::Coordinates {
                    latitude,
                    longitude,
                }) => Some((latitude, longitude)),
                _ => None,
            };
            let state = match (&cli.state, point) {
                (Some(state), _) => state.clone(),
                (None, Some((lat, lon))) => amparo
                    .state_at(lat, lon)?
                    .ok_or_else(|| usage("that point is in no state with content; give --state"))?,
                (None, None) => return Err(usage("give --state XX or --near LAT,LON")),
            };
            let answer = amparo.detention_facilities(&state, point)?;
            out.emit("detention", &answer, |d| render::detention(&amparo, d))
        }
        Command::Law { id } => {
            let law = amparo.law(id)?;
            out.emit("law", &law, |l| render::law(&amparo, l))
        }
        Command::Warrant {
            answers,
            officer_lang,
        } => warrant(&amparo, &out, answers.as_deref(), officer_lang),
        Command::Search { text, limit } => {
            let limit = i32::try_from(*limit).unwrap_or(i32::MAX);
            out.emit("results", &amparo.search(text, limit), render::search)
        }
        Command::Find {
            zip,
            county,
            city,
            near,
            services,
            speaks,
            limit,
            at,
            low_confidence,
        } => {
            let place = match (zip, county, city, near) {
                (Some(zip), ..) => Place::Zip { code: zip.clone() },
                (_, Some(county), ..) => Place::County {
                    name: county.clone(),
                },
                (_, _, Some(city), _) => Place::City { name: city.clone() },
                (.., Some(near)) => parse_near(near)?,
                _ => return Err(usage("give one of --zip, --county, --city or --near")),
            };
            let query = HelpQuery {
                place,
                services: services.clone(),
                speaks: speaks.clone(),
                limit: limit.map(|n| i32::try_from(n).unwrap_or(i32::MAX)),
                at: at.as_deref().map(str::parse::<LocalTime>).transpose()?,
                include_low_confidence: *low_confidence,
            };
            let answer = amparo.find_help(&query)?;
            out.emit_flat(&answer, |a| render::help(&amparo, a))
        }
        Command::Check {
            content_dir,
            locales_dir,
            pack_out,
        } => check(&out, content_dir, locales_dir, pack_out.as_deref()),
        Command::L10n { action, locales } => l10n(&out, action, locales),
        Command::Pack { action } => pack::run(&out, action),
        Command::Present {
            topic,
            officer_lang,
        } => {
            use std::io::IsTerminal;
            let clear = std::io::stdout().is_terminal();
            present::run(
                &amparo,
                topic,
                officer_lang,
                &mut std::io::stdin().lock(),
                &mut std::io::stdout().lock(),
                clear,
            )
        }
        Command::Train { topic, answers } => {
            if out.json && answers.is_none() {
                return Err(usage("--json needs --answers"));
            }
            let mut stdin = std::io::stdin().lock();
            let source = match answers {
                Some(list) => train::Answers::Given(list),
                None => train::Answers::Asked(&mut stdin),
            };
            let score = train::run(
                &amparo,
                topic.as_deref(),
                source,
                &mut std::io::stdout().lock(),
                out.json,
            )?;
            if out.json {
                out.emit_flat(&score, |_| String::new())?;
            }
            Ok(())
        }
        Command::Message {
            kind,
            place,
            contact,
            a_number,
            country,
        } => {
            let values: Vec<(&str, &str)> = [
                ("place", place),
                ("contact", contact),
                ("a_number", a_number),
                ("country", country),
            ]
            .into_iter()
            .filter_map(|(name, value)| value.as_deref().map(|v| (name, v)))
            .collect();
            let message = amparo.emergency_message(kind, &values)?;
            out.emit_flat(&message, |m| render::emergency_message(&amparo, m))
        }
        Command::Export {
            officer_lang,
            zip,
            county,
            paper,
            out: dir,
            pdf,
        } => {
            let place = match (zip, county) {
                (Some(code), _) => Some(Place::Zip { code: code.clone() }),
                (_, Some(name)) => Some(Place::County { name: name.clone() }),
                _ => None,
            };
            let request = export::ExportRequest {
                officer_lang,
                place,
                paper: if paper == "a4" {
                    amparo_export::Paper::A4
                } else {
                    amparo_export::Paper::Letter
                },
                out: dir,
                pdf: *pdf,
            };
            export::run(&amparo, &out, &request)
        }
    }
}

fn l10n(out: &Output, action: &L10nAction, locales: &std::path::Path) -> Result<(), Failure> {
    use amparo_compiler::l10n;
    if !locales.join("en").is_dir() {
        return Err(usage(
            "no `en` folder there: run from the repository root or give --locales DIR",
        ));
    }
    match action {
        L10nAction::Status => {
            let report = l10n::check(locales);
            out.emit("l10n", &report.locales, render::l10n_status)
        }
        L10nAction::Lint => {
            let report = l10n::check(locales);
            let mut text = String::new();
            for finding in &report.findings {
                text.push_str(&format!("{finding}\n"));
            }
            text.push_str(&format!(
                "{} problem(s) in {} locale(s)\n",
                report.findings.len(),
                report.locales.len()
            ));
            if out.json {
                out.emit("findings", &report.findings, |_| String::new())?;
            } else {
                out.write(&text)?;
            }
            if report.findings.is_empty() {
                Ok(())
            } else {
                Err(Failure {
                    code: EXIT_CONTENT,
                    message: format!("{} localization problem(s)", report.findings.len()),
                })
            }
        }
        L10nAction::BackTranslationSheet { tag } => {
            if !locales.join(tag).is_dir() {
                return Err(usage("no such locale folder"));
            }
            out.write(&l10n::blind_sheet(locales, tag))
        }
        L10nAction::RecordBackTranslation {
            tag,
            answers,
            made_by,
            date,
        } => {
            let text = std::fs::read_to_string(answers)
                .map_err(|err| usage(&format!("cannot read the answers file: {err}")))?;
            let file = l10n::record_back_translations(locales, tag, &text, made_by, date)
                .map_err(|reason| usage(&reason))?;
            let path = locales.join(tag).join("back-translation.toml");
            std::fs::write(&path, file).map_err(|err| Failure {
                code: EXIT_CONTENT,
                message: format!("cannot write {}: {err}", path.display()),
            })?;
            out.write(&format!("wrote {}\n", path.display()))
        }
        L10nAction::Pseudo { out: dir } => {
            for (tag, source) in l10n::pseudo_locales(locales) {
                let folder = dir.join(&tag);
                std::fs::create_dir_all(&folder)
                    .and_then(|()| std::fs::write(folder.join("pseudo.ftl"), source))
                    .map_err(|err| Failure {
                        code: EXIT_CONTENT,
                        message: format!("cannot write {}: {err}", folder.display()),
                    })?;
            }
            out.write(&format!("wrote en-XA and ar-XB under {}\n", dir.display()))
        }
    }
}

fn check(
    out: &Output,
    content_dir: &std::path::Path,
    locales_dir: &std::path::Path,
    pack_out: Option<&std::path::Path>,
) -> Result<(), Failure> {
    let built = amparo_compiler::build_date();
    match amparo_compiler::compile(content_dir, locales_dir, &built) {
        Ok(pack) => {
            if let Some(path) = pack_out {
                std::fs::write(path, amparo_compiler::pack::encode(&pack)).map_err(|err| {
                    Failure {
                        code: EXIT_CONTENT,
                        message: format!("could not write the pack: {err}"),
                    }
                })?;
            }
            let summary = CheckSummary {
                counties: pack.catalog.geography.counties.len(),
                zips: pack.catalog.geography.zips.len(),
                bytes: amparo_compiler::pack::PackSizes::of(&pack),
                ok: true,
                topics: pack.catalog.topics.len(),
                laws: pack.catalog.laws.len(),
                hotlines: pack.catalog.hotlines.len(),
                organizations: pack.catalog.organizations.len(),
                regions: pack.catalog.regions.len(),
                locales: pack.locales.iter().map(|l| l.tag.clone()).collect(),
            };
            out.emit("check", &summary, render::check_summary)
        }
        Err(problems) => {
            let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
            if out.json {
                out.emit("problems", &lines, |_| String::new())?;
            } else {
                for line in &lines {
                    eprintln!("{line}");
                }
            }
            Err(Failure {
                code: EXIT_CONTENT,
                message: format!("the content has {} problem(s)", lines.len()),
            })
        }
    }
}

/// Walks the warrant checker: from `--answers`, or by asking on the
/// terminal. Prints the questions asked, the choices made and the outcome.
fn warrant(
    amparo: &Amparo,
    out: &Output,
    answers: Option<&[String]>,
    officer_lang: &str,
) -> Result<(), Failure> {
    let mut step = amparo.warrant_check_start(officer_lang)?;
    let mut asked = Vec::new();
    let mut given = answers.map(|a| a.iter());
    while let Some(question) = step.question.clone() {
        let choice = match given.as_mut() {
            Some(list) => match list.next() {
                Some(id) => id.trim().to_owned(),
                None => return Err(usage("--answers ran out before the outcome (see --help)")),
            },
            None => ask(&question)?,
        };
        let next = amparo
            .warrant_check_answer(&step.state, &choice, officer_lang)
            .map_err(|err| match err {
                AmparoError::UnknownWarrantChoice => {
                    let ids: Vec<&str> = question.choices.iter().map(|c| c.id.as_str()).collect();
                    usage(&format!(
                        "that is not a choice here; the choices are: {}",
                        ids.join(", ")
                    ))
                }
                other => other.into(),
            })?;
        let label = question
            .choices
            .iter()
            .find(|c| c.id == choice)
            .map(|c| c.label.clone())
            .unwrap_or_default();
        asked.push(WarrantAnswer {
            question: question.text,
            choice,
            label,
        });
        step = next;
    }
    if given.as_mut().is_some_and(|rest| rest.next().is_some()) {
        return Err(usage(
            "--answers has more answers than questions (see --help)",
        ));
    }
    let walk = WarrantWalk {
        answers: asked,
        outcome: step.outcome,
    };
    out.emit("warrant", &walk, |w| render::warrant(amparo, w))
}

/// Asks one question on the terminal until it gets one of its choices, by
/// number or by id.
fn ask(question: &amparo_core::WarrantQuestionAnswer) -> Result<String, Failure> {
    let stdin = std::io::stdin();
    loop {
        eprintln!("{}", question.text);
        for (number, choice) in question.choices.iter().enumerate() {
            eprintln!("  {}) {}  [{}]", number + 1, choice.label, choice.id);
        }
        eprint!("> ");
        let mut line = String::new();
        match stdin.read_line(&mut line) {
            Ok(0) | Err(_) => {
                return Err(usage("no answer; use --answers in scripts (see --help)"));
            }
            Ok(_) => {
                let line = line.trim();
                let by_number = line
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .and_then(|i| question.choices.get(i));
                let by_id = question.choices.iter().find(|c| c.id == line);
                if let Some(choice) = by_number.or(by_id) {
                    return Ok(choice.id.clone());
                }
            }
        }
    }
}

#[derive(Serialize)]
pub(crate) struct WarrantWalk {
    pub(crate) answers: Vec<WarrantAnswer>,
    pub(crate) outcome: Option<amparo_core::WarrantOutcomeAnswer>,
}

#[derive(Serialize)]
pub(crate) struct WarrantAnswer {
    pub(crate) question: String,
    /// The choice's id, as given.
    pub(crate) choice: String,
    /// The choice in words.
    pub(crate) label: String,
}

pub(crate) fn usage(message: &str) -> Failure {
    Failure {
        code: EXIT_USAGE,
        message: message.to_owned(),
    }
}

/// `LAT,LON` → a place. The message does not repeat the input (privacy).
fn parse_near(near: &str) -> Result<Place, Failure> {
    let bad = || usage("--near takes LAT,LON in decimal degrees, e.g. 37.7793,-122.4193");
    let (lat, lon) = near.split_once(',').ok_or_else(bad)?;
    let latitude = lat.trim().parse::<f64>().map_err(|_| bad())?;
    let longitude = lon.trim().parse::<f64>().map_err(|_| bad())?;
    Ok(Place::Coordinates {
        latitude,
        longitude,
    })
}

#[derive(Serialize)]
struct CheckSummary {
    ok: bool,
    topics: usize,
    laws: usize,
    hotlines: usize,
    organizations: usize,
    regions: usize,
    counties: usize,
    zips: usize,
    locales: Vec<String>,
    /// What each part of the pack weighs, encoded.
    bytes: amparo_compiler::pack::PackSizes,
}

struct Output<'a> {
    json: bool,
    chain: &'a [String],
    /// Requested tags that could not be read.
    skipped: Vec<String>,
    /// None of the requested languages is in the content.
    fell_back: bool,
    /// The user's text is right to left.
    rtl: bool,
}

impl Output<'_> {
    /// What a person at a terminal should know about the text that follows,
    /// on stderr so that piped output stays clean.
    fn notes(&self) {
        if self.json {
            return;
        }
        if !self.skipped.is_empty() {
            eprintln!(
                "amparo: skipped language tags that cannot be read: {}",
                self.skipped.join(", ")
            );
        }
        if self.fell_back {
            eprintln!("amparo: none of the requested languages is available; showing English");
        }
        if self.rtl && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
            eprintln!(
                "amparo: this text is right to left; many terminals show it left to right or with letters unjoined. --json gives the exact text"
            );
        }
    }

    fn add_chain(&self, object: &mut serde_json::Map<String, serde_json::Value>) {
        object.insert("locale_chain".into(), self.chain.into());
        object.insert("skipped_locales".into(), self.skipped.clone().into());
        object.insert("fell_back_to_english".into(), self.fell_back.into());
        object.insert(
            "text_direction".into(),
            if self.rtl { "rtl" } else { "ltr" }.into(),
        );
    }

    /// Like [`Self::emit`], with the value's fields beside "locale_chain".
    fn emit_flat<T: Serialize>(
        &self,
        value: &T,
        text: impl FnOnce(&T) -> String,
    ) -> Result<(), Failure> {
        if !self.json {
            return self.emit("", value, text);
        }
        let mut object = serde_json::Map::new();
        self.add_chain(&mut object);
        if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(value) {
            object.extend(fields);
        }
        self.write(&format!(
            "{}\n",
            serde_json::to_string_pretty(&object).unwrap_or_default()
        ))
    }

    /// Prints `value` as JSON (`{"locale_chain": [...], key: value}`) or as text.
    fn emit<T: Serialize>(
        &self,
        key: &str,
        value: &T,
        text: impl FnOnce(&T) -> String,
    ) -> Result<(), Failure> {
        let rendered = if self.json {
            let mut object = serde_json::Map::new();
            self.add_chain(&mut object);
            let value = serde_json::to_value(value).map_err(|err| Failure {
                code: EXIT_CONTENT,
                message: format!("cannot write JSON: {err}"),
            })?;
            object.insert(key.into(), value);
            let pretty = serde_json::to_string_pretty(&object).unwrap_or_default();
            format!("{pretty}\n")
        } else {
            format!("{}\n{}", render::chain_line(self.chain), text(value))
        };
        self.write(&rendered)
    }

    fn write(&self, rendered: &str) -> Result<(), Failure> {
        // A closed pipe (`amparo topics | head`) is not an error worth a panic.
        let mut stdout = std::io::stdout().lock();
        match stdout
            .write_all(rendered.as_bytes())
            .and_then(|()| stdout.flush())
        {
            Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure {
                code: EXIT_CONTENT,
                message: format!("cannot write the answer: {err}"),
            }),
            _ => Ok(()),
        }
    }
}

/// `--lang` if given, else the POSIX locale (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`), else English.
fn requested_locales(lang: Option<&str>) -> Vec<String> {
    if let Some(lang) = lang {
        return lang.split(',').map(|tag| tag.trim().to_owned()).collect();
    }
    let env = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
    from_environment(
        env("LANGUAGE"),
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| env(name)),
    )
}

/// gettext's order: `LANGUAGE` (a colon-separated list of preferences)
/// before the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`). `C` and `POSIX`
/// mean English.
fn from_environment(language: Option<String>, locale: Option<String>) -> Vec<String> {
    let mut tags: Vec<String> = language
        .iter()
        .flat_map(|list| list.split(':'))
        .filter_map(posix_to_bcp47)
        .collect();
    if tags.is_empty() {
        tags.extend(locale.as_deref().and_then(posix_to_bcp47));
    }
    if tags.is_empty() {
        tags.push("en".to_owned());
    }
    tags
}

/// `es_MX.UTF-8` → `es-MX`; `C` and `POSIX` mean English.
fn posix_to_bcp47(value: &str) -> Option<String> {
    let tag = value.split(['.', '@']).next().unwrap_or_default();
    match tag {
        "" => None,
        "C" | "POSIX" => Some("en".to_owned()),
        tag => Some(tag.replace('_', "-")),
    }
}

#[cfg(test)]
mod tests {
    use super::{from_environment, posix_to_bcp47};

    #[test]
    fn language_comes_before_the_locale_and_c_means_english() {
        let list = |language: Option<&str>, locale: Option<&str>| {
            from_environment(language.map(str::to_owned), locale.map(str::to_owned))
        };
        assert_eq!(
            list(Some("fil:es_MX:en"), Some("ko_KR.UTF-8")),
            ["fil", "es-MX", "en"]
        );
        assert_eq!(list(None, Some("ko_KR.UTF-8")), ["ko-KR"]);
        assert_eq!(list(Some(""), Some("C")), ["en"]);
        assert_eq!(list(None, Some("POSIX")), ["en"]);
        assert_eq!(list(None, None), ["en"]);
    }

    #[test]
    fn posix_locales_become_language_tags() {
        assert_eq!(posix_to_bcp47("es_MX.UTF-8").as_deref(), Some("es-MX"));
        assert_eq!(posix_to_bcp47("vi_VN@euro").as_deref(), Some("vi-VN"));
        assert_eq!(posix_to_bcp47("C.UTF-8").as_deref(), Some("en"));
        assert_eq!(posix_to_bcp47("POSIX").as_deref(), Some("en"));
    }
}
