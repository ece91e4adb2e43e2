#!/usr/bin/env python3
"""Reference values for `tests/pay/regression_reference.rs`, computed with statsmodels.

Writes `regression_reference.json` beside this script: for each case, the design (column
names, the rows of group A = men and group B = women, the outcome), and

* `ols`: statsmodels `OLS(y, X).fit()` on both groups with a woman indicator: params, bse,
  HC1 bse (`fit(cov_type="HC1")`), tvalues, pvalues, df_resid, rsquared;
* `oaxaca`: `OaxacaBlinder(y, X, "woman", hasconst=True, swap=False)`: men are statsmodels'
  first group "f" (indicator 0 sorts first) and women "s"; `three_fold()` gives
  (endowments, coefficients, interaction, gap) and `two_fold(two_fold_type=...)` gives
  (unexplained, explained, gap) for "pooled", "nuemark" (statsmodels' spelling of Neumark),
  "cotton", "reimers", and "self_submitted" with weight 1 (men's coefficients) and 0
  (women's).

swap=False matters: with swap=True statsmodels puts the group with the higher mean first but
keeps the unswapped group sizes in its Cotton weights.

Cases:
* `synthetic`: 400 workers (seeded), log pay on an intercept, age, years of service and a
  four-level grade factor (base: the first level in sorted order, as the crate does).
* `montgomery`: Montgomery County's 2023 payroll (data/montgomery-county-employee-salaries-2023.csv),
  log(Base_Salary) on an intercept and Grade as a factor, leaving out the grades `NULL` (not
  recorded) and keeping the grades with at least 5 women and 5 men and a positive salary (so that every dummy has variation in both groups
  and no column is aliased: statsmodels uses a pseudo-inverse where R and the crate drop).

Run: python3 tests/reference/gen_regression_reference.py   (numpy, pandas, statsmodels)
"""
import json
import math
import os

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm
from statsmodels.stats.oaxaca import OaxacaBlinder

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def design(df, numeric, factors):
    cols = {"(intercept)": np.ones(len(df))}
    for c in numeric:
        cols[c] = df[c].to_numpy(dtype=float)
    for f in factors:
        levels = sorted(df[f].unique())
        for level in levels[1:]:
            cols[f"{f}={level}"] = (df[f] == level).to_numpy(dtype=float)
    return pd.DataFrame(cols)


def case(name, df, numeric, factors, with_rows=True):
    x = design(df, numeric, factors)
    y = np.log(df["pay"].to_numpy(dtype=float))
    woman = (df["gender"] == "F").to_numpy(dtype=float)
    xw = x.copy()
    xw["woman"] = woman
    fit = sm.OLS(y, xw).fit()
    hc1 = sm.OLS(y, xw).fit(cov_type="HC1")
    ob = OaxacaBlinder(y, xw, "woman", hasconst=True, swap=False)
    endow, coef, inter, gap = ob.three_fold().params
    twofold = {}
    for kind in ["pooled", "nuemark", "cotton", "reimers"]:
        u, e, _ = ob.two_fold(two_fold_type=kind).params
        twofold[kind] = {"explained": e, "unexplained": u}
    for label, w in [("men", 1.0), ("women", 0.0)]:
        u, e, _ = ob.two_fold(two_fold_type="self_submitted", submitted_weight=w).params
        twofold[label] = {"explained": e, "unexplained": u}
    return {
        "name": name,
        "numeric": numeric,
        "factors": factors,
        "n": len(df),
        "rows": [
            {"gender": g, "pay": p, **{c: float(r[c]) for c in numeric}, **{f: str(r[f]) for f in factors}}
            for g, p, (_, r) in zip(df["gender"], df["pay"], df.iterrows())
        ] if with_rows else None,
        "ols": {
            "names": list(xw.columns),
            "params": list(fit.params),
            "bse": list(fit.bse),
            "bse_hc1": list(hc1.bse),
            "tvalues": list(fit.tvalues),
            "pvalues": list(fit.pvalues),
            "df_resid": fit.df_resid,
            "rsquared": fit.rsquared,
        },
        "oaxaca": {
            "gap": gap,
            "threefold": {"endowments": endow, "coefficients": coef, "interaction": inter},
            "twofold": twofold,
            "n_men": int((woman == 0).sum()),
            "n_women": int((woman == 1).sum()),
        },
    }


def synthetic():
    rng = np.random.default_rng(20261204)
    n = 400
    gender = rng.choice(["F", "M"], size=n)
    age = rng.integers(20, 65, size=n).astype(float)
    years = np.minimum(rng.integers(0, 30, size=n), age - 18).astype(float)
    grade = rng.choice(["G1", "G2", "G3", "G4"], size=n, p=[0.4, 0.3, 0.2, 0.1])
    step = {"G1": 0.0, "G2": 0.15, "G3": 0.35, "G4": 0.6}
    logpay = (
        10.2 + 0.004 * age + 0.01 * years + np.array([step[g] for g in grade])
        - 0.05 * (gender == "F") + rng.normal(0, 0.12, size=n)
    )
    pay = np.round(np.exp(logpay), 2)
    return pd.DataFrame({"gender": gender, "pay": pay, "age": age, "years": years, "grade": grade})


def montgomery():
    path = os.path.join(ROOT, "data", "montgomery-county-employee-salaries-2023.csv")
    df = pd.read_csv(path, keep_default_na=False, dtype={"Grade": str})
    # 33 rows have the grade `NULL`: not recorded.
    df = df[(df["Base_Salary"] > 0) & df["Gender"].isin(["F", "M"]) & ~df["Grade"].isin(["", "NULL"])]
    counts = df.groupby(["Grade", "Gender"]).size().unstack(fill_value=0)
    keep = counts[(counts.get("F", 0) >= 5) & (counts.get("M", 0) >= 5)].index
    df = df[df["Grade"].isin(keep)]
    return pd.DataFrame({"gender": df["Gender"], "pay": df["Base_Salary"], "grade": df["Grade"].astype(str)})


def main():
    cases = [
        case("synthetic", synthetic(), ["age", "years"], ["grade"]),
        # The test reads the payroll itself and applies the same filter.
        case("montgomery", montgomery(), [], ["grade"], with_rows=False),
    ]
    out = {"statsmodels": statsmodels.__version__, "numpy": np.__version__, "cases": cases}
    for c in cases:
        for v in c["ols"]["params"] + [c["oaxaca"]["gap"]]:
            assert math.isfinite(v)
    with open(os.path.join(HERE, "regression_reference.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    for c in cases:
        print(c["name"], c["n"], "rows", c["oaxaca"]["threefold"], c["oaxaca"]["gap"])


if __name__ == "__main__":
    main()
