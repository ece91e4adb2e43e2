//! Bootstrap benchmark (being written).
fn main() {}
