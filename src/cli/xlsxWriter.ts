// Renders a SheetPlan into an .xlsx workbook with exceljs: values, number formats, looks,
// the Excel table, conditional formats, frozen panes, widths and heights. exceljs cannot
// write charts, so the Pareto chart's data block is written and the chart itself is left
// to the add-in (docs/report-sheet.md).

import ExcelJS from "exceljs";
import { cellA1 } from "../report/a1";
import { writeWorkbookFile } from "./xlsxFile";
import { applyPrintSetup } from "./printSheet";
import { blockFormats, FORMAT } from "../report/formats";
import type { PlanBlock, PlanRow, PlanValue, RowStyle, SheetPlan } from "../report/sheetPlan";
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

/** The exceljs style of one look; border, fill and alignment only where the look has them. */
function styleOf(look: CellLook, numFmt: string, center: boolean): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: FONT.name,
      size: look.size ?? FONT.size,
      bold: look.bold,
      italic: look.italic,
      color: look.color ? { argb: argb(look.color) } : undefined,
    },
  };
  if (numFmt !== FORMAT.general) style.numFmt = numFmt;
  if (look.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.wrap || look.center || center) {
    style.alignment = {
      wrapText: look.wrap,
      vertical: look.wrap ? "top" : undefined,
      horizontal: look.center || center ? "center" : undefined,
    };
  }
  if (look.borderBottom || look.borderTop) {
    const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(BORDER) } };
    style.border = { bottom: look.borderBottom ? thin : undefined, top: look.borderTop ? thin : undefined };
  }
  return style;
}

/** Freezes an object and every object inside it. */
function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (inner !== null && typeof inner === "object") deepFreeze(inner);
  return Object.freeze(value);
}

/**
 * One style object per distinct look of the sheet, shared by all its cells. exceljs remembers
 * the style id of a style object it has seen (a WeakMap in its StylesXform), so a shared object
 * costs one lookup per cell instead of rendering the font, fill and border XML of every cell to
 * find its duplicate. The objects are frozen: restyling one cell property by property
 * (`cell.font = …`) would restyle every cell sharing the object, so it throws instead.
 */
class SharedStyles {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();

  get(rowStyle: RowStyle, numFmt: string, center: boolean): Partial<ExcelJS.Style> {
    const key = `${rowStyle}|${numFmt}|${center}`;
    let style = this.byKey.get(key);
    if (!style) {
      style = deepFreeze(styleOf(ROW_LOOKS[rowStyle], numFmt, center));
      this.byKey.set(key, style);
    }
    return style;
  }
}

/**
 * The style of each block column, by row style: a row's formats and look depend only on its
 * style (blockFormats), so one row of each style stands for all of its rows.
 */
function columnStylesOf(block: PlanBlock, styles: SharedStyles): Map<RowStyle, Partial<ExcelJS.Style>[]> {
  const firstOfStyle = new Map<RowStyle, PlanRow>();
  for (const row of block.rows) if (!firstOfStyle.has(row.style)) firstOfStyle.set(row.style, row);
  const rows = [...firstOfStyle.values()];
  const formats = blockFormats({ ...block, rows });
  const centered = new Set(block.centerColumns);
  return new Map(
    rows.map((row, i) => {
      const body = row.style === "body" || row.style === "total";
      return [row.style, formats[i].map((format, c) => styles.get(row.style, format, body && centered.has(c)))];
    }),
  );
}

/**
 * Rows have no look of their own (their cells do). exceljs gives each row a fresh empty style
 * object and renders it to find its style id; one shared object spares that once per row
 * (80 ms of 20,000 rows). exceljs' typings leave out Row.style, which its RowModel has.
 */
const NO_ROW_STYLE: Partial<ExcelJS.Style> = Object.freeze({});
type StyledRow = ExcelJS.Row & { style: Partial<ExcelJS.Style> };

function writeBlock(ws: ExcelJS.Worksheet, block: PlanBlock, styles: SharedStyles): void {
  const columnStyles = columnStylesOf(block, styles);
  block.rows.forEach((row, i) => {
    const rowStyles = columnStyles.get(row.style)!;
    const sheetRow = ws.getRow(block.top + i);
    (sheetRow as StyledRow).style = NO_ROW_STYLE;
    for (let c = 0; c < block.width; c++) {
      const cell = sheetRow.getCell(block.left + c);
      cell.style = rowStyles[c];
      const value = row.values[c];
      if (value !== undefined && value !== null) cell.value = cellValue(value);
    }
  });
}

function addTable(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const { table } = plan;
  if (!table) return;
  const block = plan.blocks.find((b) => b.address === table.range);
  if (!block) return;
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: table.range.split(":")[0],
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: table.showRowStripes },
    columns: table.columns.map((name) => ({ name, filterButton: true })),
    // The rows only size the table: given values, exceljs would write every body cell here and
    // writeBlock would write it again.
    rows: block.rows.slice(1).map(() => []),
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
  addPlanSheet(wb, plan);
  return wb;
}

/** Adds the sheet of `plan` to the workbook (the report sheet, the history sheet). */
export function addPlanSheet(wb: ExcelJS.Workbook, plan: SheetPlan): void {
  const { rows, columns } = plan.freeze;
  const firstScrolling = cellA1(rows + 1, columns + 1);
  const ws = wb.addWorksheet(plan.sheetName, {
    views: [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: firstScrolling, activeCell: firstScrolling }],
  });
  // exceljs omits columns of its default width 9; make 9 the sheet default so they keep it.
  ws.properties.defaultColWidth = 9;
  plan.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  // The table first: exceljs writes its header cells, the blocks then write every cell with its look.
  addTable(ws, plan);
  const styles = new SharedStyles();
  for (const block of plan.blocks) writeBlock(ws, block, styles);
  for (const { row, height } of plan.rowHeights) ws.getRow(row).height = height;
  addConditionalFormats(ws, plan);
  applyPrintSetup(ws, plan.print);
}

/** Writes the report sheet of `plan` as a one-sheet .xlsx file at `path`. */
export async function writeReportXlsx(plan: SheetPlan, path: string): Promise<void> {
  await writeWorkbookFile(buildReportWorkbook(plan), path);
}
