// Our report against bench/pandas_report.py, an independent implementation of the window pivot,
// average, rank, ABC and XYZ in pandas: on both sample exports and on a generated benchmark export,
// every client must agree (bench/run.js crossCheck). The options that tell pandas each file's
// format come from bench/pandasOptions.js, which `npm run bench -- --file` relies on for any export.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "keyclient-pandas-"));
const { pandasOptions } = require("../../bench/pandasOptions") as { pandasOptions: (file: string) => Promise<string[]> };
const { crossCheck } = require("../../bench/run") as { crossCheck: (ours: string, pandas: string) => { clients: number; problems: string[] } };

beforeAll(() => {
  // npm test builds first; a direct `npx jest` run may not have.
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root });
  execFileSync(process.execPath, [join(root, "bench", "generate.js"), "10000", join(tmp, "generated.csv")], { cwd: root, stdio: "pipe" });
  execFileSync(process.execPath, [join(root, "bench", "generate.js"), "10000", join(tmp, "generated-1c.csv"), "--style", "1c"], { cwd: root, stdio: "pipe" });
});

function run(command: string, args: string[]): void {
  const r = spawnSync(command, args, { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${r.status}):\n${r.stderr}`);
}

/** Both reports of `file` as of `today`; returns the cross-check and our report. */
async function sideBySide(file: string, today: string) {
  const name = file.replace(/\W/g, "_");
  const ours = join(tmp, `${name}.ours.json`);
  const pandas = join(tmp, `${name}.pandas.json`);
  run(process.execPath, [join(root, "bin", "keyclient.js"), "report", file, "--today", today, "--json", ours, "--quiet"]);
  run("/usr/bin/python3", [join(root, "bench", "pandas_report.py"), file, "--today", today, "--json", pandas, ...(await pandasOptions(file))]);
  return { ...crossCheck(ours, pandas), report: JSON.parse(readFileSync(ours, "utf8")) };
}

test("the options pandas is given follow our reader's and our column rules' decisions", async () => {
  expect(await pandasOptions(join(root, "samples", "distributor-1c.csv"))).toEqual([
    "--encoding", "cp1251", "--sep", ";", "--skiprows", "3", "--client", "Контрагент", "--date", "Дата",
    "--amount", "Сумма", "--date-format", "%d.%m.%Y", "--decimal", ",",
  ]);
  // Two date columns: the shipment date is the one used (SPEC §2), and pandas must be told so.
  expect(await pandasOptions(join(root, "samples", "superstore-style-en.csv"))).toEqual([
    "--encoding", "utf-8", "--sep", ",", "--skiprows", "0", "--client", "Customer", "--date", "Ship Date",
    "--amount", "Sales", "--date-format", "%m/%d/%Y", "--decimal", ".",
  ]);
  expect(await pandasOptions(join(root, "test", "fixtures", "dates-dmy-slash.csv"))).toContain("%d/%m/%Y");
});

test.each([
  ["samples/distributor-1c.csv", "2017-12-15", 223],
  ["samples/superstore-style-en.csv", "2017-12-15", 150],
])("%s: every client agrees with pandas", async (file, today, clients) => {
  const check = await sideBySide(join(root, file), today);
  expect(check.problems).toEqual([]);
  expect(check.clients).toBe(clients);
});

test("month-first dates that only turn unambiguous after the first rows: pandas is told month-first", async () => {
  // 2,400 rows of dates with both parts ≤ 12, then 100 with the day above 12: the order is the
  // whole column's decision, as our engine takes it, not the first rows'.
  const lines = ["Client,Date,Amount"];
  for (let i = 0; i < 2500; i++) {
    const month = 1 + (i % 12);
    const day = i < 2400 ? 1 + (i % 12) : 13 + (i % 16);
    lines.push(`Client ${i % 50},${month}/${day}/2023,${(i % 97) + 1}.25`);
  }
  const file = join(tmp, "late-month-first.csv");
  writeFileSync(file, lines.join("\n") + "\n");
  expect(await pandasOptions(file)).toContain("%m/%d/%Y");
  const check = await sideBySide(file, "2024-01-15");
  expect(check.problems).toEqual([]);
  expect(check.clients).toBe(50);
});

test("a generated 10,000-row benchmark export: every client agrees with pandas", async () => {
  const check = await sideBySide(join(tmp, "generated.csv"), "2024-01-15");
  expect(check.problems).toEqual([]);
  expect(check.clients).toBe(471);
});

test("the generated export in 1C's style: every client agrees with pandas, and the figures equal the plain style's", async () => {
  const plain = (await sideBySide(join(tmp, "generated.csv"), "2024-01-15")).report;
  const check = await sideBySide(join(tmp, "generated-1c.csv"), "2024-01-15");
  expect(check.problems).toEqual([]);
  expect(check.clients).toBe(471);
  // The same shipments, written the other way, with 1C's "Итого" line below them.
  const oneC = check.report;
  expect(oneC.rows.read).toBe(10001);
  expect(oneC.rows.skipped.totalsRow).toBe(1);
  expect(oneC.rows.firstRows.totalsRow).toEqual([10005]); // below three title lines, the header and 10,000 rows
  expect(oneC.rows.usedAmount).toBe(plain.rows.usedAmount);
  const averages = (report: { clients: { average: number }[] }) => report.clients.map((c) => c.average);
  expect(averages(oneC)).toEqual(averages(plain));
  expect(oneC.clients[0].name).toMatch(/^[А-Я]+ "[А-Яа-яё]+-[А-Яа-я]+"$/);
});
