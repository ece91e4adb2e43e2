#!/usr/bin/env python3
"""Reference values for `tests/pay/logib.rs`: Logib's standard analysis model, computed with
statsmodels after the data preparation of the federal office's R package `logib` (0.2.1,
github.com/admin-ebg/logib: R/data_transformation.R `transform_data`, R/data_check.R
`check_data` (importance-1 checks: the row is discarded), R/models.R
`run_standard_analysis_model`, R/analysis.R `summary.analysis_model`), re-implemented here
line by line:

* salary components and `activity_rate`, `paid_hours` empty -> 0; empty `weekly_hours` -> the
  usual weekly hours; `population` empty -> 1;
* years of training = c(17, 15, 14, 15, 13, 12, 11, 7)[training];
  years_of_earning = max(age - years_of_training - 6, 0), and its square;
* mfww = the most frequent weekly hours (the highest among ties), over every row (before the
  population filter, as the package);
* fte = weekly_hours * activity_rate / (100 * mfww); where it is 0, 12 * paid_hours / (52 * mfww);
* standardized_salary = (basic_wage + allowances + monthly_wage_13 + special_payments) / fte;
* rows with population != 1 left out, then rows failing an importance-1 check left out;
* lm(log(standardized_salary) ~ years_of_training + years_of_service + years_of_earning +
  years_of_earning2 + level_of_requirements + professional_position + sex), the two factors
  with their highest level as base (a factor of one level is dropped), sex with men as base;
* Kennedy = exp(b) / exp(se^2 / 2) - 1; rating: 1 when the two-sided p > 0.05, else by
  floor(|Kennedy| * 1000) / 1000 against 0.025 (2) and 0.05 (3), else 4;
* the pre-2024 tolerance test (removed in logib 0.2.0, commit 57580c0): t = (|b| - 0.05) / se,
  one-sided p = 1 - pt(t, df), exceeded when p <= 0.05.

Cases, written to `logib_reference.json` beside this script:

* `synthetic`: the payroll tests/fixtures/logib/synthetic.csv, generated here (seeded), with
  hourly-paid staff, part-timers, missing weekly hours, populations 2-5, invalid rows;
* `example` (only when the package's example data sheet is given as argument; the data sheet
  itself is not committed: the package is GPL-3, this crate MIT OR Apache-2.0): the figures
  of `analysis(datalist_example, 1, 2019, usual_weekly_hours = 40, age_spec = "age")`.

Run: python3 tests/reference/gen_logib_reference.py [Example_data_sheet_M1.xlsx [out.csv]]
(numpy, pandas, statsmodels; openpyxl for the example).
"""
import json
import math
import os
import sys

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COLUMNS = ["age", "sex", "years_of_service", "training", "level_of_requirements",
           "professional_position", "activity_rate", "paid_hours", "basic_wage", "allowances",
           "monthly_wage_13", "special_payments", "weekly_hours", "population"]
TRAINING_YEARS = [17, 15, 14, 15, 13, 12, 11, 7]


def prepare(df, usual_weekly_hours):
    d = df.copy()
    for c in ["basic_wage", "allowances", "monthly_wage_13", "special_payments",
              "activity_rate", "paid_hours"]:
        d[c] = d[c].fillna(0.0)
    d["years_of_training"] = [TRAINING_YEARS[int(t) - 1] if t in range(1, 9) else np.nan
                              for t in d["training"]]
    d["years_of_earning"] = np.maximum(d["age"] - d["years_of_training"] - 6, 0)
    d["years_of_earning2"] = d["years_of_earning"] ** 2
    d["weekly_hours"] = d["weekly_hours"].fillna(usual_weekly_hours)
    counts = d["weekly_hours"].value_counts()
    mfww = max(counts[counts == counts.max()].index)
    d["fte"] = d["weekly_hours"] * d["activity_rate"] / (100 * mfww)
    zero = d["fte"] == 0
    d.loc[zero, "fte"] = 12 * d.loc[zero, "paid_hours"] / (52 * mfww)
    d["standardized_salary"] = (d["basic_wage"] + d["allowances"] + d["monthly_wage_13"]
                                + d["special_payments"]) / d["fte"]
    d["population"] = d["population"].fillna(1)
    d = d[d["population"] == 1]
    return d[valid(d)], mfww


def valid(d):
    """The importance-1 checks of check_data (a row failing one is discarded)."""
    bad = pd.Series(False, index=d.index)
    for c in ["age", "sex", "years_of_service", "training", "level_of_requirements",
              "professional_position", "basic_wage", "population"]:
        bad |= d[c].isna()
    bad |= d["age"] != np.floor(d["age"])
    bad |= (d["age"] < 13) | (d["age"] > 100)
    bad |= ~d["sex"].isin(["F", "M"])
    bad |= (d["years_of_service"] < 0) | (d["years_of_service"] > 85)
    bad |= d["age"] - d["years_of_service"] < 13
    bad |= ~d["training"].isin(range(1, 9))
    bad |= (d["activity_rate"] > 150) | (d["activity_rate"] < 0)
    bad |= (d["paid_hours"] > 300) | (d["paid_hours"] < 0)
    bad |= (d["activity_rate"] > 0) & (d["paid_hours"] > 0)
    bad |= d["basic_wage"] < 0
    bad |= (d["basic_wage"] == 0) & ((d["activity_rate"] > 0) | (d["paid_hours"] > 0))
    bad |= d["allowances"] < 0
    bad |= d["monthly_wage_13"] < 0
    bad |= d["special_payments"] < 0
    bad |= (d["weekly_hours"] < 1) | (d["weekly_hours"] > 100)
    bad |= ~d["population"].isin(range(1, 6))
    bad |= ~d["level_of_requirements"].isin(range(1, 9))
    bad |= ~d["professional_position"].isin(range(1, 6))
    return ~bad


def model(d):
    n = len(d)
    cols = {"(intercept)": np.ones(n)}
    for c in ["years_of_training", "years_of_service", "years_of_earning", "years_of_earning2"]:
        cols[c] = d[c].to_numpy(dtype=float)
    for f in ["level_of_requirements", "professional_position"]:
        levels = sorted(d[f].unique())
        # R: relevel(factor(x), max(levels(factor(x)))): the greatest level *as text*.
        base = max(str(int(v)) for v in levels)
        for level in levels:
            if str(int(level)) != base:
                cols[f"{f}={int(level)}"] = (d[f] == level).to_numpy(dtype=float)
    cols["sex=F"] = (d["sex"] == "F").to_numpy(dtype=float)
    x = pd.DataFrame(cols)
    y = np.log(d["standardized_salary"].to_numpy(dtype=float))
    fit = sm.OLS(y, x).fit()
    b, se = fit.params["sex=F"], fit.bse["sex=F"]
    df = int(fit.df_resid)
    kennedy = math.exp(b) / math.exp(se * se / 2) - 1
    p = 2 * (1 - stats.t.cdf(abs(b) / se, df))
    k3 = math.floor(abs(kennedy) * 1000) / 1000
    rating = 1 if p > 0.05 else (2 if k3 <= 0.025 else (3 if k3 <= 0.05 else 4))
    t_tol = (abs(b) - 0.05) / se
    p_tol = 1 - stats.t.cdf(t_tol, df)
    return {
        "n": n, "n_women": int((d["sex"] == "F").sum()), "n_men": int((d["sex"] == "M").sum()),
        "coefficient": b, "std_error": se, "t": fit.tvalues["sex=F"], "df": df,
        "r_squared": fit.rsquared, "kennedy": kennedy, "p_value": fit.pvalues["sex=F"],
        "rating": rating, "tolerance_t": t_tol, "tolerance_p_value": p_tol,
        "tolerance_exceeded": bool(p_tol <= 0.05),
    }


def synthetic():
    rng = np.random.default_rng(20240523)
    n = 160
    rows = []
    for i in range(n):
        sex = "F" if rng.random() < 0.45 else "M"
        training = int(rng.integers(1, 9))
        age = int(rng.integers(20, 64))
        yos = float(min(int(rng.integers(0, 30)), age - 16))
        level = int(rng.integers(1, 9))
        position = int(rng.integers(1, 6))
        hourly = rng.random() < 0.1
        weekly = [40, 40, 40, 42, 41][int(rng.integers(0, 5))]
        rate = 0.0 if hourly else float([100, 100, 80, 60, 50][int(rng.integers(0, 5))])
        hours = float(int(rng.integers(40, 180))) if hourly else 0.0
        fte = rate / 100 if not hourly else hours * 12 / 52 / 40
        log_full = (8.2 + 0.02 * (17 - training) * -1 + 0.01 * yos + 0.03 * (level == 1)
                    - 0.02 * level - 0.03 * position - (0.045 if sex == "F" else 0.0)
                    + rng.normal(0, 0.04))
        wage = round(math.exp(log_full) * fte)
        rows.append({
            "age": age, "sex": sex, "years_of_service": yos, "training": training,
            "level_of_requirements": level, "professional_position": position,
            "activity_rate": rate, "paid_hours": hours, "basic_wage": float(wage),
            "allowances": float(round(rng.random() * 300)) if rng.random() < 0.3 else 0.0,
            "monthly_wage_13": float(round(wage / 12)),
            "special_payments": float(round(rng.random() * 800)) if rng.random() < 0.2 else 0.0,
            "weekly_hours": weekly, "population": 1,
        })
    df = pd.DataFrame(rows, columns=COLUMNS)
    df.loc[[3, 77], "weekly_hours"] = np.nan              # the usual weekly hours (40)
    df.loc[[5, 6, 150], "population"] = [2, 5, 3]         # left out
    df.loc[9, "population"] = np.nan                      # read as 1
    df.loc[11, "training"] = 9                            # invalid: discarded
    df.loc[12, "paid_hours"] = 20.0                       # both non-zero: discarded
    df.loc[13, "age"] = 12                                # invalid: discarded
    df.loc[14, ["allowances", "special_payments"]] = np.nan  # read as 0
    return df


def main():
    out = {"statsmodels": statsmodels.__version__}
    syn = synthetic()
    path = os.path.join(ROOT, "tests", "fixtures", "logib", "synthetic.csv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    syn.to_csv(path, index=False, float_format="%.10g")
    syn = pd.read_csv(path)
    d, mfww = prepare(syn, 40)
    out["synthetic"] = dict(model(d), mfww=float(mfww))
    if len(sys.argv) > 1:
        sheet = pd.read_excel(sys.argv[1], sheet_name="data_sheet_template")
        sheet = sheet.iloc[:, [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16]]
        sheet.columns = COLUMNS
        sheet = sheet.dropna(how="all")
        if len(sys.argv) > 2:
            sheet.to_csv(sys.argv[2], index=False)
        d, mfww = prepare(sheet, 40)
        out["example"] = dict(model(d), mfww=float(mfww))
    with open(os.path.join(HERE, "logib_reference.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
