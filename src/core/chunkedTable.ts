// A table that arrives in chunks whose header row is not known yet (streamed CSV, Excel blocks):
// the first chunk locates the header, every row after it streams into an Ingestor.

import type { CellValue, IngestResult } from "./types";
import { Ingestor, locateHeader, type IngestOptions } from "./ingest";
import { KeyClientError } from "./errors";

/** The header must stand within this many rows of the top (SPEC §2: title rows above it). */
export const HEADER_SCAN_ROWS = 50;

export class ChunkedTable {
  private ingestor: Ingestor | null = null;
  private headerRow = -1;

  constructor(private readonly options: IngestOptions = {}) {}

  /**
   * Rows in sheet order; `firstRowNumber` is the 1-based row number of `rows[0]`. The first call
   * must hold at least HEADER_SCAN_ROWS rows, or the whole table.
   */
  addRows(rows: CellValue[][], firstRowNumber: number): void {
    if (this.ingestor) {
      this.ingestor.addRows(rows);
      return;
    }
    if (rows.every((row) => row.every((v) => v === null || v === undefined || v === ""))) {
      throw new KeyClientError("emptyTable", "The table is empty.");
    }
    const headerRow = locateHeader(rows, this.options.columns);
    this.ingestor = new Ingestor(rows[headerRow], { ...this.options, firstRowNumber: firstRowNumber + headerRow });
    this.headerRow = firstRowNumber - 1 + headerRow;
    this.ingestor.addRows(rows.slice(headerRow + 1));
  }

  /** 1-based row number of the header row, once the first chunk has located it. */
  get headerRowNumber(): number | null {
    return this.ingestor ? this.headerRow + 1 : null;
  }

  finish(): IngestResult {
    if (!this.ingestor) throw new KeyClientError("emptyTable", "The table is empty.");
    return { ...this.ingestor.finish(), headerRow: this.headerRow };
  }
}
