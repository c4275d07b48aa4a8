// SPEC §10 against two references: a fresh report built with each history month as its report month
// (a property over random exports), and a deliberately plain tally of the dynamics and transitions
// (loops over the rows, no engine code) on a generated export.

import fc from "fast-check";
import { ingestCells } from "../../src/core/ingest";
import { buildReport } from "../../src/core/report";
import type { CellValue, ReportModel, ReportOptions } from "../../src/core/types";

const NAMES = ["Alpha", "Beta", "Gamma", "Delta", "Echo", "Foxtrot", "ООО Ромашка", "ИП Иванов"];
const TODAY = "2018-01-15";

function ingest(rows: CellValue[][]) {
  return ingestCells([["Client", "Date", "Amount"], ...rows], { today: TODAY });
}

const shipment = fc.record({
  client: fc.constantFrom(...NAMES),
  month: fc.integer({ min: 0, max: 23 }), // Jan 2016 … Dec 2017
  day: fc.integer({ min: 1, max: 28 }),
  cents: fc.integer({ min: -20_000, max: 2_000_000 }),
});

const isoOf = (month: number, day: number) => `${2016 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

describe("history month h is the report built with month h", () => {
  test("dynamics, classes, ranks and key marks agree with a fresh report, for random exports and options", () => {
    fc.assert(
      fc.property(
        fc.array(shipment, { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 1, max: 4 }),
        fc.oneof(fc.integer({ min: 1, max: 4 }).map((n) => ({ kind: "top" as const, n })), fc.constant({ kind: "pareto" as const, share: 0.8 })),
        fc.integer({ min: 2, max: 24 }),
        fc.nat(),
        (shipments, months, rule, history, pick) => {
          const data = ingest(shipments.map((s) => [s.client, isoOf(s.month, s.day), (s.cents / 100).toFixed(2)]));
          const options: Partial<ReportOptions> = { today: TODAY, month: "2017-12", months, rule, history, generatedAt: "x" };
          let model: ReportModel;
          try {
            model = buildReport(data, options);
          } catch {
            return; // December has no rows: refused, tested elsewhere
          }
          const h = model.history!;
          fc.pre(h.months.length > 0);
          const k = pick % h.months.length;
          const fresh = buildReport(data, { ...options, month: h.months[k] });
          const comparable = fresh.previousAvailable;
          expect(h.dynamics[k]).toEqual({
            month: h.months[k],
            activeClients: fresh.summary.activeClients,
            keyShare: fresh.concentration.topKey,
            newKey: comparable ? fresh.summary.newCount : null,
            droppedKey: comparable ? fresh.summary.droppedCount : null,
            newClients: h.dynamics[k].newClients, // not a figure of the report: checked by the tally below
            lostCount: fresh.lostCount,
            lostAmount: fresh.lostAmount,
            hhi: fresh.concentration.hhi,
            paretoRatio: fresh.concentration.paretoRatio,
          });
          const freshByName = new Map(fresh.clients.map((c) => [c.name, c]));
          for (const t of h.clients) {
            const c = freshByName.get(t.name);
            expect([t.name, t.classes[k], t.ranks[k], t.key[k]]).toEqual([t.name, c ? c.abc + c.xyz : null, c ? c.rank : null, c ? c.key : false]);
          }
          const timeline = new Set(h.clients.map((t) => t.name));
          for (const c of fresh.clients) if (c.key) expect(timeline.has(c.name)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

// ---- The plain tally -------------------------------------------------------------------------

/** A seeded generator (LCG), so the export is the same on every run. */
function generator(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

interface Shipment { client: string; month: number; day: number; cents: number }

/** 40 clients over 24 months: each ships in a month with its own probability, amounts in whole cents. */
function generatedExport(): Shipment[] {
  const random = generator(17);
  const out: Shipment[] = [];
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (let c = 0; c < 40; c++) {
    const name = `Client ${letters[c % 26]}${letters[Math.floor(c / 26)]}`;
    const activeFrom = Math.floor(random() * 18);
    const activeTo = activeFrom + 3 + Math.floor(random() * 24);
    const probability = 0.3 + random() * 0.7;
    const size = 1000 + random() * 100_000;
    for (let m = activeFrom; m <= Math.min(23, activeTo); m++) {
      if (random() > probability) continue;
      const rows = 1 + Math.floor(random() * 3);
      for (let r = 0; r < rows; r++) out.push({ client: name, month: m, day: 1 + Math.floor(random() * 28), cents: Math.round(size * (0.2 + random()) * 100) });
    }
  }
  return out;
}

interface TallyMonth {
  active: Map<string, number>; // name → average, for clients with rows in the window
  order: string[];
  key: Set<string>;
  abc: Map<string, string>;
  xyz: Map<string, string>;
  lost: Map<string, number>;
}

/** SPEC §4–§6 as of month h (0-based from Jan 2016), by plain loops: window `n`, top `top`. */
function tallyMonth(rows: Shipment[], h: number, n: number, top: number): TallyMonth {
  const cents = new Map<string, number[]>(); // name → monthly cents over h−n−11 … h
  const hasRow = new Map<string, boolean[]>();
  const span = n + 12;
  for (const r of rows) {
    const k = r.month - (h - span + 1);
    if (k < 0 || k >= span) continue;
    if (!cents.has(r.client)) {
      cents.set(r.client, new Array(span).fill(0));
      hasRow.set(r.client, new Array(span).fill(false));
    }
    cents.get(r.client)![k] += r.cents;
    hasRow.get(r.client)![k] = true;
  }
  const active = new Map<string, number>();
  const lost = new Map<string, number>();
  const monthly = new Map<string, number[]>();
  for (const [name, row] of cents) {
    const inWindow = hasRow.get(name)!.slice(12).some(Boolean);
    const windowCents = row.slice(12);
    if (inWindow) {
      active.set(name, windowCents.reduce((a, b) => a + b, 0) / 100 / n);
      monthly.set(name, windowCents.map((c) => c / 100));
    } else {
      const before = row.slice(0, 12).reduce((a, b) => a + b, 0);
      if (before > 0) lost.set(name, before / 100 / 12);
    }
  }
  const order = [...active.keys()].sort((a, b) => active.get(b)! - active.get(a)! || (a < b ? -1 : 1));
  const key = new Set(order.filter((name) => active.get(name)! > 0).slice(0, top));
  let total = 0;
  for (const name of order) if (active.get(name)! > 0) total += active.get(name)!;
  const abc = new Map<string, string>();
  const xyz = new Map<string, string>();
  let before = 0;
  for (const name of order) {
    const average = active.get(name)!;
    abc.set(name, average <= 0 ? "C" : before < 0.8 * total ? "A" : before < 0.95 * total ? "B" : "C");
    if (average > 0) before += average;
    const values = monthly.get(name)!;
    const sd = Math.sqrt(values.reduce((s, x) => s + (x - average) ** 2, 0) / n);
    xyz.set(name, average <= 0 ? "Z" : sd / average <= 0.1 ? "X" : sd / average <= 0.25 ? "Y" : "Z");
  }
  return { active, order, key, abc, xyz, lost };
}

describe("history against a plain tally of a generated export", () => {
  const rows = generatedExport();
  const cells: CellValue[][] = rows.map((r) => [r.client, isoOf(r.month, r.day), (r.cents / 100).toFixed(2)]);
  const n = 3;
  const top = 8;
  const model = buildReport(ingest(cells), { today: TODAY, month: "2017-12", months: n, rule: { kind: "top", n: top }, history: 12, generatedAt: "x" });
  const h = model.history!;
  const shownFrom = 12; // Jan 2017 … Dec 2017: every window starts after Jan 2016
  const tallies = Array.from({ length: 13 }, (_, k) => tallyMonth(rows, shownFrom - 1 + k, n, top)); // Dec 2016 … Dec 2017

  test("twelve months are shown, Jan – Dec 2017", () => {
    expect(h.months).toEqual(Array.from({ length: 12 }, (_, k) => isoOf(shownFrom + k, 1).slice(0, 7)));
  });

  test("dynamics: active, key share, new and dropped key clients, new clients, lost clients", () => {
    const firstMonth = new Map<string, number>();
    for (const r of rows) firstMonth.set(r.client, Math.min(firstMonth.get(r.client) ?? Infinity, r.month));
    h.dynamics.forEach((d, k) => {
      const t = tallies[k + 1];
      const before = tallies[k];
      let total = 0;
      let keySum = 0;
      for (const [name, average] of t.active) {
        if (average > 0) total += average;
        if (t.key.has(name)) keySum += average;
      }
      expect({
        month: d.month,
        activeClients: d.activeClients,
        newKey: d.newKey,
        droppedKey: d.droppedKey,
        newClients: d.newClients,
        lostCount: d.lostCount,
      }).toEqual({
        month: isoOf(shownFrom + k, 1).slice(0, 7),
        activeClients: t.active.size,
        newKey: [...t.key].filter((c) => !before.key.has(c)).length,
        droppedKey: [...before.key].filter((c) => !t.key.has(c)).length,
        newClients: [...firstMonth.values()].filter((m) => m === shownFrom + k).length,
        lostCount: t.lost.size,
      });
      expect(d.keyShare).toBeCloseTo(keySum / total, 10);
      expect(d.lostAmount).toBeCloseTo([...t.lost.values()].reduce((a, b) => a + b, 0), 6);
    });
    // The generated export is not a still life: keys change, clients arrive and get lost.
    expect(h.dynamics.some((d) => (d.newKey ?? 0) > 0)).toBe(true);
    expect(h.dynamics.some((d) => d.newClients > 0)).toBe(true);
    expect(h.dynamics.some((d) => d.lostCount > 0)).toBe(true);
  });

  test("transitions ABC (Nov → Dec, Jan → Dec) and XYZ (Nov → Dec) count what the tally counts", () => {
    const count = (from: TallyMonth, to: TallyMonth, classOf: (t: TallyMonth) => Map<string, string>) => {
      const counts: Record<string, Record<string, number>> = {};
      const names = new Set([...from.active.keys(), ...to.active.keys()]);
      for (const name of names) {
        const a = classOf(from).get(name) ?? "-";
        const b = classOf(to).get(name) ?? "-";
        counts[a] = counts[a] ?? {};
        counts[a][b] = (counts[a][b] ?? 0) + 1;
      }
      return counts;
    };
    const nonZero = (counts: Record<string, Record<string, number>>) =>
      Object.fromEntries(Object.entries(counts).map(([a, row]) => [a, Object.fromEntries(Object.entries(row).filter(([, v]) => v > 0))]).filter(([, row]) => Object.keys(row).length > 0));
    const t = h.transitions;
    expect(nonZero(t.abc!.counts)).toEqual(count(tallies[11], tallies[12], (x) => x.abc));
    expect(nonZero(t.abcYear!.counts)).toEqual(count(tallies[1], tallies[12], (x) => x.abc));
    expect(nonZero(t.xyz!.counts)).toEqual(count(tallies[11], tallies[12], (x) => x.xyz));
    expect([t.abc!.from, t.abc!.to, t.abcYear!.from]).toEqual(["2017-11", "2017-12", "2017-01"]);
  });

  test("class timeline: every client key in some month, classes as tallied", () => {
    const everKey = new Set(tallies.slice(1).flatMap((t) => [...t.key]));
    expect(new Set(h.clients.map((c) => c.name))).toEqual(everKey);
    for (const c of h.clients) {
      expect(c.classes).toEqual(tallies.slice(1).map((t) => (t.active.has(c.name) ? t.abc.get(c.name)! + t.xyz.get(c.name)! : null)));
      expect(c.keyMonths).toBe(tallies.slice(1).filter((t) => t.key.has(c.name)).length);
    }
  });
});
