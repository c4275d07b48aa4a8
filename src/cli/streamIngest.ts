// An exported file streamed straight into the engine, chunk by chunk: no whole-file text or cell
// array in memory. The readers (CSV, xlsx) hand over consecutive rows with their row numbers.

import { ChunkedTable } from "../core/chunkedTable";
import type { IngestOptions } from "../core/ingest";
import type { IngestResult } from "../core/types";
import type { OnRows } from "./readers/rowChunks";

/** Runs `read` (a reader fed the engine's row callback) and returns the ingested table. */
export async function ingestStream(read: (onRows: OnRows) => Promise<unknown>, options: IngestOptions, onProgress?: (rowsRead: number) => void): Promise<IngestResult> {
  const table = new ChunkedTable(options);
  let rows = 0;
  await read((chunk, firstRowNumber) => {
    table.addRows(chunk, firstRowNumber);
    rows += chunk.length;
    onProgress?.(rows);
  });
  return table.finish();
}
