"use strict";
// Measuring helpers shared by the benchmark scripts: child processes under /usr/bin/time -v
// (wall time and peak resident memory of the whole process), medians, and the CSV-to-cells
// conversion that stands in for what Excel hands the task pane.

const { spawnSync } = require("child_process");
const { readCsvFile } = require("../lib/cli/readers/csv");
const { ingestCells } = require("../lib/core/ingest");
const { dayToExcelSerial, parseAmount, parseDate } = require("../lib/core/values");

const TIME = "/usr/bin/time";

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** "0:01.69" or "1:02:03.5" → milliseconds. */
function clockMs(text) {
  return text.split(":").reduce((total, part) => total * 60 + Number(part), 0) * 1000;
}

/**
 * Runs a command under GNU time; throws with its output when it fails.
 * Returns wall milliseconds, peak RSS in MiB, and the command's own stdout and stderr.
 */
function timed(command, args, options = {}) {
  const run = spawnSync(TIME, ["-v", command, ...args], { encoding: "utf8", maxBuffer: 64 << 20, ...options });
  if (run.error) throw run.error;
  const stderr = run.stderr;
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/.exec(stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (run.status !== 0 || !wall || !rss) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${run.status}):\n${stderr}`);
  }
  const own = stderr.slice(0, stderr.indexOf("\tCommand being timed:"));
  return { wallMs: clockMs(wall[1]), peakRssMiB: Number(rss[1]) / 1024, stdout: run.stdout, stderr: own };
}

/** Runs a benchmark script of this folder in its own process and returns the JSON it prints last. */
function nodeJson(script, args) {
  const run = spawnSync(process.execPath, ["--expose-gc", script, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`${script} failed (exit ${run.status}):\n${run.stderr}`);
  const lines = run.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]);
}

/** Rows per block of the stand-in payload: about the 4 MB the Excel reader asks for at a time. */
const PAYLOAD_ROWS = 40_000;

/**
 * The rows of an export as the Excel reader delivers them once Excel has opened the file: texts,
 * with the date column as date serials and the amount, profit and quantity columns as numbers (as
 * our engine reads them, with the day/month order it settles on). Any export our CLI reads will do.
 * Office.js hands range values over as the JSON.parse of the host's response text
 * (`RichApiMessageUtility.buildResponseOnSuccess` in @microsoft/office-js), so the rows go through
 * JSON text in blocks of the reader's size: every text is a fresh string, as in the pane, and short
 * ones are V8's shared copies, as JSON.parse makes them.
 */
async function exportToCells(path) {
  const rows = await readCsvFile(path);
  const { headerRow, columns, dateOrder } = ingestCells(rows, {});
  const numeric = [columns.amount, columns.profit, columns.quantity].filter((c) => c !== undefined);
  const cells = rows.slice(0, headerRow + 1);
  let block = [];
  const flush = () => {
    for (const row of JSON.parse(JSON.stringify(block))) cells.push(row);
    block = [];
  };
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    const day = parseDate(row[columns.date], dateOrder);
    if (day !== null) row[columns.date] = dayToExcelSerial(day);
    for (const c of numeric) {
      const value = parseAmount(row[c]);
      if (value !== null) row[c] = value;
    }
    block.push(row);
    if (block.length === PAYLOAD_ROWS) flush();
  }
  flush();
  return cells;
}

/** Milliseconds taken by `fn`, after a full collection so earlier garbage is not charged to it. */
function msOf(fn) {
  if (global.gc) global.gc();
  const t0 = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
}

module.exports = { median, timed, nodeJson, exportToCells, msOf };
