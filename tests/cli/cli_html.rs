//! `gia assess --format html` and `--lang`: byte-identical files across runs, language checks.

use std::process::{Command, Output};

fn gia(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gia"))
        .args(args)
        .output()
        .expect("gia runs")
}

#[test]
fn html_to_a_file_twice_gives_identical_bytes() {
    let dir = std::env::temp_dir().join(format!("gia-cli-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (a, b) = (dir.join("a.html"), dir.join("b.html"));
    for out in [&a, &b] {
        let o = gia(&[
            "assess",
            "--example",
            "metropolis",
            "--format",
            "html",
            "--lang",
            "fr",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let (x, y) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert_eq!(x, y);
    let page = String::from_utf8(x).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lang_chooses_the_markdown_language_and_json_stays_language_independent() {
    let es = gia(&["assess", "--example", "metropolis", "--lang", "es"]);
    assert!(es.status.success());
    let es = String::from_utf8(es.stdout).unwrap();
    assert!(es.starts_with("# Evaluación del impacto de género"));
    let j1 = gia(&[
        "assess",
        "--example",
        "metropolis",
        "--format",
        "json",
        "--lang",
        "fr",
    ])
    .stdout;
    let j2 = gia(&["assess", "--example", "metropolis", "--format", "json"]).stdout;
    assert_eq!(j1, j2);
    let bad = gia(&["assess", "--example", "metropolis", "--lang", "de"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn network_html_is_one_comparative_page() {
    let one = gender_impact::METROPOLIS_2023_JSON;
    let doc = format!(r#"{{"name": "Two copies", "organisations": [{one}, {one}]}}"#);
    let dir = std::env::temp_dir().join(format!("gia-cli-net-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("net.json");
    std::fs::write(&input, doc).unwrap();
    let o = gia(&[
        "assess",
        "--network",
        "--format",
        "html",
        input.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let page = String::from_utf8(o.stdout).unwrap();
    assert!(page.contains("Comparative gender-impact assessment: Two copies"));
    assert!(page.contains("2 organisations assessed."));
    let _ = std::fs::remove_dir_all(&dir);
}
