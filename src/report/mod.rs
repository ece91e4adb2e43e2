//! Reports: Markdown and HTML for people, JSON for machines.
//!
//! Reports print what the [`Assessment`] holds and nothing else: no names (the assessment never
//! carries them), counts beside every percentage, and small counts flagged.

mod chart;
mod comparison;
mod findings;
mod html;
mod law;
mod localised;
mod ndjson;
mod pay;
mod pay_adjusted;
mod pay_egapro;
mod pay_groups;
#[cfg(feature = "parquet")]
mod pay_groups_parquet;
mod pay_html;
mod pay_joint;
mod pay_logib;
mod progress;
mod quotas;
mod registro;
mod registro_html;
mod registro_xlsx;
mod titles;
mod warnings;
mod wording;

pub use comparison::{BARS_UP_TO, TABLE_TAIL, html as comparison_html};
pub use html::assessment as html;
pub use law::{obligations_json, obligations_markdown};
pub use localised::markdown as markdown_in;
pub use ndjson::{
    BATCH as NDJSON_BATCH, CompactIndicator, CompactLine, CompactPillar, NdjsonError, NdjsonFields,
    ndjson_line, network_ndjson,
};
pub use pay::{markdown as pay_markdown, markdown_in as pay_markdown_in};
pub use pay_groups::{PAY_GROUPS_CSV_COLUMNS, pay_group_csv_row, pay_groups_csv_header};
#[cfg(feature = "parquet")]
pub use pay_groups_parquet::{PayGroupsParquet, PayGroupsParquetError};
pub use pay_html::page as pay_html;
pub use registro::markdown as registro_markdown;
pub use registro_html::page as registro_html;
pub use registro_xlsx::{RegistroXlsxError, workbook as registro_xlsx};

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

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::i18n::locale_tests::with_english_replaced;

    /// Every message of the English report catalogue written on one line (reasons, titles,
    /// framework and pillar names, derivations...), its text changed.
    fn english_changed() -> Vec<(String, String)> {
        let source = include_str!("../../locales/en/report.ftl");
        let lines: Vec<&str> = source.lines().collect();
        lines
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                lines
                    .get(i + 1)
                    .is_none_or(|next| !next.starts_with([' ', '\t', '[', '*', '}', '.']))
            })
            .filter_map(|(_, line)| line.split_once(" = "))
            .filter(|(id, _)| id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
            .map(|(id, text)| (id.to_string(), format!("CHANGED {text}")))
            .collect()
    }

    /// The French report does not depend on the English texts: the assessment keeps its
    /// reasons, titles and derivations as messages, not as English sentences matched back.
    #[test]
    fn french_report_does_not_read_the_english_catalogue() {
        let input = crate::document::metropolis_2023();
        let render = |lang: Lang| {
            let a = crate::assessment::Assessor::new().assess(&input).unwrap();
            super::markdown_in(&a, lang)
        };
        let changed = english_changed();
        for id in [
            "reason-no-president",
            "title-body-women-share",
            "pillar-no-criterion",
        ] {
            assert!(changed.iter().any(|(i, _)| i == id), "{id} is not replaced");
        }
        let (fr, en) = (render(Lang::Fr), render(Lang::En));
        let (fr2, en2) = with_english_replaced(&changed, || (render(Lang::Fr), render(Lang::En)));
        assert_ne!(en, en2, "the English report should show the changed texts");
        assert!(en2.contains("CHANGED Women's share of filled seats: Board"));
        let changed_line = fr.lines().zip(fr2.lines()).find(|(a, b)| a != b);
        assert_eq!(changed_line, None, "the French report changed");
        assert_eq!(fr, fr2);
    }

    /// A built-in framework, even read from a copy of its file, is worded in the report's
    /// language; a framework of one's own (here a changed copy) keeps its own words.
    #[test]
    fn own_framework_keeps_its_words() {
        use crate::model::{Framework, Text};
        let input = crate::document::metropolis_2023();
        let french = |fw: Framework| {
            let a = crate::assessment::Assessor::new()
                .framework(fw)
                .assess(&input)
                .unwrap();
            super::markdown_in(&a, Lang::Fr)
        };
        let copy = serde_json::to_string(&Framework::metropolis()).unwrap();
        let fr = french(Framework::from_json(&copy).unwrap());
        assert!(fr.contains("| Leadership des femmes dans les organes statutaires |"));
        assert!(fr.contains("Stratégie d’intégration du genre de Metropolis"));
        let mut own = Framework::metropolis();
        own.pillars[1].title = Text::new("Our awareness work").unwrap();
        let fr = french(own);
        assert!(fr.contains("| Our awareness work |"));
        assert!(fr.contains("| Women's leadership in the statutory bodies |"));
        assert!(fr.contains("Metropolis gender mainstreaming strategy"));
    }
}
