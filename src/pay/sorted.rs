//! Sorting pay values: one sort per kind of value, shared by the figures that need it.
//!
//! Means are sums in ascending order (so they do not depend on record order) and medians and
//! quartile bands need ranks, so every kind of value is sorted once. Values are sorted as `u64`
//! keys whose unsigned order is the order of [`f64::total_cmp`] (the order `ByGender::collect`
//! sorts in), by a least-significant-digit radix sort: eight passes of one byte at most, passes
//! where every key has the same byte skipped. Sorting the keys gives exactly the values that
//! sorting the `f64`s gives, bit for bit.
//!
//! Per category, values are first placed in one bucket per (gender, category) (a counting sort,
//! linear), then each bucket is sorted; the ascending values of all the women (or men) of every
//! category are then a merge of their buckets, so the overall figures and the per-category ones
//! rest on the same one sort.

use super::ByGender;

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

/// Up to this many sorted runs are merged (at most five passes over the keys); more are sorted
/// again (measured: 99 runs of 1,029,100 keys, Montgomery's grades, 7 ms faster sorted).
const MERGED_RUNS: usize = 32;

/// Sorts keys ascending; `scratch` is reused between calls (resized as needed).
pub(crate) fn sort_keys(keys: &mut [u64], scratch: &mut Vec<u64>) {
    let n = keys.len();
    // Counts are u32 so that the six histograms (48 KiB) stay in the L1 cache.
    if n < SMALL || n > u32::MAX as usize {
        keys.sort_unstable();
        return;
    }
    let mask = (RADIX - 1) as u64;
    let mut counts = vec![[0u32; RADIX]; PASSES];
    for &k in keys.iter() {
        for (d, c) in counts.iter_mut().enumerate() {
            c[((k >> (DIGIT as usize * d)) & mask) as usize] += 1;
        }
    }
    scratch.clear();
    scratch.resize(n, 0);
    // `in_keys`: whether the current order is in `keys` (else in `scratch`).
    let mut in_keys = true;
    let mut offsets = vec![0usize; RADIX];
    for (d, c) in counts.iter().enumerate() {
        if c.contains(&(n as u32)) {
            continue; // every key has the same digit here: the pass would change nothing
        }
        let mut sum = 0;
        for (o, &k) in offsets.iter_mut().zip(c.iter()) {
            *o = sum;
            sum += k as usize;
        }
        let shift = DIGIT as usize * d;
        let (src, dst): (&[u64], &mut [u64]) = if in_keys {
            (keys, scratch.as_mut_slice())
        } else {
            (scratch.as_slice(), keys)
        };
        for &k in src {
            let b = ((k >> shift) & mask) as usize;
            dst[offsets[b]] = k;
            offsets[b] += 1;
        }
        in_keys = !in_keys;
    }
    if !in_keys {
        keys.copy_from_slice(scratch);
    }
}

/// Neumaier-compensated sum of the values of ascending keys: the same arithmetic, in the same
/// order, as [`super::sum_sorted`] on the values.
pub(crate) fn sum_of_keys(keys: &[u64]) -> f64 {
    super::sum_ascending(keys.iter().map(|&k| value(k)))
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

/// Values placed in buckets `0..buckets` and each bucket sorted ascending.
pub(crate) struct Buckets {
    /// Keys, bucket after bucket.
    pub(crate) keys: Vec<u64>,
    /// Bucket `b` is `keys[starts[b]..starts[b + 1]]`.
    pub(crate) starts: Vec<usize>,
}

impl Buckets {
    /// `items()` yields `(bucket, value)`; it is called twice (to count, then to place).
    pub(crate) fn new<I: Iterator<Item = (usize, f64)>>(
        buckets: usize,
        items: impl Fn() -> I,
    ) -> Buckets {
        let mut starts = zeros(buckets + 1);
        for (b, _) in items() {
            starts[b + 1] += 1;
        }
        for b in 0..buckets {
            starts[b + 1] += starts[b];
        }
        Buckets::with_starts(starts, items())
    }

    /// As [`Buckets::new`], with the bucket bounds known (those of other buckets of the same
    /// items): `items` yields exactly `starts[b + 1] - starts[b]` items of bucket `b`.
    pub(crate) fn with_starts(
        starts: Vec<usize>,
        items: impl Iterator<Item = (usize, f64)>,
    ) -> Buckets {
        let buckets = starts.len() - 1;
        let mut next = starts.clone();
        let mut keys = zeros(starts[buckets]);
        for (b, v) in items {
            // Every slot exists when `items` matches `starts`, as the callers ensure.
            if let Some(slot) = keys.get_mut(next[b]) {
                *slot = key(v);
            }
            next[b] += 1;
        }
        let mut scratch = Vec::new();
        for b in 0..buckets {
            sort_keys(&mut keys[starts[b]..starts[b + 1]], &mut scratch);
        }
        Buckets { keys, starts }
    }

    /// The keys of bucket `b`, ascending.
    pub(crate) fn bucket(&self, b: usize) -> &[u64] {
        &self.keys[self.starts[b]..self.starts[b + 1]]
    }

    /// The keys of buckets `range`, merged into one ascending vector.
    pub(crate) fn merged(&self, range: std::ops::Range<usize>) -> Vec<u64> {
        let lo = self.starts[range.start];
        let mut data = self.keys[lo..self.starts[range.end]].to_vec();
        let mut bounds: Vec<usize> = self.starts[range.start..=range.end]
            .iter()
            .map(|s| s - lo)
            .collect();
        bounds.dedup();
        if bounds.len() <= 2 {
            return data; // one run (or none): sorted already
        }
        if bounds.len() > MERGED_RUNS + 1 {
            // Past 32 runs, merging them takes more passes over the keys than sorting them.
            let mut scratch = Vec::new();
            sort_keys(&mut data, &mut scratch);
            return data;
        }
        let mut scratch = vec![0u64; data.len()];
        // Bottom-up merging of adjacent runs until one is left.
        while bounds.len() > 2 {
            let mut next = vec![0usize];
            let mut r = 0;
            while r + 1 < bounds.len() {
                let (a, b) = (bounds[r], bounds[r + 1]);
                if r + 2 < bounds.len() {
                    let c = bounds[r + 2];
                    merge(&data[a..b], &data[b..c], &mut scratch[a..c]);
                    next.push(c);
                    r += 2;
                } else {
                    scratch[a..b].copy_from_slice(&data[a..b]);
                    next.push(b);
                    r += 1;
                }
            }
            std::mem::swap(&mut data, &mut scratch);
            bounds = next;
        }
        data
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

/// Merges two ascending runs into `out` (of their total length).
fn merge(a: &[u64], b: &[u64], out: &mut [u64]) {
    let (mut i, mut j, mut o) = (0, 0, 0);
    // Without a branch on the comparison (which is unpredictable): a select and two increments.
    while i < a.len() && j < b.len() && o < out.len() {
        let (x, y) = (a[i], b[j]);
        let take_a = x <= y;
        out[o] = if take_a { x } else { y };
        i += usize::from(take_a);
        j += usize::from(!take_a);
        o += 1;
    }
    let rest = if i < a.len() { &a[i..] } else { &b[j..] };
    let k = rest.len().min(out.len() - o);
    out[o..o + k].copy_from_slice(&rest[..k]);
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn less_plus_is_the_multiset_difference_and_union() {
        let base = [1.0, 2.0, 2.0, 3.0, 5.0, 8.0];
        let got = less_plus(&base, &[2.0, 5.0], &[0.5, 2.0, 9.0]);
        assert_eq!(got, [0.5, 1.0, 2.0, 2.0, 3.0, 8.0, 9.0]);
        assert_eq!(less_plus(&base, &[], &[]), base);
        assert_eq!(less_plus(&base, &base, &[]), Vec::<f64>::new());
    }

    #[test]
    fn buckets_sort_and_merge() {
        // 6 buckets (merged), and 50 (more than 32 runs: sorted again).
        for (buckets, ranges) in [
            (6, vec![0..6, 0..3, 2..5, 4..4, 1..2]),
            (50, vec![0..50, 0..33, 3..40, 10..12]),
        ] {
            let items: Vec<(usize, f64)> = (0..3000)
                .map(|i| ((i * 7) % buckets, ((i * 7919) % 1013) as f64 / 4.0))
                .collect();
            let b = Buckets::new(buckets, || items.iter().copied());
            for k in 0..buckets {
                let mut expected: Vec<f64> = items
                    .iter()
                    .filter(|(bk, _)| *bk == k)
                    .map(|(_, v)| *v)
                    .collect();
                expected.sort_by(f64::total_cmp);
                let got: Vec<f64> = b.bucket(k).iter().map(|&x| value(x)).collect();
                assert_eq!(got, expected);
            }
            for range in ranges {
                let mut expected: Vec<f64> = items
                    .iter()
                    .filter(|(bk, _)| range.contains(bk))
                    .map(|(_, v)| *v)
                    .collect();
                expected.sort_by(f64::total_cmp);
                assert_eq!(into_values(b.merged(range)), expected);
            }
        }
    }
}
