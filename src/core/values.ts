// Cell values exactly as exports deliver them (SPEC §2): amounts, dates, error values, client
// names and totals labels. Pure and allocation-light: ingest calls the scanners once per cell of
// a million-row table, so they work on char codes and write into caller-owned result objects.
// The rules chosen where SPEC is silent are written down in docs/input.md.

import type { CellValue, DateOrder } from "./types";
import { daysFromCivil, isoDate, parseIsoDate } from "./months";
import { storableText } from "./storableText";

// ---------------------------------------------------------------------------------------------
// Cells that are objects (exceljs, Office "values as JSON")
// ---------------------------------------------------------------------------------------------

/**
 * A cell as readers may really deliver it: exceljs gives `{ error }`, `{ formula, result }`,
 * `{ richText }`, `{ text, hyperlink }`; Office may give `{ type: "Error", basicValue }`.
 * Turns those into plain values (an error object becomes its error text, e.g. "#N/A").
 */
export function toCellValue(v: unknown): CellValue {
  if (v === null || typeof v !== "object" || v instanceof Date) return v as CellValue;
  const o = v as Record<string, unknown>;
  if (isErrorObject(o)) return errorTextOf(o);
  if ("result" in o) return toCellValue(o.result);
  if (Array.isArray(o.richText)) return o.richText.map((part) => String((part as { text?: unknown })?.text ?? "")).join("");
  if ("basicValue" in o) return toCellValue(o.basicValue);
  if (typeof o.text === "string") return o.text;
  return undefined;
}

function isErrorObject(o: Record<string, unknown>): boolean {
  if (typeof o.type === "string" && o.type.toLowerCase() === "error") return true;
  if (typeof o.error === "string") return true;
  return "result" in o && typeof o.result === "object" && o.result !== null && isErrorObject(o.result as Record<string, unknown>);
}

function errorTextOf(o: Record<string, unknown>): string {
  for (const candidate of [o.error, o.basicValue]) if (typeof candidate === "string" && isErrorText(candidate)) return candidate.trim();
  if ("result" in o && typeof o.result === "object" && o.result !== null) return errorTextOf(o.result as Record<string, unknown>);
  return "#VALUE!";
}

// ---------------------------------------------------------------------------------------------
// Error values
// ---------------------------------------------------------------------------------------------

/** Excel error texts in English, Russian and German, plus LibreOffice's; compared upper-cased. */
const ERROR_TEXTS = new Set(
  [
    "#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
    "#GETTING_DATA", "#BUSY!", "#BLOCKED!", "#CONNECT!", "#FIELD!", "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!",
    "#Н/Д", "#ЗНАЧ!", "#ДЕЛ/0!", "#ССЫЛКА!", "#ССЫЛ!", "#ИМЯ?", "#ЧИСЛО!", "#ПУСТО!", "#ПЕРЕНОС!",
    "#ВЫЧИСЛ!", "#ПОЛУЧЕНИЕ_ДАННЫХ", "#NV", "#WERT!", "#BEZUG!", "#ZAHL!", "#N/D",
  ].map((t) => t.toUpperCase()),
);

function isErrorText(s: string): boolean {
  const t = s.trim();
  if (t.length > 20) return false;
  const upper = t.toUpperCase();
  return ERROR_TEXTS.has(upper) || /^ERR:\d{3}$/.test(upper);
}

/** True for Excel error values: their texts (`#N/A`, `#ЗНАЧ!`…, any case) and error-shaped objects. */
export function isErrorValue(v: unknown): boolean {
  if (typeof v === "string") return v.length > 0 && isErrorText(v);
  if (v === null || typeof v !== "object" || v instanceof Date) return false;
  return isErrorObject(v as Record<string, unknown>);
}

// ---------------------------------------------------------------------------------------------
// Blank cells and white space
// ---------------------------------------------------------------------------------------------

/** null, undefined, "" and text of white space only (no-break and zero-width spaces included). */
export function isBlank(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  if (v.length === 0) return true;
  const first = v.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  if (!isSpaceCode(first) && !isInvisibleCode(first)) return false;
  return v.replace(INVISIBLE, "").trim() === "";
}

// Zero-width characters that exports leave in names; they never separate words.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** The zero-width characters that only ever separate or glue nothing: removed from names. */
const ZERO_WIDTH_SPACES = /[\u200B\u2060\uFEFF]/g;
/** Joiners (U+200C, U+200D) at either end of a name, where they join nothing. */
const EDGE_JOINERS = /^[\u200C\u200D]+|[\u200C\u200D]+$/g;

function isInvisibleCode(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** The characters of JavaScript's `\s`: tabs, line breaks, every Unicode space, the BOM. */
function isSpaceCode(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0) return true;
  return c >= 0x1680 && (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

// ---------------------------------------------------------------------------------------------
// Amounts
// ---------------------------------------------------------------------------------------------

/** Evidence an amount gives about the number style of its column (bit flags of AmountScan.evidence). */
export const DOT_DECIMAL = 1;
export const COMMA_DECIMAL = 2;
export const DOT_GROUPING = 4;
export const COMMA_GROUPING = 8;

/** What scanAmount found; owned by the caller and overwritten on every call (no allocation). */
export interface AmountScan {
  /** The reading with the default rule (an ambiguous separator groups thousands). */
  value: number;
  /** For an ambiguous value (`1.234`, `1,234`): the reading with that separator as a decimal point; else NaN. */
  alt: number;
  /** The ambiguous separator: "." or ","; "" when the value is not ambiguous. */
  ambiguousSeparator: "" | "." | ",";
  /** DOT_DECIMAL | COMMA_DECIMAL | DOT_GROUPING | COMMA_GROUPING as seen in an unambiguous value. */
  evidence: number;
}

export function newAmountScan(): AmountScan {
  return { value: NaN, alt: NaN, ambiguousSeparator: "", evidence: 0 };
}

// Currency signs and codes accepted before or after the number, longest first so that "руб."
// wins over "р". Matched case-insensitively; the rest of the text must then be a number.
const CURRENCY_TOKENS = [
  "рублей", "руб.", "руб", "грн.", "грн", "лв.", "лв", "р.", "р", "тг", "us$", "rp.", "rp",
  "rub", "rur", "usd", "eur", "gbp", "jpy", "cny", "rmb", "idr", "bgn", "uah", "kzt", "byn", "chf", "inr",
  "$", "€", "₽", "£", "¥", "₴", "₸", "₹", "₺", "₩", "₪", "₫", "₱", "฿",
].sort((a, b) => b.length - a.length);

function currencyAt(s: string, i: number, j: number, atEnd: boolean): number {
  for (const token of CURRENCY_TOKENS) {
    const n = token.length;
    if (j - i < n) continue;
    const piece = atEnd ? s.slice(j - n, j) : s.slice(i, i + n);
    if (piece.toLowerCase() === token) return n;
  }
  return 0;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isGroupSpace = (c: number) => c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const DOT = 46;
const COMMA = 44;
const EXPONENT = /^\d+(?:\.\d+)?[eE][+-]?\d+$/;

/**
 * Reads an amount. Numbers pass through (NaN/±Infinity are unreadable). Text may carry thousands
 * separators (space, no-break/narrow space, apostrophe, or the one of `.`/`,` that is not the decimal
 * point), a sign (`-`, `+`, `−`, SAP's trailing `-`), accounting brackets `(1 234,56)` and a currency
 * sign or code at either end. Returns false when the cell is not an amount.
 */
export function scanAmount(v: unknown, out: AmountScan): boolean {
  out.alt = NaN;
  out.ambiguousSeparator = "";
  out.evidence = 0;
  if (typeof v === "number") {
    out.value = v === 0 ? 0 : v;
    return Number.isFinite(v);
  }
  if (typeof v === "string") return scanAmountText(v, out);
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    const plain = toCellValue(v);
    return (typeof plain === "number" || typeof plain === "string") && scanAmount(plain, out);
  }
  return false;
}

function scanAmountText(s: string, out: AmountScan): boolean {
  let i = 0;
  let j = s.length;
  let negative = false;
  let signSeen = false;
  let openParen = false;
  let closeParen = false;
  let currencySeen = false;
  let taken = 0;
  for (;;) {
    while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
    while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
    if (i >= j) return false;
    const first = s.charCodeAt(i);
    const last = s.charCodeAt(j - 1);
    if (isDigit(first) && isDigit(last)) break;
    if (first === 40 /* ( */ && !openParen) {
      openParen = true;
      i++;
    } else if (last === 41 /* ) */ && !closeParen) {
      closeParen = true;
      j--;
    } else if ((first === 45 || first === 43 || first === 0x2212) && !signSeen) {
      signSeen = true;
      negative = first !== 43;
      i++;
    } else if (last === 45 && !signSeen) {
      signSeen = true;
      negative = true;
      j--;
    } else if (!currencySeen && !isDigit(first) && (taken = currencyAt(s, i, j, false)) > 0) {
      currencySeen = true;
      i += taken;
    } else if (!currencySeen && !isDigit(last) && (taken = currencyAt(s, i, j, true)) > 0) {
      currencySeen = true;
      j -= taken;
    } else if (isDigit(last) && (first === DOT || first === COMMA)) {
      break;
    } else {
      return false;
    }
  }
  if (openParen !== closeParen || (openParen && signSeen)) return false;
  if (!scanNumber(s, i, j, out)) return false;
  if (openParen || negative) {
    out.value = -out.value;
    out.alt = -out.alt;
  }
  if (out.value === 0) out.value = 0;
  return true;
}

/** Powers of ten that are exact doubles: m / 10^k is then the correctly rounded decimal m·10^-k. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
const MAX_EXACT_DIGITS = 15;

/** Digits with separators between s[i] and s[j - 1] (no sign, no currency). */
function scanNumber(s: string, i: number, j: number, out: AmountScan): boolean {
  let mantissa = 0; // all digits as one integer, exact while there are at most 15 of them
  let digits = 0;
  let groups = 0; // closed digit groups
  let len = 0; // digits in the open group
  let firstLen = -1;
  let middleNot3 = false; // a group between two separators is not 3 digits long
  let lastSep = -1;
  let lastSepPos = -1;
  let groupSep = -1; // the separator of every non-last separator position
  let mixed = false;
  for (let p = i; p < j; p++) {
    const c = s.charCodeAt(p);
    if (isDigit(c)) {
      mantissa = mantissa * 10 + (c - 48);
      len++;
      continue;
    }
    const isSep = c === DOT || c === COMMA || isGroupSpace(c) || isApostrophe(c);
    if (!isSep) {
      if ((c === 101 || c === 69) && EXPONENT.test(s.slice(i, j))) {
        out.value = Number(s.slice(i, j));
        out.evidence = s.includes(".") ? DOT_DECIMAL : 0;
        return Number.isFinite(out.value);
      }
      return false;
    }
    if (len === 0 && !(p === i && (c === DOT || c === COMMA))) return false;
    if (groups === 0) firstLen = len;
    else if (len !== 3) middleNot3 = true;
    if (lastSep !== -1) {
      if (groupSep === -1) groupSep = lastSep;
      else if (groupSep !== lastSep) mixed = true;
    }
    digits += len;
    lastSep = c;
    lastSepPos = p;
    groups++;
    len = 0;
  }
  if (len === 0) return false;
  const lastLen = len;
  digits += len;
  const exact = digits <= MAX_EXACT_DIGITS;
  if (groups === 0) {
    out.value = exact ? mantissa : Number(s.slice(i, j));
    return true;
  }
  if (mixed) return false;
  const lastIsPoint = lastSep === DOT || lastSep === COMMA;

  if (groups === 1 && lastIsPoint) {
    if (lastLen === 3 && firstLen >= 1 && firstLen <= 3 && s.charCodeAt(i) !== 48) {
      // "1,234" / "1.234": thousands by default; the column may prove otherwise (see ingest).
      out.value = mantissa;
      out.alt = mantissa / 1000;
      out.ambiguousSeparator = lastSep === DOT ? "." : ",";
      return true;
    }
    out.value = exact ? mantissa / POW10[lastLen] : decimalText(s, i, j, lastSepPos);
    out.evidence = lastSep === DOT ? DOT_DECIMAL : COMMA_DECIMAL;
    return true;
  }
  if (firstLen < 1 || firstLen > 3 || middleNot3) return false;
  const sep = groupSep === -1 ? lastSep : groupSep;
  const point = lastSep !== sep ? lastSep : -1;
  if (point === -1 ? lastLen !== 3 : !lastIsPoint) return false;
  if (point === -1) out.value = exact ? mantissa : Number(digitsOf(s, i, j));
  else out.value = exact ? mantissa / POW10[lastLen] : decimalText(s, i, j, lastSepPos);
  out.evidence =
    (sep === DOT ? DOT_GROUPING : sep === COMMA ? COMMA_GROUPING : 0) |
    (point === DOT ? DOT_DECIMAL : point === COMMA ? COMMA_DECIMAL : 0);
  return true;
}

/** Long numbers (more than 15 digits) go through Number() for correct rounding. */
function decimalText(s: string, i: number, j: number, pointPos: number): number {
  return Number(`${digitsOf(s, i, pointPos)}.${s.slice(pointPos + 1, j)}`);
}

function digitsOf(s: string, i: number, j: number): string {
  let digits = "";
  let start = i;
  for (let p = i; p < j; p++) {
    if (!isDigit(s.charCodeAt(p))) {
      digits += s.slice(start, p);
      start = p + 1;
    }
  }
  return digits + s.slice(start, j);
}

/** An amount, or null when the cell holds none (blank, boolean, text that is no number, NaN). */
export function parseAmount(v: CellValue): number | null {
  const scan = newAmountScan();
  return scanAmount(v, scan) ? scan.value : null;
}

// ---------------------------------------------------------------------------------------------
// Dates: whole days since 1970-01-01
// ---------------------------------------------------------------------------------------------

/** "2017-12-30" for a day number. */
export const dayToIso = isoDate;
/** Day number of a strict "YYYY-MM-DD", or null. */
export const isoToDay = parseIsoDate;

const MIN_YEAR = 1900;
const MAX_YEAR = 9999;
const MIN_DAY = daysFromCivil(MIN_YEAR, 1, 1);
const MAX_DAY = daysFromCivil(MAX_YEAR, 12, 31);
const MAX_SERIAL = 2958465; // 9999-12-31
const SERIAL_OF_1970 = 25569;
const FAKE_LEAP_DAY = 60; // Excel's 1900-02-29, a day that never was
const MS_PER_DAY = 86400000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day number of an Excel 1900-system serial (time of day ignored), or null outside 1..2958465 and for serial 60. */
export function excelSerialToDay(serial: number): number | null {
  if (!(serial >= 1 && serial < MAX_SERIAL + 1)) return null;
  const whole = Math.floor(serial);
  if (whole === FAKE_LEAP_DAY) return null;
  return whole - SERIAL_OF_1970 + (whole < FAKE_LEAP_DAY ? 1 : 0);
}

/** Excel serial of a day number (1900-01-01 … 9999-12-31), or null outside that range. */
export function dayToExcelSerial(day: number): number | null {
  if (!Number.isInteger(day) || day < MIN_DAY || day > MAX_DAY) return null;
  const serial = day + SERIAL_OF_1970;
  return serial <= FAKE_LEAP_DAY ? serial - 1 : serial;
}

/** Day number of a calendar date, NaN when it does not exist (31.02) or lies outside 1900–9999. */
function civilDay(year: number, month: number, day: number): number {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return NaN;
  const leap = month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  if (day > DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0)) return NaN;
  return daysFromCivil(year, month, day);
}

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
const fullYear = (yy: number, digits: number) => (digits === 4 ? yy : yy < 30 ? 2000 + yy : 1900 + yy);

/**
 * What scanDate found; owned by the caller, overwritten on every call. A date whose reading does not
 * depend on the order of day and month has dmy === mdy. NaN = no valid date in that order.
 */
export interface DateScan {
  dmy: number;
  mdy: number;
}

export function newDateScan(): DateScan {
  return { dmy: NaN, mdy: NaN };
}

/**
 * Reads a date cell as whole days since 1970-01-01 (time of day ignored):
 * Excel serial numbers (also as text), 8-digit `20171230`, JS dates, `2017-12-30[T14:05:00]`,
 * `30.12.2017 [14:05:00]`, `30.12.17`, `12/30/2017`, `30-12-2017`, `30 Dec 2017`, `Dec 30, 2017`,
 * `30 декабря 2017 г.`, and months alone (`12.2017`, `2017-12`, `Декабрь 2017` → the 1st).
 * Slash and dash dates with the year last fill both `dmy` and `mdy`; everything else fills both alike.
 */
export function scanDate(v: unknown, out: DateScan): boolean {
  let day = NaN;
  if (typeof v === "number") day = dayOfNumber(v);
  else if (typeof v === "string") return scanDateText(v, out);
  else if (v instanceof Date) day = dayOfJsDate(v);
  else if (v !== null && typeof v === "object") {
    const plain = toCellValue(v);
    return plain !== undefined && plain !== null && typeof plain !== "object" && scanDate(plain, out);
  }
  out.dmy = day;
  out.mdy = day;
  return day === day;
}

/** Days the 1904 date system counts fewer than the 1900 one: its day 0 is 1904-01-01, serial 1462 of 1900. */
export const DATE_1904_OFFSET = 1462;

/**
 * Day number of a number cell: an Excel serial (of the 1904 date system when `date1904`, a workbook
 * setting), or a yyyymmdd integer (20171230); NaN when neither.
 */
export function dayOfNumber(n: number, date1904 = false): number {
  if (Number.isInteger(n) && n >= 19000101 && n <= 99991231) {
    return civilDay(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
  }
  return excelSerialToDay(date1904 ? n + DATE_1904_OFFSET : n) ?? NaN;
}

/**
 * JS dates: exactly midnight UTC → that UTC date (exceljs and most libraries); exactly local
 * midnight → the local date (a date built with `new Date(y, m, d)`); any other time → the UTC date,
 * because spreadsheet libraries store a cell's wall-clock time as UTC.
 */
function dayOfJsDate(d: Date): number {
  const t = d.getTime();
  if (!Number.isFinite(t)) return NaN;
  let day: number;
  if (t % MS_PER_DAY === 0) day = t / MS_PER_DAY;
  else if (d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0) {
    day = daysFromCivil(d.getFullYear(), d.getMonth() + 1, d.getDate());
  } else day = Math.floor(t / MS_PER_DAY);
  return day >= MIN_DAY && day <= MAX_DAY ? day : NaN;
}

// A time of day after a date: "14:05", "14:05:00.000", "2:05 PM", "T14:05:00Z", ", 14:05 +03:00".
const TIME_TAIL = /(?:\s+|\s*T\s*|\s*,\s*)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?\s*$/y;

function scanDateText(s: string, out: DateScan): boolean {
  out.dmy = NaN;
  out.mdy = NaN;
  let i = 0;
  let j = s.length;
  while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
  while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
  if (i >= j) return false;

  let p = i;
  let a = 0;
  while (p < j && isDigit(s.charCodeAt(p))) a = a * 10 + s.charCodeAt(p++) - 48;
  const aLen = p - i;
  if (aLen === 0 || aLen > 8) return aLen === 0 && scanNamedDate(s.slice(i, j), out);
  if (p === j) return setBoth(out, aLen === 8 ? dayOfNumber(a) : textSerialDay(a, aLen));

  const sep = s.charCodeAt(p);
  if (sep !== DOT && sep !== 47 /* / */ && sep !== 45 /* - */) return scanNamedDate(s.slice(i, j), out);
  const bStart = ++p;
  let b = 0;
  while (p < j && isDigit(s.charCodeAt(p))) b = b * 10 + s.charCodeAt(p++) - 48;
  const bLen = p - bStart;
  if (bLen === 0) return scanNamedDate(s.slice(i, j), out);
  if (p === j) {
    if (aLen <= 2 && bLen === 4) return setBoth(out, civilDay(b, a, 1)); // 12.2017, 12/2017
    if (aLen === 4 && bLen <= 2) return setBoth(out, civilDay(a, b, 1)); // 2017-12
    // 43099.5: a serial with a time of day
    return sep === DOT && setBoth(out, textSerialDay(a, aLen));
  }
  if (s.charCodeAt(p) !== sep) return scanNamedDate(s.slice(i, j), out);
  const cStart = ++p;
  let c = 0;
  while (p < j && isDigit(s.charCodeAt(p))) c = c * 10 + s.charCodeAt(p++) - 48;
  const cLen = p - cStart;
  if (p < j) {
    TIME_TAIL.lastIndex = p;
    if (!TIME_TAIL.test(s)) return scanNamedDate(s.slice(i, j), out);
  }
  if (aLen === 4 && bLen <= 2 && cLen >= 1 && cLen <= 2) return setBoth(out, civilDay(a, b, c));
  if (aLen > 2 || bLen > 2 || (cLen !== 4 && cLen !== 2)) return false;
  const year = fullYear(c, cLen);
  if (sep === DOT) return setBoth(out, civilDay(year, b, a)); // dots are always day-first
  out.dmy = civilDay(year, b, a);
  out.mdy = civilDay(year, a, b);
  return out.dmy === out.dmy || out.mdy === out.mdy;
}

/** Serials written as text need 3 to 7 digits, so that "30.12" is not taken for 30 Jan 1900. */
function textSerialDay(serial: number, digits: number): number {
  return digits >= 3 && digits <= 7 ? excelSerialToDay(serial) ?? NaN : NaN;
}

function setBoth(out: DateScan, day: number): boolean {
  out.dmy = day;
  out.mdy = day;
  return day === day;
}

/** Month words in English, Russian, Bulgarian and Indonesian: full names, genitives and abbreviations. */
const MONTH_WORDS: ReadonlyMap<string, number> = (() => {
  const perMonth = [
    "january jan январь января янв януари яну januari",
    "february feb февраль февраля фев февр февруари februari",
    "march mar март марта мар maret",
    "april apr апрель апреля апр април",
    "may май мая mei",
    "june jun июнь июня июн юни juni",
    "july jul июль июля июл юли juli",
    "august aug август августа авг agustus agu agt",
    "september sep sept сентябрь сентября сен сент септември",
    "october oct октябрь октября окт октомври oktober okt",
    "november nov ноябрь ноября ноя нояб ноември ное",
    "december dec декабрь декабря дек декември desember des",
  ];
  const map = new Map<string, number>();
  perMonth.forEach((words, index) => words.split(" ").forEach((w) => map.set(w, index + 1)));
  return map;
})();

const TIME_OPT = String.raw`(?:(?:\s+|\s*t\s*|\s*,\s*)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[ap]\.?m\.?)?)?`;
const YEAR_WORD = String.raw`(?:\s*(?:г\.?|года))?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})(?:\s*[-./\s]\s*)(\p{L}+)\.?(?:\s*[-./,\s]\s*)(\d{4}|\d{2})${YEAR_WORD}${TIME_OPT}$`, "u");
const MONTH_DAY_YEAR = new RegExp(String.raw`^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME_OPT}$`, "u");
const MONTH_YEAR = new RegExp(String.raw`^(\p{L}+)\.?(?:\s+|\s*[-/]\s*)(\d{4})${YEAR_WORD}$`, "u");
const DATE_WITH_YEAR_WORD = new RegExp(String.raw`^(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\.\d{4})${YEAR_WORD}$`, "u");

/** Dates with month names, and 1C's "30.12.2017 г."; the slow path for text the scanner above declines. */
function scanNamedDate(text: string, out: DateScan): boolean {
  const t = text.toLowerCase().replace(/ё/g, "е");
  let m = DATE_WITH_YEAR_WORD.exec(t);
  if (m && m[1] !== t) return scanDateText(m[1], out);
  m = DAY_MONTH_YEAR.exec(t);
  if (m) return setBoth(out, namedDay(m[3], m[2], m[1]));
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return setBoth(out, namedDay(m[3], m[1], m[2]));
  m = MONTH_YEAR.exec(t);
  if (m) return setBoth(out, namedDay(m[2], m[1], "1"));
  return false;
}

function namedDay(year: string, monthWord: string, day: string): number {
  const month = MONTH_WORDS.get(monthWord);
  return month === undefined ? NaN : civilDay(fullYear(Number(year), year.length), month, Number(day));
}

/**
 * A date as a day number, or null. `order` settles slash dates such as 03/04/2017: "dmy" or "mdy";
 * "auto" reads them day-first unless only the month-first reading exists (12/30/2017).
 */
export function parseDate(v: CellValue, order: DateOrder = "auto"): number | null {
  const scan = newDateScan();
  if (!scanDate(v, scan)) return null;
  const day = order === "mdy" ? scan.mdy : order === "dmy" ? scan.dmy : scan.dmy === scan.dmy ? scan.dmy : scan.mdy;
  return day === day ? day : null;
}

// ---------------------------------------------------------------------------------------------
// Client names and totals labels
// ---------------------------------------------------------------------------------------------

/** Needs more than a trim: inner runs of white space, tabs, no-break or zero-width spaces. */
function needsCleaning(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  if (isSpaceCode(s.charCodeAt(0)) || isSpaceCode(s.charCodeAt(n - 1))) return true;
  let previousSpace = false;
  for (let p = 0; p < n; p++) {
    const c = s.charCodeAt(p);
    if (c === 0x20) {
      if (previousSpace) return true;
      previousSpace = true;
    } else {
      if (c < 0x20 || c === 0x85 || c === 0xa0 || (c >= 0x1680 && (c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff || c >= 0xfffe || (c >= 0xd800 && c <= 0xdfff)))) return true;
      previousSpace = false;
    }
  }
  return false;
}

/**
 * A client (or product) name as text: trimmed, inner white space (tabs, no-break spaces, line
 * breaks) collapsed to one space, zero-width spaces removed (joiners stay: they shape emoji and
 * scripts), characters no workbook can store replaced by U+FFFD; numbers become their text
 * (client code 1001 → "1001"), JS dates their ISO date, booleans TRUE/FALSE; blank → "".
 */
export function normalizeClientName(v: unknown): string {
  if (typeof v === "string") return needsCleaning(v) ? storableText(v.replace(ZERO_WIDTH_SPACES, "").replace(/\s+/g, " ").trim().replace(EDGE_JOINERS, "")) : v;
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) {
    const day = dayOfJsDate(v);
    return day === day ? dayToIso(day) : "";
  }
  if (v !== null && typeof v === "object") {
    const plain = toCellValue(v);
    return plain === undefined || plain === null ? "" : normalizeClientName(plain);
  }
  return "";
}

/**
 * The identity of a client: its normalised name in lower case (locale-independent, so a file gives
 * the same clients on every computer), Unicode NFC, with `ё` folded to `е` (1C users type both).
 */
export function clientKey(name: unknown): string {
  return keyOfNormalized(normalizeClientName(name));
}

/** clientKey of a name already normalised by normalizeClientName (ingest has just done that). */
export function keyOfNormalized(text: string): string {
  let key = text.toLowerCase();
  // Joiners change how a name looks, never whom it names.
  if (!isPlainAscii(key)) key = key.normalize("NFC").replace(/ё/g, "е").replace(/[\u200C\u200D]/g, "");
  return key;
}

function isPlainAscii(s: string): boolean {
  for (let p = 0; p < s.length; p++) if (s.charCodeAt(p) > 0x7e) return false;
  return true;
}

/** Whole labels of totals rows (after lower-casing and turning punctuation into spaces). */
const TOTALS_LABELS = new Set([
  "итого", "итог", "всего", "общий итог", "промежуточный итог", "итого по отчету", "всего по отчету",
  "total", "totals", "grand total", "sub total", "subtotal", "overall total", "sum total", "report total",
  "общо", "всичко", "обща сума", "общо сума",
  "jumlah", "jumlah total", "total keseluruhan", "grand total keseluruhan", "total semua",
  "gesamt", "gesamtsumme", "summe", "total général",
]);

/** Leading words that make any label a totals label ("Итого по клиенту", "Total for North"). */
const TOTALS_PREFIX = /^(?:итого|всего|общо|итог) (?:по|за|на) |^итого |^(?:grand |sub ?)?total (?:for|of) |^jumlah (?:total )?(?:untuk|per) /;

// Cheap first-letter test, on char codes: most first cells of a row (ids, dates, names) are
// rejected without any work.
const TOTALS_FIRST_LETTERS = new Set(Array.from("иовпtgsorjИОВПTGSORJ", (ch) => ch.charCodeAt(0)));

/**
 * First words of the labels and prefixes above. A name whose first word is none of them ("Granite
 * Hardware", "Summit Foods") is rejected before the whole label is normalised: every new client
 * name is tested, and a quarter of English company names pass the first-letter test.
 */
const TOTALS_FIRST_WORDS = new Set([...[...TOTALS_LABELS].map((label) => label.split(" ")[0]), "итого", "всего", "общо", "итог", "grand", "sub", "subtotal", "total", "jumlah"]);
const FIRST_WORD = /[\p{L}\p{N}]+/u;

/**
 * True for the label of a totals row — `Итого`, `ИТОГО:`, `Всего`, `Total`, `Grand total`, `Общо`,
 * `Jumlah total`, `Total keseluruhan`, `Итого по …` — as a whole label: "Total Energies" is a client.
 */
export function isTotalsLabel(text: unknown): boolean {
  if (typeof text !== "string" || text.length > 60) return false;
  let first = 0;
  while (first < text.length && isSpaceCode(text.charCodeAt(first))) first++;
  if (!TOTALS_FIRST_LETTERS.has(text.charCodeAt(first))) return false;
  const word = FIRST_WORD.exec(text);
  if (word === null || !TOTALS_FIRST_WORDS.has(word[0].toLowerCase().replace(/ё/g, "е"))) return false;
  const label = text.toLowerCase().replace(/ё/g, "е").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return TOTALS_LABELS.has(label) || TOTALS_PREFIX.test(label);
}
