//! A template of an input document (`gia init`): one example row in every section, in the
//! user's language, that validates as it is.
//!
//! The structure is written once (`templates/input.json`), with `{{id}}` where a text goes; each
//! id is a message of the catalogues (`template-*` in `locales/*/documents.ftl`), so the
//! template reads in English, French or Spanish.

use crate::i18n::Lang;

const TEMPLATE: &str = include_str!("../../templates/input.json");

/// The input template in `lang`: a JSON document with an example row in every section
/// (organisation, period, a board with its members, staff with grades, an initiative, a
/// policy, a project with an outcome, a fund, a target, a published figure).
///
/// ```
/// use gender_impact::i18n::Lang;
/// let t = gender_impact::input_template(Lang::Fr);
/// assert!(gender_impact::validate(&t).is_ok());
/// assert!(t.contains("Conseil d’administration"));
/// ```
pub fn input_template(lang: Lang) -> String {
    let mut out = String::with_capacity(TEMPLATE.len() + 512);
    let mut rest = TEMPLATE;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            break;
        };
        let text = lang.message(&after[..end], &[]);
        // The text goes inside a JSON string: escaped as JSON escapes it, without the quotes.
        let quoted = serde_json::Value::String(text).to_string();
        out.push_str(&quoted[1..quoted.len() - 1]);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::input_template;
    use crate::i18n::Lang;

    /// In every language: every placeholder is a message of the catalogue, and the template
    /// validates.
    #[test]
    fn the_template_validates_in_every_language() {
        for lang in Lang::ALL {
            let t = input_template(lang);
            assert!(!t.contains("{{") && !t.contains("template-"), "{lang:?}");
            let input = crate::document::validate(&t).unwrap_or_else(|e| panic!("{lang:?}: {e}"));
            assert_eq!(input.bodies.len(), 1);
        }
    }
}
