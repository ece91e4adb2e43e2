//! The exact sum of `f64` values, rounded once: the same result whatever the order of the values,
//! with no sort.
//!
//! Every finite `f64` is an integer multiple of 2⁻¹⁰⁷⁴ (the smallest subnormal), below 2¹⁰²⁴. An
//! [`ExactSum`] keeps the running total as such an integer, in 32-bit digits held in `i64`
//! limbs: adding a value adds its 53-bit significand, shifted to its exponent, to three limbs,
//! with no carry (each limb has room for 2³⁰ additions before the carries must be passed up).
//! [`ExactSum::value`] passes the carries up and rounds the total to the nearest `f64`, ties to
//! even, as IEEE 754 rounds the exact result of one addition. The design is that of Radford
//! Neal's "small superaccumulator" (xsum, 2015), with 32-bit digits instead of his 32 bits plus
//! spare.
//!
//! The result is the correctly rounded sum: order-independent by construction. Infinite and NaN
//! values are summed apart, as `f64` addition sums them. One or two values need no limbs: their
//! `f64` sum is already the correctly rounded one.

/// 32-bit digits: 2098 bits of finite values (2⁻¹⁰⁷⁴ to 2¹⁰²⁴) plus 64 bits for up to 2⁶⁴
/// additions, plus the sign, fit in 68 limbs; 70 leave room.
const LIMBS: usize = 70;
const DIGIT: u32 = 32;
const MASK: i64 = (1 << DIGIT) - 1;
/// Additions between two passes of the carries: each adds less than 2³² to a limb, and a limb
/// holds ±2⁶³.
const ADDS_BEFORE_CARRY: u32 = 1 << 30;

/// An exact running sum of `f64` values (`1e100 + 1 - 1e100` is 1, where `f64` addition gives
/// 0).
///
/// The first two finite values are kept as they are: the sum of one or two values is their
/// `f64` sum, which IEEE 754 rounds correctly, so the many small groups of a national extract
/// (an employer's category with one woman) need no limbs. From the third value on, the limbs
/// hold them all.
#[derive(Clone, Default)]
pub(crate) struct ExactSum {
    first: [f64; 2],
    /// The finite values added.
    count: u64,
    /// Every finite value added, once there are more than two.
    limbs: Option<Box<Limbs>>,
    /// The sum of the infinite and NaN values added (0 when none).
    special: f64,
}

impl ExactSum {
    /// Adds `v` exactly.
    #[inline]
    pub(crate) fn add(&mut self, v: f64) {
        if !v.is_finite() {
            self.special += v;
            return;
        }
        match &mut self.limbs {
            Some(l) => l.add(v),
            None if self.count < 2 => self.first[self.count as usize] = v,
            None => self.spill().add(v),
        }
        self.count += 1;
    }

    /// Moves the values kept as they are into limbs.
    fn spill(&mut self) -> &mut Limbs {
        let mut l = Box::<Limbs>::default();
        for &v in &self.first[..self.count.min(2) as usize] {
            l.add(v);
        }
        self.limbs.insert(l)
    }

    /// Adds every value added to `other`.
    pub(crate) fn merge(&mut self, other: &ExactSum) {
        self.special += other.special;
        match &other.limbs {
            None => {
                for &v in &other.first[..other.count as usize] {
                    self.add(v);
                }
            }
            Some(o) => {
                match &mut self.limbs {
                    Some(l) => l.merge(o),
                    None => self.spill().merge(o),
                }
                self.count += other.count;
            }
        }
    }

    /// The sum, rounded to the nearest `f64` (ties to even); ±∞ past the largest finite value,
    /// and the sum of the infinite and NaN values when there were some. A zero sum is +0.
    pub(crate) fn value(&self) -> f64 {
        if self.special != 0.0 || self.special.is_nan() {
            return self.special;
        }
        match (&self.limbs, self.count) {
            (Some(l), _) => l.value(),
            // One addition, correctly rounded; + 0.0 makes a sum of -0.0 +0, as the limbs give.
            (None, 2) => self.first[0] + self.first[1] + 0.0,
            (None, 1) => self.first[0] + 0.0,
            (None, _) => 0.0,
        }
    }
}

/// The total of finite values, in units of 2⁻¹⁰⁷⁴: Σ limbs[i] · 2³²ⁱ.
#[derive(Clone)]
struct Limbs {
    limbs: [i64; LIMBS],
    /// Additions since the carries were last passed up.
    adds: u32,
}

impl Default for Limbs {
    fn default() -> Self {
        Limbs {
            limbs: [0; LIMBS],
            adds: 0,
        }
    }
}

impl Limbs {
    /// Adds the finite value `v`.
    #[inline]
    fn add(&mut self, v: f64) {
        let bits = v.to_bits();
        let exponent = ((bits >> 52) & 0x7ff) as usize;
        let fraction = bits & ((1 << 52) - 1);
        // `v` is `significand` units of 2⁻¹⁰⁷⁴ shifted left by `at` bits.
        let (significand, at) = match exponent {
            0 => (fraction, 0),
            e => (fraction | 1 << 52, e - 1),
        };
        let (limb, shift) = (at / DIGIT as usize, at % DIGIT as usize);
        let wide = u128::from(significand) << shift;
        let parts = [
            (wide as i64) & MASK,
            ((wide >> DIGIT) as i64) & MASK,
            (wide >> (2 * DIGIT)) as i64,
        ];
        let negative = bits >> 63 == 1;
        // `limb` is at most 2046 / 32 = 63 for a finite value, so `limb + 2` is within the limbs.
        for (l, part) in self.limbs[limb..limb + 3].iter_mut().zip(parts) {
            if negative {
                *l -= part;
            } else {
                *l += part;
            }
        }
        self.adds += 1;
        if self.adds == ADDS_BEFORE_CARRY {
            self.carry();
        }
    }

    fn merge(&mut self, other: &Limbs) {
        let mut o = other.clone();
        o.carry();
        self.carry();
        // After the carries every limb is below 2³² (the top one small): no overflow.
        for (l, x) in self.limbs.iter_mut().zip(o.limbs) {
            *l += x;
        }
        self.adds = 2;
    }

    /// Passes the carries up: every limb but the top one in `0..2³²`, the top one signed.
    fn carry(&mut self) {
        let mut c = 0;
        for l in &mut self.limbs[..LIMBS - 1] {
            let v = *l + c;
            *l = v & MASK;
            c = v >> DIGIT;
        }
        self.limbs[LIMBS - 1] += c;
        self.adds = 0;
    }

    fn value(&self) -> f64 {
        let mut s = self.clone();
        s.carry();
        let negative = s.limbs[LIMBS - 1] < 0;
        if negative {
            for l in &mut s.limbs {
                *l = -*l;
            }
            s.carry();
        }
        let magnitude = magnitude(&s.limbs);
        if negative { -magnitude } else { magnitude }
    }
}

/// The nearest `f64` to Σ limbs[i] · 2³²ⁱ · 2⁻¹⁰⁷⁴, each limb in `0..2³²`.
fn magnitude(limbs: &[i64; LIMBS]) -> f64 {
    let Some(top) = limbs.iter().rposition(|&l| l != 0) else {
        return 0.0;
    };
    let lo = top.saturating_sub(2);
    let mut m = 0u128;
    for &l in limbs[lo..=top].iter().rev() {
        m = m << DIGIT | l as u128;
    }
    // Below the three top limbs only whether anything is left matters (it breaks a tie); the
    // top limb is not zero, so bit 0 lies well below the rounding position.
    if limbs[..lo].iter().any(|&l| l != 0) {
        m |= 1;
    }
    // The conversion rounds to nearest, ties to even; scaling by a power of two is then exact
    // unless the result overflows (∞, as the rounded sum would be). A total below 2⁹⁶ units is
    // converted whole (`lo` = 0): exact below 2⁵³ units, subnormals included.
    scale(m as f64, DIGIT as i32 * lo as i32 - 1074)
}

/// `x · 2^k`, exact while the result is a normal number (or `x` an integer below 2⁵³).
fn scale(mut x: f64, mut k: i32) -> f64 {
    const STEP: i32 = 1000;
    while k > STEP {
        x *= pow2(STEP);
        k -= STEP;
    }
    while k < -STEP {
        x *= pow2(-STEP);
        k += STEP;
    }
    x * pow2(k)
}

/// 2^k for `k` in -1022..=1023.
fn pow2(k: i32) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(values: &[f64]) -> f64 {
        let mut s = ExactSum::default();
        for &v in values {
            s.add(v);
        }
        s.value()
    }

    #[test]
    fn cancellation_and_small_terms_are_kept() {
        assert_eq!(sum(&[1e100, 1.0, -1e100]), 1.0);
        assert_eq!(sum(&[]), 0.0);
        assert_eq!(sum(&[0.0, -0.0]), 0.0);
        assert_eq!(sum(&[5e-324, 5e-324]), 1e-323);
        assert_eq!(sum(&[-2.5]), -2.5);
        assert_eq!(sum(&[f64::MAX, f64::MAX]), f64::INFINITY);
        assert_eq!(sum(&[-f64::MAX, -f64::MAX]), f64::NEG_INFINITY);
        assert_eq!(sum(&[f64::MAX, f64::MAX, -f64::MAX]), f64::MAX);
        assert_eq!(sum(&[1.0, f64::INFINITY]), f64::INFINITY);
        assert!(sum(&[f64::INFINITY, f64::NEG_INFINITY]).is_nan());
        assert!(sum(&[f64::NAN, 1.0]).is_nan());
    }

    #[test]
    fn carries_passed_up_early_change_nothing() {
        let values: Vec<f64> = (1..2000).map(|i| (i as f64).sqrt() * 1e5 - 3e6).collect();
        let mut s = Limbs::default();
        for (i, &v) in values.iter().enumerate() {
            s.add(v);
            if i % 7 == 0 {
                s.carry();
            }
        }
        assert_eq!(s.value().to_bits(), sum(&values).to_bits());
    }

    #[test]
    fn merged_sums_are_the_sum_of_all() {
        let values: Vec<f64> = (1..2000).map(|i| (i as f64).sqrt() * 1e5 - 3e6).collect();
        // Parts of 0, 1, 2 (kept as they are) and more values (limbs), merged every way.
        for (a, b) in [
            (0, 0),
            (0, 2),
            (1, 2),
            (2, 4),
            (2, 777),
            (777, 778),
            (777, 1999),
        ] {
            let part = |r: std::ops::Range<usize>| {
                let mut s = ExactSum::default();
                values[r].iter().for_each(|&v| s.add(v));
                s
            };
            let (mut x, y) = (part(0..a), part(a..b));
            x.merge(&y);
            assert_eq!(x.value().to_bits(), sum(&values[..b]).to_bits(), "{a} {b}");
        }
    }

    #[test]
    fn one_or_two_values_sum_as_the_limbs_do() {
        let values = [
            0.0,
            -0.0,
            5e-324,
            -2.2250738585072014e-308,
            1.0,
            -1.0,
            0.1,
            1e16,
            3.0000000000000004,
            f64::MAX,
            -f64::MAX,
            8.98846567431158e307,
        ];
        for &a in &values {
            let mut l = Limbs::default();
            l.add(a);
            assert_eq!(sum(&[a]).to_bits(), l.value().to_bits(), "{a}");
            for &b in &values {
                let mut l = l.clone();
                l.add(b);
                assert_eq!(sum(&[a, b]).to_bits(), l.value().to_bits(), "{a} + {b}");
            }
        }
    }

    /// The values of the oracle script (Python, `math.fsum` of the same values):
    /// a 64-bit LCG, and from each state a value of kind 0 (cents up to 10 million), 1 (any
    /// exponent below 2031, subnormals included), 2 (pairs that nearly cancel around 2^0..2^40)
    /// or 3 (subnormals and the smallest normals); the sign from bit 7.
    fn oracle_values(kind: u8, seed: u64, n: usize) -> Vec<f64> {
        let mut s = seed;
        let (mut prev, mut prev_negative) = (0.0, false);
        (0..n)
            .map(|i| {
                s = s
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let mut negative = (s >> 7) & 1 == 1;
                let fraction = s & ((1 << 52) - 1);
                let v = match kind {
                    0 => ((s >> 24) % 1_000_000_000) as f64 / 100.0,
                    1 => f64::from_bits(((s >> 40) % 2031) << 52 | fraction),
                    3 => f64::from_bits(((s >> 40) % 4) << 52 | fraction),
                    _ => {
                        let mut v = f64::from_bits((1023 + (s >> 50) % 40) << 52 | fraction);
                        if i % 2 == 1 {
                            negative = !prev_negative;
                            v = prev + v * 2f64.powi(-60);
                        }
                        prev = v;
                        v
                    }
                };
                prev_negative = negative;
                if negative { -v } else { v }
            })
            .collect()
    }

    #[test]
    fn sums_equal_python_fsum() {
        // (kind, seed, values, the bits of `math.fsum` of them: Python 3.11, running
        // `tests/reference/exact_sum_fsum.py`).
        let cases: [(u8, u64, usize, u64); 8] = [
            (0, 1, 10_000, 0x4172_f329_a970_a3dd),
            (0, 2, 3, 0xc127_e414_4ccc_cccc),
            (1, 3, 5_000, 0xfef2_1206_cd75_f738),
            (1, 4, 7, 0xfb78_89f7_164e_dfea),
            (2, 5, 4_000, 0xbea7_73a6_2420_0000),
            (2, 6, 2, 0),
            (3, 7, 1_000, 0x8076_ae68_64fd_fcf9),
            (3, 8, 1, 0x8005_1ce9_5c13_7ab7),
        ];
        for (kind, seed, n, bits) in cases {
            let mut values = oracle_values(kind, seed, n);
            assert_eq!(sum(&values).to_bits(), bits, "kind {kind}, seed {seed}");
            values.reverse();
            assert_eq!(
                sum(&values).to_bits(),
                bits,
                "reversed: kind {kind}, seed {seed}"
            );
        }
    }

    proptest::proptest! {
        /// Any finite values: the same bits in any order; integers whose partial sums stay below
        /// 2^53 in magnitude: the plain `f64` sum, which is then exact.
        #[test]
        fn the_order_does_not_matter(
            values in proptest::collection::vec(proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL | proptest::num::f64::ZERO, 0..200),
            ints in proptest::collection::vec(-(1i64 << 40)..(1i64 << 40), 0..200),
            seed in 0u64..1000,
        ) {
            let mut shuffled = values.clone();
            let mut x = seed;
            for i in (1..shuffled.len()).rev() {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                shuffled.swap(i, (x >> 33) as usize % (i + 1));
            }
            proptest::prop_assert_eq!(sum(&values).to_bits(), sum(&shuffled).to_bits());
            let ints: Vec<f64> = ints.into_iter().map(|i| i as f64).collect();
            proptest::prop_assert_eq!(sum(&ints), ints.iter().sum::<f64>());
        }
    }
}
