// The shared contract of the engine: what flows from cells to the report model.
// Pure data types only — no Office, no DOM, no Node.

import type { HistoryModel } from "./history/types";
import type { ClassCutoffs } from "./cutoffs";
import type { ClientRisk, RiskTotals, WarningThresholds } from "./warning/types";
import type { Warning } from "./warnings";

/** A cell as any reader delivers it (Excel values, exceljs, CSV text). */
export type CellValue = string | number | boolean | Date | null | undefined;

export type Field = "client" | "date" | "amount" | "product" | "profit" | "quantity" | "manager";
export const FIELDS: readonly Field[] = ["client", "date", "amount", "product", "profit", "quantity", "manager"];
export const REQUIRED_FIELDS: readonly Field[] = ["client", "date", "amount"];

/** Column index (0-based, within the table's columns) chosen for each field. */
export type ColumnMap = Partial<Record<Field, number>>;

/** Why a data row was not used (SPEC §2). */
export type SkipReason = "blankClient" | "badDate" | "badAmount" | "errorValue" | "totalsRow";
export const SKIP_REASONS: readonly SkipReason[] = ["blankClient", "badDate", "badAmount", "errorValue", "totalsRow"];

/** Order of day and month in slash dates such as 12/30/2017. */
export type DateOrder = "auto" | "dmy" | "mdy";

/** Row accounting: read = used + Σ skipped + otherManagers (SPEC §2, §12). */
export interface RowAccounting {
  read: number;
  used: number;
  skipped: Record<SkipReason, number>;
  /** Rows of other managers, left out of one manager's report (SPEC §12); not skipped. */
  otherManagers: number;
  /** First source row numbers (1-based, as the user sees them) per reason, at most 10 each. */
  firstRows: Record<SkipReason, number[]>;
  /** Sum of the amounts of used rows. */
  usedAmount: number;
}

/**
 * Used shipments, columnar. Row i of every array is one used source row.
 * Days are whole days since 1970-01-01 (UTC), months are `year * 12 + (month - 1)`.
 */
export interface ShipmentTable {
  count: number;
  clientId: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  /** Present when a profit column was mapped; unreadable profit counts as 0. */
  profit: Float64Array | null;
  /** Present when a product column was mapped; -1 = blank product. */
  productId: Int32Array | null;
  /** 1-based source row number of each used row. */
  sourceRow: Int32Array;
  /** Display name per client id (first spelling seen; ids are case-insensitive keys). */
  clients: string[];
  /** Product name per product id. */
  products: string[];
  /** Present when a manager column was mapped; -1 = blank manager. Absent or null: no manager column. */
  managerId?: Int32Array | null;
  /** Manager name per manager id (first spelling seen; ids are case-insensitive keys). */
  managers?: string[];
  /** The first and last day of the rows (ingest finds them in a pass it makes anyway). */
  dayRange: { min: number; max: number };
}

/** What the ingest step found about the table. */
export interface IngestResult {
  table: ShipmentTable;
  accounting: RowAccounting;
  /** 0-based index of the header row within the cells given. */
  headerRow: number;
  /** Column index per field actually used. */
  columns: ColumnMap;
  /** Header text per field actually used (for "the report states which column was used"). */
  columnNames: Partial<Record<Field, string>>;
  /** All header texts of the table, for the user to pick another column. */
  headers: string[];
  dateOrder: "dmy" | "mdy";
  warnings: Warning[];
}

export type KeyRule = { kind: "top"; n: number } | { kind: "pareto"; share: number };
export type Basis = "sales" | "profit";
export type XyzMethod = "cv" | "frequency";
export type Lang = "en" | "ru" | "bg" | "id";

export interface ReportOptions {
  /** Report month "YYYY-MM"; default per SPEC §3. */
  month?: string;
  months: number;
  rule: KeyRule;
  basis: Basis;
  abc: { a: number; b: number };
  xyz: { x: number; y: number; method: XyzMethod };
  /** Trend at or below this is "falling" (SPEC §4). */
  fallingTrend: number;
  nearKeyCount: number;
  lostCount: number;
  breadwinnerShare: number;
  /** "Today" as "YYYY-MM-DD", for the default month and reproducible runs. */
  today: string;
  /** Generation time shown on the sheet (ISO); defaults to now. */
  generatedAt?: string;
  lang: Lang;
  /** Where the data came from, e.g. "Sheet1!A1:U9995" or "export.csv". */
  source: string;
  /** One manager's report (SPEC §12): the rows were read for this manager only. */
  manager?: string;
  /** Report months looked back over, ending with the report month (SPEC §10); 1 = no history. */
  history: number;
  /** Early-warning thresholds (SPEC §11). */
  warning: WarningThresholds;
}

export type AbcClass = "A" | "B" | "C";
export type XyzClass = "X" | "Y" | "Z";
export type ClientStatus = "new" | "kept";
export type ClientType = "breadwinner" | "prospective";

/** One row of the main table (SPEC §4, §6). */
export interface ClientRow {
  name: string;
  rank: number;
  monthly: number[];
  total: number;
  average: number;
  share: number;
  cumShare: number;
  abc: AbcClass;
  xyz: XyzClass;
  /** Coefficient of variation of the window months (SPEC §5, §14); null when the mean is ≤ 0. */
  cv: number | null;
  monthsWithShipments: number;
  /** True when the client shipped in fewer than all window months. */
  irregular: boolean;
  trend: number | null;
  falling: boolean;
  vsPrevMonth: number | null;
  key: boolean;
  status: ClientStatus | null;
  rankChange: number | null;
  /** "YYYY-MM-DD" of the last used row up to the end of the report month. */
  lastShipment: string;
  daysSinceLast: number;
  topAssortmentShare: number | null;
  topAssortmentCoverage: number | null;
  profit: number | null;
  profitShare: number | null;
  type: ClientType | null;
  /** SPEC §12; null for no manager, and without a manager column. */
  manager: string | null;
  /** Early warning (SPEC §11); `risk.signals` is null for clients neither key nor near-key. */
  risk: ClientRisk;
}

export interface NearKeyRow { name: string; rank: number; average: number; share: number; gapToKey: number }
export interface DroppedRow { name: string; previousRank: number; previousAverage: number; rank: number | null; average: number }
export interface LostRow { name: string; averageBefore: number; lastShipment: string; daysSinceLast: number; manager: string | null }
export interface DataQualityRow { reason: SkipReason; count: number; firstRows: number[] }

/** One manager's line of the roll-up (SPEC §12); name null = the clients with no manager. */
export interface ManagerRow {
  name: string | null;
  /** Active clients (rows in the key window) and their window total. */
  clients: number;
  total: number;
  /** total / the report's window total. */
  share: number;
  keyClients: number;
  /** At-risk clients (SPEC §11) and the sum of their averages. */
  atRisk: number;
  atRiskAmount: number;
  /** All lost clients (SPEC §6, not only those listed) and their monthly amount before the window. */
  lostCount: number;
  lostAmount: number;
}

export interface Concentration { top1: number; topKey: number; hhi: number; paretoRatio: number }

/** Everything the report sheet shows, as plain data. Writers render it, never recompute it. */
export interface ReportModel {
  lang: Lang;
  title: string;
  sheetName: string;
  reportMonth: string;
  windowMonths: string[];
  previousWindowMonths: string[];
  /** False when the data does not reach the previous window: comparison columns say n/a. */
  previousAvailable: boolean;
  source: string;
  generatedAt: string;
  columns: Partial<Record<Field, string>>;
  options: ReportOptions;
  rows: RowAccounting;
  /** Amount total of used rows (all months). */
  total: number;
  window: { rows: number; amount: number };
  summary: {
    activeClients: number;
    keyCount: number;
    keyShare: number;
    newCount: number;
    droppedCount: number;
    fallingKeyCount: number;
    irregularKeyCount: number;
  };
  concentration: Concentration;
  /** The smallest figure in class A and in class B (SPEC §14). */
  cutoffs: ClassCutoffs;
  hasProduct: boolean;
  hasProfit: boolean;
  clients: ClientRow[];
  nearKey: NearKeyRow[];
  dropped: DroppedRow[];
  lost: LostRow[];
  /** Every lost client (SPEC §6), in the same order; `lost` is its head. */
  lostAll: LostRow[];
  /** The roll-up by manager (SPEC §12); null without a manager column. */
  managers: ManagerRow[] | null;
  /** All lost clients (SPEC §6), not only the ones listed, and their monthly amount. */
  lostCount: number;
  lostAmount: number;
  /** At-risk clients and the sum of their averages (SPEC §11). */
  risk: RiskTotals;
  /** SPEC §10; null when history is off (1 month). */
  history: HistoryModel | null;
  dataQuality: DataQualityRow[];
  warnings: Warning[];
}
