// What a build knows about each client for the key-client register (SPEC §13): the figures of the
// register's refreshed columns, and which clients belong in it. Pure data from the report model.

import type { ClientRow, ClientType, ReportModel } from "./types";
import type { RegisterStatus } from "./registerLabels";
import { clientKey } from "./values";
import { ExactSum } from "./sums";

export interface RegisterFacts {
  client: string;
  /** undefined: the build knows nothing of the client's manager (no rows for 12 months); the register keeps its own. */
  manager: string | null | undefined;
  rank: number | null;
  abcXyz: string | null;
  keyNow: boolean;
  status: RegisterStatus;
  monthsKey: number;
  /** "YYYY-MM", or null when not key in any shown month. */
  keySince: string | null;
  /** "YYYY-MM-DD"; undefined: unknown to this build, the register keeps its own. */
  lastShipment: string | undefined;
  average: number | null;
  trend: number | null;
  /** The client's row of the main table, for its early-warning reasons (SPEC §11); null when inactive. */
  row: ClientRow | null;
  /** profit / sales in the window, with a profit column. */
  margin: number | null;
  companyMargin: number | null;
  /** Client role suggested from SPEC §6 for an empty cell. */
  role: ClientType | null;
}

export interface RegisterBasis {
  /** By client key: every client the build has figures for. */
  facts: Map<string, RegisterFacts>;
  /** Client keys that belong in the register (key or near-key now, key in a shown month of the history), in that order. */
  members: string[];
  /** Months of the key window, for the reasons' wording. */
  windowMonths: number;
  /** Facts for a client of the register the build knows nothing about. */
  unknown: (client: string) => RegisterFacts;
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The register's figures from one report model. */
export function registerBasis(model: ReportModel): RegisterBasis {
  const nearKey = new Set(model.nearKey.map((r) => clientKey(r.name)));
  const dropped = new Set(model.dropped.map((r) => clientKey(r.name)));
  const profit = new ExactSum();
  const sales = new ExactSum();
  for (const c of model.clients) {
    profit.add(c.profit ?? 0);
    sales.add(c.total);
  }
  const companyMargin = model.hasProfit ? ratio(profit.value, sales.value) : null;
  const blank = (client: string, status: RegisterStatus): RegisterFacts => ({
    client, manager: undefined, rank: null, abcXyz: null, keyNow: false, status, monthsKey: 0, keySince: null,
    lastShipment: undefined, average: null, trend: null, row: null, margin: null, companyMargin, role: null,
  });
  const facts = new Map<string, RegisterFacts>();
  const withManagers = model.managers !== null;
  for (const l of model.lostAll) {
    facts.set(clientKey(l.name), { ...blank(l.name, "lost"), manager: withManagers ? l.manager : undefined, lastShipment: l.lastShipment });
  }
  for (const d of model.dropped) {
    const key = clientKey(d.name);
    if (!facts.has(key)) facts.set(key, blank(d.name, "dropped"));
  }
  const timeline = new Map((model.history?.clients ?? []).map((t) => [clientKey(t.name), t]));
  const members: string[] = [];
  for (const c of model.clients) {
    const key = clientKey(c.name);
    const status: RegisterStatus = c.key ? (c.status === "new" ? "newKey" : "key") : nearKey.has(key) ? "nearKey" : dropped.has(key) ? "dropped" : "active";
    if (c.key || nearKey.has(key)) members.push(key);
    const history = timeline.get(key);
    facts.set(key, {
      client: c.name,
      manager: withManagers ? c.manager : undefined,
      rank: c.rank,
      abcXyz: `${c.abc}${c.xyz}`,
      keyNow: c.key,
      status,
      // Without history the report month is the only month shown.
      monthsKey: history?.keyMonths ?? (c.key ? 1 : 0),
      keySince: history?.firstKeyMonth ?? (c.key ? model.reportMonth : null),
      lastShipment: c.lastShipment,
      average: c.average,
      trend: c.trend,
      row: c,
      margin: model.hasProfit ? ratio(c.profit ?? 0, c.total) : null,
      companyMargin,
      role: c.type,
    });
  }
  // Key in an earlier shown month, not key or near-key now: after those of the report month, in the timeline's order.
  const listed = new Set(members);
  for (const [key, t] of timeline) {
    if (listed.has(key)) continue;
    members.push(key);
    const known = facts.get(key) ?? blank(t.name, "inactive");
    facts.set(key, { ...known, monthsKey: t.keyMonths, keySince: t.firstKeyMonth });
  }
  return { facts, members, windowMonths: model.windowMonths.length, unknown: (client) => blank(client, "inactive") };
}
