// Streams one sheet of an .xlsx export as rows of cell values, keeping sheet row numbers: rows the
// file leaves out (blank rows) are handed over as empty rows, so skipped rows are reported with the
// numbers the user sees in Excel. exceljs' streaming reader parses the sheet's XML as it arrives, so a
// million-row workbook never sits in memory (its whole-workbook reader took 3.2 GB and 57 s for one).

import ExcelJS from "exceljs";
import { KeyClientError } from "../../core/errors";
import type { CellValue } from "../../core/types";

/** Called with consecutive rows; `firstRowNumber` is the sheet row number of `rows[0]`. */
export type OnXlsxRows = (rows: CellValue[][], firstRowNumber: number) => void;

export interface XlsxChunkOptions {
  /** The sheet to read (exact name first, then ignoring case); default the first sheet. */
  sheet?: string;
  /** Rows per call of `onRows` (default 8 192; the last call gets the rest). */
  chunkRows?: number;
}

const DEFAULT_CHUNK_ROWS = 8192;

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

interface SheetEntry {
  name: string;
}

/** The workbook's sheets in tab order, once its workbook.xml has been read. */
function sheetsOf(reader: ExcelJS.stream.xlsx.WorkbookReader): SheetEntry[] {
  return (reader as unknown as { model?: { sheets?: SheetEntry[] } }).model?.sheets ?? [];
}

/** The name of the sheet to read: the one asked for (exact, then ignoring case) or the first tab. */
function chosenName(sheets: SheetEntry[], wanted: string | undefined): string | undefined {
  if (wanted === undefined) return sheets[0]?.name;
  return (sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase()))?.name;
}

function noSheet(path: string, wanted: string | undefined, sheets: SheetEntry[]): KeyClientError {
  if (wanted === undefined || sheets.length === 0) return new KeyClientError("badFile", `${path}: the workbook has no sheets`);
  const names = sheets.map((s) => `"${s.name}"`).join(", ");
  return new KeyClientError("badFile", `${path}: no sheet named "${wanted}"; the sheets are ${names}`);
}

/**
 * exceljs' streaming reader keeps a formula's cached result without its type: an error result is
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

/** Streams the chosen sheet's rows in chunks of `chunkRows`. Throws KeyClientError `badFile`. */
export async function readXlsxChunks(path: string, onRows: OnXlsxRows, options: XlsxChunkOptions = {}): Promise<void> {
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  // styles: "cache" tells dates from numbers; hyperlinks are read as their cells' text.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  let found = false;
  let batch: CellValue[][] = [];
  let batchStart = 1;
  const flush = () => {
    if (batch.length > 0) onRows(batch, batchStart);
    batchStart += batch.length;
    batch = [];
  };
  const push = (cells: CellValue[]) => {
    batch.push(cells);
    if (batch.length >= chunkRows) flush();
  };
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name?: string }).name;
      const wanted = chosenName(sheetsOf(reader), options.sheet);
      // A sheet's name is unknown only when the file lists its sheets after them: then the first one.
      if (found || (name !== undefined && name !== wanted) || (name === undefined && options.sheet !== undefined)) continue;
      found = true;
      for await (const row of sheet) {
        while (batchStart + batch.length < row.number) push([]); // rows the file leaves out are blank
        push(cellsOf(row));
      }
      flush();
    }
  } catch (e) {
    if (e instanceof KeyClientError) throw e;
    throw new KeyClientError("badFile", `${path}: not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!found) throw noSheet(path, options.sheet, sheetsOf(reader));
}

/** The whole sheet; `rows[i]` is sheet row `i + 1`. */
export async function readXlsxFile(path: string, sheet?: string): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  await readXlsxChunks(path, (chunk) => {
    for (const row of chunk) rows.push(row);
  }, { sheet });
  return rows;
}
