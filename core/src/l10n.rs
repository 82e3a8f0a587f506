//! Locale negotiation and message lookup along a fallback chain.
//!
//! Each locale's Fluent text is parsed lazily, the first time a chain needs
//! it, and then shared: a chain is only a list of indexes. Lookups go message
//! by message, so a half-translated locale shows what it has and English for
//! the rest.

use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::error::AmparoError;
use crate::model::{LocaleResources, TextDirection};

type Bundle = FluentBundle<FluentResource>;

/// All locales of a pack, each parsed at most once.
pub(crate) struct Locales {
    resources: Vec<LocaleResources>,
    ids: Vec<LanguageIdentifier>,
    bundles: Vec<OnceLock<Result<Arc<Bundle>, String>>>,
    reference: usize,
}

/// A negotiated, ordered list of locales; always ends with the reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Chain(Vec<usize>);

impl Locales {
    pub(crate) fn new(
        resources: Vec<LocaleResources>,
        reference_tag: &str,
    ) -> Result<Self, AmparoError> {
        let corrupt = |reason: String| AmparoError::CorruptPack { reason };
        let ids = resources
            .iter()
            .map(|locale| {
                LanguageIdentifier::from_str(&locale.tag)
                    .map_err(|_| corrupt(format!("bad locale tag `{}`", locale.tag)))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let reference = resources
            .iter()
            .position(|locale| locale.tag == reference_tag)
            .ok_or_else(|| corrupt(format!("the reference locale `{reference_tag}` is missing")))?;
        let bundles = resources.iter().map(|_| OnceLock::new()).collect();
        Ok(Self {
            resources,
            ids,
            bundles,
            reference,
        })
    }

    pub(crate) fn resources(&self) -> &[LocaleResources] {
        &self.resources
    }

    /// Negotiates the user's requested tags (most preferred first) against
    /// the pack's locales, with likely subtags (`zh-TW` reaches `zh-Hant`).
    /// A well-formed tag the pack lacks is simply passed over; a malformed
    /// one is an error, so a typo never silently turns into English.
    pub(crate) fn negotiate<S: AsRef<str>>(&self, requested: &[S]) -> Result<Chain, AmparoError> {
        let requested = requested
            .iter()
            .map(|tag| parse_tag(tag.as_ref()))
            .collect::<Result<Vec<_>, _>>()?;
        let reference = &self.ids[self.reference];
        let negotiated = negotiate_languages(
            &requested,
            &self.ids,
            Some(reference),
            NegotiationStrategy::Filtering,
        );
        // The reference is complete, so it ends every chain: locales the user
        // ranked below it would never be reached.
        let mut chain: Vec<usize> = Vec::with_capacity(negotiated.len());
        for id in negotiated {
            let Some(index) = self.ids.iter().position(|candidate| candidate == id) else {
                continue;
            };
            if !chain.contains(&index) {
                chain.push(index);
            }
            if index == self.reference {
                break;
            }
        }
        if chain.last() != Some(&self.reference) {
            chain.push(self.reference);
        }
        let chain = Chain(chain);
        // Parse now, so a damaged pack fails when it is opened, not mid-screen.
        for &index in &chain.0 {
            self.bundle(index)?;
        }
        Ok(chain)
    }

    pub(crate) fn tags(&self, chain: &Chain) -> Vec<String> {
        chain
            .0
            .iter()
            .map(|&index| self.resources[index].tag.clone())
            .collect()
    }

    pub(crate) fn is_in(&self, chain: &Chain, tag: &str) -> bool {
        chain
            .0
            .iter()
            .any(|&index| self.resources[index].tag == tag)
    }

    /// The text of message `id` from the first locale in the chain that has
    /// it, or `None` if no locale has it.
    pub(crate) fn lookup(
        &self,
        chain: &Chain,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        chain.0.iter().find_map(|&index| {
            let bundle = self.bundle(index).ok()?;
            let pattern = bundle.get_message(id)?.value()?;
            // Formatting errors (a missing argument) still yield readable
            // text with the placeholder named, which beats showing nothing.
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned(),
            )
        })
    }

    /// Like [`Self::lookup`] for ids the compiler has checked. If one is still
    /// missing, the id itself is shown (Fluent's convention) rather than
    /// failing a whole screen.
    pub(crate) fn format(&self, chain: &Chain, id: &str) -> String {
        self.lookup(chain, id, None)
            .unwrap_or_else(|| id.to_owned())
    }

    fn bundle(&self, index: usize) -> Result<Arc<Bundle>, AmparoError> {
        let built = self.bundles[index].get_or_init(|| {
            let locale = &self.resources[index];
            let resource = FluentResource::try_new(locale.ftl.clone())
                .map_err(|_| format!("the `{}` translations do not parse", locale.tag))?;
            let mut bundle = Bundle::new_concurrent(vec![self.ids[index].clone()]);
            // Isolation marks keep a Latin name or number from scrambling
            // right-to-left text; in left-to-right text they only add
            // invisible characters that some terminals and printers show.
            bundle.set_use_isolating(locale.direction == TextDirection::Rtl);
            bundle
                .add_resource(resource)
                .map_err(|_| format!("the `{}` translations repeat a message", locale.tag))?;
            Ok(Arc::new(bundle))
        });
        built
            .clone()
            .map_err(|reason| AmparoError::CorruptPack { reason })
    }
}

/// Parses a BCP-47 tag, accepting POSIX-style `es_MX` too.
pub(crate) fn parse_tag(tag: &str) -> Result<LanguageIdentifier, AmparoError> {
    let trimmed = tag.trim();
    LanguageIdentifier::from_str(trimmed)
        .ok()
        // unic-langid accepts the empty string as "und"; nobody asks for that.
        .filter(|id| !trimmed.is_empty() && id.language.as_str() != "und")
        .ok_or_else(|| AmparoError::InvalidLocale {
            tag: tag.to_owned(),
        })
}
