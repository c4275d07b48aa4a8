// SPEC §10 class timeline: every client key in at least one shown month, with its class and rank
// month by month.

import type { TimelineClient } from "./types";
import { abcLetter } from "../classify";
import { monthKey } from "../months";
import { compareNames } from "../ranking";
import { isKey, type MonthAnalysis } from "./monthAnalysis";

function timelineOf(c: number, name: string, shown: MonthAnalysis[]): TimelineClient {
  const classes: (string | null)[] = [];
  const ranks: (number | null)[] = [];
  const key: boolean[] = [];
  let first = -1;
  for (let k = 0; k < shown.length; k++) {
    const a = shown[k];
    const rank = a.ranking.rankOf[c];
    classes.push(rank > 0 ? abcLetter(a.abc[rank - 1]) + a.xyz[rank - 1] : null);
    ranks.push(rank > 0 ? rank : null);
    key.push(isKey(a, c));
    if (first < 0 && key[k]) first = k;
  }
  return { name, classes, ranks, key, keyMonths: key.filter(Boolean).length, firstKeyMonth: monthKey(shown[first].month) };
}

/** Clients active at the report month (the last shown) in rank order, then the rest by name. */
export function timelineClients(shown: MonthAnalysis[], names: readonly string[]): TimelineClient[] {
  if (shown.length === 0) return [];
  const everKey = new Set<number>();
  for (const a of shown) for (let i = 0; i < a.ranking.keyCount; i++) everKey.add(a.ranking.order[i]);
  const report = shown[shown.length - 1];
  const activeNow = Array.from(everKey)
    .filter((c) => report.ranking.rankOf[c] > 0)
    .sort((p, q) => report.ranking.rankOf[p] - report.ranking.rankOf[q]);
  const rest = Array.from(everKey)
    .filter((c) => report.ranking.rankOf[c] === 0)
    .sort((p, q) => compareNames(names[p], names[q]));
  return [...activeNow, ...rest].map((c) => timelineOf(c, names[c], shown));
}
