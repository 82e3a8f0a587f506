//! Reading `locales/`: every locale parsed and checked against English (ids,
//! variables), every message id the content or the run time uses required in
//! English, and each locale packed (and checked to say what its files say).

use super::*;

impl Compiler {
    /// `first`: the messages the first screens show, packed apart so that
    /// starting up unpacks only them.
    pub(crate) fn read_locales(
        &mut self,
        locales_dir: &Path,
        first: &BTreeSet<String>,
    ) -> Vec<LocaleResources> {
        let dirs = match sorted_entries(locales_dir) {
            Ok(dirs) => dirs,
            Err(err) => {
                self.diags.whole_file(
                    locales_dir,
                    format!("cannot read the locales folder: {err}"),
                );
                return Vec::new();
            }
        };
        let mut read = Vec::new();
        for dir in dirs.into_iter().filter(|d| d.is_dir()) {
            let tag = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if l10n::PSEUDO_LOCALES.contains(&tag.as_str()) {
                self.diags.whole_file(
                    &dir,
                    format!("`{tag}` is a pseudo-locale for layout tests: `amparo l10n pseudo` generates it outside `locales/`, and it is never shipped"),
                );
                continue;
            }
            if LanguageIdentifier::from_str(&tag).is_err() {
                self.diags.whole_file(
                    &dir,
                    format!("`{tag}` is not a BCP-47 language tag (expected e.g. `es`, `zh-Hant`)"),
                );
                continue;
            }
            let meta = self
                .load(&dir.join("locale.toml"))
                .and_then(|file| self.parse::<RawLocale>(file));
            let files: Vec<usize> = sorted_entries(&dir)
                .unwrap_or_default()
                .iter()
                .filter(|p| has_extension(p, "ftl"))
                .filter_map(|path| self.load(path))
                .collect();
            let sources: Vec<&SourceFile> = files.iter().map(|&i| &self.files[i]).collect();
            let messages = fluent::read_locale(&sources, &mut self.diags);
            read.push(ReadLocale {
                tag,
                meta,
                files,
                messages,
            });
        }

        let Some(en) = read.iter().position(|l| l.tag == REFERENCE_LOCALE) else {
            self.diags.whole_file(
                locales_dir,
                format!("the reference locale `{REFERENCE_LOCALE}` is missing"),
            );
            return Vec::new();
        };
        self.check_message_refs(&read[en]);
        self.check_required_variables(&read);
        for (index, locale) in read.iter().enumerate() {
            if index != en {
                self.check_translation(locale, &read[en].messages);
            }
        }

        let english = &read[en].messages.messages;
        let reference_messages = count(english.len());
        // The first screens' messages first, then the rest; each part sorted
        // (the keys of a BTreeMap), so the run time finds an id by binary
        // search.
        let (mut message_ids, rest): (Vec<String>, Vec<String>) =
            english.keys().cloned().partition(|id| first.contains(id));
        let first_messages = message_ids.len();
        message_ids.extend(rest);
        let mut resources = Vec::new();
        for locale in &read {
            let Some(meta) = locale.meta.as_ref() else {
                continue;
            };
            let translated = english
                .keys()
                .filter(|id| {
                    locale
                        .messages
                        .messages
                        .get(*id)
                        .is_some_and(|m| m.has_value)
                })
                .count();
            let bodies: BTreeMap<String, String> = locale
                .messages
                .messages
                .iter()
                .filter(|(id, _)| english.contains_key(*id))
                .map(|(id, message)| (id.clone(), message.body.clone()))
                .collect();
            let text = pack::pack_locale_text(&message_ids, first_messages, &bodies);
            let resource = LocaleResources {
                tag: locale.tag.clone(),
                native_name: meta.native_name.clone(),
                direction: meta.direction,
                translation: if locale.tag == REFERENCE_LOCALE {
                    TranslationOrigin::Original
                } else {
                    meta.translation
                },
                human_reviewed: meta.human_reviewed,
                speech_locale: meta.speech_locale.clone(),
                translated_messages: count(translated),
                reference_messages,
                text,
            };
            // The compact form must say exactly what the files say.
            let files: Vec<&SourceFile> = locale.files.iter().map(|&i| &self.files[i]).collect();
            let rebuilt =
                amparo_model::pack::locale_source(&message_ids, &resource.tag, &resource.text)
                    .map_err(|err| err.to_string())
                    .and_then(|source| fluent::same_messages(&files, &source));
            if let Err(reason) = rebuilt {
                let dir = locales_dir.join(&locale.tag);
                self.diags.whole_file(
                    &dir,
                    format!("the packed text differs from the files ({reason}); report this as a compiler bug"),
                );
            }
            resources.push(resource);
        }
        self.message_ids = message_ids;
        self.first_messages = count(first_messages);
        resources
    }

    /// Every id content refers to (and every id the core itself shows) must
    /// exist in English with a value.
    pub(crate) fn check_message_refs(&mut self, en: &ReadLocale) {
        for reference in &self.message_refs {
            let file = &self.files[reference.file];
            match en.messages.messages.get(&reference.id) {
                None => self.diags.at_line(
                    file,
                    reference.line,
                    format!(
                        "message `{}` is not defined in `{REFERENCE_LOCALE}`",
                        reference.id
                    ),
                ),
                Some(message) if !message.has_value => self.diags.at_line(
                    file,
                    reference.line,
                    format!(
                        "message `{}` has no value in `{REFERENCE_LOCALE}`",
                        reference.id
                    ),
                ),
                Some(_) => {}
            }
        }
        // The run time shows these by name (crate::messages); a pack without
        // one would show a person the bare id.
        for id in messages::ALL {
            let defined = en
                .messages
                .messages
                .get(*id)
                .is_some_and(|message| message.has_value);
            if !defined {
                let path = en.files.first().map_or_else(
                    || PathBuf::from(REFERENCE_LOCALE),
                    |&f| self.files[f].path.clone(),
                );
                self.diags.whole_file(
                    &path,
                    format!("message `{id}`, which the app itself shows, is not defined in `{REFERENCE_LOCALE}`"),
                );
            }
        }
    }

    /// A translation may not invent messages or variables: the app only ever
    /// passes what English expects.
    pub(crate) fn check_translation(&mut self, locale: &ReadLocale, en: &LocaleMessages) {
        for (id, message) in &locale.messages.messages {
            let file = &self.files[locale.files[message.file]];
            let Some(english) = en.messages.get(id) else {
                self.diags.at_line(
                    file,
                    message.line,
                    format!("message `{id}` is not in `{REFERENCE_LOCALE}`; translate only English messages"),
                );
                continue;
            };
            for variable in message.variables.difference(&english.variables) {
                self.diags.at_line(
                    file,
                    message.line,
                    format!(
                        "message `{id}` uses `${variable}`, which the English message does not have"
                    ),
                );
            }
        }
    }
}
