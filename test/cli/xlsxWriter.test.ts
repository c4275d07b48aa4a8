import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeReportXlsx } from "../../src/cli/xlsxWriter";
import { planSheet, type SheetPlan } from "../../src/report/sheetPlan";
import { CLIENTS, fixtureModel, NAMES } from "../report/fixtures";

const dir = mkdtempSync(join(tmpdir(), "kc-xlsx-writer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = planSheet(fixtureModel());
const file = join(dir, "report.xlsx");
const AVERAGE_ROWS = [9, 10, 11, 12, 13];

async function open(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0];
}

function sheetXml(path: string): string {
  return execFileSync("unzip", ["-p", path, "xl/worksheets/sheet1.xml"], { encoding: "utf8" });
}

/** The same plan with no cached formula results, so only a recalculation can fill them. */
function withoutResults(p: SheetPlan): SheetPlan {
  return {
    ...p,
    blocks: p.blocks.map((b) => ({
      ...b,
      rows: b.rows.map((r) => ({
        ...r,
        values: r.values.map((v) => (v !== null && typeof v === "object" ? { formula: v.formula, result: null } : v)),
      })),
    })),
  };
}

/** Opens each file in LibreOffice with "recalculate on load: always" and saves it as .xlsx. */
function recalculateWithLibreOffice(files: string[]): string {
  const profile = join(dir, "lo-profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  const out = join(dir, "recalculated");
  execFileSync(
    "soffice",
    ["--headless", `-env:UserInstallation=file://${profile}`, "--convert-to", "xlsx", "--outdir", out, ...files],
    { timeout: 180_000, stdio: "ignore" },
  );
  return out;
}

beforeAll(async () => {
  await writeReportXlsx(plan, file);
});

describe("the written workbook, reopened with exceljs", () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await open(file);
  });

  test("one sheet named from the model, frozen at the table header and the client column", () => {
    expect(ws.name).toBe("Key clients 2017-12");
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 8, topLeftCell: "C9" });
  });

  test("the main table is an Excel table over A8:S13", () => {
    const table = ws.getTable("KeyClients_2017_12") as unknown as { table: { tableRef: string; name: string } };
    expect(table.table.name).toBe("KeyClients_2017_12");
    expect(table.table.tableRef).toBe("A8:S13");
    expect(ws.getCell("A8").value).toBe("Rank");
    expect(ws.getCell("S8").value).toBe("Type");
  });

  test("client names are string cells, also when they look like formulas", () => {
    const names = Object.values(NAMES);
    AVERAGE_ROWS.forEach((row, i) => {
      const cell = ws.getCell(`B${row}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(names[i]);
      expect(cell.numFmt).toBe("@");
    });
    expect(ws.getCell("B17").value).toBe(NAMES.atSum);
    expect(ws.getCell("B17").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("P9").value).toBe("▲1");
  });

  test("the only formulas are the AVERAGE column, each over its own row, with the model's average cached", () => {
    const formulas: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${cell.address}=${cell.formula}`);
      }),
    );
    expect(formulas).toEqual(AVERAGE_ROWS.map((r) => `F${r}=AVERAGE(C${r}:E${r})`));
    AVERAGE_ROWS.forEach((row, i) => expect(ws.getCell(`F${row}`).result).toBe(CLIENTS[i].average));
  });

  test("number formats, widths and conditional formats follow the plan", () => {
    expect(ws.getCell("C9").numFmt).toBe("#,##0.00");
    expect(ws.getCell("F9").numFmt).toBe("#,##0.00");
    expect(ws.getCell("G9").numFmt).toBe("0.0%");
    expect(ws.getCell("M9").numFmt).toBe("+0.0%;-0.0%;0.0%");
    expect(ws.getCell("J6").numFmt).toBe("0.0000");
    expect(ws.getCell("D27").numFmt).toBe("yyyy-mm-dd");
    // Written as serial 42689; exceljs reads a date-formatted number back as a Date.
    expect(ws.getCell("D27").value).toEqual(new Date(Date.UTC(2016, 10, 15)));
    expect(ws.getColumn(2).width).toBe(34);
    expect(ws.getRow(1).height).toBe(24);
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] })
      .conditionalFormattings;
    expect(cfs.map((cf) => [cf.ref, cf.rules[0].formulae[0]])).toEqual([
      ["M9:M13", "AND(ISNUMBER(M9),M9<=-0.1)"],
      ["L9:L13", "L9<3"],
      ["A9:S13", '$O9<>""'],
    ]);
  });
});

test("in the saved XML every client-name cell is a shared string and only column F holds <f>", () => {
  const xml = sheetXml(file);
  for (const row of AVERAGE_ROWS) {
    const cell = new RegExp(`<c r="B${row}"[^>]*>(.*?)</c>`).exec(xml);
    expect(cell?.[0]).toMatch(/ t="s"/);
    expect(cell?.[1]).not.toMatch(/<f>/);
  }
  const withFormula = [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f>([^<]*)<\/f>/g)].map((m) => `${m[1]}:${m[2]}`);
  expect(withFormula).toEqual(AVERAGE_ROWS.map((r) => `F${r}:AVERAGE(C${r}:E${r})`));
});

test("LibreOffice recalculates every AVERAGE to the model's average (with and without cached values)", async () => {
  const bare = join(dir, "bare.xlsx");
  await writeReportXlsx(withoutResults(plan), bare);
  const out = recalculateWithLibreOffice([file, bare]);
  for (const name of ["report.xlsx", "bare.xlsx"]) {
    const ws = await open(join(out, name));
    AVERAGE_ROWS.forEach((row, i) => {
      const cell = ws.getCell(`F${row}`);
      expect(cell.formula).toBe(`AVERAGE(C${row}:E${row})`);
      const result = cell.result as number;
      expect(Math.abs(result - CLIENTS[i].average)).toBeLessThanOrEqual(1e-9 * Math.abs(CLIENTS[i].average));
    });
    // LibreOffice, too, reads the formula-like names as text.
    expect(ws.getCell("B10").value).toBe(NAMES.hyperlink);
    expect(ws.getCell("B12").value).toBe(NAMES.minus);
  }
});
