// Properties of the whole engine on generated exports: the order of rows never changes a figure,
// and every row is accounted for.

import fc from "fast-check";
import { ingestCells } from "../../src/core/ingest";
import { buildReport } from "../../src/core/report";
import { reportToJson } from "../../src/core/json";
import type { CellValue } from "../../src/core/types";

const NAMES = ["Alpha", "Beta", "Gamma", "Delta", "Echo", "Foxtrot", "ООО Ромашка", "ИП Иванов"];

const shipment = fc.record({
  client: fc.constantFrom(...NAMES),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  // Cents, as exports carry them; some returns.
  cents: fc.integer({ min: -50_000, max: 5_000_000 }),
});
const junk = fc.constantFrom<CellValue[]>(["", "2017-05-01", "100"], ["Beta", "31.02.2017", "5"], ["Gamma", "2017-05-01", "n/a"], ["Итого", "", "999"], ["#N/A", "2017-05-01", "1"]);

const row = (s: { client: string; month: number; day: number; cents: number }): CellValue[] => [
  s.client,
  `${String(s.day).padStart(2, "0")}.${String(s.month).padStart(2, "0")}.2017`,
  (s.cents / 100).toFixed(2).replace(".", ","),
];

function report(rows: CellValue[][]) {
  const ingest = ingestCells([["Контрагент", "Дата", "Сумма"], ...rows], { today: "2018-01-15" });
  const model = buildReport(ingest, { today: "2018-01-15", rule: { kind: "top", n: 3 }, months: 3, generatedAt: "x" });
  const json = reportToJson(model);
  // Source row numbers move with the rows; everything else must not.
  return { ...json, rows: { ...json.rows, firstRows: undefined } };
}

describe("engine properties", () => {
  test("a month's amount does not depend on the order of its rows (0.1 + 0.2 + 0.3)", () => {
    const rows = ["0,1", "0,2", "0,3"].map((amount) => ["Alpha", "05.12.2017", amount]);
    const forward = report(rows);
    const backward = report([...rows].reverse());
    expect(forward.clients[0].monthly[2]).toBe(0.6);
    expect(backward).toEqual(forward);
  });

  test("permuting the rows never changes a figure", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 9, arbitrary: shipment.map(row) }, { weight: 1, arbitrary: junk }), { minLength: 1, maxLength: 80 }), fc.nat(), (rows, seed) => {
        fc.pre(rows.some((r) => NAMES.includes(String(r[0])) && /^\d/.test(String(r[1])) && String(r[1]).slice(0, 2) !== "31"));
        let original;
        try {
          original = report(rows);
        } catch (e) {
          // Inputs the report cannot use fail the same way in any order.
          expect(() => report([...rows].reverse())).toThrow((e as Error).message);
          return;
        }
        const shuffled = [...rows];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2147483648;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        expect(report(shuffled)).toEqual(original);
      }),
      { numRuns: 200 },
    );
  });

  test("read = used + skipped and the used total is the sum of the used amounts", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(shipment.map(row), junk), { minLength: 1, maxLength: 60 }), (rows) => {
        let ingest;
        try {
          ingest = ingestCells([["Client", "Date", "Amount"], ...rows], { today: "2018-01-15" });
        } catch {
          return; // no usable row at all: refused with a sentence, tested elsewhere
        }
        const a = ingest.accounting;
        const skipped = Object.values(a.skipped).reduce((x, y) => x + y, 0);
        expect(a.read).toBe(rows.length);
        expect(a.read).toBe(a.used + skipped);
        let cents = 0;
        for (let i = 0; i < ingest.table.count; i++) cents += Math.round(ingest.table.amount[i] * 100);
        expect(Math.round(a.usedAmount * 100)).toBe(cents);
      }),
      { numRuns: 300 },
    );
  });
});
