//! Fuzzing of the command line, as a property: whatever the arguments (subcommands, flags and
//! values drawn from `gia`'s own vocabulary, mixed with hostile strings), `gia` ends with exit
//! code 0, 1 or 2, never panics (Rust's panic exit code is 101), prints no pay value of the
//! payroll it is given, and leaves no file behind where it was not asked to write.

use std::process::{Command, Stdio};

use proptest::prelude::*;

const WORDS: &[&str] = &[
    "validate",
    "assess",
    "schema",
    "framework",
    "pay",
    "help",
    "input",
    "network",
    "metropolis",
    "eu-gender-balance",
    "--network",
    "--format",
    "json",
    "markdown",
    "ndjson",
    "--fields",
    "indicators",
    "full",
    "--framework",
    "--interval",
    "wilson",
    "clopper-pearson",
    "jeffreys",
    "--level",
    "--reference",
    "--min-cell",
    "--protect-bodies",
    "--show-names",
    "--preset",
    "montgomery",
    "--gender",
    "--annual-pay",
    "--variable-pay",
    "--hourly-pay",
    "--weekly-hours",
    "--default-weekly-hours",
    "--bonus-pay",
    "--category",
    "--grade",
    "--fte",
    "--full-pay",
    "--missing",
    "--delimiter",
    "--seed",
    "--no-inference",
    "--justifications",
    "--example",
    "--help",
    "--version",
    "tests/fixtures/csv/ok-bom.csv",
    "tests/fixtures/csv/negative-pay.csv",
    "tests/fixtures/valid/minimal.json",
    "tests/fixtures/invalid/enum-gender.json",
    "tests/bad-input/framework/no-pillars.json",
    "tests/bad-input/input/deep-nesting.json",
    "data/metropolis-2023.json",
    "0",
    "1",
    "0.95",
    "-1",
    "1e400",
    "NaN",
    "inf",
    "",
    " ",
    "tab",
    ";",
    "\u{0}",
    "é",
    "--",
];

fn argument() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(WORDS).prop_map(str::to_string),
        1 => "[ -~]{0,12}",
        1 => "\\PC{0,6}",
        1 => (1usize..5000).prop_map(|n| "x".repeat(n)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_command_line_ends_cleanly(args in prop::collection::vec(argument(), 0..7)) {
        // NUL cannot be passed in an argument; everything else can.
        prop_assume!(args.iter().all(|a| !a.contains('\0')));
        let dir = std::env::temp_dir().join(format!("gia-cli-args-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let root = env!("CARGO_MANIFEST_DIR");
        // Files named by the arguments are found from the project root; anything written
        // (there should be nothing: `--out` is not in the vocabulary) would land in `dir`.
        let args_abs: Vec<String> = args
            .iter()
            .map(|a| if a.starts_with("tests/") || a.starts_with("data/") { format!("{root}/{a}") } else { a.clone() })
            .collect();
        let out = Command::new(env!("CARGO_BIN_EXE_gia"))
            .args(&args_abs)
            .current_dir(&dir)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let code = out.status.code();
        let stderr = String::from_utf8_lossy(&out.stderr);
        prop_assert!(matches!(code, Some(0..=2)), "{:?}: exit {:?}\n{}", args, code, stderr);
        prop_assert!(!stderr.contains("panicked"), "{:?}: {}", args, stderr);
        // The amounts of the payrolls in the vocabulary: none is echoed in a message.
        for amount in ["48123.45", "51234.5", "49876.125", "1200.5", "250.75"] {
            prop_assert!(!stderr.contains(amount), "{:?}: {}", args, stderr);
        }
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        prop_assert!(left.is_empty(), "{:?} wrote {:?}", args, left);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
