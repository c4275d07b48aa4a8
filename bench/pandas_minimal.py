#!/usr/bin/env python3
"""The least an analyst would write in pandas for the key-client sheet, on a clean export.

The bench's second CSV competitor (issue 22): read_csv of the three columns with parse_dates, the
window pivot, the mean, the sort, ABC and XYZ, nothing else — no name clean-up, no totals row, no
row accounting, no tie rules. bench/pandas_report.py is the careful version the reports are
cross-checked against; this one is only timed.

    /usr/bin/python3 bench/pandas_minimal.py bench/data/1048575.csv 2024-01-15 out.json
"""
import json
import sys

import numpy as np
import pandas as pd

path, today, out = sys.argv[1], pd.Timestamp(sys.argv[2]), sys.argv[3]
df = pd.read_csv(path, usecols=["Client", "Date", "Amount"], parse_dates=["Date"])
df["month"] = df["Date"].dt.to_period("M")
report = today.to_period("M") - 1
window = df[(df["month"] > report - 3) & (df["month"] <= report)]
pivot = window.pivot_table(index="Client", columns="month", values="Amount", aggfunc="sum", fill_value=0)
average = pivot.mean(axis=1).sort_values(ascending=False)
before = average.cumsum().shift(1, fill_value=0) / average.sum()
abc = np.where(before < 0.8, "A", np.where(before < 0.95, "B", "C"))
cv = pivot.loc[average.index].std(axis=1, ddof=0) / average
xyz = np.where(cv <= 0.1, "X", np.where(cv <= 0.25, "Y", "Z"))
result = pd.DataFrame({"average": average, "abc": abc, "xyz": xyz})
result.reset_index().to_json(out, orient="records")
print(f"pandas_minimal: {len(result)} clients, report month {report}", file=sys.stderr)
