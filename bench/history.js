"use strict";
// The cost of SPEC §10's history: the report with 12 months of history against the same report
// without it (--history 1), in the CLI (CSV → JSON: wall time and peak RSS) and in the engine from
// cells (bench/engine.js), runs interleaved so that a change of load hits both. Prints one JSON line.
//   node bench/history.js <export.csv> [runs] [today]

const path = require("path");
const { median, timed, nodeJson } = require("./measure");

const [file, runsArg = "3", today = "2024-01-15"] = process.argv.slice(2);
const ROOT = path.join(__dirname, "..");
const HISTORY = { with: "12", without: "1" };

function main() {
  const runs = Number(runsArg);
  const cli = { with: [], without: [] };
  const engine = { with: [], without: [] };
  for (let r = 0; r < runs; r++) {
    for (const kind of ["without", "with"]) {
      const args = [path.join(ROOT, "bin", "keyclient.js"), "report", file, "--today", today, "--quiet", "--history", HISTORY[kind], "--json", path.join(__dirname, "results", `history-${kind}.json`)];
      const { wallMs, peakRssMiB } = timed(process.execPath, args);
      cli[kind].push({ wallMs, peakRssMiB });
      const e = nodeJson(path.join(__dirname, "engine.js"), [file, "1", today, HISTORY[kind]]).runs[0];
      engine[kind].push({ ms: e.ingestMs + e.reportMs, reportMs: e.reportMs });
    }
  }
  const sum = (list, key) => median(list.map((x) => x[key]));
  const out = {
    rows: nodeJson(path.join(__dirname, "engine.js"), [file, "1", today, "1"]).rows,
    cli: {
      withoutMs: sum(cli.without, "wallMs"), withMs: sum(cli.with, "wallMs"),
      withoutRssMiB: sum(cli.without, "peakRssMiB"), withRssMiB: sum(cli.with, "peakRssMiB"),
    },
    engine: {
      withoutMs: sum(engine.without, "ms"), withMs: sum(engine.with, "ms"),
      withoutReportMs: sum(engine.without, "reportMs"), withReportMs: sum(engine.with, "reportMs"),
    },
    runs: { cli, engine },
  };
  out.ratio = { cliWall: out.cli.withMs / out.cli.withoutMs, cliRss: out.cli.withRssMiB / out.cli.withoutRssMiB, engine: out.engine.withMs / out.engine.withoutMs };
  console.log(JSON.stringify(out));
}

main();
