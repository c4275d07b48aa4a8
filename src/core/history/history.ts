// SPEC §10: the history model from the analyses of the shown months, each read from one matrix.

import type { HistoryModel } from "./types";
import type { ClientMonthMatrix } from "../matrix";
import { monthKey } from "../months";
import type { MonthAnalysis } from "./monthAnalysis";
import { dynamicsRows } from "./dynamics";
import { timelineClients } from "./timeline";
import { abcTransition, xyzTransition } from "./transitions";

/**
 * `analyses` hold consecutive months from `firstAnalysed` to the report month; the shown ones start
 * at `firstShown`. The month before a shown month is compared with it when it was analysed.
 */
export function buildHistory(
  m: ClientMonthMatrix,
  names: readonly string[],
  analyses: MonthAnalysis[],
  firstShown: number,
  requested: number,
): HistoryModel {
  const offset = Math.max(0, firstShown - analyses[0].month);
  const shown = analyses.slice(offset);
  const previous = shown.map((_, k) => analyses[offset + k - 1] ?? null);
  const last = shown.length - 1;
  const moves = shown.length >= 2;
  return {
    months: shown.map((a) => monthKey(a.month)),
    requested,
    dynamics: dynamicsRows(m, shown, previous),
    clients: timelineClients(shown, names),
    transitions: {
      abc: moves ? abcTransition(shown[last - 1], shown[last]) : null,
      abcYear: moves ? abcTransition(shown[0], shown[last]) : null,
      xyz: moves ? xyzTransition(shown[last - 1], shown[last]) : null,
    },
  };
}
