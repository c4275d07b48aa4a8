// Reads an exported CSV file into rows of text cells, detecting its encoding and its
// delimiter. Row numbers are those Excel shows when it opens the file: row 1 is the first
// line, an empty line is a row (of one empty cell), and a quoted field with line breaks
// stays inside its row. The engine parses numbers and dates; here every cell stays a string.

import { closeSync, openSync, readSync } from "node:fs";
import { KeyClientError } from "../../core/errors";
import { findHeaderRow } from "../../core/columns";
import type { Warning } from "../../core/warnings";
import type { CellValue } from "../../core/types";
import { CsvTokenizer, OversizedRecordError, UnterminatedQuoteError, type MergedLines } from "./csvTokenizer";
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
  /** Rows made of several lines of the file (quoted fields with line breaks), or null. */
  mergedLines: MergedLines | null;
  /** Set when the file was read as Windows-1251 though part of it is valid UTF-8. */
  doubtfulWindows1251: { utf8Sequences: number; firstInvalidByte: number } | null;
}

/** What the reader noticed about the file, for the report's warnings. */
export function csvWarnings(info: CsvFileInfo): Warning[] {
  const warnings: Warning[] = [];
  const doubt = info.doubtfulWindows1251;
  if (doubt) warnings.push({ code: "encodingGuessed", encoding: "windows-1251", ...doubt });
  const merged = info.mergedLines;
  if (merged) warnings.push({ code: "linesMerged", rows: merged.rows, lines: merged.lines, ...merged.largest });
  return warnings;
}

export interface CsvChunkOptions {
  /** Rows per call of `onRows` (default 8 192; the last call gets the rest). */
  chunkRows?: number;
}

// Small reads. A text below 128 KB is an ordinary young object; a larger one is a "large object" of
// its own pages, and decoding a 60 MB file in 64 KB pieces took 8 ms instead of 80 ms.
const READ_BYTES = 64 * 1024;
const SAMPLE_CHARS = 64 * 1024;

/** Rows of the sample searched for the header row, as the engine searches them. */
const HEADER_SCAN_ROWS = 50;

/** How one delimiter splits the sample. */
interface Split {
  delimiter: CsvDelimiter;
  /** The row naming client, date and amount when split this way, or -1. */
  header: number;
  /** Rows below the header with as many fields as it has. */
  fitting: number;
  /** The most common field count (> 1) and its rows: the vote when no split finds a header. */
  fields: number;
  rows: number;
}

function split(sample: string, delimiter: CsvDelimiter): Split {
  const records: string[][] = [];
  new CsvTokenizer(delimiter, (fields) => records.push(fields)).push(sample); // the cut-off last record is never emitted
  const header = findHeaderRow(records, HEADER_SCAN_ROWS);
  let fitting = 0;
  if (header >= 0) for (let r = header + 1; r < records.length; r++) if (records[r].length === records[header].length) fitting++;
  // One-cell rows (titles, blank lines) split the same way under every delimiter: they do not vote.
  const counts = new Map<number, number>();
  for (const r of records) if (r.length > 1) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let fields = 1;
  let rows = 0;
  for (const [n, c] of counts) if (c > rows || (c === rows && n > fields)) [fields, rows] = [n, c];
  return { delimiter, header, fitting, fields, rows };
}

/**
 * The delimiter under which the sample has its header row (the one naming client, date and amount,
 * below any title lines); when several find one, the one whose rows below fit the header best.
 * Without a header under any, a vote: the delimiter that splits most rows into the same number (> 1)
 * of fields, and among those splitting at least half as many rows as the best, the one giving the
 * most fields, so `1 234,56` amounts do not make a `;` file look comma-separated.
 */
export function detectDelimiter(sample: string): CsvDelimiter {
  const splits = DELIMITERS.map((d) => split(sample, d));
  const withHeader = splits.filter((s) => s.header >= 0);
  if (withHeader.length > 0) return withHeader.reduce((a, b) => (b.fitting > a.fitting ? b : a)).delimiter;
  let best = 0;
  for (const s of splits) if (s.rows > best) best = s.rows;
  if (best === 0) return ",";
  return splits
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
    if (e instanceof UnterminatedQuoteError || e instanceof OversizedRecordError) throw fileError(path, e.message);
    if (e instanceof InvalidTextError) throw fileError(path, `${e.message}; save it as UTF-8 or Windows-1251`);
    if (isSystemError(e)) throw fileError(path, `cannot read the file (${e.code})`);
    throw e;
  }
  return {
    encoding: decoder.encoding,
    bom: decoder.bom,
    delimiter,
    rows: chunks.nextRowNumber - 1,
    mergedLines: (tokenizer as CsvTokenizer | null)?.mergedLines ?? null,
    doubtfulWindows1251: decoder.doubtfulWindows1251,
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
