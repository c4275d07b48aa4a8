// SPEC §13 through the command line: the register written with the report, edited as a user would
// in Excel (exceljs stands in), carried into the next month's workbook with --register.

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";

const root = join(__dirname, "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "keyclient-register-"));
const SAMPLE = join("samples", "superstore-style-en.csv");
const SHEET = "Key-client register";

function keyclient(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin", "keyclient.js"), ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function build(month: string, out: string, ...more: string[]) {
  const json = `${out}.json`;
  const r = keyclient("report", SAMPLE, "--today", "2018-01-15", "--month", month, "--out", out, "--json", json, "--quiet", ...more);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(readFileSync(json, "utf8"));
}

type Row = Record<string, unknown>;

/** Who belongs in the register, from the JSON: key and near-key now, then the others key in a shown month. */
function members(json: any): string[] {
  const now: string[] = [...json.clients.filter((c: any) => c.key).map((c: any) => c.name), ...json.nearKey];
  return [...now, ...json.history.clients.map((c: any) => c.name).filter((n: string) => !now.includes(n))];
}

/** The register table as header → value objects, in sheet order. */
async function readRegister(file: string): Promise<{ headers: string[]; rows: Row[]; validation: unknown }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SHEET)!;
  const ref = (ws.getTables()[0] as unknown as { table: { tableRef: string } }).table.tableRef;
  const last = Number(/\d+$/.exec(ref)![0]);
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Row[] = [];
  for (let r = 2; r <= last; r++) rows.push(Object.fromEntries(headers.map((h, c) => [h, ws.getCell(r, c + 1).value ?? null])));
  return { headers, rows, validation: ws.getCell(2, headers.indexOf("Relationship") + 1).dataValidation };
}

/** What a user does in Excel: fills Relationship and Notes, adds a column of their own, sorts Z→A by client, saves. */
async function editAsUser(file: string, edited: string, edits: Record<string, { relationship: string; notes: string; score: number }>) {
  const { headers, rows } = await readRegister(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const old = wb.getWorksheet(SHEET)!;
  wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SHEET);
  const all = [...headers, "My score"];
  const sorted = [...rows].sort((a, b) => String(b.Client).localeCompare(String(a.Client)));
  ws.addTable({
    name: "KeyClientRegister",
    ref: "A1",
    headerRow: true,
    columns: all.map((name) => ({ name, filterButton: true })),
    rows: sorted.map((row) => {
      const edit = edits[String(row.Client)];
      const values = all.map((h) => (h === "My score" ? (edit?.score ?? null) : row[h]));
      if (edit) {
        values[all.indexOf("Relationship")] = edit.relationship;
        values[all.indexOf("Notes")] = edit.notes;
      }
      return values as ExcelJS.CellValue[];
    }),
  });
  await wb.xlsx.writeFile(edited);
  return sorted.map((r) => String(r.Client));
}

beforeAll(() => {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root });
});

test("round trip: every edit comes back on its client, rows keep the user's order, new clients are added at the end", async () => {
  const first = join(tmp, "2017-11.xlsx");
  const before = build("2017-11", first);
  const fresh = await readRegister(first);
  const keyOrNear = members(before);
  expect(keyOrNear.length).toBeGreaterThan(before.clients.filter((c: any) => c.key).length + before.nearKey.length);
  expect(fresh.rows.map((r) => r.Client)).toEqual(keyOrNear);
  expect(fresh.validation).toEqual({
    type: "list", allowBlank: true,
    formulae: ['"structural,brand,reputation,personal,information and control,value,zero choice"'],
  });

  const [a, b] = keyOrNear;
  const edited = join(tmp, "2017-11-edited.xlsx");
  const order = await editAsUser(first, edited, {
    [a]: { relationship: "personal", notes: "Director is a friend of the owner", score: 9 },
    [b]: { relationship: "zero choice", notes: "Only supplier in town =risk", score: 3 },
  });

  const second = join(tmp, "2017-12.xlsx");
  const now = build("2017-12", second, "--register", edited);
  const { headers, rows } = await readRegister(second);
  expect(headers.at(-1)).toBe("My score");
  // The old rows stay where the user put them; clients new to the register follow, in rank order.
  const newcomers = members(now).filter((n: string) => !order.includes(n));
  expect(rows.map((r) => r.Client)).toEqual([...order, ...newcomers]);
  expect(newcomers.length).toBeGreaterThan(0);
  const byName = new Map(rows.map((r) => [r.Client, r]));
  expect([byName.get(a)!.Relationship, byName.get(a)!.Notes, byName.get(a)!["My score"]]).toEqual(["personal", "Director is a friend of the owner", 9]);
  expect([byName.get(b)!.Relationship, byName.get(b)!.Notes, byName.get(b)!["My score"]]).toEqual(["zero choice", "Only supplier in town =risk", 3]);
  expect(rows.filter((r) => r.Notes !== null).length).toBe(2);
  // The add-in's columns are refreshed from December's figures.
  for (const c of now.clients) {
    const row = byName.get(c.name);
    if (row) expect([c.name, row.Rank, row.Manager]).toEqual([c.name, c.rank, c.manager]);
  }
  for (const t of now.history.clients) {
    expect([t.name, byName.get(t.name)!["Months key"], byName.get(t.name)!["Key since"]]).toEqual([t.name, t.keyMonths, t.firstKeyMonth]);
  }
  const gone = rows.filter((r) => !now.clients.some((c: any) => c.name === r.Client));
  for (const r of gone) expect([r.Client, r.Rank, r["Key now"]]).toEqual([r.Client, null, null]);

  // The report's main table shows the Relationship of key clients.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(second);
  const report = wb.worksheets[0];
  let header = 0;
  report.eachRow((row, n) => {
    // The main table's header (the Early warning list above it starts with "Rank" too).
    if (header === 0 && row.getCell(1).value === "Rank" && (row.values as unknown[]).includes("Relationship")) header = n;
  });
  const columns = (report.getRow(header).values as unknown[]).slice(1).map(String);
  const relationshipOf = new Map<string, unknown>();
  for (let r = header + 1; report.getCell(r, 1).value !== null; r++) {
    relationshipOf.set(String(report.getCell(r, 2).value), report.getCell(r, columns.indexOf("Relationship") + 1).value);
  }
  for (const [name, edit] of [[a, "personal"], [b, "zero choice"]]) {
    const key = now.clients.find((c: any) => c.name === name)?.key;
    expect([name, relationshipOf.get(name) ?? null]).toEqual([name, key ? edit : null]);
  }
});

test("a register whose Relationship column was renamed is refused with one line, and no workbook is written", async () => {
  const first = join(tmp, "broken-source.xlsx");
  build("2017-11", first);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first);
  const ws = wb.getWorksheet(SHEET)!;
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 2; r <= ws.rowCount; r++) rows.push(headers.map((_, c) => ws.getCell(r, c + 1).value));
  wb.removeWorksheet(ws.id);
  const again = wb.addWorksheet(SHEET);
  again.addTable({ name: "KeyClientRegister", ref: "A1", headerRow: true, columns: headers.map((h) => ({ name: h === "Relationship" ? "Relation" : h })), rows });
  const broken = join(tmp, "broken.xlsx");
  await wb.xlsx.writeFile(broken);

  const out = join(tmp, "never.xlsx");
  const r = keyclient("report", SAMPLE, "--today", "2018-01-15", "--month", "2017-12", "--out", out, "--register", broken);
  expect(r.code).toBe(3);
  expect(r.stderr).toBe(
    `keyclient: ${broken}: The table on the sheet “Key-client register” has no column “Relationship”: it was renamed or deleted. Give the column its name back and build again; nothing was changed.\n`,
  );
  expect(existsSync(out)).toBe(false);
});

test("--register without --out is refused (exit 2)", () => {
  const r = keyclient("report", SAMPLE, "--register", "old.xlsx", "--json", "-");
  expect(r.code).toBe(2);
  expect(r.stderr).toBe("keyclient: --register needs --out: the register is carried into the new report workbook.\n");
});
