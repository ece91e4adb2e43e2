//! Validation: the JSON Schema (structure) and then the cross-field rules, every problem at once.
//!
//! Valid documents take the fast path: they are parsed straight into [`Input`] with serde and
//! only the cross-field rules run. When parsing fails, the document is checked against the
//! published JSON Schema to collect every structural problem with its JSON Pointer.

use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::input::{Body, Composition, Input, StaffComposition};
use crate::message::Message;
use crate::schema;

/// One problem in a document: where it is (a JSON Pointer, RFC 6901) and what was expected.
///
/// ```
/// let err = gender_impact::validate(r#"{"organisation": {"name": "X"}, "period": {"year": 2023},
///     "bodys": []}"#).unwrap_err();
/// let p = &err.problems()[0];
/// assert_eq!(p.pointer, "/bodys");
/// assert!(p.message.starts_with("expected a known field (one of `$schema`, `bodies`"));
/// assert_eq!(p.to_string(), format!("{}: {}", p.pointer, p.message));
/// ```
///
/// A problem found by the crate also carries its [`Message`], so that it can be written in
/// French or Spanish ([`Problem::message_in`]); `message` is the English text.
///
/// ```
/// use gender_impact::locale::Lang;
/// let err = gender_impact::validate("{}").unwrap_err();
/// let p = &err.problems()[0];
/// assert_eq!(p.to_string(), "/organisation: expected this required field, found it missing");
/// assert_eq!(p.message_in(Lang::En), p.message);
/// ```
#[derive(Debug, Clone, serde::Serialize)]
pub struct Problem {
    /// JSON Pointer to the offending value (or to the missing field). The empty string is the whole document.
    pub pointer: String,
    /// What was expected and what was found, in English. Never echoes personal or pay values.
    pub message: String,
    /// The same message as a catalogue entry, when the crate wrote it (not for a problem built
    /// from a bare text with [`Problem::new`]).
    #[serde(skip)]
    text: Option<Message>,
}

impl Problem {
    /// A problem at `pointer` with a message in one language only (written as given in every
    /// language).
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            pointer: pointer.into(),
            message: message.into(),
            text: None,
        }
    }

    /// A problem at `pointer` whose message comes from the catalogue (so it exists in every
    /// language); `message` is its English text.
    ///
    /// ```
    /// use gender_impact::locale::Lang;
    /// use gender_impact::message::Message;
    /// use gender_impact::Problem;
    /// let p = Problem::localised("/x", Message::new("count-of").count("k", 1).count("n", 2));
    /// assert_eq!(p.message, "1 of 2");
    /// assert_eq!(p.message_in(Lang::Es), "1 de 2");
    /// ```
    pub fn localised(pointer: impl Into<String>, text: Message) -> Problem {
        Problem {
            pointer: pointer.into(),
            message: text.in_lang(crate::locale::Lang::En),
            text: Some(text),
        }
    }

    /// The catalogue message, if the problem has one.
    pub fn text(&self) -> Option<&Message> {
        self.text.as_ref()
    }

    /// The message in `lang` (the English `message` when the problem has no catalogue entry).
    pub fn message_in(&self, lang: crate::locale::Lang) -> String {
        match &self.text {
            Some(t) => t.in_lang(lang),
            None => self.message.clone(),
        }
    }

    /// `pointer: message` in `lang`; in English, the same as `to_string()`.
    pub fn display_in(&self, lang: crate::locale::Lang) -> String {
        format!("{}: {}", self.pointer, self.message_in(lang))
    }
}

// Two problems are the same when they say the same thing at the same place: the catalogue
// entry is another spelling of `message`, not a further fact.
impl PartialEq for Problem {
    fn eq(&self, other: &Problem) -> bool {
        (&self.pointer, &self.message) == (&other.pointer, &other.message)
    }
}

impl Eq for Problem {}

impl PartialOrd for Problem {
    fn partial_cmp(&self, other: &Problem) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Problem {
    fn cmp(&self, other: &Problem) -> std::cmp::Ordering {
        (&self.pointer, &self.message).cmp(&(&other.pointer, &other.message))
    }
}

impl std::hash::Hash for Problem {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.pointer.hash(state);
        self.message.hash(state);
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pointer, self.message)
    }
}

/// A document or an [`Input`] that does not pass validation, with every problem found.
///
/// ```
/// let err = gender_impact::validate("{}").unwrap_err();
/// assert_eq!(err.problems().len(), 2); // organisation and period are both missing
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Invalid {
    problems: Vec<Problem>,
}

impl Invalid {
    /// Wraps a list of problems (ordered by place, duplicates removed).
    pub fn new(mut problems: Vec<Problem>) -> Invalid {
        problems.sort_by(|a, b| {
            pointer_key(&a.pointer)
                .cmp(&pointer_key(&b.pointer))
                .then_with(|| a.message.cmp(&b.message))
        });
        problems.dedup();
        if problems.len() > crate::limits::MAX_PROBLEMS {
            problems.truncate(crate::limits::MAX_PROBLEMS);
            problems.push(Problem::new(
                "",
                format!(
                    "expected at most {} problems to list, found more: only {} are listed",
                    crate::limits::MAX_PROBLEMS,
                    crate::limits::MAX_PROBLEMS
                ),
            ));
        }
        Invalid { problems }
    }
    /// The problems, ordered by place: array items in index order, the fields of an object by name.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        writeln!(f, "{n} problem{} found:", if n == 1 { "" } else { "s" })?;
        for p in &self.problems {
            writeln!(f, "{p}")?;
        }
        Ok(())
    }
}

/// Orders pointers by place: array indices compare as numbers, field names alphabetically.
fn pointer_key(pointer: &str) -> Vec<(u64, &str)> {
    pointer
        .split('/')
        .map(|seg| match seg.parse::<u64>() {
            Ok(n) => (n, ""),
            Err(_) => (u64::MAX, seg),
        })
        .collect()
}

/// Largest document accepted, in bytes (256 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024 * 1024;

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
/// assert!(gender_impact::validate::schema_problems(&v).is_empty());
/// let v = serde_json::json!({"organisation": {"name": "X"}});
/// assert_eq!(gender_impact::validate::schema_problems(&v)[0].pointer, "/period");
/// ```
pub fn schema_problems(value: &Value) -> Vec<Problem> {
    let schema = schema::input_schema_value();
    let mut problems: Vec<Problem> = input_validator()
        .iter_errors(value)
        .flat_map(|e| describe(&e, schema))
        .collect();
    problems.sort_by(|a, b| pointer_key(&a.pointer).cmp(&pointer_key(&b.pointer)));
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
        return Err(Invalid::new(vec![Problem::new(
            "",
            format!(
                "expected a document of at most {MAX_DOCUMENT_BYTES} bytes, found {} bytes",
                document.len()
            ),
        )]));
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

/// Deepest nesting of arrays and objects a document may have (serde_json's recursion limit): a
/// deeper document is refused while it is read, before memory is spent on it.
pub const MAX_NESTING_DEPTH: usize = 128;

/// The problem for a document serde_json cannot read, at its line and column. Messages say what
/// was expected and never quote the document's text.
fn syntax_problem(e: &serde_json::Error) -> Problem {
    let at = format!("at line {} column {}", e.line(), e.column());
    // serde_json's messages are fixed texts ("recursion limit exceeded at line 1 column 129");
    // they never quote the document.
    let text = e.to_string();
    let message = if text.starts_with("recursion limit exceeded") {
        format!(
            "expected arrays and objects nested at most {MAX_NESTING_DEPTH} deep, found deeper nesting {at}"
        )
    } else if text.starts_with("number out of range") {
        format!(
            "expected a number that fits a 64-bit float (at most about 1.8e308 in size), found one out of range {at}"
        )
    } else {
        let detail = text.split(" at line ").next().unwrap_or_default();
        format!(
            "expected a JSON document, found a syntax error {at} ({}: {detail})",
            syntax_kind(e)
        )
    };
    Problem::new("", message)
}

fn syntax_kind(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Eof => "the document ends too early",
        serde_json::error::Category::Syntax => "malformed JSON",
        serde_json::error::Category::Io => "could not be read",
        serde_json::error::Category::Data => "unexpected data",
    }
}

fn build(schema: &Value) -> jsonschema::Validator {
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
fn first_problem_only<T: DeserializeOwned>(document: &str) -> Invalid {
    let mut de = serde_json::Deserializer::from_str(document);
    let first = match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(e) => {
            let pointer = path_to_pointer(e.path());
            Problem::new(pointer, serde_message(&e.inner().to_string()))
        }
        Ok(_) => Problem::new(
            "",
            "expected a valid document, found one the parser rejects without a reason",
        ),
    };
    Invalid::new(vec![
        first,
        Problem::new(
            "",
            format!(
                "expected at most {} values (numbers, texts, arrays, objects...) to list every problem, found more: only the first problem is listed",
                crate::limits::MAX_VALUES
            ),
        ),
    ])
}

fn structural_problems<T: DeserializeOwned>(
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
            problems.push(
                period_problem(value, &pointer).unwrap_or_else(|| {
                    Problem::new(pointer, serde_message(&e.inner().to_string()))
                }),
            );
        }
    }
    if let (true, Some(document)) = (problems.is_empty(), document) {
        // What the tree cannot show, such as a field written twice (the tree keeps the last).
        let mut de = serde_json::Deserializer::from_str(document);
        if let Err(e) = serde_path_to_error::deserialize::<_, T>(&mut de) {
            problems.push(Problem::new(
                path_to_pointer(e.path()),
                serde_message(&e.inner().to_string()),
            ));
        }
    }
    if problems.is_empty() {
        problems.push(Problem::new(
            "",
            "expected a valid document, found one the parser rejects without a reason",
        ));
    }
    Invalid::new(problems)
}

/// An untagged period hides which form failed: parse the form the value was meant as, for a
/// precise pointer and message.
fn period_problem(root: &Value, pointer: &str) -> Option<Problem> {
    if !pointer.ends_with("/period") {
        return None;
    }
    let v = root.pointer(pointer)?;
    let obj = v.as_object()?;
    let err = if obj.contains_key("year") {
        serde_path_to_error::deserialize::<_, crate::input::YearPeriod>(v).err()?
    } else {
        serde_path_to_error::deserialize::<_, crate::input::DateRange>(v).err()?
    };
    let inner = path_to_pointer(err.path());
    Some(Problem::new(
        format!("{pointer}{inner}"),
        serde_message(&err.inner().to_string()),
    ))
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
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

/// Serde's message without the offending value (values may be personal data).
fn serde_message(msg: &str) -> String {
    let msg = msg.to_string();
    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
    if msg.contains("floating point") && msg.contains("expected u")
        || msg.contains("expected i") && msg.contains("floating point")
    {
        // The schema's "integer" admits 3.0; the parser wants the whole number written as such.
        "expected a whole number written with digits only (3, not 3.0, 3e0 or -0), found a number written otherwise".to_string()
    } else if msg.contains("untagged enum Period") {
        "expected {\"year\": YYYY} or {\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"}, with the year a whole number written without a decimal point, found a value that fits neither form".to_string()
    } else if msg.starts_with("invalid value") || msg.starts_with("invalid type") {
        // "invalid value: integer `5000000000`, expected u32" -> keep only the expectation.
        match msg.split_once(", expected ") {
            Some((_, expected)) => format!("expected {expected}, found a value out of range"),
            None => msg,
        }
    } else if let Some(field) = msg
        .strip_prefix("duplicate field `")
        .and_then(|f| f.strip_suffix('`'))
    {
        format!("expected each field once, found `{field}` more than once")
    } else if let Some(field) = msg
        .strip_prefix("missing field `")
        .and_then(|f| f.strip_suffix('`'))
    {
        format!("expected the required field `{field}`, found it missing")
    } else if msg.starts_with("unknown field") || msg.starts_with("unknown variant") {
        // "unknown variant `x`, expected one of `a`, `b`": the expectation, not the value found.
        match msg.split_once(", expected ") {
            Some((_, expected)) => format!("expected {expected}, found another value"),
            None => msg,
        }
    } else if msg.starts_with("expected") {
        msg
    } else {
        format!("expected a valid value, found: {msg}")
    }
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "an integer",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn type_name(t: &str) -> &'static str {
    match t {
        "null" => "null",
        "boolean" => "a boolean",
        "integer" => "an integer",
        "number" => "a number",
        "string" => "a string",
        "array" => "an array",
        "object" => "an object",
        _ => "a value of another type",
    }
}

/// Resolves the schema node that holds the keyword at `schema_path` (its parent object).
fn schema_parent<'a>(schema: &'a Value, schema_path: &str) -> Option<&'a Value> {
    let parent = schema_path.rsplit_once('/').map(|(p, _)| p).unwrap_or("");
    schema.pointer(parent)
}

fn describe(err: &jsonschema::ValidationError<'_>, schema: &Value) -> Vec<Problem> {
    use jsonschema::error::{TypeKind, ValidationErrorKind as K};
    let pointer = err.instance_path().as_str().to_string();
    let instance = err.instance();
    let found = json_type(instance);
    let one = |m: String| vec![Problem::new(pointer.clone(), m)];
    match err.kind() {
        K::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(t) => type_name(&t.to_string()).to_string(),
                TypeKind::Multiple(ts) => {
                    let names: Vec<&str> = ts.iter().map(|t| type_name(&t.to_string())).collect();
                    names.join(" or ")
                }
            };
            one(format!("expected {expected}, found {found}"))
        }
        K::Required { property } => {
            let name = property.as_str().unwrap_or("?");
            vec![Problem::new(
                format!("{pointer}/{}", escape(name)),
                "expected this required field, found it missing",
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
                    let hint = if allowed.is_empty() {
                        String::new()
                    } else {
                        format!(" (one of {})", allowed.join(", "))
                    };
                    Problem::new(
                        format!("{pointer}/{}", escape(field)),
                        format!("expected a known field{hint}, found an unknown field"),
                    )
                })
                .collect()
        }
        K::Enum { options } => {
            let opts: Vec<String> = options
                .as_array()
                .map(|a| a.iter().map(|v| v.to_string()).collect())
                .unwrap_or_default();
            // Enumerated values are codes (genders, roles, kinds), not free text: echoing a short one helps.
            let shown = match instance.as_ref() {
                Value::String(s) if s.chars().count() <= 24 => format!("\"{s}\""),
                _ => found.to_string(),
            };
            one(format!(
                "expected one of {}, found {shown}",
                opts.join(", ")
            ))
        }
        K::Minimum { limit } => one(format!(
            "expected a number of at least {limit}, found a smaller one"
        )),
        K::Maximum { limit } => one(format!(
            "expected a number of at most {limit}, found a larger one"
        )),
        K::ExclusiveMinimum { limit } => one(format!(
            "expected a number greater than {limit}, found one that is not"
        )),
        K::ExclusiveMaximum { limit } => one(format!(
            "expected a number less than {limit}, found one that is not"
        )),
        K::MinLength { limit } => one(format!(
            "expected a text of at least {limit} character(s), found a shorter one"
        )),
        K::MaxLength { limit } => one(format!(
            "expected a text of at most {limit} characters, found a longer one"
        )),
        K::MinItems { limit } => one(format!("expected at least {limit} item(s), found fewer")),
        K::MaxItems { limit } => one(format!("expected at most {limit} items, found more")),
        K::Pattern { .. } => {
            let what = schema_parent(schema, err.schema_path().as_str())
                .and_then(|n| n.get("description"))
                .and_then(Value::as_str)
                .map(|d| d.trim_end_matches('.').to_string())
                .unwrap_or_else(|| "a text of the expected form".to_string());
            one(format!(
                "expected {}, found a text that does not match",
                lower_first(&what)
            ))
        }
        K::Format { format } => one(match format.as_str() {
            "date" => {
                "expected a calendar date that exists, written YYYY-MM-DD, found one that is not"
                    .to_string()
            }
            f => format!("expected a text in the `{f}` format, found one that is not"),
        }),
        K::OneOfNotValid { context } | K::AnyOf { context } => {
            // Enumerations are generated as `oneOf` of `const` values (one per documented variant).
            if let Some(values) = const_options(schema, err.schema_path().as_str()) {
                let shown = match instance.as_ref() {
                    Value::String(s) if s.chars().count() <= 24 => format!("\"{s}\""),
                    _ => found.to_string(),
                };
                return one(format!("expected one of {}, found {shown}", values.join(", ")));
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
                one(format!(
                    "expected {{\"year\": YYYY}} or {{\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"}}, found {}",
                    describe_period(instance)
                ))
            } else {
                one(format!(
                    "expected a value matching one of the allowed forms, found {found} that matches none"
                ))
            }
        }
        K::OneOfMultipleValid { .. } => one(
            members_or_counts(instance, &pointer).unwrap_or_else(|| {
                format!("expected a value matching exactly one of the allowed forms, found {found} that matches several")
            }),
        ),
        K::Constant { expected_value } => {
            one(format!("expected {expected_value}, found another value"))
        }
        _ => one(format!(
            "expected a value satisfying the schema keyword `{}`, found one that does not",
            err.kind().keyword()
        )),
    }
}

/// The message for a body or staff that gives both or neither of `members` and `counts`.
fn members_or_counts(instance: &Value, pointer: &str) -> Option<String> {
    let obj = instance.as_object()?;
    // Only a body itself (`…/bodies/<i>`) or the staff (`…/staff`), not what lies inside them.
    let mut segs = pointer.rsplit('/');
    let (last, before) = (segs.next().unwrap_or(""), segs.next().unwrap_or(""));
    let place = (before == "bodies" && last.parse::<u64>().is_ok()) || last == "staff";
    let (m, c) = (obj.contains_key("members"), obj.contains_key("counts"));
    (place && m == c).then(|| {
        format!(
            "expected exactly one of `members` or `counts`, found {}",
            if m { "both" } else { "neither" }
        )
    })
}

/// The `const` values of a `oneOf`/`anyOf` whose branches are all constants (an enumeration).
fn const_options(schema: &Value, schema_path: &str) -> Option<Vec<String>> {
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
fn likely_branch<'e>(
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

fn describe_period(v: &Value) -> String {
    match v.as_object() {
        Some(o) => {
            let keys: Vec<String> = o.keys().map(|k| format!("`{k}`")).collect();
            if keys.is_empty() {
                "an empty object".to_string()
            } else {
                format!("an object with {} that fits neither form", keys.join(", "))
            }
        }
        None => json_type(v).to_string(),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

impl Input {
    /// Checks the cross-field rules the schema cannot express, reporting every problem.
    ///
    /// Rules: the period does not end before it starts; body ids are unique; a body does not
    /// hold more people than its seats; at most one president per body; composition dates fall
    /// inside the period; grade ids are unique and every staff entry names a listed grade
    /// (counts list each grade at most once); initiative ids are unique, their dates fall inside
    /// the period and their head counts are within [`Counts::MAX`](crate::Counts::MAX); policy
    /// ids are unique, each policy has a stage, no stage is dated after the period, and only an
    /// `adopted_elsewhere` stage names the adopting member (which it must); project, outcome and
    /// fund ids are unique and outcome values lie within ±1e12; other periods overlap neither
    /// one another nor the main period and follow the same rules; target ids are unique and
    /// a share's target lies in [0, 1]; reported figures name a known indicator with a
    /// matching unit and a plausible value.
    ///
    /// ```
    /// let mut input = gender_impact::dataset::metropolis_2023();
    /// assert!(input.check().is_ok());
    /// input.bodies[1].id = input.bodies[0].id.clone();
    /// let err = input.check().unwrap_err();
    /// assert_eq!(err.problems()[0].pointer, "/bodies/1/id");
    /// ```
    pub fn check(&self) -> Result<(), Invalid> {
        let mut p = Vec::new();
        if let crate::input::Period::Range(r) = &self.period {
            if r.end < r.start {
                p.push(Problem::new(
                    "/period/end",
                    format!(
                        "expected a date on or after the start ({}), found {}",
                        r.start, r.end
                    ),
                ));
            }
        }
        let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, b) in self.bodies.iter().enumerate() {
            if let Some(first) = seen.insert(b.id.as_str(), i) {
                seen.insert(b.id.as_str(), first);
                p.push(Problem::new(
                    format!("/bodies/{i}/id"),
                    format!(
                        "expected a unique body id, found `{}` again (first at /bodies/{first}/id)",
                        b.id
                    ),
                ));
            }
            check_body(self, i, b, &mut p);
        }
        if let Some(staff) = &self.staff {
            check_staff(self, staff, &mut p);
        }
        for (i, f) in self.reported.iter().enumerate() {
            crate::assessment::check_reported(self, i, f, &mut p);
        }
        check_initiatives(self, &mut p);
        check_policies(self, &mut p);
        check_projects(self, &mut p);
        check_progress(self, &mut p);
        if let Some(pay) = &self.pay {
            check_pay(pay, &mut p);
        }
        if p.is_empty() {
            Ok(())
        } else {
            Err(Invalid::new(p))
        }
    }
}

fn check_counts(pointer: &str, c: &crate::input::Counts, p: &mut Vec<Problem>) {
    for field in c.too_large() {
        p.push(Problem::new(
            format!("{pointer}/{field}"),
            format!(
                "expected a number of at most {}, found a larger one",
                crate::input::Counts::MAX
            ),
        ));
    }
}

fn check_body(input: &Input, i: usize, b: &Body, p: &mut Vec<Problem>) {
    if let Composition::Counts(c) = &b.composition {
        check_counts(&format!("/bodies/{i}/counts"), c, p);
    }
    let filled = b.filled_seats();
    if let Some(seats) = b.seats {
        if filled > u64::from(seats) {
            let field = match b.composition {
                Composition::Members(_) => "members",
                Composition::Counts(_) => "counts",
            };
            let what = if field == "members" {
                "members"
            } else {
                "people"
            };
            p.push(Problem::new(
                format!("/bodies/{i}/{field}"),
                format!("expected at most {seats} {what} (the body's seats), found {filled}"),
            ));
        }
    }
    if let Some(d) = b.as_of {
        if !input.period.contains(d) {
            p.push(Problem::new(
                format!("/bodies/{i}/as_of"),
                format!(
                    "expected a date inside the period ({} to {}), found {d}",
                    input.period.start(),
                    input.period.end()
                ),
            ));
        }
    }
    if let Composition::Members(ms) = &b.composition {
        let presidents: Vec<usize> = ms
            .iter()
            .enumerate()
            .filter(|(_, m)| m.role == crate::input::Role::President)
            .map(|(j, _)| j)
            .collect();
        for &j in presidents.iter().skip(1) {
            p.push(Problem::new(
                format!("/bodies/{i}/members/{j}/role"),
                format!(
                    "expected at most one president per body, found another (first at /bodies/{i}/members/{}/role); use `co_president` for shared presidencies",
                    presidents[0]
                ),
            ));
        }
    }
}

fn check_staff(input: &Input, staff: &crate::input::Staff, p: &mut Vec<Problem>) {
    let mut grades: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (k, g) in staff.grades.iter().enumerate() {
        if let Some(&first) = grades.get(g.id.as_str()) {
            p.push(Problem::new(
                format!("/staff/grades/{k}/id"),
                format!("expected a unique grade id, found `{}` again (first at /staff/grades/{first}/id)", g.id),
            ));
        } else {
            grades.insert(g.id.as_str(), k);
        }
    }
    let mut listed: Vec<String> = Vec::new();
    for g in &staff.grades {
        let name = format!("`{}`", g.id);
        if !listed.contains(&name) {
            listed.push(name);
        }
    }
    let listed = listed.join(", ");
    match &staff.composition {
        StaffComposition::Members(ms) => {
            for (j, m) in ms.iter().enumerate() {
                if !grades.contains_key(m.grade.as_str()) {
                    p.push(Problem::new(
                        format!("/staff/members/{j}/grade"),
                        format!("expected one of the grades listed in /staff/grades ({listed}), found `{}`", m.grade),
                    ));
                }
            }
        }
        StaffComposition::Counts(cs) => {
            for (j, c) in cs.iter().enumerate() {
                check_counts(&format!("/staff/counts/{j}/counts"), &c.counts, p);
            }
            let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
            for (j, c) in cs.iter().enumerate() {
                if !grades.contains_key(c.grade.as_str()) {
                    p.push(Problem::new(
                        format!("/staff/counts/{j}/grade"),
                        format!("expected one of the grades listed in /staff/grades ({listed}), found `{}`", c.grade),
                    ));
                } else if let Some(first) = seen.insert(c.grade.as_str(), j) {
                    seen.insert(c.grade.as_str(), first);
                    p.push(Problem::new(
                        format!("/staff/counts/{j}/grade"),
                        format!("expected each grade once, found `{}` again (first at /staff/counts/{first}/grade)", c.grade),
                    ));
                }
            }
        }
    }
    if let Some(d) = staff.as_of {
        if !input.period.contains(d) {
            p.push(Problem::new(
                "/staff/as_of",
                format!(
                    "expected a date inside the period ({} to {}), found {d}",
                    input.period.start(),
                    input.period.end()
                ),
            ));
        }
    }
}

fn check_initiatives(input: &Input, p: &mut Vec<Problem>) {
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, it) in input.initiatives.iter().enumerate() {
        if let Some(&first) = seen.get(it.id.as_str()) {
            p.push(Problem::new(
                format!("/initiatives/{i}/id"),
                format!(
                    "expected a unique initiative id, found `{}` again (first at /initiatives/{first}/id)",
                    it.id
                ),
            ));
        } else {
            seen.insert(it.id.as_str(), i);
        }
        if let Some(d) = it.date {
            if !input.period.contains(d) {
                p.push(Problem::new(
                    format!("/initiatives/{i}/date"),
                    format!(
                        "expected a date inside the period ({} to {}), found {d}",
                        input.period.start(),
                        input.period.end()
                    ),
                ));
            }
        }
        if let Some(a) = &it.audience {
            check_counts(&format!("/initiatives/{i}/audience"), &a.counts(), p);
        }
        if let Some(s) = &it.speakers {
            check_counts(&format!("/initiatives/{i}/speakers"), &s.counts(), p);
        }
    }
}

fn check_policies(input: &Input, p: &mut Vec<Problem>) {
    use crate::policies::PolicyStage;
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, pol) in input.policies.iter().enumerate() {
        if let Some(&first) = seen.get(pol.id.as_str()) {
            p.push(Problem::new(
                format!("/policies/{i}/id"),
                format!(
                    "expected a unique policy id, found `{}` again (first at /policies/{first}/id)",
                    pol.id
                ),
            ));
        } else {
            seen.insert(pol.id.as_str(), i);
        }
        if pol.stages.is_empty() {
            p.push(Problem::new(
                format!("/policies/{i}/stages"),
                "expected at least 1 stage, found none",
            ));
        }
        if pol
            .members_reached
            .is_some_and(|m| m > crate::input::Counts::MAX)
        {
            p.push(Problem::new(
                format!("/policies/{i}/members_reached"),
                format!(
                    "expected a number of at most {}, found a larger one",
                    crate::input::Counts::MAX
                ),
            ));
        }
        for (j, s) in pol.stages.iter().enumerate() {
            if let Some(d) = s.date {
                if d > input.period.end() {
                    p.push(Problem::new(
                        format!("/policies/{i}/stages/{j}/date"),
                        format!(
                            "expected a date on or before the end of the period ({}), found {d}",
                            input.period.end()
                        ),
                    ));
                }
            }
            match (s.stage, &s.member) {
                (PolicyStage::AdoptedElsewhere, None) => p.push(Problem::new(
                    format!("/policies/{i}/stages/{j}/member"),
                    "expected the member that adopted the policy for an `adopted_elsewhere` stage, found it missing",
                )),
                (stage, Some(_)) if stage != PolicyStage::AdoptedElsewhere => p.push(Problem::new(
                    format!("/policies/{i}/stages/{j}/member"),
                    "expected `member` only on an `adopted_elsewhere` stage, found it on another stage",
                )),
                _ => {}
            }
        }
    }
}

fn check_projects(input: &Input, p: &mut Vec<Problem>) {
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, pr) in input.projects.iter().enumerate() {
        if let Some(&first) = seen.get(pr.id.as_str()) {
            p.push(Problem::new(
                format!("/projects/{i}/id"),
                format!(
                    "expected a unique project id, found `{}` again (first at /projects/{first}/id)",
                    pr.id
                ),
            ));
        } else {
            seen.insert(pr.id.as_str(), i);
        }
        let mut outcomes: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (j, o) in pr.outcomes.iter().enumerate() {
            if let Some(&first) = outcomes.get(o.id.as_str()) {
                p.push(Problem::new(
                    format!("/projects/{i}/outcomes/{j}/id"),
                    format!(
                        "expected a unique outcome id in the project, found `{}` again (first at /projects/{i}/outcomes/{first}/id)",
                        o.id
                    ),
                ));
            } else {
                outcomes.insert(o.id.as_str(), j);
            }
            for (field, v) in [
                ("baseline", o.baseline),
                ("target", o.target),
                ("observed", o.observed),
            ] {
                if v.is_some_and(|v| !(v.value.is_finite() && v.value.abs() <= 1e12)) {
                    p.push(Problem::new(
                        format!("/projects/{i}/outcomes/{j}/{field}/value"),
                        "expected a number from -1e12 to 1e12, found one outside that range",
                    ));
                }
            }
        }
    }
    if let Some(r) = &input.resources {
        let mut funds: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, f) in r.gender_funds.iter().enumerate() {
            if let Some(&first) = funds.get(f.id.as_str()) {
                p.push(Problem::new(
                    format!("/resources/gender_funds/{i}/id"),
                    format!(
                        "expected a unique fund id, found `{}` again (first at /resources/gender_funds/{first}/id)",
                        f.id
                    ),
                ));
            } else {
                funds.insert(f.id.as_str(), i);
            }
            if f.years.is_some_and(|y| !(1..=100).contains(&y)) {
                p.push(Problem::new(
                    format!("/resources/gender_funds/{i}/years"),
                    "expected a number of years from 1 to 100, found one outside that range",
                ));
            }
        }
    }
}

fn check_progress(input: &Input, p: &mut Vec<Problem>) {
    // Periods may not overlap one another or the main period.
    let mut spans: Vec<(String, crate::input::Period)> =
        vec![("/period".to_string(), input.period)];
    for (i, other) in input.periods.iter().enumerate() {
        let here = format!("/periods/{i}/period");
        if let crate::input::Period::Range(r) = &other.period {
            if r.end < r.start {
                p.push(Problem::new(
                    format!("{here}/end"),
                    format!(
                        "expected a date on or after the start ({}), found {}",
                        r.start, r.end
                    ),
                ));
                continue;
            }
        }
        if let Some((at, _)) = spans
            .iter()
            .find(|(_, q)| other.period.start() <= q.end() && q.start() <= other.period.end())
        {
            p.push(Problem::new(
                here.clone(),
                format!(
                    "expected a period that overlaps no other, found {} overlapping the period at {at}",
                    other.period
                ),
            ));
        }
        spans.push((here, other.period));
        // The records of the period follow the same rules as the main ones.
        if let Err(e) = other.to_input(input).check() {
            for q in e.problems() {
                p.push(Problem::new(
                    format!("/periods/{i}{}", q.pointer),
                    q.message.clone(),
                ));
            }
        }
    }
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, t) in input.targets.iter().enumerate() {
        if let Some(&first) = seen.get(t.id.as_str()) {
            p.push(Problem::new(
                format!("/targets/{i}/id"),
                format!(
                    "expected a unique target id, found `{}` again (first at /targets/{first}/id)",
                    t.id
                ),
            ));
        } else {
            seen.insert(t.id.as_str(), i);
        }
        if let Some(v) = t.value {
            let share = t.indicator.ends_with("share");
            let max = if share { 1.0 } else { 1e12 };
            if !(v.is_finite() && (0.0..=max).contains(&v)) {
                p.push(Problem::new(
                    format!("/targets/{i}/value"),
                    if share {
                        "expected a share from 0 to 1 for a share indicator (0.4 for 40%), found a number outside that range".to_string()
                    } else {
                        "expected a number from 0 to 1e12, found one outside that range".to_string()
                    },
                ));
            }
        }
        if t.indicator.trim().is_empty() {
            p.push(Problem::new(
                format!("/targets/{i}/indicator"),
                "expected an indicator id, found an empty text",
            ));
        }
    }
}

fn check_pay(pay: &crate::pay::PaySection, p: &mut Vec<Problem>) {
    let categories: std::collections::BTreeSet<&str> = pay
        .workers
        .iter()
        .filter_map(|w| w.category.as_ref().map(|c| c.as_str()))
        .collect();
    let mut seen = std::collections::HashMap::new();
    for (i, j) in pay.justifications.iter().enumerate() {
        let c = j.category.as_str();
        if !categories.contains(c) {
            p.push(Problem::new(
                format!("/pay/justifications/{i}/category"),
                format!(
                    "expected a category of workers named in /pay/workers ({} categories), found one that no worker has",
                    categories.len()
                ),
            ));
        }
        if let Some(first) = seen.insert(c, i) {
            p.push(Problem::new(
                format!("/pay/justifications/{i}/category"),
                format!("expected each category justified once, found it again (first at /pay/justifications/{first}/category)"),
            ));
        }
    }
}
