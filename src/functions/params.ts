// Optional parameters of the worksheet functions. Excel passes an omitted argument as null (so
// TypeScript defaults never apply), tests may pass undefined, and a blank cell may arrive as "".
// An impossible value is #NUM! for the whole result, with the same sentence as the report's options.

import type { XyzMethod } from "../core/types";
import { KeyClientError } from "../core/errors";
import { DEFAULT_OPTIONS, checkAbc, checkMonths, checkShare, checkXyz } from "../core/options";
import { monthKey, monthOfDay } from "../core/months";
import { newDateScan, scanDate } from "../core/values";
import { numError } from "./errors";

function given<T>(value: T | null | undefined | ""): value is T {
  return value !== null && value !== undefined && value !== "";
}

/** The argument, or its default when it was left out. */
function optional<T>(value: T | null | undefined | "", fallback: T): T {
  return given(value) ? value : fallback;
}

/** Runs one of the shared option checks; its sentence becomes a #NUM! error. */
function asNumError(check: () => void): void {
  try {
    check();
  } catch (e) {
    if (e instanceof KeyClientError) throw numError(e.message);
    throw e;
  }
}

export function abcParams(a: number | undefined, b: number | undefined): { a: number; b: number } {
  const abc = { a: optional(a, DEFAULT_OPTIONS.abc.a), b: optional(b, DEFAULT_OPTIONS.abc.b) };
  asNumError(() => checkAbc(abc));
  return abc;
}

export function xyzParams(x: number | undefined, y: number | undefined, method: string | undefined): { x: number; y: number; method: XyzMethod } {
  const xyz = {
    x: optional(x, DEFAULT_OPTIONS.xyz.x),
    y: optional(y, DEFAULT_OPTIONS.xyz.y),
    // "CV", " Frequency " are what people type.
    method: String(optional(method, DEFAULT_OPTIONS.xyz.method)).trim().toLowerCase() as XyzMethod,
  };
  asNumError(() => checkXyz(xyz));
  return xyz;
}

/** The Pareto share; its default is the A threshold of SPEC §5 (0.8). */
export function shareParam(share: number | undefined): number {
  const value = optional(share, DEFAULT_OPTIONS.abc.a);
  asNumError(() => checkShare(value));
  return value;
}

export function monthsParam(months: number | undefined): number {
  const value = optional(months, DEFAULT_OPTIONS.months);
  asNumError(() => checkMonths(value));
  return value;
}

/** A count of rows to return: a whole number ≥ 1. */
export function countParam(n: number | undefined, fallback: number, name: string): number {
  const value = optional(n, fallback);
  if (!(Number.isInteger(value) && value >= 1)) throw numError(`${name} must be a whole number ≥ 1, not ${value}.`);
  return value;
}

/**
 * The report month as "YYYY-MM", or undefined for the default: text such as "2017-12", "12.2017",
 * "Dec 2017", or any date in the month (a date cell arrives as its serial number).
 */
export function monthParam(month: unknown): string | undefined {
  if (!given(month)) return undefined;
  const scan = newDateScan();
  const readable = scanDate(month, scan);
  const months = [scan.dmy, scan.mdy].filter((day) => !Number.isNaN(day)).map(monthOfDay);
  if (!readable || months.length === 0) throw numError(`The month must look like 2017-12 or be a date, not "${String(month)}".`);
  if (months.some((m) => m !== months[0])) throw numError(`"${String(month)}" can be read two ways; write the month as 2017-12.`);
  return monthKey(months[0]);
}
