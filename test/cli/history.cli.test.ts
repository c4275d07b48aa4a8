// `keyclient report --history N` and the early-warning options, end to end as a child process on a
// small CSV whose figures are worked out by hand (test/core/history.test.ts has the same three clients).

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "keyclient-history-"));

function keyclient(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin", "keyclient.js"), ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Anna, Boris, Clara as in the core test; Dora ships 90 on Jun 1, Jul 11, 21, 31 and Aug 10: usually
// every 10 days, 21 days without a shipment by Aug 31 → overdue. Window Jul–Aug: Boris 200, Dora
// (270 + 90)/2 = 180, falling: slope −180 / 180 = −100 % a month.
const lines = ["Client,Date,Amount"];
const monthly: Record<string, (number | null)[]> = {
  Anna: [100, 100, 100, 100, null, null, null, 50],
  Boris: [50, 50, 50, 50, 200, 200, 200, 200],
  Clara: [null, null, 10, 10, 10, 10, 10, 10],
};
for (const [name, amounts] of Object.entries(monthly)) amounts.forEach((a, k) => a !== null && lines.push(`${name},2017-0${k + 1}-10,${a}`));
for (const day of ["2017-06-01", "2017-07-11", "2017-07-21", "2017-07-31", "2017-08-10"]) lines.push(`Dora,${day},90`);
const csv = join(tmp, "history.csv");
writeFileSync(csv, lines.join("\n") + "\n");
const BASE = ["report", csv, "--month", "2017-08", "--months", "2", "--top", "1", "--today", "2017-09-15"];

beforeAll(() => {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root });
});

function json(...args: string[]) {
  const out = join(tmp, `${Math.random().toString(36).slice(2)}.json`);
  const r = keyclient(...BASE, "--json", out, "--quiet", ...args);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(readFileSync(out, "utf8"));
}

test("--history 3 shows Jun–Aug; the JSON carries dynamics, timeline, transitions and the risk", () => {
  const j = json("--history", "3");
  expect(j.history.months).toEqual(["2017-06", "2017-07", "2017-08"]);
  expect(j.history.dynamics.map((d: any) => d.lostCount)).toEqual([1, 1, 0]); // Anna lost in Jun and Jul, back in Aug
  expect(j.history.clients.map((c: any) => c.name)).toEqual(["Boris"]);
  const dora = j.clients.find((c: any) => c.name === "Dora");
  expect(dora).toMatchObject({ key: false, risk: ["overdue", "falling"], atRisk: true, usualGapDays: 10, daysSinceLast: 21, vsYear: 180 / (90 / 12) - 1 });
  expect(j.risk).toEqual({ count: 1, amount: 180 });
  expect(j.clients.find((c: any) => c.name === "Boris")).toMatchObject({ risk: [], atRisk: false, usualGapDays: 31 });
  expect(j.clients.find((c: any) => c.name === "Clara").risk).toEqual([]);
});

test("--history 1 turns history off; 12 is the default", () => {
  expect(json("--history", "1").history).toBeNull();
  expect(json().history.months).toHaveLength(7); // Feb–Aug: earlier windows start before the data
});

test("threshold options: 22 days needed → Dora is not overdue; a 50 % drop counts as below norm", () => {
  const j = json("--overdue-days", "22");
  expect(j.clients.find((c: any) => c.name === "Dora")).toMatchObject({ risk: ["falling"], atRisk: false });
  expect(j.risk).toEqual({ count: 0, amount: 0 });
  expect(json("--overdue-gaps", "2.2").risk.count).toBe(0); // 21 ≤ 22
  expect(json("--below-norm", "0.5").thresholds.warning).toEqual({ overdueGaps: 2, overdueDays: 14, belowNorm: -0.5, narrowing: 0.5 });
});

test("the terminal summary lists the at-risk clients with their reasons, in English and Russian", () => {
  const en = keyclient(...BASE);
  expect(en.code).toBe(0);
  expect(en.stdout).toContain("Early warning: 1 at risk, 180.00 a month\n  near-key  Dora — no shipment for 21 days, usually every 10; turnover falling 100% a month\n");
  expect(en.stdout).toContain("Key-client history: Feb 2017 – Aug 2017 · 7 of 12 months shown: the data does not reach further back");
  const ru = keyclient(...BASE, "--lang", "ru");
  expect(ru.stdout).toContain("Раннее предупреждение: под угрозой: 1, 180,00 в месяц\n  кандидат  Dora — нет отгрузок 21 дн., обычно каждые 10; оборот падает на 100% в месяц\n");
  const none = keyclient(...BASE, "--overdue-days", "30");
  expect(none.stdout).toContain("Early warning: No key or near-key client is at risk.");
});

test("bad history and threshold values exit 2 with one line", () => {
  const r = keyclient(...BASE, "--history", "25");
  expect(r.code).toBe(2);
  expect(r.stderr).toBe("keyclient: History must be a whole number of months from 1 to 24, not 25.\n");
  const t = keyclient(...BASE, "--narrowing", "abc");
  expect(t.code).toBe(2);
  expect(t.stderr).toBe('keyclient: --narrowing takes a number, not "abc".\n');
});
