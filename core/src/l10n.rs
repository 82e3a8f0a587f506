//! Locale negotiation and message lookup along a fallback chain.
//!
//! Nothing is unpacked or parsed until a message is looked up, and then only
//! what it needs: the part of the ids and of the locale's text that holds it
//! (the first screens' messages are a small part of their own), and that one
//! message, parsed once and shared. A chain is only a list of indexes.
//! Lookups go message by message, so a half-translated locale shows what it
//! has and English for the rest.
//!
//! Invariant: a message never refers to another message or term (the
//! compiler's content has none), so each is formatted on its own, with an
//! empty bundle giving only the locale's plural rules and bidi isolation.

use std::ops::Range;
use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::content::PackBytes;
use crate::error::AmparoError;
use crate::model::{LocaleResources, TextDirection};
use crate::pack;

type Bundle = FluentBundle<FluentResource>;

/// All locales of a pack, each part unpacked and each message parsed at
/// most once.
pub(crate) struct Locales {
    resources: Vec<LocaleResources>,
    bytes: PackBytes,
    /// Where the message ids are (shared by every locale's text), and each
    /// of their two parts once unpacked.
    ids_section: Range<usize>,
    message_ids: [OnceLock<Result<Entries, String>>; 2],
    /// Where each locale's packed text is, and each of its parts once
    /// unpacked.
    texts: Vec<Range<usize>>,
    parts: Vec<[OnceLock<Result<Part, String>>; 2]>,
    ids: Vec<LanguageIdentifier>,
    /// Empty bundles: a locale's plural rules and bidi isolation.
    bundles: Vec<OnceLock<Bundle>>,
    reference: usize,
}

/// NUL-separated entries unpacked, with where each one is, and for ids an
/// open-addressing hash table from an id to its entry (`slots` holds entry
/// index + 1, 0 for empty; its length is a power of two at least twice the
/// entries'): a lookup hashes the id once and compares one or two strings.
struct Entries {
    text: String,
    ranges: Vec<Range<usize>>,
    slots: Vec<u32>,
}

/// FNV-1a: short ids, no attacker to resist (the ids come from the pack,
/// which is trusted or verified), and no allocation.
fn hash(text: &str) -> usize {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash as usize
}

impl Entries {
    fn new(text: String) -> Self {
        let mut ranges = Vec::new();
        if !text.is_empty() {
            let mut start = 0;
            for (at, _) in text.match_indices('\0') {
                ranges.push(start..at);
                start = at + 1;
            }
            ranges.push(start..text.len());
        }
        Entries {
            text,
            ranges,
            slots: Vec::new(),
        }
    }

    /// The same, with the table `find` uses.
    fn indexed(text: String) -> Self {
        let mut entries = Entries::new(text);
        let size = (entries.ranges.len() * 2).next_power_of_two().max(2);
        let mut slots = vec![0u32; size];
        for (index, range) in entries.ranges.iter().enumerate() {
            let id = entries.text.get(range.clone()).unwrap_or_default();
            let mut at = hash(id) & (size - 1);
            // The table is twice the entries' number: a free slot exists.
            while slots.get(at).is_some_and(|&slot| slot != 0) {
                at = (at + 1) & (size - 1);
            }
            if let Some(slot) = slots.get_mut(at) {
                *slot = u32::try_from(index + 1).unwrap_or(u32::MAX);
            }
        }
        entries.slots = slots;
        entries
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.ranges.len()).filter_map(|i| self.get(i))
    }

    fn get(&self, index: usize) -> Option<&str> {
        self.ranges
            .get(index)
            .and_then(|r| self.text.get(r.clone()))
    }

    /// Where `id` is (entries made by [`Entries::indexed`]).
    fn find(&self, id: &str) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut at = hash(id) & mask;
        // At most half the slots are full, so an empty one ends the probe.
        loop {
            let index = usize::try_from(*self.slots.get(at)?).ok()?.checked_sub(1)?;
            if self.get(index) == Some(id) {
                return Some(index);
            }
            at = (at + 1) & mask;
        }
    }
}

/// Where a lookup found a message.
struct Found<'a> {
    locale: usize,
    part: usize,
    index: usize,
    pattern: &'a ast::Pattern<&'a str>,
}

/// One part of one locale's messages, each parsed when first looked up,
/// and its speech form (for messages without arguments) made once.
struct Part {
    bodies: Entries,
    parsed: Vec<OnceLock<Option<FluentResource>>>,
    speech: Vec<OnceLock<String>>,
}

/// A negotiated, ordered list of locales; always ends with the reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Chain {
    indexes: Vec<usize>,
    /// Requested tags that could not be read at all, in request order.
    skipped: Vec<String>,
    /// Whether languages were asked for and none of them is in the pack
    /// (English was not among them): the reader gets English instead.
    fell_back: bool,
}

impl Chain {
    /// The requested tags that were skipped because they could not be read.
    pub(crate) fn skipped(&self) -> &[String] {
        &self.skipped
    }

    /// Whether the user asked only for languages the pack lacks.
    pub(crate) fn fell_back(&self) -> bool {
        self.fell_back
    }
}

impl Locales {
    pub(crate) fn new(
        resources: Vec<LocaleResources>,
        bytes: PackBytes,
        ids_section: Range<usize>,
        texts: Vec<Range<usize>>,
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
        let parts = resources.iter().map(|_| Default::default()).collect();
        Ok(Self {
            resources,
            bytes,
            ids_section,
            message_ids: Default::default(),
            texts,
            parts,
            ids,
            bundles,
            reference,
        })
    }

    pub(crate) fn resources(&self) -> &[LocaleResources] {
        &self.resources
    }

    /// Negotiates the user's requested tags (most preferred first, as phones
    /// and shells send them) against the pack's locales; see [`requested`]
    /// and [`locale_for`] for the rules. Tags that cannot be read are skipped
    /// and reported in the chain; only a list in which no tag can be read is
    /// an error. An empty list means English.
    pub(crate) fn negotiate<S: AsRef<str>>(&self, requested: &[S]) -> Result<Chain, AmparoError> {
        let mut skipped = Vec::new();
        let mut usable = Vec::new();
        for tag in requested {
            match self::requested(tag.as_ref()) {
                Requested::Language(id) => usable.push(id),
                Requested::Undetermined => {}
                Requested::Unreadable => skipped.push(reported_tag(tag.as_ref())),
            }
        }
        if usable.is_empty() && !requested.is_empty() {
            return Err(AmparoError::InvalidLocale);
        }
        // The reference is complete, so it ends every chain: locales the user
        // ranked below it would never be reached.
        let mut indexes: Vec<usize> = Vec::with_capacity(usable.len() + 1);
        for id in &usable {
            let Some(index) = locale_for(id, &self.ids) else {
                continue;
            };
            if !indexes.contains(&index) {
                indexes.push(index);
            }
            if index == self.reference {
                break;
            }
        }
        let fell_back = !usable.is_empty() && indexes.is_empty();
        if indexes.last() != Some(&self.reference) {
            indexes.push(self.reference);
        }
        // The chain's texts are unpacked and parsed when first shown: opening
        // stays fast, and a pack that got this far cannot fail then (see
        // `content`'s invariants).
        Ok(Chain {
            indexes,
            skipped,
            fell_back,
        })
    }

    /// The direction of the chain's first locale: how its text is laid out.
    pub(crate) fn direction(&self, chain: &Chain) -> TextDirection {
        chain
            .indexes
            .first()
            .and_then(|&index| self.resources.get(index))
            .map_or(TextDirection::Ltr, |r| r.direction)
    }

    /// The speech locale of the chain's first locale.
    pub(crate) fn speech_locale(&self, chain: &Chain) -> String {
        chain
            .indexes
            .first()
            .and_then(|&index| self.resources.get(index))
            .map(|r| r.speech_locale.clone())
            .unwrap_or_default()
    }

    pub(crate) fn tags(&self, chain: &Chain) -> Vec<String> {
        chain
            .indexes
            .iter()
            .filter_map(|&index| self.resources.get(index))
            .map(|r| r.tag.clone())
            .collect()
    }

    pub(crate) fn is_in(&self, chain: &Chain, tag: &str) -> bool {
        chain
            .indexes
            .iter()
            .filter_map(|&index| self.resources.get(index))
            .any(|r| r.tag == tag)
    }

    /// The text of message `id` from the first locale in the chain that has
    /// it, or `None` if no locale has it.
    pub(crate) fn lookup(
        &self,
        chain: &Chain,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        let found = self.locate(chain, id)?;
        Some(self.render(&found, args))
    }

    /// Message `id` (without arguments) and its speech form
    /// ([`crate::speech::speech_text`]), made once per locale and shared.
    pub(crate) fn format_with_speech(&self, chain: &Chain, id: &str) -> (String, String) {
        let Some(found) = self.locate(chain, id) else {
            return (id.to_owned(), id.to_owned());
        };
        let text = self.render(&found, None);
        let speech = self
            .part(found.locale, found.part)
            .ok()
            .and_then(|part| part.speech.get(found.index))
            .map_or_else(
                || crate::speech::speech_text(&text),
                |slot| {
                    slot.get_or_init(|| crate::speech::speech_text(&text))
                        .clone()
                },
            );
        (text, speech)
    }

    /// The first locale of the chain that has message `id`, and the message.
    fn locate<'a>(&'a self, chain: &Chain, id: &str) -> Option<Found<'a>> {
        let (part, index) = self.position(id)?;
        chain.indexes.iter().find_map(|&locale| {
            let pattern = self.message(locale, part, index, id)?;
            Some(Found {
                locale,
                part,
                index,
                pattern,
            })
        })
    }

    fn render(&self, found: &Found<'_>, args: Option<&FluentArgs>) -> String {
        // Formatting errors (a missing argument) still yield readable text
        // with the placeholder named, which beats showing nothing.
        let mut errors = Vec::new();
        self.bundle(found.locale)
            .map(|bundle| {
                bundle
                    .format_pattern(found.pattern, args, &mut errors)
                    .into_owned()
            })
            .unwrap_or_default()
    }

    /// Like [`Self::lookup`] for ids the compiler has checked. If one is still
    /// missing, the id itself is shown (Fluent's convention) rather than
    /// failing a whole screen.
    pub(crate) fn format(&self, chain: &Chain, id: &str) -> String {
        self.lookup(chain, id, None)
            .unwrap_or_else(|| id.to_owned())
    }

    /// Unpacks and parses every message of every locale: what an install
    /// checks before it writes a pack, so no lookup can fail later.
    pub(crate) fn check_all(&self) -> Result<(), AmparoError> {
        let corrupt = |reason: String| AmparoError::CorruptPack { reason };
        let ids: Vec<&Entries> = (0..2)
            .map(|part| self.ids(part))
            .collect::<Result<_, _>>()
            .map_err(corrupt)?;
        for locale in 0..self.resources.len() {
            for (part, part_ids) in ids.iter().enumerate() {
                let text = self.part(locale, part).map_err(corrupt)?;
                for (index, id) in part_ids.iter().enumerate() {
                    let present = text.bodies.get(index).is_some_and(|b| !b.is_empty());
                    if present && self.message(locale, part, index, id).is_none() {
                        let tag = self.tag_of(locale);
                        return Err(corrupt(format!("the `{tag}` translations do not parse")));
                    }
                }
            }
        }
        Ok(())
    }

    /// Which part holds `id`, and where in it.
    fn position(&self, id: &str) -> Option<(usize, usize)> {
        (0..2).find_map(|part| Some((part, self.ids(part).ok()?.find(id)?)))
    }

    /// Message `index` of `part` in `locale`, parsed: `None` when the locale
    /// lacks it.
    fn message(
        &self,
        locale: usize,
        part: usize,
        index: usize,
        id: &str,
    ) -> Option<&ast::Pattern<&str>> {
        let text = self.part(locale, part).ok()?;
        let parsed = text.parsed.get(index)?.get_or_init(|| {
            let body = text.bodies.get(index).filter(|b| !b.is_empty())?;
            FluentResource::try_new(format!("{id} ={body}\n")).ok()
        });
        parsed.as_ref()?.entries().find_map(|entry| match entry {
            ast::Entry::Message(message) => message.value.as_ref(),
            _ => None,
        })
    }

    fn ids(&self, part: usize) -> Result<&Entries, String> {
        let ids = self
            .message_ids
            .get(part)
            .ok_or("no such part")?
            .get_or_init(|| {
                let section = self
                    .bytes
                    .as_slice()
                    .get(self.ids_section.clone())
                    .unwrap_or_default();
                let parts = pack::split_text(section).map_err(|err| err.to_string())?;
                let packed = if part == 0 { parts.0 } else { parts.1 };
                pack::unpack_text(packed)
                    .map(Entries::indexed)
                    .map_err(|err| err.to_string())
            });
        ids.as_ref().map_err(Clone::clone)
    }

    fn part(&self, locale: usize, part: usize) -> Result<&Part, String> {
        let slot = self
            .parts
            .get(locale)
            .and_then(|parts| parts.get(part))
            .ok_or("no such part")?;
        let built = slot.get_or_init(|| {
            let tag = self.tag_of(locale);
            let range = self.texts.get(locale).cloned().unwrap_or_default();
            let section = self.bytes.as_slice().get(range).unwrap_or_default();
            let parts = pack::split_text(section).map_err(|err| err.to_string())?;
            let packed = if part == 0 { parts.0 } else { parts.1 };
            let bodies = Entries::new(pack::unpack_text(packed).map_err(|err| err.to_string())?);
            let ids = self.ids(part)?;
            if bodies.ranges.len() != ids.ranges.len() {
                return Err(format!(
                    "the `{tag}` text has {} messages for {} ids",
                    bodies.ranges.len(),
                    ids.ranges.len()
                ));
            }
            let parsed = bodies.ranges.iter().map(|_| OnceLock::new()).collect();
            let speech = bodies.ranges.iter().map(|_| OnceLock::new()).collect();
            Ok(Part {
                bodies,
                parsed,
                speech,
            })
        });
        built.as_ref().map_err(Clone::clone)
    }

    /// A locale's tag, for messages about its text.
    fn tag_of(&self, locale: usize) -> &str {
        self.resources.get(locale).map_or("", |r| r.tag.as_str())
    }

    fn bundle(&self, locale: usize) -> Option<&Bundle> {
        let (slot, id, resource) = (
            self.bundles.get(locale)?,
            self.ids.get(locale)?,
            self.resources.get(locale)?,
        );
        Some(slot.get_or_init(|| {
            let mut bundle = Bundle::new_concurrent(vec![plural_locale(id)]);
            // Isolation marks keep a Latin name or number from scrambling
            // right-to-left text; in left-to-right text they only add
            // invisible characters that some terminals and printers show.
            bundle.set_use_isolating(resource.direction == TextDirection::Rtl);
            bundle
        }))
    }
}

/// The locale whose plural rules a bundle uses. For a language CLDR has no
/// plural rules for (Hmong, Haitian Creole), fluent-bundle would apply
/// English's, and a translator's `[one]` would fire on 1 in a language
/// that does not inflect; CLDR's rule for languages without plural forms
/// (Japanese's, say) is that every number is `other`, so that is used.
fn plural_locale(id: &LanguageIdentifier) -> LanguageIdentifier {
    use intl_pluralrules::{PluralRuleType, PluralRules};
    static KNOWN: OnceLock<Vec<LanguageIdentifier>> = OnceLock::new();
    let known = KNOWN.get_or_init(|| PluralRules::get_locales(PluralRuleType::CARDINAL));
    if known.iter().any(|locale| locale.language == id.language) {
        id.clone()
    } else {
        LanguageIdentifier::from_parts("ja".parse().unwrap_or_default(), None, None, &[])
    }
}

/// Fluent arguments from strings. A whole number (digits, no leading zero)
/// goes in as a number, so a translation can choose its plural form
/// (`{ $count -> [one] … [few] … *[other] … }`); anything else, and numbers
/// such as "0123" whose zero matters, as text.
pub(crate) fn arguments<'a>(pairs: &[(&'a str, &'a str)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for &(name, value) in pairs {
        let whole = !value.is_empty()
            && value.len() <= 9
            && value.bytes().all(|b| b.is_ascii_digit())
            && (value == "0" || !value.starts_with('0'));
        match value.parse::<u32>() {
            Ok(number) if whole => args.set(name, number),
            _ => args.set(name, value),
        }
    }
    args
}

/// What one requested tag asks for.
#[derive(Debug, PartialEq)]
enum Requested {
    Language(LanguageIdentifier),
    /// `und`: the sender does not know; skipped without comment.
    Undetermined,
    /// Not a language tag at all.
    Unreadable,
}

/// Reads a tag as phones and shells send it: BCP-47 (`es-MX`), POSIX
/// (`es_MX.UTF-8@euro`), with Unicode extensions or private-use parts
/// (`en-US-u-mu-celsius`, `de-x-phonebk`), which are dropped: they tune
/// formatting, not the language. Then the aliases our readers' phones send
/// for our locales: `tl` is Filipino, `prs` (Dari) is read as Persian,
/// `yue` (Cantonese) as Traditional Chinese.
fn requested(tag: &str) -> Requested {
    let posix = tag
        .trim()
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    // Everything from the first singleton (`-u-`, `-t-`, `-x-`) on is an
    // extension or private use.
    let kept: Vec<&str> = posix
        .split('-')
        .take_while(|subtag| subtag.len() != 1)
        .collect();
    if kept.is_empty() || kept.iter().any(|subtag| subtag.is_empty()) {
        return Requested::Unreadable;
    }
    let Ok(mut id) = LanguageIdentifier::from_str(&kept.join("-")) else {
        return Requested::Unreadable;
    };
    match id.language.as_str() {
        "und" => return Requested::Undetermined,
        "tl" => set_language(&mut id, "fil"),
        "prs" => set_language(&mut id, "fa"),
        "yue" => {
            set_language(&mut id, "zh");
            if id.script.is_none() {
                id.script = "Hant".parse().ok();
            }
        }
        _ => {}
    }
    Requested::Language(id)
}

fn set_language(id: &mut LanguageIdentifier, language: &str) {
    if let Ok(language) = language.parse() {
        id.language = language;
    }
}

/// The pack locale for one request: the same language, written in the
/// same script. A request's script is the one it names, else the one its
/// region implies (`zh-TW` is Traditional, `pa-PK` is Shahmukhi), else the
/// language's usual one; a locale's script is the one its tag names, else
/// its language's usual one. A script the reader did not ask for is never
/// chosen (`pa-Arab` does not get Gurmukhi); regions do not matter
/// (`pt-PT` reads `pt`).
fn locale_for(request: &LanguageIdentifier, available: &[LanguageIdentifier]) -> Option<usize> {
    let wanted = request_script(request);
    available.iter().position(|locale| {
        locale.language == request.language
            && match (wanted, locale_script(locale)) {
                (Some(wanted), Some(offered)) => wanted == offered,
                _ => true,
            }
    })
}

fn request_script(id: &LanguageIdentifier) -> Option<&'static str> {
    if let Some(script) = id.script {
        return Some(known_script(script.as_str()));
    }
    let region = id.region.as_ref().map(|r| r.as_str());
    match (id.language.as_str(), region) {
        ("zh", Some("TW" | "HK" | "MO")) => Some("Hant"),
        ("pa", Some("PK")) => Some("Arab"),
        (language, _) => usual_script(language),
    }
}

fn locale_script(id: &LanguageIdentifier) -> Option<&'static str> {
    match id.script {
        Some(script) => Some(known_script(script.as_str())),
        None => usual_script(id.language.as_str()),
    }
}

/// Scripts compared as static strings; one nobody expects never matches.
fn known_script(script: &str) -> &'static str {
    const SCRIPTS: &[&str] = &[
        "Arab", "Armn", "Cyrl", "Deva", "Ethi", "Guru", "Hans", "Hant", "Jpan", "Khmr", "Kore",
        "Latn",
    ];
    SCRIPTS
        .iter()
        .find(|known| known.eq_ignore_ascii_case(script))
        .copied()
        .unwrap_or("other")
}

/// How each language this app may carry is usually written (CLDR's likely
/// scripts, for these languages only: the full table would cost the phone
/// library 330 KB).
fn usual_script(language: &str) -> Option<&'static str> {
    Some(match language {
        "ar" | "fa" | "ps" | "ur" => "Arab",
        "hy" => "Armn",
        "ru" | "uk" => "Cyrl",
        "hi" => "Deva",
        "ti" | "am" => "Ethi",
        "pa" => "Guru",
        "zh" => "Hans",
        "ja" => "Jpan",
        "km" => "Khmr",
        "ko" => "Kore",
        "en" | "es" | "vi" | "fil" | "pt" | "fr" | "ht" | "pl" | "hmn" => "Latn",
        _ => return None,
    })
}

/// A rejected tag as errors and answers show it: trimmed, printable and
/// short, so a stray value never reaches a screen or a log whole.
fn reported_tag(tag: &str) -> String {
    tag.trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(35)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack_locales() -> Vec<LanguageIdentifier> {
        [
            "en", "es", "zh-Hant", "zh-Hans", "vi", "fil", "ko", "hy", "fa", "ar", "ru", "uk",
            "pa", "hi", "ja", "km", "hmn", "pt", "fr", "ht", "ps", "ti", "pl",
        ]
        .iter()
        .map(|tag| tag.parse().expect("tag"))
        .collect()
    }

    fn resolve(tag: &str) -> Option<String> {
        let available = pack_locales();
        match requested(tag) {
            Requested::Language(id) => {
                locale_for(&id, &available).map(|i| available[i].to_string())
            }
            _ => None,
        }
    }

    #[test]
    fn what_phones_send_reaches_our_locales() {
        let cases = [
            ("zh-CN", "zh-Hans"),
            ("zh-SG", "zh-Hans"),
            ("zh", "zh-Hans"),
            ("zh-TW", "zh-Hant"),
            ("zh-HK", "zh-Hant"),
            ("zh-MO", "zh-Hant"),
            ("zh-Hant-TW", "zh-Hant"),
            ("zh-Hans-HK", "zh-Hans"),
            ("yue", "zh-Hant"),
            ("yue-HK", "zh-Hant"),
            ("pt-BR", "pt"),
            ("pt-PT", "pt"),
            ("tl", "fil"),
            ("fil-PH", "fil"),
            ("tl-PH", "fil"),
            ("pa-Guru-IN", "pa"),
            ("pa-IN", "pa"),
            ("fa-AF", "fa"),
            ("prs", "fa"),
            ("prs-AF", "fa"),
            ("ar-EG", "ar"),
            ("ar-SA", "ar"),
            ("ar-001", "ar"),
            ("es_MX.UTF-8", "es"),
            ("en-US-u-mu-celsius", "en"),
            ("es-MX-u-fw-mon", "es"),
            ("ru-RU-x-private", "ru"),
        ];
        for (tag, locale) in cases {
            assert_eq!(resolve(tag).as_deref(), Some(locale), "{tag}");
        }
    }

    #[test]
    fn a_script_not_asked_for_is_never_chosen() {
        for tag in [
            "pa-Arab",
            "pa-Arab-PK",
            "pa-PK",
            "zh-Latn",
            "ru-Latn",
            "hi-Latn",
            "ar-Latn",
        ] {
            assert_eq!(resolve(tag), None, "{tag}");
        }
    }

    #[test]
    fn tags_that_cannot_be_read_are_told_apart_from_und() {
        assert_eq!(requested("und"), Requested::Undetermined);
        assert_eq!(requested("und-US"), Requested::Undetermined);
        for tag in ["", "!!", "x-klingon", "-", "en--US", "12345"] {
            assert_eq!(requested(tag), Requested::Unreadable, "{tag:?}");
        }
    }
}
