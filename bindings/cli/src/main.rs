//! `amparo`: the rights content at a terminal, for rapid-response volunteers
//! and content authors. A thin door: it parses arguments, asks the core, and
//! prints. Every decision (negotiation, fallback, validation) is the core's.

mod render;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use amparo_core::{Amparo, AmparoError};
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
    /// About the embedded content: version, counts, legal review.
    Info,
    /// Validate a content folder and a locales folder (for content authors).
    Check {
        content_dir: PathBuf,
        locales_dir: PathBuf,
    },
}

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
            AmparoError::InvalidLocale { .. }
            | AmparoError::UnknownTopic { .. }
            | AmparoError::UnknownMessage { .. } => EXIT_USAGE,
            AmparoError::NotAPack
            | AmparoError::UnsupportedPackFormat { .. }
            | AmparoError::CorruptPack { .. } => EXIT_CONTENT,
        };
        Failure {
            code,
            message: err.to_string(),
        }
    }
}

fn run(cli: &Cli) -> Result<(), Failure> {
    let requested = requested_locales(cli.lang.as_deref());
    let amparo = Amparo::open(&amparo_content::default_pack(), &requested)?;
    let chain = amparo.locale_chain();
    let out = Output {
        json: cli.json,
        chain: &chain,
    };
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
        Command::Info => out.emit("info", &amparo.content_info(), render::info),
        Command::Check {
            content_dir,
            locales_dir,
        } => check(&out, content_dir, locales_dir),
    }
}

fn check(
    out: &Output,
    content_dir: &std::path::Path,
    locales_dir: &std::path::Path,
) -> Result<(), Failure> {
    let built = amparo_core::compiler::build_date();
    match amparo_core::compiler::compile(content_dir, locales_dir, &built) {
        Ok(pack) => {
            let summary = CheckSummary {
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

#[derive(Serialize)]
struct CheckSummary {
    ok: bool,
    topics: usize,
    laws: usize,
    hotlines: usize,
    organizations: usize,
    regions: usize,
    locales: Vec<String>,
}

struct Output<'a> {
    json: bool,
    chain: &'a [String],
}

impl Output<'_> {
    /// Prints `value` as JSON (`{"locale_chain": [...], key: value}`) or as text.
    fn emit<T: Serialize>(
        &self,
        key: &str,
        value: &T,
        text: impl FnOnce(&T) -> String,
    ) -> Result<(), Failure> {
        let rendered = if self.json {
            let mut object = serde_json::Map::new();
            object.insert("locale_chain".into(), self.chain.into());
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
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| posix_to_bcp47(&value))
        .map_or_else(|| vec!["en".to_owned()], |tag| vec![tag])
}

/// `es_MX.UTF-8` → `es-MX`; `C` and `POSIX` mean no preference.
fn posix_to_bcp47(value: &str) -> Option<String> {
    let tag = value.split(['.', '@']).next().unwrap_or_default();
    match tag {
        "" | "C" | "POSIX" => None,
        tag => Some(tag.replace('_', "-")),
    }
}

#[cfg(test)]
mod tests {
    use super::posix_to_bcp47;

    #[test]
    fn posix_locales_become_language_tags() {
        assert_eq!(posix_to_bcp47("es_MX.UTF-8").as_deref(), Some("es-MX"));
        assert_eq!(posix_to_bcp47("vi_VN@euro").as_deref(), Some("vi-VN"));
        assert_eq!(posix_to_bcp47("C.UTF-8"), None);
        assert_eq!(posix_to_bcp47("POSIX"), None);
    }
}
