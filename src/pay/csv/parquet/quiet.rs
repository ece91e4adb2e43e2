//! Catching the `parquet` crate's panics on damaged pages without printing them.
//!
//! A panic goes through the process's panic hook (which prints it to standard error) before it
//! unwinds to [`std::panic::catch_unwind`]. So the first call of [`catch`] wraps the hook in
//! place then (whatever it is: the default one, or one the application set before) in one that
//! stays silent for a panic on a thread that is inside [`catch`], and hands every other panic
//! to the hook it wrapped, unchanged. A hook the application sets later replaces this one (its
//! own choice); nothing else changes.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// This thread is inside [`catch`].
    static INSIDE: Cell<bool> = const { Cell::new(false) };
}

static WRAP: Once = Once::new();

/// Runs `f`, giving its panic back as an error instead of unwinding further, without the panic
/// hook printing it.
pub(super) fn catch<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    WRAP.call_once(|| {
        let outer = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !INSIDE.with(Cell::get) {
                outer(info);
            }
        }));
    });
    let was = INSIDE.with(|i| i.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    INSIDE.with(|i| i.set(was));
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_inside_is_an_error_and_the_value_otherwise() {
        assert_eq!(catch(|| 7).ok(), Some(7));
        let caught = catch(|| -> u8 { panic!("a damaged page") });
        let payload = caught.unwrap_err();
        assert_eq!(payload.downcast_ref::<&str>(), Some(&"a damaged page"));
        // Back outside: the flag is down again.
        assert!(!INSIDE.with(Cell::get));
    }
}
