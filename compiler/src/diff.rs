//! What a new pack changes, for the reviewer who signs it: every phone
//! number, law, local policy and message added, removed or changed.

use std::collections::BTreeMap;

use amparo_model::model::Pack;
use serde::Serialize;

/// One changed thing: its id and, for a change, before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub id: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Everything that differs between two packs, by kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PackDiff {
    pub content_version: (u64, u64),
    pub stale_after: (String, String),
    pub locales: Vec<Change>,
    /// Hotline and organization phone numbers ("hotline:ID", "organization:ID").
    pub numbers: Vec<Change>,
    /// Laws: citation and status.
    pub laws: Vec<Change>,
    /// Local policies: jurisdiction, category, status and year.
    pub policies: Vec<Change>,
    /// English messages ("en:ID"); other locales' changes are counted.
    pub messages: Vec<Change>,
    /// How many messages changed in each other locale.
    pub translated_messages_changed: BTreeMap<String, usize>,
}

impl PackDiff {
    pub fn is_empty(&self) -> bool {
        self.locales.is_empty()
            && self.numbers.is_empty()
            && self.laws.is_empty()
            && self.policies.is_empty()
            && self.messages.is_empty()
            && self.translated_messages_changed.is_empty()
    }
}

fn changes(before: &BTreeMap<String, String>, after: &BTreeMap<String, String>) -> Vec<Change> {
    let mut ids: Vec<&String> = before.keys().chain(after.keys()).collect();
    ids.sort();
    ids.dedup();
    ids.into_iter()
        .filter(|id| before.get(*id) != after.get(*id))
        .map(|id| Change {
            id: id.clone(),
            before: before.get(id).cloned(),
            after: after.get(id).cloned(),
        })
        .collect()
}

fn numbers(pack: &Pack) -> BTreeMap<String, String> {
    let hotlines = pack
        .catalog
        .hotlines
        .iter()
        .map(|h| (format!("hotline:{}", h.id), h.phone.display.clone()));
    let organizations = pack.catalog.organizations.iter().filter_map(|o| {
        let phone = o.phone.as_ref()?;
        Some((format!("organization:{}", o.id), phone.display.clone()))
    });
    hotlines.chain(organizations).collect()
}

fn laws(pack: &Pack) -> BTreeMap<String, String> {
    pack.catalog
        .laws
        .iter()
        .map(|law| {
            (
                law.id.clone(),
                format!("{} ({:?})", law.citation, law.status),
            )
        })
        .collect()
}

fn policies(pack: &Pack) -> BTreeMap<String, String> {
    pack.catalog
        .policy
        .local
        .iter()
        .map(|p| {
            let text = format!(
                "{}: {:?}, {:?}, {}",
                p.jurisdiction, p.category, p.status, p.year
            );
            (p.id.clone(), text)
        })
        .collect()
}

/// Each locale's messages, id to Fluent source.
fn messages(pack: &Pack) -> BTreeMap<String, BTreeMap<String, String>> {
    pack.locales
        .iter()
        .map(|locale| {
            let part = |c: &amparo_model::model::Compressed| {
                amparo_model::pack::unpack_text(c.as_part()).unwrap_or_default()
            };
            let (first, rest) = (part(&locale.text.first), part(&locale.text.rest));
            let bodies = pack
                .message_ids
                .iter()
                .zip(first.split('\0').chain(rest.split('\0')))
                .filter(|(_, body)| !body.is_empty())
                .map(|(id, body)| (id.clone(), body.trim().to_owned()))
                .collect();
            (locale.tag.clone(), bodies)
        })
        .collect()
}

/// What `after` changes compared with `before`.
pub fn diff(before: &Pack, after: &Pack) -> PackDiff {
    let tags = |pack: &Pack| {
        pack.locales
            .iter()
            .map(|l| (l.tag.clone(), format!("{:?}", l.translation)))
            .collect::<BTreeMap<_, _>>()
    };
    let (old, new) = (messages(before), messages(after));
    let empty = BTreeMap::new();
    let reference = &after.manifest.reference_locale;
    let english = changes(
        old.get(reference).unwrap_or(&empty),
        new.get(reference).unwrap_or(&empty),
    );
    let translated_messages_changed = new
        .iter()
        .filter(|(tag, _)| *tag != reference)
        .map(|(tag, messages)| {
            (
                tag.clone(),
                changes(old.get(tag).unwrap_or(&empty), messages).len(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    PackDiff {
        content_version: (
            before.manifest.content_version,
            after.manifest.content_version,
        ),
        stale_after: (
            before.manifest.stale_after.clone(),
            after.manifest.stale_after.clone(),
        ),
        locales: changes(&tags(before), &tags(after)),
        numbers: changes(&numbers(before), &numbers(after)),
        laws: changes(&laws(before), &laws(after)),
        policies: changes(&policies(before), &policies(after)),
        messages: english
            .into_iter()
            .map(|c| Change {
                id: format!("{reference}:{}", c.id),
                ..c
            })
            .collect(),
        translated_messages_changed,
    }
}
