// SPEC §11 early warning: each signal firing and not firing exactly at its threshold, on hand-made
// shipments. Report month Aug 2017 (ends on the 31st), window Jun–Aug, previous window May–Jul.

import { buildReport } from "../../src/core/report";
import { reportToJson } from "../../src/core/json";
import type { ClientRow, ReportOptions } from "../../src/core/types";
import { tableOf } from "../helpers/table";

type Row = [string, string, number, string?];

const OPTIONS: Partial<ReportOptions> = { month: "2017-08", today: "2017-09-15", generatedAt: "x" };

function report(rows: Row[], options: Partial<ReportOptions> = {}, withProduct = false) {
  return buildReport(tableOf(rows, withProduct), { ...OPTIONS, ...options });
}

function client(rows: Row[], name: string, options: Partial<ReportOptions> = {}, withProduct = false): ClientRow {
  return report(rows, options, withProduct).clients.find((c) => c.name === name)!;
}

/** One client shipping 100 on each date given. */
const shipping = (name: string, dates: string[]): Row[] => dates.map((d) => [name, d, 100]);

describe("overdue: days since last > 2 × the usual gap and ≥ 14 days", () => {
  test("exactly twice the usual gap is not overdue; a day more is", () => {
    // Gaps 10, 10, 10 → usually every 10 days; last shipment Aug 11 → 20 days by Aug 31.
    const onTime = client(shipping("P", ["2017-06-01", "2017-07-12", "2017-07-22", "2017-08-01", "2017-08-11"]), "P");
    expect(onTime.risk).toMatchObject({ usualGapDays: 10, signals: [], atRisk: false });
    expect(onTime.daysSinceLast).toBe(20);
    // Gaps 40, 10, 10, 10 → median 10; last Aug 10 → 21 days: overdue, and at risk on that alone.
    const late = client(shipping("Q", ["2017-06-01", "2017-07-11", "2017-07-21", "2017-07-31", "2017-08-10"]), "Q");
    expect(late.risk).toMatchObject({ usualGapDays: 10, signals: ["overdue"], atRisk: true });
    expect(late.daysSinceLast).toBe(21);
  });

  test("14 days is the least: 13 days is not overdue even at more than twice a 6-day gap", () => {
    const fourteen = client(shipping("R", ["2017-06-01", "2017-07-30", "2017-08-05", "2017-08-11", "2017-08-17"]), "R");
    expect(fourteen.risk).toMatchObject({ usualGapDays: 6, signals: ["overdue"] });
    expect(fourteen.daysSinceLast).toBe(14);
    const thirteen = client(shipping("S", ["2017-06-01", "2017-07-31", "2017-08-06", "2017-08-12", "2017-08-18"]), "S");
    expect(thirteen.risk).toMatchObject({ usualGapDays: 6, signals: [] });
    expect(thirteen.daysSinceLast).toBe(13);
  });

  test("the usual gap needs 4 shipment days within the 365 days ending Aug 31", () => {
    // Sep 1 2016 is day 365 counting back from Aug 31 2017: inside; Aug 31 2016 is outside.
    const august: Row = ["Z", "2017-08-01", 100]; // the data reaches the report month
    const inside = client([...shipping("V", ["2016-09-01", "2017-06-21", "2017-07-01", "2017-07-11"]), august], "V");
    expect(inside.risk.usualGapDays).toBe(10); // gaps 293, 10, 10
    expect(inside.risk.signals).toContain("overdue"); // 51 days since Jul 11
    const outside = client([...shipping("W", ["2016-08-31", "2017-06-21", "2017-07-01", "2017-07-11"]), august], "W");
    expect(outside.risk.usualGapDays).toBeNull();
    expect(outside.risk.signals).not.toContain("overdue");
  });

  test("shipment days are distinct dates of rows with a positive amount", () => {
    // Days Jul 1 (twice), Jul 21, Aug 10, Aug 20; the Jul 11 return is no shipment → gaps 20, 20, 10 → 20.
    const rows: Row[] = [
      ["X", "2017-06-05", 100], ["X", "2017-07-01", 100], ["X", "2017-07-01", 50], ["X", "2017-07-11", -5],
      ["X", "2017-07-21", 100], ["X", "2017-08-10", 100], ["X", "2017-08-20", 100],
    ];
    expect(client(rows, "X").risk.usualGapDays).toBe(20);
  });

  test("the thresholds are options", () => {
    const rows = shipping("R", ["2017-06-01", "2017-07-30", "2017-08-05", "2017-08-11", "2017-08-17"]);
    expect(client(rows, "R", { warning: { overdueGaps: 2, overdueDays: 15, belowNorm: -0.3, narrowing: 0.5 } }).risk.signals).toEqual([]);
    expect(client(rows, "R", { warning: { overdueGaps: 3, overdueDays: 14, belowNorm: -0.3, narrowing: 0.5 } }).risk.signals).toEqual([]);
  });
});

describe("falling, belowNorm, irregular", () => {
  test("falling at a trend of exactly −10 % a month, not at −9 %", () => {
    const rows: Row[] = [
      ["F1", "2017-06-05", 110], ["F1", "2017-07-05", 100], ["F1", "2017-08-05", 90],
      ["F2", "2017-06-05", 109], ["F2", "2017-07-05", 100], ["F2", "2017-08-05", 91],
    ];
    const r = report(rows);
    expect(r.clients.find((c) => c.name === "F1")!.risk.signals).toEqual(["falling"]);
    expect(r.clients.find((c) => c.name === "F2")!.risk.signals).toEqual([]);
  });

  test("below norm at exactly −30 % against the 12 months before the window, not at −29 %", () => {
    // 100 in each month Jun 2016 – May 2017 → 100 a month; the window averages 70 or 71.
    const year = (name: string): Row[] => Array.from({ length: 12 }, (_, k) => {
      const month = 5 + k; // Jun 2016 = month 5 of 2016 (0-based)
      return [name, `${2016 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-15`, 100];
    });
    const windowOf = (name: string, amount: number): Row[] => ["06", "07", "08"].map((m) => [name, `2017-${m}-15`, amount]);
    const rows = [...year("B1"), ...windowOf("B1", 70), ...year("B2"), ...windowOf("B2", 71), ...windowOf("B3", 50)];
    const r = report(rows);
    const b1 = r.clients.find((c) => c.name === "B1")!;
    expect(b1.risk.vsYear).toBeCloseTo(-0.3, 12);
    expect(b1.risk.signals).toEqual(["belowNorm"]);
    const b2 = r.clients.find((c) => c.name === "B2")!;
    expect(b2.risk.vsYear).toBeCloseTo(-0.29, 12);
    expect(b2.risk.signals).toEqual([]);
    expect(r.clients.find((c) => c.name === "B3")!.risk.vsYear).toBeNull(); // nothing before the window
  });

  test("irregular with a month without shipments; one other signal alone is not at risk", () => {
    const c = client([["G", "2017-06-05", 100], ["G", "2017-08-05", 100]], "G");
    expect(c.risk).toMatchObject({ signals: ["irregular"], atRisk: false });
  });
});

describe("classDown and narrowing", () => {
  // Top 1. Previous window May–Jul: Xena 100, Walt 20, Yuri 10 → T 130: Xena A, Walt A (100 < 104), Yuri B (120 < 123.5).
  // Window Jun–Aug: Yuri 320/3, Xena 200/3, Walt 20 → T 193.33: Yuri A, Xena A, Walt B (173.33 ≥ 154.67).
  const rows: Row[] = [
    ...["05", "06", "07"].map((m): Row => ["Xena", `2017-${m}-10`, 100]),
    ...["05", "06", "07", "08"].map((m): Row => ["Walt", `2017-${m}-10`, 20]),
    ...["05", "06", "07"].map((m): Row => ["Yuri", `2017-${m}-10`, 10]),
    ["Yuri", "2017-08-10", 300],
  ];
  const r = report(rows, { rule: { kind: "top", n: 1 } });
  const byName = (name: string) => r.clients.find((c) => c.name === name)!;

  test("key before and near-key now, or a worse ABC class (A → B), is classDown; B → A is not", () => {
    expect(byName("Xena").risk).toMatchObject({ previousKey: true, previousAbc: "A", signals: ["falling", "classDown", "irregular"], atRisk: true });
    expect(byName("Walt").risk).toMatchObject({ previousKey: false, previousAbc: "A", signals: ["classDown"], atRisk: false });
    expect(byName("Walt").abc).toBe("B");
    expect(byName("Yuri").risk).toMatchObject({ previousAbc: "B", signals: [], atRisk: false });
  });

  test("risk totals: the at-risk clients and their averages", () => {
    expect(r.risk).toEqual({ count: 1, amount: 200 / 3 });
    const json = reportToJson(r);
    expect(json.risk).toEqual({ count: 1, amount: 200 / 3 });
    expect(json.clients.find((c) => c.name === "Xena")).toMatchObject({ risk: ["falling", "classDown", "irregular"], atRisk: true, usualGapDays: null });
  });

  test("narrowing: products now ≤ half of the previous window's, which had at least 4", () => {
    const products = (name: string, month: string, list: string[], amount = 100): Row[] => list.map((p) => [name, `2017-${month}-10`, amount, p]);
    const p4 = ["p1", "p2", "p3", "p4"];
    const narrowRows: Row[] = [
      ...products("N1", "05", p4), ...products("N1", "08", ["p5", "p6"]), // 2 ≤ 4/2
      ...products("N2", "05", p4), ...products("N2", "08", ["p5", "p6", "p7"]), // 3 > 2
      ...products("N3", "05", ["p1", "p2", "p3"]), ...products("N3", "08", ["p4"]), // 3 before: too few
      // p4 only returned: 3 products bought before, so no signal
      ...products("N4", "05", ["p1", "p2", "p3"]), ...products("N4", "05", ["p4"], -10), ...products("N4", "08", ["p5"]),
    ];
    const n = report(narrowRows, {}, true);
    const risk = (name: string) => n.clients.find((c) => c.name === name)!.risk;
    expect(risk("N1")).toMatchObject({ products: { now: 2, before: 4 } });
    expect(risk("N1").signals).toContain("narrowing");
    expect(risk("N2")).toMatchObject({ products: { now: 3, before: 4 } });
    expect(risk("N2").signals).not.toContain("narrowing");
    expect(risk("N3").signals).not.toContain("narrowing");
    expect(risk("N4")).toMatchObject({ products: { now: 1, before: 3 } });
    expect(risk("N4").signals).not.toContain("narrowing");
    const wider = report(narrowRows, { warning: { overdueGaps: 2, overdueDays: 14, belowNorm: -0.3, narrowing: 0.75 } }, true);
    expect(wider.clients.find((c) => c.name === "N2")!.risk.signals).toContain("narrowing"); // 3 ≤ 4 × 0.75
  });

  test("without a product column there are no product counts", () => {
    expect(byName("Xena").risk.products).toBeNull();
  });
});

describe("who is watched", () => {
  test("clients neither key nor near-key get no signals (null), and are never at risk", () => {
    // Top 1 and near-key 1: the third client is outside both lists although it gives signals.
    const rows: Row[] = [
      ["K", "2017-06-10", 300], ["K", "2017-07-10", 300], ["K", "2017-08-10", 300],
      ["M", "2017-06-10", 200], ["M", "2017-07-10", 200], ["M", "2017-08-10", 200],
      ["O", "2017-06-10", 100], ["O", "2017-08-10", 10],
    ];
    const r = report(rows, { rule: { kind: "top", n: 1 }, nearKeyCount: 1 });
    expect(r.clients.map((c) => c.risk.signals)).toEqual([[], [], null]);
    expect(r.clients[2].risk.atRisk).toBe(false);
    expect(r.clients[2].risk.usualGapDays).toBeNull();
  });
});
