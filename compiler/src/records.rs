//! Readers of the content records (sources, regions, laws, topics, policy,
//! credits): each parses its TOML, checks ids and provenance, and returns
//! the model records, reporting every problem at its file and line.

use super::*;

impl Compiler {
    /// Reads every `sources/*.toml`: one registry, split into files so that
    /// authors working on different topics do not edit the same file.
    pub(crate) fn read_sources(&mut self, dir: &Path) -> Vec<Source> {
        let paths = match sorted_entries(dir) {
            Ok(paths) => paths,
            Err(err) => {
                self.diags
                    .whole_file(dir, format!("cannot read the sources folder: {err}"));
                return Vec::new();
            }
        };
        let mut sources = Vec::new();
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for path in paths.iter().filter(|p| has_extension(p, "toml")) {
            let Some(file) = self.load(path) else {
                continue;
            };
            let Some(raw) = self.parse::<RawSources>(file) else {
                continue;
            };
            for record in raw.sources {
                let record = record.into_inner();
                let source = &self.files[file];
                let at = format!(
                    "{}:{}",
                    source.path.display(),
                    source.line_of(record.id.span().start)
                );
                if let Some(first) = seen.get(record.id.get_ref()) {
                    self.diags.at(
                        source,
                        &record.id,
                        format!(
                            "duplicate source id `{}` (first defined at {first})",
                            record.id.get_ref()
                        ),
                    );
                    continue;
                }
                seen.insert(record.id.get_ref().clone(), at);
                match (&record.url, &record.citation) {
                    (Some(url), _) => {
                        let text = url.get_ref();
                        if !(text.starts_with("https://") || text.starts_with("http://"))
                            || text.contains(char::is_whitespace)
                        {
                            self.diags.at(
                                source,
                                url,
                                format!(
                                    "source `{}` needs a web address (http:// or https://)",
                                    record.id.get_ref()
                                ),
                            );
                        }
                    }
                    (None, Some(citation)) if !citation.trim().is_empty() => {}
                    (None, _) => self.diags.at(
                        source,
                        &record.id,
                        format!(
                            "source `{}` needs a `url`, or a `citation` for a court opinion",
                            record.id.get_ref()
                        ),
                    ),
                }
                let date = self.source_date(file, &record.date);
                self.sources
                    .insert(record.id.get_ref().clone(), sources.len());
                sources.push(Source {
                    id: record.id.into_inner(),
                    url: record.url.map(Spanned::into_inner),
                    citation: record.citation,
                    publisher: record.publisher,
                    tier: record.tier,
                    date,
                });
            }
        }
        sources
    }

    /// Reads an optional file of `[[kind]]` records. Each record's id must be
    /// unique and its provenance complete; `build` turns it into the model.
    pub(crate) fn read_records<L: DeserializeOwned, R: RawRecord, T>(
        &mut self,
        path: &Path,
        kind: &str,
        records: impl FnOnce(L) -> Vec<Spanned<R>>,
        mut build: impl FnMut(&mut Self, usize, R, Provenance) -> T,
    ) -> Vec<T> {
        let Some(file) = self.load_optional(path) else {
            return Vec::new();
        };
        let Some(list) = self.parse::<L>(file) else {
            return Vec::new();
        };
        self.checked_records(file, kind, records(list), |this, record, provenance| {
            build(this, file, record, provenance)
        })
    }

    /// The records of one kind in `file`: duplicates are reported and
    /// dropped, provenance is checked, then `build` makes each model record.
    /// Every record with `sources` and `checked` goes through here.
    pub(crate) fn checked_records<R: RawRecord, T>(
        &mut self,
        file: usize,
        kind: &str,
        records: Vec<Spanned<R>>,
        mut build: impl FnMut(&mut Self, R, Provenance) -> T,
    ) -> Vec<T> {
        let mut seen = Ids::default();
        let mut built = Vec::new();
        for spanned in records {
            let line = self.files[file].line_of(spanned.span().start);
            let mut record = spanned.into_inner();
            if !seen.insert(&mut self.diags, &self.files[file], record.id(), kind) {
                continue;
            }
            let what = format!("{kind} `{}`", record.id().get_ref());
            let (sources, checked) = record.take_provenance();
            let provenance = self.provenance(file, line, &what, sources, checked);
            built.push(build(self, record, provenance));
        }
        built
    }

    pub(crate) fn read_regions(&mut self, path: &Path) -> Vec<RegionRecord> {
        let mut parents = Vec::new();
        let regions = self.read_records(
            path,
            "region",
            |list: RawRegions| list.regions,
            |this, file, record, provenance| {
                parents.extend(record.within.clone());
                if record.kind == RegionKind::State && record.time_zone.is_none() {
                    let message = format!(
                        "state `{}` needs a `time_zone`: local times there are read on its clock",
                        record.id.get_ref()
                    );
                    this.diags.at(&this.files[file], &record.id, message);
                }
                RegionRecord {
                    id: record.id.into_inner(),
                    kind: record.kind,
                    name: record.name,
                    within: record.within.map(Spanned::into_inner),
                    time_zone: record.time_zone,
                    provenance,
                }
            },
        );
        let ids: BTreeSet<String> = regions.iter().map(|r| r.id.clone()).collect();
        if let Some(file) = self.files.iter().position(|f| f.path == path) {
            self.region_refs(file, parents, &ids);
        }
        regions
    }

    /// A state folder's laws (`folder_state`), or the national table, whose
    /// records each name their `state`.
    pub(crate) fn read_laws(
        &mut self,
        path: &Path,
        folder_state: Option<&str>,
        states: &BTreeSet<String>,
    ) -> Vec<LawRecord> {
        self.read_records(
            path,
            "law",
            |list: RawLaws| list.laws,
            |this, file, record, provenance| {
                let state = match (folder_state, record.state) {
                    (Some(state), None) => state.to_owned(),
                    (None, Some(state)) => this
                        .known_refs(file, vec![state], states, "state", "us/states.csv")
                        .into_iter()
                        .next()
                        .unwrap_or_default(),
                    (Some(state), Some(extra)) => {
                        let message = format!(
                            "law `{}` is in a state's folder: drop `state` (the folder says it)",
                            record.id.get_ref()
                        );
                        this.diags.at(&this.files[file], &extra, message);
                        state.to_owned()
                    }
                    (None, None) => {
                        let message = format!(
                            "law `{}` needs a `state` (e.g. \"us-il\")",
                            record.id.get_ref()
                        );
                        this.diags.at(&this.files[file], &record.id, message);
                        String::new()
                    }
                };
                LawRecord {
                    state,
                    signed: record.signed.and_then(|d| this.date(file, d, "signed")),
                    effective: record
                        .effective
                        .and_then(|d| this.date(file, d, "effective")),
                    name: this.message_ref(file, record.name),
                    summary: this.message_ref(file, record.summary),
                    does_not: record.does_not.map(|d| this.message_ref(file, d)),
                    year: record.year,
                    effect: record.effect,
                    confidence: record.confidence,
                    id: record.id.into_inner(),
                    citation: record.citation,
                    status: record.status,
                    review: record.review,
                    provenance,
                }
            },
        )
    }

    pub(crate) fn read_topics(
        &mut self,
        dir: &Path,
        states: &BTreeSet<String>,
    ) -> Vec<TopicRecord> {
        let paths = match sorted_entries(dir) {
            Ok(paths) => paths,
            Err(err) => {
                self.diags
                    .whole_file(dir, format!("cannot read the topics folder: {err}"));
                return Vec::new();
            }
        };
        let mut topics: Vec<(usize, usize, TopicRecord)> = Vec::new();
        let mut ids: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        let mut orders: BTreeMap<u32, String> = BTreeMap::new();
        for path in paths.iter().filter(|p| has_extension(p, "toml")) {
            let Some(file) = self.load(path) else {
                continue;
            };
            let Some(raw) = self.parse::<RawTopic>(file) else {
                continue;
            };
            let source = &self.files[file];
            let id_line = source.line_of(raw.id.span().start);
            let id = raw.id.get_ref().clone();
            if let Some((first_file, first_line)) = ids.get(&id) {
                let first = self.files[*first_file].path.display().to_string();
                self.diags.at_line(
                    source,
                    id_line,
                    format!("duplicate topic id `{id}` (first defined at {first}:{first_line})"),
                );
                continue;
            }
            ids.insert(id.clone(), (file, id_line));
            if let Some(other) = orders.insert(*raw.order.get_ref(), id.clone()) {
                self.diags.at(
                    source,
                    &raw.order,
                    format!("topic `{id}` has the same `order` as topic `{other}`"),
                );
            }
            if raw.steps.is_empty() {
                self.diags
                    .at_line(source, id_line, format!("topic `{id}` has no [[step]]"));
            }
            let topic_scope = self.scope(file, raw.scope, states);
            let steps = self.checked_records(file, "step", raw.steps, |this, step, provenance| {
                StepRecord {
                    scope: this.scope(file, step.scope, states),
                    id: step.id.into_inner(),
                    action: this.message_ref(file, step.action),
                    on_card: step.on_card.unwrap_or(true),
                    say: step
                        .say
                        .map(|say| this.critical_ref(file, say, "a line to say")),
                    why: this.message_ref(file, step.why),
                    links: step
                        .links
                        .into_iter()
                        .filter_map(|link| this.web_link(file, link))
                        .collect(),
                    provenance,
                }
            });
            let do_not =
                self.checked_records(file, "do_not", raw.do_not, |this, point, provenance| {
                    DoNotRecord {
                        scope: this.scope(file, point.scope, states),
                        id: point.id.into_inner(),
                        text: this.critical_ref(file, point.text, "a do-not point"),
                        provenance,
                    }
                });
            let order = *raw.order.get_ref();
            topics.push((
                order as usize,
                file,
                TopicRecord {
                    id,
                    order,
                    icon: raw.icon,
                    title: self.message_ref(file, raw.title),
                    summary: self.message_ref(file, raw.summary),
                    review: raw.review,
                    scope: topic_scope,
                    steps,
                    do_not,
                },
            ));
        }
        topics.sort_by_key(|(order, _, _)| *order);
        topics.into_iter().map(|(_, _, topic)| topic).collect()
    }

    /// A state's baseline: what its laws let local police and jails do.
    pub(crate) fn read_policy(
        &mut self,
        path: &Path,
        regions: &BTreeSet<String>,
        laws: &BTreeSet<String>,
    ) -> Vec<PolicyText> {
        let Some(file) = self.load_optional(path) else {
            return Vec::new();
        };
        let Some(raw) = self.parse::<RawPolicy>(file) else {
            return Vec::new();
        };
        self.checked_records(
            file,
            "policy baseline",
            raw.baselines,
            |this, record, provenance| {
                let region = this.region_refs(file, vec![record.id], regions);
                PolicyText {
                    region: region.into_iter().next().unwrap_or_default(),
                    text: this.message_ref(file, record.text),
                    laws: this.known_refs(file, record.laws, laws, "law", "laws.toml"),
                    review: record.review,
                    provenance,
                }
            },
        )
    }

    pub(crate) fn read_credits(&mut self, path: &Path) -> Vec<Credit> {
        let Some(file) = self.load_optional(path) else {
            return Vec::new();
        };
        self.parse::<RawCredits>(file)
            .map(|raw| raw.credits)
            .unwrap_or_default()
    }
}
