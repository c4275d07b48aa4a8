// Microsoft's Office.js lint rules (eslint-plugin-office-addins) run on every file that talks to
// Office, .ts and .tsx, with the TypeScript parser, and find nothing; each finding switched off in
// the code says why. Part of `npm test`, so a regression fails the tests as well as `npm run lint`.

import fs from "fs";
import path from "path";
import { ESLint } from "eslint";

const ROOT = path.join(__dirname, "..");
const DIRS = ["src/excel", "src/commands", "src/taskpane", "src/functions"];
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");
const RULES = Object.keys(officeAddins.rules).map((rule) => `office-addins/${rule}`);

// The config is handed over as objects: ESLint's own loading of eslint.config.js uses a dynamic
// import, which jest's module sandbox refuses.
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: require("../eslint.config.js") });

test("all eight of Microsoft's rules are errors for .ts and .tsx in every Office folder, parsed as TypeScript", async () => {
  expect(RULES).toHaveLength(8);
  for (const dir of DIRS) {
    for (const ext of ["ts", "tsx"]) {
      const config = await eslint.calculateConfigForFile(path.join(ROOT, dir, `probe.${ext}`));
      expect([dir, ext, RULES.filter((r) => config.rules?.[r]?.[0] !== 2)]).toEqual([dir, ext, []]);
      expect(config.languageOptions.parser).toBe(tseslint.parser);
    }
  }
});

test("the rules really run: a read before sync is caught in .ts and in .tsx", async () => {
  const code = [
    "export async function f(context: Excel.RequestContext): Promise<string> {",
    "  const range = context.workbook.getSelectedRange();",
    '  range.load("address");',
    "  return range.address;",
    "}",
  ].join("\n");
  for (const file of ["src/excel/probe.ts", "src/taskpane/probe.tsx"]) {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
    expect(result.messages.map((m) => m.ruleId)).toContain("office-addins/call-sync-before-read");
  }
});

/** The .ts and .tsx files of the Office folders (ESLint's own file search also needs a dynamic import). */
const officeFiles = DIRS.flatMap((dir) => fs.readdirSync(path.join(ROOT, dir), { recursive: true }).map((f) => path.join(dir, String(f)))).filter((f) =>
  /\.tsx?$/.test(f),
);

test("the Office folders are clean", async () => {
  const findings: string[] = [];
  for (const file of officeFiles) {
    const [result] = await eslint.lintText(fs.readFileSync(path.join(ROOT, file), "utf8"), { filePath: path.join(ROOT, file) });
    findings.push(...result.messages.map((m) => `${file}:${m.line} ${m.ruleId} ${m.message}`));
  }
  expect(findings).toEqual([]);
  expect(officeFiles.length).toBeGreaterThan(30);
  expect(officeFiles.some((f) => f.endsWith(".tsx"))).toBe(true);
});

test("every office-addins finding switched off in the code gives its reason on the same line", () => {
  const unexplained = officeFiles
    .flatMap((f) => fs.readFileSync(path.join(ROOT, f), "utf8").split("\n").map((line, i) => ({ where: `${f}:${i + 1}`, line })))
    .filter(({ line }) => /eslint-disable.*office-addins\//.test(line) && !/ -- \S.{10,}/.test(line));
  expect(unexplained.map((u) => u.where)).toEqual([]);
});
