// Rows handed over in chunks, each with the row number its first row has in the file or sheet:
// the CSV and xlsx readers both stream this way into the engine.

import type { CellValue } from "../../core/types";

/** Called with consecutive rows; `firstRowNumber` is the file (or sheet) row number of `rows[0]`. */
export type OnRows<Row extends CellValue[] = CellValue[]> = (rows: Row[], firstRowNumber: number) => void | Promise<void>;

/**
 * Rows per call of `onRows` unless the caller says otherwise. The row arrays of a chunk are garbage
 * once ingested, and when they die young the collector's cheap scavenges handle them (half the GC
 * time of 50,000-row chunks; docs/performance.md).
 */
export const DEFAULT_CHUNK_ROWS = 8192;

export class RowChunks<Row extends CellValue[] = CellValue[]> {
  private batch: Row[] = [];
  private batchStart = 1;

  constructor(
    private readonly onRows: OnRows<Row>,
    private readonly chunkRows = DEFAULT_CHUNK_ROWS,
  ) {}

  push(row: Row): void {
    this.batch.push(row);
  }

  /** The row number the next row pushed will have. */
  get nextRowNumber(): number {
    return this.batchStart + this.batch.length;
  }

  /** True when a whole chunk is waiting. */
  get full(): boolean {
    return this.batch.length >= this.chunkRows;
  }

  /** Hands over the whole chunks waiting, or, with `all`, everything left. */
  async flush(all: boolean): Promise<void> {
    while (this.full || (all && this.batch.length > 0)) {
      const rows = this.batch.length > this.chunkRows ? this.batch.splice(0, this.chunkRows) : this.batch;
      if (rows === this.batch) this.batch = [];
      const first = this.batchStart;
      this.batchStart += rows.length;
      await this.onRows(rows, first);
    }
  }
}
