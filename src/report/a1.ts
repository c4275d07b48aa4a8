// A1 addressing and Excel date serials: the two bits of Excel arithmetic both writers share.

import { DATE_1904_OFFSET } from "../core/values";

/** 1 → `A`, 27 → `AA`. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = (n - 1 - r) / 26;
  }
  return letters;
}

/** (12, 3) → `C12`; rows and columns are 1-based as in Excel. */
export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** (12, 3, 14, 5) → `C12:E14`; a single cell gives `C12`. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const from = cellA1(top, left);
  return top === bottom && left === right ? from : `${from}:${cellA1(bottom, right)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days from Excel's day 0 (1899-12-30, 1900 date system) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * `"2017-12-30"` → 43099 (the Excel date serial), or 41637 in a workbook of the 1904 date system
 * (`date1904`); null when the text is not a valid ISO day or the day is before 1904 in that system.
 */
export function excelDateSerial(isoDay: string, date1904 = false): number | null {
  const m = ISO_DAY.exec(isoDay);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(ms);
  if (back.getUTCMonth() !== Number(m[2]) - 1 || back.getUTCDate() !== Number(m[3])) return null;
  const serial = ms / 86_400_000 + EXCEL_EPOCH_OFFSET;
  if (!date1904) return serial;
  return serial >= DATE_1904_OFFSET ? serial - DATE_1904_OFFSET : null;
}
