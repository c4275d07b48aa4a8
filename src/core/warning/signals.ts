// SPEC §11: which signals a key or near-key client gives, and whether it is at risk.

import type { AbcClass, ClientRow } from "../types";
import type { ClientRisk, RiskSignal, RiskTotals, WarningThresholds } from "./types";
import { atMost, ExactSum } from "../sums";

/** Fewest products in the previous window for narrowing to count (SPEC §11). */
export const MIN_PRODUCTS_BEFORE = 4;
/** Signals besides `overdue` that together put a client at risk. */
export const SIGNALS_AT_RISK = 2;

const ABC_ORDER: Record<AbcClass, number> = { A: 0, B: 1, C: 2 };

/** A → B, A → C, B → C. */
export function isWorseClass(before: AbcClass | null, now: AbcClass): boolean {
  return before !== null && ABC_ORDER[before] < ABC_ORDER[now];
}

/** What the signals are judged on, beyond the client's row. */
export interface RiskInputs {
  watched: boolean;
  nearKey: boolean;
  usualGapDays: number | null;
  vsYear: number | null;
  previousAbc: AbcClass | null;
  previousKey: boolean;
  products: { now: number; before: number } | null;
}

export function firedSignals(row: ClientRow, x: RiskInputs, t: WarningThresholds): RiskSignal[] {
  const fired: RiskSignal[] = [];
  const gap = x.usualGapDays;
  if (gap !== null && row.daysSinceLast > t.overdueGaps * gap && row.daysSinceLast >= t.overdueDays) fired.push("overdue");
  if (row.falling) fired.push("falling");
  if (x.vsYear !== null && atMost(x.vsYear, t.belowNorm, 1)) fired.push("belowNorm");
  if (isWorseClass(x.previousAbc, row.abc) || (x.previousKey && x.nearKey)) fired.push("classDown");
  const p = x.products;
  if (p && p.before >= MIN_PRODUCTS_BEFORE && atMost(p.now, t.narrowing * p.before, p.before)) fired.push("narrowing");
  if (row.irregular) fired.push("irregular");
  return fired;
}

export function clientRisk(row: ClientRow, x: RiskInputs, t: WarningThresholds): ClientRisk {
  const signals = x.watched ? firedSignals(row, x, t) : null;
  const overdue = signals !== null && signals.includes("overdue");
  const atRisk = signals !== null && (overdue || signals.length >= SIGNALS_AT_RISK);
  return {
    signals,
    atRisk,
    usualGapDays: x.usualGapDays,
    vsYear: x.vsYear,
    previousAbc: x.previousAbc,
    previousKey: x.previousKey,
    products: x.products,
  };
}

export function riskTotals(clients: readonly ClientRow[]): RiskTotals {
  const amount = new ExactSum();
  let count = 0;
  for (const c of clients) {
    if (!c.risk.atRisk) continue;
    count++;
    amount.add(c.average);
  }
  return { count, amount: amount.value };
}
