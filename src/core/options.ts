// Report options: the defaults of SPEC §3–§6 and the checks that turn a bad choice into a sentence.

import type { ReportOptions } from "./types";
import { KeyClientError } from "./errors";
import { LANGS } from "./locales";
import { parseIsoDate, parseMonthKey } from "./months";

export const DEFAULT_OPTIONS: Omit<ReportOptions, "today" | "source"> = {
  months: 3,
  rule: { kind: "top", n: 20 },
  basis: "sales",
  abc: { a: 0.8, b: 0.95 },
  xyz: { x: 0.1, y: 0.25, method: "cv" },
  fallingTrend: -0.1,
  nearKeyCount: 10,
  lostCount: 20,
  breadwinnerShare: 0.1,
  lang: "en",
  history: 12,
  warning: { overdueGaps: 2, overdueDays: 14, belowNorm: -0.3, narrowing: 0.5 },
};

/** Longest history the report looks back over (SPEC §10). */
export const MAX_HISTORY = 24;

/** Today's date as "YYYY-MM-DD" in the local calendar of the machine or browser. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new KeyClientError("badOption", message);
}

const isFraction = (x: number) => Number.isFinite(x) && x > 0 && x <= 1;
const isCount = (x: number) => Number.isInteger(x) && x >= 1;

// The checks shared with the worksheet functions (SPEC §8), which turn them into #NUM!.

export function checkMonths(months: number): void {
  check(isCount(months) && months <= 24, `Months must be a whole number from 1 to 24, not ${months}.`);
}

export function checkShare(share: number): void {
  check(isFraction(share), `The Pareto share must be above 0 and at most 1, not ${share}.`);
}

export function checkAbc(abc: ReportOptions["abc"]): void {
  check(isFraction(abc.a) && isFraction(abc.b) && abc.a <= abc.b, `ABC thresholds need 0 < A ≤ B ≤ 1, not A=${abc.a}, B=${abc.b}.`);
}

export function checkXyz(xyz: ReportOptions["xyz"]): void {
  check(xyz.x >= 0 && xyz.x <= xyz.y, `XYZ thresholds need 0 ≤ X ≤ Y, not X=${xyz.x}, Y=${xyz.y}.`);
  check(xyz.method === "cv" || xyz.method === "frequency", `XYZ method must be "cv" or "frequency", not "${xyz.method}".`);
}

export function checkHistory(history: number): void {
  check(isCount(history) && history <= MAX_HISTORY, `History must be a whole number of months from 1 to ${MAX_HISTORY}, not ${history}.`);
}

function checkWarning(w: ReportOptions["warning"]): void {
  check(Number.isFinite(w.overdueGaps) && w.overdueGaps > 0, `The overdue factor must be a number above 0, not ${w.overdueGaps}.`);
  check(Number.isInteger(w.overdueDays) && w.overdueDays >= 0, `The overdue days must be a whole number ≥ 0, not ${w.overdueDays}.`);
  check(Number.isFinite(w.belowNorm) && w.belowNorm > -1 && w.belowNorm < 0, `The below-norm change must be between −100% and 0, not ${w.belowNorm}.`);
  check(isFraction(w.narrowing) && w.narrowing < 1, `The narrowing fraction must be above 0 and below 1, not ${w.narrowing}.`);
}

/** Defaults filled in and every option checked. */
export function resolveOptions(partial: Partial<ReportOptions>): ReportOptions {
  const o: ReportOptions = {
    ...DEFAULT_OPTIONS,
    today: localToday(),
    source: "",
    ...partial,
    warning: { ...DEFAULT_OPTIONS.warning, ...partial.warning },
  };
  checkMonths(o.months);
  checkHistory(o.history);
  checkWarning(o.warning);
  check(o.month === undefined || parseMonthKey(o.month) !== null, `Report month must look like 2017-12, not "${o.month}".`);
  check(parseIsoDate(o.today) !== null, `Today must look like 2017-12-31, not "${o.today}".`);
  if (o.rule.kind === "top") check(isCount(o.rule.n), `The number of key clients must be a whole number ≥ 1, not ${o.rule.n}.`);
  else checkShare(o.rule.share);
  checkAbc(o.abc);
  checkXyz(o.xyz);
  check(o.basis === "sales" || o.basis === "profit", `Basis must be "sales" or "profit", not "${o.basis}".`);
  check(LANGS.includes(o.lang), `Language must be one of ${LANGS.join(", ")}, not "${o.lang}".`);
  check(Number.isInteger(o.nearKeyCount) && o.nearKeyCount >= 0, `The near-key count must be a whole number ≥ 0.`);
  check(Number.isInteger(o.lostCount) && o.lostCount >= 0, `The lost-clients count must be a whole number ≥ 0.`);
  return o;
}
