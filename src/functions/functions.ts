// The KEYCLIENT worksheet functions (SPEC §8). Each one converts Excel's arrays and errors and calls
// the core for every figure; the rules themselves live in src/core (classify.ts, stats.ts, pivot.ts).
// Every function is a top-level `export function` with a @customfunction tag: the metadata plugin
// reads nothing else, and appends the CustomFunctions.associate calls itself at build time.
// Result types are spelled out (Array<Array<…>>) because the metadata generator accepts no aliases.

import type { RowAccounting } from "../core/types";
import { SKIP_REASONS } from "../core/types";
import { abcCodes, abcLetter, cumShares, hhi, paretoCodes, paretoRatio as paretoRatioOf, positiveTotal, shares } from "../core/classify";
import { rowCv, rowRegularity, rowTrend, rowXyz } from "../core/stats";
import { monthlyPivot, topClients } from "../core/pivot";
import { localToday } from "../core/options";
import { labels } from "../core/labels";
import { asColumn, counted, perCell, perRow, readCells, readList, readMonthRows, requireNoErrors, requireNumbers, shapeLike } from "./arrays";
import { divError, fromCore, valueError } from "./errors";
import { abcParams, countParam, monthParam, monthsParam, shareParam, xyzParams } from "./params";

/** SPEC §1: the key clients are the top 20. */
const TOP_DEFAULT = 20;

/** A relative figure, or #DIV/0! where the core has none (NaN). */
const numberOrDiv = (x: number) => (Number.isNaN(x) ? divError() : x);

/**
 * ABC class of each value: A is the smallest group of the largest values that reaches share a of the positive total, B reaches share b, the rest is C. Equal values always get the same class. Values of 0 or less are C; blank cells give blank results.
 * @customfunction ABC
 * @param values A column or row of values, one per client, e.g. average monthly sales.
 * @param a Share of the positive total that the A group reaches: above 0, at most 1. Default 0.8.
 * @param b Share of the positive total that groups A and B reach together: from a to 1. Default 0.95.
 * @returns A, B or C per value, in the shape of values.
 */
export function abc(values: any[][], a?: number, b?: number): Array<Array<string | CustomFunctions.Error>> {
  const t = abcParams(a, b);
  const list = readList(values);
  const codes = abcCodes(list.values, t.a, t.b);
  return shapeLike(values, perCell(list, (i) => abcLetter(codes[i])));
}

/**
 * XYZ class of each client row of monthly amounts: by the coefficient of variation (X when cv ≤ x, Y when cv ≤ y, else Z; no net shipments is Z), or with method "frequency" by the share of months with shipments (X when every month, Y when at least half). Blank months count as 0.
 * @customfunction XYZ
 * @param monthly Clients × months range: one row per client, one column per month.
 * @param x Largest cv of class X. Default 0.1.
 * @param y Largest cv of class Y, at least x. Default 0.25.
 * @param method "cv" (default) or "frequency"; the frequency method ignores x and y.
 * @returns X, Y or Z per row, as a column.
 */
export function xyz(monthly: any[][], x?: number, y?: number, method?: string): Array<Array<string | CustomFunctions.Error>> {
  const t = xyzParams(x, y, method);
  const m = readMonthRows(monthly);
  return asColumn(perRow(m, (start) => rowXyz(m.data, start, m.months, t)));
}

/**
 * Combined ABC-XYZ class of each client (AX … CZ): ABC of its value, XYZ of its row of monthly amounts. Blank when the value or the whole row is blank.
 * @customfunction ABCXYZ
 * @param values A column or row of values, one per client, e.g. average monthly sales.
 * @param monthly Clients × months range with one row per value, in the same order.
 * @param a Share of the positive total that the A group reaches. Default 0.8.
 * @param b Share of the positive total that groups A and B reach together. Default 0.95.
 * @param x Largest cv of class X. Default 0.1.
 * @param y Largest cv of class Y. Default 0.25.
 * @param method "cv" (default) or "frequency".
 * @returns AX … CZ per client, in the shape of values.
 */
export function abcxyz(
  values: any[][],
  monthly: any[][],
  a?: number,
  b?: number,
  x?: number,
  y?: number,
  method?: string,
): Array<Array<string | CustomFunctions.Error>> {
  const tAbc = abcParams(a, b);
  const tXyz = xyzParams(x, y, method);
  const list = readList(values);
  const m = readMonthRows(monthly);
  if (m.rows !== list.values.length) {
    throw valueError(`values has ${counted(list.values.length, "cell")} but monthly has ${counted(m.rows, "row")}; give one row of months per value.`);
  }
  const codes = abcCodes(list.values, tAbc.a, tAbc.b);
  const xyzClasses = perRow(m, (start) => rowXyz(m.data, start, m.months, tXyz));
  return shapeLike(values, perCell(list, (i) => {
    const xyzClass = xyzClasses[i];
    return typeof xyzClass === "string" && xyzClass !== "" ? abcLetter(codes[i]) + xyzClass : xyzClass;
  }));
}

/**
 * Whether each value is in the Pareto group: the smallest group of the largest values that makes the given share of the positive total (the A test of ABC with a = share).
 * @customfunction PARETO
 * @param values A column or row of values, one per client.
 * @param share Share of the positive total the group makes: above 0, at most 1. Default 0.8.
 * @returns TRUE or FALSE per value, in the shape of values.
 */
export function pareto(values: any[][], share?: number): Array<Array<boolean | string | CustomFunctions.Error>> {
  const s = shareParam(share);
  const list = readList(values);
  const codes = paretoCodes(list.values, s);
  return shapeLike(values, perCell(list, (i) => codes[i] === 2));
}

/**
 * Fraction of the clients with a positive value that make the given share of the positive total (e.g. 0.2 for the classic "20% of clients make 80% of sales").
 * @customfunction PARETORATIO
 * @param values A column or row of values, one per client.
 * @param share Share of the positive total: above 0, at most 1. Default 0.8.
 * @returns Clients in the Pareto group / clients with a positive value.
 */
export function paretoRatio(values: any[][], share?: number): number {
  const s = shareParam(share);
  const list = readList(values);
  requireNumbers(list, "values");
  if (!(positiveTotal(list.values) > 0)) throw divError();
  return paretoRatioOf(list.values, s);
}

/**
 * Share of each value in the total of the positive values (a negative value has a negative share).
 * @customfunction SHARE
 * @param values A column or row of values, one per client.
 * @returns Value / positive total per value, in the shape of values; #DIV/0! when no value is positive.
 */
export function share(values: any[][]): Array<Array<number | string | CustomFunctions.Error>> {
  const list = readList(values);
  const s = shares(list.values);
  return shapeLike(values, perCell(list, (i) => numberOrDiv(s[i])));
}

/**
 * Cumulative share of each value: the running sum of shares from the largest value down to this one (equal values in the order they appear).
 * @customfunction CUMSHARE
 * @param values A column or row of values, one per client.
 * @returns Cumulative share per value, in the shape of values; #DIV/0! when no value is positive.
 */
export function cumShare(values: any[][]): Array<Array<number | string | CustomFunctions.Error>> {
  const list = readList(values);
  const s = cumShares(list.values);
  return shapeLike(values, perCell(list, (i) => numberOrDiv(s[i])));
}

/**
 * Coefficient of variation of each client row of monthly amounts: population standard deviation / mean (as STDEV.P / AVERAGE). Blank months count as 0.
 * @customfunction VARIATION
 * @param monthly Clients × months range: one row per client, one column per month.
 * @returns Coefficient of variation per row, as a column; #DIV/0! where the mean is 0.
 */
export function variation(monthly: any[][]): Array<Array<number | string | CustomFunctions.Error>> {
  const m = readMonthRows(monthly);
  return asColumn(perRow(m, (start) => numberOrDiv(rowCv(m.data, start, m.months))));
}

/**
 * Share of months with shipments (amount above 0) in each client row. Blank months count as 0.
 * @customfunction REGULARITY
 * @param monthly Clients × months range: one row per client, one column per month.
 * @returns From 0 to 1 per row, as a column.
 */
export function regularity(monthly: any[][]): Array<Array<number | string | CustomFunctions.Error>> {
  const m = readMonthRows(monthly);
  return asColumn(perRow(m, (start) => rowRegularity(m.data, start, m.months)));
}

/**
 * Trend of each client row of monthly amounts: the least-squares slope per month divided by the average, i.e. the relative change per month (-0.1 = falling by 10% of the average a month). Blank months count as 0.
 * @customfunction TREND
 * @param monthly Clients × months range: one row per client, one column per month.
 * @returns Relative slope per row, as a column; blank when the average is 0 or less or there is one month.
 */
export function trend(monthly: any[][]): Array<Array<number | string | CustomFunctions.Error>> {
  const m = readMonthRows(monthly);
  return asColumn(perRow(m, (start) => {
    const t = rowTrend(m.data, start, m.months);
    return Number.isNaN(t) ? "" : t;
  }));
}

/**
 * Concentration of the values: the Herfindahl–Hirschman index, the sum of squared shares of the positive values (1 = one client makes everything; 1/n = n equal clients).
 * @customfunction CONCENTRATION
 * @param values A column or row of values, one per client.
 * @returns HHI from 0 to 1; #DIV/0! when no value is positive.
 */
export function concentration(values: any[][]): number {
  const list = readList(values);
  requireNumbers(list, "values");
  if (!(positiveTotal(list.values) > 0)) throw divError();
  return hhi(list.values);
}

/**
 * The top n clients by value, largest first (equal values by name), with their values. Rows with a blank client or value and totals rows are left out; a client listed twice gets the sum of its values.
 * @customfunction TOP
 * @param clients A column or row of client names.
 * @param values A column or row of values, one per client name, e.g. average monthly sales.
 * @param n How many clients to list, a whole number of at least 1. Default 20.
 * @returns n rows of client and value (fewer when there are fewer clients).
 */
export function top(clients: any[][], values: any[][], n?: number): Array<Array<string | number>> {
  const count = countParam(n, TOP_DEFAULT, "n");
  const names = readCells(clients);
  const list = readList(values);
  if (names.length !== list.values.length) {
    throw valueError(`clients has ${counted(names.length, "cell")} but values has ${list.values.length}; give one value per client.`);
  }
  requireNoErrors(names, "clients");
  requireNumbers(list, "values");
  const ranked = topClients(names, list.values, count);
  return ranked.length > 0 ? ranked.map((r) => [r.name, r.value]) : [["", ""]];
}

/**
 * The key-window pivot of a shipment list: one row per client with shipments in the months ending with the report month, one column per month (0 when nothing was shipped) and the average, largest first. Dates and amounts are read as in the report (also text such as "30.12.2017" or "1 234,56"); a header row at the top is skipped; unusable rows are counted in a note below the table.
 * @customfunction MONTHLY
 * @param clients Client of each shipment: a column (e.g. A2:A5000 or A:A).
 * @param dates Date of each shipment, same size as clients.
 * @param amounts Amount of each shipment, same size as clients; returns are negative.
 * @param month Report month, e.g. "2017-12" or a date in it. Default: the latest month of the data that is complete today.
 * @param months Number of months in the window, 1 to 24. Default 3.
 * @returns A header row (Client, the months, Average), then one row per client.
 */
export function monthly(clients: any[][], dates: any[][], amounts: any[][], month?: string | number, months?: number): Array<Array<string | number>> {
  const n = monthsParam(months);
  const pivot = fromCore(() =>
    monthlyPivot(readCells(clients), readCells(dates), readCells(amounts), { month: monthParam(month), months: n, today: localToday() }),
  );
  const table: Array<Array<string | number>> = [
    ["Client", ...pivot.months, "Average"],
    ...pivot.rows.map((r) => [r.name, ...r.monthly, r.average]),
  ];
  const note = skippedNote(pivot.accounting);
  if (note) table.push([note, ...Array<string>(n + 1).fill("")]);
  return table;
}

/** "Skipped 3 of 120 rows. Unreadable date: 2 (rows 5, 9); Blank client: 1 (row 12)." */
function skippedNote(a: RowAccounting): string | null {
  const reasons = SKIP_REASONS.filter((r) => a.skipped[r] > 0);
  if (reasons.length === 0) return null;
  const total = reasons.reduce((sum, r) => sum + a.skipped[r], 0);
  const parts = reasons.map((r) => {
    const rows = a.firstRows[r];
    const more = a.skipped[r] > rows.length ? ", …" : "";
    return `${labels("en").skipReasons[r]}: ${a.skipped[r]} (${rows.length === 1 ? "row" : "rows"} ${rows.join(", ")}${more})`;
  });
  return `Skipped ${total} of ${a.read} rows. ${parts.join("; ")}.`;
}
