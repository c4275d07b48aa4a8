// dist/ as `npm run build:addin` makes it, rebuilt first when it is missing or older than any
// file it is built from (`npm test` builds before jest, so in CI this finds it fresh).

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "scripts", "package-lock.json"];

function newestChange(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((newest, name) => Math.max(newest, newestChange(path.join(p, name))), stat.mtimeMs);
}

export function ensureFreshBuild(): void {
  const page = path.join(DIST, "taskpane.html");
  const built = fs.existsSync(page) ? fs.statSync(page).mtimeMs : -Infinity;
  const changed = Math.max(...INPUTS.map((p) => path.join(ROOT, p)).filter((p) => fs.existsSync(p)).map(newestChange));
  if (built >= changed) return;
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
}
