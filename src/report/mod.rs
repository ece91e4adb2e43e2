//! Reports: Markdown for people, JSON for machines.
//!
//! Reports print what the [`Assessment`] holds and nothing else: no names (the assessment never
//! carries them), counts beside every percentage, and small counts flagged.

mod chart;
mod comparison;
mod html;
mod localised;
mod pay;
mod pay_html;
mod progress;
mod wording;

pub use comparison::{BARS_UP_TO, TABLE_TAIL, html as comparison_html};
pub use html::assessment as html;
pub use localised::markdown as markdown_in;
pub use pay::{markdown as pay_markdown, markdown_in as pay_markdown_in};

use crate::assessment::{Assessment, IndicatorResult};

/// The assessment as pretty-printed JSON (language-independent: ids and numbers), ending with a newline.
///
/// ```
/// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
/// let json = gender_impact::report::json(&a);
/// let back: gender_impact::Assessment = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, a);
/// ```
pub fn json(a: &Assessment) -> String {
    let mut s = serde_json::to_string_pretty(a).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}

/// The assessment as a Markdown document in English: the same as
/// [`localised::markdown`]`(a, Lang::En)`, one renderer for every language.
///
/// ```
/// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
/// let md = gender_impact::report::markdown(&a);
/// assert!(md.starts_with("# Gender-impact assessment"));
/// ```
pub fn markdown(a: &Assessment) -> String {
    localised::markdown(a, crate::i18n::Lang::En)
}

/// The indicators grouped by the pillar that rates them, in the framework's order (each titled
/// by `title`), then the others under `other`. Shared by the Markdown and HTML renderers.
pub(crate) fn by_pillar(
    a: &Assessment,
    title: impl Fn(&crate::assessment::PillarSummary) -> String,
    other: String,
) -> Vec<(String, Vec<&IndicatorResult>)> {
    let mut groups: Vec<(String, Vec<&IndicatorResult>)> = a
        .summary
        .pillars
        .iter()
        .map(|p| (title(p), Vec::new()))
        .collect();
    let mut rest = Vec::new();
    for r in &a.indicators {
        match r
            .pillar
            .as_ref()
            .and_then(|id| a.summary.pillars.iter().position(|p| &p.id == id))
        {
            Some(i) => groups[i].1.push(r),
            None => rest.push(r),
        }
    }
    groups.push((other, rest));
    groups
}
