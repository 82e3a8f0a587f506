//! The warrant checker's graph: every choice must lead to a node that
//! exists, every node must be reachable from `start`, no path may loop, and
//! every outcome must carry advice. Content invariants about what outcomes
//! say (never "open the door", always "do not resist") are checked by the
//! acceptance tests on every path, in every locale.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::schema::RawWarrant;
use super::{Compiler, Ids};
use amparo_model::model::{WarrantChoice, WarrantOutcome, WarrantQuestion, WarrantTree};

impl Compiler {
    pub(super) fn read_warrant(&mut self, path: &Path) -> WarrantTree {
        let Some(file) = self.load_optional(path) else {
            return WarrantTree::default();
        };
        let Some(raw) = self.parse::<RawWarrant>(file) else {
            return WarrantTree::default();
        };
        let mut ids = Ids::default();
        let mut questions = Vec::new();
        // Every link, with its line, to check once all nodes are known.
        let mut links = vec![raw.start.clone()];
        for spanned in raw.questions {
            let line = self.files[file].line_of(spanned.span().start);
            let q = spanned.into_inner();
            if !ids.insert(&mut self.diags, &self.files[file], &q.id, "warrant node") {
                continue;
            }
            if q.choices.len() < 2 {
                let message = format!("question `{}` needs at least two choices", q.id.get_ref());
                self.diags.at_line(&self.files[file], line, message);
            }
            let mut choice_ids = Ids::default();
            let mut choices = Vec::new();
            for choice in q.choices {
                let choice = choice.into_inner();
                let kind = format!("choice of `{}`", q.id.get_ref());
                if !choice_ids.insert(&mut self.diags, &self.files[file], &choice.id, &kind) {
                    continue;
                }
                links.push(choice.next.clone());
                choices.push(WarrantChoice {
                    id: choice.id.into_inner(),
                    label: self.message_ref(file, choice.label),
                    next: choice.next.into_inner(),
                });
            }
            questions.push(WarrantQuestion {
                id: q.id.into_inner(),
                text: self.message_ref(file, q.text),
                choices,
            });
        }
        let mut outcomes = Vec::new();
        for spanned in raw.outcomes {
            let line = self.files[file].line_of(spanned.span().start);
            let o = spanned.into_inner();
            if !ids.insert(&mut self.diags, &self.files[file], &o.id, "warrant node") {
                continue;
            }
            let what = format!("outcome `{}`", o.id.get_ref());
            if o.advice.is_empty() {
                self.diags.at_line(
                    &self.files[file],
                    line,
                    format!("{what} has no `advice`: every outcome says what to do"),
                );
            }
            let provenance = self.provenance(file, line, &what, o.sources, o.checked);
            outcomes.push(WarrantOutcome {
                id: o.id.into_inner(),
                text: self.message_ref(file, o.text),
                say: o
                    .say
                    .map(|say| self.critical_ref(file, say, "a line to say")),
                entry: o.entry,
                advice: o.advice,
                review: o.review,
                provenance,
            });
        }
        let known: BTreeSet<String> = ids.0.keys().cloned().collect();
        let start_line = self.files[file].line_of(raw.start.span().start);
        self.known_refs(file, links, &known, "warrant node", "warrant.toml");

        // Walk every path from the start. A node met again on its own path is
        // a loop; a node never met cannot be reached.
        let next: BTreeMap<&str, Vec<&str>> = questions
            .iter()
            .map(|q| {
                let targets = q.choices.iter().map(|c| c.next.as_str()).collect();
                (q.id.as_str(), targets)
            })
            .collect();
        let mut reached = BTreeSet::new();
        let mut loops = BTreeSet::new();
        let mut stack: Vec<(&str, Vec<&str>)> = vec![(raw.start.get_ref().as_str(), Vec::new())];
        while let Some((node, path)) = stack.pop() {
            if path.contains(&node) {
                loops.insert(node.to_owned());
                continue;
            }
            let first_visit = reached.insert(node.to_owned());
            let Some(targets) = next.get(node) else {
                continue;
            };
            // A node reached again on another path has been walked already,
            // unless a loop could pass through it: walking each path is
            // bounded because the tree is small and loops are cut above.
            if !first_visit && path.len() > known.len() {
                continue;
            }
            let mut path = path.clone();
            path.push(node);
            for target in targets {
                stack.push((target, path.clone()));
            }
        }
        for node in &loops {
            let message = format!("the warrant checker loops at `{node}`");
            self.diags.at_line(&self.files[file], start_line, message);
        }
        for id in known.difference(&reached) {
            let line = self.files[file]
                .text
                .lines()
                .position(|l| l.trim().starts_with(&format!("id = \"{id}\"")))
                .map_or(0, |i| i + 1);
            let message = format!("warrant node `{id}` cannot be reached from `start`");
            self.diags.at_line(&self.files[file], line, message);
        }
        WarrantTree {
            start: raw.start.into_inner(),
            questions,
            outcomes,
        }
    }
}
