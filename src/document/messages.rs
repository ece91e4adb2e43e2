//! Turning serde's, serde_json's and the JSON Schema validator's failures into catalogue
//! messages that say what was expected and never echo the value found.

use serde_json::Value;

use super::parse::*;
use super::problem::Problem;
use crate::i18n::Message;
use crate::model::ValueError;

/// Adds a whole number to a message twice: as a count (`name`, which French and Spanish write
/// with their digit grouping and use for plural forms) and as plain digits (`raw`, which the
/// English messages use: they have always written these numbers without grouping).
pub(super) fn whole(m: Message, (name, raw): (&'static str, &'static str), n: u64) -> Message {
    m.count(name, n).text(raw, n.to_string())
}

/// Adds a limit written as it is in every language (a year).
pub(super) fn plain_limit(m: Message, raw: String) -> Message {
    m.text("limit", raw.clone())
        .text("limit_fr", raw.clone())
        .text("limit_es", raw)
}

/// Adds a schema limit or a bound, a JSON number: `limit` as the English messages have always
/// written it (`1000000000000.0`, `0.01`), `limit_fr` and `limit_es` as French and Spanish write
/// numbers (`1 000 000 000 000`, `0,01`).
pub(super) fn limit(m: Message, raw: String) -> Message {
    let local = |lang: crate::i18n::Lang| match raw.parse::<f64>() {
        Ok(x) if x.is_finite() && !raw.contains(['e', 'E']) => {
            let decimals = raw
                .split_once('.')
                .map_or(0, |(_, f)| f.trim_end_matches('0').len());
            lang.decimal(x, decimals)
        }
        _ => raw.clone(),
    };
    let (fr, es) = (local(crate::i18n::Lang::Fr), local(crate::i18n::Lang::Es));
    m.text("limit", raw.clone())
        .text("limit_fr", fr)
        .text("limit_es", es)
}

/// Serde's message without the offending value (values may be personal data), as a catalogue
/// message.
pub(super) fn serde_message(msg: &str) -> Message {
    let msg = msg.split(" at line ").next().unwrap_or(msg);
    if msg.contains("floating point") && msg.contains("expected u")
        || msg.contains("expected i") && msg.contains("floating point")
    {
        // The schema's "integer" admits 3.0; the parser wants the whole number written as such.
        Message::new("input-whole-number")
    } else if msg.contains("untagged enum Period") {
        Message::new("input-period-serde")
    } else if msg.starts_with("invalid value") || msg.starts_with("invalid type") {
        // "invalid value: integer `5000000000`, expected u32" -> keep only the expectation.
        match msg.split_once(", expected ") {
            Some((_, expected)) => Message::new("input-serde-expected")
                .text("kind", serde_expectation(expected))
                .text("expected", expected),
            None => parser_message(msg),
        }
    } else if let Some(field) = msg
        .strip_prefix("duplicate field `")
        .and_then(|f| f.strip_suffix('`'))
    {
        Message::new("input-duplicate-field").text("field", field)
    } else if let Some(field) = msg
        .strip_prefix("missing field `")
        .and_then(|f| f.strip_suffix('`'))
    {
        Message::new("input-missing-field").text("field", field)
    } else if msg.starts_with("unknown field") || msg.starts_with("unknown variant") {
        // "unknown variant `x`, expected one of `a`, `b`": the expectation, not the value found.
        match msg.split_once(", expected ") {
            Some((_, expected)) => one_of(expected),
            None => match msg.split_once(", there are no ") {
                Some((unknown, _)) => {
                    let (what, name) = unknown
                        .strip_prefix("unknown ")
                        .and_then(|u| u.split_once(' '))
                        .unwrap_or(("field", ""));
                    Message::new("input-unknown-none")
                        .text("what", what)
                        .text("name", name.trim_matches('`'))
                }
                None => parser_message(msg),
            },
        }
    } else if msg.starts_with("expected") {
        custom_message(msg)
    } else {
        Message::new("input-invalid-value")
            .text("detail", syntax_detail(msg))
            .text("text", msg)
    }
}

/// serde's list of the names it expected (`` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``).
pub(super) fn one_of(expected: &str) -> Message {
    let m = Message::new("input-unknown-value");
    if let Some(list) = expected.strip_prefix("one of ") {
        m.text("form", "many").text("list", list)
    } else if let Some((first, second)) = expected.split_once("` or `") {
        m.text("form", "two")
            .text("first", format!("{first}`"))
            .text("second", format!("`{second}"))
    } else {
        m.text("form", "one").text("first", expected)
    }
}

/// The selector key of what serde expected instead of an invalid value or type.
pub(super) fn serde_expectation(expected: &str) -> &'static str {
    match expected {
        "u8" => "u8",
        "u16" => "u16",
        "u32" => "u32",
        "u64" => "u64",
        "i8" => "i8",
        "i16" => "i16",
        "i32" => "i32",
        "i64" => "i64",
        "f32" | "f64" => "float",
        "a string" | "a borrowed string" => "string",
        "a boolean" => "boolean",
        "a sequence" => "sequence",
        "a map" => "map",
        "a character" | "a char" => "char",
        "unit" => "unit",
        "a valid date" => "date",
        _ => "other",
    }
}

/// The messages of the crate's own checks that serde reports (the [`ValueError`]s of the
/// model's `TryFrom` conversions), and serde_json's "expected ..." syntax messages.
pub(super) fn custom_message(msg: &str) -> Message {
    value_error(msg)
        .and_then(value_message)
        .unwrap_or_else(|| parser_message(msg))
}

/// The [`ValueError`] whose English text serde reported as `msg` (serde keeps only the text of
/// a `TryFrom` error), recognised by comparing with the error's own `Display`.
fn value_error(msg: &str) -> Option<ValueError> {
    use ValueError::*;
    let fixed = [
        Id,
        TextBlank,
        DateForm,
        DateNotExists,
        Fte,
        Money,
        Hours,
        BothCompositions,
        NoComposition,
        NoGrades,
    ];
    // The errors with a number: it is the last word, or the one before `characters`.
    let last = msg.rsplit(' ').next()?;
    let before_last = msg.rsplit(' ').nth(1).unwrap_or_default();
    let with_number = [
        last.parse().ok().map(|found| Year { found }),
        last.parse().ok().map(|found| GenderMarker { found }),
        before_last.parse().ok().map(|max| TextTooLong { max }),
    ];
    fixed
        .into_iter()
        .chain(with_number.into_iter().flatten())
        .find(|e| e.to_string() == msg)
}

/// The catalogue message for a [`ValueError`] (none for those said as serde wrote them).
fn value_message(e: ValueError) -> Option<Message> {
    use ValueError::*;
    Some(match e {
        DateForm => Message::new("input-date-form"),
        DateNotExists => Message::new("input-date-exists"),
        Id => Message::new("input-id-form"),
        TextBlank => Message::new("input-text-blank"),
        TextTooLong { max } => whole(Message::new("input-text-long"), ("n", "n_raw"), max as u64),
        NoGrades => Message::new("input-grades-none"),
        Fte => Message::new("input-fte"),
        Money => Message::new("input-pay-amount"),
        Hours => Message::new("input-pay-hours"),
        Year { found } => Message::new("input-year").text("year", found.to_string()),
        BothCompositions => Message::new("input-either-serde").text("found", "both"),
        NoComposition => Message::new("input-either-serde").text("found", "neither"),
        _ => return None,
    })
}

/// A message of serde or serde_json written as it is in English (and said in other languages
/// when it is one of serde_json's fixed texts).
pub(super) fn parser_message(msg: &str) -> Message {
    Message::new("input-parser")
        .text("detail", syntax_detail(msg))
        .text("text", msg)
}

pub(super) fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// The JSON type of a value, as the selector key the messages turn into words (`integer` for
/// a whole number).
pub(super) fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A JSON Schema type name as a selector key (`other` for a name that is not one).
pub(super) fn type_key(t: &str) -> &'static str {
    match t {
        "null" => "null",
        "boolean" => "boolean",
        "integer" => "integer",
        "number" => "number",
        "string" => "string",
        "array" => "array",
        "object" => "object",
        _ => "other",
    }
}

/// A message stating an enumeration's values and the value found: a short string is a code
/// and is shown, anything else by its type.
pub(super) fn enum_message(options: String, instance: &Value) -> Message {
    match instance {
        Value::String(s) if s.chars().count() <= 24 => Message::new("input-enum-value")
            .text("options", options)
            .text("value", s.as_str()),
        _ => Message::new("input-enum-type")
            .text("options", options)
            .text("found", json_type(instance)),
    }
}

/// The kind of text a schema `pattern` asks for, from the description of the schema node (the
/// crate's own types: dates, identifiers, free text), as a selector key.
pub(super) fn pattern_key(description: &str) -> &'static str {
    if description.starts_with("A calendar date") {
        "date"
    } else if description.starts_with("An identifier") {
        "id"
    } else if description.starts_with("Free text") {
        "text"
    } else {
        "other"
    }
}

/// Resolves the schema node that holds the keyword at `schema_path` (its parent object).
pub(super) fn schema_parent<'a>(schema: &'a Value, schema_path: &str) -> Option<&'a Value> {
    let parent = schema_path.rsplit_once('/').map(|(p, _)| p).unwrap_or("");
    schema.pointer(parent)
}

pub(super) fn describe(err: &jsonschema::ValidationError<'_>, schema: &Value) -> Vec<Problem> {
    use jsonschema::error::{TypeKind, ValidationErrorKind as K};
    let pointer = err.instance_path().as_str().to_string();
    let instance = err.instance();
    let found = json_type(instance);
    let one = |m: Message| vec![Problem::localised(pointer.clone(), m)];
    let typed = |id: &'static str| Message::new(id).text("found", found);
    match err.kind() {
        K::Type { kind } => one(match kind {
            TypeKind::Single(t) => typed("input-type").text("expected", type_key(&t.to_string())),
            TypeKind::Multiple(ts) => {
                let keys: Vec<&str> = ts.iter().map(|t| type_key(&t.to_string())).collect();
                match keys.as_slice() {
                    [a, b] => typed("input-type-two")
                        .text("expected", *a)
                        .text("expected2", *b),
                    _ => {
                        let english: Vec<String> = keys
                            .iter()
                            .map(|k| {
                                crate::i18n::Lang::En
                                    .message("input-type-expected", &[("expected", (*k).into())])
                            })
                            .collect();
                        let codes: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
                        typed("input-type-many")
                            .text("list", english.join(" or "))
                            .text("codes", codes.join(", "))
                    }
                }
            }
        }),
        K::Required { property } => {
            let name = property.as_str().unwrap_or("?");
            vec![Problem::localised(
                format!("{pointer}/{}", escape(name)),
                Message::new("input-required"),
            )]
        }
        K::AdditionalProperties { unexpected } => {
            let allowed: Vec<String> = schema_parent(schema, err.schema_path().as_str())
                .and_then(|node| node.get("properties"))
                .and_then(Value::as_object)
                .map(|props| props.keys().map(|k| format!("`{k}`")).collect())
                .unwrap_or_default();
            unexpected
                .iter()
                .map(|field| {
                    let m = if allowed.is_empty() {
                        Message::new("input-unknown-field-bare")
                    } else {
                        Message::new("input-unknown-field").text("fields", allowed.join(", "))
                    };
                    Problem::localised(format!("{pointer}/{}", escape(field)), m)
                })
                .collect()
        }
        K::Enum { options } => {
            let opts: Vec<String> = options
                .as_array()
                .map(|a| a.iter().map(|v| v.to_string()).collect())
                .unwrap_or_default();
            // Enumerated values are codes (genders, roles, kinds), not free text: echoing a short one helps.
            one(enum_message(opts.join(", "), instance))
        }
        // A year's bounds are years (`1900`), written without digit grouping in every language.
        K::Minimum { limit: l } if pointer.ends_with("/year") => {
            one(plain_limit(Message::new("input-minimum"), l.to_string()))
        }
        K::Maximum { limit: l } if pointer.ends_with("/year") => {
            one(plain_limit(Message::new("input-maximum"), l.to_string()))
        }
        K::Minimum { limit: l } => one(limit(Message::new("input-minimum"), l.to_string())),
        K::Maximum { limit: l } => one(limit(Message::new("input-maximum"), l.to_string())),
        K::ExclusiveMinimum { limit: l } => one(limit(
            Message::new("input-exclusive-minimum"),
            l.to_string(),
        )),
        K::ExclusiveMaximum { limit: l } => one(limit(
            Message::new("input-exclusive-maximum"),
            l.to_string(),
        )),
        K::MinLength { limit: l } => {
            one(whole(Message::new("input-min-length"), ("n", "n_raw"), *l))
        }
        K::MaxLength { limit: l } => {
            one(whole(Message::new("input-max-length"), ("n", "n_raw"), *l))
        }
        K::MinItems { limit: l } => one(whole(Message::new("input-min-items"), ("n", "n_raw"), *l)),
        K::MaxItems { limit: l } => one(whole(Message::new("input-max-items"), ("n", "n_raw"), *l)),
        K::Pattern { .. } => {
            let description = schema_parent(schema, err.schema_path().as_str())
                .and_then(|n| n.get("description"))
                .and_then(Value::as_str);
            let what = description
                .map(|d| d.trim_end_matches('.').to_string())
                .unwrap_or_else(|| "a text of the expected form".to_string());
            one(Message::new("input-pattern")
                .text("what", description.map_or("other", pattern_key))
                .text("description", lower_first(&what)))
        }
        K::Format { format } => one(match format.as_str() {
            "date" => Message::new("input-format-date"),
            f => Message::new("input-format").text("format", f),
        }),
        K::OneOfNotValid { context } | K::AnyOf { context } => {
            // Enumerations are generated as `oneOf` of `const` values (one per documented variant).
            if let Some(values) = const_options(schema, err.schema_path().as_str()) {
                return one(enum_message(values.join(", "), instance));
            }
            if let Some(m) = members_or_counts(instance, &pointer) {
                return one(m);
            }
            // Optional values are `anyOf [T, null]`, untagged forms are `anyOf [A, B]`: describe
            // the problems of the branch the value was evidently meant for.
            if let Some(branch) = likely_branch(context, &pointer) {
                let inner: Vec<Problem> = branch.iter().flat_map(|e| describe(e, schema)).collect();
                if !inner.is_empty() {
                    return inner;
                }
            }
            if pointer == "/period" || pointer.ends_with("/period") {
                one(describe_period(instance))
            } else {
                one(typed("input-no-form"))
            }
        }
        K::OneOfMultipleValid { .. } => {
            one(members_or_counts(instance, &pointer)
                .unwrap_or_else(|| typed("input-several-forms")))
        }
        K::Constant { expected_value } => {
            one(Message::new("input-constant").text("value", expected_value.to_string()))
        }
        _ => one(Message::new("input-schema-keyword").text("keyword", err.kind().keyword())),
    }
}

/// The message for a body or staff that gives both or neither of `members` and `counts`.
pub(super) fn members_or_counts(instance: &Value, pointer: &str) -> Option<Message> {
    let obj = instance.as_object()?;
    // Only a body itself (`…/bodies/<i>`) or the staff (`…/staff`), not what lies inside them.
    let mut segs = pointer.rsplit('/');
    let (last, before) = (segs.next().unwrap_or(""), segs.next().unwrap_or(""));
    let place = (before == "bodies" && last.parse::<u64>().is_ok()) || last == "staff";
    let (m, c) = (obj.contains_key("members"), obj.contains_key("counts"));
    (place && m == c).then(|| {
        Message::new("input-members-or-counts").text("found", if m { "both" } else { "neither" })
    })
}

/// The `const` values of a `oneOf`/`anyOf` whose branches are all constants (an enumeration).
pub(super) fn const_options(schema: &Value, schema_path: &str) -> Option<Vec<String>> {
    let node = schema.pointer(schema_path)?;
    let branches = node.as_array()?;
    let values: Option<Vec<String>> = branches
        .iter()
        .map(|b| b.get("const").map(|c| c.to_string()))
        .collect();
    values.filter(|v| !v.is_empty())
}

/// The branch of an `anyOf`/`oneOf` the value was evidently meant for: branches that only
/// complain about the value's type (e.g. "not null") are set aside, and among the rest the one
/// with no missing or unknown field at this very place wins, if it is the only one.
pub(super) fn likely_branch<'e>(
    context: &'e [Vec<jsonschema::ValidationError<'static>>],
    pointer: &str,
) -> Option<&'e Vec<jsonschema::ValidationError<'static>>> {
    use jsonschema::error::ValidationErrorKind as K;
    let candidates: Vec<&Vec<jsonschema::ValidationError<'static>>> = context
        .iter()
        .filter(|errs| {
            !(errs.len() == 1
                && matches!(errs[0].kind(), K::Type { .. })
                && errs[0].instance_path().as_str() == pointer)
        })
        .collect();
    if candidates.len() == 1 {
        return Some(candidates[0]);
    }
    let shape_misfits = |errs: &Vec<jsonschema::ValidationError<'static>>| {
        errs.iter()
            .filter(|e| {
                e.instance_path().as_str() == pointer
                    && matches!(
                        e.kind(),
                        K::Required { .. } | K::AdditionalProperties { .. } | K::Type { .. }
                    )
            })
            .count()
    };
    let mut fitting = candidates.iter().filter(|e| shape_misfits(e) == 0);
    let first = fitting.next()?;
    if fitting.next().is_none() {
        Some(first)
    } else {
        None
    }
}

/// The message for a period that fits neither of its forms: what the value looks like (its
/// field names are code; its values are not shown).
pub(super) fn describe_period(v: &Value) -> Message {
    let m = Message::new("input-period-form");
    match v.as_object() {
        Some(o) if o.is_empty() => m.text("shape", "empty"),
        Some(o) => {
            let keys: Vec<String> = o.keys().map(|k| format!("`{k}`")).collect();
            m.text("shape", "keys").text("keys", keys.join(", "))
        }
        None => m.text("shape", "type").text("found", json_type(v)),
    }
}

pub(super) fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_texts_of_value_errors_are_recognised() {
        let year = "expected a year from 1900 to 2200, found 1800";
        assert_eq!(value_error(year), Some(ValueError::Year { found: 1800 }));
        let long = "expected a text of at most 2000 characters";
        assert_eq!(
            value_error(long),
            Some(ValueError::TextTooLong { max: 2000 })
        );
        let date = "expected a date written YYYY-MM-DD";
        assert_eq!(value_error(date), Some(ValueError::DateForm));
        assert_eq!(value_error("expected a year from 1900 to 2200"), None);
        assert_eq!(value_error("expected value"), None);
    }

    #[test]
    fn value_errors_take_their_catalogue_entries() {
        let m = custom_message("expected either `members` or `counts`, found neither");
        assert_eq!(m.id(), "input-either-serde");
        let m = custom_message("expected weekly hours from 0.01 to 168");
        assert_eq!(m.id(), "input-pay-hours");
        // Said as serde wrote it.
        let m = custom_message("expected a gender marker of 0, 1 or 2, found 7");
        assert_eq!(m.id(), "input-parser");
    }
}
