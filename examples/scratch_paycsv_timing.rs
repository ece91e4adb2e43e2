use gender_impact::pay::csv::{CsvOptions, read_workers};
use std::time::Instant;
fn main() {
    let text = std::fs::read("data/montgomery-county-employee-salaries-2023.csv").unwrap();
    let nl = text.iter().position(|&b| b == b'\n').unwrap() + 1;
    let mut data = text.clone();
    for _ in 1..100 {
        data.extend_from_slice(&text[nl..]);
    }
    println!("{} bytes", data.len());
    let o = CsvOptions::montgomery();
    for _ in 0..5 {
        let t = Instant::now();
        let n = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(&data[..])
            .byte_records()
            .count();
        let raw = t.elapsed();
        let t = Instant::now();
        let pay = read_workers(&data[..], &o).unwrap();
        let d = t.elapsed();
        println!(
            "raw csv {n} records {:?}; read_workers {} workers {:?}",
            raw,
            pay.workers.len(),
            d
        );
    }
}
