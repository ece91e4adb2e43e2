//! Catching the `parquet` crate's panics on damaged pages without printing them.
//!
//! A panic goes through the process's panic hook (which prints it to standard error) before it
//! unwinds to [`std::panic::catch_unwind`]. So the first call of [`catch`] wraps the hook in
//! place then (whatever it is: the default one, or one the application set before) in one that,
//! for a panic on a thread inside [`catch`], keeps where it happened for the reason [`catch`]
//! gives back and prints nothing, unless `RUST_BACKTRACE` is set (then the wrapped hook prints
//! it too, for whoever is looking for a bug); every other panic goes to the wrapped hook,
//! unchanged.
//!
//! What this cannot do: a hook the application sets later replaces this one (its choice: the
//! panics are printed again), and one that it sets at the very moment of the first [`catch`], on
//! another thread, may be replaced by this one (the standard library has no atomic way to wrap
//! a hook).

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// This thread is inside [`catch`].
    static INSIDE: Cell<bool> = const { Cell::new(false) };
    /// Where the last panic inside [`catch`] happened (`file:line`).
    static WHERE: RefCell<Option<String>> = const { RefCell::new(None) };
}

static WRAP: Once = Once::new();

/// Runs `f`; its panic is given back as the panic's message on one line, with where it happened,
/// and not printed.
pub(super) fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    // Wrapping the hook while this thread unwinds would panic (`take_hook` forbids it).
    if !std::thread::panicking() {
        WRAP.call_once(wrap_hook);
    }
    let was = INSIDE.with(|i| i.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    INSIDE.with(|i| i.set(was));
    result.map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let mut reason = message.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(at) = WHERE.with(|w| w.borrow_mut().take()) {
            reason.push_str(&format!(", at {at}"));
        }
        reason
    })
}

fn wrap_hook() {
    let outer = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if !INSIDE.with(Cell::get) {
            return outer(info);
        }
        let at = info
            .location()
            .map(|l| format!("{}:{}", crate_path(l.file()), l.line()));
        WHERE.with(|w| *w.borrow_mut() = at);
        if std::env::var_os("RUST_BACKTRACE").is_some_and(|v| v != "0") {
            outer(info);
        }
    }));
}

/// A source path from cargo's registry from its crate's folder on (`parquet-60.2.0/src/…`).
fn crate_path(file: &str) -> &str {
    file.find("/registry/src/")
        .and_then(|i| file[i + "/registry/src/".len()..].split_once('/'))
        .map_or(file, |(_index, rest)| rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_inside_is_its_message_on_one_line_with_where() {
        assert_eq!(catch(|| 7), Ok(7));
        let line = line!() + 1;
        let caught = catch(|| -> u8 { panic!("a damaged\n  page") });
        let reason = caught.unwrap_err();
        let want = format!("a damaged page, at {}:{line}", file!());
        assert_eq!(reason, want);
        // Back outside: the flag is down again, and nested calls keep it up for the outer one.
        assert!(!INSIDE.with(Cell::get));
        let nested = catch(|| {
            let inner = catch(|| -> u8 { panic!("inner") });
            (inner.is_err(), INSIDE.with(Cell::get))
        });
        assert_eq!(nested, Ok((true, true)));
        assert_eq!(
            crate_path("/root/.cargo/registry/src/index.crates.io-1949/parquet-60.2.0/src/a.rs"),
            "parquet-60.2.0/src/a.rs"
        );
        assert_eq!(crate_path("src/pay/x.rs"), "src/pay/x.rs");
    }
}
