// Streams one sheet of an .xlsx export as rows of cell values, keeping sheet row numbers: rows the
// file leaves out (blank rows) are handed over as empty rows, so skipped rows are reported with the
// numbers the user sees in Excel. A million-row workbook never sits in memory (exceljs' whole-workbook
// reader took 3.2 GB and 57 s for one; this reader 220–270 MB and 17 s).
//
// The sheet's XML is parsed row by row by exceljs' own streaming parsers, but the zip is opened by its
// central directory (unzipper.Open), not read in one streaming pass as exceljs' WorkbookReader.parse
// does: that pass loses the zip's last entry at random (exceljs issue #3064), and exceljs writes
// workbook.xml last. So the workbook's parts are parsed first, in the order the sheet needs them, and
// then the one sheet wanted — the order the fix proposed to exceljs (its pull request #3065) uses.
// It drives WorkbookReader's parsers directly, which exceljs does not document: exceljs is pinned.

import ExcelJS from "exceljs";
import { Open, type CentralDirectory } from "unzipper";
import { KeyClientError } from "../../core/errors";
import type { CellValue } from "../../core/types";
import { RowChunks, type OnRows } from "./rowChunks";

export interface XlsxChunkOptions {
  /** The sheet to read (exact name first, then ignoring case); default the first sheet. */
  sheet?: string;
  /** Rows per call of `onRows` (default 8 192; the last call gets the rest). */
  chunkRows?: number;
}

/**
 * An exceljs cell value as the engine wants it: numbers, strings, booleans and dates pass
 * through; rich text and hyperlinks become their text; a formula gives its cached result;
 * an error cell gives its error text (`#N/A`), which the engine counts as an error value.
 */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  if ("hyperlink" in value) {
    const text = value.text as unknown;
    return typeof text === "string" ? text : plainValue(text as ExcelJS.CellValue);
  }
  return null;
}

/**
 * exceljs' streaming parsers keep a formula's cached result without its type: an error result is
 * read as NaN, its text lost, and it stays an error value here. (A TRUE/FALSE result reads as 1/0, and
 * a date result as its serial number, which the engine reads as that date.)
 */
const FORMULA_ERROR = "#VALUE!";

function cellValueOf(cell: ExcelJS.Cell): CellValue {
  if (cell.type !== ExcelJS.ValueType.Formula) return plainValue(cell.value);
  const result = cell.result as unknown;
  return typeof result === "number" && Number.isNaN(result) ? FORMULA_ERROR : plainValue(result as ExcelJS.CellValue);
}

function cellsOf(row: ExcelJS.Row): CellValue[] {
  const cells: CellValue[] = [];
  for (let c = 1; c <= row.cellCount; c++) cells.push(cellValueOf(row.getCell(c)));
  return cells;
}

type Part = NodeJS.ReadableStream;

/** The parts of exceljs' WorkbookReader this reader drives (exceljs 4.4). */
interface WorkbookParsers {
  _parseRels(part: Part): Promise<void>;
  _parseWorkbook(part: Part): Promise<void>;
  _parseStyles(part: Part): Promise<void>;
  _parseSharedStrings(part: Part): AsyncIterable<unknown>;
  _parseWorksheet(part: Part, sheetNo: string): Iterable<{ value: AsyncIterable<ExcelJS.Row> }>;
  model?: { sheets?: { name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

/** The sheet to read: the one asked for (exact name, then ignoring case) or the first tab. */
function chooseSheet(path: string, sheets: { name: string; rId: string }[], wanted: string | undefined): { name: string; rId: string } {
  if (sheets.length === 0) throw new KeyClientError("badFile", `${path}: the workbook has no sheets`);
  if (wanted === undefined) return sheets[0];
  const sheet = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (!sheet) {
    const names = sheets.map((s) => `"${s.name}"`).join(", ");
    throw new KeyClientError("badFile", `${path}: no sheet named "${wanted}"; the sheets are ${names}`);
  }
  return sheet;
}

/** The rows of the chosen sheet, parsed as they are inflated. */
async function sheetRows(path: string, zip: CentralDirectory, wanted: string | undefined): Promise<AsyncIterable<ExcelJS.Row>> {
  const part = (name: string) => zip.files.find((f) => f.path === name)?.stream();
  // styles: "cache" tells dates from numbers; hyperlinks are read as their cells' text.
  const parsers = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" }) as unknown as WorkbookParsers;
  const rels = part("xl/_rels/workbook.xml.rels");
  const workbook = part("xl/workbook.xml");
  if (!rels || !workbook) throw new Error("no xl/workbook.xml");
  await parsers._parseRels(rels);
  await parsers._parseWorkbook(workbook);
  const styles = part("xl/styles.xml");
  if (styles) await parsers._parseStyles(styles);
  const strings = part("xl/sharedStrings.xml");
  if (strings) for await (const _event of parsers._parseSharedStrings(strings)) void _event;

  const sheet = chooseSheet(path, parsers.model?.sheets ?? [], wanted);
  const target = parsers.workbookRels?.find((r) => r.Id === sheet.rId)?.Target ?? "";
  const sheetPath = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const sheetPart = part(sheetPath);
  if (!sheetPart) throw new Error(`no ${sheetPath}`);
  const sheetNo = /sheet(\d+)\.xml$/.exec(sheetPath)?.[1] ?? "1";
  for (const { value } of parsers._parseWorksheet(sheetPart, sheetNo)) return value;
  throw new Error(`${sheetPath} not parsed`);
}

/** Streams the chosen sheet's rows in chunks of `chunkRows`. Throws KeyClientError `badFile`. */
export async function readXlsxChunks(path: string, onRows: OnRows, options: XlsxChunkOptions = {}): Promise<void> {
  const chunks = new RowChunks(onRows, options.chunkRows);
  try {
    const rows = await sheetRows(path, await Open.file(path), options.sheet);
    for await (const row of rows) {
      while (chunks.nextRowNumber < row.number) chunks.push([]); // rows the file leaves out are blank
      chunks.push(cellsOf(row));
      if (chunks.full) await chunks.flush(false);
    }
    await chunks.flush(true);
  } catch (e) {
    if (e instanceof KeyClientError) throw e;
    throw new KeyClientError("badFile", `${path}: not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)})`);
  }
}
