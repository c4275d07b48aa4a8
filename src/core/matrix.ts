// One pass over the shipments into a client × month matrix over a span of months, with the dates
// the report needs (first shipment ever, last shipment up to the end of the report month).

import type { ShipmentTable } from "./types";
import { BLOCK_ROWS } from "./blocks";
import { firstDayOfMonth, lastDayOfMonth } from "./months";
import { ExactSum } from "./sums";

export interface ClientMonthMatrix {
  /** Month index of column 0. */
  firstMonth: number;
  months: number;
  clients: number;
  /** Net amount, client-major: `amount[client * months + k]`. */
  amount: Float64Array;
  /** Number of used rows per cell, so a client with rows netting to 0 still counts as active. */
  rows: Uint32Array;
  /**
   * Net profit per client over columns `profitFrom` to the last (the key window: the only months
   * whose profit the report shows), when the table has a profit column and a window was given.
   */
  windowProfit: Float64Array | null;
  /** Net profit per cell, when asked for (ABC by profit in any window: SPEC §10–§11). */
  profit: Float64Array | null;
  /** First shipment day of each client in the whole table. */
  firstDay: Int32Array;
  /** Last shipment day of each client up to the span's last day; -2^31 when none. */
  lastDay: Int32Array;
}

export const NO_DAY = -2147483648;

/** Column of each day of the span (day − first day of the span → month column): no date arithmetic per row. */
function columnsOfDays(firstMonth: number, months: number): Int32Array {
  const firstSpanDay = firstDayOfMonth(firstMonth);
  const columns = new Int32Array(lastDayOfMonth(firstMonth + months - 1) - firstSpanDay + 1);
  for (let k = 0; k < months; k++) columns.fill(k, firstDayOfMonth(firstMonth + k) - firstSpanDay, lastDayOfMonth(firstMonth + k) - firstSpanDay + 1);
  return columns;
}

/** The matrix being summed, and what places a row in it. */
interface SpanSums {
  months: number;
  firstSpanDay: number;
  lastSpanDay: number;
  columnOf: Int32Array;
  amountSums: Float64Array;
  /** Per client, sum and carry side by side, for rows from `firstProfitDay`. */
  profitSums: Float64Array | null;
  firstProfitDay: number;
  profitCells: Float64Array | null;
  rows: Uint32Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
}

/** Adds rows [from, to) to the sums; called once per block of BLOCK_ROWS rows. */
function addRows(table: ShipmentTable, from: number, to: number, s: SpanSums): void {
  const { clientId, day, amount, profit } = table;
  const { months, firstSpanDay, lastSpanDay, columnOf, amountSums, profitSums, firstProfitDay, profitCells, rows, firstDay, lastDay } = s;
  for (let i = from; i < to; i++) {
    const c = clientId[i];
    const d = day[i];
    if (d < firstDay[c]) firstDay[c] = d;
    if (d > lastSpanDay) continue;
    if (d > lastDay[c]) lastDay[c] = d;
    if (d < firstSpanDay) continue;
    const cell = c * months + columnOf[d - firstSpanDay];
    addCompensated(amountSums, 2 * cell, amount[i]);
    rows[cell]++;
    if (profitSums && d >= firstProfitDay) addCompensated(profitSums, 2 * c, profit![i]);
    if (profitCells) addCompensated(profitCells, 2 * cell, profit![i]);
  }
}

/**
 * The matrix of `months` months from `firstMonth`; profit summed per client from column `profitFrom`,
 * when given, and per cell when `profitPerCell`.
 */
export function aggregateMonths(table: ShipmentTable, firstMonth: number, months: number, profitFrom?: number, profitPerCell = false): ClientMonthMatrix {
  const clients = table.clients.length;
  const cells = clients * months;
  // Neumaier sums, so that a cell's sum does not depend on the order of the rows: each cell's sum
  // and carry side by side, one cache line per row instead of two (rows hit cells at random).
  const amountSums = new Float64Array(2 * cells);
  const profitSums = table.profit && profitFrom !== undefined ? new Float64Array(2 * clients) : null;
  const profitCells = table.profit && profitPerCell ? new Float64Array(2 * cells) : null;
  const rows = new Uint32Array(cells);
  const firstDay = new Int32Array(clients).fill(2147483647);
  const lastDay = new Int32Array(clients).fill(NO_DAY);
  const firstSpanDay = firstDayOfMonth(firstMonth);
  const lastSpanDay = lastDayOfMonth(firstMonth + months - 1);
  const firstProfitDay = firstDayOfMonth(firstMonth + (profitFrom ?? 0));
  const sums: SpanSums = { months, firstSpanDay, lastSpanDay, columnOf: columnsOfDays(firstMonth, months), amountSums, profitSums, firstProfitDay, profitCells, rows, firstDay, lastDay };
  for (let from = 0; from < table.count; from += BLOCK_ROWS) addRows(table, from, Math.min(from + BLOCK_ROWS, table.count), sums);
  return { firstMonth, months, clients, amount: settle(amountSums), rows, windowProfit: profitSums && settle(profitSums), profit: profitCells && settle(profitCells), firstDay, lastDay };
}

/** Adds x to the sum at `sums[at]`, keeping what rounding lost in `sums[at + 1]`. */
function addCompensated(sums: Float64Array, at: number, x: number): void {
  const s = sums[at];
  const t = s + x;
  sums[at + 1] += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
  sums[at] = t;
}

/** Each cell's sum plus its carry. */
function settle(sums: Float64Array): Float64Array {
  const out = new Float64Array(sums.length / 2);
  for (let cell = 0; cell < out.length; cell++) out[cell] = sums[2 * cell] + sums[2 * cell + 1];
  return out;
}

/**
 * Sum of a client's cells over `count` columns from column `from`, compensated like the cells, so
 * that months of 0.1, 0.2 and 0.3 make 0.6 and tie with 0.3, 0.3 and 0 (SPEC §4: ties go by name).
 */
export function spanSum(values: ArrayLike<number>, m: ClientMonthMatrix, client: number, from: number, count: number): number {
  const sum = new ExactSum();
  const base = client * m.months + from;
  for (let k = 0; k < count; k++) sum.add(values[base + k]);
  return sum.value;
}

/** Whether a client has a row in `count` columns from column `from`. */
export function hasRows(m: ClientMonthMatrix, client: number, from: number, count: number): boolean {
  const base = client * m.months + from;
  for (let k = 0; k < count; k++) if (m.rows[base + k] > 0) return true;
  return false;
}
