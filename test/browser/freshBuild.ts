// The production build of the add-in to test: dist/ when it is newer than every file it is built
// from (`npm test` builds it before jest), else a private build in test/.tmp/, made here. dist/ is
// never rebuilt by a test: other suites read it meanwhile.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const PRIVATE = path.join(ROOT, "test", ".tmp", "browser-dist");
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "scripts", "package-lock.json"];

function newestChange(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((newest, name) => Math.max(newest, newestChange(path.join(p, name))), stat.mtimeMs);
}

function builtAt(dir: string): number {
  const page = path.join(dir, "taskpane.html");
  return fs.existsSync(page) ? fs.statSync(page).mtimeMs : -Infinity;
}

/** The folder holding a production build as new as the sources (`webpack --mode production`, ~40 s when needed). */
export function freshBuild(): string {
  const changed = Math.max(...INPUTS.map((p) => path.join(ROOT, p)).filter((p) => fs.existsSync(p)).map(newestChange));
  const fresh = [DIST, PRIVATE].find((dir) => builtAt(dir) >= changed);
  if (fresh) return fresh;
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", PRIVATE], { cwd: ROOT, stdio: "pipe" });
  return PRIVATE;
}
