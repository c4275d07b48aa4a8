// Streams one sheet of an .xlsx export as rows of cell values, keeping sheet row numbers: rows the
// file leaves out (blank rows) are handed over as empty rows, so skipped rows are reported with the
// numbers the user sees in Excel. The sheet's XML is parsed as it inflates (xlsxSheet.ts), so memory
// holds one chunk of rows and the shared strings, whatever the number of rows (docs/performance.md).

import { KeyClientError } from "../../core/errors";
import type { CellValue } from "../../core/types";
import { RowChunks, type OnRows } from "./rowChunks";
import { SheetCells } from "./xlsxSheet";
import { scanPart, sheetSource } from "./xlsxWorkbook";
import { openZip } from "./xlsxZip";
import { MAX_SHEET_XML_BYTES } from "./xlsxLimits";

export interface XlsxChunkOptions {
  /** The sheet to read (exact name first, then ignoring case); default the first sheet. */
  sheet?: string;
  /** Rows per call of `onRows` (default 8 192; the last call gets the rest). */
  chunkRows?: number;
}

/** The row every blank row is handed over as: rows the file leaves out are counted, not built. */
const BLANK_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/** Streams the chosen sheet's rows in chunks of `chunkRows`. Throws KeyClientError `badFile`. */
export async function readXlsxChunks(path: string, onRows: OnRows, options: XlsxChunkOptions = {}): Promise<void> {
  const chunks = new RowChunks(onRows, options.chunkRows);
  try {
    const source = await sheetSource(path, await openZip(path), options.sheet);
    const cells = new SheetCells(source, (rowNumber, row) => {
      while (chunks.nextRowNumber < rowNumber) chunks.push(BLANK_ROW);
      chunks.push(row);
    }, path);
    await scanPart(path, source.sheet, { bytes: MAX_SHEET_XML_BYTES, what: "a sheet's XML" }, cells, () => (chunks.full ? chunks.flush(false) : undefined));
    await chunks.flush(true);
  } catch (e) {
    if (e instanceof KeyClientError) throw e;
    throw new KeyClientError("badFile", `${path}: not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)})`);
  }
}
