"use strict";
// The worksheet functions at Excel scale, called as Excel's runtime calls them (2-D arrays in,
// 2-D arrays out, lib/functions compiled by `npm run build:cli`):
//   ABC on a column of 1,000,000 values, XYZ on 100,000 clients × 10 months (1,000,000 values),
//   MONTHLY on whole columns A:A of 1,048,576 rows (the header and the 1,048,575 rows of the export).
// Inputs are built first, not timed. Prints one JSON line with the ms of every run.
//   node --expose-gc bench/functions.js <export of 1,048,575 rows> [runs]

const { randomTools } = require("../scripts/datagen");
const { exportPayload, cellsOf, msOf } = require("./measure");

// The one global of Excel's custom-functions runtime the module needs (errors are objects).
globalThis.CustomFunctions = {
  Error: class {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
};
const { abc, xyz, monthly } = require("../lib/functions/functions");

const [file, runsArg = "3"] = process.argv.slice(2);
const runs = Number(runsArg);
const rt = randomTools(20240115);

/** Long-tailed client sizes, as averages of real client lists are. */
const size = (i) => (1e7 / (i + 1) ** 1.1) * (0.5 + rt.next());

function countOf(result) {
  const counts = {};
  for (const [v] of result) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

async function timeRuns(makeInput, call) {
  const ms = [];
  let result;
  for (let r = 0; r < runs; r++) {
    const input = await makeInput();
    const run = msOf(() => call(input));
    ms.push(run.ms);
    result = run.result;
  }
  return { ms, result };
}

const abcValues = Array.from({ length: 1_000_000 }, (_, i) => [size(i)]);

const MONTHS = 10;
// Each client swings around its level by its own volatility (cv up to about 0.5), so X, Y and Z all occur.
const xyzRows = Array.from({ length: 100_000 }, (_, i) => {
  const level = size(i);
  const volatility = 0.8 * rt.next();
  return Array.from({ length: MONTHS }, () => level * (1 + volatility * (2 * rt.next() - 1)));
});

/** The export's payload, made once (bench/payload.js); parsed afresh for every run. */
let payload = null;

/** Columns A:A, B:B, C:C of the export as Excel passes them: one cell per row, dates as serials. */
async function exportColumns() {
  payload ??= exportPayload(file);
  const cells = cellsOf(payload);
  return { rows: cells.length, clients: cells.map((row) => [row[1]]), dates: cells.map((row) => [row[0]]), amounts: cells.map((row) => [row[3]]) };
}

async function main() {
  const abcRun = await timeRuns(() => abcValues, (values) => abc(values));
  const xyzRun = await timeRuns(() => xyzRows, (rows) => xyz(rows));
  let monthlyRows = 0;
  const monthlyRun = await timeRuns(
    async () => {
      const c = await exportColumns();
      monthlyRows = c.rows;
      return c;
    },
    (c) => monthly(c.clients, c.dates, c.amounts, "2023-12", 3),
  );
  const pivot = monthlyRun.result;
  console.log(
    JSON.stringify({
      abc: { values: abcValues.length, ms: abcRun.ms, classes: countOf(abcRun.result) },
      xyz: { rows: xyzRows.length, months: MONTHS, ms: xyzRun.ms, classes: countOf(xyzRun.result) },
      monthly: { rows: monthlyRows, ms: monthlyRun.ms, clients: pivot.length - 1, header: pivot[0], first: pivot[1] },
    }),
  );
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 1;
});
