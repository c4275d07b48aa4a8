// Excel ranges (2-D arrays, row-major) ↔ the core's vectors, and results back in the range's shape.
// SPEC §8: in a list of values a blank cell gives a blank result; in a clients × months range a blank
// month is 0; text or an error where a number is needed is #VALUE! in that cell only.

import type { CellValue } from "../core/types";
import { isBlank, isErrorValue } from "../core/values";
import { valueError } from "./errors";

/** A range as Excel passes it: rows of cells. */
export type Range = readonly (readonly unknown[])[];

/** What one result cell may hold. */
export type Result<T> = T | "" | CustomFunctions.Error;

/** Why a cell cannot be read as a number, or null when it is a number or blank. */
export function notANumber(cell: unknown): string | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? null : `${cell} is not a number`;
  if (isBlank(cell)) return null;
  if (isErrorValue(cell) || isRuntimeError(cell)) return `the cell holds an error (${errorText(cell)})`;
  if (typeof cell === "string") return `text "${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}" is not a number`;
  if (typeof cell === "boolean") return `${cell ? "TRUE" : "FALSE"} is not a number`;
  return "not a number";
}

/** The runtime passes error cells of `any` parameters as CustomFunctions.Error-like objects. */
function isRuntimeError(cell: unknown): cell is { code: string } {
  return typeof cell === "object" && cell !== null && typeof (cell as { code?: unknown }).code === "string";
}

function errorText(cell: unknown): string {
  if (typeof cell === "string") return cell.trim();
  if (isRuntimeError(cell)) return cell.code;
  const o = cell as { error?: unknown; basicValue?: unknown };
  return String(o.error ?? o.basicValue ?? "#VALUE!");
}

/** "1 row", "2 rows" */
export const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

function cellCount(range: Range): number {
  let n = 0;
  for (let r = 0; r < range.length; r++) n += range[r].length;
  return n;
}

/** A list of values: one per cell, row by row. */
export interface NumberList {
  /** NaN for blank cells and for cells that are not numbers (they take no part in the figures). */
  values: Float64Array;
  /** Why a cell is not a number, by its position in the list. */
  problems: Map<number, string>;
}

export function readList(range: Range): NumberList {
  // Indexed loops, not for…of: whole columns reach a million one-cell rows.
  const values = new Float64Array(cellCount(range));
  const problems = new Map<number, string>();
  let i = 0;
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    for (let k = 0; k < row.length; k++, i++) {
      const cell = row[k];
      if (typeof cell === "number" && Number.isFinite(cell)) {
        values[i] = cell;
        continue;
      }
      values[i] = NaN;
      const problem = notANumber(cell);
      if (problem) problems.set(i, problem);
    }
  }
  return { values, problems };
}

/** Per-cell results of a list: "" for a blank, #VALUE! for a cell that is not a number. */
export function perCell<T>(list: NumberList, result: (i: number) => Result<T>): Result<T>[] {
  // Plain loops here and below: whole columns reach a million cells.
  const { values, problems } = list;
  const out = new Array<Result<T>>(values.length);
  for (let i = 0; i < values.length; i++) {
    const problem = problems.size > 0 ? problems.get(i) : undefined;
    out[i] = problem ? valueError(`Not a number: ${problem}.`) : Number.isNaN(values[i]) ? "" : result(i);
  }
  return out;
}

/** For a single-number result: the first cell that is not a number makes the whole result #VALUE!. */
export function requireNumbers(list: NumberList, what: string): void {
  for (const [i, problem] of list.problems) throw valueError(`Cell ${i + 1} of ${what}: ${problem}.`);
}

/** A clients × months range: one row per client. */
export interface MonthRows {
  rows: number;
  months: number;
  /** Row-major; a blank month is 0 (no shipments). */
  data: Float64Array;
  /** Why a row cannot be used (a month holds text or an error), or null. */
  problems: (string | null)[];
  /** True for a row whose months are all blank: it is no client, its result is blank. */
  blank: boolean[];
}

export function readMonthRows(range: Range): MonthRows {
  const months = range.reduce((widest, row) => Math.max(widest, row.length), 0); // no spread: ranges can be long
  const data = new Float64Array(range.length * months);
  const problems: (string | null)[] = [];
  const blank: boolean[] = [];
  range.forEach((row, r) => {
    let problem: string | null = null;
    let empty = true;
    row.forEach((cell, k) => {
      const reason = notANumber(cell);
      if (reason && !problem) problem = `month ${k + 1} of the row: ${reason}`;
      if (typeof cell === "number" && !reason) data[r * months + k] = cell;
      if (!isBlank(cell)) empty = false;
    });
    problems.push(problem);
    blank.push(empty);
  });
  return { rows: range.length, months, data, problems, blank };
}

/** Per-row results: "" for an all-blank row, #VALUE! for a row with a month that is not a number. */
export function perRow<T>(m: MonthRows, result: (start: number) => Result<T>): Result<T>[] {
  return m.blank.map((empty, r) => {
    const problem = m.problems[r];
    if (problem) return valueError(`Not a number: ${problem}.`);
    return empty ? "" : result(r * m.months);
  });
}

/**
 * One-cell rows for a column of results. A text or boolean result (a class, TRUE/FALSE, a blank)
 * gets one frozen row shared by every cell that holds it: a column of a million classes is then a
 * million references to a handful of rows instead of a million new arrays, a third of ABC's time
 * (docs/performance.md). Excel's runtime only reads the rows it is given: custom-functions-runtime.js
 * (@microsoft/office-js) keeps the result as it is and serialises it with JSON.stringify.
 */
class OneCellRows<T> {
  private readonly shared = new Map<T, T[]>();

  of(value: T): T[] {
    if (typeof value !== "string" && typeof value !== "boolean") return [value];
    let row = this.shared.get(value);
    if (row === undefined) this.shared.set(value, (row = Object.freeze([value]) as T[]));
    return row;
  }
}

/** Results laid out like the range they came from: a column stays a column, a row stays a row. */
export function shapeLike<T>(range: Range, flat: readonly T[]): T[][] {
  const out = new Array<T[]>(range.length);
  const oneCell = new OneCellRows<T>();
  let i = 0;
  for (let r = 0; r < range.length; r++) {
    const width = range[r].length;
    if (width === 1) {
      out[r] = oneCell.of(flat[i++]);
      continue;
    }
    const row = new Array<T>(width);
    for (let k = 0; k < width; k++) row[k] = flat[i++];
    out[r] = row;
  }
  return out;
}

export function asColumn<T>(flat: readonly T[]): T[][] {
  const out = new Array<T[]>(flat.length);
  const oneCell = new OneCellRows<T>();
  for (let i = 0; i < flat.length; i++) out[i] = oneCell.of(flat[i]);
  return out;
}

/** Cells as the core reads them, row by row; error cells become their text ("#N/A"), as ingest expects. */
export function readCells(range: Range): CellValue[] {
  const out = new Array<CellValue>(cellCount(range));
  let i = 0;
  for (const row of range) {
    for (const cell of row) out[i++] = isRuntimeError(cell) ? cell.code : (cell as CellValue);
  }
  return out;
}

/** For a list of names: an error cell makes the whole result #VALUE!. */
export function requireNoErrors(cells: readonly CellValue[], what: string): void {
  cells.forEach((cell, i) => {
    if (isErrorValue(cell)) throw valueError(`Cell ${i + 1} of ${what}: the cell holds an error (${errorText(cell)}).`);
  });
}
