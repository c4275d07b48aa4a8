"use strict";
// `npm run bench` (after `npm run build:cli`): KeyClient against pandas at Excel's sizes, side by side.
//  - exports of 10,000, 100,000 and 1,048,575 rows (bench/generate.js, cached in bench/data/);
//  - the engine from in-memory cells, as the task pane runs it (bench/engine.js);
//  - `keyclient report` end to end, CSV → JSON and CSV → xlsx, wall time and peak RSS (/usr/bin/time -v);
//  - bench/pandas_report.py on the same files, the same way;
//  - the worksheet functions at 1,000,000 values (bench/functions.js), the workbook of 20,000 clients
//    and of 150,000 (bench/xlsx.js; the time per client of the larger against the smaller), the CSV
//    tokenizer against µDSV (bench/csv-parsers.js);
//  - the same kind of export at a sheet's full size as 1C writes it (bench/generate.js --style 1c:
//    windows-1251, `;`, quoted Cyrillic names, long product names), our CLI and pandas on it alike;
//  - the cost of 12 months of history (SPEC §10) at full size, CLI and engine (bench/history.js);
//  - a cross-check of our JSON against pandas' on the 100,000-row file and the 1C-style one (exit 1
//    when they disagree);
//  - the .xlsx input (bench/xlsxInput.js): the 1,048,575-row export as .xlsx against the same rows as
//    CSV, pandas with openpyxl on the 100,000-row .xlsx, and bench/pandas_minimal.py on the CSV.
// Medians of RUNS runs. Prints one table and writes it all to bench/results/latest.json (and the
// tables of docs/performance.md to bench/results/latest.md).
// Options: --runs N (default 3), --sizes 10000,100000 (a subset, for a quick look).
// Any other export, side by side: --file export.csv [--today YYYY-MM-DD] runs our CLI and pandas on it
// (pandas told the file's format by bench/pandasOptions.js), cross-checks them and writes
// bench/results/file.json, with the engine from that file's cells.

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { median, timed, nodeJson, summarize, fastest } = require("./measure");
const { pandasOptions } = require("./pandasOptions");
const { xlsxAgainstCsv, xlsxAgainstPandas, csvAgainstMinimalPandas, xlsxReport } = require("./xlsxInput");

const ROOT = path.join(__dirname, "..");
const DATA = path.join(__dirname, "data");
const RESULTS = path.join(__dirname, "results");
const PYTHON = "/usr/bin/python3";
const TODAY = "2024-01-15"; // the generator's data end in Dec 2023: report month 2023-12
const ALL_SIZES = [10_000, 100_000, 1_048_575];
const CROSS_CHECK_SIZE = 100_000;
const EXCEL_ROWS = 1_048_575;
/** 1C's export puts three title lines and the header above the rows and "Итого" below: a full sheet. */
const ONE_C_ROWS = 1_048_571;

const GOALS = {
  cliWallRatio: 0.5, // CSV → JSON at 1,048,575 rows, ours / pandas
  cliRssRatio: 1,
  historyTimeRatio: 1.5, // the report with 12 months of history / without, CLI and engine
  historyRssRatio: 1.25,
  engineRowsPerSecond: 2_000_000,
  abcMs: 150,
  monthlyMs: 1500,
  xlsxMs: 2000,
  /** Time per client of the workbook of LARGE_WORKBOOK_CLIENTS over that of 20,000: linear growth. */
  xlsxPerClientRatio: 1.5,
};
const LARGE_WORKBOOK_CLIENTS = 150_000;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const RUNS = Number(option("runs", "3"));
const SIZES = option("sizes", ALL_SIZES.join(",")).split(",").map(Number);
const FILE = option("file", null);

function exportFile(rows, style = "plain") {
  const file = path.join(DATA, style === "plain" ? `${rows}.csv` : `${rows}-${style}.csv`);
  if (!fs.existsSync(file)) {
    process.stderr.write(`generating ${file}…\n`);
    const run = spawnSync(process.execPath, [path.join(__dirname, "generate.js"), String(rows), file, "--style", style], { stdio: "inherit" });
    if (run.status !== 0) throw new Error(`bench/generate.js ${rows} --style ${style} failed`);
  }
  return file;
}

function machine() {
  const pandas = spawnSync(PYTHON, ["-c", "import sys, pandas; print(pandas.__version__, sys.version.split()[0])"], { encoding: "utf8" });
  const [pandasVersion, pythonVersion] = pandas.stdout.trim().split(" ");
  return { cpu: os.cpus()[0].model, cores: os.cpus().length, node: process.version, pandas: pandasVersion, python: pythonVersion };
}

const mib = (x) => Math.round(x);
const seconds = (ms) => Math.round(ms) / 1000;

/**
 * Our CLI (JSON and xlsx) and pandas, interleaved run by run so that a change of load hits all three.
 * Outputs go to bench/results/<name>.*; `pandasArgs` tell pandas_report.py the file's format.
 */
function endToEnd(file, name, today, pandasArgs = []) {
  const out = path.join(RESULTS, name);
  const ours = { json: [], xlsx: [] };
  const pandas = [];
  const keyclient = (extra) => [path.join(ROOT, "bin", "keyclient.js"), "report", file, "--today", today, "--quiet", ...extra];
  for (let r = 0; r < RUNS; r++) {
    ours.json.push(timed(process.execPath, keyclient(["--json", `${out}.ours.json`])));
    pandas.push(timed(PYTHON, [path.join(__dirname, "pandas_report.py"), file, "--today", today, "--json", `${out}.pandas.json`, ...pandasArgs]));
    ours.xlsx.push(timed(process.execPath, keyclient(["--out", `${out}.xlsx`])));
  }
  return { json: summarize(ours.json), xlsx: summarize(ours.xlsx), pandas: summarize(pandas), files: { ours: `${out}.ours.json`, pandas: `${out}.pandas.json` } };
}

function engine(file, today) {
  const result = nodeJson(path.join(__dirname, "engine.js"), [file, String(RUNS), today]);
  const totals = result.runs.map((r) => r.ingestMs + r.reportMs);
  const ms = median(totals);
  return {
    ms,
    ingestMs: median(result.runs.map((r) => r.ingestMs)),
    reportMs: median(result.runs.map((r) => r.reportMs)),
    rowsPerSecond: Math.round((result.rows / ms) * 1000),
    clients: result.clients,
    runs: result.runs,
  };
}

/**
 * Ours and pandas must agree on every client: rank, average (and months), ABC and XYZ. Equal averages
 * may be ordered differently (pandas by code point, we by a collator), so a rank may move within
 * its tie group only. Returns a list of disagreements (empty = agreed).
 */
function crossCheck(oursFile, pandasFile) {
  const ours = JSON.parse(fs.readFileSync(oursFile, "utf8"));
  const theirs = JSON.parse(fs.readFileSync(pandasFile, "utf8"));
  const problems = [];
  const close = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (ours.window.reportMonth !== theirs.window.reportMonth) problems.push(`report month ${ours.window.reportMonth} vs ${theirs.window.reportMonth}`);
  if (ours.rows.used !== theirs.rows.used) problems.push(`rows used ${ours.rows.used} vs ${theirs.rows.used}`);
  // Our "total" is the key window's amount (SPEC §9); the file's is rows.usedAmount.
  if (!close(ours.total, theirs.windowAmount)) problems.push(`window amount ${ours.total} vs ${theirs.windowAmount}`);
  if (!close(ours.rows.usedAmount, theirs.total)) problems.push(`amount of the used rows ${ours.rows.usedAmount} vs ${theirs.total}`);
  if (ours.clients.length !== theirs.clients.length) problems.push(`${ours.clients.length} clients vs ${theirs.clients.length}`);
  const byName = new Map(ours.clients.map((c) => [c.name, c]));
  const tieGroup = new Map(); // pandas rank → [first, last] rank of its equal averages
  theirs.clients.forEach((c, i) => {
    let first = i;
    while (first > 0 && close(theirs.clients[first - 1].average, c.average)) first--;
    let last = i;
    while (last + 1 < theirs.clients.length && close(theirs.clients[last + 1].average, c.average)) last++;
    tieGroup.set(c.rank, [first + 1, last + 1]);
  });
  for (const p of theirs.clients) {
    const o = byName.get(p.name);
    if (!o) {
      problems.push(`${p.name}: missing from ours`);
      continue;
    }
    const [first, last] = tieGroup.get(p.rank);
    if (o.rank < first || o.rank > last) problems.push(`${p.name}: rank ${o.rank} vs ${p.rank}`);
    if (!close(o.average, p.average) || o.monthly.some((v, k) => !close(v, p.monthly[k]))) problems.push(`${p.name}: months ${o.monthly} (average ${o.average}) vs ${p.monthly} (${p.average})`);
    if (o.abc !== p.abc) problems.push(`${p.name}: ABC ${o.abc} vs ${p.abc}`);
    if (o.xyz !== p.xyz) problems.push(`${p.name}: XYZ ${o.xyz} vs ${p.xyz}`);
  }
  return { clients: theirs.clients.length, problems };
}

/** A row of the table: its rows, and the export's style when it is not the plain one. */
const rowLabel = (s) => `${s.rows.toLocaleString("en-US")}${s.style ? ` (${s.style})` : ""}`;

function pad(cells, widths) {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
}

function printTable(result) {
  const m = result.machine;
  const lines = [];
  lines.push(`Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}, pandas ${m.pandas} (Python ${m.python}); load ${result.load.before.join(" ")} → ${result.load.after.join(" ")}; medians of ${RUNS} runs`);
  if (result.file) lines.push(`File: ${result.file.path}, today ${result.file.today}`);
  lines.push("");
  const head = ["rows", "engine ms", "engine rows/s", "CLI→JSON s", "RSS MiB", "pandas s", "RSS MiB", "wall ours/pandas", "RSS ours/pandas", "CLI→xlsx s", "RSS MiB"];
  const widths = head.map((h, i) => Math.max(h.length, i === 0 ? 14 : 9));
  lines.push(pad(head, widths));
  for (const s of result.sizes) {
    lines.push(
      pad(
        [
          rowLabel(s),
          s.engine ? Math.round(s.engine.ms) : "–",
          s.engine ? s.engine.rowsPerSecond.toLocaleString("en-US") : "–",
          seconds(s.cli.json.wallMs).toFixed(2),
          mib(s.cli.json.peakRssMiB),
          seconds(s.cli.pandas.wallMs).toFixed(2),
          mib(s.cli.pandas.peakRssMiB),
          s.ratio.wall.toFixed(2),
          s.ratio.rss.toFixed(2),
          seconds(s.cli.xlsx.wallMs).toFixed(2),
          mib(s.cli.xlsx.peakRssMiB),
        ],
        widths,
      ),
    );
  }
  for (const s of result.sizes) {
    lines.push(`Fastest runs at ${rowLabel(s)} rows: CLI→JSON ${seconds(fastest(s.cli.json)).toFixed(2)} s, pandas ${seconds(fastest(s.cli.pandas)).toFixed(2)} s, ratio ${s.ratio.wallBest.toFixed(2)}`);
  }
  lines.push("");
  const f = result.functions;
  if (f) {
    lines.push(`ABC on ${f.abc.values.toLocaleString("en-US")} values: ${Math.round(median(f.abc.ms))} ms · XYZ on ${f.xyz.rows.toLocaleString("en-US")} × ${f.xyz.months} months: ${Math.round(median(f.xyz.ms))} ms · MONTHLY on ${f.monthly.rows.toLocaleString("en-US")} rows: ${Math.round(median(f.monthly.ms))} ms (${f.monthly.clients.toLocaleString("en-US")} clients)`);
  }
  if (result.xlsx) {
    const totals = result.xlsx.runs.map((r) => Math.round(r.totalMs));
    lines.push(
      `Workbook of ${result.xlsx.clients.toLocaleString("en-US")} clients (plan + exceljs render + zip): ${Math.round(result.xlsx.medianMs)} ms (runs ${Math.min(...totals)}–${Math.max(...totals)} ms), ${(result.xlsx.bytes / 1e6).toFixed(1)} MB`,
    );
  }
  if (result.xlsxLarge) {
    const large = result.xlsxLarge;
    lines.push(
      `Workbook of ${large.clients.toLocaleString("en-US")} clients: ${Math.round(large.medianMs)} ms, CPU ${Math.round(median(large.runs.map((r) => r.cpuMs)))} ms, ${(large.bytes / 1e6).toFixed(1)} MB; ` +
        `per client ${perClientRatio(result).toFixed(2)} × the time per client at ${result.xlsx.clients.toLocaleString("en-US")}`,
    );
  }
  if (result.csvParsers) {
    const c = result.csvParsers;
    const kept = c.guarantees.filter((g) => g.udsvKeeps).length;
    lines.push(`CSV split of ${path.basename(c.file)} (read + decode ${Math.round(c.readAndDecode.medianMs)} ms included): our tokenizer ${Math.round(c.tokenizer.medianMs)} ms, µDSV ${Math.round(c.udsv.medianMs)} ms; µDSV keeps ${kept} of ${c.guarantees.length} reader guarantees`);
  }
  if (result.history) {
    const h = result.history;
    lines.push(
      `History of 12 months at ${h.rows.toLocaleString("en-US")} rows, with / without: CLI → JSON ${seconds(h.cli.withMs).toFixed(2)} / ${seconds(h.cli.withoutMs).toFixed(2)} s (${h.ratio.cliWall.toFixed(2)} ×), peak RSS ${Math.round(h.cli.withRssMiB)} / ${Math.round(h.cli.withoutRssMiB)} MiB (${h.ratio.cliRss.toFixed(2)} ×); engine from cells ${Math.round(h.engine.withMs)} / ${Math.round(h.engine.withoutMs)} ms (${h.ratio.engine.toFixed(2)} ×)`,
    );
  }
  for (const check of result.crossChecks) {
    lines.push(`Cross-check vs pandas on ${check.label}: ${check.problems.length === 0 ? `all ${check.clients} clients agree` : `${check.problems.length} DISAGREEMENTS`}`);
  }
  lines.push(...xlsxReport(result).lines);
  lines.push("");
  for (const g of result.goals) lines.push(`${g.met ? "met    " : "NOT MET"}  ${g.goal}: ${g.value}`);
  return lines.join("\n");
}

/** The same figures as Markdown tables, for docs/performance.md. */
function markdown(result) {
  const m = result.machine;
  const n = (x) => Math.round(x).toLocaleString("en-US");
  const lines = [
    `Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}, pandas ${m.pandas} (Python ${m.python}). Load average ${result.load.before[0]} before, ${result.load.after[0]} after; medians of ${result.runs} runs; ${result.date.slice(0, 16).replace("T", " ")} UTC.`,
    "",
    "| rows | engine from cells | CLI CSV → JSON | pandas | ours / pandas (wall, RSS) | CLI CSV → xlsx |",
    "|---:|---:|---:|---:|---:|---:|",
  ];
  for (const s of result.sizes) {
    lines.push(
      `| ${rowLabel(s)} | ${n(s.engine.ms)} ms, ${n(s.engine.rowsPerSecond)} rows/s | ${seconds(s.cli.json.wallMs).toFixed(2)} s, ${n(s.cli.json.peakRssMiB)} MiB | ${seconds(s.cli.pandas.wallMs).toFixed(2)} s, ${n(s.cli.pandas.peakRssMiB)} MiB | ${s.ratio.wall.toFixed(2)}, ${s.ratio.rss.toFixed(2)} | ${seconds(s.cli.xlsx.wallMs).toFixed(2)} s, ${n(s.cli.xlsx.peakRssMiB)} MiB |`,
    );
  }
  lines.push("", `Fastest of the runs, ours / pandas: ${result.sizes.map((s) => `${rowLabel(s)} rows ${s.ratio.wallBest.toFixed(2)}`).join(", ")}.`);
  // The lines of the console table after the size rows (functions, workbook, parsers, cross-check).
  const extra = result.table.split("\n").filter((line) => /^(ABC on|Workbook of|CSV split|History of|Cross-check|XLSX|CSV vs)/.test(line));
  if (extra.length > 0) lines.push("", ...extra.map((line) => `- ${line}`));
  lines.push("", "| goal | measured | |", "|---|---:|---|");
  for (const g of result.goals) lines.push(`| ${g.goal} | ${g.value} | ${g.met ? "met" : "**not met**"} |`);
  return lines.join("\n");
}

function goals(result) {
  const list = [];
  // The goals are set at Excel's full size; a smaller file of the user's is measured, not judged.
  const big = result.file ? result.sizes.find((s) => s.rows >= 1_000_000) : result.sizes.find((s) => s.rows === EXCEL_ROWS);
  // The wall-time ratio for every full-size export: the plain one, and the 1C-style one of benchSizes.
  for (const s of result.sizes.filter((s) => s === big || s.style)) {
    list.push({
      goal: `CLI CSV → JSON wall at ${rowLabel(s)} rows ≤ ${GOALS.cliWallRatio} × pandas (medians and fastest runs)`,
      value: `${s.ratio.wall.toFixed(2)} × (fastest runs ${s.ratio.wallBest.toFixed(2)} ×)`,
      met: s.ratio.wall <= GOALS.cliWallRatio && s.ratio.wallBest <= GOALS.cliWallRatio,
    });
  }
  if (big) {
    list.push({ goal: `CLI CSV → JSON peak RSS ≤ pandas`, value: `${big.ratio.rss.toFixed(2)} ×`, met: big.ratio.rss <= GOALS.cliRssRatio });
    if (big.engine) list.push({ goal: `engine from cells ≥ ${GOALS.engineRowsPerSecond.toLocaleString("en-US")} rows/s`, value: `${big.engine.rowsPerSecond.toLocaleString("en-US")} rows/s`, met: big.engine.rowsPerSecond >= GOALS.engineRowsPerSecond });
  }
  if (result.functions) {
    const abc = median(result.functions.abc.ms);
    const monthly = median(result.functions.monthly.ms);
    list.push({ goal: `ABC on 1,000,000 values ≤ ${GOALS.abcMs} ms`, value: `${Math.round(abc)} ms`, met: abc <= GOALS.abcMs });
    list.push({ goal: `MONTHLY on 1,048,576 rows ≤ ${GOALS.monthlyMs} ms`, value: `${Math.round(monthly)} ms`, met: monthly <= GOALS.monthlyMs });
  }
  if (result.history) {
    const r = result.history.ratio;
    list.push({ goal: `history of 12 months ≤ ${GOALS.historyTimeRatio} × the time without (CLI, engine)`, value: `${r.cliWall.toFixed(2)} ×, ${r.engine.toFixed(2)} ×`, met: r.cliWall <= GOALS.historyTimeRatio && r.engine <= GOALS.historyTimeRatio });
    list.push({ goal: `history of 12 months ≤ ${GOALS.historyRssRatio} × the peak RSS without (CLI)`, value: `${r.cliRss.toFixed(2)} ×`, met: r.cliRss <= GOALS.historyRssRatio });
  }
  if (result.xlsx) list.push({ goal: `workbook of 20,000 clients ≤ ${GOALS.xlsxMs} ms`, value: `${Math.round(result.xlsx.medianMs)} ms`, met: result.xlsx.medianMs <= GOALS.xlsxMs });
  list.push(...xlsxReport(result).goals);
  if (result.xlsxLarge) {
    const ratio = perClientRatio(result);
    list.push({ goal: `workbook: time per client at ${LARGE_WORKBOOK_CLIENTS.toLocaleString("en-US")} clients ≤ ${GOALS.xlsxPerClientRatio} × at 20,000`, value: `${ratio.toFixed(2)} ×`, met: ratio <= GOALS.xlsxPerClientRatio });
  }
  return list;
}

/** Time per client of the large workbook over the 20,000-client one's (medians). */
function perClientRatio(result) {
  return result.xlsxLarge.medianMs / result.xlsxLarge.clients / (result.xlsx.medianMs / result.xlsx.clients);
}

/** Ratios of ours to pandas: of the medians and of the fastest runs (other processes only ever add time). */
function ratios(cli) {
  return {
    wall: cli.json.wallMs / cli.pandas.wallMs,
    wallBest: fastest(cli.json) / fastest(cli.pandas),
    rss: cli.json.peakRssMiB / cli.pandas.peakRssMiB,
  };
}

function startResult() {
  return { date: new Date().toISOString(), machine: machine(), runs: RUNS, load: { before: os.loadavg().map((x) => x.toFixed(2)) }, sizes: [], crossChecks: [] };
}

/** Ends a run: goals, the table printed, the JSON (and Markdown) written; exit 1 when ours and pandas disagree. */
function finishResult(result, name) {
  result.load.after = os.loadavg().map((x) => x.toFixed(2));
  result.goals = goals(result);
  const table = printTable(result);
  result.table = table;
  fs.writeFileSync(path.join(RESULTS, `${name}.json`), JSON.stringify(result, null, 2) + "\n");
  if (name === "latest") fs.writeFileSync(path.join(RESULTS, "latest.md"), markdown(result) + "\n");
  process.stdout.write(table + "\n");
  for (const check of result.crossChecks.filter((c) => c.problems.length > 0)) {
    process.stderr.write(`\nbench: our report and pandas' disagree on ${check.label}:\n  ${check.problems.slice(0, 20).join("\n  ")}\n`);
    process.exitCode = 1;
  }
}

/** A cross-check's result, named for the table. */
function checked(label, cli) {
  return { label, ...crossCheck(cli.files.ours, cli.files.pandas) };
}

/** The generated exports at every size (and at full size in 1C's style), the worksheet functions, the workbook and the CSV parsers. */
async function benchSizes() {
  const result = startResult();
  for (const rows of SIZES) {
    const file = exportFile(rows);
    process.stderr.write(`${rows} rows…\n`);
    const cli = endToEnd(file, String(rows), TODAY);
    result.sizes.push({ rows, file: path.relative(ROOT, file), engine: engine(file, TODAY), cli, ratio: ratios(cli) });
    if (rows === CROSS_CHECK_SIZE) result.crossChecks.push(checked(`the ${rows.toLocaleString("en-US")}-row file`, cli));
  }
  if (SIZES.includes(EXCEL_ROWS)) {
    const file = exportFile(ONE_C_ROWS, "1c");
    process.stderr.write(`${ONE_C_ROWS} rows in 1C's style…\n`);
    const cli = endToEnd(file, "1c", TODAY, await pandasOptions(file));
    const rows = JSON.parse(fs.readFileSync(cli.files.ours, "utf8")).rows.read; // "Итого" is read too
    result.sizes.push({ rows, style: "1C", file: path.relative(ROOT, file), engine: engine(file, TODAY), cli, ratio: ratios(cli) });
    result.crossChecks.push(checked(`the 1C-style file`, cli));

    process.stderr.write("worksheet functions, workbook, CSV parsers…\n");
    const big = exportFile(EXCEL_ROWS);
    result.functions = nodeJson(path.join(__dirname, "functions.js"), [big, String(RUNS)]);
    result.xlsx = nodeJson(path.join(__dirname, "xlsx.js"), [RESULTS, String(RUNS)]);
    result.xlsxLarge = nodeJson(path.join(__dirname, "xlsx.js"), [RESULTS, "1", String(LARGE_WORKBOOK_CLIENTS)]);
    result.csvParsers = nodeJson(path.join(__dirname, "csv-parsers.js"), [big, String(RUNS)]);

    process.stderr.write(".xlsx input, pandas with openpyxl, the least pandas…\n");
    result.xlsxInput = xlsxAgainstCsv(big, RUNS, TODAY, RESULTS);
    result.xlsxPandas = xlsxAgainstPandas(exportFile(CROSS_CHECK_SIZE), RUNS, TODAY, RESULTS);
    result.minimalPandas = csvAgainstMinimalPandas(big, RUNS, TODAY, RESULTS);
    process.stderr.write("history: 12 months against none…\n");
    result.history = nodeJson(path.join(__dirname, "history.js"), [big, String(RUNS), TODAY]);
  }
  finishResult(result, "latest");
}

/** One export of the user's: our CLI and pandas side by side on it, and their reports cross-checked. */
async function benchFile(file) {
  const today = option("today", new Date().toISOString().slice(0, 10));
  const pandasArgs = await pandasOptions(file);
  process.stderr.write(`${file}: pandas_report.py ${pandasArgs.map((a) => (/[\s;]/.test(a) ? `'${a}'` : a)).join(" ")}\n`);
  const result = startResult();
  result.file = { path: path.resolve(file), today, pandasArgs };
  const cli = endToEnd(file, "file", today, pandasArgs);
  const rows = JSON.parse(fs.readFileSync(cli.files.ours, "utf8")).rows.read;
  result.sizes.push({ rows, file: path.resolve(file), engine: engine(file, today), cli, ratio: ratios(cli) });
  result.crossChecks.push(checked(path.basename(file), cli));
  finishResult(result, "file");
}

function main() {
  fs.mkdirSync(DATA, { recursive: true });
  fs.mkdirSync(RESULTS, { recursive: true });
  (FILE === null ? benchSizes() : benchFile(FILE)).catch((e) => {
    process.stderr.write(`bench: ${e.message}\n`);
    process.exitCode = 1;
  });
}

if (require.main === module) main();
module.exports = { crossCheck };
