// Ranking of the clients active in a window and the key-client rule (SPEC §4, §6). Used for the
// key window and, by the same rules, for the previous window.

import type { KeyRule } from "./types";
import { hasRows, spanSum, type ClientMonthMatrix } from "./matrix";
import { paretoCodes } from "./classify";

export interface WindowRanking {
  /** Client ids of the clients with at least one row in the window, in rank order. */
  order: Int32Array;
  /** 1-based rank per client id; 0 when the client has no row in the window. */
  rankOf: Int32Array;
  /** Average monthly amount per client id over the window (0 for inactive clients). */
  average: Float64Array;
  /** The first `keyCount` clients of `order` are the key clients. */
  keyCount: number;
}

/** Names compare the same on every machine: one fixed locale, then code points. */
const collator = new Intl.Collator("en", { numeric: true });
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * `ids` by `value[id]`, largest first, equal values by name (compareNames): the order of a sort with
 * that comparison. The values are sorted natively and each value's ids are found again through a Map,
 * so names are compared only within a tie: a sort calling back into JavaScript for each of the
 * 150,000 comparisons of 11,000 clients took 11–33 ms of a report, most of it before V8 optimised
 * the comparison (docs/performance.md). `value` must hold no NaN.
 */
export function largestFirst(ids: readonly number[], value: Float64Array, names: readonly string[]): Int32Array {
  const sorted = new Float64Array(ids.length);
  const withValue = new Map<number, number[]>(); // -0 and 0 are one key, as they compare equal
  for (let k = 0; k < ids.length; k++) {
    const v = value[ids[k]];
    sorted[k] = v;
    const group = withValue.get(v);
    if (group === undefined) withValue.set(v, [ids[k]]);
    else group.push(ids[k]);
  }
  sorted.sort();
  const order = new Int32Array(ids.length);
  let placed = 0;
  for (let k = ids.length - 1; k >= 0; ) {
    const group = withValue.get(sorted[k])!;
    if (group.length > 1) group.sort((p, q) => compareNames(names[p], names[q]));
    order.set(group, placed);
    placed += group.length;
    k -= group.length;
  }
  return order;
}

/** Ranks the clients active in `count` months from column `from` of the matrix. */
export function rankWindow(m: ClientMonthMatrix, from: number, count: number, names: readonly string[], rule: KeyRule): WindowRanking {
  const average = new Float64Array(m.clients);
  const active: number[] = [];
  for (let c = 0; c < m.clients; c++) {
    if (!hasRows(m, c, from, count)) continue;
    average[c] = spanSum(m.amount, m, c, from, count) / count;
    active.push(c);
  }
  const order = largestFirst(active, average, names);
  const rankOf = new Int32Array(m.clients);
  order.forEach((c, i) => (rankOf[c] = i + 1));
  return { order, rankOf, average, keyCount: keyCount(order, average, rule) };
}

/** Key clients form a prefix of the rank order: the top n with a positive average, or Pareto(share). */
function keyCount(order: Int32Array, average: Float64Array, rule: KeyRule): number {
  let positive = 0;
  while (positive < order.length && average[order[positive]] > 0) positive++;
  if (rule.kind === "top") return Math.min(rule.n, positive);
  const ranked = Float64Array.from(order, (c) => average[c]);
  const inside = paretoCodes(ranked, rule.share);
  let n = 0;
  while (n < inside.length && inside[n] === 2) n++;
  return n;
}
