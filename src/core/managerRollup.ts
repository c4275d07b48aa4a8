// The roll-up by manager (SPEC §12): per manager, the active clients and their window total, the
// key clients, the at-risk ones (SPEC §11) and the lost ones, ordered by total (largest first), ties by name.

import type { ClientRow, ManagerRow } from "./types";
import { compareNames } from "./ranking";
import { ExactSum } from "./sums";

/** A lost client as the roll-up needs it: its manager and its monthly amount before the window. */
export interface LostShare {
  manager: string | null;
  averageBefore: number;
}

interface Tally {
  clients: number;
  total: ExactSum;
  keyClients: number;
  atRisk: number;
  atRiskAmount: ExactSum;
  lostCount: number;
  lostAmount: ExactSum;
}

/** "No manager" sorts after every name among equal totals. */
function compareManagers(a: ManagerRow, b: ManagerRow): number {
  if (a.total !== b.total) return b.total - a.total;
  if (a.name === null || b.name === null) return (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0);
  return compareNames(a.name, b.name);
}

/** `clients` are the report's active clients, `lost` every lost client, `windowTotal` the report's total. */
export function managerRollup(clients: readonly Pick<ClientRow, "manager" | "total" | "key" | "average" | "risk">[], lost: readonly LostShare[], windowTotal: number): ManagerRow[] {
  const tallies = new Map<string | null, Tally>();
  const tallyOf = (manager: string | null): Tally => {
    let t = tallies.get(manager);
    if (t === undefined) {
      t = { clients: 0, total: new ExactSum(), keyClients: 0, atRisk: 0, atRiskAmount: new ExactSum(), lostCount: 0, lostAmount: new ExactSum() };
      tallies.set(manager, t);
    }
    return t;
  };
  for (const c of clients) {
    const t = tallyOf(c.manager);
    t.clients++;
    t.total.add(c.total);
    if (c.key) t.keyClients++;
    if (c.risk.atRisk) {
      t.atRisk++;
      t.atRiskAmount.add(c.average);
    }
  }
  for (const l of lost) {
    const t = tallyOf(l.manager);
    t.lostCount++;
    t.lostAmount.add(l.averageBefore);
  }
  const rows = Array.from(tallies, ([name, t]): ManagerRow => ({
    name,
    clients: t.clients,
    total: t.total.value,
    share: windowTotal !== 0 ? t.total.value / windowTotal : 0,
    keyClients: t.keyClients,
    atRisk: t.atRisk,
    atRiskAmount: t.atRiskAmount.value,
    lostCount: t.lostCount,
    lostAmount: t.lostAmount.value,
  }));
  return rows.sort(compareManagers);
}
