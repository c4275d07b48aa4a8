// SPEC §12: each client's manager, the roll-up by manager, and one manager's report.

import { ingestCells } from "../../src/core/ingest";
import { buildReport } from "../../src/core/report";
import { reportToJson } from "../../src/core/json";
import { SKIP_REASONS, type CellValue, type ReportModel } from "../../src/core/types";

const HEADER = ["Client", "Date", "Amount", "Sales rep"];
const TODAY = "2018-01-10";

function report(rows: CellValue[][], options: { manager?: string } = {}): ReportModel {
  const ingest = ingestCells([HEADER, ...rows], { today: TODAY, manager: options.manager });
  return buildReport(ingest, { month: "2017-12", today: TODAY, manager: options.manager });
}

const managerOf = (model: ReportModel, client: string) => {
  const row = model.clients.find((c) => c.name === client) ?? model.lost.find((c) => c.name === client);
  if (!row) throw new Error(`no client ${client}`);
  return row.manager;
};

// Key window Oct–Dec 2017; the 12 months before it are Oct 2016 – Sep 2017.
const ROWS: CellValue[][] = [
  // Alpha: Petrov 100 + 60 = 160 beats Ivanova's 150; a January row (after the report month) does not count.
  ["Alpha", "2017-10-03", 100, "Petrov"],
  ["Alpha", "2017-11-03", 150, "Ivanova"],
  ["Alpha", "2017-12-03", 60, "petrov "],
  ["Alpha", "2018-01-05", 1000, "Ivanova"],
  // Beta: 100 each (Ivanova in two spellings, shown as first spelt in the export); Ivanova has the latest row (20 Nov).
  ["Beta", "2017-11-20", 50, "  IVANOVA"],
  ["Beta", "2017-10-05", 100, "Petrov"],
  ["Beta", "2017-10-06", 50, "Ivanova"],
  // Gamma, same day tie: 80 each on 15 Dec; the lower row in the source (Sidorov) is the latest.
  ["Gamma", "2017-12-15", 80, "Petrov"],
  ["Gamma", "2017-12-15", 80, "Sidorov"],
  // Delta: the blank manager has the largest amount → no manager.
  ["Delta", "2017-10-10", 500, ""],
  ["Delta", "2017-11-10", 400, "Sidorov"],
  // Eps: 0.1 + 0.2 ties with 0.3 as on paper; Petrov's 0.2 is the latest row.
  ["Eps", "2017-10-01", 0.3, "Sidorov"],
  ["Eps", "2017-10-02", 0.1, "Petrov"],
  ["Eps", "2017-11-02", 0.2, "Petrov"],
  // Lost: no rows in the window; Sidorov 300 beats Petrov 200 over the year before; Ivanova's 5000 is 13 months before.
  ["Lost One", "2017-03-01", 300, "Sidorov"],
  ["Lost One", "2017-05-01", 200, "Petrov"],
  ["Lost One", "2016-09-01", 5000, "Ivanova"],
  // Lost, tie over the year before: 100 each, Ivanova's row is later.
  ["Lost Two", "2017-01-01", 100, "Petrov"],
  ["Lost Two", "2017-08-01", 100, "Ivanova"],
];

describe("each client's manager (SPEC §12)", () => {
  const model = report(ROWS);

  test("the largest amount in the window wins; rows after the report month do not count; spelling is ignored", () => {
    expect(managerOf(model, "Alpha")).toBe("Petrov");
  });

  test("on a tie, the manager of the latest row wins, whatever the order of the rows", () => {
    expect(managerOf(model, "Beta")).toBe("Ivanova");
    expect(managerOf(model, "Gamma")).toBe("Sidorov");
    expect(managerOf(model, "Eps")).toBe("Petrov");
  });

  test("a blank manager with the largest amount is no manager", () => {
    expect(managerOf(model, "Delta")).toBeNull();
  });

  test("a lost client takes the manager of the largest amount over the 12 months before the window", () => {
    expect(managerOf(model, "Lost One")).toBe("Sidorov");
    expect(managerOf(model, "Lost Two")).toBe("Ivanova");
  });

  test("without a manager column every client has no manager and there is no roll-up", () => {
    const plain = buildReport(ingestCells([HEADER.slice(0, 3), ...ROWS.map((r) => r.slice(0, 3))], { today: TODAY }), { month: "2017-12", today: TODAY });
    expect(plain.clients.every((c) => c.manager === null)).toBe(true);
    expect(plain.managers).toBeNull();
    expect(reportToJson(plain).managers).toBeNull();
  });

  test("the JSON carries each client's manager and the roll-up", () => {
    const json = reportToJson(model);
    expect(json.clients.map((c) => [c.name, c.manager])).toEqual(
      model.clients.map((c) => [c.name, c.manager]),
    );
    expect(json.managers).toEqual(model.managers);
    expect(json.rows.otherManagers).toBe(0);
  });
});

describe("the roll-up by manager (SPEC §12)", () => {
  test("hand-checked figures, ordered by total, no manager after the names on a tie", () => {
    const model = report(ROWS);
    // Window totals: Alpha 310 (Petrov), Beta 200 (Ivanova), Gamma 160 (Sidorov), Delta 900 (none), Eps 0.6 (Petrov).
    // Report total 1570.6. Lost: Lost One 500/12 (Sidorov), Lost Two 200/12 (Ivanova). Top 20: every client is key.
    // At risk (SPEC §11: falling and irregular): Delta 500, 400, 0 (average 300); Beta 150, 50, 0 (66.67); Eps 0.4, 0.2, 0 (0.2).
    expect(model.window.amount).toBeCloseTo(1570.6, 9);
    const byName = (model.managers ?? []).map((m) => ({ ...m, total: Math.round(m.total * 100) / 100 }));
    expect(byName).toEqual([
      { name: null, clients: 1, total: 900, share: 900 / model.window.amount, keyClients: 1, atRisk: 1, atRiskAmount: 300, lostCount: 0, lostAmount: 0 },
      { name: "Petrov", clients: 2, total: 310.6, share: expect.closeTo(310.6 / 1570.6, 12), keyClients: 2, atRisk: 1, atRiskAmount: expect.closeTo(0.2, 12), lostCount: 0, lostAmount: 0 },
      { name: "Ivanova", clients: 1, total: 200, share: 200 / model.window.amount, keyClients: 1, atRisk: 1, atRiskAmount: expect.closeTo(200 / 3, 12), lostCount: 1, lostAmount: expect.closeTo(200 / 12, 12) },
      { name: "Sidorov", clients: 1, total: 160, share: 160 / model.window.amount, keyClients: 1, atRisk: 0, atRiskAmount: 0, lostCount: 1, lostAmount: expect.closeTo(500 / 12, 12) },
    ]);
  });

  test("equal totals order by name, and no manager comes last", () => {
    const model = report([
      ["A", "2017-12-01", 100, "Zed"],
      ["B", "2017-12-01", 100, ""],
      ["C", "2017-12-01", 100, "Abe"],
    ]);
    expect(model.managers!.map((m) => m.name)).toEqual(["Abe", "Zed", null]);
  });

  test("against an independent tally of the raw rows over a random export", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const managers = ["Petrov", "Ivanova", "Sidorov", ""];
    const rows: CellValue[][] = [];
    for (let i = 0; i < 3000; i++) {
      const month = 1 + Math.floor(next() * 24); // Jan 2016 … Dec 2017
      const day = 1 + Math.floor(next() * 28);
      const date = `${2016 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      rows.push([`Client ${Math.floor(next() * 120)}`, date, Math.round(next() * 100000) / 100 - 100, managers[Math.floor(next() * 4)]]);
    }
    const model = report(rows);

    // The rule written again, plainly: per client and period, sum per manager, the largest (then the latest row).
    type Pick = { sum: number; day: string; row: number };
    const choose = (from: string, to: string) => {
      const per = new Map<string, Map<string, Pick>>();
      rows.forEach(([client, date, amount, manager], row) => {
        if ((date as string) < from || (date as string) > to) return;
        const byManager = per.get(client as string) ?? new Map<string, Pick>();
        per.set(client as string, byManager);
        const p = byManager.get(manager as string) ?? { sum: 0, day: "", row: -1 };
        byManager.set(manager as string, { sum: p.sum + (amount as number), day: (date as string) > p.day || (date === p.day && row > p.row) ? (date as string) : p.day, row: (date as string) > p.day || (date === p.day && row > p.row) ? row : p.row });
      });
      const chosen = new Map<string, string | null>();
      for (const [client, byManager] of per) {
        const best = [...byManager].sort(([, a], [, b]) => Math.round((b.sum - a.sum) * 100) || b.day.localeCompare(a.day) || b.row - a.row)[0];
        chosen.set(client, best[0] === "" ? null : best[0]);
      }
      return chosen;
    };
    const inWindow = choose("2017-10-01", "2017-12-31");
    const before = choose("2016-10-01", "2017-09-30");
    for (const c of model.clients) expect([c.name, c.manager]).toEqual([c.name, inWindow.get(c.name)]);

    // Lost clients: all of them, from the raw rows.
    const lostAll = [...before.keys()].filter((client) => !inWindow.has(client))
      .map((client) => ({ client, amount: rows.filter((r) => r[0] === client && (r[1] as string) >= "2016-10-01" && (r[1] as string) <= "2017-09-30").reduce((s, r) => s + (r[2] as number), 0) }))
      .filter((l) => l.amount > 0);
    const expected = new Map<string | null, { clients: number; total: number; keyClients: number; atRisk: number; atRiskAmount: number; lostCount: number; lostAmount: number }>();
    const entry = (m: string | null) => expected.get(m) ?? expected.set(m, { clients: 0, total: 0, keyClients: 0, atRisk: 0, atRiskAmount: 0, lostCount: 0, lostAmount: 0 }).get(m)!;
    for (const c of model.clients) {
      const e = entry(inWindow.get(c.name)!);
      e.clients++;
      e.total += rows.filter((r) => r[0] === c.name && (r[1] as string) >= "2017-10-01" && (r[1] as string) <= "2017-12-31").reduce((s, r) => s + (r[2] as number), 0);
      if (c.key) e.keyClients++;
      if (c.risk.atRisk) {
        e.atRisk++;
        e.atRiskAmount += c.average;
      }
    }
    for (const l of lostAll) {
      const e = entry(before.get(l.client)!);
      e.lostCount++;
      e.lostAmount += l.amount / 12;
    }
    expect(model.managers!.length).toBe(expected.size);
    for (const m of model.managers!) {
      const e = expected.get(m.name)!;
      expect(m).toEqual({ name: m.name, clients: e.clients, total: expect.closeTo(e.total, 6), share: expect.closeTo(e.total / model.window.amount, 9),
        keyClients: e.keyClients, atRisk: e.atRisk, atRiskAmount: expect.closeTo(e.atRiskAmount, 6), lostCount: e.lostCount, lostAmount: expect.closeTo(e.lostAmount, 6) });
    }
    const totals = model.managers!.map((m) => m.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(lostAll.length).toBeGreaterThan(0);
    expect(model.managers!.some((m) => m.atRisk > 0)).toBe(true);
  });
});

describe("one manager's report (SPEC §12)", () => {
  const rows: CellValue[][] = [
    ["Alpha", "2017-10-03", 100, "Petrov"],
    ["Alpha", "2017-11-03", 150, "Ivanova"],
    ["", "2017-11-04", 10, "petrov"], // Petrov's row with a blank client: skipped
    ["Beta", "bad date", 10, "Ivanova"], // another manager's row: not skipped, counted apart
    ["Beta", "2017-12-03", 70, " PETROV "],
    [null, null, null, null], // a blank row: not read
    ["Gamma", "2017-12-05", 90, ""], // no manager: another's
    ["Total", null, 420, null], // a totals row without a manager: another's
  ];

  test("only the manager's rows are used; the others are counted apart so that read = used + Σ skipped + otherManagers", () => {
    const model = report(rows, { manager: "Petrov" });
    const skipped = SKIP_REASONS.reduce((s, r) => s + model.rows.skipped[r], 0);
    expect(model.rows).toMatchObject({ read: 7, used: 2, otherManagers: 4, usedAmount: 170 });
    expect(model.rows.skipped).toEqual({ blankClient: 1, badDate: 0, badAmount: 0, errorValue: 0, totalsRow: 0 });
    expect(model.rows.read).toBe(model.rows.used + skipped + model.rows.otherManagers);
    expect(model.clients.map((c) => [c.name, c.total, c.manager])).toEqual([["Alpha", 100, "Petrov"], ["Beta", 70, "Petrov"]]);
    // At-risk figures: the clients SPEC §11 flags, summed.
    const atRisk = model.clients.filter((c) => c.risk.atRisk);
    expect(model.managers).toEqual([{ name: "Petrov", clients: 2, total: 170, share: 1, keyClients: 2, atRisk: atRisk.length, atRiskAmount: atRisk.reduce((s, c) => s + c.average, 0), lostCount: 0, lostAmount: 0 }]);
  });

  test("the title and the sheet name say whose report it is", () => {
    const model = report(rows, { manager: "Petrov" });
    expect(model.title).toBe("Key clients 2017-12 · Petrov");
    expect(model.sheetName).toBe("Key clients 2017-12 Petrov");
    expect(reportToJson(model).forManager).toBe("Petrov");
  });

  test("a manager with no rows is refused, naming the managers the data has", () => {
    expect(() => report(rows, { manager: "Smirnov" })).toThrow("None of the 7 rows below the header belongs to manager “Smirnov”. Managers in the data: “Petrov”, “Ivanova”.");
  });

  test("a manager's report without a manager column is refused", () => {
    expect(() => ingestCells([HEADER.slice(0, 3), ["A", "2017-12-01", 1]], { today: TODAY, manager: "Petrov" })).toThrow(
      "A report for manager “Petrov” needs a manager column; none was found or chosen.",
    );
  });
});
