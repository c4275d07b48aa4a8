// Which months the report analyses (SPEC §3, §10): the shown history months, the month before the
// first of them (for its new and dropped key clients), and the matrix span all of them read.

import { LOST_LOOKBACK } from "../lost";

export interface AnalysedMonths {
  /** First shown history month; `report + 1` when none can be shown (or history is off). */
  firstShown: number;
  /** First month analysed: the first shown (or the report month), or the month before when its window is in the data. */
  firstAnalysed: number;
  /** First month of the client × month matrix: the first analysed window and the 12 months before it. */
  spanStart: number;
}

/** Whether the window of `months` months ending with `month` starts on or after the first month with data. */
export function windowInData(month: number, months: number, firstDataMonth: number): boolean {
  return month - months + 1 >= firstDataMonth;
}

export function analysedMonths(report: number, firstDataMonth: number, months: number, history: number): AnalysedMonths {
  const firstShown = history > 1 ? Math.max(report - history + 1, firstDataMonth + months - 1) : report + 1;
  const first = Math.min(firstShown, report);
  const firstAnalysed = windowInData(first - 1, months, firstDataMonth) ? first - 1 : first;
  return { firstShown, firstAnalysed, spanStart: firstAnalysed - months + 1 - LOST_LOOKBACK };
}
