//! Reading a jurisdiction document: serde with the path of the first error (as a JSON Pointer),
//! then the checks serde cannot make (unique ids, ranges, dates in order), each at its pointer.

use std::sync::OnceLock;

use super::LawError;
use super::rules::{Country, Jurisdiction, PayRule, QuotaRule};

const EU: &str = include_str!("../../jurisdictions/eu.json");
const FR: &str = include_str!("../../jurisdictions/fr.json");
const ES: &str = include_str!("../../jurisdictions/es.json");
const UK: &str = include_str!("../../jurisdictions/uk.json");

/// The embedded document of `country`, as text.
pub fn built_in_json(country: Country) -> &'static str {
    match country {
        Country::Eu => EU,
        Country::Fr => FR,
        Country::Es => ES,
        Country::Uk => UK,
    }
}

impl Jurisdiction {
    /// The embedded rules of `country` (`jurisdictions/<country>.json`), read once.
    ///
    /// ```
    /// use gender_impact::law::{Country, Jurisdiction};
    /// let eu = Jurisdiction::built_in(Country::Eu);
    /// assert!(eu.pay.iter().any(|r| r.id == "eu.2023-970.art9.250"));
    /// ```
    pub fn built_in(country: Country) -> &'static Jurisdiction {
        static ALL: OnceLock<Vec<Jurisdiction>> = OnceLock::new();
        let all = ALL.get_or_init(|| {
            Country::ALL
                .iter()
                .map(|&c| {
                    Jurisdiction::from_json(built_in_json(c))
                        .unwrap_or_else(|e| panic!("jurisdictions/{}.json: {e}", c.code()))
                })
                .collect()
        });
        &all[Country::ALL.iter().position(|&c| c == country).unwrap_or(0)]
    }

    /// Reads and checks a jurisdiction document.
    ///
    /// ```
    /// use gender_impact::law::{Jurisdiction, LawError};
    /// let e = Jurisdiction::from_json(r#"{"country": "xx"}"#).unwrap_err();
    /// assert!(matches!(e, LawError::Document { ref pointer, .. } if pointer == "/country"));
    /// ```
    pub fn from_json(text: &str) -> Result<Jurisdiction, LawError> {
        let de = &mut serde_json::Deserializer::from_str(text);
        let j: Jurisdiction =
            serde_path_to_error::deserialize(de).map_err(|e| LawError::Document {
                pointer: pointer_of(e.path()),
                problem: e.inner().to_string(),
            })?;
        check(&j)?;
        Ok(j)
    }
}

/// `serde_path_to_error`'s path as a JSON Pointer (`/pay/0/employees/min`).
fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        out.push('/');
        match seg {
            Segment::Seq { index } => out.push_str(&index.to_string()),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                out.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Segment::Unknown => out.push('?'),
        }
    }
    out
}

fn bad(pointer: String, expected: &str) -> LawError {
    LawError::Document {
        pointer,
        problem: format!("expected {expected}"),
    }
}

fn check(j: &Jurisdiction) -> Result<(), LawError> {
    let mut ids = std::collections::BTreeSet::new();
    for (i, r) in j.pay.iter().enumerate() {
        if !ids.insert(r.id.as_str()) {
            return Err(bad(format!("/pay/{i}/id"), "an id no other rule has"));
        }
        check_pay(r, &format!("/pay/{i}"))?;
    }
    for (i, r) in j.boards.iter().enumerate() {
        if !ids.insert(r.id.as_str()) {
            return Err(bad(format!("/boards/{i}/id"), "an id no other rule has"));
        }
        check_quota(r, &format!("/boards/{i}"))?;
    }
    Ok(())
}

fn check_pay(r: &PayRule, at: &str) -> Result<(), LawError> {
    if r.employees.max.is_some_and(|m| m < r.employees.min) {
        return Err(bad(
            format!("{at}/employees/max"),
            "a maximum not below the minimum",
        ));
    }
    if r.until.is_some_and(|u| u < r.applies_from) {
        return Err(bad(format!("{at}/until"), "a date not before applies_from"));
    }
    for (field, day) in [("deadline", r.deadline), ("snapshot", r.snapshot)] {
        if let Some(d) = day
            && jiff::civil::Date::new(2024, d.month as i8, d.day as i8).is_err()
        {
            return Err(bad(
                format!("{at}/{field}"),
                "a day that exists (month 1-12, day in the month)",
            ));
        }
    }
    if r.threshold.is_some_and(|t| !(t > 0.0 && t < 1.0)) {
        return Err(bad(
            format!("{at}/threshold"),
            "a share strictly between 0 and 1",
        ));
    }
    let mut letters = r.indicators.clone();
    letters.dedup();
    if letters.len() != r.indicators.len() || !r.indicators.is_sorted() {
        return Err(bad(
            format!("{at}/indicators"),
            "letters in order, each once",
        ));
    }
    Ok(())
}

fn check_quota(r: &QuotaRule, at: &str) -> Result<(), LawError> {
    if r.scope.is_empty() {
        return Err(bad(format!("{at}/scope"), "at least one condition"));
    }
    if r.steps.is_empty() {
        return Err(bad(format!("{at}/steps"), "at least one step"));
    }
    for (i, s) in r.steps.iter().enumerate() {
        if i > 0 && s.from <= r.steps[i - 1].from {
            return Err(bad(
                format!("{at}/steps/{i}/from"),
                "a date after the previous step's",
            ));
        }
        if s.objectives.is_empty() {
            return Err(bad(
                format!("{at}/steps/{i}/objectives"),
                "at least one objective",
            ));
        }
        for (k, o) in s.objectives.iter().enumerate() {
            if !(o.share > 0.0 && o.share <= 0.5) {
                let p = format!("{at}/steps/{i}/objectives/{k}/share");
                return Err(bad(p, "a share above 0 and at most 0.5"));
            }
        }
    }
    Ok(())
}
