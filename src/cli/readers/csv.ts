// Reads an exported CSV file into rows of text cells, detecting its encoding and its
// delimiter. Row numbers are those Excel shows when it opens the file: row 1 is the first
// line, an empty line is a row (of one empty cell), and a quoted field with line breaks
// stays inside its row. The engine parses numbers and dates; here every cell stays a string.

import { closeSync, openSync, readSync } from "node:fs";
import { KeyClientError } from "../../core/errors";
import type { CellValue } from "../../core/types";
import { CsvTokenizer, UnterminatedQuoteError } from "./csvTokenizer";
import { AutoDecoder, InvalidTextError, type TextEncoding } from "./decoding";
import { RowChunks, type OnRows } from "./rowChunks";
import { isSystemError } from "../systemError";

export type CsvDelimiter = "," | ";" | "\t";
const DELIMITERS: readonly CsvDelimiter[] = [",", ";", "\t"];

export interface CsvFileInfo {
  encoding: TextEncoding;
  bom: boolean;
  delimiter: CsvDelimiter;
  /** Rows in the file, empty lines included. */
  rows: number;
}

export interface CsvChunkOptions {
  /** Rows per call of `onRows` (default 8 192; the last call gets the rest). */
  chunkRows?: number;
}

// Small reads. A text below 128 KB is an ordinary young object; a larger one is a "large object" of
// its own pages, and decoding a 60 MB file in 64 KB pieces took 8 ms instead of 80 ms.
const READ_BYTES = 64 * 1024;
const SAMPLE_CHARS = 64 * 1024;

/**
 * Picks the delimiter that splits most sample rows into the same number (> 1) of fields;
 * among those that split at least half as many rows as the best, the one giving the most
 * fields wins, so `1 234,56` amounts do not make a `;` file look comma-separated and title
 * rows of 1C exports do not count.
 */
export function detectDelimiter(sample: string): CsvDelimiter {
  const scores = DELIMITERS.map((delimiter) => {
    const counts = new Map<number, number>();
    const tokenizer = new CsvTokenizer(delimiter, (fields) => {
      if (fields.length === 1 && fields[0] === "") return;
      counts.set(fields.length, (counts.get(fields.length) ?? 0) + 1);
    });
    tokenizer.push(sample); // the cut-off last record is never emitted
    let fields = 1;
    let rows = 0;
    for (const [n, c] of counts) {
      if (c > rows || (c === rows && n > fields)) [fields, rows] = [n, c];
    }
    return { delimiter, fields, rows: fields > 1 ? rows : 0 };
  });
  const best = Math.max(...scores.map((s) => s.rows));
  if (best === 0) return ",";
  return scores
    .filter((s) => s.rows > 0 && s.rows * 2 >= best)
    .reduce((a, b) => (b.fields > a.fields || (b.fields === a.fields && b.rows > a.rows) ? b : a)).delimiter;
}

function fileError(path: string, reason: string): KeyClientError {
  return new KeyClientError("badFile", `${path}: ${reason}`);
}

/** Streams the file's rows in chunks, so million-row files never sit in memory as text. */
export async function readCsvChunks(path: string, onRows: OnRows<string[]>, options: CsvChunkOptions = {}): Promise<CsvFileInfo> {
  const chunks = new RowChunks(onRows, options.chunkRows);
  const decoder = new AutoDecoder();
  let tokenizer: CsvTokenizer | null = null;
  let delimiter: CsvDelimiter = ",";
  let pendingText = "";

  const start = (text: string) => {
    delimiter = detectDelimiter(text);
    tokenizer = new CsvTokenizer(delimiter, (fields) => chunks.push(fields));
  };
  /** Text is held back until the sample is long enough to detect the delimiter. */
  const feed = async (text: string, final: boolean) => {
    if (tokenizer === null) {
      pendingText += text;
      if (pendingText.length < SAMPLE_CHARS && !final) return;
      start(pendingText);
      text = pendingText;
      pendingText = "";
    }
    tokenizer!.push(text);
    await chunks.flush(false);
  };

  try {
    // Synchronous reads into one buffer: a stream's per-chunk promises and hand-offs between
    // threads cost more than reading 64 KB from the page cache (docs/performance.md).
    const fd = openSync(path, "r");
    try {
      const buffer = Buffer.allocUnsafe(READ_BYTES);
      for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) await feed(decoder.decode(buffer.subarray(0, n)), false);
    } finally {
      closeSync(fd);
    }
    await feed(decoder.end(), true);
    (tokenizer as CsvTokenizer | null)?.end();
    await chunks.flush(true);
  } catch (e) {
    if (e instanceof UnterminatedQuoteError) throw fileError(path, e.message);
    if (e instanceof InvalidTextError) throw fileError(path, `${e.message}; save it as UTF-8 or Windows-1251`);
    if (isSystemError(e)) throw fileError(path, `cannot read the file (${e.code})`);
    throw e;
  }
  return {
    encoding: decoder.encoding,
    bom: decoder.bom,
    delimiter,
    rows: chunks.nextRowNumber - 1,
  };
}

/** Reads the whole file; `rows[i]` is file row `i + 1`. */
export async function readCsvFile(path: string): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  await readCsvChunks(path, (chunk) => {
    for (const row of chunk) rows.push(row);
  });
  return rows;
}
