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

    /// The same problem (its message in every language) in a part of a larger document: its
    /// pointer prefixed with `prefix`, the pointer of that part.
    ///
    /// ```
    /// use gender_impact::locale::Lang;
    /// let err = gender_impact::validate("{}").unwrap_err();
    /// let p = err.problems()[0].within("/organisations/3");
    /// assert_eq!(p.pointer, "/organisations/3/organisation");
    /// assert_eq!(p.message_in(Lang::Fr), "on attendait ce champ obligatoire, mais il est absent");
    /// ```
    pub fn within(&self, prefix: &str) -> Problem {
        Problem {
            pointer: format!("{prefix}{}", self.pointer),
            ..self.clone()
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
            problems.push(Problem::localised(
                "",
                whole(
                    Message::new("input-too-many-problems"),
                    ("n", "n_raw"),
                    crate::limits::MAX_PROBLEMS as u64,
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

/// Deepest nesting of arrays and objects a document may have (serde_json's recursion limit): a
/// deeper document is refused while it is read, before memory is spent on it.
pub const MAX_NESTING_DEPTH: usize = 128;

/// The problem for a document serde_json cannot read, at its line and column. Messages say what
/// was expected and never quote the document's text.
fn syntax_problem(e: &serde_json::Error) -> Problem {
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
fn syntax_kind(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Eof => "eof",
        serde_json::error::Category::Syntax => "syntax",
        serde_json::error::Category::Io => "io",
        serde_json::error::Category::Data => "data",
    }
}

/// The selector key of one of serde_json's fixed messages (its `ErrorCode`s), so that the
/// message can say it in every language; `other` for any other text.
fn syntax_detail(text: &str) -> &'static str {
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

/// Adds a whole number to a message twice: as a count (`name`, which French and Spanish write
/// with their digit grouping and use for plural forms) and as plain digits (`raw`, which the
/// English messages use: they have always written these numbers without grouping).
fn whole(m: Message, (name, raw): (&'static str, &'static str), n: u64) -> Message {
    m.count(name, n).text(raw, n.to_string())
}

/// Adds a limit written as it is in every language (a year).
fn plain_limit(m: Message, raw: String) -> Message {
    m.text("limit", raw.clone())
        .text("limit_fr", raw.clone())
        .text("limit_es", raw)
}

/// Adds a schema limit or a bound, a JSON number: `limit` as the English messages have always
/// written it (`1000000000000.0`, `0.01`), `limit_fr` and `limit_es` as French and Spanish write
/// numbers (`1 000 000 000 000`, `0,01`).
fn limit(m: Message, raw: String) -> Message {
    let local = |lang: crate::locale::Lang| match raw.parse::<f64>() {
        Ok(x) if x.is_finite() && !raw.contains(['e', 'E']) => {
            let decimals = raw
                .split_once('.')
                .map_or(0, |(_, f)| f.trim_end_matches('0').len());
            lang.decimal(x, decimals)
        }
        _ => raw.clone(),
    };
    let (fr, es) = (
        local(crate::locale::Lang::Fr),
        local(crate::locale::Lang::Es),
    );
    m.text("limit", raw.clone())
        .text("limit_fr", fr)
        .text("limit_es", es)
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
    Some(Problem::localised(
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

/// Serde's message without the offending value (values may be personal data), as a catalogue
/// message.
fn serde_message(msg: &str) -> Message {
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
fn one_of(expected: &str) -> Message {
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
fn serde_expectation(expected: &str) -> &'static str {
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

/// The fixed messages of the crate's own checks that serde reports (`TryFrom` of the input
/// types, in `src/input.rs` and `src/pay/mod.rs`), and serde_json's "expected ..." syntax messages.
fn custom_message(msg: &str) -> Message {
    let fixed = match msg {
        "expected a date written YYYY-MM-DD" => Some("input-date-form"),
        "expected a calendar date that exists (YYYY-MM-DD)" => Some("input-date-exists"),
        "expected an identifier of 1 to 64 letters, digits, '_' or '-', starting with a letter or digit" => {
            Some("input-id-form")
        }
        "expected a non-blank text" => Some("input-text-blank"),
        "expected at least one grade in `grades`, found none" => Some("input-grades-none"),
        "expected a full-time equivalent greater than 0 and at most 1" => Some("input-fte"),
        "expected an amount of money from 0 to 1e12" => Some("input-pay-amount"),
        "expected weekly hours from 0.01 to 168" => Some("input-pay-hours"),
        _ => None,
    };
    if let Some(id) = fixed {
        return Message::new(id);
    }
    if let Some(year) = msg.strip_prefix("expected a year from 1900 to 2200, found ") {
        return Message::new("input-year").text("year", year);
    }
    if let Some(found) = msg.strip_prefix("expected either `members` or `counts`, found ") {
        if found == "both" || found == "neither" {
            return Message::new("input-either-serde").text("found", found);
        }
    }
    if let Some(n) = msg
        .strip_prefix("expected a text of at most ")
        .and_then(|r| r.strip_suffix(" characters"))
        .and_then(|n| n.parse::<u64>().ok())
    {
        return whole(Message::new("input-text-long"), ("n", "n_raw"), n);
    }
    parser_message(msg)
}

/// A message of serde or serde_json written as it is in English (and said in other languages
/// when it is one of serde_json's fixed texts).
fn parser_message(msg: &str) -> Message {
    Message::new("input-parser")
        .text("detail", syntax_detail(msg))
        .text("text", msg)
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// The JSON type of a value, as the selector key the messages turn into words (`integer` for
/// a whole number).
fn json_type(v: &Value) -> &'static str {
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
fn type_key(t: &str) -> &'static str {
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
fn enum_message(options: String, instance: &Value) -> Message {
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
fn pattern_key(description: &str) -> &'static str {
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
fn schema_parent<'a>(schema: &'a Value, schema_path: &str) -> Option<&'a Value> {
    let parent = schema_path.rsplit_once('/').map(|(p, _)| p).unwrap_or("");
    schema.pointer(parent)
}

fn describe(err: &jsonschema::ValidationError<'_>, schema: &Value) -> Vec<Problem> {
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
                                crate::locale::Lang::En
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
fn members_or_counts(instance: &Value, pointer: &str) -> Option<Message> {
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

/// The message for a period that fits neither of its forms: what the value looks like (its
/// field names are code; its values are not shown).
fn describe_period(v: &Value) -> Message {
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
                p.push(Problem::localised(
                    "/period/end",
                    Message::new("input-end-before-start")
                        .text("start", r.start.to_string())
                        .text("end", r.end.to_string()),
                ));
            }
        }
        let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, b) in self.bodies.iter().enumerate() {
            if let Some(first) = seen.insert(b.id.as_str(), i) {
                seen.insert(b.id.as_str(), first);
                p.push(duplicate_id(
                    format!("/bodies/{i}/id"),
                    "body",
                    b.id.as_str(),
                    format!("/bodies/{first}/id"),
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
        p.push(Problem::localised(
            format!("{pointer}/{field}"),
            limit(
                Message::new("input-maximum"),
                crate::input::Counts::MAX.to_string(),
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
            let m = Message::new("input-over-seats").text("what", what);
            let m = whole(m, ("seats", "seats_raw"), u64::from(seats));
            p.push(Problem::localised(
                format!("/bodies/{i}/{field}"),
                whole(m, ("filled", "filled_raw"), filled),
            ));
        }
    }
    if let Some(d) = b.as_of {
        if !input.period.contains(d) {
            p.push(outside_period(format!("/bodies/{i}/as_of"), input, d));
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
            p.push(Problem::localised(
                format!("/bodies/{i}/members/{j}/role"),
                Message::new("input-president-twice").text(
                    "first",
                    format!("/bodies/{i}/members/{}/role", presidents[0]),
                ),
            ));
        }
    }
}

fn check_staff(input: &Input, staff: &crate::input::Staff, p: &mut Vec<Problem>) {
    let mut grades: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (k, g) in staff.grades.iter().enumerate() {
        if let Some(&first) = grades.get(g.id.as_str()) {
            p.push(duplicate_id(
                format!("/staff/grades/{k}/id"),
                "grade",
                g.id.as_str(),
                format!("/staff/grades/{first}/id"),
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
                    p.push(Problem::localised(
                        format!("/staff/members/{j}/grade"),
                        Message::new("input-unknown-grade")
                            .text("listed", listed.as_str())
                            .text("grade", m.grade.as_str()),
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
                    p.push(Problem::localised(
                        format!("/staff/counts/{j}/grade"),
                        Message::new("input-unknown-grade")
                            .text("listed", listed.as_str())
                            .text("grade", c.grade.as_str()),
                    ));
                } else if let Some(first) = seen.insert(c.grade.as_str(), j) {
                    seen.insert(c.grade.as_str(), first);
                    p.push(Problem::localised(
                        format!("/staff/counts/{j}/grade"),
                        Message::new("input-grade-twice")
                            .text("grade", c.grade.as_str())
                            .text("first", format!("/staff/counts/{first}/grade")),
                    ));
                }
            }
        }
    }
    if let Some(d) = staff.as_of {
        if !input.period.contains(d) {
            p.push(outside_period("/staff/as_of".to_string(), input, d));
        }
    }
}

fn check_initiatives(input: &Input, p: &mut Vec<Problem>) {
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, it) in input.initiatives.iter().enumerate() {
        if let Some(&first) = seen.get(it.id.as_str()) {
            p.push(duplicate_id(
                format!("/initiatives/{i}/id"),
                "initiative",
                it.id.as_str(),
                format!("/initiatives/{first}/id"),
            ));
        } else {
            seen.insert(it.id.as_str(), i);
        }
        if let Some(d) = it.date {
            if !input.period.contains(d) {
                p.push(outside_period(format!("/initiatives/{i}/date"), input, d));
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
            p.push(duplicate_id(
                format!("/policies/{i}/id"),
                "policy",
                pol.id.as_str(),
                format!("/policies/{first}/id"),
            ));
        } else {
            seen.insert(pol.id.as_str(), i);
        }
        if pol.stages.is_empty() {
            p.push(Problem::localised(
                format!("/policies/{i}/stages"),
                Message::new("input-no-stage"),
            ));
        }
        if pol
            .members_reached
            .is_some_and(|m| m > crate::input::Counts::MAX)
        {
            p.push(Problem::localised(
                format!("/policies/{i}/members_reached"),
                limit(
                    Message::new("input-maximum"),
                    crate::input::Counts::MAX.to_string(),
                ),
            ));
        }
        for (j, s) in pol.stages.iter().enumerate() {
            if let Some(d) = s.date {
                if d > input.period.end() {
                    p.push(Problem::localised(
                        format!("/policies/{i}/stages/{j}/date"),
                        Message::new("input-stage-after-period")
                            .text("end", input.period.end().to_string())
                            .text("date", d.to_string()),
                    ));
                }
            }
            match (s.stage, &s.member) {
                (PolicyStage::AdoptedElsewhere, None) => p.push(Problem::localised(
                    format!("/policies/{i}/stages/{j}/member"),
                    Message::new("input-adopting-member-missing"),
                )),
                (stage, Some(_)) if stage != PolicyStage::AdoptedElsewhere => {
                    p.push(Problem::localised(
                        format!("/policies/{i}/stages/{j}/member"),
                        Message::new("input-member-on-other-stage"),
                    ))
                }
                _ => {}
            }
        }
    }
}

fn check_projects(input: &Input, p: &mut Vec<Problem>) {
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, pr) in input.projects.iter().enumerate() {
        if let Some(&first) = seen.get(pr.id.as_str()) {
            p.push(duplicate_id(
                format!("/projects/{i}/id"),
                "project",
                pr.id.as_str(),
                format!("/projects/{first}/id"),
            ));
        } else {
            seen.insert(pr.id.as_str(), i);
        }
        let mut outcomes: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (j, o) in pr.outcomes.iter().enumerate() {
            if let Some(&first) = outcomes.get(o.id.as_str()) {
                p.push(duplicate_id(
                    format!("/projects/{i}/outcomes/{j}/id"),
                    "outcome",
                    o.id.as_str(),
                    format!("/projects/{i}/outcomes/{first}/id"),
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
                    p.push(Problem::localised(
                        format!("/projects/{i}/outcomes/{j}/{field}/value"),
                        Message::new("input-outcome-range"),
                    ));
                }
            }
        }
    }
    if let Some(r) = &input.resources {
        let mut funds: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, f) in r.gender_funds.iter().enumerate() {
            if let Some(&first) = funds.get(f.id.as_str()) {
                p.push(duplicate_id(
                    format!("/resources/gender_funds/{i}/id"),
                    "fund",
                    f.id.as_str(),
                    format!("/resources/gender_funds/{first}/id"),
                ));
            } else {
                funds.insert(f.id.as_str(), i);
            }
            if f.years.is_some_and(|y| !(1..=100).contains(&y)) {
                p.push(Problem::localised(
                    format!("/resources/gender_funds/{i}/years"),
                    Message::new("input-fund-years"),
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
                p.push(Problem::localised(
                    format!("{here}/end"),
                    Message::new("input-end-before-start")
                        .text("start", r.start.to_string())
                        .text("end", r.end.to_string()),
                ));
                continue;
            }
        }
        if let Some((at, _)) = spans
            .iter()
            .find(|(_, q)| other.period.start() <= q.end() && q.start() <= other.period.end())
        {
            let m = match &other.period {
                crate::input::Period::Year(y) => Message::new("input-period-overlap")
                    .text("form", "year")
                    .text("year", y.year.get().to_string()),
                crate::input::Period::Range(r) => Message::new("input-period-overlap")
                    .text("form", "range")
                    .text("start", r.start.to_string())
                    .text("end", r.end.to_string()),
            };
            p.push(Problem::localised(here.clone(), m.text("at", at.as_str())));
        }
        spans.push((here, other.period));
        // The records of the period follow the same rules as the main ones.
        if let Err(e) = other.to_input(input).check() {
            for q in e.problems() {
                p.push(q.within(&format!("/periods/{i}")));
            }
        }
    }
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, t) in input.targets.iter().enumerate() {
        if let Some(&first) = seen.get(t.id.as_str()) {
            p.push(duplicate_id(
                format!("/targets/{i}/id"),
                "target",
                t.id.as_str(),
                format!("/targets/{first}/id"),
            ));
        } else {
            seen.insert(t.id.as_str(), i);
        }
        if let Some(v) = t.value {
            let share = t.indicator.ends_with("share");
            let max = if share { 1.0 } else { 1e12 };
            if !(v.is_finite() && (0.0..=max).contains(&v)) {
                p.push(Problem::localised(
                    format!("/targets/{i}/value"),
                    Message::new(if share {
                        "input-target-share"
                    } else {
                        "input-target-range"
                    }),
                ));
            }
        }
        if t.indicator.trim().is_empty() {
            p.push(Problem::localised(
                format!("/targets/{i}/indicator"),
                Message::new("input-target-indicator-empty"),
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
            p.push(Problem::localised(
                format!("/pay/justifications/{i}/category"),
                whole(
                    Message::new("input-pay-category-unknown"),
                    ("n", "n_raw"),
                    categories.len() as u64,
                ),
            ));
        }
        if let Some(first) = seen.insert(c, i) {
            p.push(Problem::localised(
                format!("/pay/justifications/{i}/category"),
                Message::new("input-pay-category-twice")
                    .text("first", format!("/pay/justifications/{first}/category")),
            ));
        }
    }
}

/// An id met a second time: `what` is the kind of record (a selector key: `body`, `grade`,
/// `initiative`, `policy`, `project`, `outcome`, `fund`, `target`); `first` points at the first one.
fn duplicate_id(pointer: String, what: &'static str, id: &str, first: String) -> Problem {
    Problem::localised(
        pointer,
        Message::new("input-duplicate-id")
            .text("what", what)
            .text("id", id)
            .text("first", first),
    )
}

/// A date outside the period of the records.
fn outside_period(pointer: String, input: &Input, date: crate::input::Date) -> Problem {
    Problem::localised(
        pointer,
        Message::new("input-date-outside-period")
            .text("start", input.period.start().to_string())
            .text("end", input.period.end().to_string())
            .text("date", date.to_string()),
    )
}
