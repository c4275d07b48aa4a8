"use strict";
// The engine as the task pane runs it: cells already in memory (parsed from the payload Excel would
// send for any CSV export, not timed) → ingestCells → buildReport. Prints one JSON line: rows, and
// per run the ms of each step.
//   node --expose-gc bench/engine.js <export.csv> [runs] [today] [history months]

const { ingestCells } = require("../lib/core/ingest");
const { buildReport } = require("../lib/core/report");
const { exportPayload, cellsOf } = require("./measure");

const [file, runsArg = "3", today = "2024-01-15", historyArg] = process.argv.slice(2);
const history = historyArg === undefined ? {} : { history: Number(historyArg) };
async function main() {
  const payload = exportPayload(file);
  const runs = [];
  let clients = 0;
  for (let r = 0; r < Number(runsArg); r++) {
    let cells = cellsOf(payload);
    // One collection before, none between the steps: cells → report model is one stretch in the pane,
    // and a forced full collection there would leave the report a cold, shrunk heap no user has.
    if (global.gc) global.gc();
    const t0 = process.hrtime.bigint();
    const ingest = ingestCells(cells, { today });
    const rows = cells.length - ingest.headerRow - 1; // the rows below the header
    cells = null; // the pane drops its cells once ingested
    const t1 = process.hrtime.bigint();
    const model = buildReport(ingest, { today, source: file, ...history });
    const t2 = process.hrtime.bigint();
    clients = model.clients.length;
    runs.push({ rows, ingestMs: Number(t1 - t0) / 1e6, reportMs: Number(t2 - t1) / 1e6 });
  }
  console.log(JSON.stringify({ rows: runs[0].rows, clients, runs }));
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 1;
});
