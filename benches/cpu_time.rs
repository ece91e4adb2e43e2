//! CPU time of the benchmark thread, for the CPU-time variants of the benchmarks (included by
//! `#[path]`; cargo also builds it as an empty bench target, as it does `synthetic.rs`).

use std::hint::black_box;
use std::time::Duration;

/// CPU time this thread has run, from `/proc/thread-self/schedstat` (Linux; its first field is
/// nanoseconds on a CPU). Unlike wall time, it leaves out the time other processes take from the
/// core, which matters on a shared machine.
pub fn thread_cpu_time() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Runs `routine` `iters` times and returns the thread CPU time it took (the reading itself,
/// a few microseconds, is outside the loop).
pub fn cpu_time<T>(iters: u64, mut routine: impl FnMut() -> T) -> Duration {
    let start = thread_cpu_time().expect("checked before");
    for _ in 0..iters {
        black_box(routine());
    }
    thread_cpu_time().expect("checked before") - start
}
