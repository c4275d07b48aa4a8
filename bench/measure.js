"use strict";
// Measuring helpers shared by the benchmark scripts: child processes under /usr/bin/time -v
// (wall time and peak resident memory of the whole process), medians, and the payload that stands
// in for what Excel hands the task pane.

const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

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

/**
 * The payload Excel would hand the task pane for an export (bench/payload.js), as JSON texts, one
 * per block. It is made in a process of its own: reading a 60 MB CSV and its million rows of text
 * in the timing process left a heap the pane never has, and the engine's same code ran about 15 %
 * slower after it (docs/performance.md, "Before and after").
 */
function exportPayload(file) {
  const out = path.join(os.tmpdir(), `keyclient-payload-${process.pid}.jsonl`);
  const run = spawnSync(process.execPath, [path.join(__dirname, "payload.js"), file, out], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`bench/payload.js ${file} failed (exit ${run.status}):\n${run.stderr}`);
  try {
    return fs.readFileSync(out, "utf8").split("\n");
  } finally {
    fs.rmSync(out, { force: true });
  }
}

/**
 * The cells of a payload, as the pane gets them: Office.js hands range values over as the
 * JSON.parse of the host's response text (`RichApiMessageUtility.buildResponseOnSuccess` in
 * @microsoft/office-js), so every text is a fresh string, and short ones are V8's shared copies, as
 * JSON.parse makes them. Call once per run: a name looked up before would be cheaper the second time.
 */
function cellsOf(payload) {
  const cells = [];
  for (const block of payload) for (const row of JSON.parse(block)) cells.push(row);
  return cells;
}

/** Milliseconds taken by `fn`, after a full collection so earlier garbage is not charged to it. */
function msOf(fn) {
  if (global.gc) global.gc();
  const t0 = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
}

/** Wall time and peak RSS of a list of `timed` runs: medians, and every run. */
function summarize(list) {
  return { wallMs: median(list.map((m) => m.wallMs)), peakRssMiB: median(list.map((m) => m.peakRssMiB)), runs: list.map(({ wallMs, peakRssMiB }) => ({ wallMs, peakRssMiB })) };
}

/** The fastest run of a summary (other processes only ever add time). */
const fastest = (summary) => Math.min(...summary.runs.map((r) => r.wallMs));

module.exports = { median, timed, nodeJson, exportPayload, cellsOf, msOf, summarize, fastest };
