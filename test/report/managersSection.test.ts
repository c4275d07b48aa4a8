// SPEC §12 on the report sheet: the Manager column of the main table, the roll-up section, and the
// title of one manager's report; in English and Russian.

import { ingestCells } from "../../src/core/ingest";
import { buildReport } from "../../src/core/report";
import type { CellValue, Lang } from "../../src/core/types";
import { planSheet } from "../../src/report/sheetPlan";
import { summaryText } from "../../src/cli/summary";

const ROWS: CellValue[][] = [
  ["Client", "Date", "Amount", "Менеджер"],
  ["Alpha", "2017-10-03", 300, "Petrov"],
  ["Beta", "2017-12-03", 150, "Ivanova"],
  ["Gamma", "2017-12-03", 60, ""],
  ["Old", "2017-03-01", 120, "Ivanova"],
];

const model = (lang: Lang, manager?: string) =>
  buildReport(ingestCells(ROWS, { today: "2018-01-10", manager }), { month: "2017-12", today: "2018-01-10", lang, manager });

test("the main table ends with the Manager column, blank managers written out", () => {
  const plan = planSheet(model("en"));
  const table = plan.blocks.find((b) => b.kind === "table")!;
  expect(table.rows[0].values.at(-1)).toBe("Manager");
  expect(table.rows.slice(1).map((r) => [r.values[1], r.values.at(-1)])).toEqual([["Alpha", "Petrov"], ["Beta", "Ivanova"], ["Gamma", "(no manager)"]]);
  expect(plan.table!.columns.at(-1)).toBe("Manager");
  expect(table.textColumns).toContain(table.width - 1);
});

test("the roll-up section follows the main table, one row per manager, largest first", () => {
  const plan = planSheet(model("en"));
  const kinds = plan.blocks.map((b) => b.kind);
  expect(kinds.indexOf("managers")).toBe(kinds.indexOf("table") + 1);
  const block = plan.blocks.find((b) => b.kind === "managers")!;
  expect(block.rows.map((r) => r.values)).toEqual([
    ["Managers"],
    ["#", "Manager", "Clients active", "Window total", "Share", "Key clients", "At risk", "At risk, monthly average", "Lost clients", "Lost, monthly amount"],
    // Alpha's 300, 0, 0 falls and is irregular: at risk (SPEC §11).
    [1, "Petrov", 1, 300, 300 / 510, 1, 1, 100, 0, 0],
    [2, "Ivanova", 1, 150, 150 / 510, 1, 0, 0, 1, 10],
    [3, "(no manager)", 1, 60, 60 / 510, 1, 0, 0, 0, 0],
  ]);
  expect(block.textColumns).toEqual([1]);
  // The chart stands beside the sections below the roll-up, never over it.
  expect(Number(/\d+/.exec(plan.chart!.anchor.from)![0])).toBeGreaterThan(block.top + block.rows.length - 1);
});

test("in Russian", () => {
  const plan = planSheet(model("ru"));
  const block = plan.blocks.find((b) => b.kind === "managers")!;
  expect(block.rows[0].values).toEqual(["Менеджеры"]);
  expect(block.rows[1].values.slice(1)).toEqual([
    "Менеджер", "Активных клиентов", "Сумма за окно", "Доля", "Ключевых клиентов", "Под угрозой", "Под угрозой, среднее в месяц", "Потерянных клиентов", "Потеряно в месяц",
  ]);
  expect(block.rows[4].values[1]).toBe("(без менеджера)");
  expect(plan.table!.columns.at(-1)).toBe("Менеджер");
});

test("one manager's report: the title and sheet name say whose, the summary counts the other managers' rows", () => {
  const m = model("en", "Ivanova");
  const plan = planSheet(m);
  expect(plan.sheetName).toBe("Key clients 2017-12 Ivanova");
  expect(plan.blocks[0].rows[0].values).toEqual(["Key clients 2017-12 · Ivanova"]);
  const summary = plan.blocks.find((b) => b.kind === "summary")!;
  const figure = (label: string) => summary.rows[1].values[summary.rows[0].values.indexOf(label)];
  expect([figure("Rows read"), figure("Rows used"), figure("Rows skipped"), figure("Rows of other managers")]).toEqual([4, 2, 0, 2]);
  const text = summaryText(m);
  expect(text).toContain("Rows: 4 read, 2 used, 0 skipped");
  expect(text).toContain("Managers: 1 · largest Ivanova, 100.0% of the window");
  expect(text).toContain("Rows of other managers left out: 2");
});

test("without a manager column: no Manager column, no section, no summary line", () => {
  const plain = buildReport(ingestCells(ROWS.map((r) => r.slice(0, 3)), { today: "2018-01-10" }), { month: "2017-12", today: "2018-01-10" });
  const plan = planSheet(plain);
  expect(plan.blocks.some((b) => b.kind === "managers")).toBe(false);
  expect(plan.table!.columns).not.toContain("Manager");
  expect(summaryText(plain)).not.toContain("Managers:");
});
