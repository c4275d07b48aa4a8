"use strict";
// The CSV reader's tokenizer against µDSV (udsv), the library the house prefers, on the same text:
// speed on an export (read, decode and split in 64 KB pieces, as the reader does), and whether each
// keeps the reader's guarantees on small texts. Prints one JSON line.
//   node bench/csv-parsers.js <export.csv> [runs]

const fs = require("fs");
const { initParser, inferSchema } = require("udsv");
const { CsvTokenizer } = require("../lib/cli/readers/csvTokenizer");
const { median } = require("./measure");

const [file, runsArg = "3"] = process.argv.slice(2);
const READ_BYTES = 64 * 1024; // as the reader (src/cli/readers/csv.ts)

/** Feeds the file's text piece by piece to `push`; returns ms. */
function pass(push) {
  const fd = fs.openSync(file, "r");
  const buffer = Buffer.alloc(READ_BYTES);
  const decoder = new TextDecoder("utf-8");
  const t0 = process.hrtime.bigint();
  let n;
  while ((n = fs.readSync(fd, buffer, 0, READ_BYTES, null)) > 0) push(decoder.decode(buffer.subarray(0, n), { stream: true }));
  push(null);
  fs.closeSync(fd);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function withTokenizer(onRecord) {
  const tokenizer = new CsvTokenizer(",", onRecord);
  return (text) => (text === null ? tokenizer.end() : tokenizer.push(text));
}

function withUdsv(onRecord) {
  let parser = null;
  return (text) => {
    if (text === null) return parser.end();
    parser ??= initParser(inferSchema(text));
    parser.chunk(text, parser.stringArrs, (row) => void onRecord(row));
  };
}

function speed(make) {
  const ms = [];
  let records = 0;
  for (let r = 0; r < Number(runsArg); r++) {
    records = 0;
    ms.push(pass(make(() => records++)));
  }
  return { medianMs: median(ms), ms, records };
}

/** Records of a whole text with either parser (µDSV leaves out the header row it infers). */
function records(make, text) {
  const out = [];
  const push = make((row) => out.push([...row]));
  push(text);
  push(null);
  return out;
}

const GUARANTEES = [
  { name: "an empty line is a row", text: "Client,Amount\nA,1\n\nB,2\n" },
  { name: "a short row stays in its line", text: "Client,Date,Amount\nA,2017-12-01\nB,2017-12-02,2\n" },
  { name: "mixed line endings", text: "Client,Amount\r\nA,1\nB,2\r\nC,3\r\n" },
  { name: "a quoted line break", text: 'Client,Amount\r\n"A\nand sons",1\r\nB,2\r\n' },
].map(({ name, text }) => {
  const expected = records(withTokenizer, text).slice(1); // the rows below the header
  const udsv = records(withUdsv, text);
  return { name, text, expected, udsv, udsvKeeps: JSON.stringify(udsv) === JSON.stringify(expected) };
});

const decodeOnly = { ms: [] };
for (let r = 0; r < Number(runsArg); r++) decodeOnly.ms.push(pass(() => undefined));
decodeOnly.medianMs = median(decodeOnly.ms);

console.log(JSON.stringify({ file, readAndDecode: decodeOnly, tokenizer: speed(withTokenizer), udsv: speed(withUdsv), guarantees: GUARANTEES }));
