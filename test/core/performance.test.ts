// Behaviours that the performance work changed the machinery of (docs/performance.md): interning
// names in a TextTable, rows in Excel's shape through a short path, clients ranked by a native sort,
// columns sized from the expected row count, ABC thresholds found without sorting every value,
// MONTHLY's lists fed in blocks, the matrix's month table, the assortment's second pass over the
// window's rows only.

import fc from "fast-check";
import { assortmentUse } from "../../src/core/assortment";
import { CLASS_A, CLASS_B, CLASS_C, abcCodes } from "../../src/core/classify";
import { Ingestor, ingestCells } from "../../src/core/ingest";
import { aggregateMonths } from "../../src/core/matrix";
import { monthlyPivot } from "../../src/core/pivot";
import { buildReport } from "../../src/core/report";
import { compareNames, largestFirst } from "../../src/core/ranking";
import { ExactSum, clearlyBelow } from "../../src/core/sums";
import type { CellValue, IngestResult } from "../../src/core/types";
import { shipmentTable } from "../helpers/table";

const TODAY = "2018-01-15";
const HEADER = ["Client", "Date", "Product", "Amount"];

/** Client and product of every used row, by name. */
function names(r: IngestResult): [string, string | null][] {
  const t = r.table;
  return Array.from({ length: t.count }, (_, i) => [t.clients[t.clientId[i]], t.productId![i] < 0 ? null : t.products[t.productId![i]]]);
}

describe("names are interned by their text, whatever the text", () => {
  test("names that are also property names of plain objects are ordinary clients and products", () => {
    const special = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "length", "0", "-1", "1e3"];
    const rows: CellValue[][] = special.map((name, i) => [name, "2017-12-01", name, i + 1]);
    const r = ingestCells([HEADER, ...rows, ...rows], { today: TODAY });
    expect(r.table.clients).toEqual(special);
    expect(r.table.products).toEqual(special);
    expect(Array.from(r.table.clientId)).toEqual([...special.keys(), ...special.keys()]);
    expect(r.accounting.used).toBe(18);
  });

  test("a client code as a number and as text is one client; other spellings merge as before", () => {
    const r = ingestCells(
      [HEADER, [1001, "2017-12-01", "A", 1], ["1001", "2017-12-02", "A", 2], [" 1001 ", "2017-12-03", "A", 3], ["acme", "2017-12-04", "a", 4], ["ACME", "2017-12-05", "A ", 5]],
      { today: TODAY },
    );
    expect(r.table.clients).toEqual(["1001", "acme"]);
    expect(Array.from(r.table.clientId)).toEqual([0, 0, 0, 1, 1]);
    // Products are one by the same rule: "a" and "A " are product "A".
    expect(names(r).map(([, p]) => p)).toEqual(["A", "A", "A", "A", "A"]);
    expect(r.table.products).toEqual(["A"]);
  });

  test("totals labels and blank names are remembered as such, also on their second appearance", () => {
    const r = ingestCells(
      [HEADER, ["Total", "2017-12-01", "A", 1], ["  ", "2017-12-01", "A", 1], ["B", "2017-12-01", "A", 1], ["Total", "2017-12-02", "A", 1], ["  ", "2017-12-02", "A", 1]],
      { today: TODAY },
    );
    expect(r.accounting.skipped.totalsRow).toBe(2);
    expect(r.accounting.skipped.blankClient).toBe(2);
    expect(r.accounting.firstRows.totalsRow).toEqual([2, 5]);
    expect(r.table.clients).toEqual(["B"]);
  });
});

describe("expectedRows only sizes the columns", () => {
  const rows: CellValue[][] = Array.from({ length: 3000 }, (_, i) => [`Client ${i % 7}`, 43070 + (i % 28), `P${i % 3}`, i % 11 === 0 ? "x" : i]);

  test.each([undefined, 0, 10, 2999, 3000, 100_000, -5, 1.5, NaN, Infinity])("expectedRows %p gives the same result", (expectedRows) => {
    const plain = new Ingestor(HEADER, { today: TODAY });
    plain.addRows(rows);
    const sized = new Ingestor(HEADER, { today: TODAY, expectedRows });
    sized.addRows(rows.slice(0, 1000));
    sized.addRows(rows, 1000);
    const a = plain.finish();
    const b = sized.finish();
    expect(b).toEqual(a);
    expect(a.accounting.used).toBe(3000 - Math.ceil(3000 / 11));
    expect(a.table.amount.length).toBe(a.table.count);
  });

  test("every row used, exactly as many as expected: the same columns as when they grow", () => {
    const good = rows.filter((row) => typeof row[3] === "number");
    const grown = new Ingestor(HEADER, { today: TODAY });
    grown.addRows(good);
    const sized = new Ingestor(HEADER, { today: TODAY, expectedRows: good.length });
    sized.addRows(good);
    const a = grown.finish();
    const b = sized.finish();
    expect(b).toEqual(a);
    expect([b.table.clientId.length, b.table.day.length, b.table.amount.length, b.table.productId!.length, b.table.sourceRow.length]).toEqual(Array(5).fill(good.length));
  });

  test("ingestCells passes the row count below the header and reads every row", () => {
    const r = ingestCells([["Report"], [], HEADER, ...rows], { today: TODAY });
    expect(r.headerRow).toBe(2);
    expect(r.accounting.read).toBe(3000);
    expect(r.table.sourceRow[r.table.count - 1]).toBe(3003);
  });
});

describe("ABC thresholds found by partial selection equal the rule applied to the fully sorted list", () => {
  /** SPEC §5 as written: sort all positive values, walk the tie groups, compare the sum before each. */
  function referenceCodes(values: Float64Array, a: number, b: number): number[] {
    const positive = Array.from(values).filter((v) => v > 0).sort((p, q) => q - p);
    const total = new ExactSum();
    for (const v of values) if (v > 0) total.add(v);
    const T = total.value;
    const classOf = new Map<number, number>();
    const before = new ExactSum();
    for (let i = 0; i < positive.length; ) {
      const v = positive[i];
      classOf.set(v, clearlyBelow(before.value, a * T, T) ? CLASS_A : clearlyBelow(before.value, b * T, T) ? CLASS_B : CLASS_C);
      while (i < positive.length && positive[i] === v) before.add(positive[i++]);
    }
    return Array.from(values, (v) => (Number.isNaN(v) ? 0 : v > 0 ? classOf.get(v)! : CLASS_C));
  }

  // Long lists (up to 30,000 values, past the point where selection starts), with ties, zeros,
  // negatives and blanks; cuts anywhere in (0, 1].
  const value = fc.oneof(
    { weight: 6, arbitrary: fc.double({ min: 0.01, max: 1e6, noNaN: true }) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 50 }) }, // many ties
    { weight: 1, arbitrary: fc.constantFrom(0, -5, NaN) },
  );
  test("random lists", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 30_000, size: "max" }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (list, a, t) => {
        const b = a + (1 - a) * t;
        const values = Float64Array.from(list);
        expect(Array.from(abcCodes(values, a, b))).toEqual(referenceCodes(values, a, b));
      }),
      { numRuns: 60 },
    );
  });

  test("300,000 long-tailed values, and many values all equal", () => {
    const values = Float64Array.from({ length: 300_000 }, (_, i) => Math.round((1e7 / (i + 1) ** 1.1) * (1 + (i % 7) / 10) * 100) / 100);
    const codes = abcCodes(values, 0.8, 0.95);
    expect(Array.from(codes)).toEqual(referenceCodes(values, 0.8, 0.95));
    const equal = new Float64Array(100_000).fill(3.5);
    expect(new Set(abcCodes(equal, 0.8, 0.95))).toEqual(new Set([CLASS_A]));
  });

  test("a cut that falls on paper exactly between two groups of a long list, where floating sums disagree", () => {
    // 2,000 values summing to 800 and 10,000 summing to 200 (T = 1000, a = 0.8): on paper the sum
    // before the small values is exactly 0.8·T, so they are B, whatever the rounding of 0.4 + 0.4 + …
    const bigEqual = Array.from({ length: 2000 }, () => 0.4);
    const bigDistinct = Array.from({ length: 2000 }, (_, i) => (i % 2 ? 0.3 : 0.5) + (i % 1000) * 1e-4 * (i % 2 ? 1 : -1));
    const smallEqual = Array.from({ length: 10_000 }, () => 0.02);
    const smallDistinct = Array.from({ length: 10_000 }, (_, i) => 0.02 + (i % 2 ? 1 : -1) * (i >> 1) * 1e-9);
    for (const [big, small] of [[bigEqual, smallEqual], [bigDistinct, smallEqual], [bigEqual, smallDistinct], [bigDistinct, smallDistinct]]) {
      const values = Float64Array.from([...small, ...big]);
      const codes = abcCodes(values, 0.8, 0.95);
      expect(Array.from(codes)).toEqual(referenceCodes(values, 0.8, 0.95));
      expect(codes.filter((c) => c === CLASS_A).length).toBe(2000);
    }
  });
});

describe("MONTHLY's pivot feeds the lists to the engine in blocks", () => {
  test("20,000 rows across block boundaries: every row read once, positions of skipped rows exact", () => {
    const n = 20_000;
    const bad = new Set([8191, 8192, 16383, 19_999]); // data indexes around the 8,192-row blocks, and the last
    const clients: CellValue[] = ["Client"];
    const dates: CellValue[] = ["Date"];
    const amounts: CellValue[] = ["Amount"];
    const expected = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const name = `Client ${i % 37}`;
      const month = i % 3; // Oct, Nov, Dec 2017
      const amount = (i % 101) + 0.25;
      clients.push(name);
      dates.push(["2017-10-15", "2017-11-15", "2017-12-15"][month]);
      amounts.push(bad.has(i) ? "n/a" : amount);
      if (bad.has(i)) continue;
      if (!expected.has(name)) expected.set(name, [0, 0, 0]);
      expected.get(name)![month] += amount;
    }
    const pivot = monthlyPivot(clients, dates, amounts, { month: "2017-12", months: 3, today: TODAY });
    expect(pivot.accounting.read).toBe(n);
    expect(pivot.accounting.used).toBe(n - bad.size);
    expect(pivot.accounting.skipped.badAmount).toBe(bad.size);
    expect(pivot.accounting.firstRows.badAmount).toEqual([...bad].map((i) => i + 2)); // position in the range: the header is 1
    expect(pivot.rows).toHaveLength(37);
    for (const row of pivot.rows) {
      const months = expected.get(row.name)!;
      months.forEach((sum, k) => expect(row.monthly[k]).toBeCloseTo(sum, 6));
    }
  });
});

describe("the client × month matrix", () => {
  test("unsorted rows around the span's edges: sums, row counts, first and last days as counted by hand", () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    // Span: Nov 2017 – Jan 2018 (month index 2017·12 + 10, 3 months).
    const rows: [number, string, number, number][] = [
      [1, "2018-01-31", 5, 1], // last day of the span
      [0, "2017-11-01", 0.1, 0.5], // first day of the span
      [0, "2017-10-31", 100, 9], // the day before: counts for firstDay only
      [1, "2018-02-01", 7, 7], // the day after: firstDay only, not lastDay
      [0, "2017-11-30", 0.2, 0.5],
      [0, "2017-12-01", 0.3, 0.5],
      [1, "2017-12-31", -2, -1],
      [0, "2017-11-15", 0.7, 0.5],
    ];
    const table = shipmentTable({
      count: rows.length,
      clientId: Int32Array.from(rows, (r) => r[0]),
      day: Int32Array.from(rows, (r) => day(r[1])),
      amount: Float64Array.from(rows, (r) => r[2]),
      profit: Float64Array.from(rows, (r) => r[3]),
      productId: null,
      sourceRow: Int32Array.from(rows, (_, i) => i + 2),
      clients: ["A", "B"],
      products: [],
    });
    const m = aggregateMonths(table, 2017 * 12 + 10, 3, 1);
    expect(Array.from(m.amount)).toEqual([1, 0.3, 0, 0, -2, 5]); // 0.1 + 0.2 + 0.7 is exactly 1 with the carries
    expect(Array.from(m.rows)).toEqual([3, 1, 0, 0, 1, 1]);
    // Profit per client from the window's first column (Dec 2017) on: A 0.5, B −1 + 1.
    expect(Array.from(m.windowProfit!)).toEqual([0.5, 0]);
    expect(Array.from(aggregateMonths(table, 2017 * 12 + 10, 3, 0).windowProfit!)).toEqual([2, 0]);
    expect(aggregateMonths(table, 2017 * 12 + 10, 3).windowProfit).toBeNull();
    expect(Array.from(m.firstDay)).toEqual([day("2017-10-31"), day("2017-12-31")]);
    expect(Array.from(m.lastDay)).toEqual([day("2017-12-01"), day("2018-01-31")]);
  });
});

describe("passes over every row run in blocks of 8,192 rows: rows at the blocks' edges count once", () => {
  const N = 3 * 8192 + 5;
  const FIRST = Date.parse("2017-09-01T00:00:00Z") / 86_400_000;
  // Whole amounts, so that plain sums are exact and can be the reference.
  const rows = Array.from({ length: N }, (_, i) => ({ client: (i * 7) % 13, day: FIRST + ((i * 31) % 150), amount: (i % 17) - 3 }));

  test("the matrix equals sums taken row by row", () => {
    const table = shipmentTable({
      count: N,
      clientId: Int32Array.from(rows, (r) => r.client),
      day: Int32Array.from(rows, (r) => r.day),
      amount: Float64Array.from(rows, (r) => r.amount),
      profit: null,
      productId: null,
      sourceRow: Int32Array.from(rows, (_, i) => i + 2),
      clients: Array.from({ length: 13 }, (_, c) => `C${c}`),
      products: [],
    });
    const firstMonth = 2017 * 12 + 9; // Oct 2017 – Dec 2017: rows of Sep and of Jan 2018 fall outside
    const m = aggregateMonths(table, firstMonth, 3);
    const amount = new Array(13 * 3).fill(0);
    const count = new Array(13 * 3).fill(0);
    const firstDay = new Array(13).fill(Infinity);
    const lastDay = new Array(13).fill(-2147483648);
    const spanStart = Date.parse("2017-10-01T00:00:00Z") / 86_400_000;
    const spanEnd = Date.parse("2017-12-31T00:00:00Z") / 86_400_000;
    for (const r of rows) {
      firstDay[r.client] = Math.min(firstDay[r.client], r.day);
      if (r.day > spanEnd) continue;
      lastDay[r.client] = Math.max(lastDay[r.client], r.day);
      if (r.day < spanStart) continue;
      const month = new Date(r.day * 86_400_000).getUTCMonth() - 9;
      amount[r.client * 3 + month] += r.amount;
      count[r.client * 3 + month]++;
    }
    expect(Array.from(m.amount)).toEqual(amount);
    expect(Array.from(m.rows)).toEqual(count);
    expect(Array.from(m.firstDay)).toEqual(firstDay);
    expect(Array.from(m.lastDay)).toEqual(lastDay);
  });

  test("ingest: the used amount, and future-dated rows at the edges of the blocks", () => {
    const future = new Set([0, 8191, 8192, 16383, 16384, N - 1]);
    const cells: CellValue[][] = [HEADER, ...rows.map((r, i): CellValue[] => [`C${r.client}`, future.has(i) ? "2019-06-01" : r.day + 25569, "P", r.amount])];
    const result = ingestCells(cells, { today: "2018-03-01" }); // after every row but the six
    expect(result.accounting.usedAmount).toBe(rows.reduce((s, r) => s + r.amount, 0));
    const warning = result.warnings.find((w) => w.code === "futureRows");
    expect(warning).toEqual({ code: "futureRows", count: 6, today: "2018-03-01", rows: [...future].map((i) => i + 2) });
    // The first and last day come from the same pass: the report built on them equals the one built
    // on a range found by a plain scan of the days.
    const days = rows.map((r, i) => (future.has(i) ? Date.parse("2019-06-01T00:00:00Z") / 86_400_000 : r.day));
    expect(result.table.dayRange).toEqual({ min: Math.min(...days), max: Math.max(...days) });
    const rebuilt = buildReport(result, { today: "2019-07-15", source: "t", generatedAt: "x" });
    expect(buildReport({ ...result, table: shipmentTable(result.table) }, { today: "2019-07-15", source: "t", generatedAt: "x" })).toEqual(rebuilt);
    expect(rebuilt.reportMonth).toBe("2019-06");
  });

  test("top assortment: every window row counts once, across the blocks of its grouping", () => {
    // All N rows in the window, 13 clients, 40 products; whole amounts, so plain sums are exact.
    // Client 12 only returns products 20–39 (amounts below 0): those it has not bought.
    const product = (i: number) => (rows[i].client !== 12 ? (i * 11) % 40 : ((i * 11) % 20) + (rows[i].amount < 0 ? 20 : 0));
    const table = shipmentTable({
      count: N,
      clientId: Int32Array.from(rows, (r) => r.client),
      day: new Int32Array(N).fill(FIRST),
      amount: Float64Array.from(rows, (r) => r.amount),
      profit: null,
      productId: Int32Array.from(rows, (_, i) => product(i)),
      sourceRow: Int32Array.from(rows, (_, i) => i + 2),
      clients: Array.from({ length: 13 }, (_, c) => `C${c}`),
      products: Array.from({ length: 40 }, (_, p) => `P${p}`),
    });
    const byProduct = new Float64Array(40);
    rows.forEach((r, i) => (byProduct[product(i)] += r.amount));
    const top = abcCodes(byProduct, 0.8, 1).map((code) => (code === CLASS_A ? 1 : 0));
    const onTop = new Array(13).fill(0);
    const net = Array.from({ length: 13 }, () => new Array(40).fill(0));
    rows.forEach((r, i) => {
      if (!top[product(i)]) return;
      onTop[r.client] += r.amount;
      net[r.client][product(i)] += r.amount;
    });
    const topCount = top.reduce((s, t) => s + t, 0);
    const windowAmount = (c: number) => 1000 + c;
    const use = assortmentUse(table, FIRST, FIRST, windowAmount, 0.8)!;
    expect(use.topProducts).toBe(topCount);
    expect(topCount).toBeGreaterThan(1);
    expect(Array.from(use.share)).toEqual(onTop.map((sum, c) => sum / windowAmount(c)));
    expect(Array.from(use.coverage)).toEqual(net.map((sums) => sums.filter((s) => s > 0).length / topCount));
    expect(net[12].some((s, p) => s < 0 && top[p])).toBe(true); // a top product client 12 did not buy
  });
});

describe("names are dropped with the rows that named them, and kept otherwise", () => {
  const header = ["Date", "Client", "Product", "Amount"];
  // Each alone: one such row among used ones is enough to leave a name without a used row.
  test.each([
    ["an unreadable date", ["soon", "X", "P", 1], "badDate"],
    ["an unreadable amount", ["12/29/2017", "X", "P", "abc"], "badAmount"],
    ["a totals label before the client", ["Total", "X", "P", 5], "totalsRow"],
    ["a date that does not exist in the column's order (month first)", ["30/12/2017", "X", "Q", 1], "badDate"],
  ] as const)("a client and product named only in a row skipped for %s", (_, skipped, reason) => {
    const r = ingestCells([header, ["12/30/2017", "A", "P", 1], [...skipped], ["12/28/2017", "B", "R", 2], ["12/27/2017", "B", "R", 2]], { today: TODAY });
    expect(r.table.clients).toEqual(["A", "B"]);
    expect(r.table.products).toEqual(["P", "R"]);
    expect(names(r)).toEqual([["A", "P"], ["B", "R"], ["B", "R"]]);
    expect(r.accounting.skipped[reason]).toBe(1);
  });

  test("when every row is used, every name is kept in the order first seen", () => {
    const r = ingestCells([header, ["12/30/2017", "B", "Q", 1], ["12/29/2017", "A", "P", 1], ["12/28/2017", "b ", "P", 1]], { today: TODAY });
    expect(r.table.clients).toEqual(["B", "A"]);
    expect(r.table.products).toEqual(["Q", "P"]);
    expect(names(r)).toEqual([["B", "Q"], ["A", "P"], ["B", "P"]]);
  });
});

describe("a date text repeated row after row is read once", () => {
  test("results equal those of the same texts made distinct (so none is remembered)", () => {
    const texts = ["12/30/2017", "12/30/2017", 43099, "12/30/2017", "03/04/2017", "03/04/2017", "soon", "soon", "30/12/2017", "30/12/2017", "", "2017-12-01", "2017-12-01"];
    const dates: CellValue[] = [...texts, ...texts, ...texts.slice().reverse(), ...texts];
    const run = (cells: CellValue[]) =>
      ingestCells([["Client", "Date", "Amount"], ...cells.map((d, i): CellValue[] => [`C${i % 5}`, d, i % 9 === 4 ? "bad" : i + 1])], { today: TODAY });
    // Trailing spaces make every text a different string with the same reading.
    const distinct = dates.map((d, i) => (typeof d === "string" ? d + " ".repeat(i + 1) : d));
    const a = run(dates);
    const b = run(distinct);
    expect(a.accounting).toEqual(b.accounting);
    expect(a.accounting.skipped.badDate).toBeGreaterThan(0);
    expect(Array.from(a.table.day)).toEqual(Array.from(b.table.day));
    expect(a.dateOrder).toBe(b.dateOrder);
    expect(a.warnings).toEqual(b.warnings);
  });
});

describe("top assortment reads only the window's rows in its second pass", () => {
  test("rows outside the window, blank products and a return, counted by hand", () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    // Window Oct–Dec 2017. In it: p0 = 500 + 300 − 300 = 500, p1 = 400, p2 = 100 → T = 1000;
    // p0 is A (0 < 800), p1 is A (500 < 800), p2 is C (900 ≥ 800).
    const rows: [number, string, number, number][] = [
      [0, "2017-09-30", 9000, 2], // before the window: p2 would be top if counted
      [0, "2017-10-01", 500, 0],
      [1, "2017-11-15", 300, 0],
      [1, "2017-12-31", -300, 0], // B's return cancels its p0 purchase
      [1, "2017-12-01", 400, 1],
      [0, "2017-12-10", 100, 2],
      [0, "2018-01-01", 9000, 1], // after the window
      [1, "2017-12-05", 50, -1], // no product
    ];
    const table = shipmentTable({
      count: rows.length,
      clientId: Int32Array.from(rows, (r) => r[0]),
      day: Int32Array.from(rows, (r) => day(r[1])),
      amount: Float64Array.from(rows, (r) => r[2]),
      profit: null,
      productId: Int32Array.from(rows, (r) => r[3]),
      sourceRow: Int32Array.from(rows, (_, i) => i + 2),
      clients: ["A", "B"],
      products: ["p0", "p1", "p2"],
    });
    const windowAmount = [600, 450];
    const use = assortmentUse(table, day("2017-10-01"), day("2017-12-31"), (c) => windowAmount[c], 0.8)!;
    expect(use.topProducts).toBe(2);
    expect(Array.from(use.share)).toEqual([500 / 600, 400 / 450]);
    expect(Array.from(use.coverage)).toEqual([0.5, 0.5]); // B's p0 nets to 0: not bought
  });

  test("a return that cancels several decimal purchases nets to 0 on paper: not bought", () => {
    const day = Date.parse("2017-12-01T00:00:00Z") / 86_400_000;
    // Top product p0 (A buys 1000). B buys 0.1 and 0.2 of it and returns 0.3: in floating point
    // that nets to 5.6e-17, which must not count as a purchase. B's p1 (10) is not a top product.
    const rows: [number, number, number][] = [[0, 1000, 0], [1, 0.1, 0], [1, 0.2, 0], [1, -0.3, 0], [1, 10, 1]];
    const table = shipmentTable({
      count: rows.length,
      clientId: Int32Array.from(rows, (r) => r[0]),
      day: new Int32Array(rows.length).fill(day),
      amount: Float64Array.from(rows, (r) => r[1]),
      profit: null,
      productId: Int32Array.from(rows, (r) => r[2]),
      sourceRow: Int32Array.from(rows, (_, i) => i + 2),
      clients: ["A", "B"],
      products: ["p0", "p1"],
    });
    const use = assortmentUse(table, day, day, (c) => [1000, 10][c], 0.8)!;
    expect(use.topProducts).toBe(1);
    expect(Array.from(use.coverage)).toEqual([1, 0]);
  });
});

describe("rows as Excel hands them over take a shorter path, with the same result", () => {
  // Excel's shape: date serials and numbers, client and product texts; mixed with every cell the
  // shorter path must leave to the general one (error texts, totals labels, blanks, -0, NaN,
  // Infinity, text dates and amounts, numbers as names, missing profit, a label before the client).
  const client = fc.constantFrom("Acme", "acme ", "Beta LLC", "  ", "", "#N/A", "Total", "Итого", "Err:502", 1001, null, "Gamma\u200B");
  const product = fc.constantFrom("P1", "p1", "P2", "", "#REF!", 7, null, "Σ");
  const date = fc.constantFrom(43070, 43101.5, 43131, 20171201, 0, -5, 60, Number.NaN, "2017-12-03", "03/12/2017", "12/31/2017", "", "#VALUE!", null);
  const number = fc.constantFrom(100, -0, 0, 12.5, -40, Number.NaN, Number.POSITIVE_INFINITY, "1.234", "1,5", "", "#DIV/0!", null, true);
  const first = fc.constantFrom<CellValue>(0, 1, "Total", "Итого", "", "note", null);
  const row = fc.tuple(first, date, client, product, number, number).map(([a, d, c, p, amount, profit]): CellValue[] => [a, d, c, p, amount, profit]);
  const header = ["Note", "Date", "Client", "Product", "Amount", "Profit"];
  // Every cell as an object with a `result` (as exceljs gives a formula's value): read as the same
  // value, never taken by the shorter path.
  const wrapped = (rows: CellValue[][]) => rows.map((r) => r.map((v) => ({ result: v }) as unknown as CellValue));

  test("any mixture of such rows: ingest equals the general path's", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), fc.boolean(), (rows, typicalFirst) => {
        // Half the runs start with typical rows, so names are known when the odd rows come.
        const body = typicalFirst ? [[0, 43070, "Acme", "P1", 5, 1], [1, 43071, "Beta LLC", "P2", 6, 2], ...rows] : rows;
        const run = (cells: CellValue[][]) => {
          try {
            return ingestCells([header, ...cells], { today: TODAY, headerRow: 0 });
          } catch (e) {
            return (e as Error).message;
          }
        };
        expect(run(body)).toEqual(run(wrapped(body)));
      }),
      { numRuns: 3000 },
    );
  });

  test("the client in column A, no profit or product column: the same", () => {
    const rows: CellValue[][] = [["Acme", 43070, 5], ["Total", 43070, 5], ["Acme", 43071, -0], ["Acme", "", 1], ["  ", 43072, 1], ["Acme", 43072, 2]];
    const cells = [["Client", "Date", "Amount"], ...rows];
    const result = ingestCells(cells, { today: TODAY });
    expect(result).toEqual(ingestCells([cells[0], ...wrapped(rows)], { today: TODAY }));
    expect(Array.from(result.table.amount)).toEqual([5, 0, 2]);
    expect(Object.is(result.table.amount[1], 0)).toBe(true);
    expect(result.accounting.skipped).toMatchObject({ totalsRow: 1, badDate: 1, blankClient: 1 });
  });
});

describe("clients in rank order: a native sort of the values, names compared only within a tie", () => {
  test("the order equals a sort by value (largest first), then by name, on values with many ties, -0 and negatives", () => {
    const value = fc.oneof(fc.constantFrom(0, -0, 1, 2.5, -3, 1e-300, 0.1 + 0.2, 0.3), fc.double({ noNaN: true }));
    const name = fc.constantFrom("Alpha", "alpha", "Beta", "beta 2", "beta 10", "Ёлка", "елка", "Z", "z", "Ä", "A");
    fc.assert(
      fc.property(fc.array(fc.tuple(value, name), { maxLength: 300 }), fc.array(fc.nat(), { maxLength: 50 }), (rows, skip) => {
        // Ids are the rows' places; names made unique by their id, as client names are.
        const names = rows.map(([, n], id) => `${n} ${id % 7}${id}`);
        const values = Float64Array.from(rows, ([v]) => v);
        const dropped = new Set(skip.map((k) => k % Math.max(rows.length, 1)));
        const ids = rows.map((_, id) => id).filter((id) => !dropped.has(id));
        const expected = [...ids].sort((p, q) => values[q] - values[p] || compareNames(names[p], names[q]));
        expect(Array.from(largestFirst(ids, values, names))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
