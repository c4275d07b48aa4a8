// A SheetPlan as Office.js calls on a worksheet, cut into steps the writer groups into batches
// (one context.sync() each). The plan is rendered the way src/cli/xlsxWriter.ts renders it with
// exceljs: same values, number formats, looks, table, conditional formats, freeze, widths and
// heights; Office.js can also draw the Pareto chart. No figure is computed here.
//
// Client names stay text: every text cell gets the number format `@` in the same step, before its
// value, and is written through `range.values` (a text cell takes "=…" literally); only the plan's
// formula cells go through `range.formulas`.

import { blockFormats } from "../report/formats";
import { columnLetter, rangeA1 } from "../report/a1";
import type { PlanBlock, PlanChart, PlanFormula, PlanRow, PlanValue, SheetPlan } from "../report/sheetPlan";
import { BORDER, FONT, HIGHLIGHT_LOOKS, ROW_LOOKS, type CellLook } from "../report/theme";
import { columnWidthPoints } from "../report/units";
import { payloadBytes } from "./reader";

/** Some Office.js calls on the new sheet, and the request bytes they add. */
export interface RenderStep {
  bytes: number;
  apply: (sheet: Excel.Worksheet) => void;
}

/** Cells per write of values: keeps a step around 1 MB even for long client names. */
export const CELLS_PER_STEP = 20_000;
/** Request bytes per batch: well under the 5 MB Excel on the web accepts. */
export const BATCH_BYTES = 2_000_000;
/** What a step of formats, a table or a chart weighs, roughly: small next to cell values. */
const SMALL_STEP_BYTES = 2_000;

const hex = (rgb: string) => `#${rgb}`;

function isFormula(value: PlanValue | undefined): value is PlanFormula {
  return value !== null && typeof value === "object";
}

/** Runs of equal consecutive items as [start, end) pairs. */
function runs<T>(items: readonly T[]): [number, number][] {
  const out: [number, number][] = [];
  items.forEach((item, i) => {
    const last = out[out.length - 1];
    if (last && items[last[0]] === item) last[1] = i + 1;
    else out.push([i, i + 1]);
  });
  return out;
}

/** Runs of consecutive true flags as [start, end) pairs. */
function trueRuns(flags: readonly boolean[]): [number, number][] {
  return runs(flags).filter(([start]) => flags[start]);
}

/** Columns holding formulas, each with the first and last row (within `rows`) that has one. */
function formulaColumns(rows: PlanRow[], width: number): { column: number; first: number; last: number }[] {
  const out: { column: number; first: number; last: number }[] = [];
  for (let column = 0; column < width; column++) {
    const first = rows.findIndex((r) => isFormula(r.values[column]));
    if (first < 0) continue;
    let last = rows.length - 1;
    while (!isFormula(rows[last].values[column])) last--;
    out.push({ column, first, last });
  }
  return out;
}

/** Rows [from, to) of a block: number formats first, then values, then the formula cells. */
function cellStep(block: PlanBlock, formats: string[][], from: number, to: number): RenderStep {
  const rows = block.rows.slice(from, to);
  const numberFormat = formats.slice(from, to);
  // Formula cells are null here ("leave unchanged") and written by the formulas below.
  const values = rows.map((row) =>
    Array.from({ length: block.width }, (_, c) => {
      const v = row.values[c];
      return isFormula(v) ? null : (v ?? "");
    }),
  );
  const top = block.top + from;
  const formulas = formulaColumns(rows, block.width).map(({ column, first, last }) => ({
    address: rangeA1(top + first, block.left + column, top + last, block.left + column),
    formulas: rows.slice(first, last + 1).map((r) => {
      const v = r.values[column];
      return [isFormula(v) ? v.formula : null];
    }),
  }));
  return {
    bytes: payloadBytes(values) + payloadBytes(numberFormat) + formulas.reduce((s, f) => s + payloadBytes(f.formulas), 0),
    apply: (sheet) => {
      const range = sheet.getRange(rangeA1(top, block.left, block.top + to - 1, block.left + block.width - 1));
      range.numberFormat = numberFormat;
      range.values = values;
      for (const f of formulas) sheet.getRange(f.address).formulas = f.formulas;
    },
  };
}

function cellSteps(block: PlanBlock): RenderStep[] {
  const formats = blockFormats(block);
  const rowsPerStep = Math.max(1, Math.floor(CELLS_PER_STEP / block.width));
  const steps: RenderStep[] = [];
  for (let from = 0; from < block.rows.length; from += rowsPerStep) {
    steps.push(cellStep(block, formats, from, Math.min(block.rows.length, from + rowsPerStep)));
  }
  return steps;
}

/** A look on a range of `rows` rows; every cell gets it, as each cell does in the xlsx. */
function applyLook(range: Excel.Range, look: CellLook, rows: number): void {
  const { format } = range;
  format.font.name = FONT.name;
  format.font.size = look.size ?? FONT.size;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.color) format.font.color = hex(look.color);
  if (look.fill) format.fill.color = hex(look.fill);
  if (look.wrap) {
    format.wrapText = true;
    format.verticalAlignment = "Top";
  }
  if (look.center) format.horizontalAlignment = "Center";
  const edges: ("EdgeBottom" | "EdgeTop" | "InsideHorizontal")[] = [];
  if (look.borderBottom) edges.push("EdgeBottom");
  if (look.borderTop) edges.push("EdgeTop");
  if (edges.length > 0 && rows > 1) edges.push("InsideHorizontal"); // between the rows of the run too
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = hex(BORDER);
  }
}

/** Looks per run of rows of one style, then the body and total cells of centre columns centred. */
function lookStep(block: PlanBlock): RenderStep {
  const right = block.left + block.width - 1;
  const styleRuns = runs(block.rows.map((r) => r.style));
  const bodyRuns = trueRuns(block.rows.map((r) => r.style === "body" || r.style === "total"));
  const centre = new Set(block.centerColumns);
  const centreRuns = trueRuns(Array.from({ length: block.width }, (_, c) => centre.has(c)));
  return {
    bytes: SMALL_STEP_BYTES,
    apply: (sheet) => {
      for (const [from, to] of styleRuns) {
        const range = sheet.getRange(rangeA1(block.top + from, block.left, block.top + to - 1, right));
        applyLook(range, ROW_LOOKS[block.rows[from].style], to - from);
      }
      for (const [from, to] of bodyRuns) {
        for (const [c0, c1] of centreRuns) {
          const range = sheet.getRange(rangeA1(block.top + from, block.left + c0, block.top + to - 1, block.left + c1 - 1));
          range.format.horizontalAlignment = "Center";
        }
      }
    },
  };
}

function tableStep(plan: SheetPlan, tableName: string): RenderStep[] {
  const { table } = plan;
  if (!table) return [];
  return [
    {
      bytes: SMALL_STEP_BYTES,
      apply: (sheet) => {
        const added = sheet.tables.add(table.range, true);
        added.name = tableName;
        added.style = table.style;
        added.showBandedRows = table.showRowStripes;
      },
    },
  ];
}

/** Rules are added last to first: Office.js puts each new rule on top, so the plan's first rule wins. */
function conditionalFormatStep(plan: SheetPlan): RenderStep {
  return {
    bytes: SMALL_STEP_BYTES,
    apply: (sheet) => {
      for (const cf of [...plan.conditionalFormats].reverse()) {
        const look = HIGHLIGHT_LOOKS[cf.kind];
        const rule = sheet.getRange(cf.range).conditionalFormats.add("Custom").custom;
        rule.rule.formula = cf.formula;
        rule.format.fill.color = hex(look.fill);
        if (look.color) rule.format.font.color = hex(look.color);
      }
    },
  };
}

function layoutStep(plan: SheetPlan): RenderStep {
  const widths = plan.columnWidths.map(columnWidthPoints);
  return {
    bytes: SMALL_STEP_BYTES,
    apply: (sheet) => {
      for (const [from, to] of runs(widths)) {
        sheet.getRange(`${columnLetter(from + 1)}:${columnLetter(to)}`).format.columnWidth = widths[from];
      }
      for (const { row, height } of plan.rowHeights) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
      const { rows, columns } = plan.freeze;
      if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(rangeA1(1, 1, rows, columns));
      else if (rows > 0) sheet.freezePanes.freezeRows(rows);
      else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
    },
  };
}

/** Name of the Pareto chart on the report sheet. */
export const CHART_NAME = "KeyClientsPareto";

/** Columns of the average (primary axis) and a line of the cumulative share on a 0–100% secondary axis. */
function addParetoChart(sheet: Excel.Worksheet, plan: PlanChart): void {
  const categories = sheet.getRange(plan.categories);
  const chart = sheet.charts.add("ColumnClustered", sheet.getRange(plan.bars.values), "Columns");
  chart.name = CHART_NAME;
  chart.title.text = plan.title;
  chart.legend.position = "Bottom";
  const bars = chart.series.getItemAt(0);
  bars.name = plan.bars.name;
  bars.setXAxisValues(categories);
  const line = chart.series.add(plan.line.name);
  line.setValues(sheet.getRange(plan.line.values));
  line.setXAxisValues(categories);
  line.chartType = "Line";
  line.axisGroup = "Secondary";
  const axis = chart.axes.getItem("Value", "Secondary");
  axis.numberFormat = plan.line.numberFormat;
  axis.minimum = 0;
  axis.maximum = 1;
  chart.setPosition(plan.anchor.from, plan.anchor.to);
}

function chartStep(plan: SheetPlan): RenderStep[] {
  const { chart } = plan;
  return chart ? [{ bytes: SMALL_STEP_BYTES, apply: (sheet) => addParetoChart(sheet, chart) }] : [];
}

/**
 * Every step of the plan in order: cells block by block, then looks, the table, conditional
 * formats, widths, heights and freeze, and the chart. `tableName` is the plan's table name made
 * unique in the workbook.
 */
export function planSteps(plan: SheetPlan, tableName: string): RenderStep[] {
  return [
    ...plan.blocks.flatMap(cellSteps),
    ...plan.blocks.map(lookStep),
    ...tableStep(plan, tableName),
    conditionalFormatStep(plan),
    layoutStep(plan),
    ...chartStep(plan),
  ];
}

/** Consecutive steps grouped so that each batch stays within `budget` bytes (a bigger step goes alone). */
export function batchSteps(steps: RenderStep[], budget: number = BATCH_BYTES): RenderStep[][] {
  const batches: RenderStep[][] = [];
  let bytes = Infinity;
  for (const step of steps) {
    if (bytes + step.bytes > budget) {
      batches.push([]);
      bytes = 0;
    }
    batches[batches.length - 1].push(step);
    bytes += step.bytes;
  }
  return batches;
}
