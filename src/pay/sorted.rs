//! Sorting pay values: at most one sort per kind of value, shared by the figures that need it.
//!
//! Medians and quartile bands need ranks. The pay level and the hourly pay are sorted once for
//! the women and once for the men when the figures need every rank (the hourly pay, the
//! inference); the pay level's and the variable pay's medians and band boundaries are otherwise
//! found by counting, with no sort ([`super::ranked`]). Means need no sort: they are exact sums
//! ([`crate::stats::ExactSum`]), the same whatever the order of the records. Values are sorted
//! as `u64` keys whose unsigned order is the order of [`f64::total_cmp`] (the order
//! `ByGender::collect` sorts in), by a least-significant-digit radix sort: six passes of 11 bits
//! at most, passes where every key has the same digit skipped. Sorting the keys gives exactly
//! the values that sorting the `f64`s gives, bit for bit.
//!
//! Per category ([`ByBucket`]: one bucket per gender and category) the values are counted and
//! summed exactly as they come, in one pass over the rows, with no placing or sorting by bucket.

use super::{ByGender, Gap};
use crate::stats::ExactSum;

/// The key of a value: unsigned order of keys = `f64::total_cmp` order of values.
#[inline]
pub(crate) fn key(v: f64) -> u64 {
    let b = v.to_bits();
    if b >> 63 == 1 { !b } else { b | 1 << 63 }
}

/// The value of a key (inverse of [`key`]).
#[inline]
pub(crate) fn value(k: u64) -> f64 {
    f64::from_bits(if k >> 63 == 1 { k & !(1 << 63) } else { !k })
}

/// Below this many keys a comparison sort is faster than the radix passes.
const SMALL: usize = 256;

/// Bits per radix digit: 6 passes of 11 bits cover 64 bits.
const DIGIT: u32 = 11;
const PASSES: usize = 6;
const RADIX: usize = 1 << DIGIT;

/// Sorts keys ascending; `scratch` is reused between calls (resized as needed).
pub(crate) fn sort_keys(keys: &mut [u64], scratch: &mut Vec<u64>) {
    let n = keys.len();
    // Counts are u32 so that the six histograms (48 KiB) stay in the L1 cache.
    if n < SMALL || n > u32::MAX as usize {
        keys.sort_unstable();
        return;
    }
    let counts = histograms(&[keys]);
    if scratch.len() < n {
        // Zeroed by the allocator (`calloc`: fresh pages, no pass of zeros over them).
        *scratch = vec![0; n];
    }
    let scratch = &mut scratch[..n];
    // `in_keys`: whether the current order is in `keys` (else in `scratch`).
    let mut in_keys = true;
    for d in passes(&counts, n) {
        if in_keys {
            scatter(&[keys], &counts[d], d, scratch);
        } else {
            scatter(&[scratch], &counts[d], d, keys);
        }
        in_keys = !in_keys;
    }
    if !in_keys {
        keys.copy_from_slice(scratch);
    }
}

/// The keys of `parts`, one after the other, sorted ascending: the first radix pass reads the
/// parts where they are (the parts of a payroll read in halves are not joined first), and the
/// part with the most room is reused for the passes after it.
pub(crate) fn sorted_parts(mut parts: Vec<Vec<u64>>) -> Vec<u64> {
    let n: usize = parts.iter().map(Vec::len).sum();
    if parts.len() == 1 || n < SMALL || n > u32::MAX as usize {
        let mut keys = joined(parts);
        sort_keys(&mut keys, &mut Vec::new());
        return keys;
    }
    let slices: Vec<&[u64]> = parts.iter().map(Vec::as_slice).collect();
    let counts = histograms(&slices);
    let mut digits = passes(&counts, n);
    let Some(first) = digits.next() else {
        return joined(parts); // every key is the same
    };
    let mut a = vec![0; n];
    scatter(&slices, &counts[first], first, &mut a);
    let roomiest = (0..parts.len()).max_by_key(|&i| parts[i].capacity());
    let mut b = roomiest.map(|i| parts.swap_remove(i)).unwrap_or_default();
    b.clear();
    b.resize(n, 0);
    for d in digits {
        scatter(&[&a], &counts[d], d, &mut b);
        std::mem::swap(&mut a, &mut b);
    }
    a
}

/// The keys ([`key`]) of the women's values and of the men's, each in parts in the order of the
/// rows, unsorted: sorted when every rank is needed ([`Kept::sorted`]), else a few ranks found by
/// counting (`super::ranked`).
#[derive(Debug, Default, Clone)]
pub(crate) struct Kept {
    pub(crate) women: Vec<Vec<u64>>,
    pub(crate) men: Vec<Vec<u64>>,
}

impl Kept {
    /// How many women's keys and men's.
    pub(crate) fn len(&self) -> [usize; 2] {
        let count = |parts: &[Vec<u64>]| parts.iter().map(Vec::len).sum();
        [count(&self.women), count(&self.men)]
    }

    /// `f` of the women's parts and of the men's, on two threads for a payroll of `rows` rows
    /// when large.
    pub(crate) fn each<T: Send>(&self, rows: usize, f: impl Fn(&[Vec<u64>]) -> T + Sync) -> [T; 2] {
        let (w, m) = join_when_large(rows, || f(&self.women), || f(&self.men));
        [w, m]
    }

    /// The values, each gender's sorted ascending (the order of [`f64::total_cmp`]).
    pub(crate) fn sorted(self, rows: usize) -> ByGender {
        let values = |parts: Vec<Vec<u64>>| into_values(sorted_parts(parts));
        let (women, men) = join_when_large(rows, || values(self.women), || values(self.men));
        ByGender { women, men }
    }
}

/// The women's and men's medians of values that are not kept sorted, with their counts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Medians {
    pub(crate) women: Option<f64>,
    pub(crate) men: Option<f64>,
    pub(crate) n_women: u64,
    pub(crate) n_men: u64,
}

impl Medians {
    /// The median gap, as `ByGender::median_gap` gives it on the same values sorted.
    pub(crate) fn gap(&self) -> Gap {
        super::gap(self.women, self.men, self.n_women, self.n_men)
    }
}

/// The keys of `parts`, one after the other (a single part as it is, not copied).
pub(crate) fn joined(mut parts: Vec<Vec<u64>>) -> Vec<u64> {
    match parts.len() {
        1 => parts.swap_remove(0),
        _ => parts.into_iter().flatten().collect(),
    }
}

/// The count of each digit value of each pass, over the keys of every part.
fn histograms(parts: &[&[u64]]) -> Vec<[u32; RADIX]> {
    let mask = (RADIX - 1) as u64;
    let mut counts = vec![[0u32; RADIX]; PASSES];
    for part in parts {
        for &k in *part {
            for (d, c) in counts.iter_mut().enumerate() {
                c[((k >> (DIGIT as usize * d)) & mask) as usize] += 1;
            }
        }
    }
    counts
}

/// The passes that move keys: those where not every one of the `n` keys has the same digit.
fn passes(counts: &[[u32; RADIX]], n: usize) -> impl Iterator<Item = usize> + '_ {
    (0..PASSES).filter(move |&d| !counts[d].contains(&(n as u32)))
}

/// One stable pass on digit `d`: the keys of `src` (the parts in order) placed in `dst` by that
/// digit, whose counts are `counts`.
fn scatter(src: &[&[u64]], counts: &[u32; RADIX], d: usize, dst: &mut [u64]) {
    let mask = (RADIX - 1) as u64;
    let mut offsets = [0usize; RADIX];
    let mut sum = 0;
    for (o, &k) in offsets.iter_mut().zip(counts.iter()) {
        *o = sum;
        sum += k as usize;
    }
    let shift = DIGIT as usize * d;
    for part in src {
        for &k in *part {
            let b = ((k >> shift) & mask) as usize;
            dst[offsets[b]] = k;
            offsets[b] += 1;
        }
    }
}

/// Values of women and men, each sorted ascending, from `(value, is_woman)` pairs: the same as
/// `ByGender::collect` gives.
pub(crate) fn by_gender(pairs: impl Iterator<Item = (f64, bool)>) -> ByGender {
    let mut women = Vec::new();
    let mut men = Vec::new();
    for (v, is_woman) in pairs {
        if is_woman {
            women.push(key(v));
        } else {
            men.push(key(v));
        }
    }
    let mut scratch = Vec::new();
    sort_keys(&mut women, &mut scratch);
    sort_keys(&mut men, &mut scratch);
    drop(scratch);
    ByGender {
        women: into_values(women),
        men: into_values(men),
    }
}

/// Payrolls of at least this many rows sort their kinds of value on two threads.
const PARALLEL: usize = 50_000;

/// `(a(), b())`, on two threads (rayon's) when `n`, the payroll's rows, is at least
/// [`PARALLEL`]; on the calling thread otherwise (a small employer among many is one task of
/// many already).
pub(crate) fn join_when_large<A: Send, B: Send>(
    n: usize,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    if n >= PARALLEL {
        rayon::join(a, b)
    } else {
        (a(), b())
    }
}

/// `f` of rows `0..n`: for a payroll of at least [`PARALLEL`] rows (and `halves`), of each half
/// on two threads, joined by `join` (the first half's first); of all the rows at once otherwise.
pub(crate) fn in_halves<T: Send>(
    n: usize,
    halves: bool,
    f: impl Fn(std::ops::Range<usize>) -> T + Sync,
    join: impl FnOnce(T, T) -> T,
) -> T {
    if n >= PARALLEL && halves {
        let (a, b) = rayon::join(|| f(0..n / 2), || f(n / 2..n));
        join(a, b)
    } else {
        f(0..n)
    }
}

/// Keys into their values, in place (the vector's memory is reused).
pub(crate) fn into_values(keys: Vec<u64>) -> Vec<f64> {
    keys.into_iter().map(value).collect()
}

/// `n` zeros. Through `malloc` and a fill, not `vec![0; n]`'s `calloc`, which glibc serves
/// without its per-thread cache: the small vectors of the many small employers of a national
/// extract (measured: 200,000 one-row employers, 0.678 -> 0.662 s of CPU, median of 6).
fn zeros<T: Copy + Default>(n: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(n);
    v.resize(n, T::default());
    v
}

/// Values by bucket, the women's buckets first (`0..women_buckets`), then the men's: each bucket's count
/// and exact sum, and, when kept, every woman's and every man's value, each sorted ascending.
pub(crate) struct ByBucket {
    pub(crate) counts: Vec<usize>,
    /// Each bucket's exact sum ([`super::exact_sum`]), 0 for an empty one.
    pub(crate) sums: Vec<f64>,
    /// The mean gap of the women's and the men's values: the exact sums of their buckets, as
    /// `ByGender::mean_gap` gives (an exact sum is the same however it is split).
    pub(crate) mean_gap: Gap,
}

/// Values being counted and summed by bucket ([`ByBucket`] once finished): a part of the rows
/// at a time, the parts then joined ([`Bucketing::plus`]).
pub(crate) struct Bucketing {
    sums: Vec<ExactSum>,
    counts: Vec<usize>,
    women_buckets: usize,
    /// The values kept (as keys), the women's and the men's, of this part of the rows; and
    /// those of the parts joined to it ([`Bucketing::plus`]), in order.
    keep: bool,
    women: Vec<u64>,
    men: Vec<u64>,
    joined: Vec<(Vec<u64>, Vec<u64>)>,
}

impl Bucketing {
    /// `buckets` buckets, the first `women_buckets` the women's; the values are kept when
    /// `keep` gives room for the women's and the men's (at least the room needed, to spare
    /// growing).
    pub(crate) fn new(buckets: usize, women_buckets: usize, keep: Option<[usize; 2]>) -> Self {
        let [room_w, room_m] = keep.unwrap_or_default();
        Bucketing {
            sums: vec![ExactSum::default(); buckets],
            counts: zeros(buckets),
            women_buckets,
            keep: keep.is_some(),
            women: Vec::with_capacity(room_w),
            men: Vec::with_capacity(room_m),
            joined: Vec::new(),
        }
    }

    /// Adds `v` to bucket `b`.
    #[inline]
    pub(crate) fn add(&mut self, b: usize, v: f64) {
        self.sums[b].add(v);
        self.counts[b] += 1;
        if self.keep {
            if b < self.women_buckets {
                self.women.push(key(v));
            } else {
                self.men.push(key(v));
            }
        }
    }

    /// This part's values and `other`'s (whose values are kept apart, not copied: the sorts
    /// read the parts where they are).
    pub(crate) fn plus(mut self, other: Bucketing) -> Bucketing {
        for (s, o) in self.sums.iter_mut().zip(&other.sums) {
            s.merge(o);
        }
        for (c, o) in self.counts.iter_mut().zip(other.counts) {
            *c += o;
        }
        self.joined.push((other.women, other.men));
        self.joined.extend(other.joined);
        self
    }

    /// The counts, sums and mean gap, and the values kept (unsorted, in parts).
    pub(crate) fn finish(mut self) -> (ByBucket, Kept) {
        let [women, men] = self.take_parts();
        let (sums, counts, buckets) = (self.sums, self.counts, self.women_buckets);
        let mean_of = |range: std::ops::Range<usize>| {
            let n: usize = counts[range.clone()].iter().sum();
            let mut total = ExactSum::default();
            sums[range].iter().for_each(|s| total.merge(s));
            ((n > 0).then(|| total.value() / n as f64), n as u64)
        };
        let ((w_mean, n_w), (m_mean, n_m)) = (mean_of(0..buckets), mean_of(buckets..sums.len()));
        let by_bucket = ByBucket {
            sums: sums.iter().map(ExactSum::value).collect(),
            counts,
            mean_gap: super::gap(w_mean, m_mean, n_w, n_m),
        };
        (by_bucket, Kept { women, men })
    }

    /// The kept values taken out, the women's parts and the men's, in the order of the rows.
    fn take_parts(&mut self) -> [Vec<Vec<u64>>; 2] {
        let (mut w, mut m) = (
            vec![std::mem::take(&mut self.women)],
            vec![std::mem::take(&mut self.men)],
        );
        for (women, men) in std::mem::take(&mut self.joined) {
            w.push(women);
            m.push(men);
        }
        [w, m]
    }
}

impl ByBucket {
    /// `items` yields `(bucket, value)`, buckets below `buckets`, the values kept as
    /// [`Bucketing::new`] says.
    #[cfg(test)]
    pub(crate) fn new(
        buckets: usize,
        women_buckets: usize,
        keep: Option<[usize; 2]>,
        items: impl Iterator<Item = (usize, f64)>,
    ) -> (ByBucket, Kept) {
        let mut b = Bucketing::new(buckets, women_buckets, keep);
        items.for_each(|(x, v)| b.add(x, v));
        b.finish()
    }

    /// The mean of bucket `b`'s values.
    pub(crate) fn mean(&self, b: usize) -> Option<f64> {
        (self.counts[b] > 0).then(|| self.sums[b] / self.counts[b] as f64)
    }
}

/// The ascending values of `base`, less those of `less` (a sub-multiset of `base`), plus those
/// of `more`: all three ascending in the order of `f64::total_cmp`, values equal when their bits
/// are. One pass.
pub(crate) fn less_plus(base: &[f64], less: &[f64], more: &[f64]) -> Vec<f64> {
    let mut out = Vec::with_capacity(
        base.len()
            .saturating_sub(less.len())
            .saturating_add(more.len()),
    );
    let (mut l, mut m) = (0, 0);
    for &v in base {
        let kv = key(v);
        // `less` is within `base`; a value of `less` below `v` (not found) is passed over.
        while l < less.len() && key(less[l]) < kv {
            l += 1;
        }
        if l < less.len() && key(less[l]) == kv {
            l += 1;
            continue;
        }
        while m < more.len() && key(more[m]) <= kv {
            out.push(more[m]);
            m += 1;
        }
        out.push(v);
    }
    out.extend_from_slice(&more[m..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn keys_order_as_total_cmp_and_round_trip() {
        let vals = [
            f64::NEG_INFINITY,
            -1e300,
            -2.5,
            -5e-324,
            -0.0,
            0.0,
            5e-324,
            1.0,
            2.5,
            1e12,
            f64::INFINITY,
            f64::NAN,
        ];
        for a in vals {
            assert_eq!(value(key(a)).to_bits(), a.to_bits());
            for b in vals {
                assert_eq!(key(a).cmp(&key(b)), a.total_cmp(&b), "{a} {b}");
            }
        }
    }

    #[test]
    fn radix_sort_matches_sort() {
        let mut x: u64 = 12345;
        let mut scratch = Vec::new();
        for n in [0, 1, 2, 255, 256, 257, 1000, 5000] {
            let mut v: Vec<u64> = (0..n)
                .map(|i| {
                    x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    // Some equal keys, some equal high bytes.
                    if i % 7 == 0 { 42 } else { x >> (i % 40) }
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_unstable();
            sort_keys(&mut v, &mut scratch);
            assert_eq!(v, expected);
        }
    }

    proptest! {
        /// Parts sorted together are their keys joined and sorted, whatever the split: one
        /// part, empty parts, parts below and above the radix threshold, keys all equal or
        /// differing only in some digits (passes skipped).
        #[test]
        fn parts_sort_as_their_keys_joined(
            parts in proptest::collection::vec(
                proptest::collection::vec(
                    prop_oneof![
                        any::<u64>(),
                        // Keys that tie on their high digits and differ in the low ones.
                        (0u64..4, 0u64..1 << 24).prop_map(|(h, l)| h << 50 | l),
                        Just(42u64),
                    ],
                    0..400,
                ),
                1..4,
            ),
            room in 0usize..900,
        ) {
            let mut expected: Vec<u64> = parts.iter().flatten().copied().collect();
            expected.sort_unstable();
            let mut parts = parts;
            parts[0].reserve(room);
            prop_assert_eq!(sorted_parts(parts), expected);
        }
    }

    #[test]
    fn less_plus_is_the_multiset_difference_and_union() {
        let base = [1.0, 2.0, 2.0, 3.0, 5.0, 8.0];
        let got = less_plus(&base, &[2.0, 5.0], &[0.5, 2.0, 9.0]);
        assert_eq!(got, [0.5, 1.0, 2.0, 2.0, 3.0, 8.0, 9.0]);
        assert_eq!(less_plus(&base, &[], &[]), base);
        assert_eq!(less_plus(&base, &base, &[]), Vec::<f64>::new());
    }

    #[test]
    fn by_bucket_counts_sums_and_sorts() {
        // Buckets 0..3 are women's, 3..6 men's; bucket 4 stays empty.
        let items: Vec<(usize, f64)> = (0..3000)
            .map(|i| ((i * 7) % 6, ((i * 7919) % 1013) as f64 / 4.0))
            .filter(|&(b, _)| b != 4)
            .collect();
        for rows in [10, 100_000] {
            let (b, kept) = ByBucket::new(6, 3, Some([0, 10]), items.iter().copied());
            for k in 0..6 {
                let mine: Vec<f64> = items.iter().filter(|(x, _)| *x == k).map(|i| i.1).collect();
                assert_eq!(b.counts[k], mine.len());
                // Quarters of integers: every sum is exact in `f64` too.
                assert_eq!(b.sums[k], mine.iter().sum::<f64>());
                assert_eq!(b.mean(k), (k != 4).then(|| b.sums[k] / mine.len() as f64));
            }
            let mut women: Vec<f64> = items.iter().filter(|i| i.0 < 3).map(|i| i.1).collect();
            let mut men: Vec<f64> = items.iter().filter(|i| i.0 >= 3).map(|i| i.1).collect();
            women.sort_by(f64::total_cmp);
            men.sort_by(f64::total_cmp);
            let sorted = kept.sorted(rows);
            assert_eq!((&sorted.women, &sorted.men), (&women, &men));
            assert_eq!(b.mean_gap, sorted.mean_gap());
            let (unkept, none) = ByBucket::new(6, 3, None, items.iter().copied());
            assert_eq!(unkept.sums, b.sums);
            assert_eq!(none.len(), [0, 0]);
        }
    }
}
