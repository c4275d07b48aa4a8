// One pass over the shipments into a client × month matrix over a span of months, with the dates
// the report needs (first shipment ever, last shipment up to the end of the report month).

import type { ShipmentTable } from "./types";
import { firstDayOfMonth, lastDayOfMonth, monthOfDay } from "./months";

export interface ClientMonthMatrix {
  /** Month index of column 0. */
  firstMonth: number;
  months: number;
  clients: number;
  /** Net amount, client-major: `amount[client * months + k]`. */
  amount: Float64Array;
  /** Number of used rows per cell, so a client with rows netting to 0 still counts as active. */
  rows: Uint32Array;
  /** Net profit per cell, when the table has a profit column. */
  profit: Float64Array | null;
  /** First shipment day of each client in the whole table. */
  firstDay: Int32Array;
  /** Last shipment day of each client up to the span's last day; -2^31 when none. */
  lastDay: Int32Array;
}

export const NO_DAY = -2147483648;

/** Month of a day, remembering the last month seen: exports are mostly sorted by date. */
function monthLookup(): (day: number) => number {
  let from = 1;
  let to = 0;
  let month = 0;
  return (day) => {
    if (day < from || day > to) {
      month = monthOfDay(day);
      from = firstDayOfMonth(month);
      to = lastDayOfMonth(month);
    }
    return month;
  };
}

export function aggregateMonths(table: ShipmentTable, firstMonth: number, months: number): ClientMonthMatrix {
  const clients = table.clients.length;
  const amount = new Float64Array(clients * months);
  const rows = new Uint32Array(clients * months);
  const profit = table.profit ? new Float64Array(clients * months) : null;
  // Neumaier carries per cell: a cell's sum must not depend on the order of the rows.
  const amountCarry = new Float64Array(clients * months);
  const profitCarry = profit ? new Float64Array(clients * months) : null;
  const firstDay = new Int32Array(clients).fill(2147483647);
  const lastDay = new Int32Array(clients).fill(NO_DAY);
  const lastSpanDay = lastDayOfMonth(firstMonth + months - 1);
  const monthOf = monthLookup();
  const { clientId, day } = table;
  for (let i = 0; i < table.count; i++) {
    const c = clientId[i];
    const d = day[i];
    if (d < firstDay[c]) firstDay[c] = d;
    if (d > lastSpanDay) continue;
    if (d > lastDay[c]) lastDay[c] = d;
    const k = monthOf(d) - firstMonth;
    if (k < 0) continue;
    const cell = c * months + k;
    addCompensated(amount, amountCarry, cell, table.amount[i]);
    rows[cell]++;
    if (profit) addCompensated(profit, profitCarry!, cell, table.profit![i]);
  }
  for (let cell = 0; cell < amount.length; cell++) amount[cell] += amountCarry[cell];
  if (profit) for (let cell = 0; cell < profit.length; cell++) profit[cell] += profitCarry![cell];
  return { firstMonth, months, clients, amount, rows, profit, firstDay, lastDay };
}

function addCompensated(sums: Float64Array, carry: Float64Array, cell: number, x: number): void {
  const s = sums[cell];
  const t = s + x;
  carry[cell] += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
  sums[cell] = t;
}

/** Sum of a client's cells over `count` columns from column `from`. */
export function spanSum(values: ArrayLike<number>, m: ClientMonthMatrix, client: number, from: number, count: number): number {
  let sum = 0;
  const base = client * m.months + from;
  for (let k = 0; k < count; k++) sum += values[base + k];
  return sum;
}
