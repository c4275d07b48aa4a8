import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildReportWorkbook, writeReportXlsx } from "../../src/cli/xlsxWriter";
import { ingestCells } from "../../src/core/ingest";
import { buildReport } from "../../src/core/report";
import type { CellValue, ReportModel } from "../../src/core/types";
import { blockFormats, FORMAT } from "../../src/report/formats";
import { planSheet, type SheetPlan } from "../../src/report/sheetPlan";
import { BORDER, FONT, ROW_LOOKS } from "../../src/report/theme";
import { CLIENTS, fixtureModel, NAMES } from "../report/fixtures";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "kc-xlsx-writer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = planSheet(fixtureModel());
const file = join(dir, "report.xlsx");
const AVERAGE_ROWS = [12, 13, 14, 15, 16];

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
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 11, topLeftCell: "C12" });
  });

  test("the main table is an Excel table over A11:U16", () => {
    const table = ws.getTable("KeyClients_2017_12") as unknown as { table: { tableRef: string; name: string } };
    expect(table.table.name).toBe("KeyClients_2017_12");
    expect(table.table.tableRef).toBe("A11:U16");
    expect(ws.getCell("A11").value).toBe("Rank");
    expect(ws.getCell("K11").value).toBe("CV");
    expect(ws.getCell("T11").value).toBe("Type");
    expect(ws.getCell("U11").value).toBe("Risk");
  });

  test("client names are string cells, also when they look like formulas", () => {
    const names = Object.values(NAMES);
    AVERAGE_ROWS.forEach((row, i) => {
      const cell = ws.getCell(`B${row}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(names[i]);
      expect(cell.numFmt).toBe("@");
    });
    expect(ws.getCell("B20").value).toBe(NAMES.atSum);
    expect(ws.getCell("B20").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("Q12").value).toBe("▲1");
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
    expect(ws.getCell("C12").numFmt).toBe("#,##0.00");
    expect(ws.getCell("F12").numFmt).toBe("#,##0.00");
    expect(ws.getCell("G12").numFmt).toBe("0.0%");
    expect(ws.getCell("N12").numFmt).toBe("+0.0%;-0.0%;0.0%");
    expect(ws.getCell("K12").numFmt).toBe("0.0%"); // CV beside XYZ
    expect(ws.getCell("J6").numFmt).toBe("0.0000");
    expect(ws.getCell("D30").numFmt).toBe("yyyy-mm-dd");
    // Written as serial 42689; exceljs reads a date-formatted number back as a Date.
    expect(ws.getCell("D30").value).toEqual(new Date(Date.UTC(2016, 10, 15)));
    expect(ws.getColumn(2).width).toBe(34);
    expect(ws.getRow(1).height).toBe(24);
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] })
      .conditionalFormattings;
    expect(cfs.map((cf) => [cf.ref, cf.rules[0].formulae[0]])).toEqual([
      ["U12:U16", 'LEFT(U12,1)="⚠"'],
      ["N12:N16", "AND(ISNUMBER(N12),N12<=-0.1)"],
      ["M12:M16", "M12<3"],
      ["A12:U16", '$P12<>""'],
    ]);
  });
});

test("cells of one look share one frozen style object: restyling one cell throws instead of restyling the others", () => {
  const ws = buildReportWorkbook(plan).worksheets[0];
  expect(ws.getCell("C12").style).toBe(ws.getCell("C16").style);
  expect(ws.getCell("C12").style).not.toBe(ws.getCell("B12").style);
  expect(() => {
    ws.getCell("C12").font = { bold: true };
  }).toThrow(TypeError);
  expect(ws.getCell("C16").font).toEqual({ name: "Calibri", size: 11 });
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
  const out = recalculateWithLibreOffice(dir, [file, bare]);
  for (const name of ["report.xlsx", "bare.xlsx"]) {
    const ws = await open(join(out, name));
    AVERAGE_ROWS.forEach((row, i) => {
      const cell = ws.getCell(`F${row}`);
      expect(cell.formula).toBe(`AVERAGE(C${row}:E${row})`);
      const result = cell.result as number;
      expect(Math.abs(result - CLIENTS[i].average)).toBeLessThanOrEqual(1e-9 * Math.abs(CLIENTS[i].average));
    });
    // LibreOffice, too, reads the formula-like names as text.
    expect(ws.getCell("B13").value).toBe(NAMES.hyperlink);
    expect(ws.getCell("B15").value).toBe(NAMES.minus);
  }
});

// ---------------------------------------------------------------------------------------------
// A sheet of several hundred clients, every row style, names that look like formulas. The writer
// gives cells one shared style object per look, lets the Excel table only size itself (the blocks
// write its cells once) and deflates at level 1; every cell must still be what the plan and the
// theme say. (When the writer was changed so, its file equalled the per-cell writer's byte for
// byte but for the timestamps; docs/performance.md.)

/** Formula-like names that must stay text (SPEC §7), among several hundred ordinary clients. */
const TRICKY_NAMES = ['=HYPERLINK("http://x")', "@SUM(A1)", "+7 900", "-5", "=1+1", "=cmd|' /C calc'!A0"];

/**
 * Six months (Jul–Dec 2023) of shipments of 420 clients: varying amounts so ranks move between
 * the windows, late starters, and clients that stopped (dropped from key, lost).
 */
function severalHundredClients(): ReportModel {
  const julyFirst = 45108;
  const cells: CellValue[][] = [["Date", "Client", "Product", "Amount", "Profit"]];
  for (let c = 0; c < 420; c++) {
    const name = c % 70 === 7 ? TRICKY_NAMES[(c - 7) / 70] : `Client ${c + 1}`;
    const start = c % 17 === 5 ? 3 : 0;
    const end = c % 23 === 0 ? 2 : 5;
    for (let month = start; month <= end; month++) {
      const amount = Math.round((1e6 / (c + 1)) * (1 + 0.4 * Math.sin(c * 7 + month * 3)) * 100) / 100;
      const day = julyFirst + month * 30 + (c % 25);
      cells.push([day, name, `SKU-${(c * (month + 1)) % 40}`, amount, Math.round(amount * 21) / 100]);
    }
  }
  const today = "2024-01-15";
  return buildReport(ingestCells(cells, { today }), { today, source: "generated" });
}

/** exceljs reads a date-formatted number back as a Date; the plan holds Excel's serial. */
const serialOf = (value: ExcelJS.CellValue) => (value instanceof Date ? value.getTime() / 86_400_000 + 25569 : value);

describe("the workbook of several hundred clients, reopened: every cell as the plan and the theme say", () => {
  const bigPlan = planSheet(severalHundredClients());
  const written = join(dir, "several-hundred.xlsx");
  beforeAll(async () => {
    await writeReportXlsx(bigPlan, written);
  });

  test("the plan has what the check needs: hundreds of clients, every look, names that look like formulas", () => {
    const kinds = Object.fromEntries(bigPlan.blocks.map((b) => [b.kind, b.rows.length]));
    expect(kinds.table).toBeGreaterThan(300);
    expect(kinds.lost).toBeGreaterThan(3);
    expect(kinds.dropped).toBeGreaterThan(2);
    // Every row style the plan uses ("total" is a look no block has yet).
    const styles = new Set(bigPlan.blocks.flatMap((b) => b.rows.map((r) => r.style)));
    expect([...styles].sort()).toEqual(["body", "header", "meta", "note", "section", "title"]);
    const names = bigPlan.blocks.find((b) => b.kind === "table")!.rows.map((r) => r.values[1]);
    for (const name of TRICKY_NAMES) expect(names).toContain(name);
  });

  test("every cell of every block: its value, number format, font, fill, alignment and border", async () => {
    const ws = await open(written);
    const argb = (rgb: string | undefined) => (rgb ? { argb: `FF${rgb}` } : undefined);
    const thin = { style: "thin", color: argb(BORDER) };
    let checked = 0;
    for (const block of bigPlan.blocks) {
      const formats = blockFormats(block);
      block.rows.forEach((row, i) => {
        const look = ROW_LOOKS[row.style];
        const body = row.style === "body" || row.style === "total";
        for (let c = 0; c < block.width; c++) {
          const cell = ws.getCell(block.top + i, block.left + c);
          const value = row.values[c] ?? null;
          const where = `${cell.address} (${block.kind}, ${row.style})`;
          if (value !== null && typeof value === "object") expect({ where, formula: cell.formula }).toEqual({ where, formula: value.formula.slice(1) });
          else expect({ where, value: serialOf(cell.value) }).toEqual({ where, value });
          expect({ where, numFmt: cell.numFmt ?? FORMAT.general }).toEqual({ where, numFmt: formats[i][c] });
          expect({ where, bold: !!cell.font?.bold, italic: !!cell.font?.italic, size: cell.font?.size, color: cell.font?.color }).toEqual({
            where, bold: !!look.bold, italic: !!look.italic, size: look.size ?? FONT.size, color: argb(look.color),
          });
          expect({ where, fill: cell.fill }).toEqual({ where, fill: look.fill ? { type: "pattern", pattern: "solid", fgColor: argb(look.fill) } : { type: "pattern", pattern: "none" } });
          const centered = !!look.center || (body && block.centerColumns.includes(c));
          expect({ where, wrap: !!cell.alignment?.wrapText, center: cell.alignment?.horizontal === "center" }).toEqual({ where, wrap: !!look.wrap, center: centered });
          expect({ where, bottom: cell.border?.bottom, top: cell.border?.top }).toEqual({ where, bottom: look.borderBottom ? thin : undefined, top: look.borderTop ? thin : undefined });
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(300 * 19);
  });

  test("names that look like formulas are string cells, never formulas", async () => {
    const ws = await open(written);
    const byName = new Map<string, ExcelJS.Cell>();
    ws.getColumn(2).eachCell((cell) => {
      if (typeof cell.value === "string") byName.set(cell.value, cell);
    });
    for (const name of TRICKY_NAMES) {
      const cell = byName.get(name);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.numFmt).toBe("@");
    }
    const formulaCells = [...sheetXml(written).matchAll(/<c r="([A-Z]+)\d+"[^>]*><f>/g)].map((m) => m[1]);
    expect(new Set(formulaCells)).toEqual(new Set(["F"]));
  });

  test("the file is deflated, to less than a third of the XML it holds", () => {
    const listing = execFileSync("unzip", ["-v", written], { encoding: "utf8" });
    const sheet = listing.split("\n").find((line) => line.endsWith("xl/worksheets/sheet1.xml"))!;
    const [length, method, size] = sheet.trim().split(/\s+/);
    expect(method).toMatch(/^Defl/);
    expect(Number(size)).toBeLessThan(Number(length) / 3);
  });
});
