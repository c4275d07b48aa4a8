// A read-only fake of the Excel objects the reader touches, built on office-addin-mock: every
// loadable object is an OfficeMockObject, so reading a property that was not loaded, or not yet
// synced, gives office-addin-mock's error text instead of data. The fake counts context.sync()
// calls, logs every block of values read, and behaves like Excel on the web for blocks whose
// JSON is over 5 MB (ResponsePayloadSizeLimitExceeded). Only read APIs exist: any write throws.
import { OfficeMockObject } from "office-addin-mock";
import type { CellValue } from "../../src/core/types";

export interface Box {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface FakeTable {
  name: string;
  box: Box; // header, data and totals row
  showTotals: boolean;
}

export interface FakeSheetSpec {
  name: string;
  /** Value of a cell by 0-based sheet row and column; "" when blank. */
  cell: (row: number, column: number) => CellValue;
  /** The used range (values only), or null for an empty sheet. */
  used: Box | null;
  tables?: FakeTable[];
  /** Selected areas; the active cell is the top-left cell of the first one. */
  selection: Box[];
  /** Answer `values: null` for blocks of more cells than this (Excel has been seen to, past 5M cells). */
  nullValuesAboveCells?: number;
}

export interface BlockRead extends Box {
  /** UTF-8 bytes of the values as JSON, measured independently of the reader. */
  bytes: number;
}

export const WEB_PAYLOAD_LIMIT = 5_000_000;
export const EXCEL_ROWS = 1_048_576;

/** A sheet whose cells come from a 2-D array placed at (rowIndex, columnIndex). */
export function sheetOf(name: string, rows: CellValue[][], at = { rowIndex: 0, columnIndex: 0 }): Omit<FakeSheetSpec, "selection"> {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  return {
    name,
    cell: (r, c) => rows[r - at.rowIndex]?.[c - at.columnIndex] ?? "",
    used: rows.length && columns ? { ...at, rowCount: rows.length, columnCount: columns } : null,
  };
}

export class FakeExcel {
  syncs = 0;
  /** Blocks refused as over the web payload limit. */
  refusals = 0;
  readonly blocks: BlockRead[] = [];
  /** Things to settle at the next sync; an entry may throw to fail the whole batch, like Excel. */
  private batch: (() => Promise<void>)[] = [];
  readonly context: Excel.RequestContext;

  constructor(private readonly spec: FakeSheetSpec) {
    const sheet = this.loadable({ name: spec.name }) as OfficeMockObject & Record<string, unknown>;
    sheet.getUsedRangeOrNullObject = () => this.rangeObject(spec.used);
    sheet.getRangeByIndexes = (rowIndex: number, columnIndex: number, rowCount: number, columnCount: number) =>
      this.valuesBlock({ rowIndex, columnIndex, rowCount, columnCount });
    const workbook = {
      worksheets: {
        getActiveWorksheet: () => sheet,
        getItem: (name: string) => {
          if (name !== spec.name) throw new Error(`no sheet ${name}`);
          return sheet;
        },
      },
      getSelectedRanges: () => {
        const areas = this.loadable({ areaCount: spec.selection.length }) as OfficeMockObject & Record<string, unknown>;
        areas.areas = { getItemAt: (i: number) => this.rangeObject(spec.selection[i]) };
        return areas;
      },
      getActiveCell: () => {
        const [area] = spec.selection;
        const tables = (spec.tables ?? []).filter((t) => contains(t.box, area.rowIndex, area.columnIndex));
        return {
          getTables: (fullyContained: boolean) => {
            expect(fullyContained).toBe(false);
            return { getCount: () => this.clientResult(tables.length), getFirst: () => this.tableObject(tables[0]) };
          },
        };
      },
    };
    this.context = {
      workbook,
      sync: async () => {
        this.syncs += 1;
        const batch = this.batch;
        this.batch = [];
        for (const settle of batch) await settle();
      },
    } as unknown as Excel.RequestContext;
  }

  /** An OfficeMockObject whose loaded properties become readable at the next sync. */
  private loadable(data: object): OfficeMockObject {
    const mock = new OfficeMockObject(data);
    this.batch.push(() => mock.sync());
    return mock;
  }

  private rangeObject(box: Box | null): OfficeMockObject {
    const range = this.loadable(box ?? { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 });
    (range as unknown as { isNullObject: boolean }).isNullObject = box === null;
    return range;
  }

  private tableObject(table: FakeTable): OfficeMockObject {
    const mock = this.loadable({ name: table.name, showTotals: table.showTotals }) as OfficeMockObject & Record<string, unknown>;
    mock.getRange = () => this.rangeObject(table.box);
    return mock;
  }

  private clientResult<T>(value: T): { readonly value: T } {
    let synced = false;
    this.batch.push(async () => {
      synced = true;
    });
    return {
      get value() {
        if (!synced) throw new Error("ClientResult.value read before context.sync()");
        return value;
      },
    };
  }

  private valuesBlock(box: Box): OfficeMockObject {
    const values: CellValue[][] = [];
    for (let r = 0; r < box.rowCount; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < box.columnCount; c++) row.push(this.spec.cell(box.rowIndex + r, box.columnIndex + c));
      values.push(row);
    }
    const bytes = Buffer.byteLength(JSON.stringify(values), "utf8");
    const answersNull = box.rowCount * box.columnCount > (this.spec.nullValuesAboveCells ?? Infinity);
    const mock = this.loadable({ values });
    this.batch.push(async () => {
      if (answersNull) (mock as unknown as { values: null }).values = null; // office-addin-mock cannot hold null
      if (bytes > WEB_PAYLOAD_LIMIT) {
        this.refusals += 1;
        throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
      }
      this.blocks.push({ ...box, bytes });
    });
    return mock;
  }
}

function contains(box: Box, row: number, column: number): boolean {
  return row >= box.rowIndex && row < box.rowIndex + box.rowCount && column >= box.columnIndex && column < box.columnIndex + box.columnCount;
}
