"use strict";
// The report workbook for 20,000 clients: a report model with exactly 20,000 clients active in the key
// window (built first, not timed) → planSheet → writeReportXlsx (exceljs renders, archiver zips). Prints one JSON line.
//   node --expose-gc bench/xlsx.js <out dir> [runs] [clients]   (clients: default 20,000)

const fs = require("fs");
const path = require("path");
const { ingestCells } = require("../lib/core/ingest");
const { buildReport } = require("../lib/core/report");
const { planSheet } = require("../lib/report/sheetPlan");
const { writeReportXlsx } = require("../lib/cli/xlsxWriter");
const { randomTools } = require("../scripts/datagen");
const { median } = require("./measure");

const [outDir, runsArg = "3", clientsArg = "20000"] = process.argv.slice(2);
const CLIENTS = Number(clientsArg);
const TODAY = "2024-01-15"; // report month 2023-12
/** Excel serials of 1 Jul … 1 Dec 2023. */
const MONTH_STARTS = [45108, 45139, 45170, 45200, 45231, 45261];
const rt = randomTools(2023);

/**
 * Six months (Jul–Dec 2023) of shipments for 20,000 long-tailed clients, with a few late starters,
 * a few that stop (so the key list changes and some clients drop out) and 300 lost clients that
 * shipped only before the window.
 */
function shipmentCells() {
  const cells = [["Date", "Client", "Product", "Amount", "Profit"]];
  for (let c = 0; c < CLIENTS + 300; c++) {
    const lost = c >= CLIENTS;
    const level = 1e6 / (c + 1) ** 1.1;
    const start = lost ? 0 : rt.chance(0.05) ? 3 : 0;
    const end = lost ? 2 : rt.chance(0.03) ? 3 : 5;
    for (let month = start; month <= end; month++) {
      const day = MONTH_STARTS[month] + rt.int(0, 27);
      const amount = Math.round(level * (0.5 + rt.next()) * 100) / 100;
      cells.push([day, `Client ${String(c + 1).padStart(5, "0")} Ltd`, `SKU-${rt.int(1, 400)}`, amount, Math.round(amount * 20) / 100]);
    }
  }
  return cells;
}

const model = buildReport(ingestCells(shipmentCells(), { today: TODAY }), { today: TODAY, source: "bench" });
if (model.clients.length !== CLIENTS) throw new Error(`expected ${CLIENTS} clients in the report, got ${model.clients.length}`);

fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, `xlsx-${CLIENTS}-clients.xlsx`);
const runs = [];
(async () => {
  for (let r = 0; r < Number(runsArg); r++) {
    if (global.gc) global.gc(); // earlier runs' garbage is not charged to this one
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const plan = planSheet(model);
    const t1 = process.hrtime.bigint();
    await writeReportXlsx(plan, file);
    const t2 = process.hrtime.bigint();
    // CPU time of the whole process, V8's parallel GC threads included: on a machine shared with
    // other work it tells whether a slower run did more work or only waited for a core.
    const cpu = process.cpuUsage(cpu0);
    const ms = (from, to) => Number(to - from) / 1e6;
    runs.push({ planMs: ms(t0, t1), writeMs: ms(t1, t2), totalMs: ms(t0, t2), cpuMs: (cpu.user + cpu.system) / 1000 });
  }
  console.log(
    JSON.stringify({ clients: model.clients.length, bytes: fs.statSync(file).size, medianMs: median(runs.map((r) => r.totalMs)), runs }),
  );
})();
