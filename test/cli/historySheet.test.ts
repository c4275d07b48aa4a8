// The history sheet (SPEC §10) of the hand-made 3 × 8 months history (test/core/history.test.ts has
// its figures): planned, written with exceljs beside the report sheet, reopened, and its SUM formulas
// recalculated by LibreOffice.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { addPlanSheet, buildReportWorkbook } from "../../src/cli/xlsxWriter";
import { writeWorkbookFile } from "../../src/cli/xlsxFile";
import { buildReport } from "../../src/core/report";
import { planHistorySheet } from "../../src/report/historyPlan";
import { planSheet } from "../../src/report/sheetPlan";
import { tableOf } from "../helpers/table";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "kc-history-sheet-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AMOUNTS: Record<string, (number | null)[]> = {
  Anna: [100, 100, 100, 100, null, null, null, 50],
  Boris: [50, 50, 50, 50, 200, 200, 200, 200],
  Clara: [null, null, 10, 10, 10, 10, 10, 10],
};
const rows = Object.entries(AMOUNTS).flatMap(([name, months]) =>
  months.flatMap((amount, k) => (amount === null ? [] : [[name, `2017-0${k + 1}-10`, amount] as [string, string, number]])),
);
const model = buildReport(tableOf(rows), { month: "2017-08", months: 2, rule: { kind: "top", n: 1 }, today: "2017-09-15", generatedAt: "x" });
const plan = planHistorySheet(model);
const file = join(dir, "report.xlsx");

async function open(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Key clients 2017-08", "Key-client history 2017-08"]);
  return wb.worksheets[1];
}

beforeAll(async () => {
  const wb = buildReportWorkbook(planSheet(model));
  addPlanSheet(wb, plan);
  await writeWorkbookFile(wb, file);
});

test("the plan: title, months shown, dynamics, the timeline table with its key months, three matrices", () => {
  expect(plan.sheetName).toBe("Key-client history 2017-08");
  expect(plan.blocks.map((b) => [b.kind, b.address])).toEqual([
    ["title", "A1"],
    ["meta", "A2"],
    ["historyDynamics", "A4:J12"],
    ["historyTimeline", "A14"],
    ["historyKeyMonths", "L15:R17"],
    ["historyTimeline", "A15:J17"],
    ["historyTransitions", "A19:F24"],
    ["historyTransitions", "A26:F31"],
    ["historyTransitions", "A33:F38"],
  ]);
  expect(plan.table).toMatchObject({ name: "KeyClientHistory_2017_08", range: "A15:J17", headerRow: 15 });
  expect(plan.conditionalFormats).toEqual([
    { kind: "keyMonth", range: "B16:H17", formula: "=L16=1" },
    { kind: "noChange", range: "B21:E24", formula: "=ROW()-21=COLUMN()-2" },
    { kind: "noChange", range: "B28:E31", formula: "=ROW()-28=COLUMN()-2" },
    { kind: "noChange", range: "B35:E38", formula: "=ROW()-35=COLUMN()-2" },
  ]);
  expect(planHistorySheet({ ...model, lang: "ru" }).sheetName).toBe("История ключевых 2017-08");
});

test("reopened with exceljs: the figures of the model, the Excel table, the conditional formats", async () => {
  const ws = await open(file);
  expect(ws.getCell("A2").value).toBe("Feb 2017 – Aug 2017 · 7 of 12 months shown: the data does not reach further back");
  expect(ws.getRow(5).values).toEqual([undefined, "Month", "Clients active", "Key clients' share", "New in key", "Dropped from key", "New clients", "Lost clients", "Lost a month", "HHI", "Pareto ratio (80%)"]);
  // Jun: Anna lost, 400/12 a month; Boris alone key with 200 of 210.
  expect(ws.getRow(10).values).toEqual([undefined, "Jun 2017", 2, 200 / 210, 0, 0, 0, 1, 400 / 12, (200 / 210) ** 2 + (10 / 210) ** 2, 0.5]);
  expect(ws.getRow(6).values).toEqual([undefined, "Feb 2017", 2, 100 / 150, undefined, undefined, 0, 0, 0, (100 / 150) ** 2 + (50 / 150) ** 2, 1]);
  expect(ws.getRow(16).values).toEqual([undefined, "Boris", "AX", "AX", "AX", "AZ", "AX", "AX", "AX", 4, "May 2017", undefined, undefined, undefined, undefined, 1, 1, 1, 1]);
  expect(ws.getRow(17).values).toEqual([undefined, "Anna", "AX", "AX", "AX", "AZ", undefined, undefined, "BZ", 3, "Feb 2017", undefined, 1, 1, 1]);
  const table = ws.getTable("KeyClientHistory_2017_08") as unknown as { table: { tableRef: string } };
  expect(table.table.tableRef).toBe("A15:J17");
  const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
  expect(cfs.map((cf) => [cf.ref, cf.rules[0].formulae[0]])).toEqual([
    ["B16:H17", "L16=1"],
    ["B21:E24", "ROW()-21=COLUMN()-2"],
    ["B28:E31", "ROW()-28=COLUMN()-2"],
    ["B35:E38", "ROW()-35=COLUMN()-2"],
  ]);
  // ABC Jul → Aug: Boris A → A, Clara C → C, Anna none → B.
  expect([20, 21, 22, 23, 24].map((r) => (ws.getRow(r).values as unknown[]).slice(1, 6))).toEqual([
    ["Before \\ after", "A", "B", "C", "none"],
    ["A", 1, 0, 0, 0],
    ["B", 0, 0, 0, 0],
    ["C", 0, 0, 1, 0],
    ["none", 0, 1, 0, 0],
  ]);
});

test("LibreOffice recalculates every row total of the matrices to the model's counts", async () => {
  const out = recalculateWithLibreOffice(dir, [file]);
  const ws = await open(join(out, "report.xlsx"));
  const totals = [21, 22, 23, 24, 28, 29, 30, 31].map((r) => [ws.getCell(`F${r}`).formula, ws.getCell(`F${r}`).result]);
  expect(totals).toEqual([
    ["SUM(B21:E21)", 1], ["SUM(B22:E22)", 0], ["SUM(B23:E23)", 1], ["SUM(B24:E24)", 1],
    ["SUM(B28:E28)", 2], ["SUM(B29:E29)", 0], ["SUM(B30:E30)", 0], ["SUM(B31:E31)", 1],
  ]);
  expect(ws.getCell("A16").value).toBe("Boris");
});
