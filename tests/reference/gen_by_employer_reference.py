#!/usr/bin/env python3
"""Reference values for `tests/pay/by_employer.rs`: per-employer pay gaps computed with pandas,
independently of the crate; and, with --rows, national-style extracts for the benchmarks.

Without arguments, writes beside the repository's fixtures:

* `tests/fixtures/by_employer/extract.csv`: a national-style extract (seeded, 2,400 rows, 60
  employers of very different sizes, from 1 row to several hundred, rows interleaved at random):
  `employer` (E000000...), `sex` (F/M, and a few X: non-binary), `annual_pay` (2 decimals),
  `bonus` (variable pay, 0 for most), `category` (C1-C4, some cells empty), `region` (often
  empty). Employers E000057-E000059 have women only or men only.
* `tests/reference/by_employer_reference.json`: for each employer, over women and men (X rows
  are counted as `excluded` and left out): n, the mean and median of the pay level
  (annual_pay + bonus) by sex and the gaps (men - women) / men; the same over bonus recipients
  (bonus > 0); the share of women and men receiving a bonus; the four quartile pay bands
  (rank the women and men by pay level, band j ends at floor(j * n / 4)) with the women in each.
  The generator asserts that no tie of pay straddles a band boundary (ties would be shared out).

With `--rows N --employers M --out PATH`: writes a benchmark extract of N rows (same columns,
employer sizes following a Zipf-like law over M employers, interleaved), without a reference.

Run: python3 tests/reference/gen_by_employer_reference.py   (python 3.11, pandas 3.1.1, numpy 2.4.6)
"""

import argparse
import json
import pathlib

import numpy as np
import pandas as pd

ROOT = pathlib.Path(__file__).resolve().parents[2]
CSV = ROOT / "tests/fixtures/by_employer/extract.csv"
OUT = ROOT / "tests/reference/by_employer_reference.json"


def extract(rng, rows, employers, one_sex=()):
    """A national-style extract of `rows` rows over `employers` employers (Zipf-like sizes)."""
    weights = 1.0 / (np.arange(employers) + 1.0) ** 1.3
    emp = rng.choice(employers, size=rows, p=weights / weights.sum())
    sex = rng.choice(np.array(["F", "M", "X"]), size=rows, p=[0.48, 0.51, 0.01])
    for e, s in one_sex:
        emp[rng.choice(rows, size=3 + e % 4, replace=False)] = e
    # Employers of one sex only: every row of theirs gets that sex.
    for e, s in one_sex:
        sex[emp == e] = s
    level = 22000.0 + (emp % 17) * 1500.0
    pay = level * rng.lognormal(0.0, 0.35, size=rows) * np.where(sex == "M", 1.07, 1.0)
    bonus = np.where(rng.uniform(size=rows) < 0.3, rng.uniform(100, 9000, size=rows), 0.0)
    category = rng.choice(np.array(["C1", "C2", "C3", "C4", ""]), size=rows)
    region = rng.choice(np.array(["", "", "North", "South"]), size=rows)
    return pd.DataFrame(
        {
            "employer": [f"E{e:06d}" for e in emp],
            "sex": sex,
            "annual_pay": np.round(pay, 2),
            "bonus": np.round(bonus, 2),
            "category": category,
            "region": region,
        }
    )


def gap(w, m):
    if w is None or m is None or m == 0:
        return None
    return (m - w) / m


def stat(s, f):
    return None if len(s) == 0 else float(f(s))


def bands(df):
    """Women and people in each quartile pay band, by rank of pay level."""
    d = df.sort_values("level", kind="stable")
    n = len(d)
    ends = [j * n // 4 for j in range(1, 5)]
    levels = d["level"].to_numpy()
    for e in ends[:3]:
        assert e == 0 or e == n or levels[e - 1] != levels[e], "a tie straddles a band boundary"
    women = (d["sex"] == "F").to_numpy()
    out, start = [], 0
    for e in ends:
        out.append({"women": int(women[start:e].sum()), "people": e - start})
        start = e
    return out


def reference(df):
    df = df.copy()
    df["level"] = df["annual_pay"] + df["bonus"]
    out = {}
    for emp, g in df.groupby("employer", sort=True):
        wm = g[g["sex"] != "X"]
        w, m = wm[wm["sex"] == "F"], wm[wm["sex"] == "M"]
        wb, mb = w[w["bonus"] > 0], m[m["bonus"] > 0]
        r = {
            "rows": len(g),
            "women": len(w),
            "men": len(m),
            "excluded": int((g["sex"] == "X").sum()),
            "women_mean": stat(w["level"], np.mean),
            "men_mean": stat(m["level"], np.mean),
            "women_median": stat(w["level"], np.median),
            "men_median": stat(m["level"], np.median),
            "bonus_women_mean": stat(wb["bonus"], np.mean),
            "bonus_men_mean": stat(mb["bonus"], np.mean),
            "bonus_women_median": stat(wb["bonus"], np.median),
            "bonus_men_median": stat(mb["bonus"], np.median),
            "bonus_women": len(wb),
            "bonus_men": len(mb),
            "bands": bands(wm),
        }
        r["mean_gap"] = gap(r["women_mean"], r["men_mean"])
        r["median_gap"] = gap(r["women_median"], r["men_median"])
        r["bonus_mean_gap"] = gap(r["bonus_women_mean"], r["bonus_men_mean"])
        r["bonus_median_gap"] = gap(r["bonus_women_median"], r["bonus_men_median"])
        out[emp] = r
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int)
    ap.add_argument("--employers", type=int, default=90_000)
    ap.add_argument("--out")
    ap.add_argument("--seed", type=int, default=14)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    if a.rows:
        # In chunks of at most 2,000,000 rows (each interleaved over every employer), appended.
        done = 0
        while done < a.rows:
            n = min(2_000_000, a.rows - done)
            extract(rng, n, a.employers).to_csv(
                a.out, index=False, float_format="%.2f", mode="w" if done == 0 else "a",
                header=done == 0,
            )
            done += n
        return
    df = extract(rng, 2400, 60, one_sex=[(57, "F"), (58, "M"), (59, "F")])
    CSV.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(CSV, index=False, float_format="%.2f")
    # Read back as the crate reads it: the numbers as written.
    back = pd.read_csv(CSV, dtype={"category": str, "region": str})
    OUT.write_text(json.dumps(reference(back), indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
