//! The bytes before the rows: the text encoding (byte-order mark, UTF-8, UTF-16, Windows-1252)
//! and the field delimiter, both read from the start of the file.
//!
//! Up to [`HEAD`] bytes are read first. A byte-order mark names the encoding; without one, the
//! file is UTF-8 unless those bytes are not valid UTF-8, in which case it is Windows-1252 (what
//! Excel on Windows writes as "CSV"). UTF-16 and Windows-1252 are transcoded to UTF-8 as the rest
//! of the file streams through (encoding_rs); UTF-8 passes through untouched, and a text cell
//! further on that is not UTF-8 is an error naming `--encoding` (never mojibake).
//!
//! The delimiter is the one of `,` `;` tab `|` found most often in the header line, outside
//! quotes (`,` when none is).

use std::io::{self, Chain, Cursor, Read};

use encoding_rs_io::{DecodeReaderBytes, DecodeReaderBytesBuilder};

use super::options::Encoding;

/// How many bytes are read to find the encoding and the delimiter.
pub(super) const HEAD: usize = 64 * 1024;

/// The delimiters tried, in order of preference on a tie.
pub(super) const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

type Rest<R> = Chain<Cursor<Vec<u8>>, R>;

/// The input as UTF-8.
pub(super) enum Decoded<R: Read> {
    /// UTF-8 as it is (after the byte-order mark, if any).
    Utf8(Rest<R>),
    /// Transcoded to UTF-8.
    Transcoded(Box<DecodeReaderBytes<Rest<R>, Vec<u8>>>),
}

impl<R: Read> Read for Decoded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Decoded::Utf8(r) => r.read(buf),
            Decoded::Transcoded(r) => r.read(buf),
        }
    }
}

/// What the start of the file told.
pub(super) struct Opened<R: Read> {
    pub(super) input: Decoded<R>,
    pub(super) encoding: Encoding,
    pub(super) delimiter: u8,
}

/// Reads the head of `reader`, decides the encoding (unless `given`) and the delimiter (unless
/// `delimiter`), and gives the whole input back as UTF-8.
pub(super) fn open<R: Read>(
    mut reader: R,
    given: Option<Encoding>,
    delimiter: Option<u8>,
) -> io::Result<Opened<R>> {
    let mut head = Vec::with_capacity(HEAD);
    (&mut reader).take(HEAD as u64).read_to_end(&mut head)?;
    let (bom, bom_len) = bom(&head);
    let encoding = given.or(bom).unwrap_or_else(|| {
        match std::str::from_utf8(&head) {
            Ok(_) => Encoding::Utf8,
            // Cut in the middle of a character at the end of the head: still UTF-8.
            Err(e) if e.error_len().is_none() => Encoding::Utf8,
            Err(_) => Encoding::Windows1252,
        }
    });
    let skip = if bom == Some(encoding) { bom_len } else { 0 };
    let text = decode_head(&head[skip..], encoding);
    let delimiter = delimiter.unwrap_or_else(|| sniff(&text));
    let rest = Cursor::new(head[skip..].to_vec()).chain(reader);
    let input = match encoding {
        Encoding::Utf8 => Decoded::Utf8(rest),
        other => Decoded::Transcoded(Box::new(
            DecodeReaderBytesBuilder::new()
                .encoding(Some(encoding_of(other)))
                .bom_override(false)
                .build(rest),
        )),
    };
    Ok(Opened {
        input,
        encoding,
        delimiter,
    })
}

fn encoding_of(e: Encoding) -> &'static encoding_rs::Encoding {
    match e {
        Encoding::Utf8 => encoding_rs::UTF_8,
        Encoding::Utf16Le => encoding_rs::UTF_16LE,
        Encoding::Utf16Be => encoding_rs::UTF_16BE,
        Encoding::Windows1252 => encoding_rs::WINDOWS_1252,
    }
}

/// The encoding a byte-order mark names, and the mark's length.
fn bom(head: &[u8]) -> (Option<Encoding>, usize) {
    match head {
        [0xEF, 0xBB, 0xBF, ..] => (Some(Encoding::Utf8), 3),
        [0xFF, 0xFE, ..] => (Some(Encoding::Utf16Le), 2),
        [0xFE, 0xFF, ..] => (Some(Encoding::Utf16Be), 2),
        _ => (None, 0),
    }
}

/// The head as text, for finding the delimiter (lossy: only the delimiters matter).
fn decode_head(head: &[u8], encoding: Encoding) -> String {
    let (text, _) = encoding_of(encoding).decode_without_bom_handling(head);
    text.into_owned()
}

/// The delimiter found most often in the first line, outside quotes; `,` when none is.
pub(super) fn sniff(text: &str) -> u8 {
    let mut counts = [0usize; DELIMITERS.len()];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some(i) = DELIMITERS.iter().position(|&d| d == b) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let best = (0..DELIMITERS.len()).max_by_key(|&i| (counts[i], usize::MAX - i));
    match best {
        Some(i) if counts[i] > 0 => DELIMITERS[i],
        _ => b',',
    }
}

#[cfg(test)]
mod tests {
    use super::{open, sniff};
    use crate::pay::csv::Encoding;
    use std::io::Read;

    #[test]
    fn delimiters_from_the_header() {
        assert_eq!(sniff("gender;annual_pay;grade\nF;1,5;A"), b';');
        assert_eq!(sniff("gender,annual_pay\n"), b',');
        assert_eq!(sniff("gender\tannual_pay|x\n"), b'\t');
        assert_eq!(sniff("\"a;b\",c\n"), b',');
        assert_eq!(sniff("gender\n"), b',');
    }

    fn decoded(bytes: &[u8]) -> (Encoding, String) {
        let mut o = open(bytes, None, None).unwrap();
        let mut s = String::new();
        o.input.read_to_string(&mut s).unwrap();
        (o.encoding, s)
    }

    #[test]
    fn encodings_from_the_bytes() {
        assert_eq!(
            decoded(b"\xEF\xBB\xBFa;b\r\n"),
            (Encoding::Utf8, "a;b\r\n".into())
        );
        // "Clémence" in Windows-1252 (é = 0xE9).
        assert_eq!(
            decoded(b"Cl\xE9mence\n"),
            (Encoding::Windows1252, "Clémence\n".into())
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("é;x\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decoded(&utf16), (Encoding::Utf16Le, "é;x\n".into()));
    }
}
