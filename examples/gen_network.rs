//! Writes the synthetic network of the `network` benchmark (`benches/synthetic.rs`, the same
//! seed) to a file, for measuring the whole `gia assess --network` process (time and peak
//! memory) on the 10,000-organisation network of BENCHMARKS.md.
//!
//! ```sh
//! cargo run --release --example gen_network -- 10000 /tmp/network-10k.json
//! /usr/bin/time -v target/release/gia assess --network /tmp/network-10k.json \
//!     --format ndjson > /dev/null
//! ```

use std::process::ExitCode;

#[path = "../benches/synthetic.rs"]
mod synthetic;

/// The benchmark's seed (`benches/network.rs`).
const SEED: u64 = 0x6765_6e64_6572;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: gen_network ORGANISATIONS FILE");
        return ExitCode::from(2);
    };
    let Ok(n) = n.parse::<usize>() else {
        eprintln!("gen_network: not a number of organisations: {n}");
        return ExitCode::from(2);
    };
    match std::fs::write(path, synthetic::network(n, SEED, None)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_network: cannot write {path}: {e}");
            ExitCode::FAILURE
        }
    }
}
