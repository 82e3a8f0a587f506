//! Where the person is, through the facade: the help finder, the chosen
//! state, the detainer-map table of a state's local policies, and its
//! detention facilities.

use crate::error::AmparoError;
use crate::finder::{self, DetentionAnswer, Finder, HelpAnswer, HelpQuery, Labels, PolicyTable};
use crate::model::StateRecord;
use crate::places::check_coordinates;

use super::{Amparo, ChainTexts};

pub(super) use crate::places::state_code;

impl Amparo {
    /// Where to get help, offline: the county and its policies, the lines to
    /// call (county first), the nearest organizations and detention
    /// facilities. The query is used for this call only; nothing about it
    /// is kept.
    pub fn find_help(&self, query: &HelpQuery) -> Result<HelpAnswer, AmparoError> {
        let (finder, texts, labels) = self.finder_parts();
        let catalog = self.content.catalog();
        finder::find_help(catalog, finder, &texts, labels, query, &self.content.pack)
    }

    fn finder_parts(&self) -> (&Finder, ChainTexts<'_>, &Labels) {
        let catalog = self.content.catalog();
        let finder = self.content.finder.get_or_init(|| {
            // See `content`'s invariants: this cannot fail for a pack that
            // was opened.
            Finder::new(catalog, self.content.geography().unwrap_or_default())
        });
        let texts = ChainTexts {
            locales: &self.content.locales,
            chain: &self.chain,
        };
        let labels = self.labels.get_or_init(|| Labels::new(catalog, &texts));
        (finder, texts, labels)
    }

    /// Chooses the state whose content to show ("CT", "us-ct",
    /// "Connecticut"), or `None` for every state's, each labelled. A state
    /// without local content may be chosen: federal content still applies.
    /// On error nothing changes.
    pub fn set_state(&mut self, state: Option<&str>) -> Result<(), AmparoError> {
        let state = match state {
            Some(text) => Some(self.parse_state(text)?.id.clone()),
            None => None,
        };
        if state != self.state {
            self.state = state;
            self.search = std::sync::Arc::default();
            self.topic_pages = std::sync::Arc::default();
        }
        Ok(())
    }

    /// The two-letter code of the state with content that a point is in
    /// ("CA"), or `None` outside them. The point is used for this call only.
    pub fn state_at(&self, latitude: f64, longitude: f64) -> Result<Option<String>, AmparoError> {
        check_coordinates(latitude, longitude)?;
        let (finder, _, _) = self.finder_parts();
        Ok(finder.state_at(latitude, longitude).map(state_code))
    }

    /// The chosen state's two-letter code, if any.
    pub fn state(&self) -> Option<String> {
        self.state.as_deref().map(state_code)
    }

    /// A state by two-letter code, region id or name, in any case.
    pub(super) fn parse_state(&self, text: &str) -> Result<&StateRecord, AmparoError> {
        let wanted = text.trim().to_ascii_lowercase();
        let wanted = wanted.strip_prefix("us-").unwrap_or(&wanted);
        self.content
            .catalog()
            .states
            .iter()
            .find(|s| {
                s.postal.eq_ignore_ascii_case(wanted) || s.name.to_ascii_lowercase() == wanted
            })
            .ok_or(AmparoError::UnknownState)
    }

    /// Every county of a state with its local policy, or "no local policy
    /// found": the detainer map as a table. Low-confidence policies only
    /// when asked for.
    pub fn local_policies(
        &self,
        state: &str,
        include_low_confidence: bool,
    ) -> Result<PolicyTable, AmparoError> {
        let state = self.parse_state(state)?.id.clone();
        Ok(self.with_local_context(include_low_confidence, |context| {
            finder::policy_table(context, &state)
        }))
    }

    /// A state's ICE detention facilities (operating, uncertain, closed),
    /// nearest first when `near` is given, with the detention information
    /// lines and ICE's online detainee locator. The point is used for this
    /// call only.
    pub fn detention_facilities(
        &self,
        state: &str,
        near: Option<(f64, f64)>,
    ) -> Result<DetentionAnswer, AmparoError> {
        if let Some((lat, lon)) = near {
            check_coordinates(lat, lon)?;
        }
        let state = self.parse_state(state)?.id.clone();
        Ok(self.with_local_context(false, |context| finder::detention(context, &state, near)))
    }

    fn with_local_context<R>(
        &self,
        include_low_confidence: bool,
        answer: impl FnOnce(&finder::LocalContext<'_, ChainTexts<'_>>) -> R,
    ) -> R {
        let (finder, texts, labels) = self.finder_parts();
        answer(&finder::LocalContext {
            catalog: self.content.catalog(),
            finder,
            texts: &texts,
            labels,
            include_low_confidence,
        })
    }
}
