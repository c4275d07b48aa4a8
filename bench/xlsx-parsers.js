"use strict";
// What reading a sheet of an .xlsx costs, layer by layer and reader by reader, on the same file and in
// the same minutes (docs/performance.md, "The .xlsx input"): the inflate alone, the inflate decoded to
// text, saxes (the SAX parser exceljs reads with) on that text, exceljs' documented streaming reader
// (WorkbookReader) and ours (src/cli/readers/xlsx.ts, from lib/). Each counts what it reads, so that
// nothing is optimised away. Prints one JSON line.
//   npm run build:cli && node bench/xlsx-parsers.js <export.xlsx> [runs]

const { SaxesParser } = require("saxes");
const ExcelJS = require("exceljs");
const { openZip, partBytes } = require("../lib/cli/readers/xlsxZip");
const { sheetSource } = require("../lib/cli/readers/xlsxWorkbook");
const { readXlsxChunks } = require("../lib/cli/readers/xlsx");
const { median } = require("./measure");

const [file, runsArg = "3"] = process.argv.slice(2);
const NO_CAP = { bytes: Number.MAX_SAFE_INTEGER, what: "" };

async function sheetPart() {
  return (await sheetSource(file, await openZip(file), undefined)).sheet;
}

/** Each way of reading, returning what it counted. */
const WAYS = {
  async inflate() {
    let bytes = 0;
    for await (const piece of partBytes(file, await sheetPart(), NO_CAP)) bytes += piece.length;
    return bytes;
  },
  async inflateAndDecode() {
    const decoder = new TextDecoder();
    let chars = 0;
    for await (const piece of partBytes(file, await sheetPart(), NO_CAP)) chars += decoder.decode(piece, { stream: true }).length;
    return chars;
  },
  async saxes() {
    const parser = new SaxesParser();
    let tags = 0;
    parser.on("opentag", () => tags++);
    const decoder = new TextDecoder();
    for await (const piece of partBytes(file, await sheetPart(), NO_CAP)) parser.write(decoder.decode(piece, { stream: true }));
    parser.close();
    return tags;
  },
  async exceljsWorkbookReader() {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
    let rows = 0;
    for await (const sheet of reader) {
      for await (const row of sheet) rows += row.cellCount > 0 ? 1 : 0;
      break;
    }
    return rows;
  },
  async ours() {
    let rows = 0;
    await readXlsxChunks(file, (chunk) => void (rows += chunk.length));
    return rows;
  },
};

(async () => {
  const result = { file, runs: {} };
  for (let r = 0; r < Number(runsArg); r++) {
    for (const [name, read] of Object.entries(WAYS)) {
      if (global.gc) global.gc();
      const t0 = process.hrtime.bigint();
      const counted = await read();
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      (result.runs[name] ??= []).push({ ms, counted });
    }
  }
  result.medianMs = Object.fromEntries(Object.entries(result.runs).map(([name, runs]) => [name, Math.round(median(runs.map((x) => x.ms)))]));
  process.stdout.write(JSON.stringify(result) + "\n");
})().catch((e) => {
  process.stderr.write(`bench/xlsx-parsers.js: ${e.message}\n`);
  process.exitCode = 1;
});
