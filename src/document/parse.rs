//! Parsing a document: the fast path through serde, and on failure every structural problem
//! against the published JSON Schema; syntax errors at their line and column.

use std::sync::OnceLock;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::messages::*;
use super::problem::{Invalid, Problem};
use super::schema;
use crate::i18n::Message;
use crate::limits::{MAX_DOCUMENT_BYTES, MAX_NESTING_DEPTH};
use crate::model::Input;

/// Parses and validates a JSON document: structure (the published schema), then cross-field rules.
///
/// Returns the [`Input`] or every problem found, each with its JSON Pointer.
///
/// ```
/// let err = gender_impact::validate(r#"{
///   "organisation": {"name": "X"}, "period": {"year": 2023},
///   "bodies": [{"id": "b", "name": "Board", "kind": "board", "seats": 1,
///               "counts": {"women": 1, "men": 1}}]
/// }"#).unwrap_err();
/// assert_eq!(err.problems()[0].to_string(),
///     "/bodies/0/counts: expected at most 1 people (the body's seats), found 2");
/// ```
pub fn validate(document: &str) -> Result<Input, Invalid> {
    let input: Input =
        parse_with_schema(document, input_validator(), schema::input_schema_value())?;
    input.check()?;
    Ok(input)
}

/// Validates an already parsed JSON value (structure and cross-field rules).
pub fn validate_value(value: &Value) -> Result<Input, Invalid> {
    let input = match Input::deserialize(value) {
        Ok(input) => input,
        Err(_) => {
            return Err(structural_problems::<Input>(
                None,
                value,
                input_validator(),
                schema::input_schema_value(),
            ));
        }
    };
    input.check()?;
    Ok(input)
}

/// Checks a JSON value against the input schema alone (no serde, no cross-field rules) and
/// returns every structural problem; empty when the schema accepts the value.
///
/// ```
/// let v = serde_json::json!({"organisation": {"name": "X"}, "period": {"year": 2023}});
/// assert!(gender_impact::schema_problems(&v).is_empty());
/// let v = serde_json::json!({"organisation": {"name": "X"}});
/// assert_eq!(gender_impact::schema_problems(&v)[0].pointer(), Some("/period"));
/// ```
pub fn schema_problems(value: &Value) -> Vec<Problem> {
    let schema = schema::input_schema_value();
    let mut problems: Vec<Problem> = input_validator()
        .iter_errors(value)
        .flat_map(|e| describe(&e, schema))
        .collect();
    problems.sort_by(|a, b| a.location.place_cmp(&b.location));
    problems
}

/// Parses a document into `T`: straight through serde when it is valid (the fast path), else
/// every structural problem against `schema`.
pub(crate) fn parse_with_schema<T: DeserializeOwned>(
    document: &str,
    validator: &jsonschema::Validator,
    schema: &Value,
) -> Result<T, Invalid> {
    if document.len() > MAX_DOCUMENT_BYTES {
        let m = whole(
            Message::new("input-document-too-large"),
            ("max", "max_raw"),
            MAX_DOCUMENT_BYTES as u64,
        );
        let m = whole(m, ("size", "size_raw"), document.len() as u64);
        return Err(Invalid::new(vec![Problem::localised("", m)]));
    }
    let document = without_bom(document);
    match serde_json::from_str::<T>(document) {
        Ok(v) => Ok(v),
        Err(_)
            if matches!(
                crate::limits::count_values(document),
                crate::limits::Scan::TooMany
            ) =>
        {
            Err(first_problem_only::<T>(document))
        }
        Err(_) => Err(match serde_json::from_str::<Value>(document) {
            Err(e) => Invalid::new(vec![syntax_problem(&e)]),
            Ok(value) => structural_problems::<T>(Some(document), &value, validator, schema),
        }),
    }
}

/// The problem for a document serde_json cannot read, at its line and column. Messages say what
/// was expected and never quote the document's text.
pub(super) fn syntax_problem(e: &serde_json::Error) -> Problem {
    // serde_json's messages are fixed texts ("recursion limit exceeded at line 1 column 129");
    // they never quote the document.
    let text = e.to_string();
    let at = |m: Message| {
        let m = whole(m, ("line", "line_raw"), e.line() as u64);
        whole(m, ("column", "column_raw"), e.column() as u64)
    };
    let message = if text.starts_with("recursion limit exceeded") {
        at(whole(
            Message::new("input-nesting-depth"),
            ("depth", "depth_raw"),
            MAX_NESTING_DEPTH as u64,
        ))
    } else if text.starts_with("number out of range") {
        at(Message::new("input-number-range"))
    } else {
        let detail = text.split(" at line ").next().unwrap_or_default();
        at(Message::new("input-syntax"))
            .text("kind", syntax_kind(e))
            .text("detail", syntax_detail(detail))
            .text("text", detail)
    };
    Problem::localised("", message)
}

/// The selector key of the kind of a syntax error (the message turns it into words).
pub(super) fn syntax_kind(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Eof => "eof",
        serde_json::error::Category::Syntax => "syntax",
        serde_json::error::Category::Io => "io",
        serde_json::error::Category::Data => "data",
    }
}

/// The selector key of one of serde_json's fixed messages (its `ErrorCode`s), so that the
/// message can say it in every language; `other` for any other text.
pub(super) fn syntax_detail(text: &str) -> &'static str {
    match text {
        "EOF while parsing a list" => "eof-list",
        "EOF while parsing an object" => "eof-object",
        "EOF while parsing a string" => "eof-string",
        "EOF while parsing a value" => "eof-value",
        "expected `:`" => "colon",
        "expected `,` or `]`" => "comma-list",
        "expected `,` or `}`" => "comma-object",
        "expected ident" => "ident",
        "expected value" => "value",
        "expected `\"`" => "quote",
        "invalid escape" => "escape",
        "invalid number" => "number",
        "number out of range" => "number-range",
        "invalid unicode code point" => "code-point",
        "control character (\\u0000-\\u001F) found while parsing a string" => "control",
        "key must be a string" => "key-string",
        "invalid value: expected key to be a number in quotes" => "key-number",
        "float key must be finite (got NaN or +/-inf)" => "key-float",
        "lone leading surrogate in hex escape" => "surrogate",
        "trailing comma" => "trailing-comma",
        "trailing characters" => "trailing-characters",
        "unexpected end of hex escape" => "hex-escape",
        "recursion limit exceeded" => "recursion",
        t if t.starts_with("data did not match any variant of untagged enum") => "untagged",
        t if t.starts_with("invalid length") => "length",
        _ => "other",
    }
}

pub(super) fn build(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .expect("the generated schemas are valid draft 2020-12 schemas")
}

pub(crate) fn input_validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| build(schema::input_schema_value()))
}

pub(crate) fn network_validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| build(schema::network_schema_value()))
}

pub(crate) fn framework_validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| build(schema::framework_schema_value()))
}

/// Every structural problem of `value` against `schema`; falls back to serde's own message (with
/// its path) for the few constraints the schema cannot express.
/// The document without a leading byte-order mark (U+FEFF), which editors on Windows write and
/// RFC 8259 (section 8.1) allows a parser to ignore.
pub(crate) fn without_bom(document: &str) -> &str {
    document.strip_prefix('\u{feff}').unwrap_or(document)
}

/// For a broken document too large to describe in full: the first problem serde meets, found
/// while streaming the text (no tree is built, arrays are bounded), and a line that says so.
pub(super) fn first_problem_only<T: DeserializeOwned>(document: &str) -> Invalid {
    let mut de = serde_json::Deserializer::from_str(document);
    let first = match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(e) => {
            let pointer = path_to_pointer(e.path());
            Problem::localised(pointer, serde_message(&e.inner().to_string()))
        }
        Ok(_) => Problem::localised("", Message::new("input-rejected")),
    };
    Invalid::new(vec![
        first,
        Problem::localised(
            "",
            whole(
                Message::new("input-too-many-values"),
                ("n", "n_raw"),
                crate::limits::MAX_VALUES,
            ),
        ),
    ])
}

pub(super) fn structural_problems<T: DeserializeOwned>(
    document: Option<&str>,
    value: &Value,
    validator: &jsonschema::Validator,
    schema: &Value,
) -> Invalid {
    let mut problems = Vec::new();
    // One more than can be listed, so that `Invalid::new` says more were found; the rest of a
    // hopeless document is not described (that would cost memory and time for nothing).
    for err in validator
        .iter_errors(value)
        .take(crate::limits::MAX_PROBLEMS + 1)
    {
        problems.extend(describe(&err, schema));
    }
    if problems.is_empty() {
        // The schema accepted what the types reject (e.g. a number beyond 2^32 in a count).
        if let Err(e) = serde_path_to_error::deserialize::<_, T>(value) {
            let pointer = path_to_pointer(e.path());
            problems.push(period_problem(value, &pointer).unwrap_or_else(|| {
                Problem::localised(pointer, serde_message(&e.inner().to_string()))
            }));
        }
    }
    if let (true, Some(document)) = (problems.is_empty(), document) {
        // What the tree cannot show, such as a field written twice (the tree keeps the last).
        let mut de = serde_json::Deserializer::from_str(document);
        if let Err(e) = serde_path_to_error::deserialize::<_, T>(&mut de) {
            problems.push(Problem::localised(
                path_to_pointer(e.path()),
                serde_message(&e.inner().to_string()),
            ));
        }
    }
    if problems.is_empty() {
        problems.push(Problem::localised("", Message::new("input-rejected")));
    }
    Invalid::new(problems)
}

/// An untagged period hides which form failed: parse the form the value was meant as, for a
/// precise pointer and message.
pub(super) fn period_problem(root: &Value, pointer: &str) -> Option<Problem> {
    if !pointer.ends_with("/period") {
        return None;
    }
    let v = root.pointer(pointer)?;
    let obj = v.as_object()?;
    let err = if obj.contains_key("year") {
        serde_path_to_error::deserialize::<_, crate::model::YearPeriod>(v).err()?
    } else {
        serde_path_to_error::deserialize::<_, crate::model::DateRange>(v).err()?
    };
    let inner = path_to_pointer(err.path());
    Some(Problem::localised(
        format!("{pointer}{inner}"),
        serde_message(&err.inner().to_string()),
    ))
}

pub(super) fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        out.push('/');
        match seg {
            Segment::Seq { index } => out.push_str(&index.to_string()),
            Segment::Map { key } | Segment::Enum { variant: key } => out.push_str(&escape(key)),
            Segment::Unknown => out.push('?'),
        }
    }
    out
}
