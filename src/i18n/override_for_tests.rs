//! Tests only: render the messages of one language from a changed copy of its catalogue, on the
//! current thread, to show which outputs follow the catalogue and which do not.

use std::cell::RefCell;
use std::rc::Rc;

use super::Lang;
use super::locale::{Bundle, SOURCES, bundle};

thread_local! {
    static OVERRIDE: RefCell<Option<(Lang, Rc<Bundle>)>> = const { RefCell::new(None) };
}

/// The changed catalogue of `lang` on this thread, if [`with_replaced`] set one.
pub(super) fn bundle_of(lang: Lang) -> Option<Rc<Bundle>> {
    OVERRIDE.with(|o| match &*o.borrow() {
        Some((l, b)) if *l == lang => Some(Rc::clone(b)),
        _ => None,
    })
}

/// Runs `f` with the catalogue of `lang` in which `from` is replaced by `to` (panics if `from`
/// is not in it), on this thread; the catalogue is restored afterwards, even if `f` panics.
pub(crate) fn with_replaced<R>(lang: Lang, from: &str, to: &str, f: impl FnOnce() -> R) -> R {
    let (_, sources) = SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .expect("every language has sources");
    assert!(
        sources.iter().any(|s| s.contains(from)),
        "`{from}` is not in the {lang} catalogue"
    );
    let changed = sources.map(|s| s.replace(from, to));
    let b = bundle(lang, changed.each_ref().map(String::as_str));
    struct Restore;
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|o| *o.borrow_mut() = None);
        }
    }
    OVERRIDE.with(|o| *o.borrow_mut() = Some((lang, Rc::new(b))));
    let _restore = Restore;
    f()
}
