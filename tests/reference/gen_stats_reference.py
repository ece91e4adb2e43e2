#!/usr/bin/env python3
"""Reference values for `tests/indicators/stats_reference.rs`, computed with SciPy.

Writes, beside this script,

* `stats_reference.csv`: one row per (n, k) with the Wilson, Clopper-Pearson
  and Jeffreys intervals at levels 0.90, 0.95 and 0.99 and the exact
  two-sided binomial test against four reference shares;
* `binomial_large_reference.csv`: the binomial test for n = 1000, 10 000 and
  100 000 with k spread around each reference's mean.

Definitions (x = k successes, n trials, alpha = 1 - level):

* z = scipy.stats.norm.ppf(1 - alpha / 2), computed as norm.isf(alpha / 2)
  (the same number, without the rounding of 1 - alpha / 2; statsmodels does
  the same).
* Wilson: centre = (x + z^2/2) / (n + z^2),
  half = z / (n + z^2) * sqrt(x (n - x) / n + z^2 / 4); low = 0 when x = 0,
  high = 1 when x = n.
* Clopper-Pearson: low = beta.ppf(alpha/2, x, n - x + 1) (0 when x = 0),
  high = beta.ppf(1 - alpha/2, x + 1, n - x) (1 when x = n).
* Jeffreys, equal-tailed, with the Brown-Cai-DasGupta (2001) boundary
  modification: low = beta.ppf(alpha/2, x + 1/2, n - x + 1/2) but 0 when
  x = 0; high = beta.ppf(1 - alpha/2, x + 1/2, n - x + 1/2) but 1 when x = n.
  (statsmodels' proportion_confint(method="jeffreys") does not apply the
  boundary modification.)
* Binomial test: scipy.stats.binomtest(k, n, p, alternative="two-sided").pvalue.

When statsmodels is installed, the script also checks that its
proportion_confint agrees with the intervals above (Wilson and "beta" =
Clopper-Pearson everywhere, Jeffreys where 0 < x < n) and records the largest
difference in the header.

Usage: python3 tests/reference/gen_stats_reference.py
"""

import math
import os
import platform
import sys

import numpy
import scipy
from scipy import stats

LEVELS = (0.90, 0.95, 0.99)
METHODS = ("wilson", "clopper_pearson", "jeffreys")
REFERENCES = (0.5, 0.3, 0.0375, 0.62)


def grid():
    """(n, k) pairs: every k for n = 1..=40 and n = 100, a spread of k for n = 1000, 10 000, 100 000."""
    pairs = [(n, k) for n in range(1, 41) for k in range(n + 1)]
    pairs += [(100, k) for k in range(101)]
    ks = set(range(0, 11)) | set(range(990, 1001)) | set(range(0, 1001, 25))
    ks |= {37, 38, 62, 333, 499, 501, 620, 667}
    pairs += [(1000, k) for k in sorted(ks)]
    pairs += [(10_000, k) for k in (0, 1, 5, 50, 375, 3000, 5000, 6200, 9999, 10_000)]
    pairs += [(100_000, k) for k in (0, 1, 37, 3750, 30_000, 50_000, 62_000, 99_999, 100_000)]
    return pairs


def large_binomial_cases():
    """(n, k, p) for the binomial test at larger n: k from 8 standard deviations below the mean
    to 8 above, in half steps, plus the ends."""
    cases = []
    for n in (1000, 10_000, 100_000):
        for p in REFERENCES:
            mean, sd = n * p, math.sqrt(n * p * (1.0 - p))
            ks = {0, 1, n - 1, n}
            ks |= {min(n, max(0, round(mean + j * sd / 2.0))) for j in range(-16, 17)}
            ks |= {math.floor(mean), math.ceil(mean)}
            cases += [(n, k, p) for k in sorted(ks)]
    return cases


def z_value(level):
    alpha = 1.0 - level
    return float(stats.norm.isf(alpha / 2.0))


def wilson(x, n, level):
    z = z_value(level)
    z2 = z * z
    centre = (x + z2 / 2.0) / (n + z2)
    half = z / (n + z2) * math.sqrt(x * (n - x) / n + z2 / 4.0)
    low = 0.0 if x == 0 else min(max(centre - half, 0.0), 1.0)
    high = 1.0 if x == n else min(max(centre + half, 0.0), 1.0)
    return low, high


def clopper_pearson(x, n, level):
    alpha = 1.0 - level
    low = 0.0 if x == 0 else float(stats.beta.ppf(alpha / 2.0, x, n - x + 1))
    high = 1.0 if x == n else float(stats.beta.ppf(1.0 - alpha / 2.0, x + 1, n - x))
    return low, high


def jeffreys(x, n, level):
    alpha = 1.0 - level
    a, b = x + 0.5, n - x + 0.5
    low = 0.0 if x == 0 else float(stats.beta.ppf(alpha / 2.0, a, b))
    high = 1.0 if x == n else float(stats.beta.ppf(1.0 - alpha / 2.0, a, b))
    return low, high


INTERVALS = {"wilson": wilson, "clopper_pearson": clopper_pearson, "jeffreys": jeffreys}


def statsmodels_check(rows):
    """Largest |difference| between the rows and statsmodels' proportion_confint."""
    try:
        import statsmodels
        from statsmodels.stats.proportion import proportion_confint
    except ImportError:
        return None
    worst = {m: 0.0 for m in METHODS}
    sm_name = {"wilson": "wilson", "clopper_pearson": "beta", "jeffreys": "jeffreys"}
    for (n, k), values in rows:
        for level in LEVELS:
            for method in METHODS:
                if method == "jeffreys" and k in (0, n):
                    continue  # statsmodels has no boundary modification
                low, high = values[(method, level)]
                sl, sh = proportion_confint(k, n, alpha=1.0 - level, method=sm_name[method])
                worst[method] = max(worst[method], abs(sl - low), abs(sh - high))
    return statsmodels.__version__, worst


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for n, k in grid():
        values = {}
        for level in LEVELS:
            for method in METHODS:
                values[(method, level)] = INTERVALS[method](k, n, level)
        pvalues = [float(stats.binomtest(k, n, p, alternative="two-sided").pvalue) for p in REFERENCES]
        rows.append(((n, k), values, pvalues))

    check = statsmodels_check([(key, values) for key, values, _ in rows])

    columns = ["n", "k"]
    for level in LEVELS:
        for method in METHODS:
            columns += [f"{method}_{level:.2f}_low", f"{method}_{level:.2f}_high"]
    columns += [f"binom_p_{p}" for p in REFERENCES]

    out = os.path.join(here, "stats_reference.csv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Reference values for tests/indicators/stats_reference.rs; generated by gen_stats_reference.py.\n")
        f.write(f"# scipy {scipy.__version__}, numpy {numpy.__version__}, python {platform.python_version()}\n")
        if check is None:
            f.write("# statsmodels: not installed, cross-check skipped\n")
        else:
            version, worst = check
            spread = ", ".join(f"{m} {worst[m]:.1e}" for m in METHODS)
            f.write(f"# statsmodels {version} proportion_confint, largest |difference|: {spread}\n")
        f.write("# Numbers are Python repr() of float64 (shortest round-trip form).\n")
        f.write(",".join(columns) + "\n")
        for (n, k), values, pvalues in rows:
            fields = [str(n), str(k)]
            for level in LEVELS:
                for method in METHODS:
                    low, high = values[(method, level)]
                    fields += [repr(low), repr(high)]
            fields += [repr(p) for p in pvalues]
            f.write(",".join(fields) + "\n")
    print(f"wrote {len(rows)} rows to {out}", file=sys.stderr)

    cases = large_binomial_cases()
    out = os.path.join(here, "binomial_large_reference.csv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Exact two-sided binomial test at larger n, for tests/indicators/stats_reference.rs; generated by gen_stats_reference.py.\n")
        f.write(f"# scipy {scipy.__version__} binomtest(k, n, p, alternative='two-sided').pvalue, numpy {numpy.__version__}, python {platform.python_version()}\n")
        f.write("n,k,p,p_value\n")
        for n, k, p in cases:
            pvalue = float(stats.binomtest(k, n, p, alternative="two-sided").pvalue)
            f.write(f"{n},{k},{p!r},{pvalue!r}\n")
    print(f"wrote {len(cases)} rows to {out}", file=sys.stderr)
    if check is not None:
        print(f"statsmodels cross-check: {check}", file=sys.stderr)


if __name__ == "__main__":
    main()
