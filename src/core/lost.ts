// Lost clients (SPEC §6): a positive net amount in the 12 months before a key window and no rows in it.

import { hasRows, spanSum, type ClientMonthMatrix } from "./matrix";
import { ExactSum } from "./sums";

/** Months before the key window that decide who is "lost" (SPEC §6). */
export const LOST_LOOKBACK = 12;

export interface LostClients {
  /** Client ids, in no particular order. */
  ids: number[];
  /** Per client id: the net amount of the 12 months before the window / 12 (0 for others). */
  averageBefore: Float64Array;
  /** Σ of `averageBefore` over the lost clients: their monthly amount. */
  amount: number;
}

/** The lost clients of the `months`-month window starting at matrix column `windowColumn` (≥ 12). */
export function lostClients(m: ClientMonthMatrix, windowColumn: number, months: number): LostClients {
  const ids: number[] = [];
  const averageBefore = new Float64Array(m.clients);
  const amount = new ExactSum();
  for (let c = 0; c < m.clients; c++) {
    if (hasRows(m, c, windowColumn, months)) continue;
    const before = spanSum(m.amount, m, c, windowColumn - LOST_LOOKBACK, LOST_LOOKBACK);
    if (!(before > 0)) continue;
    averageBefore[c] = before / LOST_LOOKBACK;
    amount.add(averageBefore[c]);
    ids.push(c);
  }
  return { ids, averageBefore, amount: amount.value };
}
