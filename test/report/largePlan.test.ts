// The sheet plan of a report with 150,000 clients (issue 16, item 3): a spread of that many rows into
// Math.max or push overflowed the call stack ("Maximum call stack size exceeded") in the add-in and the CLI.

import { ingestCells } from "../../src/core/ingest";
import { buildReport } from "../../src/core/report";
import type { CellValue } from "../../src/core/types";
import { planSheet } from "../../src/report/sheetPlan";

const CLIENTS = 150_000;
const SEPTEMBER = 43_000; // 2017-09-22
const DECEMBER = 43_090; // 2017-12-21

test("150,000 active clients and 150,000 dropped from key: every one has its row in the plan", () => {
  const cells: CellValue[][] = [["Client", "Date", "Amount"]];
  // Key in the previous window (Sep–Nov, Pareto: equal amounts are one class), gone in Oct–Dec.
  for (let c = 0; c < CLIENTS; c++) cells.push([`Old ${c}`, SEPTEMBER, 10]);
  // Active in the window, in falling amounts.
  for (let c = 0; c < CLIENTS; c++) cells.push([`New ${c}`, DECEMBER, CLIENTS - c]);
  const model = buildReport(ingestCells(cells, { today: "2018-01-15" }), { today: "2018-01-15", rule: { kind: "pareto", share: 0.8 }, source: "t", generatedAt: "x" });
  expect(model.reportMonth).toBe("2017-12");
  expect(model.clients).toHaveLength(CLIENTS);
  expect(model.dropped).toHaveLength(CLIENTS);

  const plan = planSheet(model);
  const table = plan.blocks.find((b) => b.kind === "table")!;
  expect(table.rows).toHaveLength(CLIENTS + 1);
  expect(table.rows[CLIENTS].values[1]).toBe(`New ${CLIENTS - 1}`);
  const dropped = plan.blocks.find((b) => b.kind === "dropped")!;
  expect(dropped.rows).toHaveLength(CLIENTS + 2); // heading, column headers, one row each
  expect(dropped.rows[2].values[1]).toBe("Old 0"); // equal averages: in name order
}, 120_000);
