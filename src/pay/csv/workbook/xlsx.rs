//! The fast path for XLSX sheets: the archive opened with `zip`, the sheet's XML found through
//! the workbook's relationships and read by [`SheetXml`]. `Err(())` leaves the sheet to
//! calamine (whose reading of the workbook already succeeded).

use std::fs::File;
use std::io::Read;
use std::path::Path;

use quick_xml::events::Event;
use zip::ZipArchive;

use super::inflate;
use super::read::{Outcome, read_rows};
use super::shared_strings::SharedStrings;
use super::sheet_xml::SheetXml;
use crate::pay::csv::options::CsvOptions;

/// The largest workbook part (`xl/workbook.xml`, its relationships) read whole.
const MAX_PART: u64 = 16 * 1024 * 1024;

/// Reads the sheet `name` of the XLSX file at `path`: inflated on a second thread when the
/// process has more than one core.
pub(super) fn read_xlsx(path: &Path, name: &str, options: &CsvOptions) -> Outcome {
    read_sheet(path, name, options, inflate::worth_a_thread())
}

/// Reads the sheet `name` of the XLSX file at `path`, inflated on a second thread if `thread`.
pub(super) fn read_sheet(path: &Path, name: &str, options: &CsvOptions, thread: bool) -> Outcome {
    let file = File::open(path).map_err(drop)?;
    let mut zip = ZipArchive::new(file).map_err(drop)?;
    let sheet = sheet_path(&mut zip, name).ok_or(())?;
    let strings = match zip.by_name("xl/sharedStrings.xml") {
        Ok(f) => SharedStrings::read(f).map_err(drop)?,
        Err(zip::result::ZipError::FileNotFound) => SharedStrings::default(),
        Err(_) => return Err(()),
    };
    let index = zip.index_for_name(&sheet).ok_or(())?;
    if !thread {
        return rows(zip.by_index(index).map_err(drop)?, &strings, options);
    }
    drop(zip.by_index(index).map_err(drop)?); // it opens: else calamine reads the sheet
    std::thread::scope(|scope| {
        let xml = inflate::on_thread(scope, move |sink| match zip.by_index(index) {
            Ok(xml) => sink.send_all(xml),
            Err(e) => sink.fail(std::io::Error::other(e)),
        });
        rows(xml, &strings, options)
    })
}

/// Reads the rows of the sheet whose XML `xml` gives.
fn rows(xml: impl Read, strings: &SharedStrings, options: &CsvOptions) -> Outcome {
    let mut rows = SheetXml::open(xml, strings).map_err(drop)?;
    read_rows(&mut rows, options)
}

/// The path in the archive of the XML of sheet `name`: its relationship's id in
/// `xl/workbook.xml`, then that relationship's target in `xl/_rels/workbook.xml.rels`.
fn sheet_path(zip: &mut ZipArchive<File>, name: &str) -> Option<String> {
    let workbook = part(zip, "xl/workbook.xml")?;
    let id = find_attr(&workbook, "sheet", ("name", name), |k| {
        k == "r:id" || k.ends_with(":id")
    })?;
    let rels = part(zip, "xl/_rels/workbook.xml.rels")?;
    let target = find_attr(&rels, "Relationship", ("Id", &id), |k| k == "Target")?;
    if target.contains("..") {
        return None;
    }
    Some(match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("xl/{target}"),
    })
}

/// A small part of the archive, whole.
fn part(zip: &mut ZipArchive<File>, path: &str) -> Option<Vec<u8>> {
    let f = zip.by_name(path).ok()?;
    let mut bytes = Vec::new();
    f.take(MAX_PART).read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

/// In the XML `xml`, the value of the attribute named as `wanted` says of the element `tag`
/// whose attribute `key.0` is `key.1`.
fn find_attr(
    xml: &[u8],
    tag: &str,
    key: (&str, &str),
    wanted: impl Fn(&str) -> bool,
) -> Option<String> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    loop {
        let e = match reader.read_event().ok()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == tag => e,
            Event::Eof => return None,
            _ => continue,
        };
        let (mut matches, mut value) = (false, None);
        for a in e.attributes() {
            let a = a.ok()?;
            let v = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()?;
            if a.key.as_ref() == key.0 {
                matches = v == key.1;
            } else if wanted(a.key.as_ref()) {
                value = Some(v.into_owned());
            }
        }
        if matches {
            return value;
        }
    }
}
