import { labels } from "../../src/core/labels";
import type { ReportModel } from "../../src/core/types";
import { blockFormats, FORMAT } from "../../src/report/formats";
import { chartClientCount, planSheet, wrappedLines, type BlockKind, type PlanBlock, type SheetPlan } from "../../src/report/sheetPlan";
import { CLIENTS, fixtureModel, NAMES } from "./fixtures";

function block(plan: SheetPlan, kind: BlockKind): PlanBlock {
  const found = plan.blocks.find((b) => b.kind === kind);
  if (!found) throw new Error(`no ${kind} block`);
  return found;
}

describe("planSheet on the 5-client fixture", () => {
  const plan = planSheet(fixtureModel());
  const table = block(plan, "table");

  test("blocks sit where docs/report-sheet.md says, top to bottom, one blank row between sections", () => {
    expect(plan.blocks.map((b) => [b.kind, b.address])).toEqual([
      ["title", "A1"],
      ["meta", "A2:A4"],
      ["summary", "B5:Q6"],
      ["earlyWarning", "A8:E9"],
      ["table", "A11:U16"],
      ["nearKey", "A18:E22"],
      ["dropped", "A24:E26"],
      ["lost", "A28:E30"],
      ["dataQuality", "A32:C35"],
      ["warnings", "A37:A38"],
      ["chartData", "A40:D46"],
    ]);
    expect(plan.sheetName).toBe("Key clients 2017-12");
    expect(plan.freeze).toEqual({ rows: 11, columns: 2 });
  });

  test("title and meta lines", () => {
    expect(block(plan, "title").rows).toEqual([{ style: "title", values: ["Key clients 2017-12"] }]);
    expect(block(plan, "meta").rows.map((r) => r.values[0])).toEqual([
      "Window: Oct 2017 – Dec 2017 · Generated: 2018-01-10 09:30 UTC",
      "Source: export.csv · Columns: client: Customer, date: Order Date, amount: Sales, product: SKU",
      "Key-client rule: Top 2 by average monthly sales · Thresholds: ABC: A up to 80%, B up to 95% · " +
        "XYZ (variation): X ≤ 10%, Y ≤ 25% · falling: trend ≤ −10% a month · " +
        // the smallest average in A (1200, 500) and in B (300, 100)
        "Class cut-offs: A: average ≥ 500.00; B: ≥ 100.00",
    ]);
    expect(block(plan, "meta").textColumns).toEqual([0]);
  });

  test("summary strip: figures of the model, skipped = 2 + 12, n/a only without previous data", () => {
    const summary = block(plan, "summary");
    expect(summary.rows[0].style).toBe("header");
    expect(summary.rows[0].values.slice(0, 3)).toEqual(["Clients active", "Key clients", "Key clients' share"]);
    const m = fixtureModel();
    expect(summary.rows[1].values).toEqual([
      5, 2, m.summary.keyShare, 1, 1, 1, 1, m.concentration.top1, m.concentration.hhi, 0.4, 30, 16, 14, 7000.5, 14, 6350,
    ]);
    expect(blockFormats(summary)[1]).toEqual([
      "#,##0", "#,##0", "0.0%", "#,##0", "#,##0", "#,##0", "#,##0", "0.0%", "0.0000", "0.0%",
      "#,##0", "#,##0", "#,##0", "#,##0.00", "#,##0", "#,##0.00",
    ]);
  });

  test("main table: headers, one row per client, =AVERAGE over the row's own month cells", () => {
    expect(table.rows[0].values).toEqual([
      "Rank", "Client", "Oct 2017", "Nov 2017", "Dec 2017", "Average", "Share", "Cum. share", "ABC", "XYZ", "CV",
      "ABC-XYZ", "Months shipped", "Trend", "vs prev month", "Key", "Status", "Days since last",
      "Top-assortment share", "Type", "Risk",
    ]);
    expect(table.rows.slice(1).map((r) => r.values[5])).toEqual([
      { formula: "=AVERAGE(C12:E12)", result: 1200 },
      { formula: "=AVERAGE(C13:E13)", result: 500 },
      { formula: "=AVERAGE(C14:E14)", result: 300 },
      { formula: "=AVERAGE(C15:E15)", result: 100 },
      { formula: "=AVERAGE(C16:E16)", result: 50 / 3 },
    ]);
    expect(table.rows[1].values).toEqual([
      1, "ООО Ромашка", 1000, 1200, 1400, { formula: "=AVERAGE(C12:E12)", result: 1200 }, CLIENTS[0].share,
      CLIENTS[0].cumShare, "A", "Y", Math.sqrt(80000 / 3) / 1200, "AY", 3, 200 / 1200, 1400 / 1200 - 1, "Yes", "▲1", 3, 0.75, "breadwinner", null,
    ]);
    // Blank figures stay blank: no vs-prev when Nov = 0, no Key/Status for non-key clients.
    expect(table.rows[2].values.slice(13, 18)).toEqual([-0.3, null, "Yes", "new", 11]);
    expect(table.rows[3].values.slice(15, 17)).toEqual([null, null]);
    expect(table.rows.slice(1).map((r) => r.values[10])).toEqual(CLIENTS.map((c) => c.cv));
    expect(table.rows.slice(1).map((r) => r.values[1])).toEqual(Object.values(NAMES));
  });

  test("main table formats: money, percent, signed percent, text for names and codes", () => {
    expect(blockFormats(table)[1]).toEqual([
      "0", "@", "#,##0.00", "#,##0.00", "#,##0.00", "#,##0.00", "0.0%", "0.0%", "@", "@", "0.0%", "@", "0",
      "+0.0%;-0.0%;0.0%", "+0.0%;-0.0%;0.0%", "@", "@", "#,##0", "0.0%", "@", "@",
    ]);
    expect(blockFormats(table)[0].every((f) => f === "@")).toBe(true);
    expect(table.textColumns).toEqual([1, 8, 9, 11, 15, 16, 19, 20]);
    expect(table.centerColumns).toEqual([0, 8, 9, 11, 12, 15, 16, 19]);
  });

  test("Excel table, conditional formats (at risk first, key rows last) and widths", () => {
    expect(plan.table).toEqual({
      name: "KeyClients_2017_12",
      range: "A11:U16",
      headerRow: 11,
      columns: table.rows[0].values,
      style: "TableStyleLight1",
      showRowStripes: false,
    });
    expect(plan.conditionalFormats).toEqual([
      { kind: "atRisk", range: "U12:U16", formula: '=LEFT(U12,1)="⚠"' },
      { kind: "fallingTrend", range: "N12:N16", formula: "=AND(ISNUMBER(N12),N12<=-0.1)" },
      { kind: "irregular", range: "M12:M16", formula: "=M12<3" },
      { kind: "keyRow", range: "A12:U16", formula: '=$P12<>""' },
    ]);
    expect(plan.columnWidths).toHaveLength(21);
    expect(plan.columnWidths.slice(0, 6)).toEqual([9, 34, 14, 14, 14, 14]);
    expect(plan.rowHeights[0]).toEqual({ row: 1, height: 24 });
    expect(plan.rowHeights.map((h) => h.row)).toContain(11);
  });

  test("sections list the model's rows with names as text", () => {
    expect(block(plan, "nearKey").rows.slice(1).map((r) => r.values)).toEqual([
      ["Rank", "Client", "Average", "Share", "Gap to key"],
      [3, NAMES.atSum, 300, CLIENTS[2].share, 200],
      [4, NAMES.minus, 100, CLIENTS[3].share, 400],
      [5, NAMES.plus, 50 / 3, CLIENTS[4].share, 500 - 50 / 3],
    ]);
    expect(block(plan, "dropped").rows[2].values).toEqual([2, "Старый Клиент", 800, null, 0]);
    // 2016-11-15 is 47 days before 2017-01-01 (serial 42736).
    expect(block(plan, "lost").rows[2].values).toEqual([1, "Lost & Co", 250, 42689, 411]);
    // The fixture has 1 lost client, 250 a month before the window (SPEC §6 totals).
    expect(block(plan, "lost").rows[0].values).toEqual(["Lost clients · 1 of 1 lost client shown · they brought 250.00 a month"]);
    expect(block(planSheet(fixtureModel({ lang: "ru", lostCount: 293, lostAmount: 41250.5 })), "lost").rows[0].values).toEqual([
      "Потерянные клиенты · В списке 1 из 293 потерянных клиентов · они приносили 41\u00a0250,50 в месяц",
    ]);
    expect(blockFormats(block(plan, "lost"))[2][3]).toBe("yyyy-mm-dd");
    expect(block(plan, "dataQuality").rows.slice(2).map((r) => r.values)).toEqual([
      [2, "Blank client", "5, 9"],
      [12, "Unreadable amount", "3, 4, 6, 7, 8, 10, 11, 12, 13, 14, …"],
    ]);
    expect(block(plan, "warnings").rows[1].values).toEqual(["2 rows have a blank or unreadable profit, counted as 0: first rows 3, 4."]);
    for (const kind of ["nearKey", "dropped", "lost", "chartData"] as const) {
      expect(block(plan, kind).textColumns).toEqual([1]);
    }
  });

  test("Pareto chart points at the chart-data block; the chart sits beside the sections", () => {
    const data = block(plan, "chartData");
    expect(data.rows.slice(2).map((r) => r.values)).toEqual(CLIENTS.map((c) => [c.rank, c.name, c.average, c.cumShare]));
    expect(plan.chart).toEqual({
      kind: "pareto",
      title: "Pareto: average monthly sales and cumulative share",
      categories: "B42:B46",
      bars: { name: "Average", values: "C42:C46" },
      line: { name: "Cumulative share", values: "D42:D46", numberFormat: "0%" },
      anchor: { from: "G18", to: "Q38" },
    });
  });

  test("every string outside a text (@) cell is a label, never data: writers cannot turn it into a formula", () => {
    const l = labels("en");
    for (const b of plan.blocks) {
      const formats = blockFormats(b);
      b.rows.forEach((row, i) =>
        row.values.forEach((v, c) => {
          if (typeof v === "string" && formats[i][c] !== FORMAT.text) expect(v).toBe(l.na);
        }),
      );
    }
  });

  test("blocks never overlap", () => {
    const taken = new Set<string>();
    for (const b of plan.blocks) {
      for (let r = 0; r < b.rows.length; r++) {
        for (let c = 0; c < b.width; c++) {
          const key = `${b.top + r}:${b.left + c}`;
          expect(taken.has(key)).toBe(false);
          taken.add(key);
        }
      }
    }
  });
});

describe("planSheet variants", () => {
  test("no previous window: Status header says n/a once, cells blank, comparison figures n/a", () => {
    const plan = planSheet(fixtureModel({ previousAvailable: false }));
    const table = block(plan, "table");
    const status = table.rows[0].values.indexOf("Status (n/a: no previous window data)");
    expect(status).toBe(16);
    expect(table.rows.slice(1).map((r) => r.values[status])).toEqual([null, null, null, null, null]);
    expect(block(plan, "summary").rows[1].values.slice(3, 5)).toEqual(["n/a", "n/a"]);
    expect(block(plan, "dropped").rows).toEqual([
      { style: "section", values: ["Dropped from key"] },
      { style: "note", values: ["n/a: the data does not reach the previous window."] },
    ]);
  });

  test("profit but no product column: Profit share replaces Top-assortment share", () => {
    const model = fixtureModel({
      hasProduct: false,
      hasProfit: true,
      clients: CLIENTS.map((c, i) => ({ ...c, profitShare: [0.5, 0.3, 0.1, 0.1, 0][i] })),
    });
    const table = block(planSheet(model), "table");
    expect(table.rows[0].values.slice(-4)).toEqual(["Days since last", "Profit share", "Type", "Risk"]);
    expect(table.rows.slice(1).map((r) => r.values[18])).toEqual([0.5, 0.3, 0.1, 0.1, 0]);
  });

  test("empty lists get a note; no clients gives no Excel table and no chart", () => {
    const plan = planSheet(
      fixtureModel({ clients: [], nearKey: [], dropped: [], lost: [], dataQuality: [], warnings: [] }),
    );
    expect(plan.table).toBeNull();
    expect(plan.chart).toBeNull();
    expect(plan.conditionalFormats).toEqual([]);
    expect(plan.blocks.map((b) => b.kind)).toEqual(["title", "meta", "summary", "earlyWarning", "table", "nearKey", "dropped", "lost", "dataQuality"]);
    expect(block(plan, "table").rows[1]).toEqual({ style: "note", values: ["No clients with shipments in the window."] });
    expect(block(plan, "lost").rows[1]).toEqual({ style: "note", values: ["No lost clients."] });
    expect(block(plan, "dataQuality").rows[1]).toEqual({ style: "note", values: ["No rows skipped."] });
  });

  test("Russian sheet: month headers, words and status marks in Russian", () => {
    const model = fixtureModel({ lang: "ru", title: "Ключевые клиенты 2017-12", sheetName: "Ключевые клиенты 2017-12" });
    const plan = planSheet(model);
    const table = block(plan, "table");
    expect(plan.sheetName).toBe("Ключевые клиенты 2017-12");
    expect(table.rows[0].values.slice(0, 6)).toEqual(["Место", "Клиент", "окт 2017", "ноя 2017", "дек 2017", "Среднее"]);
    expect(table.rows.slice(1, 3).map((r) => r.values.slice(15, 17))).toEqual([["Да", "▲1"], ["Да", "новый"]]);
    expect(block(plan, "meta").rows[0].values[0]).toBe("Период: окт 2017 – дек 2017 · Сформирован: 2018-01-10 09:30 UTC");
  });

  test("sheet names are made valid; NaN and Infinity become blanks", () => {
    const model = fixtureModel({
      sheetName: "Key/clients: [2017-12]*? and a very long tail",
      clients: [{ ...CLIENTS[0], share: Number.NaN, trend: Number.POSITIVE_INFINITY, average: Number.NaN }],
    });
    const plan = planSheet(model);
    // Cut to 31 characters ("…and a "), then the trailing space is trimmed.
    expect(plan.sheetName).toBe("Key-clients- -2017-12--- and a");
    const row = block(plan, "table").rows[1].values;
    expect([row[5], row[6], row[13]]).toEqual([{ formula: "=AVERAGE(C12:E12)", result: null }, null, null]);
  });
});

describe("chartClientCount: the key clients, at least 10, at most 30, positive averages only", () => {
  const many = (n: number, key: number): ReportModel =>
    fixtureModel({
      clients: Array.from({ length: n }, (_, i) => ({ ...CLIENTS[0], rank: i + 1, average: n - i })),
      summary: { ...fixtureModel().summary, keyCount: key },
    });
  test.each([
    [40, 2, 10],
    [40, 20, 20],
    [40, 35, 30],
    [6, 2, 6],
  ])("%i clients, %i key → %i on the chart", (n, key, expected) => {
    expect(chartClientCount(many(n, key))).toBe(expected);
  });
  test("clients with a zero or negative average are left off", () => {
    expect(chartClientCount(fixtureModel({ clients: [CLIENTS[0], { ...CLIENTS[4], average: 0 }] }))).toBe(1);
  });
});

test("wrappedLines wraps bold header words into the column", () => {
  expect(wrappedLines("Clients active", 34)).toBe(1);
  // Width 12 holds 9 bold characters: "Key with" / "irregular" / "shipments".
  expect(wrappedLines("Key with irregular shipments", 12)).toBe(3);
  // Width 11 holds 8: "irregular" and "shipments" each break in two.
  expect(wrappedLines("Key with irregular shipments", 11)).toBe(5);
  expect(wrappedLines("Status (n/a: no previous window data)", 16)).toBe(3);
});

describe("early warning (SPEC §11)", () => {
  // The second key client is overdue and falling; the third (near-key) is only irregular: listed in
  // the Risk column, not in the section.
  const risk = (fields: Partial<ReportModel["clients"][number]["risk"]>) => ({ ...CLIENTS[0].risk, ...fields });
  const clients = CLIENTS.map((c, i) =>
    i === 1 ? { ...c, daysSinceLast: 47, risk: risk({ signals: ["overdue", "falling"], atRisk: true, usualGapDays: 12 }) }
    : i === 2 ? { ...c, monthsWithShipments: 2, risk: risk({ signals: ["irregular"] }) }
    : c,
  );
  const model = fixtureModel({ clients, risk: { count: 1, amount: 500 } });

  test("the section opens the sheet above the main table: at-risk clients with their reasons and figures", () => {
    const section = block(planSheet(model), "earlyWarning");
    expect(section.address).toBe("A8:E10");
    expect(section.rows.map((r) => r.values)).toEqual([
      ["Early warning: 1 at risk, 500.00 a month"],
      ["Rank", "Client", "List", "Average", "Reasons"],
      [2, NAMES.hyperlink, "key", 500, "no shipment for 47 days, usually every 12; turnover falling 30% a month"],
    ]);
    expect(section.textColumns).toEqual([1, 2, 4]);
    const ru = block(planSheet({ ...model, lang: "ru" }), "earlyWarning");
    expect(ru.rows[0].values).toEqual(["Раннее предупреждение: под угрозой: 1, 500,00 в месяц"]);
    expect(ru.rows[2].values[4]).toBe("нет отгрузок 47 дн., обычно каждые 12; оборот падает на 30% в месяц");
  });

  test("the Risk column: reasons of every client with a signal, at-risk ones marked for the conditional format", () => {
    const plan = planSheet(model);
    const table = block(plan, "table");
    expect(table.rows.slice(1).map((r) => r.values[20])).toEqual([
      null, "⚠ no shipment for 47 days, usually every 12; turnover falling 30% a month", "shipped in 2 of 3 months", null, null,
    ]);
    expect(plan.conditionalFormats[0]).toEqual({ kind: "atRisk", range: "U13:U17", formula: '=LEFT(U13,1)="⚠"' });
  });
});
