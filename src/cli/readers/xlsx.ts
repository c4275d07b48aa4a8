// Reads one sheet of an .xlsx export into rows of cell values, keeping sheet row numbers:
// `rows[i]` is sheet row `i + 1`, blank rows included, so skipped rows are reported with
// the numbers the user sees in Excel.

import ExcelJS from "exceljs";
import { KeyClientError } from "../../core/errors";
import type { CellValue } from "../../core/types";

/**
 * An exceljs cell value as the engine wants it: numbers, strings, booleans and dates pass
 * through; rich text and hyperlinks become their text; a formula gives its cached result;
 * an error cell gives its error text (`#N/A`), which the engine counts as an error value.
 */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  if ("hyperlink" in value) {
    const text = value.text as unknown;
    return typeof text === "string" ? text : plainValue(text as ExcelJS.CellValue);
  }
  return null;
}

function pickSheet(wb: ExcelJS.Workbook, path: string, sheetName?: string): ExcelJS.Worksheet {
  const sheets = wb.worksheets;
  if (sheetName === undefined) {
    if (sheets.length === 0) throw new KeyClientError("badFile", `${path}: the workbook has no sheets`);
    return sheets[0];
  }
  const sheet = sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (!sheet) {
    const names = sheets.map((s) => `"${s.name}"`).join(", ");
    throw new KeyClientError("badFile", `${path}: no sheet named "${sheetName}"; the sheets are ${names}`);
  }
  return sheet;
}

/** The first sheet, or the one named (exact name first, then ignoring case). */
export async function readXlsxFile(path: string, sheetName?: string): Promise<CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new KeyClientError("badFile", `${path}: not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)})`);
  }
  const ws = pickSheet(wb, path, sheetName);
  const rows: CellValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      // exceljs repeats a merged range's value in every cell; Excel holds it in the first only.
      cells.push(cell.isMerged && cell.master !== cell ? null : plainValue(cell.value));
    }
    rows.push(cells);
  }
  return rows;
}
