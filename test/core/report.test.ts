import { buildReport } from "../../src/core/report";
import { reportToJson } from "../../src/core/json";
import type { ReportOptions } from "../../src/core/types";
import { tableOf } from "../helpers/table";

// Hand-checked scenario (docs in the comments): window Oct–Dec 2017, previous window Sep–Nov.
const scenario: [string, string, number][] = [
  ["Alpha", "2017-09-15", 100], ["Alpha", "2017-10-15", 100], ["Alpha", "2017-11-15", 100], ["Alpha", "2017-12-15", 100],
  ["Beta", "2017-10-05", 300],
  ["Gamma", "2017-10-20", 50], ["Gamma", "2017-11-20", 60], ["Gamma", "2017-12-20", 70],
  ["Delta", "2017-12-01", 30],
  ["Eps", "2017-09-10", 500],
  ["Zeta", "2017-10-01", 20], ["Zeta", "2017-11-01", -20],
];
const options: Partial<ReportOptions> = { today: "2018-01-15", rule: { kind: "top", n: 2 }, generatedAt: "2018-01-15T10:00:00Z" };

describe("buildReport on a hand-checked scenario", () => {
  const model = buildReport(tableOf(scenario), options);
  const byName = Object.fromEntries(model.clients.map((c) => [c.name, c]));

  test("window and default month (latest complete month before today)", () => {
    expect(model.reportMonth).toBe("2017-12");
    expect(model.windowMonths).toEqual(["2017-10", "2017-11", "2017-12"]);
    expect(model.previousWindowMonths).toEqual(["2017-09", "2017-10", "2017-11"]);
    expect(model.previousAvailable).toBe(true);
  });

  test("rank by average, ties by name; months without shipments are 0", () => {
    expect(model.clients.map((c) => [c.name, c.rank, c.average])).toEqual([
      ["Alpha", 1, 100], ["Beta", 2, 100], ["Gamma", 3, 60], ["Delta", 4, 10], ["Zeta", 5, 0],
    ]);
    expect(byName.Beta.monthly).toEqual([300, 0, 0]);
    expect(byName.Zeta.monthly).toEqual([20, -20, 0]);
  });

  test("shares of the positive total 270, cumulative in rank order", () => {
    expect(byName.Alpha.share).toBeCloseTo(100 / 270, 12);
    expect(byName.Gamma.cumShare).toBeCloseTo(260 / 270, 12);
    expect(byName.Delta.cumShare).toBeCloseTo(1, 12);
    expect(byName.Zeta.share).toBe(0);
  });

  test("ABC: 100,100 A; 60 A (200 < 216); 10 C (260 ≥ 256.5); zero C", () => {
    expect(model.clients.map((c) => c.abc).join("")).toBe("AAACC");
  });

  test("XYZ, regularity, trend and month-on-month", () => {
    expect(model.clients.map((c) => c.xyz).join("")).toBe("XZYZZ");
    expect(byName.Beta.trend).toBeCloseTo(-1.5, 12);
    expect(byName.Beta.falling).toBe(true);
    expect(byName.Gamma.trend).toBeCloseTo(10 / 60, 12);
    expect(byName.Gamma.falling).toBe(false);
    expect(byName.Alpha.trend).toBe(0);
    expect(byName.Zeta.trend).toBeNull();
    expect(byName.Beta.irregular).toBe(true);
    expect(byName.Beta.monthsWithShipments).toBe(1);
    expect(byName.Gamma.vsPrevMonth).toBeCloseTo(70 / 60 - 1, 12);
    expect(byName.Beta.vsPrevMonth).toBeNull();
  });

  test("key clients, status against the previous window, dropped and near-key", () => {
    expect(model.clients.filter((c) => c.key).map((c) => c.name)).toEqual(["Alpha", "Beta"]);
    expect([byName.Alpha.status, byName.Alpha.rankChange]).toEqual(["kept", 1]);
    expect([byName.Beta.status, byName.Beta.rankChange]).toEqual(["new", null]);
    expect(byName.Gamma.status).toBeNull();
    expect(model.dropped).toEqual([{ name: "Eps", previousRank: 1, previousAverage: 500 / 3, rank: null, average: 0 }]);
    expect(model.nearKey.map((r) => [r.name, r.rank, r.gapToKey])).toEqual([["Gamma", 3, 40], ["Delta", 4, 90]]);
  });

  test("lost clients and days since last shipment as of the end of the report month", () => {
    expect(model.lost).toEqual([{ name: "Eps", averageBefore: 500 / 12, lastShipment: "2017-09-10", daysSinceLast: 112, manager: null }]);
    expect(byName.Alpha.daysSinceLast).toBe(16);
    expect(byName.Beta.daysSinceLast).toBe(87);
  });

  test("client types: breadwinners by sales share, a new near-key client is prospective", () => {
    expect(model.clients.map((c) => c.type)).toEqual(["breadwinner", "breadwinner", "breadwinner", "prospective", null]);
  });

  test("concentration and summary", () => {
    expect(model.concentration.top1).toBeCloseTo(100 / 270, 12);
    expect(model.concentration.topKey).toBeCloseTo(200 / 270, 12);
    expect(model.concentration.hhi).toBeCloseTo(23700 / 72900, 12);
    expect(model.concentration.paretoRatio).toBe(0.75);
    expect(model.summary).toEqual({ activeClients: 5, keyCount: 2, keyShare: expect.closeTo(200 / 270, 12), newCount: 1, droppedCount: 1, fallingKeyCount: 1, irregularKeyCount: 1 });
    expect(model.window).toEqual({ rows: 10, amount: 300 + 300 + 180 + 30 + 0 });
  });

  test("JSON of SPEC §9 carries the fixed fields", () => {
    const json = reportToJson(model);
    expect(json.window).toMatchObject({ months: ["2017-10", "2017-11", "2017-12"], reportMonth: "2017-12" });
    expect(json.total).toBe(810);
    expect(json.rule).toEqual({ kind: "top", n: 2 });
    expect(json.nearKey).toEqual(["Gamma", "Delta"]);
    expect(json.dropped).toEqual(["Eps"]);
    expect(json.lost).toEqual(["Eps"]);
    expect(json.clients[1]).toMatchObject({ name: "Beta", rank: 2, monthly: [300, 0, 0], average: 100, abc: "A", xyz: "Z", monthsWithShipments: 1, key: true, status: "new", rankChange: null, daysSinceLast: 87, type: "breadwinner" });
  });

  test("why this class (SPEC §14): cut-offs are the smallest average in A (60) and none in B; CV per client, null when the mean is 0", () => {
    expect(model.cutoffs).toEqual({ a: 60, b: null });
    // Alpha 100,100,100 → 0; Beta 300,0,0 → √2; Gamma 50,60,70 → √(200/3)/60; Delta 0,0,30 → √2; Zeta 20,−20,0 → mean 0
    const cv = model.clients.map((c) => c.cv);
    expect(cv[0]).toBe(0);
    expect(cv[1]).toBeCloseTo(Math.SQRT2, 12);
    expect(cv[2]).toBeCloseTo(Math.sqrt(200 / 3) / 60, 12);
    expect(cv[3]).toBeCloseTo(Math.SQRT2, 12);
    expect(cv[4]).toBeNull();
    const json = reportToJson(model);
    expect(json.cutoffs).toEqual({ a: 60, b: null });
    expect(json.clients.map((c) => c.cv)).toEqual(cv);
  });

  test("lost totals (SPEC §6): every lost client counted, not only those listed; Eps bought 500 in the 12 months before", () => {
    const json = reportToJson(model);
    expect([json.lostCount, json.lostAmount]).toEqual([1, 500 / 12]);
    const listed = buildReport(tableOf(scenario), { ...options, lostCount: 0 });
    expect([listed.lost.length, listed.lostCount, listed.lostAmount]).toEqual([0, 1, 500 / 12]);
  });
});

describe("buildReport rules and options", () => {
  test("Pareto rule: the A group at the share", () => {
    const model = buildReport(tableOf(scenario), { ...options, rule: { kind: "pareto", share: 0.8 } });
    expect(model.clients.filter((c) => c.key).map((c) => c.name)).toEqual(["Alpha", "Beta", "Gamma"]);
  });

  test("no previous window data: no status, no dropped", () => {
    const model = buildReport(tableOf(scenario.filter((r) => r[1] >= "2017-10")), options);
    expect(model.previousAvailable).toBe(false);
    expect(model.clients.every((c) => c.status === null && c.rankChange === null)).toBe(true);
    expect(model.dropped).toEqual([]);
  });

  test("a shipment in the current month moves the default to the month before", () => {
    const model = buildReport(tableOf([...scenario, ["Alpha", "2018-01-03", 5]]), options);
    expect(model.reportMonth).toBe("2017-12");
    expect(model.clients[0].lastShipment).toBe("2017-12-15");
  });

  test("explicit month outside the data is refused with the data's range", () => {
    expect(() => buildReport(tableOf(scenario), { ...options, month: "2019-01" })).toThrow("Report month 2019-01 is outside the data, which covers 2017-09 … 2017-12.");
    // The same facts as data, for the pane to write in the user's language.
    expect(() => buildReport(tableOf(scenario), { ...options, month: "2019-01" })).toThrow(
      expect.objectContaining({ facts: { month: "2019-01", firstMonth: "2017-09", lastMonth: "2017-12" } }),
    );
  });

  test("profit basis: ABC by window profit, profit shares, breadwinner by profit", () => {
    const rows: [string, string, number, string, number][] = [
      ["Alpha", "2017-12-01", 1000, "p1", 10], ["Beta", "2017-12-01", 100, "p1", 80], ["Gamma", "2017-12-01", 50, "p2", 10],
    ];
    const model = buildReport(tableOf(rows, true, true), { ...options, basis: "profit" });
    const byName = Object.fromEntries(model.clients.map((c) => [c.name, c]));
    expect(byName.Beta.abc).toBe("A");
    expect(byName.Alpha.abc).toBe("B");
    expect(byName.Beta.profitShare).toBeCloseTo(0.8, 12);
    expect(byName.Alpha.type).toBe("breadwinner");
    expect(byName.Gamma.profit).toBe(10);
  });

  test("a client's window profit is one compensated sum: 0.1 + 0.2 + 0.3 over three months make 0.6", () => {
    // Summing per month and then adding the months in floating point gave 0.6000000000000001.
    const rows: [string, string, number, string, number][] = [
      ["Alpha", "2017-10-10", 100, "p1", 0.1], ["Alpha", "2017-11-10", 100, "p1", 0.2], ["Alpha", "2017-12-10", 100, "p1", 0.3],
      ["Alpha", "2017-08-10", 100, "p1", 5], // outside the window Oct–Dec
    ];
    const model = buildReport(tableOf(rows, true, true), { ...options, months: 3 });
    expect(model.clients[0].profit).toBe(0.6);
  });

  test("averages equal on paper tie, and the tie goes by name: months of 0.1, 0.2, 0.3 against 0.3, 0.3, 0", () => {
    // Months added in plain floating point made Zeta's 0.6000000000000001 outrank Alpha's 0.6.
    const rows: [string, string, number][] = [
      ["Zeta", "2017-10-10", 0.1], ["Zeta", "2017-11-10", 0.2], ["Zeta", "2017-12-10", 0.3],
      ["Alpha", "2017-10-10", 0.3], ["Alpha", "2017-11-10", 0.3],
    ];
    const model = buildReport(tableOf(rows), { ...options, months: 3 });
    expect(model.clients.map((c) => [c.name, c.total])).toEqual([["Alpha", 0.6], ["Zeta", 0.6]]);
    expect(model.clients[1].average).toBe(model.clients[0].average);
  });

  test("top assortment: class-A products by window amount, share and coverage per client", () => {
    // Window Oct–Dec: p1 = 700, p2 = 200, p3 = 100 → T = 1000; p1 A (0 < 800), p2 A (700 < 800), p3 C.
    const rows: [string, string, number, string][] = [
      ["Alpha", "2017-12-01", 600, "p1"], ["Alpha", "2017-12-02", 100, "p3"],
      ["Beta", "2017-11-01", 100, "p1"], ["Beta", "2017-11-02", 200, "p2"],
    ];
    const model = buildReport(tableOf(rows, true), options);
    const byName = Object.fromEntries(model.clients.map((c) => [c.name, c]));
    expect(byName.Alpha.topAssortmentShare).toBeCloseTo(600 / 700, 12);
    expect(byName.Alpha.topAssortmentCoverage).toBe(0.5);
    expect(byName.Beta.topAssortmentShare).toBe(1);
    expect(byName.Beta.topAssortmentCoverage).toBe(1);
  });

  test("impossible options are refused with a sentence", () => {
    expect(() => buildReport(tableOf(scenario), { ...options, abc: { a: 0.9, b: 0.8 } })).toThrow("ABC thresholds need 0 < A ≤ B ≤ 1");
    expect(() => buildReport(tableOf(scenario), { ...options, basis: "profit" })).toThrow("ABC by profit needs a profit column");
  });
});
