// The key-client register (SPEC §13) merged with a new build: the register's rows as the user left
// them (sorted, filtered, with columns of their own) in, the same rows with the add-in's columns
// refreshed out, plus a row at the end for each client new to it. Rows are matched by client key;
// the manager's columns and the user's columns are never written, rows never deleted.

import { normalizeHeader } from "../core/columns";
import {
  ALL_REGISTER_LABELS, COMPUTED_COLUMNS, REGISTER_COLUMNS, RELATIONSHIPS, registerLabels,
  type RegisterColumn, type RegisterLabels, type RegisterProblem,
} from "../core/registerLabels";
import type { RegisterBasis, RegisterFacts } from "../core/registerFacts";
import type { Lang } from "../core/types";
import { clientKey } from "../core/values";
import { excelDateSerial } from "./a1";
import { riskLine } from "./riskText";
import { FORMAT } from "./formats";
import type { PlanValue } from "./sheetPlan";

/** The Excel table that holds the register, wherever the user moves or renames its sheet. */
export const REGISTER_TABLE = "KeyClientRegister";

/** The register as read from the workbook; `T` is the reader's own cell (kept untouched). */
export interface OldRegister<T> {
  /** Header texts; null when the table shows no header row. */
  headers: string[] | null;
  rows: T[][];
  /** The text a cell shows, for client names and empty cells. */
  text: (cell: T | undefined) => string;
}

export interface RegisterUpdate<T> {
  headers: string[];
  /** Existing rows first, in their order, then the new ones. */
  rows: (T | PlanValue)[][];
  /** Rows [0, existing) were in the register before. */
  existing: number;
  columnOf: Record<RegisterColumn, number>;
  /** Existing rows whose empty Client role this build filled with a suggestion. */
  roleFilled: number[];
  /** Excel number format per column; null for the user's own columns (left as they are). */
  formats: (string | null)[];
  /** The seven kinds of relationship, for the Relationship column's drop-down. */
  relationshipChoices: string[];
  /** Client key → the Relationship the manager chose, for the report's main table. */
  relationships: Map<string, string>;
}

export type RegisterMerge<T> = { ok: true; update: RegisterUpdate<T> } | { ok: false; problem: RegisterProblem };

const FORMATS: Record<RegisterColumn, string> = {
  client: FORMAT.text, manager: FORMAT.text, rank: FORMAT.rank, abcXyz: FORMAT.text, keyNow: FORMAT.text, status: FORMAT.text,
  monthsKey: FORMAT.rank, keySince: FORMAT.text, lastShipment: FORMAT.date, average: FORMAT.money, trend: FORMAT.signedPercent,
  risk: FORMAT.text, margin: FORMAT.percent, companyMargin: FORMAT.percent, relationship: FORMAT.text, clientRole: FORMAT.text,
  decisionMakers: FORMAT.text, dossier: FORMAT.text, nextStep: FORMAT.text, nextStepDate: FORMAT.date, notes: FORMAT.text,
};

/** A header in any language → our column. */
const COLUMN_OF_HEADER: ReadonlyMap<string, RegisterColumn> = new Map(
  ALL_REGISTER_LABELS.flatMap((l) => REGISTER_COLUMNS.map((c): [string, RegisterColumn] => [normalizeHeader(l.columns[c]), c])),
);

/** Where each of our columns stands among the headers, or what is wrong with them. */
function locateColumns(headers: string[]): { columnOf: Record<RegisterColumn, number> } | { problem: RegisterProblem } {
  const found = new Map<RegisterColumn, number>();
  for (let i = 0; i < headers.length; i++) {
    const column = COLUMN_OF_HEADER.get(normalizeHeader(headers[i]));
    if (column === undefined) continue;
    if (found.has(column)) return { problem: { kind: "duplicateColumn", column } };
    found.set(column, i);
  }
  const missing = REGISTER_COLUMNS.filter((c) => !found.has(c));
  if (missing.length > 0) return { problem: { kind: "missingColumns", columns: missing } };
  return { columnOf: Object.fromEntries(found) as Record<RegisterColumn, number> };
}

/** The refreshed cell of a computed column; `kept` when the build knows nothing new. */
function computedCell<T>(column: (typeof COMPUTED_COLUMNS)[number], f: RegisterFacts, l: RegisterLabels, kept: T | undefined, months: number, lang: Lang): T | PlanValue {
  switch (column) {
    case "client": return f.client;
    case "manager": return f.manager === undefined ? (kept ?? null) : f.manager;
    case "rank": return f.rank;
    case "abcXyz": return f.abcXyz;
    case "keyNow": return f.keyNow ? l.yes : null;
    case "status": return l.status[f.status];
    case "monthsKey": return f.monthsKey;
    case "keySince": return f.keySince;
    case "lastShipment": return f.lastShipment === undefined ? (kept ?? null) : excelDateSerial(f.lastShipment);
    case "average": return f.average;
    case "trend": return f.trend;
    case "risk": return f.row === null ? null : riskLine(f.row, months, lang) || null;
    case "margin": return f.margin;
    case "companyMargin": return f.companyMargin;
  }
}

/**
 * The register after this build: `old` null starts a fresh one. A register whose table lost its
 * header row or one of our columns (renamed, deleted) is refused with the problem, nothing merged.
 */
export function mergeRegister<T>(old: OldRegister<T> | null, basis: RegisterBasis, lang: Lang): RegisterMerge<T> {
  const l = registerLabels(lang);
  let headers: string[];
  let columnOf: Record<RegisterColumn, number>;
  if (old === null) {
    headers = REGISTER_COLUMNS.map((c) => l.columns[c]);
    columnOf = Object.fromEntries(REGISTER_COLUMNS.map((c, i) => [c, i])) as Record<RegisterColumn, number>;
  } else {
    if (old.headers === null) return { ok: false, problem: { kind: "noHeader" } };
    const located = locateColumns(old.headers);
    if ("problem" in located) return { ok: false, problem: located.problem };
    headers = old.headers;
    columnOf = located.columnOf;
  }
  // Only ever given the reader's own cells: computed and new cells are never read back.
  const text = old?.text ?? (() => "");
  const width = headers.length;
  const rows: (T | PlanValue)[][] = [];
  const roleFilled: number[] = [];
  const seen = new Set<string>();
  const relationships = new Map<string, string>();
  const refresh = (row: (T | PlanValue)[], f: RegisterFacts, index: number | null) => {
    for (const column of COMPUTED_COLUMNS) row[columnOf[column]] = computedCell(column, f, l, row[columnOf[column]] as T | undefined, basis.windowMonths, lang);
    const role = columnOf.clientRole;
    if (f.role !== null && text(row[role] as T | undefined) === "") {
      row[role] = l.roles[f.role];
      if (index !== null) roleFilled.push(index);
    }
  };
  for (const [i, oldRow] of (old?.rows ?? []).entries()) {
    const row: (T | PlanValue)[] = Array.from({ length: width }, (_, c) => oldRow[c] ?? null);
    const name = text(oldRow[columnOf.client]);
    const key = clientKey(name);
    if (key !== "") {
      seen.add(key);
      refresh(row, basis.facts.get(key) ?? basis.unknown(name), i);
      const chosen = text(oldRow[columnOf.relationship]);
      if (chosen !== "" && !relationships.has(key)) relationships.set(key, chosen);
    }
    rows.push(row);
  }
  const existing = rows.length;
  for (const key of basis.members) {
    if (seen.has(key)) continue;
    const row: (T | PlanValue)[] = new Array(width).fill(null);
    refresh(row, basis.facts.get(key)!, null);
    rows.push(row);
  }
  const ours = new Map(REGISTER_COLUMNS.map((c) => [columnOf[c], FORMATS[c]]));
  return {
    ok: true,
    update: {
      headers,
      rows,
      existing,
      columnOf,
      roleFilled,
      formats: headers.map((_, i) => ours.get(i) ?? null),
      relationshipChoices: RELATIONSHIPS.map((r) => l.relationships[r]),
      relationships,
    },
  };
}
