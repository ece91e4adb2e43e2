#!/usr/bin/env python3
"""DuckDB's side of the per-employer benchmark (BENCHMARKS.md, "Per-employer analysis"): the
mean and median gaps of the pay level (annual_pay + bonus) per employer, from the CSV written by
`tests/reference/gen_by_employer_reference.py --rows N` (or the same as Parquet: a file whose
name ends in .parquet is read with read_parquet), result written to a CSV; one thread, or as
many as the third argument says (2 to compare with gia on both cores).

Run: /usr/bin/time -v python3 benches/by_employer_duckdb.py /tmp/extract.csv /tmp/duck.csv [THREADS]
(python 3.11, duckdb 2.0.1)
"""

import sys
import time

import duckdb

QUERY = """
COPY (
  WITH p AS (SELECT employer, sex, annual_pay + bonus AS pay FROM {reader}('{src}'))
  SELECT employer,
         count(*) FILTER (WHERE sex = 'F') AS n_women,
         count(*) FILTER (WHERE sex = 'M') AS n_men,
         (avg(pay) FILTER (WHERE sex = 'M') - avg(pay) FILTER (WHERE sex = 'F'))
           / avg(pay) FILTER (WHERE sex = 'M') AS mean_gap,
         (median(pay) FILTER (WHERE sex = 'M') - median(pay) FILTER (WHERE sex = 'F'))
           / median(pay) FILTER (WHERE sex = 'M') AS median_gap
  FROM p GROUP BY employer ORDER BY employer
) TO '{dst}' (HEADER)
"""

con = duckdb.connect()
threads = int(sys.argv[3]) if len(sys.argv) > 3 else 1
con.execute(f"SET threads = {threads}")
t = time.perf_counter()
reader = "read_parquet" if sys.argv[1].endswith(".parquet") else "read_csv"
con.execute(QUERY.format(reader=reader, src=sys.argv[1], dst=sys.argv[2]))
print(f"duckdb {duckdb.__version__}: {time.perf_counter() - t:.3f} s", file=sys.stderr)
