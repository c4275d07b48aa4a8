// A CSV export streamed straight into the engine: no whole-file text or cell array in memory.

import { ChunkedTable } from "../core/chunkedTable";
import type { IngestOptions } from "../core/ingest";
import type { IngestResult } from "../core/types";
import { readCsvChunks } from "./readers/csv";

export async function ingestCsvFile(path: string, options: IngestOptions, onRows?: (rowsRead: number) => void): Promise<IngestResult> {
  const table = new ChunkedTable(options);
  let rows = 0;
  await readCsvChunks(path, (chunk, firstRowNumber) => {
    table.addRows(chunk, firstRowNumber);
    rows += chunk.length;
    onRows?.(rows);
  });
  return table.finish();
}
