//! `amparo export`: printable cards and a booklet for trainings. The HTML
//! is amparo-export's; this door writes the files and, with `--pdf`, asks
//! headless Chromium to print them.

use std::path::{Path, PathBuf};
use std::process::Command;

use amparo_core::{Amparo, Place};
use amparo_export::{Paper, export};

use crate::{EXIT_CONTENT, Failure, Output, usage};

/// The Chromium a volunteer's computer may have, in the order tried.
const CHROMIUM: [&str; 4] = ["chromium", "chromium-browser", "google-chrome", "chrome"];

pub(crate) struct ExportRequest<'a> {
    pub officer_lang: &'a str,
    pub place: Option<Place>,
    pub paper: Paper,
    pub out: &'a Path,
    pub pdf: bool,
}

pub(crate) fn run(
    amparo: &Amparo,
    out: &Output,
    request: &ExportRequest<'_>,
) -> Result<(), Failure> {
    let files = export(
        amparo,
        request.officer_lang,
        request.place.as_ref(),
        request.paper,
    )?;
    std::fs::create_dir_all(request.out).map_err(|err| Failure {
        code: EXIT_CONTENT,
        message: format!("cannot make {}: {err}", request.out.display()),
    })?;
    let mut written = Vec::new();
    for file in &files {
        let path = request.out.join(file.name);
        std::fs::write(&path, &file.text).map_err(|err| Failure {
            code: EXIT_CONTENT,
            message: format!("cannot write {}: {err}", path.display()),
        })?;
        written.push(path);
    }
    let mut report = format!(
        "wrote {} file(s) in {}\n",
        files.len(),
        request.out.display()
    );
    if request.pdf {
        let Some(browser) = find_chromium() else {
            return Err(Failure {
                code: EXIT_CONTENT,
                message: "--pdf needs Chromium (chromium, chromium-browser or google-chrome), and none is installed; the HTML files are written and print from any browser".to_owned(),
            });
        };
        for html in written
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "html"))
        {
            let pdf = html.with_extension("pdf");
            print_pdf(&browser, html, &pdf)?;
            report.push_str(&format!("printed {}\n", pdf.display()));
        }
    }
    out.write(&report)
}

fn find_chromium() -> Option<String> {
    CHROMIUM
        .iter()
        .find(|name| {
            Command::new(name)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .map(|name| (*name).to_owned())
}

fn print_pdf(browser: &str, html: &Path, pdf: &Path) -> Result<(), Failure> {
    let absolute: PathBuf = std::fs::canonicalize(html).map_err(|err| usage(&err.to_string()))?;
    let status = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            "--run-all-compositor-stages-before-draw",
        ])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", absolute.display()))
        .output()
        .map_err(|err| Failure {
            code: EXIT_CONTENT,
            message: format!("Chromium did not run: {err}"),
        })?;
    if !status.status.success() || !pdf.exists() {
        return Err(Failure {
            code: EXIT_CONTENT,
            message: format!("Chromium could not print {}", html.display()),
        });
    }
    Ok(())
}
