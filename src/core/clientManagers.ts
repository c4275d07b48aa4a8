// Each client's manager (SPEC §12): the manager whose rows of the client in the key window sum to
// the largest amount, the latest row deciding a tie; a client without rows in the window takes the
// manager of the largest amount over the months before it. Managers are compared by the ingest's
// manager ids (trimmed, inner spaces collapsed, case ignored); a blank manager is "no manager".

import type { ShipmentTable } from "./types";
import { BLOCK_ROWS } from "./blocks";
import { RELATIVE_TOLERANCE } from "./sums";

/** No manager: a blank manager cell, or no rows in either period. */
export const NO_MANAGER = -1;

/** The days whose rows decide: the key window, and the months before it for clients without window rows. */
export interface ManagerPeriods {
  windowFirstDay: number;
  windowLastDay: number;
  lookbackFirstDay: number;
}

/** One client × manager × period: the amount its rows sum to and its latest row. */
class Tallies {
  readonly sum: number[] = [];
  readonly carry: number[] = [];
  readonly latestDay: number[] = [];
  readonly latestRow: number[] = [];
  readonly client: number[] = [];
  readonly manager: number[] = [];
  readonly inWindow: boolean[] = [];

  open(client: number, manager: number, inWindow: boolean): number {
    this.sum.push(0);
    this.carry.push(0);
    this.latestDay.push(-Infinity);
    this.latestRow.push(-Infinity);
    this.client.push(client);
    this.manager.push(manager);
    this.inWindow.push(inWindow);
    return this.sum.length - 1;
  }

  /** Neumaier's compensated sum, as the matrix's cells: a tie does not depend on the rows' order. */
  add(slot: number, amount: number, day: number, row: number): void {
    const s = this.sum[slot];
    const t = s + amount;
    this.carry[slot] += Math.abs(s) >= Math.abs(amount) ? s - t + amount : amount - t + s;
    this.sum[slot] = t;
    if (day > this.latestDay[slot] || (day === this.latestDay[slot] && row > this.latestRow[slot])) {
      this.latestDay[slot] = day;
      this.latestRow[slot] = row;
    }
  }

  total(slot: number): number {
    return this.sum[slot] + this.carry[slot];
  }

  /** Whether `a` wins over `b`: a clearly larger amount, or an equal one with the later latest row. */
  beats(a: number, b: number): boolean {
    const x = this.total(a);
    const y = this.total(b);
    const noise = RELATIVE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
    if (x > y + noise) return true;
    if (y > x + noise) return false;
    return this.latestDay[a] > this.latestDay[b] || (this.latestDay[a] === this.latestDay[b] && this.latestRow[a] > this.latestRow[b]);
  }
}

/**
 * The manager id of every client (NO_MANAGER for none), or null when the table has no manager
 * column. The latest row of a day is the one lower in the source.
 */
export function clientManagers(table: ShipmentTable, periods: ManagerPeriods): Int32Array | null {
  const managerId = table.managerId ?? null;
  if (managerId === null) return null;
  const clients = table.clients.length;
  const tallies = new Tallies();
  const slotOf = new Map<number, number>();
  // Most clients have one manager: the slot of each client's last manager in each period spares the Map.
  const cachedManager = new Int32Array(2 * clients).fill(-2);
  const cachedSlot = new Int32Array(2 * clients);
  const managerKinds = (table.managers?.length ?? 0) + 1;
  for (let from = 0; from < table.count; from += BLOCK_ROWS) {
    const to = Math.min(from + BLOCK_ROWS, table.count);
    for (let i = from; i < to; i++) {
      const d = table.day[i];
      if (d < periods.lookbackFirstDay || d > periods.windowLastDay) continue;
      const c = table.clientId[i];
      const m = managerId[i];
      const inWindow = d >= periods.windowFirstDay;
      const cache = 2 * c + (inWindow ? 1 : 0);
      let slot: number;
      if (cachedManager[cache] === m) slot = cachedSlot[cache];
      else {
        const key = cache * managerKinds + (m + 1);
        slot = slotOf.get(key) ?? -1;
        if (slot < 0) {
          slot = tallies.open(c, m, inWindow);
          slotOf.set(key, slot);
        }
        cachedManager[cache] = m;
        cachedSlot[cache] = slot;
      }
      tallies.add(slot, table.amount[i], d, table.sourceRow[i]);
    }
  }
  const bestWindow = new Int32Array(clients).fill(-1);
  const bestBefore = new Int32Array(clients).fill(-1);
  for (let slot = 0; slot < tallies.sum.length; slot++) {
    const best = tallies.inWindow[slot] ? bestWindow : bestBefore;
    const c = tallies.client[slot];
    if (best[c] < 0 || tallies.beats(slot, best[c])) best[c] = slot;
  }
  const out = new Int32Array(clients).fill(NO_MANAGER);
  for (let c = 0; c < clients; c++) {
    const slot = bestWindow[c] >= 0 ? bestWindow[c] : bestBefore[c];
    if (slot >= 0) out[c] = tallies.manager[slot];
  }
  return out;
}

/** The name of a manager id, or null for no manager. */
export function managerName(table: ShipmentTable, id: number): string | null {
  return id === NO_MANAGER ? null : table.managers![id];
}
