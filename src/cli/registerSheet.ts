// The key-client register as a sheet of the CLI's workbook (SPEC §13): an Excel table with the
// Relationship drop-down, the old register's own cells written back as they were read.

import type ExcelJS from "exceljs";
import { registerLabels } from "../core/registerLabels";
import type { Lang } from "../core/types";
import { columnLetter } from "../report/a1";
import { FORMAT } from "../report/formats";
import { REGISTER_TABLE, type RegisterUpdate } from "../report/registerMerge";
import { sanitizeSheetName } from "../core/labels";
import type { PlanValue } from "../report/sheetPlan";
import type { KeptCell } from "./registerRead";
import { registerPrint, type Paper } from "../report/printSetup";
import { applyPrintSetup } from "./printSheet";

/** exceljs' worksheet holds its range validations here; its typings leave the property out. */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

const isKept = (cell: KeptCell | PlanValue): cell is KeptCell => cell !== null && typeof cell === "object" && "text" in cell;
const WIDTH = { text: 14, client: 34, long: 40 } as const;

/** Adds the register sheet to `wb`, named in the report's language. */
export function addRegisterSheet(wb: ExcelJS.Workbook, update: RegisterUpdate<KeptCell>, lang: Lang, paper: Paper): void {
  const l = registerLabels(lang);
  const ws = wb.addWorksheet(sanitizeSheetName(l.sheet), { views: [{ state: "frozen", xSplit: 1, ySplit: 1, topLeftCell: "B2", activeCell: "B2" }] });
  ws.addTable({
    name: REGISTER_TABLE,
    displayName: REGISTER_TABLE,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: update.headers.map((name) => ({ name, filterButton: true })),
    // The rows only size the table; the cells are written below with their formats.
    rows: update.rows.length > 0 ? update.rows.map(() => []) : [[]],
  });
  update.headers.forEach((header, c) => {
    const cell = ws.getCell(1, c + 1);
    cell.value = header;
    cell.font = { bold: true };
    ws.getColumn(c + 1).width = c === update.columnOf.client ? WIDTH.client : c === update.columnOf.dossier || c === update.columnOf.notes ? WIDTH.long : WIDTH.text;
  });
  update.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = ws.getCell(r + 2, c + 1);
      const format = update.formats[c];
      if (isKept(value)) {
        if (value.value !== null && value.value !== undefined) cell.value = value.value;
        const numFmt = format ?? value.numFmt;
        if (numFmt) cell.numFmt = numFmt;
        return;
      }
      if (format) cell.numFmt = format;
      // Names are text, never formulas (SPEC §7): a string value is stored as a string.
      if (value !== null && typeof value !== "object") cell.value = value;
    });
  });
  const column = columnLetter(update.columnOf.relationship + 1);
  const lastRow = Math.max(2, update.rows.length + 1);
  (ws as WithValidations).dataValidations.add(`${column}2:${column}${lastRow}`, {
    type: "list",
    allowBlank: true,
    showErrorMessage: false,
    formulae: [`"${update.relationshipChoices.join(",")}"`],
  });
  for (const c of [update.columnOf.lastShipment, update.columnOf.nextStepDate]) ws.getColumn(c + 1).alignment = { horizontal: "center" };
  ws.getColumn(update.columnOf.client + 1).numFmt = FORMAT.text;
  applyPrintSetup(ws, registerPrint(lang, paper));
}
