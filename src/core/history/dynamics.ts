// SPEC §10 dynamics: one row of headline figures per shown history month.

import type { DynamicsRow } from "./types";
import type { ClientMonthMatrix } from "../matrix";
import { monthKey, monthOfDay } from "../months";
import { isKey, type MonthAnalysis } from "./monthAnalysis";

/** Clients per calendar month of their first used row ever, from month `from` on. */
function newClientsByMonth(m: ClientMonthMatrix, from: number, count: number): Uint32Array {
  const counts = new Uint32Array(count);
  for (let c = 0; c < m.clients; c++) {
    const k = monthOfDay(m.firstDay[c]) - from;
    if (k >= 0 && k < count) counts[k]++;
  }
  return counts;
}

/** Key in `a` and not in `b`. */
function keyNotIn(a: MonthAnalysis, b: MonthAnalysis): number {
  let n = 0;
  for (let i = 0; i < a.ranking.keyCount; i++) if (!isKey(b, a.ranking.order[i])) n++;
  return n;
}

/** `shown[k]`'s row; `previous[k]` is the analysis of the month before, null when its window is not in the data. */
export function dynamicsRows(m: ClientMonthMatrix, shown: MonthAnalysis[], previous: (MonthAnalysis | null)[]): DynamicsRow[] {
  if (shown.length === 0) return [];
  const newClients = newClientsByMonth(m, shown[0].month, shown.length);
  return shown.map((a, k): DynamicsRow => {
    const before = previous[k];
    return {
      month: monthKey(a.month),
      activeClients: a.ranking.order.length,
      keyShare: a.keyShare,
      newKey: before ? keyNotIn(a, before) : null,
      droppedKey: before ? keyNotIn(before, a) : null,
      newClients: newClients[k],
      lostCount: a.lost.ids.length,
      lostAmount: a.lost.amount,
      hhi: a.hhi,
      paretoRatio: a.paretoRatio,
    };
  });
}
