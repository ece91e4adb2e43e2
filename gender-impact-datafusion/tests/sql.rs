//! The functions run by DataFusion's SQL over Parquet datasets written for the test: several
//! files, several row groups a file, every employer's rows spread across the files, read with
//! four target partitions, so each figure goes through the partial and the final phase.

mod sql {
    pub mod approx;
    pub mod dataset;
    pub mod errors;
    pub mod exact;
}
