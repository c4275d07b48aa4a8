#!/usr/bin/env node
"use strict";
// The compiled CLI lives in lib/ (npm run build:cli).
require("../lib/cli/main.js").main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`keyclient: ${err && err.message ? err.message : err}\n`); process.exitCode = 1; },
);
