//! The HTML report in a real browser: headless Chromium renders it to a PNG and dumps its DOM.
//! The PNG must not be blank and the DOM must hold the three charts.
//!
//! `.ci/run` installs Debian's `chromium` when `/usr/bin/chromium` is missing. Without it this
//! test FAILS, loudly, unless `GIA_SKIP_BROWSER=1` is set, in which case it prints a warning
//! that the browser check did not run.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use gender_impact::i18n::Lang;

const CHROMIUM: &str = "/usr/bin/chromium";

pub(crate) fn chromium_or_skip() -> Option<&'static Path> {
    let path = Path::new(CHROMIUM);
    if path.exists() {
        return Some(path);
    }
    let msg = format!(
        "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\
         !!! {CHROMIUM} is missing: the HTML report was NOT checked in a browser.\n\
         !!! Install it with `apt-get install -y chromium` (.ci/run does).\n\
         !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
    );
    if std::env::var_os("GIA_SKIP_BROWSER").is_some() {
        eprintln!("{msg}(GIA_SKIP_BROWSER is set: skipped)");
        None
    } else {
        panic!("{msg}");
    }
}

/// What Chromium printed, and whether it succeeded.
pub(crate) struct Output {
    pub(crate) status: std::process::ExitStatus,
    pub(crate) stdout: Vec<u8>,
    pub(crate) stderr: Vec<u8>,
}

/// Runs Chromium headless with the flags that keep it off the network, killed after 90 s. Its
/// output goes to files, not pipes: a DOM dump larger than a pipe's buffer would otherwise block
/// Chromium while this waits for it to exit.
pub(crate) fn chromium(bin: &Path, dir: &Path, extra: &[String], url: &str) -> Output {
    let profile = dir.join(format!("profile-{}", extra.len()));
    let out_path = dir.join(format!("stdout-{}", extra.len()));
    let err_path = dir.join(format!("stderr-{}", extra.len()));
    let mut child = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).expect("stdout file"))
        .stderr(std::fs::File::create(&err_path).expect("stderr file"))
        .spawn()
        .expect("chromium starts");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("chromium runs") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            panic!("chromium did not finish within 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    Output {
        status,
        stdout: std::fs::read(&out_path).expect("chromium's stdout"),
        stderr: std::fs::read(&err_path).expect("chromium's stderr"),
    }
}

fn temp_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gia-browser-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn chromium_renders_the_report_with_its_charts() {
    let Some(bin) = chromium_or_skip() else {
        return;
    };
    let dir = temp_dir();
    // Disclosure control off, so that the staff pyramid is on the page too (with the default
    // k = 5 every Metropolis grade is withheld).
    let a = gender_impact::Assessor::new()
        .disclosure(gender_impact::assessment::DisclosurePolicy {
            k: 0,
            protect_bodies: false,
        })
        .assess(&gender_impact::metropolis_2023())
        .unwrap();
    for lang in [Lang::En, Lang::Fr] {
        let page = dir.join(format!("report.{lang}.html"));
        std::fs::write(&page, gender_impact::report::html(&a, lang)).unwrap();
        let url = format!("file://{}", page.display());

        // The DOM as the browser built it.
        let out = chromium(bin, &dir, &["--dump-dom".to_string()], &url);
        assert!(
            out.status.success(),
            "chromium --dump-dom failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let dom = String::from_utf8_lossy(&out.stdout);
        // Two bodies, the pyramid, and the two series of the progress section (board and
        // presidency over 2023 and the 2024-2026 plan period, which the dataset's targets name).
        assert_eq!(dom.matches("<svg").count(), 5, "{lang}: charts in the DOM");
        assert!(dom.contains("role=\"img\""));
        assert!(dom.contains(&format!("<html lang=\"{}\">", lang.code())));

        // A screenshot that is not blank: many non-white pixels, some in the chart colour.
        let png = dir.join(format!("report.{lang}.png"));
        let out = chromium(
            bin,
            &dir,
            &[
                format!("--screenshot={}", png.display()),
                "--window-size=900,2400".to_string(),
            ],
            &url,
        );
        assert!(
            out.status.success(),
            "chromium --screenshot failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let decoder =
            png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png).unwrap()));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        assert_eq!((info.width, info.height), (900, 2400));
        let channels = info.color_type.samples();
        assert!(channels >= 3);
        let (mut ink, mut purple) = (0usize, 0usize);
        for px in buf[..info.buffer_size()].chunks(channels) {
            let (r, g, b) = (px[0], px[1], px[2]);
            if r < 200 || g < 200 || b < 200 {
                ink += 1;
            }
            // The women's bars: #6a3d9a.
            if (r as i32 - 0x6a).abs() < 12
                && (g as i32 - 0x3d).abs() < 12
                && (b as i32 - 0x9a).abs() < 12
            {
                purple += 1;
            }
        }
        let total = (info.width * info.height) as usize;
        eprintln!("{lang}: {ink} of {total} pixels inked, {purple} in the bars' colour");
        assert!(
            ink > total / 50,
            "{lang}: the page looks blank ({ink} of {total} pixels inked)"
        );
        assert!(
            purple > 2_000,
            "{lang}: no chart bars on the page ({purple} pixels)"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
