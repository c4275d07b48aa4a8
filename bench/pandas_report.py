#!/usr/bin/env python3
"""The monthly key-client sheet in pandas, written the way an analyst would.

It is the benchmark's competitor and an independent implementation of SPEC §3–§5 that the engine's
tests compare against (window pivot, average, rank, share, cumShare, ABC, XYZ, top-N key clients).

    /usr/bin/python3 bench/pandas_report.py bench/data/10k.csv --today 2024-01-15 --json out.json

The defaults read bench/generate.js output, as CSV or as .xlsx (bench/generateXlsx.js; read with
openpyxl, Debian's python3-openpyxl). Other exports need their columns and formats named, e.g.
samples/distributor-1c.csv:
    --encoding cp1251 --sep ';' --skiprows 3 --client Контрагент --date Дата --amount Сумма
    --date-format %d.%m.%Y --decimal ,
"""
import argparse
import datetime as dt
import json
import sys
import time

import numpy as np
import pandas as pd

TOTAL_WORDS = {"итого", "итого:", "всего", "total", "grand total", "общий итог"}


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("csv")
    p.add_argument("--month", help="report month YYYY-MM (default: latest complete month as of --today)")
    p.add_argument("--today", default=dt.date.today().isoformat(), help="YYYY-MM-DD")
    p.add_argument("--months", type=int, default=3)
    p.add_argument("--top", type=int, default=20)
    p.add_argument("--a", type=float, default=0.80)
    p.add_argument("--b", type=float, default=0.95)
    p.add_argument("--x", type=float, default=0.10)
    p.add_argument("--y", type=float, default=0.25)
    p.add_argument("--json", default="-", help="output file, - for stdout")
    p.add_argument("--client", default="Client")
    p.add_argument("--date", default="Date")
    p.add_argument("--amount", default="Amount")
    p.add_argument("--sep", default=",")
    p.add_argument("--encoding", default="utf-8")
    p.add_argument("--skiprows", type=int, default=0, help="title lines above the header")
    p.add_argument("--date-format", default="%Y-%m-%d", help="strptime format of the date's leading part")
    p.add_argument("--decimal", default=".", choices=[".", ","])
    return p.parse_args(argv)


def to_amount(col, decimal):
    """Numbers as exports write them: 1 234,56 / 1,234.56 / (1 234,56) / currency signs."""
    if pd.api.types.is_numeric_dtype(col):
        return col.astype(float)
    s = col.astype(str).str.strip()
    negative = s.str.startswith("(") & s.str.endswith(")")
    s = s.str.replace(r"[\s\u00a0()$€₽]|руб\.|р\.", "", regex=True)
    s = s.str.replace(".", "", regex=False).str.replace(",", ".", regex=False) if decimal == "," else s.str.replace(",", "", regex=False)
    values = pd.to_numeric(s, errors="coerce")
    return values.where(~negative, -values)


def load(a):
    columns = [a.client, a.date, a.amount]
    if a.csv.lower().endswith((".xlsx", ".xlsm")):  # the first sheet, read by openpyxl
        df = pd.read_excel(a.csv, engine="openpyxl", skiprows=a.skiprows, usecols=columns, dtype={a.client: str})
    else:
        df = pd.read_csv(a.csv, sep=a.sep, encoding=a.encoding, skiprows=a.skiprows, usecols=columns, dtype={a.client: str})
    df = df.dropna(how="all")  # blank lines and ;;;; lines are not rows
    read = len(df)
    name = df[a.client].fillna("").str.replace(r"\s+", " ", regex=True).str.strip()
    out = pd.DataFrame({
        "name": name,
        "key": name.str.lower(),
        "date": pd.to_datetime(df[a.date], format=a.date_format, exact=a.date_format == "%Y-%m-%d", errors="coerce"),
        "amount": to_amount(df[a.amount], a.decimal),
    })
    out = out[(out["name"] != "") & ~out["key"].isin(TOTAL_WORDS)].dropna(subset=["date", "amount"])
    return out, read


def month_index(ts):
    return ts.dt.year * 12 + ts.dt.month - 1


def month_label(i):
    return f"{i // 12}-{i % 12 + 1:02d}"


def report_month(df, a):
    if a.month:
        y, m = map(int, a.month.split("-"))
        return y * 12 + m - 1
    today = dt.date.fromisoformat(a.today)
    complete = df["month"][df["month"] < today.year * 12 + today.month - 1]
    if complete.empty:
        sys.exit("pandas_report: no complete month in the data")
    return int(complete.max())


def abc(values, a, b):
    """SPEC §5: A when the sum strictly before the value's tie group is < a·T, B when < b·T, else C."""
    cls = pd.Series("C", index=values.index)
    pos = values[values > 0].sort_values(ascending=False)
    total = pos.sum()
    if total <= 0:
        return cls
    before = pos.cumsum().shift(1, fill_value=0.0)
    before = before.groupby(pos.values).transform("min")  # a tie group starts where its first member starts
    cls[pos.index] = np.where(before < a * total, "A", np.where(before < b * total, "B", "C"))
    return cls


def xyz(pivot, mean, x, y):
    cv = pivot.std(axis=1, ddof=0) / mean
    cls = np.where(cv <= x, "X", np.where(cv <= y, "Y", "Z"))
    return pd.Series(np.where(mean > 0, cls, "Z"), index=pivot.index)


def build(df, a):
    df["month"] = month_index(df["date"])
    m = report_month(df, a)
    window = list(range(m - a.months + 1, m + 1))
    names = df.groupby("key", sort=False)["name"].first()  # first spelling in file order
    in_window = df[df["month"].isin(window)]
    pivot = in_window.pivot_table(index="key", columns="month", values="amount", aggfunc="sum", fill_value=0.0)
    pivot = pivot.reindex(columns=window, fill_value=0.0)
    t = pd.DataFrame({"name": names[pivot.index], "average": pivot.mean(axis=1)}, index=pivot.index)
    t = t.sort_values(["average", "name"], ascending=[False, True], kind="mergesort")
    pivot = pivot.loc[t.index]
    positive_total = t["average"][t["average"] > 0].sum()
    t["rank"] = np.arange(1, len(t) + 1)
    t["share"] = t["average"] / positive_total if positive_total > 0 else 0.0
    t["cumShare"] = t["share"].cumsum()
    t["abc"] = abc(t["average"], a.a, a.b)
    t["xyz"] = xyz(pivot, t["average"], a.x, a.y)
    t["key"] = (t["rank"] <= a.top) & (t["average"] > 0)
    clients = [
        {"name": r.name, "rank": int(r.rank), "monthly": [float(v) for v in pivot.loc[k]], "average": float(r.average),
         "share": float(r.share), "cumShare": float(r.cumShare), "abc": r.abc, "xyz": r.xyz, "key": bool(r.key)}
        for k, r in zip(t.index, t.itertuples(index=False))
    ]
    return {
        "window": {"months": [month_label(i) for i in window], "reportMonth": month_label(m)},
        "rows": {"used": int(len(df))},
        "total": float(df["amount"].sum()),
        "windowAmount": float(in_window["amount"].sum()),
        "rule": {"kind": "top", "n": a.top},
        "clients": clients,
    }


def main(argv):
    a = parse_args(argv)
    t0 = time.perf_counter()
    df, read = load(a)
    t1 = time.perf_counter()
    result = build(df, a)
    t2 = time.perf_counter()
    result["rows"]["read"] = read
    result["seconds"] = {"load": round(t1 - t0, 3), "report": round(t2 - t1, 3), "total": round(t2 - t0, 3)}
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if a.json == "-":
        print(text)
    else:
        with open(a.json, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        print(f"pandas_report: {len(result['clients'])} clients, {read} rows read in {result['seconds']['total']} s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
