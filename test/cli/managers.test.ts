// SPEC §9, §12 on the command line: --manager-column names the column, --manager one manager's report.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "keyclient-managers-"));

function keyclient(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin", "keyclient.js"), ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root });
});

// "Owner" is no manager header: the column must be named.
const CSV = [
  "Client;Date;Amount;Owner",
  "Alpha;03.10.2017;100;Petrov",
  "Alpha;03.11.2017;150;Ivanova",
  ";04.11.2017;10;petrov",
  "Beta;bad;10;Ivanova",
  "Beta;03.12.2017;70; PETROV ",
  "Gamma;05.12.2017;90;",
  "Old;05.03.2017;240;Ivanova",
  "",
].join("\n");

function json(...args: string[]) {
  const file = join(tmp, "export.csv");
  writeFileSync(file, CSV);
  const out = join(tmp, `${Math.random().toString(36).slice(2)}.json`);
  const r = keyclient("report", file, "--json", out, "--quiet", "--month", "2017-12", "--today", "2018-01-10", ...args);
  return { ...r, json: r.code === 0 ? JSON.parse(readFileSync(out, "utf8")) : null };
}

test("--manager-column names the column: every client gets its manager and the roll-up is written", () => {
  const { json: j, stderr } = json("--manager-column", "Owner");
  expect(stderr).toBe("");
  expect(j.columns.manager).toBe("Owner");
  expect(j.clients.map((c: any) => [c.name, c.manager])).toEqual([["Alpha", "Ivanova"], ["Gamma", null], ["Beta", "Petrov"]]);
  expect(j.managers).toEqual([
    // Alpha's 100, 150, 0 falls and is irregular: at risk (SPEC §11).
    { name: "Ivanova", clients: 1, total: 250, share: 250 / 410, keyClients: 1, atRisk: 1, atRiskAmount: 250 / 3, lostCount: 1, lostAmount: 20 },
    { name: null, clients: 1, total: 90, share: 90 / 410, keyClients: 1, atRisk: 0, atRiskAmount: 0, lostCount: 0, lostAmount: 0 },
    { name: "Petrov", clients: 1, total: 70, share: 70 / 410, keyClients: 1, atRisk: 0, atRiskAmount: 0, lostCount: 0, lostAmount: 0 },
  ]);
  expect(j.rows).toMatchObject({ read: 7, used: 5, otherManagers: 0 });
});

test("without the column named, the CSV has no manager", () => {
  const { json: j } = json();
  expect(j.managers).toBeNull();
  expect(j.clients.every((c: any) => c.manager === null)).toBe(true);
});

test("--manager NAME: only that manager's rows, the others counted apart, read = used + Σ skipped + otherManagers", () => {
  const { json: j, stderr } = json("--manager-column", "Owner", "--manager", "petrov");
  expect(stderr).toBe("");
  const skipped = Object.values(j.rows.skipped as Record<string, number>).reduce((s, n) => s + n, 0);
  expect(j.rows).toMatchObject({ read: 7, used: 2, otherManagers: 4, skipped: { blankClient: 1, badDate: 0 } });
  expect(j.rows.read).toBe(j.rows.used + skipped + j.rows.otherManagers);
  expect(j.clients.map((c: any) => [c.name, c.monthly])).toEqual([["Alpha", [100, 0, 0]], ["Beta", [0, 0, 70]]]);
  expect(j.forManager).toBe("petrov");
});

test("--manager without a manager column is refused with one line (exit 2)", () => {
  const r = json("--manager", "Petrov");
  expect(r.code).toBe(2);
  expect(r.stderr).toBe("keyclient: A report for manager “Petrov” needs a manager column; none was found or chosen.\n");
});

test("the workbook of one manager's report: sheet named for the manager, Manager column and roll-up section", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const out = join(tmp, "petrov.xlsx");
  const r = json("--manager-column", "Owner", "--manager", "Petrov", "--lang", "ru", "--out", out);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.worksheets[0];
  expect(ws.name).toBe("Ключевые клиенты 2017-12 Petrov");
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  expect(texts).toContain("Менеджеры");
  const heading = texts.indexOf("Менеджеры");
  expect(texts.slice(heading + 1, heading + 11)).toEqual([
    "№", "Менеджер", "Активных клиентов", "Сумма за окно", "Доля", "Ключевых клиентов", "Под угрозой", "Под угрозой, среднее в месяц", "Потерянных клиентов", "Потеряно в месяц",
  ]);
  // Alpha (100 in October only) falls and is irregular: at risk, 33.33 a month.
  expect(texts.slice(heading + 11, heading + 21).map((t) => (Number.isNaN(Number(t)) ? t : String(Math.round(Number(t) * 100) / 100)))).toEqual(["1", "Petrov", "2", "170", "1", "2", "1", "33.33", "0", "0"]);
});
