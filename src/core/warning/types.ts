// The early warning of SPEC §11: the signals a key or near-key client gives, each with its figure.

import type { AbcClass } from "../types";

/** The signals, in the order the report lists them. */
export type RiskSignal = "overdue" | "falling" | "belowNorm" | "classDown" | "narrowing" | "irregular";
export const RISK_SIGNALS: readonly RiskSignal[] = ["overdue", "falling", "belowNorm", "classDown", "narrowing", "irregular"];

export interface WarningThresholds {
  /** Overdue when the days since the last shipment exceed this many usual gaps… */
  overdueGaps: number;
  /** …and are at least this many days. */
  overdueDays: number;
  /** Below norm when the average against the previous 12 months' is at or below this change. */
  belowNorm: number;
  /** Narrowing when the window's products are at most this fraction of the previous window's. */
  narrowing: number;
}

/** The figures the signals are judged on, for the reasons written out beside them. */
export interface ClientRisk {
  /** The signals that fire, in RISK_SIGNALS order; null for clients neither key nor near-key. */
  signals: RiskSignal[] | null;
  atRisk: boolean;
  /** Median days between shipment days in the year to the end of the report month; null with fewer than 4. */
  usualGapDays: number | null;
  /** Average against the monthly average of the 12 months before the window, minus 1; null without them. */
  vsYear: number | null;
  /** ABC class in the previous window; null when the client had no rows there (or it is not available). */
  previousAbc: AbcClass | null;
  /** Key in the previous window. */
  previousKey: boolean;
  /** Distinct products bought in the window and in the previous window; null without a product column. */
  products: { now: number; before: number } | null;
}

export interface RiskTotals {
  count: number;
  /** Sum of the at-risk clients' averages. */
  amount: number;
}
