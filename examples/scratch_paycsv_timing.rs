use gender_impact::pay::csv::{CsvOptions, read_workers};
use std::time::Instant;
fn cpu_ns() -> u64 {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap();
    s.split_whitespace().next().unwrap().parse().unwrap()
}
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
        let (c, t) = (cpu_ns(), Instant::now());
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .buffer_capacity(64 * 1024)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_reader(&data[..]);
        let mut rec = csv::ByteRecord::new();
        let mut n = 0;
        while rdr.read_byte_record(&mut rec).unwrap() {
            n += 1;
        }
        let raw = (cpu_ns() - c) as f64 / 1e6;
        let rw = t.elapsed();
        let (c, t) = (cpu_ns(), Instant::now());
        let pay = read_workers(&data[..], &o).unwrap();
        let full = (cpu_ns() - c) as f64 / 1e6;
        println!(
            "raw csv {n} records: cpu {raw:.0} ms (wall {rw:?}); read_workers {} workers: cpu {full:.0} ms (wall {:?})",
            pay.workers.len(),
            t.elapsed()
        );
        drop(pay);
    }
}
