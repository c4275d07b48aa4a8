"use strict";
// The engine as the task pane runs it: cells already in memory (built here first, not timed) →
// ingestCells → buildReport. Prints one JSON line: rows, and per run the ms of each step.
//   node --expose-gc bench/engine.js <export.csv> [runs] [today]

const { ingestCells } = require("../lib/core/ingest");
const { buildReport } = require("../lib/core/report");
const { exportToCells, msOf } = require("./measure");

const [file, runsArg = "3", today = "2024-01-15"] = process.argv.slice(2);
const runs = [];
let clients = 0;
for (let r = 0; r < Number(runsArg); r++) {
  // Fresh strings every run: a name looked up before would be cheaper the second time.
  let cells = exportToCells(file);
  const rows = cells.length - 1;
  const ingest = msOf(() => ingestCells(cells, { today }));
  cells = null; // the pane drops its cells once ingested
  const report = msOf(() => buildReport(ingest.result, { today, source: file }));
  clients = report.result.clients.length;
  runs.push({ rows, ingestMs: ingest.ms, reportMs: report.ms });
}
console.log(JSON.stringify({ rows: runs[0].rows, clients, runs }));
