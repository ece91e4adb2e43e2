//! `gia`: validate and assess gender-impact records from the command line.
//!
//! Exit codes: 0 success, 1 invalid input (the problems are listed, one per line), 2 usage error
//! (including a file that cannot be read).

#![forbid(unsafe_code)]

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use gender_impact::i18n::Lang;
use gender_impact::i18n::Message;
use gender_impact::report::NdjsonError;
use gender_impact::stats::{ConfidenceLevel, IntervalMethod, Share};
use gender_impact::{Assessor, Framework, Invalid};

/// Gender-impact assessments from an organisation's records.
///
/// `validate` and `assess` need a document: a FILE (`-` for standard input), or the bundled
/// example asked for by name (`--example metropolis`: Metropolis' 2023 annual report).
#[derive(Parser, Debug)]
#[command(name = "gia", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language (en, fr, es) of the reports (`--format html` and `markdown`; JSON has none)
    /// and of the problems found in the input. Default: English.
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check a document against the schema and the cross-field rules; print `valid` or every problem.
    Validate {
        #[command(flatten)]
        source: SourceArgs,
        /// The document is a network: `{"organisations": [...]}`, one input per organisation.
        #[arg(long, conflicts_with = "example")]
        network: bool,
    },
    /// Assess a document and print the assessment.
    Assess(Box<AssessArgs>),
    /// Print a JSON Schema (draft 2020-12).
    Schema {
        /// Which schema.
        #[arg(value_enum)]
        which: SchemaKind,
    },
    /// Print a built-in framework as JSON (a starting point for your own).
    Framework {
        /// The built-in framework's id.
        id: String,
    },
    /// Write a template of the records (JSON or workbook), with an example row in every section
    ///
    /// In the language of --lang; it validates as it is. Then fill it in and run `gia validate
    /// FILE`. A workbook (`.xlsx`) has one sheet per list, an explanations sheet (`_about`) and
    /// drop-down lists.
    Init {
        /// The file to write (`.json`, or `.xlsx` for a workbook).
        file: PathBuf,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Convert records between a JSON document and a workbook, either way
    ///
    /// `gia convert records.json records.xlsx`, `gia convert records.xlsx records.json`
    /// (workbooks are read from .xlsx, .xlsm, .xlsb, .xls or .ods). The records are validated
    /// on the way; nothing is lost (the JSON written back is the same document).
    Convert {
        /// The file to read.
        from: PathBuf,
        /// The file to write.
        to: PathBuf,
        /// Replace the file to write if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Analyse a payroll CSV (one row per worker): the EU pay-transparency indicators and the UK
    /// gender pay gap figures.
    Pay(Box<PayArgs>),
    /// What an employer must report in a year, and how often: pay duties, board quotas, deadlines
    ///
    /// From the rules held as data (`jurisdictions/*.json`), each with its legal source; the
    /// report lists the rules whose text was not read. A report due in YEAR covers YEAR − 1.
    Obligations(ObligationsArgs),
}

/// Arguments of `gia obligations`.
#[derive(clap::Args, Debug)]
struct ObligationsArgs {
    /// The jurisdiction: eu (the directives themselves), fr, es or uk.
    #[arg(long, value_parser = parse_country)]
    country: gender_impact::law::Country,
    /// The headcount (employees, or workers), at least 1.
    #[arg(long)]
    employees: u32,
    /// The year in which the reports fall due (2027: the reports on 2026).
    #[arg(long, value_parser = clap::value_parser!(i16).range(1900..=2200))]
    year: i16,
    /// The company's shares are admitted to trading on a regulated market.
    #[arg(long)]
    listed: bool,
    /// A public-interest entity, as the national law defines it.
    #[arg(long)]
    public_interest: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ObligationsFormat::Markdown)]
    format: ObligationsFormat,
    /// Write to this file instead of standard output.
    #[arg(long)]
    out: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum ObligationsFormat {
    Markdown,
    Json,
}

fn parse_country(s: &str) -> Result<gender_impact::law::Country, String> {
    s.parse()
        .map_err(|e: gender_impact::law::LawError| e.to_string())
}

/// `gia obligations`: a headcount of zero or a year before the rules held are usage errors.
fn obligations(args: &ObligationsArgs, lang: Lang) -> Result<(), Failure> {
    let org = gender_impact::law::Organisation {
        employees: args.employees,
        listed: args.listed,
        public_interest: args.public_interest,
    };
    let o = gender_impact::law::obligations(args.country, org, args.year)
        .map_err(|e| usage(e.message()))?;
    let text = match args.format {
        ObligationsFormat::Markdown => gender_impact::report::obligations_markdown(&o, lang),
        ObligationsFormat::Json => gender_impact::report::obligations_json(&o),
    };
    emit(&text, args.out.as_ref())
}

/// Arguments of `gia assess`.
#[derive(clap::Args, Debug)]
struct AssessArgs {
    #[command(flatten)]
    source: SourceArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AssessFormat::Markdown)]
    format: AssessFormat,
    /// With `--format ndjson`: `full` (each line the assessment's JSON) or `indicators` (ids,
    /// values, counts, intervals and ratings only, without the prose).
    #[arg(long, value_enum, value_name = "FIELDS")]
    fields: Option<Fields>,
    /// Framework: a built-in id (general, metropolis, eu-gender-balance) or a framework JSON
    /// file. Default: the one the document names in `framework`, else `general`.
    #[arg(long)]
    framework: Option<String>,
    /// Interval method for shares.
    #[arg(long, value_enum, default_value_t = Method::Wilson)]
    interval: Method,
    /// Confidence level of the intervals, strictly between 0 and 1.
    #[arg(long, default_value_t = 0.95)]
    level: f64,
    /// Reference share of the binomial tests (a body's own `reference_share` wins).
    #[arg(long, default_value_t = 0.5)]
    reference: f64,
    /// Write the report to this file instead of standard output (written to a temporary file, then renamed).
    #[arg(long)]
    out: Option<PathBuf>,
    /// The document is a network: `{"organisations": [...]}`; one assessment per organisation.
    #[arg(long, conflicts_with = "example")]
    network: bool,
    /// Disclosure control: reports withhold figures about groups with fewer than K women or
    /// K men (0 or 1: withhold nothing). JSON keeps every value and marks the withheld ones.
    #[arg(long, value_name = "K", default_value_t = 5)]
    min_cell: u32,
    /// Apply disclosure control to the statutory bodies too (by default only to staff: body
    /// members hold public office).
    #[arg(long)]
    protect_bodies: bool,
    /// Print the names of the people listed in the records (personal data: not for publication).
    #[arg(long)]
    show_names: bool,
}

/// The document `validate` and `assess` read: a file, standard input or a bundled example.
#[derive(clap::Args, Debug)]
struct SourceArgs {
    /// The JSON document (`-` for standard input), or a records workbook (`.xlsx`, `.xlsm`,
    /// `.xlsb`, `.xls`, `.ods`; see `gia init`). Required unless `--example` is given.
    #[arg(conflicts_with = "example")]
    file: Option<PathBuf>,
    /// Use a bundled example document instead of a file.
    #[arg(long, value_enum, value_name = "NAME")]
    example: Option<Example>,
}

/// The example documents bundled with `gia`.
#[derive(ValueEnum, Clone, Copy, Debug)]
enum Example {
    /// Metropolis' 2023 annual report (`data/metropolis-2023.json`).
    Metropolis,
}

impl SourceArgs {
    /// The document's text; a usage error when neither a file nor an example is named.
    fn text(&self, command: &str) -> Result<String, Failure> {
        match (&self.file, self.example) {
            (Some(path), _) => read(path),
            (None, Some(Example::Metropolis)) => {
                Ok(gender_impact::METROPOLIS_2023_JSON.to_string())
            }
            (None, None) => Err(no_input(command)),
        }
    }

    /// The document, validated: a workbook by its extension, else JSON text.
    fn input(&self, command: &str) -> Result<gender_impact::Input, Failure> {
        match &self.file {
            Some(path) if is_workbook(path) => workbook_input(path),
            _ => gender_impact::validate(&self.text(command)?).map_err(Failure::Invalid),
        }
    }

    /// A usage error when `--network` is asked of a workbook.
    fn check_network(&self, network: bool) -> Result<(), Failure> {
        match &self.file {
            Some(path) if network && is_workbook(path) => {
                Err(usage(Message::new("cli-network-workbook")))
            }
            _ => Ok(()),
        }
    }

    /// Fails early, before other options are checked, when no document is named.
    fn check(&self, command: &str) -> Result<(), Failure> {
        match (&self.file, self.example) {
            (None, None) => Err(no_input(command)),
            _ => Ok(()),
        }
    }
}

/// The usage error of `validate` or `assess` without a document: how to name one.
fn no_input(command: &str) -> Failure {
    usage(Message::new("cli-no-input").text("command", command))
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum Format {
    Markdown,
    Json,
    /// One self-contained HTML page with charts.
    Html,
}

/// `gia assess`'s formats: those of [`Format`], and NDJSON.
#[derive(ValueEnum, Clone, Copy, Debug)]
enum AssessFormat {
    Markdown,
    Json,
    /// One self-contained HTML page with charts (a comparative page for a network).
    Html,
    /// One JSON object a line, one line per organisation, written as they are assessed.
    Ndjson,
}

/// What each NDJSON line holds.
#[derive(ValueEnum, Clone, Copy, Debug)]
enum Fields {
    /// The whole assessment, as `--format json` writes it, with `index` first.
    Full,
    /// Ids, units, values, counts, intervals, ratings and flags, without the prose.
    Indicators,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum Method {
    Wilson,
    ClopperPearson,
    Jeffreys,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum SchemaKind {
    Input,
    Framework,
    Network,
    /// The rules of a jurisdiction (`jurisdictions/*.json`).
    Jurisdiction,
}

/// Why `gia` stopped.
enum Failure {
    Invalid(Invalid),
    /// A usage error, written in the language of `--lang` (`locales/*/cli.ftl`).
    Usage(Message),
}

/// A usage error from a catalogue message.
fn usage(m: Message) -> Failure {
    Failure::Usage(m)
}

/// The words of an I/O error: a few kinds in the user's language, else the system's own text.
fn io_error(m: Message, e: &std::io::Error) -> Message {
    let kind = match e.kind() {
        std::io::ErrorKind::NotFound => "not-found",
        std::io::ErrorKind::PermissionDenied => "permission-denied",
        std::io::ErrorKind::IsADirectory => "is-a-directory",
        _ => "other",
    };
    m.text("kind", kind).text("detail", e.to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang.unwrap_or_default();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid(e)) => {
            let mut err = std::io::stderr().lock();
            for p in e.problems() {
                let _ = writeln!(err, "{}", p.display_in(lang));
            }
            ExitCode::from(1)
        }
        Err(Failure::Usage(msg)) => {
            let _ = writeln!(std::io::stderr(), "gia: {}", msg.in_lang(lang));
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    let lang = cli.lang;
    match cli.command {
        Command::Schema { which } => emit(
            &match which {
                SchemaKind::Input => gender_impact::input_schema_json(),
                SchemaKind::Framework => gender_impact::framework_schema_json(),
                SchemaKind::Network => gender_impact::network_schema_json(),
                SchemaKind::Jurisdiction => gender_impact::law::jurisdiction_schema_json(),
            },
            None,
        ),
        Command::Framework { id } => {
            let f = Framework::built_in(&id).ok_or_else(|| {
                usage(
                    Message::new("cli-unknown-framework")
                        .text("id", id.as_str())
                        .text("built-in", Framework::BUILT_IN.join(", ")),
                )
            })?;
            let mut s = serde_json::to_string_pretty(&f).map_err(|e| usage(internal(&e)))?;
            s.push('\n');
            emit(&s, None)
        }
        Command::Pay(args) => pay(&args, lang.unwrap_or_default()),
        Command::Obligations(args) => obligations(&args, lang.unwrap_or_default()),
        Command::Init { file, force } => init(&file, force, lang.unwrap_or_default()),
        Command::Convert { from, to, force } => {
            convert(&from, &to, force, lang.unwrap_or_default())
        }
        Command::Validate { source, network } => {
            source.check("validate")?;
            source.check_network(network)?;
            if network {
                let text = source.text("validate")?;
                gender_impact::validate_network(&text).map_err(Failure::Invalid)?;
            } else {
                source.input("validate")?;
            }
            emit("valid\n", None)
        }
        Command::Assess(args) => assess(&args, lang.unwrap_or_default()),
    }
}

/// `gia assess`: options first (usage errors), then the document, its assessment and the report.
fn assess(args: &AssessArgs, lang: Lang) -> Result<(), Failure> {
    args.source.check("assess")?;
    args.source.check_network(args.network)?;
    let assessor = assessor(args)?;
    check_fields(args)?;
    if args.network && matches!(args.format, AssessFormat::Ndjson) {
        return assess_ndjson(args, &assessor);
    }
    let (assessments, network_name) = if args.network {
        let text = args.source.text("assess")?;
        let net = gender_impact::validate_network(&text).map_err(Failure::Invalid)?;
        let name = net.name.as_ref().map(|t| t.to_string());
        let all = gender_impact::assess_network(&assessor, &net).map_err(Failure::Invalid)?;
        (all, name)
    } else {
        let input = args.source.input("assess")?;
        (
            vec![assessor.assess(&input).map_err(Failure::Invalid)?],
            None,
        )
    };
    let text = match (args.format, args.network) {
        (AssessFormat::Html, false) => gender_impact::report::html(&assessments[0], lang),
        (AssessFormat::Html, true) => {
            gender_impact::report::comparison_html(network_name.as_deref(), &assessments, lang)
        }
        (AssessFormat::Markdown, _) => assessments
            .iter()
            .map(|a| gender_impact::report::markdown_in(a, lang))
            .collect::<Vec<_>>()
            .join("\n---\n\n"),
        (AssessFormat::Json, false) => gender_impact::report::json(&assessments[0]),
        (AssessFormat::Json, true) => {
            let mut s =
                serde_json::to_string_pretty(&assessments).map_err(|e| usage(internal(&e)))?;
            s.push('\n');
            s
        }
        // A single organisation (a network streams, above): one line.
        (AssessFormat::Ndjson, _) => ndjson_lines(&assessments, args.fields)?,
    };
    emit(&text, args.out.as_ref())
}

/// A usage error when `--fields` is given without `--format ndjson`.
fn check_fields(args: &AssessArgs) -> Result<(), Failure> {
    match (args.fields, args.format) {
        (Some(_), f) if !matches!(f, AssessFormat::Ndjson) => {
            Err(usage(Message::new("cli-fields-without-ndjson")))
        }
        _ => Ok(()),
    }
}

/// The library's name for `--fields`.
fn ndjson_fields(fields: Option<Fields>) -> gender_impact::report::NdjsonFields {
    match fields {
        None | Some(Fields::Full) => gender_impact::report::NdjsonFields::Full,
        Some(Fields::Indicators) => gender_impact::report::NdjsonFields::Indicators,
    }
}

/// Assessments already made, one NDJSON line each.
fn ndjson_lines(
    all: &[gender_impact::Assessment],
    fields: Option<Fields>,
) -> Result<String, Failure> {
    let mut out = Vec::new();
    for (i, a) in all.iter().enumerate() {
        let line = gender_impact::report::ndjson_line(i, a, ndjson_fields(fields))
            .map_err(|e| usage(internal(&e)))?;
        out.extend_from_slice(&line);
    }
    String::from_utf8(out).map_err(|e| usage(internal(&e)))
}

/// `gia assess --network FILE --format ndjson`: every problem of the document before any line;
/// then one line per organisation as it is assessed. To standard output, or to a temporary file
/// renamed to `--out` once the last line is written (removed on failure: nothing is written).
fn assess_ndjson(args: &AssessArgs, assessor: &Assessor) -> Result<(), Failure> {
    let text = args.source.text("assess")?;
    let fields = ndjson_fields(args.fields);
    let stream =
        |w: &mut dyn Write| gender_impact::report::network_ndjson(assessor, &text, fields, w);
    let Some(path) = args.out.as_ref() else {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        return match stream(&mut out) {
            Ok(_) => Ok(()),
            Err(e) => ndjson_failure(e, None),
        };
    };
    let tmp = temporary(path);
    let written = std::fs::File::create(&tmp)
        .map_err(|e| NdjsonError::Write {
            written: 0,
            source: e,
        })
        .and_then(|f| {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, f);
            stream(&mut out)?;
            let f = out.into_inner().map_err(|e| NdjsonError::Write {
                written: 0,
                source: e.into_error(),
            })?;
            f.sync_all().map_err(|e| NdjsonError::Write {
                written: 0,
                source: e,
            })
        });
    let renamed = written.and_then(|()| {
        std::fs::rename(&tmp, path).map_err(|e| NdjsonError::Write {
            written: 0,
            source: e,
        })
    });
    renamed.or_else(|e| {
        let _ = std::fs::remove_file(&tmp);
        ndjson_failure(e, Some(path))
    })
}

/// What `gia` says when a network's NDJSON stops: the problems (exit 1), or the write error
/// (exit 2). A closed standard output (`| head`) ends quietly, as the other formats do.
fn ndjson_failure(e: NdjsonError, path: Option<&PathBuf>) -> Result<(), Failure> {
    let shown = || path.map_or("-".to_string(), |p| p.display().to_string());
    match e {
        NdjsonError::Invalid { invalid, .. } => Err(Failure::Invalid(invalid)),
        NdjsonError::Write { source, .. }
            if path.is_none() && source.kind() == std::io::ErrorKind::BrokenPipe =>
        {
            Ok(())
        }
        NdjsonError::Write { source, .. } => Err(usage(io_error(
            Message::new("cli-cannot-write").text("path", shown()),
            &source,
        ))),
        other => Err(usage(internal(&other))),
    }
}

/// The assessor `gia assess`'s options describe; a usage error for a level, reference share or
/// framework that is not one.
fn assessor(args: &AssessArgs) -> Result<Assessor, Failure> {
    let level = ConfidenceLevel::new(args.level)
        .map_err(|_| usage(Message::new("cli-level").text("value", args.level.to_string())))?;
    let reference = Share::new(args.reference).map_err(|_| {
        usage(Message::new("cli-reference").text("value", args.reference.to_string()))
    })?;
    let mut assessor = Assessor::new();
    if let Some(arg) = &args.framework {
        assessor = assessor.framework(load_framework(arg)?);
    }
    Ok(assessor
        .interval(match args.interval {
            Method::Wilson => IntervalMethod::Wilson,
            Method::ClopperPearson => IntervalMethod::ClopperPearson,
            Method::Jeffreys => IntervalMethod::Jeffreys,
        })
        .level(level)
        .reference(reference)
        .disclosure(gender_impact::assessment::DisclosurePolicy {
            k: args.min_cell,
            protect_bodies: args.protect_bodies,
        })
        .show_names(args.show_names))
}

/// An error that should not happen (serialising our own values), reported with its text.
fn internal(e: &dyn std::fmt::Display) -> Message {
    Message::new("cli-internal").text("detail", e.to_string())
}

fn parse_lang(s: &str) -> Result<Lang, gender_impact::i18n::UnknownLang> {
    s.parse()
}

fn load_framework(arg: &str) -> Result<Framework, Failure> {
    if let Some(f) = Framework::built_in(arg) {
        return Ok(f);
    }
    let path = PathBuf::from(arg);
    if !path.exists() {
        return Err(usage(
            Message::new("cli-framework-not-found")
                .text("arg", arg)
                .text("built-in", Framework::BUILT_IN.join(", ")),
        ));
    }
    let text = read(&path)?;
    Framework::from_json(&text).map_err(Failure::Invalid)
}

/// The text of a file, or of standard input for `-`.
fn read(path: &PathBuf) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    let res = if path.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    res.map_err(|e| {
        usage(io_error(
            Message::new("cli-cannot-read").text("path", path.display().to_string()),
            &e,
        ))
    })?;
    String::from_utf8(bytes).map_err(|e| {
        Failure::Invalid(Invalid::new(vec![gender_impact::Problem::localised(
            "",
            Message::new("cli-not-utf8").text("byte", e.utf8_error().valid_up_to().to_string()),
        )]))
    })
}

/// Writes to standard output, or atomically to a file (temporary file, then rename).
fn emit(text: &str, out: Option<&PathBuf>) -> Result<(), Failure> {
    emit_bytes(text.as_bytes(), out)
}

/// The temporary file beside `path` that is renamed to it once written.
fn temporary(path: &std::path::Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let tmp = format!(".{name}.tmp{}", std::process::id());
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(d) => d.join(tmp),
        None => PathBuf::from(tmp),
    }
}

/// [`emit`] for bytes (a workbook).
fn emit_bytes(bytes: &[u8], out: Option<&PathBuf>) -> Result<(), Failure> {
    match out {
        None => {
            let mut o = std::io::stdout().lock();
            // A closed pipe (e.g. `gia assess FILE | head`) is not an error worth a panic.
            let _ = o.write_all(bytes).and_then(|_| o.flush());
            Ok(())
        }
        Some(path) => {
            let tmp = temporary(path);
            let write = std::fs::File::create(&tmp)
                .and_then(|mut f| f.write_all(bytes).and_then(|_| f.sync_all()))
                .and_then(|_| std::fs::rename(&tmp, path));
            write.map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                usage(io_error(
                    Message::new("cli-cannot-write").text("path", path.display().to_string()),
                    &e,
                ))
            })
        }
    }
}

/// Arguments of `gia pay`. Column names are matched case-insensitively against the header.
#[derive(clap::Args, Debug)]
struct PayArgs {
    /// The payroll: a CSV file (`-` for standard input), a workbook (`.xlsx`, `.xlsm`, `.xlsb`,
    /// `.xls`, `.ods`) or a Parquet file (`.parquet`, or any file starting with `PAR1`), one row
    /// per worker, with a header row (Parquet: its schema's top-level columns).
    file: PathBuf,
    /// Start from a preset of column names (flags given as well override it).
    #[arg(long, value_enum)]
    preset: Option<PayPreset>,
    /// Column of the gender codes (default `gender`).
    #[arg(long, value_name = "COL")]
    gender: Option<String>,
    /// Column of the gross annual basic pay (default `annual_pay`, unless --hourly-pay is given).
    #[arg(long, value_name = "COL")]
    annual_pay: Option<String>,
    /// Column of a variable pay component; repeat to sum several. An empty cell is an error.
    #[arg(long, value_name = "COL")]
    variable_pay: Vec<String>,
    /// Column of the gross hourly pay.
    #[arg(long, value_name = "COL")]
    hourly_pay: Option<String>,
    /// Column of the weekly working hours.
    #[arg(long, value_name = "COL")]
    weekly_hours: Option<String>,
    /// Weekly hours assumed where the file has none (stated in the output).
    #[arg(long, value_name = "H")]
    default_weekly_hours: Option<f64>,
    /// The reference year of a Logib data sheet whose ages are years of birth, or whose years
    /// of service are years of entry.
    #[arg(long, value_name = "YEAR")]
    reference_year: Option<i32>,
    /// Column of the bonus pay.
    #[arg(long, value_name = "COL")]
    bonus_pay: Option<String>,
    /// Column of the category of workers (same work or work of equal value).
    #[arg(long, value_name = "COL")]
    category: Option<String>,
    /// Column of the pay grade.
    #[arg(long, value_name = "COL")]
    grade: Option<String>,
    /// Column of the full-time equivalent.
    #[arg(long, value_name = "COL")]
    fte: Option<String>,
    /// Column of the full-pay flag (UK relevant employees on full pay).
    #[arg(long, value_name = "COL")]
    full_pay: Option<String>,
    /// A numeric control of the adjusted pay gap (age, years of service…); repeatable. With
    /// --control or --factor, the output adds the adjusted gap (least squares on log pay) and
    /// the Blinder–Oaxaca decomposition. The employer names the controls: the output states
    /// them and never calls them gender-neutral.
    #[arg(long, value_name = "COL")]
    control: Vec<String>,
    /// A factor of the adjusted pay gap (grade, occupation…): one effect per level, measured
    /// from its first level in sorted order; repeatable.
    #[arg(long, value_name = "COL")]
    factor: Vec<String>,
    /// A cell value meaning "not recorded" in the category and grade columns (e.g. NULL); repeatable.
    #[arg(long, value_name = "TEXT")]
    missing: Vec<String>,
    /// The sheet of a workbook to read (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`, `.ods`): its name, or
    /// its number from 1. Default: the first sheet.
    #[arg(long, value_name = "NAME|N")]
    sheet: Option<String>,
    /// Field delimiter: one ASCII character, or `tab`. Default: the one of `,` `;` tab `|` found
    /// most often in the header.
    #[arg(long, value_name = "C")]
    delimiter: Option<String>,
    /// Decimal separator of every number (`.` or `,`). Default: decided column by column from
    /// the whole column (`1.234,56` and `1,234.56` are both read; a column whose every number
    /// reads either way, such as `1.234`, needs this flag). Currency signs and spaces are ignored.
    #[arg(long, value_name = "SEP", value_parser = clap::value_parser!(gender_impact::pay::DecimalSeparator))]
    decimal: Option<gender_impact::pay::DecimalSeparator>,
    /// Text encoding: utf-8, utf-16le, utf-16be or windows-1252. Default: a byte-order mark, else
    /// UTF-8, else Windows-1252 when the start of the file is not UTF-8.
    #[arg(long, value_name = "ENC")]
    encoding: Option<gender_impact::pay::Encoding>,
    /// What a gender code means: `CODE=woman|man|non_binary|undisclosed` (`=undisclosed` for an
    /// empty cell); repeatable, and wins over the built-in codes. Built in: words in English,
    /// French, Spanish, German, Italian, Portuguese and Catalan in any case and accents (woman,
    /// female, femme, mujer, Frau, weiblich, donna, mulher, dona; man, male, homme, hombre, Mann,
    /// männlich, uomo, homem, home; non-binary, divers; undisclosed, unknown, inconnu…) and the
    /// letters by their set: F/M, F/H, W/M(/D), D/H, X, U. M beside H is refused until mapped.
    #[arg(long = "gender-code", value_name = "CODE=GENDER", value_parser = gender_impact::pay::gender_code)]
    gender_codes: Vec<(String, gender_impact::Gender)>,
    /// Read an empty cell in a pay column (annual, variable, hourly, bonus) as 0, instead of an
    /// error (stated among the output's assumptions).
    #[arg(long)]
    empty_as_zero: bool,
    /// The jurisdiction profile: `eu` (Directive (EU) 2023/970), `uk` (the same figures), `fr`
    /// (adds égapro's conventions for indicators A–G: JSON `egapro`), `es` (adds Spain's
    /// registro retributivo: JSON `registro`).
    #[arg(long, value_enum, default_value_t = ProfileArg::Eu)]
    profile: ProfileArg,
    /// With --profile fr: the headcount of égapro's calendar (the annual average workforce,
    /// decimals allowed). Default: the payroll's rows, stated in the report.
    #[arg(long, value_name = "N")]
    employees: Option<f64>,
    /// With --profile fr: the declaration year of égapro's calendar (2026 or later). Without it,
    /// whether the declaration and indicator G are due is left open.
    #[arg(long, value_name = "YEAR")]
    year: Option<i32>,
    /// Output format. Default: markdown; ndjson with --by.
    #[arg(long, value_enum)]
    format: Option<PayFormat>,
    /// Write the report to this file instead of standard output (written to a temporary file, then renamed).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Column of the group (employer) of each row: the whole analysis for each group apart, in
    /// byte order of the codes, written as it goes (--format ndjson, one JSON object per line,
    /// or csv, one row of headline figures per group; parquet: the csv table, typed, written
    /// when complete). An empty cell is an error.
    #[arg(long, value_name = "COL")]
    by: Option<String>,
    /// Most rows of data read (default 10,000,000).
    #[arg(long, value_name = "N")]
    max_rows: Option<usize>,
    /// Seed of the bootstrap and permutation figures: the same seed gives the same numbers.
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
    /// Skip the inferential figures (bootstrap intervals, permutation test).
    #[arg(long)]
    no_inference: bool,
    /// A JSON file of categories whose difference is justified by objective, gender-neutral
    /// criteria: `[{"category": "M2", "text": "..."}]` (Directive (EU) 2023/970, Art. 10).
    #[arg(long, value_name = "FILE")]
    justifications: Option<PathBuf>,
    /// A JSON file of the measures taken for categories of workers and their evaluation, for
    /// the joint pay assessment (Art. 10(2)(f)): `[{"category": "M2", "measures": "...",
    /// "evaluation": "..."}]` (`evaluation` optional).
    #[arg(long, value_name = "FILE")]
    measures: Option<PathBuf>,
    /// Column of a non-salary payment (Spain's percepción extrasalarial), its own concept of the
    /// registro; repeatable (--profile es). Each --variable-pay column is a salary supplement.
    #[arg(long, value_name = "COL")]
    extra_salary: Vec<String>,
    /// Column of the days worked in the year, 1 to 366 (--profile es; empty or absent: 365,
    /// stated). With --fte (empty or absent: 1), the registro's equalised amounts are
    /// amount ÷ (FTE × days ÷ 365).
    #[arg(long, value_name = "COL")]
    days_worked: Option<String>,
    /// Who the registro is for (--profile es): representatives (everything, the default) or
    /// worker (a worker asking where there are no representatives: percentage differences only,
    /// and nothing else of the analysis).
    #[arg(long, value_enum)]
    audience: Option<AudienceArg>,
    /// Over whom the registro's means and medians are taken (--profile es): all-workers of the
    /// group, a concept not received counting as 0 (the default), or recipients of the concept.
    #[arg(long, value_enum)]
    registro_averages: Option<AveragesArg>,
    /// Also write the registro as an XLSX workbook laid out as the Spanish Ministry's registro
    /// tool lays out its results (--profile es).
    #[arg(long, value_name = "FILE")]
    registro_xlsx: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum AudienceArg {
    /// The workers' representatives: the whole register.
    Representatives,
    /// A worker where there are no representatives: percentage differences only.
    Worker,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum AveragesArg {
    /// Every worker of the group (a concept not received counts as 0).
    AllWorkers,
    /// The workers who received the concept.
    Recipients,
}

impl PayArgs {
    /// The profile, or a usage error: the registro's flags need `es`, égapro's need `fr`.
    fn profile(&self) -> Result<gender_impact::pay::PayProfile, Failure> {
        use gender_impact::pay::PayProfile;
        let profile = self.profile.profile();
        let needs = [
            (
                "--extra-salary",
                !self.extra_salary.is_empty(),
                PayProfile::Es,
            ),
            ("--days-worked", self.days_worked.is_some(), PayProfile::Es),
            ("--audience", self.audience.is_some(), PayProfile::Es),
            (
                "--registro-averages",
                self.registro_averages.is_some(),
                PayProfile::Es,
            ),
            (
                "--registro-xlsx",
                self.registro_xlsx.is_some(),
                PayProfile::Es,
            ),
            ("employees", self.employees.is_some(), PayProfile::Fr),
            ("year", self.year.is_some(), PayProfile::Fr),
        ];
        match needs.iter().find(|(_, given, p)| *given && *p != profile) {
            Some((flag, _, PayProfile::Es)) => Err(usage(
                Message::new("cli-needs-profile-es").text("flag", *flag),
            )),
            Some((flag, _, _)) => Err(usage(
                Message::new("egapro-error-fr-only").text("flag", *flag),
            )),
            None => Ok(profile),
        }
    }

    /// The registro's options from the flags.
    fn registro_options(&self) -> gender_impact::pay::RegistroOptions {
        use gender_impact::pay::{Audience, Averages, RegistroOptions};
        RegistroOptions {
            averages: match self.registro_averages {
                Some(AveragesArg::Recipients) => Averages::Recipients,
                _ => Averages::AllWorkers,
            },
            audience: match self.audience {
                Some(AudienceArg::Worker) => Audience::Worker,
                _ => Audience::Representatives,
            },
        }
    }
}

/// The values of `gia pay --format`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum PayFormat {
    Markdown,
    Json,
    /// One self-contained HTML page with charts.
    Html,
    /// With --by: one JSON object per group and line, written as it goes.
    Ndjson,
    /// With --by: one row per group, the headline figures with their counts.
    Csv,
    /// With --by: the table of csv as a Parquet file (typed columns), written when complete.
    Parquet,
}

impl PayArgs {
    /// The output format, or a usage error: ndjson and csv need --by, which needs one of them
    /// and none of the flags that speak of one employer's categories or one profile's extras.
    fn format(&self) -> Result<PayFormat, Failure> {
        let format = self.format.unwrap_or(if self.by.is_some() {
            PayFormat::Ndjson
        } else {
            PayFormat::Markdown
        });
        let per_group = matches!(
            format,
            PayFormat::Ndjson | PayFormat::Csv | PayFormat::Parquet
        );
        if self.by.is_none() {
            return match per_group {
                true => Err(usage(Message::new("cli-format-needs-by").text(
                    "format",
                    match format {
                        PayFormat::Csv => "csv",
                        PayFormat::Parquet => "parquet",
                        _ => "ndjson",
                    },
                ))),
                false => Ok(format),
            };
        }
        if !per_group {
            return Err(usage(Message::new("cli-by-format")));
        }
        let one_employer = [
            ("--justifications", self.justifications.is_some()),
            ("--measures", self.measures.is_some()),
            (
                "--profile fr",
                self.profile.profile() == gender_impact::pay::PayProfile::Fr,
            ),
            (
                "--profile es",
                self.profile.profile() == gender_impact::pay::PayProfile::Es,
            ),
        ];
        match one_employer.iter().find(|(_, given)| *given) {
            Some((flag, _)) => Err(usage(Message::new("cli-by-flag").text("flag", *flag))),
            None => Ok(format),
        }
    }
}

/// The values of `gia pay --profile`.
#[derive(ValueEnum, Clone, Copy, Debug)]
enum ProfileArg {
    /// Directive (EU) 2023/970, Article 9 and 10 (today's output).
    Eu,
    /// The UK Gender Pay Gap Information Regulations 2017 (the same figures).
    Uk,
    /// France: égapro's conventions for indicators A–G.
    Fr,
    /// Spain: the registro retributivo (RD 902/2020).
    Es,
}

impl ProfileArg {
    fn profile(self) -> gender_impact::pay::PayProfile {
        use gender_impact::pay::PayProfile;
        match self {
            ProfileArg::Eu => PayProfile::Eu,
            ProfileArg::Uk => PayProfile::Uk,
            ProfileArg::Fr => PayProfile::Fr,
            ProfileArg::Es => PayProfile::Es,
        }
    }
}

/// The égapro section of `gia pay --profile fr` (none with another profile): the calendar of
/// --employees (default: the payroll's rows) and --year.
fn egapro_section(
    args: &PayArgs,
    payroll: &gender_impact::pay::Payroll,
    eu: &gender_impact::pay::Article9,
) -> Result<Option<gender_impact::pay::Egapro>, Failure> {
    use gender_impact::pay::{EgaproCalendar, EmployeesFrom, PayProfile, PayRules};
    if args.profile.profile() != PayProfile::Fr {
        return Ok(None);
    }
    let (employees, from) = match args.employees {
        Some(n) => (n, EmployeesFrom::Given),
        None => (payroll.len() as f64, EmployeesFrom::Payroll),
    };
    let calendar = EgaproCalendar::new(employees, args.year).map_err(|e| usage(e.message()))?;
    let rules = PayRules::built_in();
    Ok(Some(gender_impact::pay::egapro(
        payroll, eu, &rules, calendar, from,
    )))
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum PayPreset {
    /// Montgomery County, Maryland, "Employee Salaries - 2023": Gender (M/F), Base_Salary,
    /// Overtime_Pay + Longevity_Pay, Grade (`NULL`: no grade).
    Montgomery,
    /// The Swiss Logib data sheet (module 1), columns named as in the `logib` R package: sex
    /// (F/M), age, years_of_service, training, level_of_requirements, professional_position,
    /// activity_rate, paid_hours, basic_wage, allowances, monthly_wage_13, special_payments,
    /// weekly_hours, population. Adds Logib's standard analysis model (empty weekly hours take
    /// --default-weekly-hours).
    Logib,
}

fn pay(args: &PayArgs, lang: Lang) -> Result<(), Failure> {
    use gender_impact::pay::{AnalysisOptions, analyse_payroll};
    use gender_impact::pay::{CsvOptions, read_payroll};
    use gender_impact::{Hours, pay::PayRules};

    let profile = args.profile()?;
    let format = args.format()?;
    let mut options = match args.preset {
        Some(PayPreset::Montgomery) => CsvOptions::montgomery(),
        Some(PayPreset::Logib) => CsvOptions::logib(),
        None => {
            let mut o = CsvOptions::default();
            if args.hourly_pay.is_some() && args.annual_pay.is_none() {
                o.columns.annual_pay = None;
            }
            o
        }
    };
    let c = &mut options.columns;
    if let Some(g) = &args.gender {
        c.gender = g.clone();
    }
    if !args.variable_pay.is_empty() {
        c.variable_pay = args.variable_pay.clone();
    }
    for (field, flag) in [
        (&mut c.annual_pay, &args.annual_pay),
        (&mut c.hourly_pay, &args.hourly_pay),
        (&mut c.weekly_hours, &args.weekly_hours),
        (&mut c.bonus_pay, &args.bonus_pay),
        (&mut c.category, &args.category),
        (&mut c.grade, &args.grade),
        (&mut c.fte, &args.fte),
        (&mut c.full_pay, &args.full_pay),
    ] {
        if flag.is_some() {
            field.clone_from(flag);
        }
    }
    c.controls.clone_from(&args.control);
    c.factors.clone_from(&args.factor);
    c.extra_salary.clone_from(&args.extra_salary);
    c.days_worked.clone_from(&args.days_worked);
    c.group.clone_from(&args.by);
    if let Some(n) = args.max_rows {
        options.max_rows = n;
    }
    let es = profile == gender_impact::pay::PayProfile::Es;
    options.registro = es;
    options.missing_text.extend(args.missing.iter().cloned());
    options.decimal = args.decimal;
    options.encoding = args.encoding;
    options
        .gender_codes
        .extend(args.gender_codes.iter().cloned());
    options.empty_as_zero = args.empty_as_zero;
    if let Some(d) = &args.delimiter {
        options.delimiter = match d.as_str() {
            "tab" | "\\t" | "\t" => Some(b'\t'),
            s if s.len() == 1 && s.is_ascii() && !matches!(s, "\"" | "\n" | "\r") => {
                Some(s.as_bytes()[0])
            }
            _ => {
                return Err(usage(Message::new("cli-delimiter")));
            }
        };
    }
    if let Some(h) = args.default_weekly_hours {
        options.default_weekly_hours = Some(Hours::new(h).map_err(|_| {
            usage(Message::new("cli-default-weekly-hours").text("value", h.to_string()))
        })?);
    }

    let path = &args.file;
    let workbook = is_workbook(path);
    if args.sheet.is_some() && !workbook {
        return Err(usage(Message::new("cli-sheet-not-workbook")));
    }
    if (args.delimiter.is_some() || args.encoding.is_some()) && (workbook || is_parquet(path)) {
        return Err(usage(Message::new("cli-text-flags-not-text-file")));
    }
    let read = if workbook {
        gender_impact::pay::read_payroll_workbook(path, args.sheet.as_deref(), &options)
    } else if is_parquet(path) {
        gender_impact::pay::read_payroll_parquet(path, &options)
    } else if path.as_os_str() == "-" {
        payroll_from_stdin(
            &options,
            args.delimiter.is_some() || args.encoding.is_some(),
        )?
    } else {
        let file = std::fs::File::open(path).map_err(|e| {
            usage(io_error(
                Message::new("cli-cannot-read").text("path", path.display().to_string()),
                &e,
            ))
        })?;
        read_payroll(file, &options)
    };
    let csv = match read {
        Ok(csv) => csv,
        Err(e) if e.read_failed => {
            let why = e
                .problems
                .last()
                .map(|p| p.message_in(lang))
                .unwrap_or_default();
            return Err(usage(
                Message::new("cli-cannot-read")
                    .text("path", path.display().to_string())
                    .text("kind", "other")
                    .text("detail", why),
            ));
        }
        Err(e) => {
            // Every problem, one per line, each with its line and column (never a pay value);
            // then exit 1 through an empty `Invalid`, which prints nothing more.
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(e.display_in(lang).as_bytes());
            return Err(Failure::Invalid(Invalid::new(Vec::new())));
        }
    };
    let analysis_options = AnalysisOptions {
        seed: args.seed.unwrap_or(AnalysisOptions::default().seed),
        inference: !args.no_inference,
        reference_year: args.reference_year,
        ..AnalysisOptions::default()
    };
    if args.by.is_some() {
        return pay_by(&csv, &analysis_options, format, args.out.as_ref());
    }
    let justifications = match &args.justifications {
        None => Vec::new(),
        Some(path) => read_justifications(path, &csv.payroll, es)?,
    };
    let measures = match &args.measures {
        None => Vec::new(),
        Some(path) => read_measures(path, &csv.payroll)?,
    };
    let mut analysis = analyse_payroll(
        &csv.payroll,
        &justifications,
        &PayRules::built_in(),
        &analysis_options,
        csv.assumptions,
    );
    analysis.measures = measures;
    analysis.profile = profile;
    analysis.egapro = egapro_section(args, &csv.payroll, &analysis.eu)?;
    if es {
        let options = args.registro_options();
        let rules = PayRules::built_in();
        let r = gender_impact::pay::registro(&csv.payroll, &justifications, &rules, &options);
        if let Some(path) = &args.registro_xlsx {
            let bytes =
                gender_impact::report::registro_xlsx(&r, lang).map_err(|e| usage(internal(&e)))?;
            emit_bytes(&bytes, Some(path))?;
        }
        analysis.registro = Some(r);
        if options.audience == gender_impact::pay::Audience::Worker {
            return emit(&worker_view(&analysis, format, lang)?, args.out.as_ref());
        }
    }
    let text = match format {
        PayFormat::Html => gender_impact::report::pay_html(&analysis, lang),
        PayFormat::Markdown | PayFormat::Ndjson | PayFormat::Csv | PayFormat::Parquet => {
            gender_impact::report::pay_markdown_in(&analysis, lang, 1)
        }
        PayFormat::Json => {
            let mut s = serde_json::to_string_pretty(&analysis).map_err(|e| usage(internal(&e)))?;
            s.push('\n');
            s
        }
    };
    emit(&text, args.out.as_ref())
}

/// `gia pay --by`: each group's analysis, written as it is computed (one JSON object per line,
/// or one CSV row per group after a header), to standard output or to a temporary file renamed
/// at the end.
fn pay_by(
    csv: &gender_impact::pay::PayrollCsv,
    options: &gender_impact::pay::AnalysisOptions,
    format: PayFormat,
    out: Option<&PathBuf>,
) -> Result<(), Failure> {
    let rules = gender_impact::pay::PayRules::built_in();
    let groups = gender_impact::pay::analyse_by(&csv.payroll, &rules, options, &csv.assumptions)
        .map_err(|e| usage(internal(&e)))?;
    let mut sink = Sink::open(out)?;
    if format == PayFormat::Parquet {
        let mut table = gender_impact::report::PayGroupsParquet::new(Vec::new())
            .map_err(|e| usage(internal(&e)))?;
        for g in groups {
            table.push(&g).map_err(|e| usage(internal(&e)))?;
        }
        let bytes = table.finish().map_err(|e| usage(internal(&e)))?;
        sink.write(&bytes)?;
        return sink.finish();
    }
    if format == PayFormat::Csv {
        sink.write(gender_impact::report::pay_groups_csv_header().as_bytes())?;
    }
    // Each group's line is written on the worker threads that analysed it.
    let lines = groups.map_each(|g| match format {
        PayFormat::Csv => Ok(gender_impact::report::pay_group_csv_row(&g)),
        _ => serde_json::to_string(&g).map(|mut s| {
            s.push('\n');
            s
        }),
    });
    write_behind(lines, sink)?.finish()
}

/// Bytes handed to the writing thread at a time.
const WRITE_CHUNK: usize = 1 << 20;

/// Writes `lines` to `sink` on a thread of its own, a chunk at a time, so that the next groups
/// are analysed while the last ones are written (the per-employer NDJSON of 3,000,000 rows is
/// 245 MB). Stops early, without an error, when standard output was closed (`gia pay --by … |
/// head`).
fn write_behind(
    lines: impl Iterator<Item = Result<String, serde_json::Error>>,
    mut sink: Sink,
) -> Result<Sink, Failure> {
    std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<String>(4);
        let writer = s.spawn(move || -> Result<Sink, Failure> {
            for chunk in rx {
                if !sink.write(chunk.as_bytes())? {
                    break; // dropping the receiver stops the sending side
                }
            }
            Ok(sink)
        });
        let mut failed = None;
        let mut chunk = String::with_capacity(WRITE_CHUNK);
        for line in lines {
            match line {
                Ok(line) => chunk.push_str(&line),
                Err(e) => {
                    failed = Some(usage(internal(&e)));
                    break;
                }
            }
            if chunk.len() >= WRITE_CHUNK {
                let full = std::mem::replace(&mut chunk, String::with_capacity(WRITE_CHUNK));
                if tx.send(full).is_err() {
                    break;
                }
            }
        }
        if failed.is_none() && !chunk.is_empty() {
            let _ = tx.send(chunk);
        }
        drop(tx);
        let sink = writer
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p))?;
        failed.map_or(Ok(sink), Err)
    })
}

/// Where streamed output goes: standard output, or a temporary file renamed when complete.
enum Sink {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    File {
        file: std::io::BufWriter<std::fs::File>,
        tmp: PathBuf,
        path: PathBuf,
    },
}

impl Sink {
    fn open(out: Option<&PathBuf>) -> Result<Sink, Failure> {
        let Some(path) = out else {
            return Ok(Sink::Stdout(std::io::BufWriter::new(std::io::stdout())));
        };
        let name = path.file_name().map(|n| n.to_string_lossy().to_string());
        let tmp = path.with_file_name(format!(
            ".{}.tmp{}",
            name.unwrap_or_default(),
            std::process::id()
        ));
        let file = std::fs::File::create(&tmp).map_err(|e| write_error(path, &e))?;
        Ok(Sink::File {
            file: std::io::BufWriter::new(file),
            tmp,
            path: path.clone(),
        })
    }

    /// Writes `bytes`; `false` when standard output was closed.
    fn write(&mut self, bytes: &[u8]) -> Result<bool, Failure> {
        match self {
            Sink::Stdout(o) => Ok(o.write_all(bytes).is_ok()),
            Sink::File { file, tmp, path } => file.write_all(bytes).map(|_| true).map_err(|e| {
                let _ = std::fs::remove_file(&*tmp);
                write_error(path, &e)
            }),
        }
    }

    fn finish(self) -> Result<(), Failure> {
        match self {
            Sink::Stdout(mut o) => {
                let _ = o.flush();
                Ok(())
            }
            Sink::File { file, tmp, path } => file
                .into_inner()
                .map_err(|e| e.into_error())
                .and_then(|f| f.sync_all())
                .and_then(|_| std::fs::rename(&tmp, &path))
                .map_err(|e| {
                    let _ = std::fs::remove_file(&tmp);
                    write_error(&path, &e)
                }),
        }
    }
}

fn write_error(path: &std::path::Path, e: &std::io::Error) -> Failure {
    usage(io_error(
        Message::new("cli-cannot-write").text("path", path.display().to_string()),
        e,
    ))
}

/// The registro for a worker where there are no representatives: the percentage differences
/// only, with the assumptions and nothing else of the analysis.
fn worker_view(
    a: &gender_impact::pay::PayAnalysis,
    format: PayFormat,
    lang: Lang,
) -> Result<String, Failure> {
    Ok(match format {
        PayFormat::Html => gender_impact::report::registro_html(a, lang),
        PayFormat::Markdown | PayFormat::Ndjson | PayFormat::Csv | PayFormat::Parquet => {
            gender_impact::report::registro_markdown(a, lang, 1)
        }
        PayFormat::Json => {
            let view = serde_json::json!({
                "tool": a.tool,
                "profile": a.profile,
                "assumptions": a.assumptions,
                "registro": a.registro,
            });
            let mut s = serde_json::to_string_pretty(&view).map_err(|e| usage(internal(&e)))?;
            s.push('\n');
            s
        }
    })
}

/// `gia init`: the input template in `lang`, written to `file` (not over an existing file
/// unless `force`).
fn init(file: &std::path::Path, force: bool, lang: Lang) -> Result<(), Failure> {
    let bytes = match extension(file).as_str() {
        "json" => gender_impact::input_template(lang).into_bytes(),
        "xlsx" => gender_impact::input_template_workbook(lang).map_err(Failure::Invalid)?,
        _ => return Err(usage(Message::new("cli-init-json-only"))),
    };
    refuse_existing(file, force)?;
    emit_bytes(&bytes, Some(&file.to_path_buf()))?;
    let next = Message::new("cli-init-written").text("path", file.display().to_string());
    let _ = writeln!(std::io::stderr(), "{}", next.in_lang(lang));
    Ok(())
}

/// `gia convert`: JSON to a workbook, or a workbook to JSON, validated on the way.
fn convert(
    from: &std::path::Path,
    to: &std::path::Path,
    force: bool,
    lang: Lang,
) -> Result<(), Failure> {
    let bytes = match (extension(from).as_str(), extension(to).as_str()) {
        ("json", "xlsx") => {
            let text = read(&from.to_path_buf())?;
            let input = gender_impact::validate(&text).map_err(Failure::Invalid)?;
            gender_impact::records_workbook(&input, lang).map_err(Failure::Invalid)?
        }
        (_, "json") if is_workbook(from) => {
            let input = workbook_input(from)?;
            let mut s = serde_json::to_string_pretty(&input).map_err(|e| usage(internal(&e)))?;
            s.push('\n');
            s.into_bytes()
        }
        _ => {
            return Err(usage(
                Message::new("cli-convert-kinds")
                    .text("from", from.display().to_string())
                    .text("to", to.display().to_string()),
            ));
        }
    };
    refuse_existing(to, force)?;
    emit_bytes(&bytes, Some(&to.to_path_buf()))
}

/// A usage error when `file` exists and `--force` was not given.
fn refuse_existing(file: &std::path::Path, force: bool) -> Result<(), Failure> {
    if file.exists() && !force {
        return Err(usage(
            Message::new("cli-init-exists").text("path", file.display().to_string()),
        ));
    }
    Ok(())
}

/// A file's extension, in lower case (empty when it has none).
fn extension(path: &std::path::Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// A records workbook, validated; a usage error when the file cannot be opened at all.
fn workbook_input(path: &std::path::Path) -> Result<gender_impact::Input, Failure> {
    std::fs::File::open(path).map_err(|e| {
        usage(io_error(
            Message::new("cli-cannot-read").text("path", path.display().to_string()),
            &e,
        ))
    })?;
    gender_impact::validate_workbook(path).map_err(Failure::Invalid)
}

/// Whether the payroll file is a Parquet file: by its extension, or by its first bytes (`PAR1`).
fn is_parquet(path: &std::path::Path) -> bool {
    let named = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("parquet"));
    path.as_os_str() != "-" && (named || gender_impact::pay::is_parquet(path))
}

/// The most bytes of a Parquet file read from standard input, which is held in memory: 1 GiB
/// (a payroll of tens of millions of rows; a larger file is read from its path).
const MAX_STDIN_PARQUET_BYTES: u64 = 1 << 30;

/// The payroll on standard input. One that starts as a Parquet file does (`PAR1`, or `PARE`) is
/// read to its end (at most [`MAX_STDIN_PARQUET_BYTES`]), since a Parquet file's footer is at
/// its end, and read from memory if it is one by `pay::is_parquet_bytes` (a CSV whose header
/// starts with `PARE…` is not); anything else streams through the CSV reader. `text_flags`:
/// `--delimiter` or `--encoding` was given, which a Parquet file cannot take.
fn payroll_from_stdin(
    options: &gender_impact::pay::CsvOptions,
    text_flags: bool,
) -> Result<Result<gender_impact::pay::PayrollCsv, gender_impact::pay::CsvErrors>, Failure> {
    use std::io::Cursor;
    let cannot = |e: std::io::Error| {
        usage(io_error(
            Message::new("cli-cannot-read").text("path", "-"),
            &e,
        ))
    };
    let mut stdin = std::io::stdin().lock();
    let mut head = Vec::with_capacity(4);
    (&mut stdin)
        .take(4)
        .read_to_end(&mut head)
        .map_err(cannot)?;
    if head != b"PAR1" && head != b"PARE" {
        let rest = Cursor::new(head).chain(stdin);
        return Ok(gender_impact::pay::read_payroll(rest, options));
    }
    (&mut stdin)
        .take(MAX_STDIN_PARQUET_BYTES + 1 - 4)
        .read_to_end(&mut head)
        .map_err(cannot)?;
    if head.len() as u64 > MAX_STDIN_PARQUET_BYTES {
        if head.starts_with(b"PARE") {
            // Not known to be Parquet: read as the CSV it may be, streaming the rest.
            let rest = Cursor::new(head).chain(stdin);
            return Ok(gender_impact::pay::read_payroll(rest, options));
        }
        let max = MAX_STDIN_PARQUET_BYTES >> 30;
        return Err(usage(
            Message::new("cli-stdin-parquet-too-large").count("max", max),
        ));
    }
    if !gender_impact::pay::is_parquet_bytes(&head) {
        return Ok(gender_impact::pay::read_payroll(Cursor::new(head), options));
    }
    if text_flags {
        return Err(usage(Message::new("cli-text-flags-not-text-file")));
    }
    Ok(gender_impact::pay::read_payroll_parquet_bytes(
        head, "-", options,
    ))
}

/// Whether the payroll file is a workbook (by its extension), read by calamine rather than as CSV.
fn is_workbook(path: &std::path::Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["xlsx", "xlsm", "xlsb", "xls", "ods"]
            .iter()
            .any(|w| e.eq_ignore_ascii_case(w))
    })
}

/// Reads `--justifications`: a JSON array of `{"category", "text"}` naming categories of the
/// file (and, with `all` (the registro's 25% rule), `*` for all groups together).
fn read_justifications(
    path: &PathBuf,
    payroll: &gender_impact::pay::Payroll,
    all: bool,
) -> Result<Vec<gender_impact::Justification>, Failure> {
    read_by_category(
        path,
        payroll,
        |j: &gender_impact::Justification| j.category.as_str(),
        "justifications",
        all,
    )
}

/// Reads `--measures`: a JSON array of `{"category", "measures", "evaluation"}` naming
/// categories of the file.
fn read_measures(
    path: &PathBuf,
    payroll: &gender_impact::pay::Payroll,
) -> Result<Vec<gender_impact::pay::PayMeasure>, Failure> {
    read_by_category(
        path,
        payroll,
        |m: &gender_impact::pay::PayMeasure| m.category.as_str(),
        "measures",
        false,
    )
}

/// A JSON array of entries each naming a category of the payroll (`flag`: `justifications`
/// or `measures`, for the messages), or `*` when `all`.
fn read_by_category<T: serde::de::DeserializeOwned>(
    path: &PathBuf,
    payroll: &gender_impact::pay::Payroll,
    category: impl Fn(&T) -> &str,
    flag: &str,
    all: bool,
) -> Result<Vec<T>, Failure> {
    use gender_impact::Problem;
    let text = read(path)?;
    let list: Vec<T> = serde_json::from_str(&text).map_err(|e| {
        Failure::Invalid(Invalid::new(vec![Problem::localised(
            "",
            Message::new("cli-list-not-array")
                .text("flag", flag)
                .text("line", e.line().to_string())
                .text("column", e.column().to_string()),
        )]))
    })?;
    let known = payroll.categories();
    let problems: Vec<Problem> = list
        .iter()
        .enumerate()
        .filter(|(_, j)| {
            let named = category(j);
            let for_all = all && named == "*";
            !(known.contains(named) || for_all)
        })
        .map(|(i, _)| {
            Problem::localised(
                format!("/{i}/category"),
                Message::new("cli-list-unknown-category").text("flag", flag),
            )
        })
        .collect();
    if problems.is_empty() {
        Ok(list)
    } else {
        Err(Failure::Invalid(Invalid::new(problems)))
    }
}
