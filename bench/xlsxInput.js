"use strict";
// The .xlsx side of `npm run bench` (issue 22), and the least-pandas CSV competitor:
//  - the 1,048,575-row export saved as .xlsx (bench/generateXlsx.js: with its header, a full sheet of
//    1,048,576 rows), `keyclient report` on it against the same rows as CSV, interleaved run by run;
//  - pandas with openpyxl (bench/pandas_report.py on the .xlsx) against our CLI on the 100,000-row
//    .xlsx: openpyxl takes minutes for a full sheet;
//  - bench/pandas_minimal.py, the least an analyst would write, against our CLI on the 1,048,575-row CSV.
// `npm run bench` runs them last; alone (after `npm run build:cli` and one `npm run bench`, which
// generates the CSV exports): node bench/xlsxInput.js [runs]

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { fastest, summarize, timed } = require("./measure");

const ROOT = path.join(__dirname, "..");
const PYTHON = "/usr/bin/python3";

/** Ours ÷ theirs: of the medians, of the fastest runs, and of the peak RSS. */
function ratiosOf(ours, theirs) {
  return { wall: ours.wallMs / theirs.wallMs, wallBest: fastest(ours) / fastest(theirs), rss: ours.peakRssMiB / theirs.peakRssMiB };
}

/** The .xlsx of a generated CSV export, made once (bench/data/ caches it). */
function xlsxOf(csvFile) {
  const file = csvFile.replace(/\.csv$/, ".xlsx");
  if (!fs.existsSync(file)) {
    process.stderr.write(`generating ${file}…\n`);
    const run = spawnSync(process.execPath, [path.join(__dirname, "generateXlsx.js"), csvFile, file], { stdio: "inherit" });
    if (run.status !== 0) throw new Error(`bench/generateXlsx.js ${csvFile} failed`);
  }
  return file;
}

/** `keyclient report FILE --json OUT` under /usr/bin/time. */
function ourReport(file, today, out) {
  return timed(process.execPath, [path.join(ROOT, "bin", "keyclient.js"), "report", file, "--today", today, "--quiet", "--json", out]);
}

/** The same report from the .xlsx and from the CSV must agree, but for the file's name. */
function sameReport(a, b) {
  const read = (file) => {
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    delete json.source;
    return JSON.stringify(json);
  };
  return read(a) === read(b);
}

/** Our CLI on the .xlsx against the same rows as CSV, interleaved run by run. */
function xlsxAgainstCsv(csvFile, runs, today, resultsDir) {
  const xlsxFile = xlsxOf(csvFile);
  const out = { csv: path.join(resultsDir, "xlsx-input.csv.json"), xlsx: path.join(resultsDir, "xlsx-input.xlsx.json") };
  const csv = [];
  const xlsx = [];
  for (let r = 0; r < runs; r++) {
    csv.push(ourReport(csvFile, today, out.csv));
    xlsx.push(ourReport(xlsxFile, today, out.xlsx));
  }
  const summary = { csv: summarize(csv), xlsx: summarize(xlsx) };
  return { file: path.relative(ROOT, xlsxFile), bytes: fs.statSync(xlsxFile).size, ...summary, ratio: ratiosOf(summary.xlsx, summary.csv), sameReport: sameReport(out.csv, out.xlsx) };
}

/** Our CLI and pandas with openpyxl on the same .xlsx, interleaved. */
function xlsxAgainstPandas(csvFile, runs, today, resultsDir) {
  const xlsxFile = xlsxOf(csvFile);
  const ours = [];
  const pandas = [];
  for (let r = 0; r < runs; r++) {
    ours.push(ourReport(xlsxFile, today, path.join(resultsDir, "xlsx-pandas.ours.json")));
    pandas.push(timed(PYTHON, [path.join(__dirname, "pandas_report.py"), xlsxFile, "--today", today, "--json", path.join(resultsDir, "xlsx-pandas.pandas.json")]));
  }
  const summary = { ours: summarize(ours), pandas: summarize(pandas) };
  return { file: path.relative(ROOT, xlsxFile), ...summary, ratio: ratiosOf(summary.ours, summary.pandas) };
}

/** Our CLI (CSV → JSON) against bench/pandas_minimal.py on the same CSV, interleaved. */
function csvAgainstMinimalPandas(csvFile, runs, today, resultsDir) {
  const ours = [];
  const pandas = [];
  for (let r = 0; r < runs; r++) {
    ours.push(ourReport(csvFile, today, path.join(resultsDir, "minimal.ours.json")));
    pandas.push(timed(PYTHON, [path.join(__dirname, "pandas_minimal.py"), csvFile, today, path.join(resultsDir, "minimal.pandas.json")]));
  }
  const summary = { ours: summarize(ours), pandas: summarize(pandas) };
  return { file: path.relative(ROOT, csvFile), ...summary, ratio: ratiosOf(summary.ours, summary.pandas) };
}

const GOALS = { xlsxWallRatio: 2.5, xlsxRssRatio: 1.5, fullSheetRssMiB: 400, minimalWallRatio: 0.5 };

/** The lines of the bench's table, and the goals judged. */
function xlsxReport(result) {
  const s = (ms) => (ms / 1000).toFixed(2);
  const lines = [];
  const goals = [];
  const x = result.xlsxInput;
  if (x) {
    lines.push(`XLSX input, ${x.file} (${(x.bytes / 1e6).toFixed(1)} MB, a full sheet): CLI → JSON ${s(x.xlsx.wallMs)} s, ${Math.round(x.xlsx.peakRssMiB)} MiB; the same rows as CSV ${s(x.csv.wallMs)} s, ${Math.round(x.csv.peakRssMiB)} MiB; xlsx / CSV ${x.ratio.wall.toFixed(2)} × (fastest runs ${x.ratio.wallBest.toFixed(2)} ×), RSS ${x.ratio.rss.toFixed(2)} ×; ${x.sameReport ? "the same report" : "REPORTS DIFFER"}`);
    goals.push({ goal: `CLI XLSX → JSON wall at 1,048,575 rows ≤ ${GOALS.xlsxWallRatio} × the same rows as CSV (medians and fastest runs)`, value: `${x.ratio.wall.toFixed(2)} × (fastest runs ${x.ratio.wallBest.toFixed(2)} ×)`, met: x.ratio.wall <= GOALS.xlsxWallRatio && x.ratio.wallBest <= GOALS.xlsxWallRatio });
    goals.push({ goal: `CLI XLSX → JSON peak RSS ≤ ${GOALS.xlsxRssRatio} × the CSV's`, value: `${x.ratio.rss.toFixed(2)} ×`, met: x.ratio.rss <= GOALS.xlsxRssRatio });
    const worst = Math.max(...x.xlsx.runs.map((r) => r.peakRssMiB));
    goals.push({ goal: `a 1,048,576-row sheet within ${GOALS.fullSheetRssMiB} MB`, value: `${Math.round(worst)} MiB (the largest run)`, met: worst <= GOALS.fullSheetRssMiB && x.sameReport });
  }
  const p = result.xlsxPandas;
  if (p) {
    lines.push(`XLSX vs pandas with openpyxl, ${p.file}: ours ${s(p.ours.wallMs)} s, ${Math.round(p.ours.peakRssMiB)} MiB; pandas ${s(p.pandas.wallMs)} s, ${Math.round(p.pandas.peakRssMiB)} MiB; ours / pandas ${p.ratio.wall.toFixed(2)} × (fastest runs ${p.ratio.wallBest.toFixed(2)} ×), RSS ${p.ratio.rss.toFixed(2)} ×`);
  }
  const m = result.minimalPandas;
  if (m) {
    lines.push(`CSV vs the least pandas (bench/pandas_minimal.py), ${m.file}: ours ${s(m.ours.wallMs)} s, pandas ${s(m.pandas.wallMs)} s; ours / pandas ${m.ratio.wall.toFixed(2)} × (fastest runs ${m.ratio.wallBest.toFixed(2)} ×), RSS ${m.ratio.rss.toFixed(2)} ×`);
    goals.push({ goal: `CLI CSV → JSON at 1,048,575 rows ≤ ${GOALS.minimalWallRatio} × the least pandas (stretch goal)`, value: `${m.ratio.wall.toFixed(2)} × (fastest runs ${m.ratio.wallBest.toFixed(2)} ×)`, met: m.ratio.wall <= GOALS.minimalWallRatio && m.ratio.wallBest <= GOALS.minimalWallRatio });
  }
  return { lines, goals };
}

if (require.main === module) {
  const runs = Number(process.argv[2] ?? "3");
  const [today, data, results] = ["2024-01-15", path.join(__dirname, "data"), path.join(__dirname, "results")];
  fs.mkdirSync(results, { recursive: true });
  const result = {
    xlsxInput: xlsxAgainstCsv(path.join(data, "1048575.csv"), runs, today, results),
    xlsxPandas: xlsxAgainstPandas(path.join(data, "100000.csv"), runs, today, results),
    minimalPandas: csvAgainstMinimalPandas(path.join(data, "1048575.csv"), runs, today, results),
  };
  const { lines, goals } = xlsxReport(result);
  process.stdout.write([...lines, ...goals.map((g) => `${g.met ? "met    " : "NOT MET"}  ${g.goal}: ${g.value}`)].join("\n") + "\n");
}

module.exports = { xlsxAgainstCsv, xlsxAgainstPandas, csvAgainstMinimalPandas, xlsxReport };
