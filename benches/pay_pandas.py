#!/usr/bin/env python3
"""pandas' side of the one-employer whole-process comparison in BENCHMARKS.md (issue 14).

Computes, from the same CSV as `gia pay FILE --preset montgomery --no-inference --format json`,
the figures of that command's Article 9 section: workers by sex; (a) mean and (c) median gaps of
annual pay (base + variable); (b) mean and (d) median gaps of variable pay among those who
receive some; (e) the shares receiving variable pay; (f) the women's share of each pay quartile
(bands of equal size by rank, ties split in proportion, as `quartile_bands` does); (g) per
category (Grade) the counts and the mean gaps of basic and of total pay. Prints them as JSON, so
that the figures can be compared with gia's (`--check GIA_JSON`) and the two timed side by side:

    /usr/bin/time -v python3 benches/pay_pandas.py /tmp/mont-100.csv > /tmp/pandas.json
    /usr/bin/time -v gia pay /tmp/mont-100.csv --preset montgomery --no-inference --format json

The Montgomery columns: Gender (F/M), Base_Salary, Overtime_Pay, Longevity_Pay, Grade; `NULL`
is a missing value. Needs pandas (and numpy).
"""

import json
import sys

import numpy as np
import pandas as pd


def gap(women, men):
    return None if men == 0 else (men - women) / men


def figure(values, is_woman, stat):
    w, m = values[is_woman], values[~is_woman]
    fw, fm = getattr(w, stat)(), getattr(m, stat)()
    return {"value": gap(fw, fm), "women": fw, "men": fm, "n_women": int(w.size), "n_men": int(m.size)}


def quartiles(pay, is_woman):
    """Four bands of n/4 ranks each; a run of equal pay crossing a band edge is split between
    the bands in proportion to the ranks each takes, and its women are shared the same way."""
    order = np.argsort(pay.to_numpy(), kind="stable")
    ranked = pay.to_numpy()[order]
    women = is_woman.to_numpy()[order].astype(np.int64)
    n = ranked.size
    edges = [n * k / 4 for k in range(5)]
    # Runs of equal pay: their rank spans and women counts.
    starts = np.flatnonzero(np.r_[True, ranked[1:] != ranked[:-1]])
    ends = np.r_[starts[1:], n]
    run_women = np.add.reduceat(women, starts)
    bands = []
    for k in range(4):
        lo, hi = edges[k], edges[k + 1]
        taken = np.clip(np.minimum(ends, hi) - np.maximum(starts, lo), 0, None)
        size = ends - starts
        w = float(np.sum(run_women * taken / size))
        total = float(np.sum(taken))
        bands.append({"women": w, "men": total - w, "women_share": w / total if total else None})
    return bands


def categories(df, is_woman):
    out = []
    for name, g in df.groupby("Grade", dropna=False, sort=True):
        w = is_woman.loc[g.index]
        out.append({
            "category": None if pd.isna(name) else str(name),
            "women": int(w.sum()),
            "men": int((~w).sum()),
            "basic_mean_gap": figure(g["Base_Salary"], w, "mean")["value"],
            "pay_level_mean_gap": figure(g["annual"], w, "mean")["value"],
        })
    return out


def main(path):
    df = pd.read_csv(path, na_values=["NULL"], keep_default_na=False,
                     dtype={"Grade": "string", "Gender": "string"})
    df["variable"] = df["Overtime_Pay"] + df["Longevity_Pay"]
    df["annual"] = df["Base_Salary"] + df["variable"]
    is_woman = df["Gender"] == "F"
    receives = df["variable"] > 0
    var, vw = df.loc[receives, "variable"], is_woman[receives]
    return {
        "workers": {"women": int(is_woman.sum()), "men": int((~is_woman).sum())},
        "a_mean_gap_annual": figure(df["annual"], is_woman, "mean"),
        "b_variable_mean_gap": figure(var, vw, "mean"),
        "c_median_gap_annual": figure(df["annual"], is_woman, "median"),
        "d_variable_median_gap": figure(var, vw, "median"),
        "e_variable_women": {"count": int(vw.sum()), "of": int(is_woman.sum())},
        "e_variable_men": {"count": int((~vw).sum()), "of": int((~is_woman).sum())},
        "f_quartiles": quartiles(df["annual"], is_woman),
        "g_categories": categories(df, is_woman),
    }


def check(ours, path):
    """Compares (a)-(f) with gia's JSON; prints the largest differences."""
    eu = json.load(open(path))["eu"]
    worst = 0.0
    for key in ["a_mean_gap_annual", "b_variable_mean_gap", "c_median_gap_annual", "d_variable_median_gap"]:
        for field in ["value", "women", "men"]:
            worst = max(worst, abs(ours[key][field] - eu[key][field]) / max(1.0, abs(eu[key][field])))
        assert (ours[key]["n_women"], ours[key]["n_men"]) == (eu[key]["n_women"], eu[key]["n_men"]), key
    for ours_band, band in zip(ours["f_quartiles"], eu["f_quartiles"]):
        worst = max(worst, abs(ours_band["women_share"] - band["women_share"]))
    print(f"largest relative difference from gia's (a)-(f): {worst:.2e}", file=sys.stderr)


if __name__ == "__main__":
    figures = main(sys.argv[1])
    json.dump(figures, sys.stdout, default=float)
    if len(sys.argv) > 3 and sys.argv[2] == "--check":
        check(figures, sys.argv[3])
