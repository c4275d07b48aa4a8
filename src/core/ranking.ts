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

/** Ranks the clients active in `count` months from column `from` of the matrix. */
export function rankWindow(m: ClientMonthMatrix, from: number, count: number, names: readonly string[], rule: KeyRule): WindowRanking {
  const average = new Float64Array(m.clients);
  const active: number[] = [];
  for (let c = 0; c < m.clients; c++) {
    if (!hasRows(m, c, from, count)) continue;
    average[c] = spanSum(m.amount, m, c, from, count) / count;
    active.push(c);
  }
  active.sort((p, q) => average[q] - average[p] || compareNames(names[p], names[q]));
  const order = Int32Array.from(active);
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
