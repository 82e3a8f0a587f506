//! Search over what the user can read: topic titles and summaries, step
//! text, "do not" points and laws, in the current locale chain.
//!
//! Matching ignores case and accents (`policia` finds `policía`; Vietnamese
//! with or without tone marks), and works on characters, so Chinese needs no
//! word breaks. Every word of the query must appear; titles rank above body
//! text.

use crate::unaccent::unaccented;

use crate::answers::{SearchHit, SearchKind};

/// How much a match counts, by where it is.
const TITLE: i32 = 100;
const SAYING: i32 = 30;
const BODY: i32 = 10;
const SNIPPET_BEFORE: usize = 30;
const SNIPPET_CHARS: usize = 110;

/// One searchable piece of text.
pub(crate) struct Entry {
    pub kind: SearchKind,
    pub topic_id: Option<String>,
    pub step_id: Option<String>,
    pub law_id: Option<String>,
    pub title: String,
    pub weight: Weight,
    pub text: String,
}

#[derive(Clone, Copy)]
pub(crate) enum Weight {
    Title,
    Saying,
    Body,
}

/// Entries with their folded text, built once per locale chain.
pub(crate) struct SearchIndex {
    entries: Vec<(Entry, Folded)>,
}

/// Folded text and, for each of its bytes, the original character index.
struct Folded {
    text: String,
    origin: Vec<usize>,
}

fn fold(text: &str) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    for (index, c) in text.chars().enumerate() {
        for d in unaccented(c) {
            // Vietnamese đ is a letter of its own, not d plus a mark.
            let d = match d {
                'đ' | 'Đ' => 'd',
                d if d.is_whitespace() => ' ',
                d => d,
            };
            for lower in d.to_lowercase() {
                let before = folded.text.len();
                folded.text.push(lower);
                folded
                    .origin
                    .extend(std::iter::repeat_n(index, folded.text.len() - before));
            }
        }
    }
    folded
}

impl SearchIndex {
    pub(crate) fn new(entries: Vec<Entry>) -> Self {
        Self {
            entries: entries
                .into_iter()
                .map(|entry| {
                    let folded = fold(&entry.text);
                    (entry, folded)
                })
                .collect(),
        }
    }

    pub(crate) fn search(&self, query: &str, limit: usize) -> Vec<SearchHit> {
        let query = fold(query).text;
        let words: Vec<&str> = query.split_whitespace().collect();
        if words.is_empty() || limit == 0 {
            return Vec::new();
        }
        let phrase = words.join(" ");
        let mut hits: Vec<SearchHit> = Vec::new();
        for (entry, folded) in &self.entries {
            let Some(first) = words
                .iter()
                .map(|w| folded.text.find(w))
                .collect::<Option<Vec<_>>>()
            else {
                continue;
            };
            let base = match entry.weight {
                Weight::Title => TITLE,
                Weight::Saying => SAYING,
                Weight::Body => BODY,
            };
            let whole_phrase = words.len() > 1 && folded.text.contains(&phrase);
            let score = base + if whole_phrase { base / 2 } else { 0 };
            let at = first.iter().copied().min().unwrap_or(0);
            let snippet = snippet(&entry.text, folded.origin.get(at).copied().unwrap_or(0));
            // One hit per topic, step or law: keep its best-scoring text.
            let same = hits.iter_mut().find(|h| {
                h.kind == entry.kind
                    && h.topic_id == entry.topic_id
                    && h.step_id == entry.step_id
                    && h.law_id == entry.law_id
            });
            match same {
                Some(hit) if hit.score >= score => {}
                Some(hit) => {
                    hit.score = score;
                    hit.snippet = snippet;
                }
                None => hits.push(SearchHit {
                    kind: entry.kind,
                    topic_id: entry.topic_id.clone(),
                    step_id: entry.step_id.clone(),
                    law_id: entry.law_id.clone(),
                    title: entry.title.clone(),
                    snippet,
                    score,
                }),
            }
        }
        // Best first; stable, so content order breaks ties.
        hits.sort_by_key(|h| std::cmp::Reverse(h.score));
        hits.truncate(limit);
        hits
    }
}

/// About a line of the original text around character `at`.
fn snippet(text: &str, at: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let start = at.saturating_sub(SNIPPET_BEFORE);
    let end = (start + SNIPPET_CHARS).min(chars.len());
    let mut snippet: String = chars.get(start..end).unwrap_or_default().iter().collect();
    if start > 0 {
        snippet.insert(0, '…');
    }
    if end < chars.len() {
        snippet.push('…');
    }
    snippet
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str, weight: Weight, id: &str) -> Entry {
        Entry {
            kind: SearchKind::Step,
            topic_id: Some("t".into()),
            step_id: Some(id.into()),
            law_id: None,
            title: "T".into(),
            weight,
            text: text.into(),
        }
    }

    #[test]
    fn accents_case_and_tone_marks_do_not_matter() {
        let index = SearchIndex::new(vec![
            entry("Llame a la policía.", Weight::Body, "es"),
            entry("Quyền giữ im lặng. Đừng ký giấy tờ.", Weight::Body, "vi"),
            entry("你有權保持沉默。", Weight::Body, "zh"),
        ]);
        assert_eq!(index.search("POLICIA", 5)[0].step_id.as_deref(), Some("es"));
        assert_eq!(
            index.search("quyen giu im lang", 5)[0].step_id.as_deref(),
            Some("vi")
        );
        assert_eq!(index.search("dung ky", 5)[0].step_id.as_deref(), Some("vi"));
        assert_eq!(
            index.search("保持沉默", 5)[0].step_id.as_deref(),
            Some("zh")
        );
        assert!(index.search("abogado", 5).is_empty());
        assert!(index.search("   ", 5).is_empty());
    }

    #[test]
    fn titles_rank_above_body_text_and_snippets_show_the_match() {
        let long = format!(
            "{} the warrant must be signed by a judge",
            "word ".repeat(30)
        );
        let index = SearchIndex::new(vec![
            entry(&long, Weight::Body, "body"),
            entry("Warrants", Weight::Title, "title"),
        ]);
        let hits = index.search("warrant", 5);
        assert_eq!(hits[0].step_id.as_deref(), Some("title"));
        assert!(
            hits[1].snippet.starts_with('…') && hits[1].snippet.contains("warrant must be signed"),
            "{}",
            hits[1].snippet
        );
    }
}
