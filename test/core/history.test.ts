// SPEC §10 on a hand-made history: 3 clients over Jan–Aug 2017, one shipment on the 10th of each
// month, window 2 months, key rule top 1, report month Aug 2017. Every figure below was worked out by
// hand from the table in the comment.
//
//          Jan  Feb  Mar  Apr  May  Jun  Jul  Aug
//   Anna   100  100  100  100    .    .    .   50   key, drops (May), lost (Jun, Jul), recovered (Aug)
//   Boris   50   50   50   50  200  200  200  200   becomes key (May)
//   Clara    .    .   10   10   10   10   10   10   new client (Mar)

import { buildReport } from "../../src/core/report";
import { reportToJson } from "../../src/core/json";
import type { ReportOptions } from "../../src/core/types";
import { tableOf } from "../helpers/table";

const AMOUNTS: Record<string, (number | null)[]> = {
  Anna: [100, 100, 100, 100, null, null, null, 50],
  Boris: [50, 50, 50, 50, 200, 200, 200, 200],
  Clara: [null, null, 10, 10, 10, 10, 10, 10],
};

const rows: [string, string, number][] = Object.entries(AMOUNTS).flatMap(([name, months]) =>
  months.flatMap((amount, k) => (amount === null ? [] : [[name, `2017-0${k + 1}-10`, amount] as [string, string, number]])),
);

const OPTIONS: Partial<ReportOptions> = { month: "2017-08", months: 2, rule: { kind: "top", n: 1 }, today: "2017-09-15", generatedAt: "x" };
const model = buildReport(tableOf(rows), OPTIONS);
const history = model.history!;

describe("history (SPEC §10) on the hand-made 3 × 8 months", () => {
  test("shown months: those whose 2-month window starts in the data (Feb on), ending with the report month", () => {
    expect(history.months).toEqual(["2017-02", "2017-03", "2017-04", "2017-05", "2017-06", "2017-07", "2017-08"]);
    expect(history.requested).toBe(12);
  });

  test("dynamics, month by month", () => {
    const d = history.dynamics;
    // Feb: Anna 100, Boris 50 → key Anna, 100/150; HHI (2/3)² + (1/3)²; both in Pareto(0.8) (Boris starts at 100 < 120).
    expect(d[0]).toEqual({
      month: "2017-02", activeClients: 2, keyShare: 100 / 150, newKey: null, droppedKey: null, newClients: 0,
      lostCount: 0, lostAmount: 0, hhi: (100 / 150) ** 2 + (50 / 150) ** 2, paretoRatio: 1,
    });
    // Mar: Anna 100, Boris 50, Clara 5 (0 + 10) → T 155; Clara first ships in Mar; Pareto: Anna, Boris (100 < 124).
    expect(d[1]).toMatchObject({ activeClients: 3, keyShare: 100 / 155, newKey: 0, droppedKey: 0, newClients: 1, lostCount: 0, paretoRatio: 2 / 3 });
    expect(d[1].hhi).toBeCloseTo((100 ** 2 + 50 ** 2 + 5 ** 2) / 155 ** 2, 15);
    // Apr: 100, 50, 10 → T 160.
    expect(d[2]).toMatchObject({ activeClients: 3, keyShare: 100 / 160, newKey: 0, droppedKey: 0, newClients: 0, paretoRatio: 2 / 3 });
    // May: Boris (50 + 200)/2 = 125 overtakes Anna (100 + 0)/2 = 50: Boris new key, Anna dropped.
    expect(d[3]).toMatchObject({ activeClients: 3, keyShare: 125 / 185, newKey: 1, droppedKey: 1, newClients: 0, lostCount: 0, paretoRatio: 2 / 3 });
    // Jun: Anna has no rows in May–Jun and 400 in the 12 months before: lost, 400/12 a month. Boris 200 of 210; Pareto: Boris alone.
    expect(d[4]).toMatchObject({ activeClients: 2, keyShare: 200 / 210, newKey: 0, droppedKey: 0, lostCount: 1, lostAmount: 400 / 12, paretoRatio: 1 / 2 });
    expect(d[5]).toMatchObject({ month: "2017-07", activeClients: 2, lostCount: 1, lostAmount: 400 / 12 });
    // Aug: Anna is back (0 + 50)/2 = 25: no longer lost. Boris 200, Clara 10 → T 235.
    expect(d[6]).toMatchObject({ month: "2017-08", activeClients: 3, keyShare: 200 / 235, newKey: 0, droppedKey: 0, lostCount: 0, lostAmount: 0, paretoRatio: 1 / 3 });
  });

  test("the last dynamics row is the report's own summary", () => {
    const last = history.dynamics[history.dynamics.length - 1];
    expect(last.keyShare).toBe(model.concentration.topKey);
    expect(last.hhi).toBe(model.concentration.hhi);
    expect(last.lostCount).toBe(model.lostCount);
  });

  test("class timeline: clients ever key, active at Aug by rank, with class and rank each month", () => {
    // ABC at 80/95 %: Mar T 155 → Clara's 150 before it is ≥ 147.25 → C; Apr T 160 → 150 < 152 → B;
    // May T 185 → Clara 175 < 175.75 → B; Aug T 235 → Anna 200 ≥ 188 → B. XYZ: [100, 0] and [0, 50] are Z,
    // [50, 200] has cv 75/125 = 0.6 → Z.
    expect(history.clients).toEqual([
      {
        name: "Boris",
        classes: ["AX", "AX", "AX", "AZ", "AX", "AX", "AX"],
        ranks: [2, 2, 2, 1, 1, 1, 1],
        key: [false, false, false, true, true, true, true],
        keyMonths: 4,
        firstKeyMonth: "2017-05",
      },
      {
        name: "Anna",
        classes: ["AX", "AX", "AX", "AZ", null, null, "BZ"],
        ranks: [1, 1, 1, 2, null, null, 2],
        key: [true, true, true, false, false, false, false],
        keyMonths: 3,
        firstKeyMonth: "2017-02",
      },
    ]);
  });

  test("transitions: Jul → Aug, Feb → Aug, and XYZ Jul → Aug, every cell present", () => {
    const t = history.transitions;
    const zeros = { A: 0, B: 0, C: 0, "-": 0 };
    // Jul: Boris A, Clara C (200 ≥ 199.5), Anna none; Aug: Boris A, Anna B, Clara C.
    expect(t.abc).toEqual({
      from: "2017-07", to: "2017-08",
      counts: { A: { ...zeros, A: 1 }, B: zeros, C: { ...zeros, C: 1 }, "-": { ...zeros, B: 1 } },
    });
    // Feb: Anna A, Boris A (100 < 120); Aug: Anna B, Boris A, Clara C.
    expect(t.abcYear).toEqual({
      from: "2017-02", to: "2017-08",
      counts: { A: { ...zeros, A: 1, B: 1 }, B: zeros, C: zeros, "-": { ...zeros, C: 1 } },
    });
    const xyzZeros = { X: 0, Y: 0, Z: 0, "-": 0 };
    expect(t.xyz).toEqual({
      from: "2017-07", to: "2017-08",
      counts: { X: { ...xyzZeros, X: 2 }, Y: xyzZeros, Z: xyzZeros, "-": { ...xyzZeros, Z: 1 } },
    });
  });

  test("the JSON carries the history as SPEC §9 names it", () => {
    const json = reportToJson(model);
    expect(json.history!.months).toEqual(history.months);
    expect(json.history!.dynamics[4]).toMatchObject({ month: "2017-06", lostCount: 1 });
    expect(json.history!.clients[0]).toMatchObject({ name: "Boris", keyMonths: 4, firstKeyMonth: "2017-05" });
    expect(json.lostCount).toBe(0);
  });

  test("history 1 turns it off; a shorter history shows the last months", () => {
    expect(buildReport(tableOf(rows), { ...OPTIONS, history: 1 }).history).toBeNull();
    const short = buildReport(tableOf(rows), { ...OPTIONS, history: 3 }).history!;
    expect(short.months).toEqual(["2017-06", "2017-07", "2017-08"]);
    expect(short.dynamics[0].newKey).toBe(0); // May is analysed for Jun's comparison, though not shown
    expect(short.transitions.abcYear!.from).toBe("2017-06");
    expect(short.clients.map((c) => c.name)).toEqual(["Boris"]);
  });

  test("a report whose own window starts before the data shows no history month", () => {
    const early = buildReport(tableOf(rows), { ...OPTIONS, month: "2017-01" }).history!;
    expect(early).toEqual({ months: [], requested: 12, dynamics: [], clients: [], transitions: { abc: null, abcYear: null, xyz: null } });
  });

  test("history months outside 1–24 are refused with a sentence", () => {
    expect(() => buildReport(tableOf(rows), { ...OPTIONS, history: 25 })).toThrow("History must be a whole number of months from 1 to 24, not 25.");
    expect(() => buildReport(tableOf(rows), { ...OPTIONS, history: 0 })).toThrow(/not 0/);
  });
});
