//! Pay: the payroll CSV reader, pay disclosure control, inference (bootstrap, permutation,
//! decomposition), pay input documents, the UK figures and the pay properties.
//!
//! One test binary for this concern (each file of `tests/pay/` is a module of it), sharing
//! the helpers of `tests/support/mod.rs`.

mod support;

#[path = "pay/adjusted.rs"]
mod adjusted;

#[path = "pay/by_employer.rs"]
mod by_employer;

#[path = "pay/egapro.rs"]
mod egapro;

#[path = "pay/large_payroll.rs"]
mod large_payroll;

#[path = "pay/logib.rs"]
mod logib;

#[path = "pay/pay_assumptions.rs"]
mod pay_assumptions;

#[path = "pay/pay_csv.rs"]
mod pay_csv;

#[path = "pay/pay_disclosure.rs"]
mod pay_disclosure;

#[path = "pay/pay_inference.rs"]
mod pay_inference;

#[path = "pay/pay_input.rs"]
mod pay_input;

#[cfg(feature = "parquet")]
#[path = "pay/pay_parquet.rs"]
mod pay_parquet;

#[path = "pay/pay_people_files.rs"]
mod pay_people_files;

#[path = "pay/pay_properties.rs"]
mod pay_properties;

#[path = "pay/regression_reference.rs"]
mod regression_reference;

#[path = "pay/pay_uk.rs"]
mod pay_uk;

#[path = "pay/registro.rs"]
mod registro;
