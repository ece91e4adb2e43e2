#!/usr/bin/env python3
"""Reference values for `tests/pay/registro.rs`: Spain's registro retributivo computed with
pandas, independently of the crate.

Writes, beside the repository's fixtures:

* `tests/fixtures/registro/nomina.csv`: a Spanish payroll (seeded, 64 workers, `;` delimiter,
  decimal point): `sexo` (mujer/hombre, and two `no binario` rows), `grupo` (professional group
  G1-G3), `salario_base`, two salary supplements `plus_convenio` and `plus_turnicidad` (the
  second 0 for many workers), a non-salary payment `dietas` (0 for many), `coef_jornada`
  (part-time coefficient, 0.5-1, some cells empty) and `dias` (days worked 30-365, some empty);
* `tests/reference/registro_reference.json`: for each reading (`all_workers`: every worker of
  the group, a concept not received counting as 0; `recipients`: those with an amount above 0),
  each group (`null`: all groups) and each concept (`salario_base`, `plus_convenio`,
  `plus_turnicidad`, `dietas`, `total` = base + supplements + non-salary payment), for women
  and men: n, mean and median of the amounts, and of the equalised amounts
  amount / (fte * days / 365) with an empty fte taken as 1 and empty days as 365.

Run: python3 tests/reference/gen_registro_reference.py   (python 3.11, pandas 3.1.1, numpy 2.4.6)
"""

import json
import pathlib

import numpy as np
import pandas as pd

ROOT = pathlib.Path(__file__).resolve().parents[2]
CSV = ROOT / "tests/fixtures/registro/nomina.csv"
OUT = ROOT / "tests/reference/registro_reference.json"
CONCEPTS = ["salario_base", "plus_convenio", "plus_turnicidad", "dietas", "total"]


def generate(seed=902):
    rng = np.random.default_rng(seed)
    n = 64
    sexo = rng.choice(["mujer", "hombre"], size=n).astype(object)
    sexo[[5, 40]] = "no binario"
    grupo = rng.choice(["G1", "G2", "G3"], size=n, p=[0.3, 0.4, 0.3])
    level = {"G1": 38000.0, "G2": 27000.0, "G3": 19000.0}
    base = np.array([level[g] for g in grupo]) * rng.uniform(0.85, 1.2, size=n)
    base = np.where(sexo == "hombre", base * 1.08, base)
    convenio = rng.uniform(800, 3500, size=n)
    turnicidad = np.where(rng.uniform(size=n) < 0.45, rng.uniform(500, 4000, size=n), 0.0)
    dietas = np.where(rng.uniform(size=n) < 0.35, rng.uniform(100, 2500, size=n), 0.0)
    fte = rng.choice([1.0, 1.0, 1.0, 0.75, 0.5, 0.6], size=n)
    dias = np.where(rng.uniform(size=n) < 0.25, rng.integers(30, 366, size=n), 365)
    # What was received: the full-time full-year pay times the part of it worked.
    worked = fte * dias / 365.0
    df = pd.DataFrame(
        {
            "sexo": sexo,
            "grupo": grupo,
            "salario_base": np.round(base * worked, 2),
            "plus_convenio": np.round(convenio * worked, 2),
            "plus_turnicidad": np.round(turnicidad, 2),
            "dietas": np.round(dietas, 2),
            "coef_jornada": fte,
            "dias": dias.astype(float),
        }
    )
    # Some cells empty: the crate takes fte 1 and 365 days for them (stated as assumptions).
    df.loc[[3, 17, 29], "coef_jornada"] = np.nan
    df.loc[[8, 33], "dias"] = np.nan
    return df


def write_csv(df):
    out = df.copy()
    out["coef_jornada"] = out["coef_jornada"].map(lambda v: "" if pd.isna(v) else repr(float(v)))
    out["dias"] = out["dias"].map(lambda v: "" if pd.isna(v) else str(int(v)))
    for c in ["salario_base", "plus_convenio", "plus_turnicidad", "dietas"]:
        out[c] = out[c].map(lambda v: f"{v:.2f}")
    CSV.parent.mkdir(parents=True, exist_ok=True)
    out.to_csv(CSV, sep=";", index=False)


def figures(values, equalised):
    if len(values) == 0:
        return {"n": 0, "mean": None, "median": None, "mean_equalised": None, "median_equalised": None}
    return {
        "n": int(len(values)),
        "mean": float(values.mean()),
        "median": float(values.median()),
        "mean_equalised": float(equalised.mean()),
        "median_equalised": float(equalised.median()),
    }


def reference(df):
    # Read back as the crate reads it: the CSV's text, amounts to two decimals.
    df = pd.read_csv(CSV, sep=";")
    df["total"] = df["salario_base"] + df["plus_convenio"] + df["plus_turnicidad"] + df["dietas"]
    factor = df["coef_jornada"].fillna(1.0) * df["dias"].fillna(365.0) / 365.0
    rows = []
    for reading in ["all_workers", "recipients"]:
        for group in [None, "G1", "G2", "G3"]:
            g = df if group is None else df[df["grupo"] == group]
            for concept in CONCEPTS:
                row = {"reading": reading, "group": group, "concept": concept}
                for sex, key in [("mujer", "women"), ("hombre", "men")]:
                    s = g[g["sexo"] == sex]
                    if reading == "recipients":
                        s = s[s[concept] > 0]
                    row[key] = figures(s[concept], s[concept] / factor[s.index])
                rows.append(row)
    return rows


def main():
    df = generate()
    write_csv(df)
    rows = reference(df)
    OUT.write_text(
        json.dumps(
            {"generator": "tests/reference/gen_registro_reference.py", "pandas": pd.__version__,
             "numpy": np.__version__, "rows": rows},
            indent=1,
        )
        + "\n"
    )
    print(f"{CSV.relative_to(ROOT)}: {len(df)} rows; {OUT.relative_to(ROOT)}: {len(rows)} rows")


if __name__ == "__main__":
    main()
