// The key-client register in the workbook (SPEC §13), through Office.js: read the table
// KeyClientRegister (wherever the user moved, sorted or filtered it) before anything is written,
// then write back only the add-in's columns of its rows, append the clients new to it, and keep the
// Relationship drop-down. A first build creates the sheet and the table. Writes go in batches
// within the payload limits.

import { registerLabels } from "../core/registerLabels";
import type { CellValue, Lang } from "../core/types";
import { COMPUTED_COLUMNS } from "../core/registerLabels";
import { REGISTER_TABLE, type OldRegister, type RegisterUpdate } from "../report/registerMerge";
import type { PlanValue } from "../report/sheetPlan";
import { FORMAT } from "../report/formats";
import { BATCH_BYTES } from "./planRenderer";
import { columnWidthPoints } from "../report/units";
import { numberedName, sameSheetName } from "./sheetNames";
import { registerPrint, type Paper } from "../report/printSetup";
import { queuePrintSetup } from "./printLayout";

/** Rows read per sync: a register row with long notes can hold a few kilobytes. */
const READ_ROWS = 500;
/** Rows written per call, so that one call stays far below the payload limit. */
const WRITE_ROWS = 2000;
const WIDTH = { text: 14, client: 34, long: 40 } as const;

/** Where the register's body starts on its sheet. */
interface RegisterPlace {
  sheetName: string;
  /** 0-based sheet row of the first body row, and column of the table's first column. */
  bodyRow: number;
  column: number;
}

export interface WorkbookRegister {
  /** null: the workbook has no register yet. */
  old: OldRegister<CellValue> | null;
  place: RegisterPlace | null;
}

const cellText = (cell: CellValue | undefined) => (cell === null || cell === undefined ? "" : String(cell).trim());

/** Reads the register table, if the workbook has one; changes nothing. */
export async function readRegister(context: Excel.RequestContext): Promise<WorkbookRegister> {
  const table = context.workbook.tables.getItemOrNullObject(REGISTER_TABLE).load("showHeaders");
  await context.sync();
  if (table.isNullObject) return { old: null, place: null };
  const range = table.getRange().load("rowIndex, columnIndex, rowCount, columnCount");
  const sheet = range.worksheet.load("name");
  await context.sync();
  const cells: CellValue[][] = [];
  for (let from = 0; from < range.rowCount; from += READ_ROWS) {
    const block = sheet.getRangeByIndexes(range.rowIndex + from, range.columnIndex, Math.min(READ_ROWS, range.rowCount - from), range.columnCount).load("values");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block on purpose: a whole register of notes can exceed the 5 MB response limit
    await context.sync();
    for (const row of block.values) cells.push(row as CellValue[]);
  }
  const headerRows = table.showHeaders ? 1 : 0;
  return {
    old: { headers: headerRows ? cells[0].map(cellText) : null, rows: cells.slice(headerRows), text: cellText },
    place: { sheetName: sheet.name, bodyRow: range.rowIndex + headerRows, column: range.columnIndex },
  };
}

/** Syncs whenever the queued writes reach the batch budget. */
class Batches {
  private bytes = 0;
  constructor(private readonly context: Excel.RequestContext) {}

  async queued(bytes: number): Promise<void> {
    this.bytes += bytes;
    if (this.bytes >= BATCH_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    this.bytes = 0;
    await this.context.sync();
  }
}

/** A cell as Office.js writes it: an empty refreshed figure clears the cell (null would leave it). */
function officeValue(value: CellValue | PlanValue): CellValue {
  if (value === null || value === undefined) return "";
  return typeof value === "object" && !(value instanceof Date) ? value.result : value;
}

const bytesOf = (rows: unknown[][]) => JSON.stringify(rows).length * 2;

/**
 * Writes rows [from, to) of the register's columns `columns` (0-based, in the table) at `place`:
 * number formats first, so that a name like "=A1" stays text.
 */
async function writeColumns(sheet: Excel.Worksheet, place: RegisterPlace, update: RegisterUpdate<CellValue>, columns: number[], from: number, to: number, batches: Batches): Promise<void> {
  for (let start = from; start < to; start += WRITE_ROWS) {
    const end = Math.min(to, start + WRITE_ROWS);
    for (const c of columns) {
      const range = sheet.getRangeByIndexes(place.bodyRow + start, place.column + c, end - start, 1);
      const format = update.formats[c];
      if (format !== null) range.numberFormat = Array.from({ length: end - start }, () => [format]);
      const values = update.rows.slice(start, end).map((row) => [officeValue(row[c])]);
      range.values = values;
      await batches.queued(bytesOf(values));
    }
  }
}

function setDropDown(sheet: Excel.Worksheet, place: RegisterPlace, update: RegisterUpdate<CellValue>): void {
  if (update.rows.length === 0) return;
  const range = sheet.getRangeByIndexes(place.bodyRow, place.column + update.columnOf.relationship, update.rows.length, 1);
  range.dataValidation.clear();
  range.dataValidation.rule = { list: { inCellDropDown: true, source: update.relationshipChoices.join(",") } };
}

/** The register after a build: refreshed in place, or created on a sheet of its own. */
export async function writeRegister(context: Excel.RequestContext, found: WorkbookRegister, update: RegisterUpdate<CellValue>, lang: Lang, paper: Paper): Promise<void> {
  const batches = new Batches(context);
  if (found.place === null) {
    await createRegister(context, update, lang, paper, batches);
    return;
  }
  const place = found.place;
  const sheet = context.workbook.worksheets.getItem(place.sheetName);
  const computed = COMPUTED_COLUMNS.map((c) => update.columnOf[c]);
  await writeColumns(sheet, place, update, computed, 0, update.existing, batches);
  for (const row of update.roleFilled) {
    const cell = sheet.getRangeByIndexes(place.bodyRow + row, place.column + update.columnOf.clientRole, 1, 1);
    cell.numberFormat = [[FORMAT.text]];
    cell.values = [[officeValue(update.rows[row][update.columnOf.clientRole])]];
    await batches.queued(200);
  }
  // New clients: blank rows added to the table first, then written like the others.
  const table = context.workbook.tables.getItem(REGISTER_TABLE);
  for (let start = update.existing; start < update.rows.length; start += WRITE_ROWS) {
    const count = Math.min(WRITE_ROWS, update.rows.length - start);
    table.rows.add(undefined, Array.from({ length: count }, () => update.headers.map(() => "")));
    await batches.queued(count * update.headers.length * 6);
  }
  const all = update.headers.map((_, c) => c).filter((c) => update.formats[c] !== null);
  await writeColumns(sheet, place, update, all, update.existing, update.rows.length, batches);
  setDropDown(sheet, place, update);
  await batches.flush();
}

/** A new register sheet, set up to print; an existing one keeps the print settings its user gave it. */
async function createRegister(context: Excel.RequestContext, update: RegisterUpdate<CellValue>, lang: Lang, paper: Paper, batches: Batches): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const base = registerLabels(lang).sheet;
  let n = 1;
  while (sheets.items.some((s) => sameSheetName(s.name, numberedName(base, n)))) n++;
  const name = numberedName(base, n);
  const sheet = context.workbook.worksheets.add(name);
  const place: RegisterPlace = { sheetName: name, bodyRow: 1, column: 0 };
  const header = sheet.getRangeByIndexes(0, 0, 1, update.headers.length);
  header.numberFormat = [update.headers.map(() => FORMAT.text)];
  header.values = [update.headers];
  await writeColumns(sheet, place, update, update.headers.map((_, c) => c), 0, update.rows.length, batches);
  // A table needs a body row: an empty register gets one blank row.
  const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, Math.max(2, update.rows.length + 1), update.headers.length), true);
  table.name = REGISTER_TABLE;
  table.style = "TableStyleLight9";
  sheet.freezePanes.freezeRows(1);
  update.headers.forEach((_, c) => {
    const width = c === update.columnOf.client ? WIDTH.client : c === update.columnOf.dossier || c === update.columnOf.notes ? WIDTH.long : WIDTH.text;
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnWidthPoints(width);
  });
  setDropDown(sheet, place, update);
  queuePrintSetup(sheet, registerPrint(lang, paper));
  await batches.flush();
}
