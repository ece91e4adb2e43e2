//! `gia init`: the template it writes (JSON or workbook) validates and assesses in each
//! language; it never writes over a file without `--force`, and asks for a `.json` or `.xlsx`
//! name.

use crate::support::gia;

fn dir() -> std::path::PathBuf {
    crate::support::scratch_dir("cli-init")
}

#[test]
fn the_template_validates_and_assesses_in_every_language() {
    for (lang, board) in [
        ("en", "Board of directors"),
        ("fr", "Conseil d’administration"),
        ("es", "Junta directiva"),
    ] {
        for ext in ["json", "xlsx"] {
            template_works(lang, board, ext);
        }
    }
}

fn template_works(lang: &str, board: &str, ext: &str) {
    {
        let path = dir().join(format!("template-{lang}.{ext}"));
        let _ = std::fs::remove_file(&path);
        let p = path.to_str().unwrap();
        let out = gia(&["--lang", lang, "init", p]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = if ext == "json" {
            std::fs::read_to_string(&path).unwrap()
        } else {
            let json = dir().join(format!("template-{lang}-back.json"));
            let _ = std::fs::remove_file(&json);
            let c = gia(&["convert", p, json.to_str().unwrap()]);
            assert!(c.status.success(), "{}", String::from_utf8_lossy(&c.stderr));
            std::fs::read_to_string(&json).unwrap()
        };
        assert!(text.contains(board), "{lang} {ext}");
        let v = gia(&["validate", p]);
        assert_eq!(String::from_utf8_lossy(&v.stdout), "valid\n", "{lang}");
        let a = gia(&["--lang", lang, "assess", p, "--format", "json"]);
        assert!(a.status.success(), "{lang}");
        let json: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
        // Three women among the board's six members (the template's rows).
        let share = json["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == "body.board.women_share")
            .unwrap();
        assert_eq!(
            (share["numerator"].as_u64(), share["denominator"].as_u64()),
            (Some(3), Some(6))
        );
    }
}

#[test]
fn init_does_not_overwrite_and_wants_json_or_xlsx() {
    let path = dir().join("kept.json");
    std::fs::write(&path, "my records").unwrap();
    let p = path.to_str().unwrap();
    let out = gia(&["init", p]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "my records");
    assert!(gia(&["init", p, "--force"]).status.success());
    assert_ne!(std::fs::read_to_string(&path).unwrap(), "my records");
    let x = dir().join("book.csv");
    let out = gia(&["init", x.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!x.exists());
}
