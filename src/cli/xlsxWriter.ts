// Renders a SheetPlan into an .xlsx workbook with exceljs: values, number formats, looks,
// the Excel table, conditional formats, frozen panes, widths and heights. exceljs cannot
// write charts, so the Pareto chart's data block is written and the chart itself is left
// to the add-in (docs/report-sheet.md).

import ExcelJS from "exceljs";
import { cellA1 } from "../report/a1";
import { blockFormats, FORMAT } from "../report/formats";
import type { PlanBlock, PlanValue, SheetPlan } from "../report/sheetPlan";
import { BORDER, FONT, HIGHLIGHT_LOOKS, ROW_LOOKS, type CellLook } from "../report/theme";

const argb = (rgb: string) => `FF${rgb}`;
const withoutEquals = (formula: string) => formula.replace(/^=/, "");

/**
 * A plan value as an exceljs cell value. Strings stay plain JS strings, which exceljs always
 * stores as string cells: a client named `=HYPERLINK(…)` is text, never a formula.
 */
function cellValue(value: PlanValue): ExcelJS.CellValue {
  if (value === null || typeof value !== "object") return value;
  return value.result === null
    ? { formula: withoutEquals(value.formula) }
    : { formula: withoutEquals(value.formula), result: value.result };
}

function applyLook(cell: ExcelJS.Cell, look: CellLook, center: boolean): void {
  cell.font = {
    name: FONT.name,
    size: look.size ?? FONT.size,
    bold: look.bold,
    italic: look.italic,
    color: look.color ? { argb: argb(look.color) } : undefined,
  };
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.wrap || look.center || center) {
    cell.alignment = {
      wrapText: look.wrap,
      vertical: look.wrap ? "top" : undefined,
      horizontal: look.center || center ? "center" : undefined,
    };
  }
  if (look.borderBottom || look.borderTop) {
    const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(BORDER) } };
    cell.border = { bottom: look.borderBottom ? thin : undefined, top: look.borderTop ? thin : undefined };
  }
}

function writeBlock(ws: ExcelJS.Worksheet, block: PlanBlock): void {
  const formats = blockFormats(block);
  const centered = new Set(block.centerColumns);
  block.rows.forEach((row, i) => {
    const look = ROW_LOOKS[row.style];
    const body = row.style === "body" || row.style === "total";
    for (let c = 0; c < block.width; c++) {
      const cell = ws.getCell(block.top + i, block.left + c);
      const format = formats[i][c];
      if (format !== FORMAT.general) cell.numFmt = format;
      applyLook(cell, look, body && centered.has(c));
      const value = row.values[c];
      if (value !== undefined && value !== null) cell.value = cellValue(value);
    }
  });
}

function addTable(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const { table } = plan;
  if (!table) return;
  const block = plan.blocks.find((b) => b.kind === "table");
  if (!block) return;
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: table.range.split(":")[0],
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: table.showRowStripes },
    columns: table.columns.map((name) => ({ name, filterButton: true })),
    rows: block.rows
      .slice(1)
      .map((row) => Array.from({ length: block.width }, (_, c) => cellValue(row.values[c] ?? null))),
  });
}

function addConditionalFormats(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.conditionalFormats.forEach((cf, i) => {
    const look = HIGHLIGHT_LOOKS[cf.kind];
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [withoutEquals(cf.formula)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(look.fill) } },
            ...(look.color ? { font: { color: { argb: argb(look.color) } } } : {}),
          },
        },
      ],
    });
  });
}

/** Builds the workbook of one report sheet in memory. */
export function buildReportWorkbook(plan: SheetPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "KeyClient";
  const { rows, columns } = plan.freeze;
  const firstScrolling = cellA1(rows + 1, columns + 1);
  const ws = wb.addWorksheet(plan.sheetName, {
    views: [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: firstScrolling, activeCell: firstScrolling }],
  });
  ws.pageSetup = {
    orientation: plan.print.orientation,
    fitToPage: true,
    fitToWidth: plan.print.fitToPagesWide,
    fitToHeight: 0,
  };
  // exceljs omits columns of its default width 9; make 9 the sheet default so they keep it.
  ws.properties.defaultColWidth = 9;
  plan.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  // The table first: exceljs writes its header and body cells, the blocks then add formats and looks.
  addTable(ws, plan);
  for (const block of plan.blocks) writeBlock(ws, block);
  for (const { row, height } of plan.rowHeights) ws.getRow(row).height = height;
  addConditionalFormats(ws, plan);
  return wb;
}

/** Writes the report sheet of `plan` as a one-sheet .xlsx file at `path`. */
export async function writeReportXlsx(plan: SheetPlan, path: string): Promise<void> {
  await buildReportWorkbook(plan).xlsx.writeFile(path);
}
