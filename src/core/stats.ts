// SPEC §4–§5 row statistics over monthly amounts: XYZ, coefficient of variation, regularity, trend.
// A row is `n` consecutive numbers of `data` starting at `start`, so matrix rows need no copies.

import type { XyzClass, XyzMethod } from "./types";
import { atMost } from "./sums";

export function rowMean(data: ArrayLike<number>, start: number, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += data[start + i];
  return sum / n;
}

/** Population standard deviation / mean (Excel's STDEV.P / AVERAGE); NaN when the mean is 0. */
export function rowCv(data: ArrayLike<number>, start: number, n: number): number {
  const mean = rowMean(data, start, n);
  if (mean === 0) return NaN;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (data[start + i] - mean) ** 2;
  return Math.sqrt(squares / n) / mean;
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
  return covariance / spread / mean;
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
