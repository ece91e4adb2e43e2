//! Payroll Parquet files: one row per worker, read by the same rules as a CSV file (with the
//! `parquet` cargo feature, which `cli` turns on).
//!
//! The header is the schema's top-level fields, in order; only the mapped columns are read
//! (projection), row group by row group, a batch of rows at a time. Numbers (INT32, INT64,
//! FLOAT, DOUBLE; DECIMAL divided by 10^scale, in any of its physical types) are read as
//! numbers; text (BYTE_ARRAY) and booleans follow the text rules of CSV cells (gender codes,
//! categories, `91.559,04`); a null is an empty cell (an error in a pay column unless
//! [`CsvOptions::empty_as_zero`]). Problems are located as [`Location::Parquet`]: the data row
//! from 1 and the column. A mapped column that is nested or repeated, or of another type
//! (INT96, FIXED_LEN_BYTE_ARRAY that is not a decimal), a file that is not Parquet, truncated or
//! encrypted, and a codec that is not built in (brotli, LZO) are problems of the file.

mod column;
mod pages;
mod quiet;
mod rows;
mod schema;

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use bytes::Bytes;
use parquet::file::reader::{ChunkReader, FileReader, SerializedFileReader};

use super::layout::Layout;
use super::options::{CsvOptions, PayrollCsv};
use super::problems::{CsvErrors, Problems, at_line};
use crate::document::{Location, Problem};
use crate::i18n::Message;
use rows::{Mapped, read_rows};
use schema::Schema;

/// What is wrong with a Parquet file as a whole.
#[derive(Debug, thiserror::Error)]
enum Fault {
    #[error("cannot open the file: {0}")]
    Io(#[from] std::io::Error),
    #[error("not a Parquet file")]
    NotParquet,
    #[error("a truncated Parquet file")]
    Truncated,
    #[error("an encrypted Parquet file")]
    Encrypted,
    #[error("cannot read the Parquet file: {0}")]
    Unreadable(#[from] parquet::errors::ParquetError),
}

impl Fault {
    fn message(&self) -> Message {
        match self {
            Fault::Io(e) => Message::new("parquet-cannot-read").text("reason", e.to_string()),
            Fault::NotParquet => Message::new("parquet-not-parquet"),
            Fault::Truncated => Message::new("parquet-truncated"),
            Fault::Encrypted => Message::new("parquet-encrypted"),
            Fault::Unreadable(e) => {
                Message::new("parquet-cannot-read").text("reason", e.to_string())
            }
        }
    }
}

/// Whether the file at `path` is taken for a Parquet file: it starts with `PAR1`, or with `PARE`
/// (a footer encrypted) and ends with `PAR1` or `PARE` (so that a CSV whose header starts with
/// `PARENT…` is not); false when it cannot be read.
pub fn is_parquet(path: &Path) -> bool {
    let read = |f: &mut File| -> std::io::Result<bool> {
        let mut head = [0u8; 4];
        f.read_exact(&mut head)?;
        if &head != b"PARE" {
            return Ok(&head == b"PAR1");
        }
        let mut tail = [0u8; 4];
        f.seek(SeekFrom::End(-4))?;
        f.read_exact(&mut tail)?;
        Ok(looks_like_parquet(&head, &tail))
    };
    File::open(path)
        .and_then(|mut f| read(&mut f))
        .unwrap_or(false)
}

/// Whether a whole file held in memory is taken for a Parquet file, by the rule of
/// [`is_parquet`].
pub fn is_parquet_bytes(bytes: &[u8]) -> bool {
    let n = bytes.len();
    n >= 4 && looks_like_parquet(&bytes[..4], &bytes[n.saturating_sub(4)..])
}

fn looks_like_parquet(head: &[u8], tail: &[u8]) -> bool {
    head == b"PAR1" || (head == b"PARE" && (tail == b"PAR1" || tail == b"PARE"))
}

/// Reads the payroll in the Parquet file at `path`, with the same rules and options as
/// [`read_payroll`](super::read_payroll) (but for the delimiter, the encoding and the decimal
/// separator of number columns, which a Parquet file does not have); problems are located as
/// [`Location::Parquet`].
pub fn read_payroll_parquet(path: &Path, options: &CsvOptions) -> Result<PayrollCsv, CsvErrors> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    located(open(path), &name, options)
}

/// Reads the payroll of a Parquet file held in memory (`bytes`: the whole file, such as
/// standard input read to its end), as [`read_payroll_parquet`] reads one on disk; problems are
/// located in `name`.
pub fn read_payroll_parquet_bytes(
    bytes: Vec<u8>,
    name: &str,
    options: &CsvOptions,
) -> Result<PayrollCsv, CsvErrors> {
    located(open_bytes(bytes.into()), name, options)
}

fn located<R: ChunkReader + 'static>(
    file: Result<SerializedFileReader<R>, Fault>,
    name: &str,
    options: &CsvOptions,
) -> Result<PayrollCsv, CsvErrors> {
    payroll(file, options).map_err(|mut e| {
        for p in &mut e.problems {
            p.location = std::mem::replace(&mut p.location, Location::line(0)).in_parquet(name);
        }
        e
    })
}

fn payroll<R: ChunkReader + 'static>(
    file: Result<SerializedFileReader<R>, Fault>,
    options: &CsvOptions,
) -> Result<PayrollCsv, CsvErrors> {
    let file = match file {
        Ok(f) => f,
        Err(fault) => return Err(whole(fault.message(), matches!(fault, Fault::Io(_)))),
    };
    let descr = file.metadata().file_metadata().schema_descr_ptr();
    let schema = Schema::of(&descr);
    let layout = Layout::resolve(&schema.header, &options.columns, 0).map_err(|ps| {
        let mut problems = Problems::default();
        ps.into_iter().for_each(|p| problems.push(p));
        problems.into_errors(false)
    })?;
    let mut problems = Problems::default();
    let mut mapped = Vec::new();
    for c in layout.mapped() {
        match schema.column(&descr, c) {
            Ok((leaf, kind)) => mapped.push(Mapped {
                column: c,
                leaf,
                kind,
            }),
            Err(m) => problems.push(Problem::at(
                Location::cell(0, c + 1, layout.names[c].clone()),
                m,
            )),
        }
    }
    if !problems.is_empty() {
        return Err(problems.into_errors(false));
    }
    // The `parquet` crate's decoders panic on some damaged pages (an assertion on a bit-packed
    // run longer than its page, found by the property test of `tests/pay/pay_parquet.rs`): a
    // damaged file is a problem of the file, never a crash, and its panic is not printed.
    quiet::catch(|| read_rows(&file, &layout, &mapped, options)).unwrap_or_else(|reason| {
        Err(whole(
            Message::new("parquet-damaged").text("reason", reason),
            false,
        ))
    })
}

/// Opens the file: its magic numbers checked first, for a clear message.
fn open(path: &Path) -> Result<SerializedFileReader<File>, Fault> {
    let mut f = File::open(path)?;
    let len = f.metadata()?.len();
    let mut head = [0u8; 4];
    if len < 4 || f.read_exact(&mut head).is_err() {
        return Err(Fault::NotParquet);
    }
    head_magic(&head)?;
    let mut tail = [0u8; 4];
    if len >= 12 {
        f.seek(SeekFrom::End(-4))?;
        f.read_exact(&mut tail)?;
    }
    tail_magic((len >= 12).then_some(&tail))?;
    f.rewind()?;
    Ok(SerializedFileReader::new(f)?)
}

/// Opens a file held in memory, its magic numbers checked first as [`open`] does.
fn open_bytes(bytes: Bytes) -> Result<SerializedFileReader<Bytes>, Fault> {
    let n = bytes.len();
    head_magic(bytes.get(..4).ok_or(Fault::NotParquet)?)?;
    tail_magic((n >= 12).then(|| &bytes[n - 4..]))?;
    Ok(SerializedFileReader::new(bytes)?)
}

/// The first four bytes of a file: a Parquet file's (`PAR1`), an encrypted one's (`PARE`), or
/// another file's.
fn head_magic(head: &[u8]) -> Result<(), Fault> {
    match head {
        b"PAR1" => Ok(()),
        b"PARE" => Err(Fault::Encrypted),
        _ => Err(Fault::NotParquet),
    }
}

/// The last four bytes of a file of 12 bytes or more (`None` for a shorter one): a whole
/// Parquet file's, an encrypted one's, or a truncated one's.
fn tail_magic(tail: Option<&[u8]>) -> Result<(), Fault> {
    match tail {
        Some(b"PAR1") => Ok(()),
        Some(b"PARE") => Err(Fault::Encrypted),
        _ => Err(Fault::Truncated),
    }
}

/// The problem of the whole file (`read_failed`: the file itself could not be read).
fn whole(m: Message, read_failed: bool) -> CsvErrors {
    let mut p = Problems::default();
    p.push(at_line(0, m));
    p.into_errors(read_failed)
}
