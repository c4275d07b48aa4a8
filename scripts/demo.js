#!/usr/bin/env node
// `npm run demo`: the main job on the bundled 1C sample — out/key-clients-<month>.xlsx and a summary.
"use strict";
const { loadReport, writeOutputs } = require("../lib/cli/main.js");
const { parseReportArgs } = require("../lib/cli/args.js");
const { summaryText } = require("../lib/cli/summary.js");

async function demo() {
  const req = parseReportArgs(["samples/distributor-1c.csv", ...process.argv.slice(2)]);
  const model = await loadReport(req);
  const out = req.out ?? `out/key-clients-${model.reportMonth}.xlsx`;
  await writeOutputs(model, { ...req, out });
  process.stdout.write(summaryText(model, out) + "\n");
}

demo().catch((e) => {
  process.stderr.write(`demo: ${e.message}\n`);
  process.exitCode = 1;
});
