// The source table saved in the settings (`Sales!A1:U9995`), found again next month. A monthly
// export grows: the saved address fixes the sheet, the columns and the top row, and the rows run to
// the end of the sheet's used range, so rows added since are read too. When the saved top-left
// cell is inside an Excel table, the table as it is now is the source (without its totals row).

import { addressOf, type SourceRange } from "./reader";

const RANGE_PROPERTIES = "rowIndex, columnIndex, rowCount, columnCount";

/** `Sales!A1:U9995` or `'My data'!B3:H120` → sheet name and cell address; null when it is neither. */
export function parseSheetAddress(address: string): { sheetName: string; cells: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!][^!]*))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/i.exec(address.trim());
  if (!m) return null;
  return { sheetName: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], cells: m[3].replace(/\$/g, "") };
}

/** The saved source as it is now, or null when its sheet is gone, empty above its top row, or the address is not one. */
export async function savedSourceRange(context: Excel.RequestContext, address: string): Promise<SourceRange | null> {
  const parsed = parseSheetAddress(address);
  if (!parsed) return null;
  const sheet = context.workbook.worksheets.getItemOrNullObject(parsed.sheetName).load("name");
  await context.sync();
  if (sheet.isNullObject) return null;

  const saved = sheet.getRange(parsed.cells).load(RANGE_PROPERTIES);
  const used = sheet.getUsedRangeOrNullObject(true).load(RANGE_PROPERTIES);
  const tablesAtCorner = saved.getCell(0, 0).getTables(false);
  const tableCount = tablesAtCorner.getCount();
  await context.sync();

  // eslint-disable-next-line office-addins/load-object-before-read -- getCount() gives a ClientResult: it has no load(), its value is set by the sync
  if (tableCount.value > 0) {
    const table = tablesAtCorner.getFirst().load("name, showTotals");
    const range = table.getRange().load(RANGE_PROPERTIES);
    await context.sync();
    const rowCount = range.rowCount - (table.showTotals ? 1 : 0); // the totals row is Excel's, not a client
    const box = { rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount, columnCount: range.columnCount };
    return { kind: "table", sheetName: sheet.name, address: addressOf(sheet.name, box), tableName: table.name, ...box };
  }
  if (used.isNullObject) return null;
  const bottom = used.rowIndex + used.rowCount;
  if (bottom <= saved.rowIndex) return null;
  const box = { rowIndex: saved.rowIndex, columnIndex: saved.columnIndex, rowCount: bottom - saved.rowIndex, columnCount: saved.columnCount };
  return { kind: "selection", sheetName: sheet.name, address: addressOf(sheet.name, box), tableName: null, ...box };
}
