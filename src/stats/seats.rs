//! Seats the under-represented sex needs on a board to meet a quantitative objective.
//!
//! # Source, and what was verified
//!
//! Directive (EU) 2022/2381 of 23 November 2022 on improving the gender balance among
//! directors of listed companies and related measures (OJ L 315, 7.12.2022, p. 44–59,
//! ELI <http://data.europa.eu/eli/dir/2022/2381/oj>). Article 5(1) requires listed
//! companies to meet one of two objectives by 30 June 2026:
//!
//! * (a) members of the under-represented sex hold at least **40 %** of the
//!   **non-executive** director positions; or
//! * (b) members of the under-represented sex hold at least **33 %** of **all** director
//!   positions, executive and non-executive.
//!
//! Secondary sources confirm both objectives and the date. The **rounding rule** comes
//! from memory and was **not** checked against the Directive's text. It says the number of
//! positions is "the number closest to the proportion of 40 % [resp. 33 %], but not
//! exceeding 49 %". The same is true of the **Annex**, which lists the number of positions
//! for each board size: we have not seen it. Recital text from the Commission's 2012
//! proposal (COM(2012) 614) gives the same idea in other words: the number should be "the
//! number closest to 40 per cent, whether below or above that threshold", without requiring
//! "half or more" of the positions. This module applies that rule as written. If the
//! Annex turns out to differ for some board size, the Annex prevails.
//!
//! # The rule
//!
//! For a body of `n` seats and a target proportion `t`, the required number is the `k` in
//! `0..=n` that minimises `|k/n − t|`, among those with `k/n ≤ 49 %`:
//!
//! * **Ties**: if two numbers are equally close, the **lower** one is chosen. A target of
//!   40 % never ties, because `40·n` is never an odd multiple of 50. A target of 33 % ties
//!   only when `n ≡ 50 (mod 100)`. For example, with `n = 50`, 16 seats (32 %) and 17 seats
//!   (34 %) are equally close, and this function returns 16. The verified text gives no rule
//!   for ties. The recalled wording ("closest … but not exceeding") caps the obligation but
//!   does not raise it. So the lower, less onerous number is taken. The target is read as
//!   written (0.33), not as one third. The two readings agree for every body of up to 49
//!   seats. They diverge from 50 seats on: at 50 seats one third gives 17, and at 53 seats
//!   it gives 18 where 0.33 gives 17.
//! * **The 49 % cap** means a body of 2 seats needs 0, since 1 of 2 would be 50 %. A body
//!   of 4 non-executive seats needs 1 (25 %), not 2 (50 %).
//! * **Exact arithmetic**: the target is read to nine decimal places (`p / 10⁹`) and every
//!   comparison is done on integers. This avoids floating-point error: the `f64` nearest
//!   to 0.33 is slightly *above* 0.33, which would otherwise break the `n = 50` tie upwards
//!   by accident.
//!
//! The result never decreases as `n` grows. Nearest-integer rounding with ties to the lower
//! number is non-decreasing in `n`, and so is the cap `⌊0.49·n⌋`. The result is the smaller
//! of the two.

use crate::stats::Share;

/// Denominator to which a target proportion is read: nine decimal places.
const SCALE: u128 = 1_000_000_000;

/// The number of seats the under-represented sex must hold in a body of `seats` seats to reach `target`, rounded as Directive (EU) 2022/2381 does.
///
/// This is the number of seats closest to `target × seats` that does not exceed 49 % of
/// `seats`. When two numbers are equally close, the lower one is chosen. A body with no
/// seats needs none. The rule is from Article 5 of Directive (EU) 2022/2381, and the
/// Directive's Annex tabulates it. Both were **recalled, not verified**: see the
/// module documentation (`src/stats/seats.rs`) for what was checked and why ties go to the lower number.
///
/// # Examples
///
/// ```
/// use gender_impact::stats::seats_needed;
/// use gender_impact::stats::Share;
///
/// let ned = Share::new(0.40).unwrap(); // Article 5(1)(a): 40 % of non-executive directors
/// let all = Share::new(0.33).unwrap(); // Article 5(1)(b): 33 % of all directors
///
/// // With three non-executive directors, one member of the under-represented sex suffices.
/// assert_eq!(seats_needed(3, ned), 1);
/// // 2 of 4 would be 50 %, above the 49 % cap, so 1 (25 %) is the closest allowed number.
/// assert_eq!(seats_needed(4, ned), 1);
/// assert_eq!(seats_needed(10, ned), 4);
/// assert_eq!(seats_needed(20, all), 7); // 35 % is closer to 33 % than 30 % is
/// // A tie: 16 (32 %) and 17 (34 %) are equally close to 33 % of 50; the lower is taken.
/// assert_eq!(seats_needed(50, all), 16);
/// assert_eq!(seats_needed(0, ned), 0);
/// ```
pub fn seats_needed(seats: u32, target: Share) -> u32 {
    if seats == 0 {
        return 0;
    }
    let n = u128::from(seats);
    let p = target_numerator(target.get());
    // k_near = the integer nearest to p·n/SCALE, with halves going down:
    // ⌈x − ½⌉ = ⌊(2·p·n + SCALE − 1) / (2·SCALE)⌋ for x = p·n/SCALE ≥ 0.
    let k_near = (2 * p * n + SCALE - 1) / (2 * SCALE);
    // Largest k with k/n ≤ 49 %, that is 100·k ≤ 49·n.
    let cap = 49 * n / 100;
    // |k − x| is convex in k: if k_near is above the cap, the cap is the closest allowed.
    let k = k_near.min(cap);
    u32::try_from(k).expect("k <= 49 % of a u32 seat count fits in u32")
}

/// Additional seats the under-represented sex still needs: seats_needed − held, or 0 when already reached.
///
/// `held` is the number of seats the under-represented sex holds now. If `held` is already
/// at or above [`seats_needed`], the result is 0. This includes the case of an inconsistent
/// `held > seats`. The same Directive provisions apply as for [`seats_needed`], with the same
/// caveat: the rounding rule and the Annex were recalled, not verified.
///
/// # Examples
///
/// ```
/// use gender_impact::stats::seats_short;
/// use gender_impact::stats::Share;
///
/// let ned = Share::new(0.40).unwrap();
/// // 12 non-executive directors need 5 of the under-represented sex; 3 hold seats now.
/// assert_eq!(seats_short(12, 3, ned), 2);
/// assert_eq!(seats_short(12, 5, ned), 0);
/// assert_eq!(seats_short(12, 7, ned), 0);
/// ```
pub fn seats_short(seats: u32, held: u32, target: Share) -> u32 {
    seats_needed(seats, target).saturating_sub(held)
}

/// The target read as `p / SCALE`, with `p` rounded to the nearest integer.
///
/// A target with up to nine decimals, such as 0.33, is then exact. A target outside
/// `[0, 1]` cannot come from a valid `Share`, but is clamped anyway. A NaN counts as 0.
fn target_numerator(t: f64) -> u128 {
    let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
    // In 0..=SCALE, so exactly representable; the cast cannot truncate.
    (t * SCALE as f64).round() as u128
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_numerator_snaps_decimal_targets() {
        assert_eq!(target_numerator(0.33), 330_000_000);
        assert_eq!(target_numerator(0.40), 400_000_000);
        assert_eq!(target_numerator(0.0), 0);
        assert_eq!(target_numerator(1.0), SCALE);
        assert_eq!(target_numerator(f64::NAN), 0);
        assert_eq!(target_numerator(-1.0), 0);
        assert_eq!(target_numerator(2.0), SCALE);
    }
}
