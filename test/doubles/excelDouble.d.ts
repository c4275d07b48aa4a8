// Types of excelDouble.js for TypeScript tests.

export type DoubleCell = string | number | boolean | null;

export interface DoubleSpec {
  /** Sheets in order; each a 2-D array of cells from A1 (as typed: "=…" is a formula, "'=…" is the text "=…"). */
  sheets?: Record<string, DoubleCell[][]>;
  active?: string;
  /** Selected cells on the active sheet; several areas as an array. Default A1. */
  selection?: string | string[];
  tables?: { name: string; sheet?: string; address: string; showTotals?: boolean }[];
  settings?: Record<string, unknown>;
  /** The workbook's date system as Workbook.use1904DateSystem; absent: an Excel without that property (loading it fails). */
  use1904DateSystem?: boolean;
  /** Bytes a batch may write or read (Excel on the web: 5,000,000). */
  payloadLimit?: number;
}

/** One write Excel carried out; `sync` is the number of the sync that carried it out. */
export interface LogEntry {
  op: string;
  sheet?: string;
  address?: string;
  sync: number;
  [key: string]: unknown;
}

export interface ChartSeriesModel {
  name: string;
  values: string | null;
  xValues: string | null;
  chartType: string;
  axisGroup: string;
}

export interface ChartModel {
  name: string;
  chartType: string;
  source: string;
  seriesBy: string;
  series: ChartSeriesModel[];
  title: { text?: string };
  legend: { position?: string };
  axes: Record<string, { numberFormat?: string; minimum?: number; maximum?: number }>;
  position: { from: string; to: string | null } | null;
}

export interface CellFormat {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
  fill?: { color?: string };
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Partial<Record<"top" | "bottom" | "left" | "right", { style?: string; color?: string; weight?: string }>>;
}

export interface SheetView {
  name: string;
  id: string;
  values(address: string): DoubleCell[][];
  formulas(address: string): DoubleCell[][];
  numberFormats(address: string): string[][];
  cell(address: string): { value: DoubleCell; formula: string | null; numberFormat: string; format: CellFormat };
  usedAddress(): string | null;
  tables: { name: string; address: string; style: string; showBandedRows: boolean; showTotals: boolean }[];
  charts: ChartModel[];
  dataValidations: { address: string; rule: { list: { inCellDropDown?: boolean; source: string } } }[];
  conditionalFormats: { type: string; address: string; formula: string | null; fill: string | null; fontColor: string | null }[];
  freeze: { rows: number; columns: number };
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  pageLayout: Record<string, unknown>;
}

export interface ExcelDouble {
  /** Install as the global `Excel`: `Excel.run(batch)` then runs on this workbook. */
  Excel: { run: typeof Excel.run };
  log: LogEntry[];
  readonly syncs: number;
  sheetNames(): string[];
  activeSheetName(): string;
  sheet(name: string): SheetView | null;
  setting(key: string): unknown;
  select(address: string | string[], sheetName?: string): void;
  activate(name: string): void;
  /** Adds an empty sheet at the end, as a co-author (or the user) may between two syncs of the add-in. */
  addSheet(name: string): void;
  /**
   * Sync number `sync` (counted from the first sync of this workbook) carries out its first
   * `afterCalls` calls (default 0), then fails with `code`, as Excel fails a batch part-way.
   */
  failSync(sync: number, code: string, afterCalls?: number): void;
  parseAddress(address: string): { sheetName: string | null; box: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } };
}

export function createExcelDouble(spec?: DoubleSpec): ExcelDouble;
