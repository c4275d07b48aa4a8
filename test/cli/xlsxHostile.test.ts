// Hostile and unusual .xlsx files (issue 16): row numbers past Excel's grid, expansion bombs, sheets
// without `r` attributes, password-protected workbooks, ISO date cells. Each file is generated here,
// small, part by part (xlsxBuilder.ts).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { readXlsxChunks } from "../../src/cli/readers/xlsx";
import { EXCEL_MAX_ROWS, MAX_SHARED_STRINGS } from "../../src/cli/readers/xlsxLimits";
import type { CellValue } from "../../src/core/types";
import { sharedStringsXml, stylesXml, workbookEntries, worksheetXml, writeWorkbook, zipBytes } from "./xlsxBuilder";

const dir = mkdtempSync(join(tmpdir(), "kc-xlsx-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
const nextPath = () => join(dir, `w${++fileNo}.xlsx`);

/** Cells as a sheet's XML spells them. */
const text = (t: string, ref = "") => `<c${ref && ` r="${ref}"`} t="inlineStr"><is><t>${t}</t></is></c>`;
const num = (v: number | string, ref = "", style = "") => `<c${ref && ` r="${ref}"`}${style && ` s="${style}"`}><v>${v}</v></c>`;
const row = (cells: string, r?: number) => `<row${r === undefined ? "" : ` r="${r}"`}>${cells}</row>`;
const HEADER = row(text("Client") + text("Date") + text("Amount"), 1);
/** A shipment row: a client, a date serial in the 1900 system (43099 = 2017-12-30), an amount. */
const shipment = (r: number | undefined, client: string, serial: number, amount: number) => row(text(client) + num(serial) + num(amount), r);

async function readRows(path: string): Promise<{ rows: CellValue[][]; firstRowNumbers: number[] }> {
  const rows: CellValue[][] = [];
  const firstRowNumbers: number[] = [];
  await readXlsxChunks(path, (chunk, first) => {
    firstRowNumbers.push(first);
    rows.push(...chunk);
  });
  return { rows, firstRowNumbers };
}

/** `keyclient report FILE --json OUT --today 2018-01-15` in this process: exit code, standard error, report. */
async function report(path: string): Promise<{ code: number; stderr: string; json: any }> {
  const out = join(dir, `r${++fileNo}.json`);
  const errors: string[] = [];
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    errors.push(String(chunk));
    return true;
  });
  try {
    const code = await main(["report", path, "--json", out, "--today", "2018-01-15", "--quiet"]);
    return { code, stderr: errors.join(""), json: code === 0 ? JSON.parse(readFileSync(out, "utf8")) : null };
  } finally {
    spy.mockRestore();
  }
}

describe("row numbers past Excel's last row (issue 16, item 1)", () => {
  test.each([2147483647, 99999999, EXCEL_MAX_ROWS + 1])("row %i after 31 rows: refused at once, exit 3 with one line", async (r) => {
    const rows = [HEADER];
    for (let i = 2; i <= 31; i++) rows.push(shipment(i, `Client ${i}`, 43099, i));
    rows.push(shipment(r, "Far away", 43099, 1));
    const path = writeWorkbook(nextPath(), { sheet: worksheetXml(rows.join("")) });
    const started = Date.now();
    const result = await report(path);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(`keyclient: ${path}: row number ${r} is past Excel's last row, 1,048,576; the sheet is not a valid .xlsx sheet\n`);
  });

  test("a row at Excel's last row keeps its number; the rows the file leaves out are counted, not built", async () => {
    const path = writeWorkbook(nextPath(), { sheet: worksheetXml(HEADER + shipment(2, "Alpha", 43099, 10) + row(num(43099, "B1048576") + num(5, "C1048576"), EXCEL_MAX_ROWS)) });
    const { rows } = await readRows(path);
    expect(rows).toHaveLength(EXCEL_MAX_ROWS);
    expect(rows[1]).toEqual(["Alpha", 43099, 10]);
    expect(rows[EXCEL_MAX_ROWS - 1]).toEqual([null, 43099, 5]);
    // The blank rows between are one and the same empty row.
    expect(new Set(rows.slice(2, EXCEL_MAX_ROWS - 1)).size).toBe(1);
    expect(rows[2]).toEqual([]);
    const { code, json } = await report(path);
    expect(code).toBe(0);
    expect(json.rows.read).toBe(2);
    expect(json.rows.used).toBe(1);
    expect(json.rows.skipped.blankClient).toBe(1);
    expect(json.rows.firstRows.blankClient).toEqual([EXCEL_MAX_ROWS]);
  });

  test("a text of more than 16 MB between two tags is refused, not carried over without end", async () => {
    const path = writeWorkbook(nextPath(), { sheet: worksheetXml(HEADER + `<row r="2"><c t="inlineStr"><is><t>${"x".repeat(17 << 20)}</t></is></c></row>`) });
    await expect(readRows(path)).rejects.toThrow(`${path}: not a readable .xlsx workbook (a text or tag of more than 16 MB in one piece)`);
  });

  test("rows out of order, a row number that is not one, and cells past column XFD are refused with one line", async () => {
    const backwards = writeWorkbook(nextPath(), { sheet: worksheetXml(HEADER + shipment(3, "A", 43099, 1) + shipment(2, "B", 43099, 1)) });
    await expect(readRows(backwards)).rejects.toThrow(`${backwards}: row 2 comes after row 3; rows must be in order`);
    const unnumbered = writeWorkbook(nextPath(), { sheet: worksheetXml(HEADER + '<row r="2a"></row>') });
    await expect(readRows(unnumbered)).rejects.toThrow(`${unnumbered}: a row numbered "2a"; the sheet is not a valid .xlsx sheet`);
    const wide = writeWorkbook(nextPath(), { sheet: worksheetXml(HEADER + row(num(1, "XFE2"), 2)) });
    await expect(readRows(wide)).rejects.toThrow(`${wide}: cell XFE2 of row 2 is past Excel's last column, XFD`);
  });
});

describe("expansion caps (issue 16, item 5)", () => {
  test(`more than ${MAX_SHARED_STRINGS.toLocaleString("en-US")} shared strings: exit 3, one line naming the cap`, async () => {
    const strings = Buffer.from(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${"<si/>".repeat(MAX_SHARED_STRINGS + 1)}</sst>`);
    const path = writeWorkbook(nextPath(), { sheet: worksheetXml(HEADER), sharedStrings: strings });
    const result = await report(path);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(`keyclient: ${path}: more than 8,388,608 shared strings, the most a sheet may use; the file is refused as damaged or hostile\n`);
  });

  test("a part whose zip entry states more than the cap is refused before it is inflated", async () => {
    const path = writeWorkbook(nextPath(), {
      sheet: worksheetXml(HEADER),
      sharedStrings: sharedStringsXml(["a"]),
      statedSizes: { "xl/sharedStrings.xml": 0xffff_fff0 },
    });
    await expect(readRows(path)).rejects.toThrow(`${path}: xl/sharedStrings.xml expands past 512 MB, the most the shared strings may take; the file is refused as damaged or hostile`);
  });

  test("a part that inflates past the cap while its entry states less is stopped at the cap", async () => {
    const comments = `<!--${" ".repeat(1 << 20)}-->`.repeat(65);
    const styles = stylesXml("yyyy-mm-dd").replace("<styleSheet", `${comments}<styleSheet`);
    const path = writeWorkbook(nextPath(), { sheet: worksheetXml(HEADER), styles, statedSizes: { "xl/styles.xml": 1000 } });
    await expect(readRows(path)).rejects.toThrow(`${path}: xl/styles.xml expands past 64 MB, the most a workbook's settings may take; the file is refused as damaged or hostile`);
  });
});

describe("sheets without r attributes (issue 16, item 12)", () => {
  test("rows and cells without r follow the previous ones, as Excel and LibreOffice read them", async () => {
    const sheet = worksheetXml(
      row(text("Client") + text("Date") + text("Amount")) +
        shipment(undefined, "Alpha", 43099, 10) +
        "<row/>" + // row 3: blank
        row(text("Beta") + "<c/>" + num(7)) + // row 4: a cell left empty
        row(text("Gamma") + num(43100, "B8") + num(5)) + // row 5: a cell with r among cells without
        row(text("Delta") + num(43070) + num(2.5), 9) +
        shipment(undefined, "Epsilon", 43098, 1), // row 10
    );
    const path = writeWorkbook(nextPath(), { sheet });
    const { rows } = await readRows(path);
    expect(rows).toEqual([
      ["Client", "Date", "Amount"],
      ["Alpha", 43099, 10],
      [],
      ["Beta", null, 7],
      ["Gamma", 43100, 5],
      [],
      [],
      [],
      ["Delta", 43070, 2.5],
      ["Epsilon", 43098, 1],
    ]);
    const { code, json } = await report(path);
    expect(code).toBe(0);
    expect(json.rows.read).toBe(5);
    expect(json.rows.used).toBe(4);
    expect(json.rows.firstRows.badDate).toEqual([4]);
    expect(json.rows.usedAmount).toBe(18.5);
  });

  test("a sheet whose elements carry a namespace prefix (x:row, x:c) reads the same", async () => {
    const plain = worksheetXml(HEADER + shipment(2, "Alpha", 43099, 10));
    const prefixed = plain.replace(/<(\/?)(worksheet|sheetData|row|c|v|is|t)\b/g, "<$1x:$2").replace('xmlns="', 'xmlns:x="');
    const { rows } = await readRows(writeWorkbook(nextPath(), { sheet: prefixed }));
    expect(rows).toEqual([["Client", "Date", "Amount"], ["Alpha", 43099, 10]]);
  });
});

describe("what writers differ in", () => {
  test("stored (not deflated) parts, CDATA, entities and UTF-8 text in shared and inline strings", async () => {
    const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t><![CDATA[ООО "Ромашка" & <сыновья>]]></t></si><si><r><t>Acme </t></r><r><rPr><b/></rPr><t>&amp; Co &#x20AC;</t></r><rPh><t>アクメ</t></rPh></si></sst>`;
    const sheet = worksheetXml(HEADER + row('<c t="s"><v>0</v></c>' + num(43099) + num(1)) + row('<c t="s"><v>1</v></c>' + num(43099) + num(2)) + row(text("Zoë &lt;1&gt;") + num(43099) + num(3)));
    const entries = workbookEntries({ sheet, sharedStrings: strings }).map((e) => ({ ...e, stored: true }));
    const path = nextPath();
    writeFileSync(path, zipBytes(entries));
    const { rows } = await readRows(path);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['ООО "Ромашка" & <сыновья>', "Acme & Co €", "Zoë <1>"]);
  });
});

describe("also noticed in issue 16", () => {
  test("a password-protected workbook says so; another OLE file is named as a pre-2007 workbook", async () => {
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const xls = nextPath();
    writeFileSync(xls, ole);
    Buffer.from("EncryptedPackage", "utf16le").copy(ole, 1024 + 64);
    const encrypted = nextPath();
    writeFileSync(encrypted, ole);
    const result = await report(encrypted);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(`keyclient: ${encrypted}: the workbook is password-protected; open it in Excel and save a copy without a password\n`);
    await expect(readRows(xls)).rejects.toThrow(`${xls}: an Excel 97–2003 workbook, not .xlsx; open it in Excel and save it as .xlsx`);
  });

  test('t="d" cells (ISO 8601 dates) are read as those dates, in UTC like every date read', async () => {
    const iso = (v: string) => `<c t="d"><v>${v}</v></c>`;
    const sheet = worksheetXml(HEADER + row(text("A") + iso("2017-12-30T00:00:00Z") + num(1)) + row(text("B") + iso("2017-12-29") + num(2)) + row(text("C") + iso("2017-12-28T14:05:00") + num(3)));
    const { rows } = await readRows(writeWorkbook(nextPath(), { sheet }));
    expect(rows.slice(1).map((r) => r[1])).toEqual([new Date(Date.UTC(2017, 11, 30)), new Date(Date.UTC(2017, 11, 29)), new Date(Date.UTC(2017, 11, 28, 14, 5))]);
  });

  test("a number in a date style is that date, in the 1900 and the 1904 date systems", async () => {
    const sheet = worksheetXml(HEADER + row(text("A") + num(43099, "", "1") + num(1)));
    const { rows } = await readRows(writeWorkbook(nextPath(), { sheet, styles: stylesXml("dd.mm.yyyy") }));
    expect(rows[1]).toEqual(["A", new Date(Date.UTC(2017, 11, 30)), 1]);
    const entries = workbookEntries({ sheet, styles: stylesXml("dd.mm.yyyy") }).map((e) =>
      e.name === "xl/workbook.xml" ? { ...e, data: String(e.data).replace("<sheets>", '<workbookPr date1904="1"/><sheets>') } : e,
    );
    const path1904 = nextPath();
    writeFileSync(path1904, zipBytes(entries));
    expect((await readRows(path1904)).rows[1]).toEqual(["A", new Date(Date.UTC(2021, 11, 31)), 1]);
  });
});
