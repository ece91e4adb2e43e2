//! The keys at a few ranks of values kept unsorted, found by counting (a radix select): no
//! sort, no copy.
//!
//! Without inference, the pay level's only figures that need ranks are its medians (Article 9
//! (c)) and the boundaries of its quartile bands (Article 9 (f)): seven ranks, not the whole
//! order; the variable pay needs only its medians. Three passes over the keys, where they are
//! (the parts of a payroll read in halves; women's and men's on two threads), find them:
//!
//! 1. the range of the keys;
//! 2. a histogram of buckets of equal width over that range (about one for four keys, 2¹² at
//!    most), one per gender: the bucket of each wanted rank, and how many keys come before it;
//! 3. the keys of those few buckets, which are then sorted.
//!
//! When every bucket is one key wide (a narrow range), the histogram alone answers. A bucket
//! of many equal keys makes the third pass gather them all, which is still correct. Fewer than
//! [`FEW`] keys (the many small employers of a national extract) are simply sorted, or for
//! medians alone selected.

use super::sorted::{Kept, Medians, joined, value};

/// Buckets of the histogram at most: 2¹² counts (32 KiB) stay in the L1 cache.
const BITS: u32 = 12;

/// Below this many keys, sorting them costs less than three passes and a histogram (the many
/// small employers of a national extract).
const FEW: usize = 512;

/// Whose keys a rank is among.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Among {
    Women,
    Men,
    Both,
}

/// Of one gender's keys, how many are below a key and how many equal it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tie {
    pub(crate) below: usize,
    pub(crate) equal: usize,
}

impl Tie {
    /// Of `sorted` (ascending by `key_of`), those below `key` and equal to it; `before` more lie
    /// below all of them.
    pub(crate) fn of<T: Copy>(
        sorted: &[T],
        key: u64,
        key_of: impl Fn(T) -> u64,
        before: usize,
    ) -> Tie {
        let below = sorted.partition_point(|&x| key_of(x) < key);
        Tie {
            below: before + below,
            equal: sorted.partition_point(|&x| key_of(x) <= key) - below,
        }
    }
}

/// The key at a rank, and of the women's and the men's keys those below and equal to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct At {
    pub(crate) key: u64,
    pub(crate) women: Tie,
    pub(crate) men: Tie,
}

/// Buckets of equal width `2^shift` from the least key `lo`.
#[derive(Clone, Copy)]
struct Grid {
    lo: u64,
    shift: u32,
    buckets: usize,
}

impl Grid {
    /// The grid over `n` keys from `lo` to `hi`: about one bucket for four keys, at most
    /// 2^[`BITS`] buckets.
    fn new(lo: u64, hi: u64, n: usize) -> Grid {
        let bits = n.max(1).ilog2().saturating_sub(2).clamp(4, BITS);
        let width = 64 - (hi - lo).leading_zeros();
        let shift = width.saturating_sub(bits);
        Grid {
            lo,
            shift,
            buckets: ((hi - lo) >> shift) as usize + 1,
        }
    }

    #[inline]
    fn of(&self, k: u64) -> usize {
        ((k - self.lo) >> self.shift) as usize
    }
}

/// One gender's keys counted by bucket: `before[b]` keys in the buckets below `b`
/// (`buckets + 1` entries).
struct Counted {
    before: Vec<usize>,
}

impl Counted {
    fn of(parts: &[Vec<u64>], grid: Grid) -> Counted {
        let mut counts = vec![0usize; grid.buckets];
        for &k in parts.iter().flatten() {
            counts[grid.of(k)] += 1;
        }
        let mut before = Vec::with_capacity(grid.buckets + 1);
        let mut sum = 0;
        before.push(0);
        for c in counts {
            sum += c;
            before.push(sum);
        }
        Counted { before }
    }

    /// The keys in bucket `b`.
    fn within(&self, b: usize) -> usize {
        self.before[b + 1] - self.before[b]
    }
}

impl Kept {
    /// The women's and men's medians, as `ByGender::median_gap` takes them from the values
    /// sorted. Fewer than [`FEW`] keys are selected (`select_nth_unstable`), in place.
    pub(crate) fn medians(self, rows: usize) -> Medians {
        let [n_women, n_men] = self.len();
        if n_women + n_men < FEW {
            return Medians {
                women: selected_median(self.women),
                men: selected_median(self.men),
                n_women: n_women as u64,
                n_men: n_men as u64,
            };
        }
        let mut wanted = median_ranks(Among::Women, n_women);
        wanted.extend(median_ranks(Among::Men, n_men));
        let found = self.at(rows, &wanted);
        medians_of(&found, [n_women, n_men])
    }

    /// What is at each wanted rank (0-based, in ascending order of keys, ties in any order):
    /// `None` for a rank past the keys it is among.
    pub(crate) fn at(&self, rows: usize, wanted: &[(Among, usize)]) -> Vec<Option<At>> {
        let [n_women, n_men] = self.len();
        if n_women + n_men < FEW {
            return self.at_sorted(wanted);
        }
        let Some(grid) = self.grid(rows, n_women + n_men) else {
            return vec![None; wanted.len()];
        };
        let counted = self.each(rows, |parts| Counted::of(parts, grid));
        // The bucket of each rank within range.
        let buckets: Vec<Option<usize>> = wanted
            .iter()
            .map(|&(among, r)| {
                (r < before(&counted, among, grid.buckets))
                    .then(|| bucket_of(grid.buckets, |b| before(&counted, among, b) <= r))
            })
            .collect();
        let gathered = if grid.shift == 0 {
            [Vec::new(), Vec::new()]
        } else {
            let mut marked = vec![false; grid.buckets];
            buckets.iter().flatten().for_each(|&b| marked[b] = true);
            self.each(rows, |parts| gather(parts, grid, &marked))
        };
        wanted
            .iter()
            .zip(buckets)
            .map(|(&(among, r), b)| {
                let b = b?;
                let rank = r - before(&counted, among, b);
                Some(in_bucket(grid, b, &counted, &gathered, among, rank))
            })
            .collect()
    }

    /// The grid over the `n` keys (none when there are none).
    fn grid(&self, rows: usize, n: usize) -> Option<Grid> {
        let [range_w, range_m] = self.each(rows, range);
        let (lo, hi) = match (range_w, range_m) {
            (Some(w), Some(m)) => (w.0.min(m.0), w.1.max(m.1)),
            (Some(r), None) | (None, Some(r)) => r,
            (None, None) => return None,
        };
        Some(Grid::new(lo, hi, n))
    }

    /// [`Kept::at`] for a few keys: sorted, then searched.
    fn at_sorted(&self, wanted: &[(Among, usize)]) -> Vec<Option<At>> {
        let sorted = |parts: &[Vec<u64>]| {
            let mut keys = parts.concat();
            keys.sort_unstable();
            keys
        };
        let (women, men) = (sorted(&self.women), sorted(&self.men));
        wanted
            .iter()
            .map(|&(among, r)| {
                let n = match among {
                    Among::Women => women.len(),
                    Among::Men => men.len(),
                    Among::Both => women.len() + men.len(),
                };
                (r < n).then(|| find(&women, &men, [0, 0], among, r))
            })
            .collect()
    }
}

/// The keys of `among` in the buckets below `b`.
fn before([w, m]: &[Counted; 2], among: Among, b: usize) -> usize {
    match among {
        Among::Women => w.before[b],
        Among::Men => m.before[b],
        Among::Both => w.before[b] + m.before[b],
    }
}

/// What is at `rank` among `among`'s keys of bucket `b`: from the counts alone when the bucket
/// is one key wide, else from the keys gathered.
fn in_bucket(
    grid: Grid,
    b: usize,
    [w, m]: &[Counted; 2],
    gathered: &[Vec<u64>; 2],
    among: Among,
    rank: usize,
) -> At {
    let counted = [w.before[b], m.before[b]];
    if grid.shift == 0 {
        return one_key(grid.lo + b as u64, counted, [w.within(b), m.within(b)]);
    }
    let [women, men] = gathered.each_ref().map(|keys| {
        let start = keys.partition_point(|&k| grid.of(k) < b);
        &keys[start..keys.partition_point(|&k| grid.of(k) <= b)]
    });
    find(women, men, counted, among, rank)
}

/// The least and the greatest key of the parts, if any.
fn range(parts: &[Vec<u64>]) -> Option<(u64, u64)> {
    let (mut lo, mut hi) = (u64::MAX, 0);
    for &k in parts.iter().flatten() {
        lo = lo.min(k);
        hi = hi.max(k);
    }
    parts.iter().any(|p| !p.is_empty()).then_some((lo, hi))
}

/// The first bucket of `0..buckets` for which `not_past(b + 1)` is false (the bucket holding
/// the rank that `not_past` compares with).
fn bucket_of(buckets: usize, not_past: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, buckets);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if not_past(mid + 1) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The keys of the parts in the marked buckets, sorted.
fn gather(parts: &[Vec<u64>], grid: Grid, marked: &[bool]) -> Vec<u64> {
    let mut keys: Vec<u64> = parts
        .iter()
        .flatten()
        .copied()
        .filter(|&k| marked[grid.of(k)])
        .collect();
    keys.sort_unstable();
    keys
}

/// What is at the one key `key` of a bucket, below which are `before` keys and in which are
/// `within` keys (the women's, the men's).
fn one_key(key: u64, before: [usize; 2], within: [usize; 2]) -> At {
    let tie = |g: usize| Tie {
        below: before[g],
        equal: within[g],
    };
    At {
        key,
        women: tie(0),
        men: tie(1),
    }
}

/// The key at `rank` among `among`'s keys of one bucket, `women` and `men` (each ascending;
/// `before` keys of each gender lie below the bucket), and the ties about it.
fn find(women: &[u64], men: &[u64], before: [usize; 2], among: Among, rank: usize) -> At {
    let key = match among {
        Among::Women => women[rank],
        Among::Men => men[rank],
        Among::Both => nth_of_two(women, men, rank),
    };
    let tie = |before: usize, keys: &[u64]| Tie::of(keys, key, |k| k, before);
    At {
        key,
        women: tie(before[0], women),
        men: tie(before[1], men),
    }
}

/// The `n`th smallest (0-based) of the keys of `a` and `b`, both ascending (`n` below their
/// total).
fn nth_of_two(a: &[u64], b: &[u64], n: usize) -> u64 {
    let (mut i, mut j) = (0, 0);
    loop {
        let from_a = j == b.len() || (i < a.len() && a[i] <= b[j]);
        let k = if from_a { a[i] } else { b[j] };
        if i + j == n {
            return k;
        }
        if from_a {
            i += 1;
        } else {
            j += 1;
        }
    }
}

/// The ranks of the median of `n` keys: the lower and the upper middle (the same for an odd
/// count); none for no key.
pub(crate) fn median_ranks(among: Among, n: usize) -> Vec<(Among, usize)> {
    if n == 0 {
        return Vec::new();
    }
    vec![(among, (n - 1) / 2), (among, n / 2)]
}

/// The median of the keys of `parts` as `median_sorted` gives it on their values sorted: the
/// middle key selected, and for an even count the largest key below it.
fn selected_median(parts: Vec<Vec<u64>>) -> Option<f64> {
    let mut keys = joined(parts);
    let n = keys.len();
    if n == 0 {
        return None;
    }
    let (below, &mut middle, _) = keys.select_nth_unstable(n / 2);
    Some(match below.iter().max() {
        Some(&lower) if n.is_multiple_of(2) => (value(lower) + value(middle)) / 2.0,
        _ => value(middle),
    })
}

/// The medians from what was found at [`median_ranks`] of the women (`n[0]` keys), then of
/// the men (`n[1]`), as `median_sorted` computes them.
pub(crate) fn medians_of(found: &[Option<At>], [n_women, n_men]: [usize; 2]) -> Medians {
    let mut found = found.iter();
    let mut median = |n: usize| {
        if n == 0 {
            return None;
        }
        let (lower, upper) = (found.next()?.as_ref()?, found.next()?.as_ref()?);
        Some(if !n.is_multiple_of(2) {
            value(upper.key)
        } else {
            (value(lower.key) + value(upper.key)) / 2.0
        })
    };
    let women = median(n_women);
    let men = median(n_men);
    Medians {
        women,
        men,
        n_women: n_women as u64,
        n_men: n_men as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pay::median_sorted;
    use crate::pay::sorted::key;
    use proptest::prelude::*;

    /// Keys that tie, keys one apart (a grid one key wide), keys spread over the whole range.
    fn keys() -> impl Strategy<Value = u64> {
        prop_oneof![
            (0u64..6).prop_map(|x| 1000 + x),
            (0u64..5000).prop_map(|x| key(x as f64 * 12.5)),
            any::<u64>(),
        ]
    }

    fn parts() -> impl Strategy<Value = Vec<Vec<u64>>> {
        // Up to 900 keys: below and above `FEW`.
        proptest::collection::vec(proptest::collection::vec(keys(), 0..300), 1..4)
    }

    /// What `Kept::at` must find, from the keys sorted.
    fn expected(women: &[u64], men: &[u64], among: Among, r: usize) -> Option<At> {
        let mut pool: Vec<u64> = match among {
            Among::Women => women.to_vec(),
            Among::Men => men.to_vec(),
            Among::Both => women.iter().chain(men).copied().collect(),
        };
        pool.sort_unstable();
        let key = *pool.get(r)?;
        let tie = |s: &[u64]| Tie {
            below: s.iter().filter(|&&k| k < key).count(),
            equal: s.iter().filter(|&&k| k == key).count(),
        };
        Some(At {
            key,
            women: tie(women),
            men: tie(men),
        })
    }

    proptest! {
        /// The key at each rank, and the ties about it, are those of the keys sorted; ranks
        /// past the end find nothing.
        #[test]
        fn what_is_at_a_rank_is_what_the_sorted_keys_have_there(
            women in parts(),
            men in parts(),
            wanted in proptest::collection::vec(
                (prop_oneof![Just(Among::Women), Just(Among::Men), Just(Among::Both)], 0usize..1800),
                0..8,
            ),
            rows in prop_oneof![Just(10usize), Just(100_000)],
        ) {
            let (w, m): (Vec<u64>, Vec<u64>) =
                (women.concat(), men.concat());
            let kept = Kept { women, men };
            let found = kept.at(rows, &wanted);
            prop_assert_eq!(found.len(), wanted.len());
            for (&(among, r), got) in wanted.iter().zip(found) {
                prop_assert_eq!(got, expected(&w, &m, among, r), "{:?} {}", among, r);
            }
        }

        /// The medians are `median_sorted`'s of the values sorted (odd, even, empty).
        #[test]
        fn counted_medians_are_the_sorted_medians(women in parts(), men in parts()) {
            let sorted = |parts: &[Vec<u64>]| {
                let mut v: Vec<f64> = parts.iter().flatten().map(|&k| value(k)).collect();
                v.sort_by(f64::total_cmp);
                v
            };
            let (w, m) = (sorted(&women), sorted(&men));
            let got = Kept { women, men }.medians(10);
            let bits = |v: Option<f64>| v.map(f64::to_bits);
            prop_assert_eq!(bits(got.women), bits(median_sorted(&w)));
            prop_assert_eq!(bits(got.men), bits(median_sorted(&m)));
            prop_assert_eq!((got.n_women, got.n_men), (w.len() as u64, m.len() as u64));
        }
    }

    #[test]
    fn one_key_wide_buckets_and_a_single_key() {
        // Keys 5..=9, each 100 times over: the grid is one key wide and the histogram answers
        // alone. Then the same keys fewer than `FEW` times: sorted and searched.
        for times in [100, 1] {
            let many = |keys: &[u64]| keys.repeat(times);
            let kept = Kept {
                women: vec![many(&[9, 5, 7]), many(&[7])],
                men: vec![many(&[6, 7])],
            };
            let wanted = [
                (Among::Both, 3 * times),
                (Among::Women, 0),
                (Among::Men, 2 * times),
            ];
            let at = kept.at(10, &wanted);
            let seven = At {
                key: 7,
                women: Tie {
                    below: times,
                    equal: 2 * times,
                },
                men: Tie {
                    below: times,
                    equal: times,
                },
            };
            assert_eq!(at[0], Some(seven));
            assert_eq!(at[1].map(|a| a.key), Some(5));
            assert_eq!(at[2], None);
        }
        let none = Kept::default().at(10, &[(Among::Both, 0)]);
        assert_eq!(none, vec![None]);
    }
}
