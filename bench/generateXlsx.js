#!/usr/bin/env node
"use strict";
// Benchmark input: a plain export of bench/generate.js saved as an .xlsx workbook, as Excel saves one:
// the same rows and columns, dates as date serials with a date format, client and product names as
// shared strings, the amounts as numbers. Written by exceljs' streaming writer (not by our code, so
// the reader is measured on a workbook it did not write itself).
//   node bench/generateXlsx.js <export.csv> <out.xlsx>

const fs = require("fs");
const readline = require("readline");
const ExcelJS = require("exceljs");

const DAY_MS = 86_400_000;
/** Excel's serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

async function main() {
  const [csv, out] = process.argv.slice(2);
  if (!csv || !out) throw new Error("usage: node bench/generateXlsx.js <export.csv> <out.xlsx>");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet("Sales");
  sheet.getColumn(1).numFmt = "yyyy-mm-dd";
  const lines = readline.createInterface({ input: fs.createReadStream(csv), crlfDelay: Infinity });
  let header = true;
  let rows = 0;
  for await (const line of lines) {
    if (line === "") continue;
    const cells = line.split(",");
    if (header) {
      sheet.addRow(cells).commit();
      header = false;
      continue;
    }
    // The plain style's cells hold no commas and no quotes: Date,Client,Product,Amount,Profit,Quantity.
    const [date, client, product, ...numbers] = cells;
    const serial = Date.parse(`${date}T00:00:00Z`) / DAY_MS + UNIX_EPOCH_SERIAL;
    sheet.addRow([serial, client, product, ...numbers.map(Number)]).commit();
    rows++;
  }
  sheet.commit();
  await workbook.commit();
  process.stderr.write(`${out}: ${rows} rows, ${fs.statSync(out).size} bytes\n`);
}

main().catch((e) => {
  process.stderr.write(`bench/generateXlsx.js: ${e.message}\n`);
  process.exitCode = 1;
});
