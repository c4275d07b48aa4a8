// SPEC §4–§5 row statistics over monthly amounts: XYZ, coefficient of variation, regularity, trend.
// A row is `n` consecutive numbers of `data` starting at `start`, so matrix rows need no copies.

import type { XyzClass, XyzMethod } from "./types";
import { ExactSum, RELATIVE_TOLERANCE, atMost } from "./sums";

/** Mean of a row; a sum that is zero on paper (0.1 + 0.2 − 0.3) is exactly 0, not 1e-17. */
export function rowMean(data: ArrayLike<number>, start: number, n: number): number {
  const sum = new ExactSum();
  let scale = 0;
  for (let i = 0; i < n; i++) {
    sum.add(data[start + i]);
    scale += Math.abs(data[start + i]);
  }
  return Math.abs(sum.value) <= RELATIVE_TOLERANCE * scale ? 0 : sum.value / n;
}

/** A relative figure within rounding noise of 0 is 0 (a row of equal decimals has cv 0, not 1e-16). */
function zeroOnPaper(x: number): number {
  return Math.abs(x) <= RELATIVE_TOLERANCE ? 0 : x;
}

/** Population standard deviation / mean (Excel's STDEV.P / AVERAGE); NaN when the mean is 0. */
export function rowCv(data: ArrayLike<number>, start: number, n: number): number {
  const mean = rowMean(data, start, n);
  if (mean === 0) return NaN;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (data[start + i] - mean) ** 2;
  return zeroOnPaper(Math.sqrt(squares / n) / mean);
}

/** The CV the sheet shows beside XYZ (SPEC §14): null when the mean is ≤ 0, where it means nothing. */
export function shownCv(data: ArrayLike<number>, start: number, n: number): number | null {
  return rowMean(data, start, n) > 0 ? rowCv(data, start, n) : null;
}

/** Share of months with shipments (amount > 0). */
export function rowRegularity(data: ArrayLike<number>, start: number, n: number): number {
  let shipped = 0;
  for (let i = 0; i < n; i++) if (data[start + i] > 0) shipped++;
  return shipped / n;
}

/**
 * Least-squares slope against months 1..n divided by the mean: the relative change per month.
 * NaN when the mean is ≤ 0 or there is a single month (no slope).
 */
export function rowTrend(data: ArrayLike<number>, start: number, n: number): number {
  const mean = rowMean(data, start, n);
  if (!(mean > 0) || n < 2) return NaN;
  const centre = (n + 1) / 2;
  let covariance = 0;
  let spread = 0;
  for (let i = 0; i < n; i++) {
    const dx = i + 1 - centre;
    covariance += dx * (data[start + i] - mean);
    spread += dx * dx;
  }
  return zeroOnPaper(covariance / spread / mean);
}

export interface XyzThresholds {
  x: number;
  y: number;
  method: XyzMethod;
}

/** XYZ class of one row (SPEC §5); a mean ≤ 0 (no net shipments) is Z for the cv method. */
export function rowXyz(data: ArrayLike<number>, start: number, n: number, t: XyzThresholds): XyzClass {
  if (t.method === "frequency") {
    const f = rowRegularity(data, start, n);
    return f === 1 ? "X" : f >= 0.5 ? "Y" : "Z";
  }
  if (!(rowMean(data, start, n) > 0)) return "Z";
  const cv = rowCv(data, start, n);
  return atMost(cv, t.x, 1) ? "X" : atMost(cv, t.y, 1) ? "Y" : "Z";
}
