// Reads the user's shipment table from the workbook in blocks, without ever writing to it.
//
// Excel on the web refuses requests or responses over 5 MB, and one huge read freezes Excel, so
// values are read in row blocks sized from the bytes a cell really takes: the first block is a small
// sample, the following ones are as large as the estimate allows (at most TARGET_BLOCK_BYTES
// estimated, at most MAX_BLOCK_CELLS cells). Each block is one context.sync(); between blocks the
// reader yields to the UI so progress can repaint and Cancel can be clicked.
import { KeyClientError } from "../core/errors";
import type { CellValue } from "../core/types";

/** Which cells hold the user's table. */
export interface SourceRange {
  /** How it was chosen: the user's selection, the Excel table under the active cell, or the used range. */
  kind: "selection" | "table" | "usedRange";
  sheetName: string;
  /** Address with the sheet, as Excel writes it: `Sales!A1:F9995`, `'My data'!B3:H120`. */
  address: string;
  /** The Excel table's name when kind is "table". */
  tableName: string | null;
  /** 0-based sheet row and column of the top-left cell. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface ReadOptions {
  /** First row to read, 0-based within the source (the row after the header). Default 0. */
  startRow?: number;
  /** Receives each block in order; firstRowNumber is the 1-based sheet row of rows[0]. */
  onRows: (rows: CellValue[][], firstRowNumber: number) => void;
  /** Called after each block with the rows read so far and the rows to read in total. */
  onProgress?: (readRows: number, totalRows: number) => void;
  /** Aborting stops before the next block and rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface ReadSummary {
  rows: number;
  blocks: number;
}

/** Rows a header is looked for in (SPEC §2: the table may start below a few title rows). */
export const HEAD_ROWS = 50;
/** Rows of the first block, which measures what a cell weighs. */
export const SAMPLE_ROWS = 100;
/** Largest estimated payload of one block: well under Excel on the web's 5 MB. */
export const TARGET_BLOCK_BYTES = 4_000_000;
/** The estimate per cell is multiplied by this, for rows heavier than the ones measured so far. */
export const SAFETY_FACTOR = 1.5;
/** Cells per block even when they are tiny (blank): keeps each sync short so Excel stays responsive. */
export const MAX_BLOCK_CELLS = 250_000;

const RANGE_PROPERTIES = "rowIndex, columnIndex, rowCount, columnCount";

interface Box {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * The range to report on: the selection if it is more than one cell (clipped to the used range, so
 * selecting whole columns reads only the filled rows); else the Excel table under the active cell
 * (header and data, without a totals row); else the used range of the active sheet.
 * Throws KeyClientError `badOption` for a selection of several areas and `emptyTable` when there
 * is nothing to read (a selection of blank cells, an empty sheet).
 * One context.sync(), two when a table is found.
 */
export async function findSourceRange(context: Excel.RequestContext): Promise<SourceRange> {
  const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
  const selection = context.workbook.getSelectedRanges().load("areaCount");
  const firstArea = selection.areas.getItemAt(0).load(RANGE_PROPERTIES);
  const tablesAtCell = context.workbook.getActiveCell().getTables(false);
  const tableCount = tablesAtCell.getCount();
  const used = sheet.getUsedRangeOrNullObject(true).load(RANGE_PROPERTIES);
  await context.sync();

  if (selection.areaCount > 1) {
    throw new KeyClientError(
      "badOption",
      `The selection has ${selection.areaCount} separate areas. Select one block of cells, or click a single cell inside the table.`,
      { reason: "multipleAreas", areas: selection.areaCount },
    );
  }
  const usedBox = used.isNullObject ? null : boxOf(used);
  const source = (kind: SourceRange["kind"], box: Box, tableName: string | null = null): SourceRange => ({
    kind,
    sheetName: sheet.name,
    address: addressOf(sheet.name, box),
    tableName,
    ...box,
  });

  if (firstArea.rowCount * firstArea.columnCount > 1) {
    const box = usedBox && intersect(boxOf(firstArea), usedBox);
    if (!box) throw new KeyClientError("emptyTable", "The selected cells are empty. Select the shipment table, or click a single cell inside it.", { reason: "emptySelection" });
    return source("selection", box);
  }
  // eslint-disable-next-line office-addins/load-object-before-read -- getCount() gives a ClientResult: it has no load(), its value is set by the sync
  if (tableCount.value > 0) {
    const table = tablesAtCell.getFirst().load("name, showTotals");
    const tableRange = table.getRange().load(RANGE_PROPERTIES);
    await context.sync();
    const box = boxOf(tableRange);
    if (table.showTotals) box.rowCount -= 1; // the totals row is Excel's, not a client
    return source("table", box, table.name);
  }
  if (!usedBox) throw new KeyClientError("emptyTable", `The sheet "${sheet.name}" is empty. Open the sheet with the shipment table.`, { reason: "emptySheet", sheet: sheet.name });
  return source("usedRange", usedBox);
}

/** Workbook.use1904DateSystem, which the typings of the released requirement sets do not have. */
interface DateSystemWorkbook {
  use1904DateSystem?: unknown;
}

/**
 * True when the workbook counts dates from 1904 (the old default of Excel for Mac): its date
 * serials are 1,462 lower. Read where the host has Workbook.use1904DateSystem; a host without it
 * refuses or ignores the property, and then the 1900 system, Excel's default, is assumed
 * (docs/addin.md). One context.sync().
 */
export async function readDate1904(context: Excel.RequestContext): Promise<boolean> {
  try {
    context.workbook.load("use1904DateSystem");
    await context.sync();
    return (context.workbook as unknown as DateSystemWorkbook).use1904DateSystem === true;
  } catch {
    return false;
  }
}

/** The first rows of the source (up to maxRows), to find the header row in. One context.sync(). */
export async function readHeadRows(
  context: Excel.RequestContext,
  source: SourceRange,
  maxRows: number = HEAD_ROWS,
): Promise<CellValue[][]> {
  const rows = Math.min(maxRows, source.rowCount);
  if (rows <= 0) return [];
  const range = rangeOf(context, source, 0, rows).load("values");
  await context.sync();
  return range.values as CellValue[][];
}

/**
 * Streams the source's rows from startRow to the end to onRows, block by block, one context.sync()
 * per block. Cell values pass through as Excel gives them: numbers (dates are serial numbers), text,
 * booleans, "" for blank cells and "#N/A"-style text for errors.
 * Should Excel on the web still refuse a block as too large (rows far heavier than any read before),
 * the block is read again in halves, and no later block is larger.
 */
export async function readTable(context: Excel.RequestContext, source: SourceRange, options: ReadOptions): Promise<ReadSummary> {
  const { startRow = 0, onRows, onProgress, signal } = options;
  if (!Number.isInteger(startRow) || startRow < 0 || startRow > source.rowCount) {
    throw new RangeError(`startRow ${startRow} is outside the source's ${source.rowCount} rows`);
  }
  const totalRows = source.rowCount - startRow;
  let readRows = 0;
  let blocks = 0;
  let bytesPerCell = 0; // of the heaviest block so far
  let maxRows = Infinity; // lowered when Excel refuses a block
  let rows = Math.min(SAMPLE_ROWS, totalRows);
  while (readRows < totalRows) {
    throwIfAborted(signal);
    const first = startRow + readRows;
    let values: CellValue[][];
    try {
      values = await readBlock(context, source, first, rows);
    } catch (error) {
      if (!isPayloadTooLarge(error) || rows === 1) throw error;
      maxRows = rows = Math.ceil(rows / 2);
      continue;
    }
    throwIfAborted(signal);
    bytesPerCell = Math.max(bytesPerCell, payloadBytes(values) / (rows * source.columnCount));
    onRows(values, source.rowIndex + first + 1);
    readRows += rows;
    blocks += 1;
    onProgress?.(readRows, totalRows);
    if (readRows < totalRows) {
      rows = Math.min(maxRows, blockRows(bytesPerCell, source.columnCount, totalRows - readRows));
      await yieldToUi();
    }
  }
  return { rows: readRows, blocks };
}

async function readBlock(context: Excel.RequestContext, source: SourceRange, firstRow: number, rows: number): Promise<CellValue[][]> {
  const range = rangeOf(context, source, firstRow, rows).load("values");
  await context.sync();
  const values = range.values as CellValue[][] | null;
  // Excel has been seen to answer null instead of failing on a too-large read: never pass on less.
  if (!Array.isArray(values) || values.length !== rows) {
    throw new Error(`Excel returned ${Array.isArray(values) ? values.length : "no"} rows for sheet rows ${source.rowIndex + firstRow + 1}–${source.rowIndex + firstRow + rows} of ${source.address}.`);
  }
  return values;
}

function isPayloadTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ResponsePayloadSizeLimitExceeded";
}

/** Rows per block so that rows × columns × bytesPerCell × SAFETY_FACTOR ≤ TARGET_BLOCK_BYTES. */
export function blockRows(bytesPerCell: number, columns: number, remaining: number): number {
  const cells = Math.min(MAX_BLOCK_CELLS, TARGET_BLOCK_BYTES / (bytesPerCell * SAFETY_FACTOR));
  return Math.max(1, Math.min(remaining, Math.floor(cells / columns)));
}

/** UTF-8 bytes of the values as JSON: what the block weighs on the wire. */
export function payloadBytes(values: CellValue[][]): number {
  const json = JSON.stringify(values);
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    // Surrogate halves count 2 each: 4 per pair, as UTF-8 encodes them.
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

function rangeOf(context: Excel.RequestContext, source: SourceRange, firstRow: number, rows: number): Excel.Range {
  return context.workbook.worksheets
    .getItem(source.sheetName)
    .getRangeByIndexes(source.rowIndex + firstRow, source.columnIndex, rows, source.columnCount);
}

function boxOf(range: Excel.Range): Box {
  return { rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
}

function intersect(a: Box, b: Box): Box | null {
  const top = Math.max(a.rowIndex, b.rowIndex);
  const left = Math.max(a.columnIndex, b.columnIndex);
  const bottom = Math.min(a.rowIndex + a.rowCount, b.rowIndex + b.rowCount);
  const right = Math.min(a.columnIndex + a.columnCount, b.columnIndex + b.columnCount);
  if (bottom <= top || right <= left) return null;
  return { rowIndex: top, columnIndex: left, rowCount: bottom - top, columnCount: right - left };
}

/** `Sheet1!A1:F100`; the sheet name is quoted (with ' doubled) unless Excel would leave it bare. */
export function addressOf(sheetName: string, box: Box): string {
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheetName) && !/^([A-Z]{1,3}\d+|R\d*C?\d*|C\d*)$/i.test(sheetName);
  const sheet = bare ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  const topLeft = `${columnLetters(box.columnIndex)}${box.rowIndex + 1}`;
  const bottomRight = `${columnLetters(box.columnIndex + box.columnCount - 1)}${box.rowIndex + box.rowCount}`;
  return `${sheet}!${topLeft === bottomRight ? topLeft : `${topLeft}:${bottomRight}`}`;
}

/** 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException("The read was cancelled.", "AbortError");
}

function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
