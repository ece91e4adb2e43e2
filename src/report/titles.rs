//! Titles and reasons in the report's language: the framework's name and its pillars' titles,
//! indicator titles, and why a value is not computable.

use crate::assessment::{IndicatorResult, PillarSummary};
use crate::model::BuiltinKey;
use crate::report::wording::Words;

/// The catalogue ids of the built-in frameworks' names. `eu-gender-balance` has none: its
/// catalogue entry (`framework-eu-gender-balance`, with the directive's number) is not the
/// framework's own name ("EU gender balance"), and the reports have always kept the latter in
/// every language; giving it would change them.
const FRAMEWORK_NAMES: [(&str, &str); 2] = [
    ("metropolis", "framework-metropolis"),
    ("general", "framework-general"),
];

impl Words<'_> {
    /// The framework's name: the translation for a built-in framework, as given otherwise.
    pub fn framework_name(&self) -> String {
        let id = FRAMEWORK_NAMES
            .iter()
            .find(|(framework, _)| *framework == self.a.framework.name)
            .map(|(_, id)| *id);
        match id {
            Some(id) => self.builtin_or_given(id, &self.a.framework_name),
            None => self.a.framework_name.clone(),
        }
    }

    /// A pillar's title: the translation for a built-in framework, as given otherwise.
    pub fn pillar_title(&self, p: &PillarSummary) -> String {
        self.builtin_or_given(
            &format!("pillar-{}-{}", self.a.framework.name, p.id),
            &p.title,
        )
    }

    /// The message `id` when the assessment's framework is a built-in one and the catalogue
    /// has it; `given` otherwise (a framework of one's own keeps its own words).
    fn builtin_or_given(&self, id: &str, given: &str) -> String {
        if *self.a.builtin_framework && self.lang.has(id) {
            self.msg(id, &[])
        } else {
            given.to_string()
        }
    }

    /// The indicator's title in this language (built-in indicators), or as given.
    pub fn indicator_title(&self, r: &IndicatorResult) -> String {
        match &r.wording.builtin {
            Some(title) => title.message().in_lang(self.lang),
            None => r.title.clone(),
        }
    }

    /// Why the value of `r` is not computable, in this language (as given for a reason the
    /// library does not know, e.g. in an assessment read back from JSON).
    pub fn reason(&self, r: &IndicatorResult) -> String {
        match &r.wording.reason {
            Some(m) => m.in_lang(self.lang),
            None => r.not_computable.clone().unwrap_or_default(),
        }
    }
}

/// The name of what a built-in indicator is about (a body, the staff, a grade).
pub(crate) fn subject_name(r: &IndicatorResult) -> Option<&str> {
    r.wording.builtin.as_ref()?.name.as_deref()
}

/// Whether `r` is the result of the built-in indicator `key`.
pub(crate) fn is_builtin(r: &IndicatorResult, key: BuiltinKey) -> bool {
    r.wording.builtin.as_ref().is_some_and(|b| b.key == key)
}
