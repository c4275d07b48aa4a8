import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { detectDelimiter, readCsvChunks, readCsvFile } from "../../src/cli/readers/csv";
import { readXlsxChunks } from "../../src/cli/readers/xlsx";
import { KeyClientError } from "../../src/core/errors";
import type { CellValue } from "../../src/core/types";

const dir = mkdtempSync(join(tmpdir(), "kc-readers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileNo = 0;
function file(bytes: Uint8Array | string, ext = "csv"): string {
  const path = join(dir, `f${++fileNo}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

/** Windows-1251 by hand (Node cannot encode it): А–я are 0xC0–0xFF, Ё 0xA8, ё 0xB8, « 0xAB, » 0xBB. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text), (ch) => {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) return cp;
    if (cp >= 0x410 && cp <= 0x44f) return cp - 0x410 + 0xc0;
    if (cp === 0x401) return 0xa8;
    if (cp === 0x451) return 0xb8;
    if (cp === 0xab) return 0xab;
    if (cp === 0xbb) return 0xbb;
    throw new Error(`no 1251 byte for ${ch}`);
  });
}

const SHIPMENTS = [
  ["Клиент", "Дата", "Сумма"],
  // In Windows-1251 "Д»" is C4 BB, which happens to be valid UTF-8: the majority decides.
  ["ООО «Ёлка-Д»", "30.12.2017", "1 234,56"],
  ["ИП Щукин", "01.12.2017", "-50"],
];
const semicolonCsv = SHIPMENTS.map((r) => r.join(";")).join("\r\n") + "\r\n";

describe("readCsvFile: encodings", () => {
  test.each([
    ["UTF-8", utf8(semicolonCsv), "utf-8", false],
    ["UTF-8 with BOM", concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(semicolonCsv)), "utf-8", true],
    ["Windows-1251", cp1251(semicolonCsv), "windows-1251", false],
  ])("%s", async (_name, bytes, encoding, bom) => {
    const path = file(bytes);
    expect(await readCsvFile(path)).toEqual(SHIPMENTS);
    const info = await readCsvChunks(path, () => undefined);
    expect(info).toEqual({ encoding, bom, delimiter: ";", rows: 3, mergedLines: null, doubtfulWindows1251: null });
  });

  test("UTF-16 LE with BOM (Excel's 'Unicode text'), tab-delimited", async () => {
    const text = SHIPMENTS.map((r) => r.join("\t")).join("\r\n");
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const path = file(le);
    expect(await readCsvFile(path)).toEqual(SHIPMENTS);
    expect(await readCsvChunks(path, () => undefined)).toMatchObject({ encoding: "utf-16le", delimiter: "\t" });
  });

  test("Windows-1251 whose first non-ASCII byte comes after the first megabyte", async () => {
    const filler = Array.from({ length: 40_000 }, (_, i) => `Client ${i};01.12.2017;${i}`).join("\n");
    const bytes = concat(cp1251(`Client;Date;Amount\n${filler}\nЖуков;02.12.2017;7\n`));
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const rows = await readCsvFile(file(bytes));
    expect(rows).toHaveLength(40_002);
    expect(rows[40_001]).toEqual(["Жуков", "02.12.2017", "7"]);
  });

  test("a UTF-8 character split across two read chunks is decoded whole", async () => {
    const head = "Client;Amount\n";
    const pad = "x".repeat((1 << 20) - utf8(head).length - 1); // "Ж" starts at the last byte of the first megabyte
    const rows = await readCsvFile(file(utf8(`${head}${pad}Ж;1\n`)));
    expect(rows[1]).toEqual([`${pad}Ж`, "1"]);
  });

  test("text that starts as UTF-8 and later has invalid bytes is refused with a reason", async () => {
    const bytes = concat(utf8("Клиент;Сумма\n"), Uint8Array.of(0xc0, 0x3b, 0x31, 0x0a));
    await expect(readCsvFile(file(bytes))).rejects.toThrow(/not valid UTF-8.*Windows-1251/);
  });
});

describe("readCsvFile: delimiters, quotes and row numbers", () => {
  test("tab delimiter with commas inside amounts", async () => {
    expect(await readCsvFile(file("Client\tAmount\nA\t1,234.56\nB\t2,000.00\n"))).toEqual([
      ["Client", "Amount"],
      ["A", "1,234.56"],
      ["B", "2,000.00"],
    ]);
  });

  test("quoted fields keep delimiters, doubled quotes and line breaks; each stays in its row", async () => {
    const csv = 'Client,Note,Amount\r\n"Smith, J.","said ""hi""\r\nthen left",10\r\n"Ivanov\nand sons",,20\r\n';
    expect(await readCsvFile(file(csv))).toEqual([
      ["Client", "Note", "Amount"],
      ["Smith, J.", 'said "hi"\r\nthen left', "10"],
      ["Ivanov\nand sons", "", "20"],
    ]);
  });

  test("title rows, blank lines and ragged rows keep their Excel row numbers", async () => {
    const csv = "Отчёт о продажах, 2017\n\nКлиент;Дата;Сумма\nА;01.12.2017;1\n\nБ;02.12.2017\nВ;03.12.2017;3;extra\n";
    const rows = await readCsvFile(file(csv));
    expect(rows).toEqual([
      ["Отчёт о продажах, 2017"],
      [""],
      ["Клиент", "Дата", "Сумма"],
      ["А", "01.12.2017", "1"],
      [""],
      ["Б", "02.12.2017"],
      ["В", "03.12.2017", "3", "extra"],
    ]);
  });

  test("chunks carry the file row number of their first row", async () => {
    const csv = 'a;b\n1;"x\ny"\n\n3;z\n4;w';
    const calls: [number, string[][]][] = [];
    const info = await readCsvChunks(file(csv), (rows, first) => void calls.push([first, rows]), { chunkRows: 2 });
    expect(calls).toEqual([
      [1, [["a", "b"], ["1", "x\ny"]]],
      [3, [[""], ["3", "z"]]],
      [5, [["4", "w"]]],
    ]);
    expect(info.rows).toBe(5);
  });

  test("an unclosed quote is refused with the row where it opens; an empty file has no rows", async () => {
    const err = await readCsvFile(file('a,b\n1,2\n"open,3\n4,5\n')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KeyClientError);
    expect((err as KeyClientError).code).toBe("badFile");
    expect((err as Error).message).toMatch(/quoted field opened in row 3 is never closed/);
    expect(await readCsvFile(file(""))).toEqual([]);
  });

  test("a missing file is a badFile error", async () => {
    await expect(readCsvFile(join(dir, "nope.csv"))).rejects.toMatchObject({ code: "badFile" });
  });
});

describe("detectDelimiter", () => {
  test.each([
    ["semicolon file with decimal commas", "Client;Date;Amount\nA;01.12.2017;1 234,56\nB;02.12.2017;7,5\n", ";"],
    ["comma file with a title row", "Sales report\nClient,Date,Amount\nA,2017-12-01,10\nB,2017-12-02,20\n", ","],
    ["tab file with commas and semicolons in text", "Client\tAmount\nA, B; C\t1,5\nD\t2\n", "\t"],
    ["quoted delimiters do not count", 'Client;Amount\n"A, B, C";1\n"D, E";2\n', ";"],
    ["one column", "Client\nA\nB\n", ","],
  ])("%s", (_name, sample, expected) => {
    expect(detectDelimiter(sample)).toBe(expected);
  });
});

/** The whole sheet; `rows[i]` is sheet row `i + 1`. */
async function readXlsxFile(path: string, sheet?: string): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  await readXlsxChunks(path, (chunk) => void rows.push(...chunk), { sheet });
  return rows;
}

describe("readXlsxChunks", () => {
  let path: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Отчёт");
    ws.getCell("A1").value = "Продажи за 2017 год";
    ws.mergeCells("A1:D1");
    // row 2 stays blank
    ws.getRow(3).values = ["Клиент", "Дата", "Сумма", "Примечание"];
    ws.getRow(4).values = [
      { richText: [{ text: "ООО " }, { font: { bold: true }, text: "Ромашка" }] },
      new Date(Date.UTC(2017, 11, 30)),
      1234.56,
      { text: "site", hyperlink: "http://example.com" },
    ];
    ws.getRow(5).values = ["=SUM(A1)", { formula: "DATE(2017,12,1)", result: new Date(Date.UTC(2017, 11, 1)) }, { formula: "C4*2", result: 2469.12 }, true];
    ws.getRow(6).values = ["ИП Щукин", { error: "#N/A" } as ExcelJS.CellErrorValue, { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue];
    ws.getCell("D5").value = true;
    const data = wb.addWorksheet("Data");
    data.getCell("A1").value = "second sheet";
    path = join(dir, "export.xlsx");
    await wb.xlsx.writeFile(path);
  });

  test("first sheet: row numbers kept, merged title once, rich text and links as text, formulas as results, errors as text", async () => {
    const rows = await readXlsxFile(path);
    expect(rows).toEqual([
      ["Продажи за 2017 год", null, null, null],
      [],
      ["Клиент", "Дата", "Сумма", "Примечание"],
      ["ООО Ромашка", new Date(Date.UTC(2017, 11, 30)), 1234.56, "site"],
      // A formula gives its cached result, typed by the cell's type and style as a value would be.
      ["=SUM(A1)", new Date(Date.UTC(2017, 11, 1)), 2469.12, true],
      ["ИП Щукин", "#N/A", "#DIV/0!"],
    ]);
  });

  test("streamed in chunks with their sheet row numbers; rows the file leaves out arrive as empty rows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sales");
    ws.getRow(1).values = ["Client", "Date", "Amount"];
    for (const r of [2, 3, 4, 7, 8]) ws.getRow(r).values = [`C${r}`, new Date(Date.UTC(2017, 11, r)), r * 10];
    const gappy = join(dir, "gappy.xlsx");
    await wb.xlsx.writeFile(gappy);
    const calls: [number, CellValue[][]][] = [];
    await readXlsxChunks(gappy, (rows, first) => void calls.push([first, rows]), { chunkRows: 3 });
    expect(calls.map(([first, rows]) => [first, rows.length])).toEqual([[1, 3], [4, 3], [7, 2]]);
    expect(calls[1][1]).toEqual([["C4", new Date(Date.UTC(2017, 11, 4)), 40], [], []]);
    expect(calls[2][1][1]).toEqual(["C8", new Date(Date.UTC(2017, 11, 8)), 80]);
  });

  test("a named sheet, and a clear error listing the sheets when the name is wrong", async () => {
    expect(await readXlsxFile(path, "data")).toEqual([["second sheet"]]);
    await expect(readXlsxFile(path, "Sales")).rejects.toThrow('no sheet named "Sales"; the sheets are "Отчёт", "Data"');
  });

  test("a file that is not a workbook is a badFile error", async () => {
    await expect(readXlsxFile(file("not a zip", "xlsx"))).rejects.toMatchObject({ code: "badFile" });
  });
});
