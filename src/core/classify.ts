// SPEC §5: ABC and Pareto over a list of values, shares, cumulative shares and concentration.
// Values are Float64Arrays where NaN means a blank input (blank in, blank out).

import type { AbcClass } from "./types";
import { ExactSum, clearlyBelow } from "./sums";

/** Class codes in a Uint8Array: 0 = blank. */
export const BLANK = 0;
export const CLASS_A = 1;
export const CLASS_B = 2;
export const CLASS_C = 3;
const ABC_LETTERS: readonly (AbcClass | "")[] = ["", "A", "B", "C"];

export function abcLetter(code: number): AbcClass | "" {
  return ABC_LETTERS[code] ?? "";
}

/** Σ of the positive values (the T of SPEC §5). */
export function positiveTotal(values: ArrayLike<number>): number {
  const sum = new ExactSum();
  for (let i = 0; i < values.length; i++) if (values[i] > 0) sum.add(values[i]);
  return sum.value;
}

/** The positive values, in the order given. */
function positives(values: ArrayLike<number>): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > 0) count++;
  const out = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > 0) out[k++] = values[i];
  return out;
}

/** Below this many values a range is simply sorted. */
const SELECT_DOWN_TO = 4096;
/** Slack on the quickselect's limits, far above the rounding of a plain sum of millions of values. */
const SELECT_SLACK = 1e-6;

/**
 * The smallest value that still belongs to the top group at each cut (SPEC §5 rule 2): a value is in
 * the group when the sum of the values strictly before its tie group is below `cut·T`. Because that
 * test depends only on the value, each cut reduces to a threshold value; Infinity = nobody qualifies.
 *
 * A weighted quickselect finds each threshold without sorting the list: it narrows a range of the
 * positive values around the crossing, knowing that everything before the range is in the group
 * and everything after it is out, and sorts only the last few thousand values of the range
 * (docs/performance.md). Cuts are taken largest first: what is out of a larger cut is out of a smaller.
 */
function cutValues(values: ArrayLike<number>, cuts: readonly number[]): number[] {
  const total = positiveTotal(values);
  const a = positives(values);
  const thresholds = cuts.map(() => Infinity);
  let hi = a.length;
  const largestFirst = cuts.map((_, c) => c).sort((p, q) => cuts[q] - cuts[p]);
  for (const c of largestFirst) {
    const range = narrow(a, hi, cuts[c] * total, SELECT_SLACK * Math.abs(total));
    thresholds[c] = thresholdIn(a, range, cuts[c] * total, total);
    hi = range.hi;
  }
  return thresholds;
}

/**
 * Rearranges a[0, hi) so that a[0, lo) are values surely in the group of `limit`, a[lo, range.hi)
 * the candidates, and what follows is surely out. The quickselect's plain sums are only used with
 * `slack` to spare, so their rounding decides nothing.
 */
function narrow(a: Float64Array, hi: number, limit: number, slack: number): { lo: number; hi: number } {
  let lo = 0;
  let above = 0; // plain sum of a[0, lo): all larger than anything in a[lo, hi)
  while (hi - lo > SELECT_DOWN_TO) {
    const pivot = medianOf3(a[lo], a[(lo + hi) >> 1], a[hi - 1]);
    // Three-way partition: a[lo, g) > pivot, a[g, i) = pivot, a[i, hi) < pivot.
    let g = lo;
    let i = lo;
    let h = hi;
    let greater = 0;
    let equal = 0;
    while (i < h) {
      const v = a[i];
      if (v > pivot) {
        a[i++] = a[g];
        a[g++] = v;
        greater += v;
      } else if (v < pivot) {
        a[i] = a[--h];
        a[h] = v;
      } else {
        i++;
        equal += v;
      }
    }
    if (above + greater >= limit + slack) hi = g; // the pivot's tie group is out, and all below it
    else if (above + greater + equal >= limit + slack) {
      hi = i; // all below the pivot is out; the crossing is at or above the pivot's tie group
      break;
    } else if (above + greater + equal < limit - slack) {
      above += greater + equal; // the pivot's tie group and all above it are in; look below
      lo = i;
    } else break; // the crossing is within rounding of the pivot: sort the whole range
  }
  return { lo, hi };
}

/** The threshold of `limit` once `narrow` has left the candidates in a[lo, hi). */
function thresholdIn(a: Float64Array, { lo, hi }: { lo: number; hi: number }, limit: number, total: number): number {
  const before = new ExactSum();
  let threshold = Infinity;
  for (let k = 0; k < lo; k++) {
    before.add(a[k]);
    if (a[k] < threshold) threshold = a[k];
  }
  const sorted = a.subarray(lo, hi).sort();
  let i = sorted.length - 1;
  while (i >= 0) {
    const v = sorted[i];
    if (!clearlyBelow(before.value, limit, total)) break;
    threshold = v;
    while (i >= 0 && sorted[i] === v) before.add(sorted[i--]);
  }
  return threshold;
}

function medianOf3(x: number, y: number, z: number): number {
  return x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
}

/** ABC class codes per value: A/B by the cumulative rule, C for values ≤ 0, blank for NaN. */
export function abcCodes(values: ArrayLike<number>, a: number, b: number): Uint8Array {
  const [minA, minB] = cutValues(values, [a, b]);
  const codes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) codes[i] = BLANK;
    else if (v > 0 && v >= minA) codes[i] = CLASS_A;
    else if (v > 0 && v >= minB) codes[i] = CLASS_B;
    else codes[i] = CLASS_C;
  }
  return codes;
}

/** Pareto(share): the A test with `a = share`. 0 = blank, 1 = false, 2 = true. */
export function paretoCodes(values: ArrayLike<number>, share: number): Uint8Array {
  const [minIn] = cutValues(values, [share]);
  const codes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    codes[i] = Number.isNaN(v) ? 0 : v > 0 && v >= minIn ? 2 : 1;
  }
  return codes;
}

/** Clients in Pareto(share) / clients with a positive value; 0 when none is positive. */
export function paretoRatio(values: ArrayLike<number>, share: number): number {
  const codes = paretoCodes(values, share);
  let inside = 0;
  let positive = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] > 0) positive++;
    if (codes[i] === 2) inside++;
  }
  return positive === 0 ? 0 : inside / positive;
}

/** value / Σ positive values; NaN stays NaN; all NaN when the positive total is 0. */
export function shares(values: ArrayLike<number>): Float64Array {
  const total = positiveTotal(values);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = total > 0 ? values[i] / total : NaN;
  return out;
}

/**
 * Positions of the non-blank values in rank order: largest first; ties keep the given order, so a
 * caller that wants ties by name passes the values already ordered by name.
 */
export function rankOrder(values: ArrayLike<number>): Uint32Array {
  const idx: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) idx.push(i);
  idx.sort((p, q) => values[q] - values[p] || p - q);
  return Uint32Array.from(idx);
}

/** Running sum of shares in rank order (SPEC §4), reported at each value's own position. */
export function cumShares(values: ArrayLike<number>): Float64Array {
  const share = shares(values);
  const out = new Float64Array(values.length).fill(NaN);
  const running = new ExactSum();
  for (const i of rankOrder(values)) {
    running.add(share[i]);
    out[i] = running.value;
  }
  return out;
}

/** Herfindahl–Hirschman index: Σ share² over the positive shares. */
export function hhi(values: ArrayLike<number>): number {
  const total = positiveTotal(values);
  if (total <= 0) return 0;
  const sum = new ExactSum();
  for (let i = 0; i < values.length; i++) {
    if (values[i] > 0) sum.add((values[i] / total) ** 2);
  }
  return sum.value;
}
