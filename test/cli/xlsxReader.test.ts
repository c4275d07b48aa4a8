// The streaming .xlsx reader held to exceljs' whole-workbook reader: random workbooks written by
// exceljs (shared or inline strings, rich text, dates in date styles, other number formats, booleans,
// errors, formulas with their results, hyperlinks, merged ranges, styled empty cells, gaps between
// rows and cells, the 1900 and 1904 date systems) read both ways must give the same cells.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readXlsxChunks } from "../../src/cli/readers/xlsx";
import { plainDecimal } from "../../src/cli/readers/xmlScanner";
import type { CellValue } from "../../src/core/types";

const dir = mkdtempSync(join(tmpdir(), "kc-xlsx-reader-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** exceljs' cell value as the engine takes it (the reference's side of the comparison). */
function referenceValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null; // a merged range's value is in its first cell only
  const plain = (value: unknown): CellValue => {
    if (value === null || value === undefined) return null;
    if (typeof value !== "object" || value instanceof Date) return value as CellValue;
    if ("error" in value) return (value as ExcelJS.CellErrorValue).error;
    if ("richText" in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    if ("formula" in value) return plain((value as ExcelJS.CellFormulaValue).result);
    if ("hyperlink" in value) return plain((value as ExcelJS.CellHyperlinkValue).text);
    throw new Error(`unexpected value ${JSON.stringify(value)}`);
  };
  return plain(cell.value);
}

/** Rows without their trailing blank cells, and without trailing blank rows. */
function trimmed(rows: CellValue[][]): CellValue[][] {
  const out = rows.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
    return row.slice(0, end);
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

async function referenceRows(buffer: Buffer): Promise<CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  const rows: CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(referenceValue(row.getCell(c)));
    rows.push(cells);
  }
  return trimmed(rows);
}

async function ourRows(path: string): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  await readXlsxChunks(path, (chunk, first) => {
    expect(first).toBe(rows.length + 1);
    rows.push(...chunk);
  }, { chunkRows: 7 });
  return trimmed(rows);
}

const DATE_FORMATS = ["dd.mm.yyyy", "yyyy-mm-dd hh:mm", "mm-dd-yy", "[$-419]d mmmm yyyy;@", 'd "de" mmmm'];
const NUMBER_FORMATS = ["0.00%", "#,##0.00 [$₽-419]", '0.00 "days"', "[Red]0.0"];
/** Excel's serials 1 Jan 1950 … 31 Dec 2099 at whole seconds (no rounding left to disagree on). */
const date = fc.integer({ min: Date.UTC(1950, 0, 1) / 1000, max: Date.UTC(2099, 11, 31) / 1000 }).map((s) => new Date(s * 1000));
const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((x) => !Object.is(x, -0)));

function text(withAmpersand: boolean) {
  const units = ["a", "Z", "0", " ", "Ё", "ж", "€", "😀", "<", ">", '"', "'", "\t", "\n", "_", ...(withAmpersand ? ["&"] : [])];
  return fc.string({ unit: fc.constantFrom(...units), minLength: 1, maxLength: 12 });
}

/** A cell to write: its value and, for numbers and dates, its number format. */
function cellArbitrary(sharedStrings: boolean) {
  const str = text(sharedStrings);
  return fc.oneof(
    number.map((v) => ({ value: v as ExcelJS.CellValue })),
    fc.tuple(number, fc.constantFrom(...NUMBER_FORMATS)).map(([v, numFmt]) => ({ value: v as ExcelJS.CellValue, numFmt })),
    fc.tuple(date, fc.constantFrom(...DATE_FORMATS)).map(([v, numFmt]) => ({ value: v as ExcelJS.CellValue, numFmt })),
    str.map((v) => ({ value: v as ExcelJS.CellValue })),
    fc.array(str, { minLength: 1, maxLength: 3 }).map((runs) => ({ value: { richText: runs.map((t, i) => ({ text: t, font: { bold: i % 2 === 0 } })) } as ExcelJS.CellValue })),
    fc.boolean().map((v) => ({ value: v as ExcelJS.CellValue })),
    fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!").map((error) => ({ value: { error } as ExcelJS.CellValue })),
    // exceljs' reader drops a cached 0, FALSE or "" (it tests the result for truth): ours keeps them.
    fc.oneof(number, str, fc.boolean()).filter(Boolean).map((result) => ({ value: { formula: "A1", result } as ExcelJS.CellValue })),
    fc.constantFrom("#N/A", "#DIV/0!").map((error) => ({ value: { formula: "1/0", result: { error } } as unknown as ExcelJS.CellValue })),
    fc.tuple(date, fc.constantFrom(...DATE_FORMATS)).map(([result, numFmt]) => ({ value: { formula: "TODAY()", result } as ExcelJS.CellValue, numFmt })),
    str.map((t) => ({ value: { text: t, hyperlink: "https://example.com/" } as ExcelJS.CellValue })),
    fc.constantFrom(...DATE_FORMATS).map((numFmt) => ({ value: null as ExcelJS.CellValue, numFmt })), // a styled empty cell
  );
}

function workbookArbitrary(sharedStrings: boolean) {
  const cell = fc.record({ columnGap: fc.integer({ min: 1, max: 3 }), cell: cellArbitrary(sharedStrings) });
  const row = fc.record({ rowGap: fc.integer({ min: 1, max: 4 }), cells: fc.array(cell, { maxLength: 8 }) });
  return fc.record({
    rows: fc.array(row, { minLength: 1, maxLength: 25 }),
    date1904: fc.boolean(),
    merge: fc.option(fc.record({ top: fc.integer({ min: 1, max: 5 }), left: fc.integer({ min: 1, max: 4 }), height: fc.integer({ min: 0, max: 2 }), width: fc.integer({ min: 1, max: 3 }) })),
  });
}

type Workbook = typeof workbookArbitrary extends (s: boolean) => fc.Arbitrary<infer W> ? W : never;

async function written(spec: Workbook, sharedStrings: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = spec.date1904;
  const sheet = workbook.addWorksheet("Data");
  workbook.addWorksheet("Other").getCell("A1").value = "not this sheet";
  let r = 0;
  for (const { rowGap, cells } of spec.rows) {
    r += rowGap;
    let c = 0;
    for (const { columnGap, cell } of cells) {
      c += columnGap;
      const target = sheet.getCell(r, c);
      target.value = cell.value;
      if ("numFmt" in cell && cell.numFmt) target.numFmt = cell.numFmt;
    }
  }
  if (spec.merge) {
    const { top, left, height, width } = spec.merge;
    sheet.mergeCells(top, left, top + height, left + width);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer({ useSharedStrings: sharedStrings } as ExcelJS.XlsxWriteOptions));
}

let fileNo = 0;

describe.each([
  ["shared strings", true],
  ["inline strings", false],
])("the streaming reader gives exceljs' whole-workbook reader's cells (%s)", (_name, sharedStrings) => {
  test("on generated workbooks", async () => {
    await fc.assert(
      fc.asyncProperty(workbookArbitrary(sharedStrings), async (spec) => {
        const buffer = await written(spec, sharedStrings);
        const path = join(dir, `w${++fileNo}.xlsx`);
        writeFileSync(path, buffer);
        expect(await ourRows(path)).toEqual(await referenceRows(buffer));
      }),
      { numRuns: 60 },
    );
  });
});

describe("numbers read from their bytes", () => {
  const bytesOf = (text: string) => Buffer.from(`<v>${text}</v>`, "latin1");
  const read = (text: string) => plainDecimal(bytesOf(text), 3, 3 + text.length);

  test("a plain decimal of up to 15 digits is the double Number() makes of its text", () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,9}$/), fc.option(fc.stringMatching(/^[0-9]{0,9}$/)))
      .map(([negative, whole, fraction]) => `${negative ? "-" : ""}${whole}${fraction === null ? "" : `.${fraction}`}`)
      .filter((text) => text.replace(/[^0-9]/g, "").length <= 15);
    fc.assert(fc.property(decimal, (text) => Object.is(read(text), Number(text))), { numRuns: 5000 });
    expect(read("0.1")).toBe(0.1);
    expect(read("1194.88")).toBe(1194.88);
    expect(read("-0.08")).toBe(-0.08);
  });

  test.each(["1E-3", "1.5e10", "1234567890123456", "1.2.3", "", "-", ".", " 1", "0x1A", "Infinity"])("%j is left to the text reading", (text) => {
    expect(read(text)).toBeNaN();
  });
});
