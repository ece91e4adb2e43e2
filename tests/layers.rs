//! The house stays in layers: every `crate::…` path in `src/` (in `use` declarations, groups
//! expanded, and inline) names a top-level module of a lower layer, never one above, never a
//! sibling of the same layer (except at the bottom, where `i18n`, `stats` and `limits` may use
//! each other). Test code at the end of a file (`#[cfg(test)]`) is not read.
//!
//! The layers, from the bottom (see the crate documentation for what each holds):
//! 0. `i18n`, `stats`, `limits`; 1. `model`; 2. `document`, `law`; 3. `indicators`, `pay`;
//! 4. `assessment`; 5. `report`. `src/bin/gia.rs` uses the public API only.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The layer of each top-level module.
const LAYERS: [(&str, u8); 10] = [
    ("i18n", 0),
    ("stats", 0),
    ("limits", 0),
    ("model", 1),
    ("document", 2),
    ("law", 2),
    ("indicators", 3),
    ("pay", 3),
    ("assessment", 4),
    ("report", 5),
];

fn layer(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

/// Whether code in `from` may name `to`.
fn allowed(from: &str, to: &str) -> bool {
    match (layer(from), layer(to)) {
        (Some(f), Some(t)) => t < f || (f == 0 && t == 0) || from == to,
        _ => false,
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The text without string and character literals' contents, comments, and the test module at
/// the end of the file.
fn code_of(src: &str) -> String {
    let src = src.split("\n#[cfg(test)]").next().unwrap_or("");
    let chars: Vec<char> = src.chars().collect();
    let (mut out, mut i) = (String::new(), 0);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !word_before(&chars, i) {
            i = skip_raw_string(&chars, i);
            out.push_str("\"\"");
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn word_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// Skips `r"…"`, `r#"…"#` and the like from the `r` at `i`; returns the index after it.
fn skip_raw_string(chars: &[char], i: usize) -> usize {
    let mut j = i + 1;
    let mut hashes = 0;
    while j < chars.len() && chars[j] == '#' {
        hashes += 1;
        j += 1;
    }
    if chars.get(j) != Some(&'"') {
        return i + 1; // not a raw string (e.g. `r#ident`)
    }
    j += 1;
    while j < chars.len() {
        if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
            return j + 1 + hashes;
        }
        j += 1;
    }
    j
}

/// `crate::{a::{B, C}, d}` gives `crate::a::B`, `crate::a::C`, `crate::d`.
fn expand(path: &str) -> Vec<String> {
    let Some(open) = path.find('{') else {
        return vec![path.to_string()];
    };
    let (mut depth, mut close) = (0, path.len() - 1);
    for (j, ch) in path.char_indices().skip(open) {
        depth += i32::from(ch == '{') - i32::from(ch == '}');
        if depth == 0 {
            close = j;
            break;
        }
    }
    let (head, body, tail) = (&path[..open], &path[open + 1..close], &path[close + 1..]);
    let (mut items, mut cur, mut depth) = (Vec::new(), String::new(), 0);
    for ch in body.chars() {
        if ch == ',' && depth == 0 {
            items.push(std::mem::take(&mut cur));
            continue;
        }
        depth += i32::from(ch == '{') - i32::from(ch == '}');
        cur.push(ch);
    }
    items.push(cur);
    items
        .iter()
        .filter(|it| !it.trim().is_empty())
        .flat_map(|it| expand(&format!("{head}{}{tail}", it.trim())))
        .collect()
}

/// The top-level modules a file's code names through `crate::`.
fn targets(code: &str) -> BTreeSet<String> {
    let mut paths = Vec::new();
    let bytes = code.as_bytes();
    for (pos, _) in code.match_indices("use ") {
        if pos > 0 && (bytes[pos - 1].is_ascii_alphanumeric() || bytes[pos - 1] == b'_') {
            continue; // part of a word (`because `)
        }
        let decl = code[pos + 4..].split(';').next().unwrap_or("");
        if decl.starts_with("crate::") || decl.starts_with("crate ::") {
            let decl: String = decl.split_whitespace().collect();
            paths.extend(expand(&decl));
        }
    }
    for (pos, _) in code.match_indices("crate::") {
        let before = pos.checked_sub(1).map(|p| bytes[p] as char);
        if before.is_some_and(|b| b.is_alphanumeric() || b == '_' || b == ':') {
            continue;
        }
        let rest: String = code[pos..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        paths.push(rest);
    }
    paths
        .iter()
        .filter_map(|p| p.strip_prefix("crate::"))
        .filter_map(|p| p.split("::").next())
        .filter(|m| !m.is_empty() && m.chars().next().is_some_and(char::is_lowercase))
        .map(str::to_string)
        .collect()
}

fn top_module(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    match first {
        "bin" | "lib.rs" | "main.rs" => None,
        f => Some(f.trim_end_matches(".rs").to_string()),
    }
}

#[test]
fn no_module_imports_upward_or_sideways() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    let mut modules = BTreeSet::new();
    for file in &files {
        let Some(from) = top_module(&src, file) else {
            continue;
        };
        modules.insert(from.clone());
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        for to in targets(&code) {
            if !allowed(&from, &to) {
                wrong.push(format!("{}: {from} -> {to}", file.display()));
            }
        }
    }
    let known: BTreeSet<String> = LAYERS.iter().map(|(m, _)| m.to_string()).collect();
    assert_eq!(
        modules, known,
        "every top-level module has a layer in LAYERS"
    );
    assert!(
        wrong.is_empty(),
        "imports across the layers:\n{}",
        wrong.join("\n")
    );
}

/// The checker itself finds an upward import, inside a group, and ignores comments, strings and
/// test code.
#[test]
fn the_checker_sees_grouped_and_inline_paths_only_in_code() {
    let code = code_of(
        "use crate::{model::Input, report::{html, json}};\n\
         // use crate::bin::Nothing;\n\
         let s = \"crate::string::Not\"; let r = r#\"crate::raw::Not\"#;\n\
         fn f() { crate::assessment::Assessor::new(); }\n\
         #[cfg(test)]\nmod tests { use crate::tested::X; }",
    );
    let found: Vec<String> = targets(&code).into_iter().collect();
    assert_eq!(found, ["assessment", "model", "report"]);
    assert!(allowed("report", "assessment"));
    assert!(!allowed("model", "document"));
    assert!(!allowed("pay", "indicators"));
    assert!(allowed("stats", "i18n"));
}
