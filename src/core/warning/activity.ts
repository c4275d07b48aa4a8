// One pass over the shipments of the watched clients (key and near-key, SPEC §11): their shipment
// days in the year to the end of the report month and the products they bought in the key window
// and in the previous window.

import type { ShipmentTable } from "../types";
import { BLOCK_ROWS } from "../blocks";

/** Days of shipment history the usual gap is measured over (SPEC §11). */
export const GAP_YEAR_DAYS = 365;
/** Fewest shipment days that give a usual gap. */
export const MIN_SHIPMENT_DAYS = 4;

export interface Activity {
  /** Per watched slot: median days between consecutive shipment days; null with fewer than MIN_SHIPMENT_DAYS. */
  usualGapDays: (number | null)[];
  /** Per watched slot: distinct products bought now and in the previous window; null without a product column. */
  products: { now: number; before: number }[] | null;
}

export interface ActivityDays {
  /** Last day of the report month. */
  end: number;
  window: { from: number; to: number };
  previous: { from: number; to: number };
}

interface Collected {
  days: Set<number>[];
  now: Set<number>[];
  before: Set<number>[];
}

function collect(table: ShipmentTable, slotOf: Int32Array, at: ActivityDays, from: number, to: number, out: Collected): void {
  const { clientId, day, amount, productId } = table;
  const firstGapDay = at.end - GAP_YEAR_DAYS + 1;
  for (let i = from; i < to; i++) {
    const slot = slotOf[clientId[i]];
    if (slot < 0 || !(amount[i] > 0)) continue;
    const d = day[i];
    if (d >= firstGapDay && d <= at.end) out.days[slot].add(d);
    const p = productId ? productId[i] : -1;
    if (p < 0) continue;
    if (d >= at.window.from && d <= at.window.to) out.now[slot].add(p);
    if (d >= at.previous.from && d <= at.previous.to) out.before[slot].add(p);
  }
}

/** Median of the gaps between consecutive distinct days. */
function usualGap(days: Set<number>): number | null {
  if (days.size < MIN_SHIPMENT_DAYS) return null;
  const sorted = Float64Array.from(days).sort();
  const gaps = new Float64Array(sorted.length - 1);
  for (let k = 1; k < sorted.length; k++) gaps[k - 1] = sorted[k] - sorted[k - 1];
  gaps.sort();
  const mid = gaps.length >> 1;
  return gaps.length % 2 === 1 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2;
}

/** `slotOf[client]` is the client's watched slot, −1 for the others; `slots` watched clients in all. */
export function watchedActivity(table: ShipmentTable, slotOf: Int32Array, slots: number, at: ActivityDays): Activity {
  const make = () => Array.from({ length: slots }, () => new Set<number>());
  const out: Collected = { days: make(), now: make(), before: make() };
  if (slots > 0) {
    for (let from = 0; from < table.count; from += BLOCK_ROWS) collect(table, slotOf, at, from, Math.min(from + BLOCK_ROWS, table.count), out);
  }
  return {
    usualGapDays: out.days.map(usualGap),
    products: table.productId ? out.now.map((now, s) => ({ now: now.size, before: out.before[s].size })) : null,
  };
}
