"use strict";
// Writes the payload Excel would hand the task pane for an export: one JSON text per line, the
// header row(s) first, then blocks of the reader's size. Run in a process of its own (see
// measure.exportPayload), so that the process that times the engine does only what the pane does.
//   node bench/payload.js <export.csv> <out.jsonl>

const fs = require("fs");
const { readCsvFile } = require("../lib/cli/readers/csv");
const { ingestCells } = require("../lib/core/ingest");
const { dayToExcelSerial, parseAmount, parseDate } = require("../lib/core/values");

/** Rows per block of the stand-in payload: about the 4 MB the Excel reader asks for at a time. */
const PAYLOAD_ROWS = 40_000;

/**
 * The rows of an export as the Excel reader delivers them once Excel has opened the file: texts,
 * with the date column as date serials and the amount, profit and quantity columns as numbers (as
 * our engine reads them, with the day/month order it settles on). Any export our CLI reads will do.
 */
async function payloadBlocks(path) {
  const rows = await readCsvFile(path);
  const { headerRow, columns, dateOrder } = ingestCells(rows, {});
  const numeric = [columns.amount, columns.profit, columns.quantity].filter((c) => c !== undefined);
  const blocks = [JSON.stringify(rows.slice(0, headerRow + 1))];
  for (let from = headerRow + 1; from < rows.length; from += PAYLOAD_ROWS) {
    const block = rows.slice(from, from + PAYLOAD_ROWS);
    for (const row of block) {
      const day = parseDate(row[columns.date], dateOrder);
      if (day !== null) row[columns.date] = dayToExcelSerial(day);
      for (const c of numeric) {
        const value = parseAmount(row[c]);
        if (value !== null) row[c] = value;
      }
    }
    blocks.push(JSON.stringify(block));
  }
  return blocks;
}

if (require.main === module) {
  const [file, out] = process.argv.slice(2);
  payloadBlocks(file)
    .then((blocks) => fs.writeFileSync(out, blocks.join("\n")))
    .catch((e) => {
      process.stderr.write(`${e.stack ?? e}\n`);
      process.exitCode = 1;
    });
}
