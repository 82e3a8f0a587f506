//! One cold start, measured inside a fresh process: from nothing to a
//! formatted message in Spanish, with Amparo's embedded pack (`amparo`) or
//! with fluent-templates' `static_loader!` over the same `locales/`
//! (`fluent-templates`), the usual way to ship Fluent in a Rust binary.
//! Prints the nanoseconds, a tab and the message. The `startup` benchmark
//! runs it many times, so each run is a first use: no warm caches, no
//! bundles parsed before.
//!
//!     startup-probe amparo label-say
//!     startup-probe fluent-templates label-say

use std::time::Instant;

use fluent_templates::Loader;
use unic_langid::LanguageIdentifier;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "en",
    };
}

fn main() {
    let mut args = std::env::args().skip(1);
    let which = args.next().unwrap_or_default();
    let id = args.next().unwrap_or_else(|| "label-say".to_owned());
    let start = Instant::now();
    let text = match which.as_str() {
        "amparo" => {
            amparo_core::Amparo::open_embedded(amparo_content::default_pack(), &["es-MX", "en"])
                .ok()
                .and_then(|amparo| amparo.message(&id, &[]).ok())
        }
        "fluent-templates" => "es-MX"
            .parse::<LanguageIdentifier>()
            .ok()
            .and_then(|lang| LOCALES.try_lookup(&lang, &id)),
        _ => None,
    };
    let nanos = start.elapsed().as_nanos();
    match text {
        Some(text) => println!("{nanos}\t{text}"),
        None => {
            eprintln!("usage: startup-probe amparo|fluent-templates [message-id]");
            std::process::exit(2);
        }
    }
}
