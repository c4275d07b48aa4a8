// The analysis of SPEC §4–§6 as of one report month, read from the client × month matrix: built once
// and read by the report month, the month before it and every history month (SPEC §10).

import type { ReportOptions, XyzClass } from "../types";
import { abcCodes, hhi, paretoRatio, positiveTotal } from "../classify";
import { rowXyz } from "../stats";
import { spanSum, type ClientMonthMatrix } from "../matrix";
import { rankWindow, type WindowRanking } from "../ranking";
import { lostClients, type LostClients } from "../lost";

/** Pareto share of the concentration summary (SPEC §6). */
export const CONCENTRATION_SHARE = 0.8;

export interface MonthAnalysis {
  /** The month index analysed as the report month. */
  month: number;
  /** Matrix column of the key window's first month. */
  window: number;
  ranking: WindowRanking;
  /** Averages in rank order. */
  averages: Float64Array;
  /** Σ of the positive averages: what shares are shares of. */
  positive: number;
  /** ABC class code (classify's CLASS_A…) per rank position. */
  abc: Uint8Array;
  /** XYZ class per rank position. */
  xyz: XyzClass[];
  /** The key clients' share (SPEC §6 `concentration.topKey`). */
  keyShare: number;
  hhi: number;
  paretoRatio: number;
  lost: LostClients;
}

/** A figure of each ranked client, in rank order (a loop: Float64Array.from with a callback is slow). */
export function inRankOrder(order: Int32Array, figure: (client: number) => number): Float64Array {
  const out = new Float64Array(order.length);
  for (let i = 0; i < order.length; i++) out[i] = figure(order[i]);
  return out;
}

/**
 * The analysis with `month` as the report month; the matrix must hold its window and the 12 months
 * before it, and per-cell profit when ABC is by profit.
 */
export function analyseMonth(m: ClientMonthMatrix, names: readonly string[], o: ReportOptions, month: number): MonthAnalysis {
  const n = o.months;
  const window = month - n + 1 - m.firstMonth;
  const ranking = rankWindow(m, window, n, names, o.rule);
  const { order, keyCount } = ranking;
  const averages = inRankOrder(order, (c) => ranking.average[c]);
  const positive = positiveTotal(averages);
  const basis = o.basis === "profit" ? inRankOrder(order, (c) => spanSum(m.profit!, m, c, window, n)) : averages;
  let keyShare = 0;
  for (let i = 0; i < keyCount; i++) keyShare += positive > 0 ? averages[i] / positive : 0;
  const xyz = new Array<XyzClass>(order.length);
  for (let i = 0; i < order.length; i++) xyz[i] = rowXyz(m.amount, order[i] * m.months + window, n, o.xyz);
  return {
    month,
    window,
    ranking,
    averages,
    positive,
    abc: abcCodes(basis, o.abc.a, o.abc.b),
    xyz,
    keyShare,
    hhi: hhi(averages),
    paretoRatio: paretoRatio(averages, CONCENTRATION_SHARE),
    lost: lostClients(m, window, n),
  };
}

/** Whether client `c` is key in the analysis. */
export function isKey(a: MonthAnalysis, c: number): boolean {
  const rank = a.ranking.rankOf[c];
  return rank > 0 && rank <= a.ranking.keyCount;
}
