//! Gender codes as payroll systems write them, in seven languages.
//!
//! Each distinct cell of the gender column is noted once, with the line where it first appears
//! and how many rows hold it; rows keep the code's index. At the end of the file the codes are
//! read together, because a letter means something only beside the others: `F`/`M` are
//! female/male, `F`/`H` femme/homme, `W`/`M` weiblich/männlich, `D`/`H` dona/home (Catalan), but
//! `M`/`H` is either mujer/hombre (Spanish) or male/homme, so it is refused until
//! `--gender-code` says what each letter means. Words are matched in any case and without their
//! accents: `femme`, `Mujer`, `Frau`, `donna`, `mulher`, `dona`, `female`, `männlich`…

use crate::i18n::Message;
use crate::model::Gender;

/// Most distinct gender codes in one file: more means the column does not hold gender codes.
pub(super) const MAX_CODES: usize = 64;

/// The words accepted for each gender (compared folded: lower case, no accents, `-`
/// and `_` as spaces), in English, French, Spanish, German, Italian, Portuguese and Catalan.
pub const GENDER_WORDS: &[(Gender, &[&str])] = &[
    (
        Gender::Woman,
        &[
            "woman",
            "women",
            "female",
            "femme",
            "femmes",
            "feminin",
            "mujer",
            "mujeres",
            "femenino",
            "femenina",
            "frau",
            "frauen",
            "weiblich",
            "donna",
            "donne",
            "femmina",
            "femminile",
            "mulher",
            "mulheres",
            "feminino",
            "feminina",
            "dona",
            "dones",
            "femeni",
        ],
    ),
    (
        Gender::Man,
        &[
            "man",
            "men",
            "male",
            "homme",
            "hommes",
            "masculin",
            "hombre",
            "hombres",
            "masculino",
            "mann",
            "manner",
            "mannlich",
            "uomo",
            "uomini",
            "maschio",
            "maschile",
            "homem",
            "homens",
            "home",
            "homes",
            "masculi",
        ],
    ),
    (
        Gender::NonBinary,
        &[
            "non binary",
            "nonbinary",
            "nb",
            "non binaire",
            "no binario",
            "no binaria",
            "nicht binar",
            "divers",
            "non binario",
            "nao binario",
            "no binari",
        ],
    ),
    (
        Gender::Undisclosed,
        &[
            "undisclosed",
            "unknown",
            "prefer not to say",
            "not stated",
            "non renseigne",
            "non communique",
            "inconnu",
            "desconocido",
            "no consta",
            "unbekannt",
            "keine angabe",
            "sconosciuto",
            "non dichiarato",
            "desconhecido",
            "nao declarado",
            "desconegut",
        ],
    ),
];

/// A distinct cell of the gender column.
#[derive(Debug, Clone)]
struct Code {
    /// The cell, trimmed (lossy UTF-8: only ever quoted when it is short and holds no digit).
    text: String,
    /// Where it first appears.
    line: u64,
    /// How many rows hold it.
    rows: u64,
}

/// The distinct codes of the gender column, in order of first appearance.
#[derive(Debug, Default)]
pub(super) struct Genders {
    codes: Vec<Code>,
    /// Trimmed cell bytes → index in `codes`.
    seen: Vec<(Vec<u8>, u8)>,
    /// More distinct codes than [`MAX_CODES`] were met (then none is quoted).
    overflow: bool,
    /// One-byte cells (untrimmed) → index + 1 in `codes`; 0 for a byte not met yet.
    one_byte: OneByte,
}

/// The index (+ 1) of each one-byte code met.
#[derive(Debug)]
struct OneByte([u8; 256]);

impl Default for OneByte {
    fn default() -> Self {
        OneByte([0; 256])
    }
}

impl std::ops::Index<usize> for OneByte {
    type Output = u8;
    fn index(&self, i: usize) -> &u8 {
        &self.0[i]
    }
}

impl std::ops::IndexMut<usize> for OneByte {
    fn index_mut(&mut self, i: usize) -> &mut u8 {
        &mut self.0[i]
    }
}

/// Why the codes could not all be read: the code's line and the message.
pub(super) type CodeProblem = (u64, Message);

impl Genders {
    /// The index of this cell's code; `Err` (for the first one only) when the column has too
    /// many distinct codes.
    #[inline]
    pub(super) fn index(&mut self, cell: &[u8], line: &dyn Fn() -> u64) -> Result<u8, Message> {
        // The common cell, one byte (`F`, `M`): its index straight from a table.
        if let [b] = cell {
            let i = self.one_byte[usize::from(*b)];
            if i != 0 {
                self.codes[usize::from(i - 1)].rows += 1;
                return Ok(i - 1);
            }
        }
        self.index_slow(cell, line)
    }

    fn index_slow(&mut self, cell: &[u8], line: &dyn Fn() -> u64) -> Result<u8, Message> {
        let cell = cell.trim_ascii();
        if let Some(k) = self.seen.iter().position(|(c, _)| c.as_slice() == cell) {
            let i = self.seen[k].1;
            self.codes[usize::from(i)].rows += 1;
            return Ok(i);
        }
        if self.codes.len() >= MAX_CODES {
            if self.overflow {
                return Ok(0); // said once; the file is refused
            }
            self.overflow = true;
            return Err(Message::new("csv-gender-too-many").count("max", MAX_CODES as u64));
        }
        let i = self.codes.len() as u8;
        self.codes.push(Code {
            text: String::from_utf8_lossy(cell).into_owned(),
            line: line(),
            rows: 1,
        });
        self.seen.push((cell.to_vec(), i));
        if let [b] = cell {
            self.one_byte[usize::from(*b)] = i + 1;
        }
        Ok(i)
    }

    /// The gender of every code (by index), or the problems: unknown codes, empty cells and
    /// letters whose language cannot be told. `overrides` (from `--gender-code`) win.
    pub(super) fn resolve(
        &self,
        overrides: &[(String, Gender)],
    ) -> Result<Vec<Gender>, Vec<CodeProblem>> {
        let letters: Vec<char> = self
            .codes
            .iter()
            .filter_map(|c| single_letter(&c.text))
            .filter(|l| !overridden(overrides, &l.to_string()))
            .collect();
        let mut out = Vec::with_capacity(self.codes.len());
        let mut problems = Vec::new();
        let mut ambiguous = Vec::new();
        for code in &self.codes {
            let found = override_of(overrides, &code.text)
                .map(Ok)
                .or_else(|| word(&code.text).map(Ok))
                .or_else(|| single_letter(&code.text).and_then(|l| letter(l, &letters)));
            match found {
                Some(Ok(g)) => out.push(g),
                Some(Err(())) => ambiguous.push(code),
                None if self.overflow => {}
                None => problems.push((code.line, unknown(code))),
            }
            if found.is_none_or(|f| f.is_err()) {
                out.push(Gender::Undisclosed); // never used: the file is refused
            }
        }
        if let Some(first) = ambiguous.first() {
            problems.push((first.line, ambiguous_letters(&letters)));
        }
        if problems.is_empty() && !self.overflow {
            Ok(out)
        } else {
            problems.sort_by_key(|p| p.0);
            Err(problems)
        }
    }
}

/// Lower case, accents removed, `-` and `_` as spaces, spaces collapsed, a final `.` dropped.
pub(super) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text
        .trim()
        .trim_end_matches('.')
        .chars()
        .flat_map(char::to_lowercase)
    {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            '-' | '_' => ' ',
            c => c,
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    out.trim_end().to_string()
}

fn word(text: &str) -> Option<Gender> {
    let f = fold(text);
    GENDER_WORDS
        .iter()
        .find(|(_, words)| words.contains(&f.as_str()))
        .map(|(g, _)| *g)
}

fn single_letter(text: &str) -> Option<char> {
    let f = fold(text);
    let mut chars = f.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphabetic() => Some(c),
        _ => None,
    }
}

fn overridden(overrides: &[(String, Gender)], text: &str) -> bool {
    override_of(overrides, text).is_some()
}

fn override_of(overrides: &[(String, Gender)], text: &str) -> Option<Gender> {
    let f = fold(text);
    overrides
        .iter()
        .find(|(c, _)| fold(c) == f)
        .map(|(_, g)| *g)
}

/// A one-letter code read beside the other letters of the column; `Err` when its language
/// cannot be told, `None` for a letter no language here uses.
fn letter(l: char, letters: &[char]) -> Option<Result<Gender, ()>> {
    let has = |c: char| letters.contains(&c);
    Some(match l {
        'f' | 'w' => Ok(Gender::Woman),
        'h' => Ok(Gender::Man),
        // M is male (English, German, Italian, Portuguese) unless H stands beside it (mujer).
        'm' if has('h') => Err(()),
        'm' => Ok(Gender::Man),
        // D is dona beside H (Catalan), divers beside W or M (German).
        'd' if has('h') && !has('m') && !has('w') => Ok(Gender::Woman),
        'd' if (has('w') || has('m')) && !has('h') => Ok(Gender::NonBinary),
        'd' => Err(()),
        'x' => Ok(Gender::NonBinary),
        'u' => Ok(Gender::Undisclosed),
        _ => return None,
    })
}

/// An unknown code, quoted when it is short, holds no digit (never a pay value) and is in two
/// rows or more, or has at most three characters (a value in one row could be a person's name).
fn unknown(code: &Code) -> Message {
    let rows = code.rows;
    if code.text.is_empty() {
        return Message::new("csv-gender-code-empty").count("rows", rows);
    }
    // A code repeats; a value in one row only could be a person's name (personal data).
    let chars = code.text.chars().count();
    let quotable =
        chars <= 24 && !code.text.chars().any(|c| c.is_numeric()) && (chars <= 3 || code.rows >= 2);
    if quotable {
        Message::new("csv-gender-code-unknown")
            .text("code", code.text.clone())
            .count("rows", rows)
    } else {
        Message::new("csv-gender-code-unquoted").count("rows", rows)
    }
}

fn ambiguous_letters(letters: &[char]) -> Message {
    let found: Vec<String> = letters
        .iter()
        .filter(|l| "fwhmdxu".contains(**l))
        .map(|l| l.to_ascii_uppercase().to_string())
        .collect();

    let example: Vec<String> = found
        .iter()
        .map(|c| format!("--gender-code {c}=…"))
        .collect();
    Message::new("csv-gender-ambiguous")
        .text("codes", found.join(", "))
        .text("example", example.join(" "))
}

#[cfg(test)]
mod tests {
    use super::{Genders, fold};
    use crate::model::Gender::{self, Man, NonBinary, Undisclosed, Woman};

    fn read(cells: &[&str], overrides: &[(&str, Gender)]) -> Result<Vec<Gender>, Vec<u64>> {
        let mut g = Genders::default();
        let ix: Vec<u8> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| g.index(c.as_bytes(), &|| i as u64 + 2).unwrap())
            .collect();
        let o: Vec<(String, Gender)> = overrides.iter().map(|(c, g)| (c.to_string(), *g)).collect();
        g.resolve(&o)
            .map(|t| ix.iter().map(|&i| t[usize::from(i)]).collect())
            .map_err(|ps| ps.iter().map(|p| p.0).collect())
    }

    #[test]
    fn words_in_seven_languages() {
        let cells = [
            "Femme",
            "HOMME",
            "mujer",
            "Hombre",
            "Frau",
            "Männlich",
            "donna",
            "uomo",
        ];
        let want = [Woman, Man, Woman, Man, Woman, Man, Woman, Man];
        assert_eq!(read(&cells, &[]).unwrap(), want);
        let more = [
            "mulher",
            "homem",
            "dona",
            "home",
            "Non-binaire",
            "non renseigné",
        ];
        assert_eq!(
            read(&more, &[]).unwrap(),
            [Woman, Man, Woman, Man, NonBinary, Undisclosed]
        );
        assert_eq!(fold(" Non_Binaire. "), "non binaire");
    }

    #[test]
    fn letters_by_their_set() {
        assert_eq!(read(&["F", "M", "m"], &[]).unwrap(), [Woman, Man, Man]);
        assert_eq!(read(&["F", "H"], &[]).unwrap(), [Woman, Man]);
        assert_eq!(
            read(&["W", "M", "D"], &[]).unwrap(),
            [Woman, Man, NonBinary]
        );
        assert_eq!(read(&["D", "H"], &[]).unwrap(), [Woman, Man]);
        // M beside H: mujer or male; refused at the line of the first M.
        assert_eq!(read(&["H", "M", "M"], &[]), Err(vec![3]));
        let o = [("M", Woman), ("h", Man)];
        assert_eq!(read(&["H", "M"], &o).unwrap(), [Man, Woman]);
    }

    #[test]
    fn unknown_and_empty_codes_are_problems_at_their_first_line() {
        assert_eq!(read(&["F", "Q", "", "Q"], &[]), Err(vec![3, 4]));
        assert_eq!(
            read(&["F", ""], &[("", Undisclosed)]).unwrap(),
            [Woman, Undisclosed]
        );
    }
}
