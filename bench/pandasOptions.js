"use strict";
// The command-line options bench/pandas_report.py needs to read an export the way `keyclient report`
// reads it, so that any export can be benchmarked and cross-checked side by side (run.js --file):
// encoding and delimiter as our reader detects them, the lines above the header, the client, date and
// amount columns our column rules choose (a "Ship Date" over an "Order Date", say), the date format
// with the day/month order our engine decides from the whole column (the first weeks of a year are
// all ambiguous), and the decimal separator of the amounts.
//   node bench/pandasOptions.js <export.csv>   prints them, one per line

const { readCsvChunks } = require("../lib/cli/readers/csv");
const { ChunkedTable } = require("../lib/core/chunkedTable");

/** Rows whose texts are looked at: enough for the header search and the shapes of dates and amounts. */
const SAMPLE_ROWS = 2000;

/** Python's names of the encodings our decoder detects; a UTF-8 byte order mark must be skipped. */
function pythonEncoding(encoding, bom) {
  if (encoding === "windows-1251") return "cp1251";
  if (encoding === "utf-16le" || encoding === "utf-16be") return "utf-16";
  return bom ? "utf-8-sig" : "utf-8";
}

const nonBlankTexts = (rows, column) => rows.map((row) => String(row[column] ?? "").trim()).filter((text) => text !== "");

/** A strptime format for the date texts' leading part (pandas_report.py matches it at the start), by most texts. */
function dateFormat(texts, order) {
  const shapes = [
    [/^\d{4}-\d{2}-\d{2}$/, "%Y-%m-%d"],
    [/^\d{1,2}\.\d{1,2}\.\d{4}/, order === "mdy" ? "%m.%d.%Y" : "%d.%m.%Y"],
    [/^\d{1,2}\/\d{1,2}\/\d{4}/, order === "mdy" ? "%m/%d/%Y" : "%d/%m/%Y"],
  ];
  const counts = shapes.map(([pattern]) => texts.filter((t) => pattern.test(t)).length);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] * 2 > texts.length ? shapes[best][1] : null;
}

/** "," when more amounts end in a comma and one or two digits than in a point and one or two digits. */
function decimalSeparator(texts) {
  let comma = 0;
  let point = 0;
  for (const t of texts) {
    if (/\d,\d{1,2}\)?$/.test(t)) comma++;
    else if (/\d\.\d{1,2}\)?$/.test(t)) point++;
  }
  return comma > point ? "," : ".";
}

/** The options for `file`, as an argument list (the whole file is read); throws when our engine cannot read it either. */
async function pandasOptions(file) {
  let sample = null;
  const table = new ChunkedTable({});
  const info = await readCsvChunks(
    file,
    (rows, firstRowNumber) => {
      sample ??= rows;
      table.addRows(rows, firstRowNumber);
    },
    { chunkRows: SAMPLE_ROWS },
  );
  const ingest = table.finish();
  const header = sample[ingest.headerRow];
  const data = sample.slice(ingest.headerRow + 1);
  const { client, date, amount } = ingest.columns;
  const format = dateFormat(nonBlankTexts(data, date), ingest.dateOrder);
  if (format === null) throw new Error(`${file}: the dates of column "${header[date]}" are in no format pandas_report.py is given here`);
  const headerCell = (column) => String(header[column]).trim();
  return [
    "--encoding", pythonEncoding(info.encoding, info.bom),
    "--sep", info.delimiter,
    "--skiprows", String(ingest.headerRow),
    "--client", headerCell(client),
    "--date", headerCell(date),
    "--amount", headerCell(amount),
    "--date-format", format,
    "--decimal", decimalSeparator(nonBlankTexts(data, amount)),
  ];
}

if (require.main === module) {
  pandasOptions(process.argv[2]).then(
    (options) => process.stdout.write(options.join("\n") + "\n"),
    (e) => {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 1;
    },
  );
}

module.exports = { pandasOptions };
