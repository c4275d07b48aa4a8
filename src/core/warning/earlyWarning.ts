// SPEC §11 for every client of the report: the watched ones (key and near-key) get their signals,
// all get the figures that can be known (vsYear; the usual gap only for the watched).

import type { AbcClass, ClientRow, ReportOptions, ShipmentTable } from "../types";
import type { ClientRisk } from "./types";
import { abcLetter } from "../classify";
import { spanSum, type ClientMonthMatrix } from "../matrix";
import { firstDayOfMonth, lastDayOfMonth } from "../months";
import { LOST_LOOKBACK } from "../lost";
import { isKey, type MonthAnalysis } from "../history/monthAnalysis";
import { watchedActivity } from "./activity";
import { clientRisk } from "./signals";

/** Average against the monthly average of the 12 months before the window, minus 1; null without a positive one. */
function vsYear(m: ClientMonthMatrix, c: number, now: MonthAnalysis, average: number): number | null {
  const prior = spanSum(m.amount, m, c, now.window - LOST_LOOKBACK, LOST_LOOKBACK) / LOST_LOOKBACK;
  return prior > 0 ? average / prior - 1 : null;
}

function previousAbc(before: MonthAnalysis | null, c: number): AbcClass | null {
  const rank = before ? before.ranking.rankOf[c] : 0;
  return rank > 0 ? (abcLetter(before!.abc[rank - 1]) as AbcClass) : null;
}

/**
 * The risk of each row of `clients` (rank order of `now`); `nearKey` holds the near-key clients' names,
 * `before` is the previous window's analysis (null when it is not in the data).
 */
export function clientRisks(
  table: ShipmentTable,
  m: ClientMonthMatrix,
  clients: readonly ClientRow[],
  nearKey: ReadonlySet<string>,
  now: MonthAnalysis,
  before: MonthAnalysis | null,
  o: ReportOptions,
): ClientRisk[] {
  const order = now.ranking.order;
  const slotOf = new Int32Array(m.clients).fill(-1);
  let slots = 0;
  clients.forEach((row, i) => {
    if (row.key || nearKey.has(row.name)) slotOf[order[i]] = slots++;
  });
  const activity = watchedActivity(table, slotOf, slots, {
    end: lastDayOfMonth(now.month),
    window: { from: firstDayOfMonth(now.month - o.months + 1), to: lastDayOfMonth(now.month) },
    previous: { from: firstDayOfMonth(now.month - o.months), to: lastDayOfMonth(now.month - 1) },
  });
  return clients.map((row, i) => {
    const c = order[i];
    const slot = slotOf[c];
    const watched = slot >= 0;
    return clientRisk(
      row,
      {
        watched,
        nearKey: !row.key && watched,
        usualGapDays: watched ? activity.usualGapDays[slot] : null,
        vsYear: vsYear(m, c, now, row.average),
        previousAbc: previousAbc(before, c),
        previousKey: before !== null && isKey(before, c),
        products: watched && activity.products ? activity.products[slot] : null,
      },
      o.warning,
    );
  });
}
