#!/usr/bin/env python3
"""Writes the Parquet cases of the bad-input catalogue (`tests/bad-input/payroll/*.parquet`),
each a few rows, with pyarrow; their `.expected` files are written by hand (see
tests/document/bad_input_catalogue.rs).

Run: python3 tests/reference/gen_parquet_bad_input.py   (python 3.11, pyarrow 26.0.1)
"""

import datetime
import pathlib

import pyarrow as pa
import pyarrow.parquet as pq

DIR = pathlib.Path(__file__).resolve().parents[1] / "bad-input/payroll"


def write(name, table, **kw):
    kw.setdefault("compression", "none")
    pq.write_table(table, DIR / f"{name}.parquet", store_schema=False, **kw)


def main():
    genders = pa.array(["F", "M", "F"])
    ok = pa.table({"gender": genders, "annual_pay": pa.array([41000.0, 43000.0, 39500.5])})
    # Not Parquet at all: a CSV file named .parquet.
    (DIR / "parquet-not-parquet.parquet").write_text("gender,annual_pay\nF,41000\n")
    # Cut short: the first half of a valid file.
    write("parquet-truncated", ok)
    path = DIR / "parquet-truncated.parquet"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    # Encrypted footer: a valid file whose magic numbers say `PARE` (what an encrypted file
    # starts and ends with; its footer would be unreadable without the key).
    write("parquet-encrypted", ok)
    path = DIR / "parquet-encrypted.parquet"
    data = path.read_bytes()
    path.write_bytes(b"PARE" + data[4:-4] + b"PARE")
    # annual_pay a list of amounts per row (repeated), bonus a struct (nested).
    write(
        "parquet-nested-columns",
        pa.table(
            {
                "gender": genders,
                "annual_pay": pa.array([[41000.0], [43000.0, 1.0], []]),
                "bonus": pa.array([{"a": 1.0}, {"a": 2.0}, {"a": 3.0}]),
            }
        ),
    )
    # annual_pay an INT96 timestamp: not a number nor a text.
    when = datetime.datetime(2024, 1, 1)
    write(
        "parquet-int96-column",
        pa.table({"gender": genders, "annual_pay": pa.array([when] * 3, pa.timestamp("ns"))}),
        use_deprecated_int96_timestamps=True,
    )
    # A null gender (row 2) and a null pay (row 3): empty cells, errors as in a CSV file.
    write(
        "parquet-nulls",
        pa.table(
            {
                "gender": pa.array(["F", None, "M"]),
                "annual_pay": pa.array([41000.0, 43000.0, None]),
            }
        ),
    )
    # Pay as text, with a word in row 2; a NaN double in variable pay, row 3.
    write(
        "parquet-text-and-nan",
        pa.table(
            {
                "gender": genders,
                "annual_pay": pa.array(["41000", "48k", "39500"]),
                "bonus": pa.array([0.0, 10.0, float("nan")]),
            }
        ),
    )
    # Brotli-compressed: a codec the reader does not build in.
    write("parquet-brotli", ok, compression="brotli")


if __name__ == "__main__":
    main()
