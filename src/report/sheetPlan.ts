// Report model → a writer-neutral plan of the report sheet (SPEC §7). The exceljs writer
// (CLI) and the Office.js writer (add-in) both render this plan cell for cell; neither
// computes a figure. Layout rules are documented in docs/report-sheet.md.

import {
  labels,
  monthLabel,
  ruleText,
  sanitizeSheetName,
  statusMark,
  thresholdsText,
  windowLabel,
  type SheetLabels,
} from "../core/labels";
import { FIELDS, type ClientRow, type ReportModel } from "../core/types";
import { cellA1, columnLetter, excelDateSerial, rangeA1 } from "./a1";
import { FORMAT } from "./formats";
import { managerCell, managersSection } from "./managersSection";
import { AT_RISK_MARK, earlyWarningSection, riskCell } from "./earlyWarningSection";
import { historyLabels } from "./historyLabels";
import { managerLabels } from "../core/managerLabels";
import { registerLabels } from "../core/registerLabels";
import { clientKey } from "../core/values";
import { warningText } from "../core/warningText";
import { storableText } from "../core/storableText";
import { DEFAULT_PAPER, reportPrint, type Paper, type PrintSetup } from "./printSetup";
import { cutoffsText, explainLabels, lostShownText } from "./explainLabels";

/** A live Excel formula (with `=`) and the value the model says it evaluates to. */
export interface PlanFormula {
  formula: string;
  result: number | null;
}

export type PlanValue = string | number | boolean | null | PlanFormula;

/** Semantic look of a row; see `ROW_LOOKS` in theme.ts. */
export type RowStyle = "title" | "meta" | "section" | "header" | "body" | "total" | "note";

export interface PlanRow {
  style: RowStyle;
  /** One value per block column (may be shorter than the block: the rest are blank). */
  values: PlanValue[];
}

export type BlockKind =
  | "title"
  | "meta"
  | "summary"
  | "table"
  | "nearKey"
  | "dropped"
  | "lost"
  | "managers"
  | "earlyWarning"
  | "historyDynamics"
  | "historyTimeline"
  | "historyKeyMonths"
  | "historyTransitions"
  | "dataQuality"
  | "warnings"
  | "chartData";

export interface PlanBlock {
  kind: BlockKind;
  /** 1-based sheet row and column of the block's top-left cell. */
  top: number;
  left: number;
  /** Number of columns (the longest row). */
  width: number;
  /** The block's whole range, e.g. `A14:U19`. */
  address: string;
  rows: PlanRow[];
  /** Excel number format per block column for body and total rows; null = General. */
  columnFormats: (string | null)[];
  /** Block columns (0-based) holding text that must be written as text, never parsed. */
  textColumns: number[];
  /** Block columns (0-based) whose body cells are centred (ranks, classes, marks). */
  centerColumns: number[];
}

export interface PlanTable {
  /** Excel table name (letters, digits, `_`; not a cell reference). */
  name: string;
  /** Header row and body, e.g. `A14:U19`. */
  range: string;
  headerRow: number;
  columns: string[];
  style: string;
  showRowStripes: boolean;
}

export type HighlightKind = "keyRow" | "fallingTrend" | "irregular" | "atRisk" | "keyMonth" | "noChange";

export interface PlanConditionalFormat {
  kind: HighlightKind;
  range: string;
  /** Formula (with `=`) written for the range's top-left cell; Excel shifts it per cell. */
  formula: string;
}

export interface PlanSeries {
  name: string;
  /** Range of the values on this sheet, e.g. `C40:C59`. */
  values: string;
}

export interface PlanChart {
  kind: "pareto";
  title: string;
  /** Client names (text cells of the chart-data block). */
  categories: string;
  /** Clustered columns on the primary axis: average monthly sales. */
  bars: PlanSeries;
  /** Line on the secondary axis (0–100%): cumulative share. */
  line: PlanSeries & { numberFormat: string };
  /** Cells the chart covers: top-left and bottom-right. */
  anchor: { from: string; to: string };
}

export interface SheetPlan {
  sheetName: string;
  /** Blocks top to bottom; they never overlap. */
  blocks: PlanBlock[];
  table: PlanTable | null;
  /** In priority order: the first rule wins where fills conflict. */
  conditionalFormats: PlanConditionalFormat[];
  /** Rows above and columns left of the split stay visible. */
  freeze: { rows: number; columns: number };
  /** Column widths in characters; index 0 is column A. */
  columnWidths: number[];
  /** Row heights in points for rows that need more than one line. */
  rowHeights: { row: number; height: number }[];
  chart: PlanChart | null;
  print: PrintSetup;
}


const TITLE_ROW = 1;
/** Rows above the main table's header that may stay frozen. */
const MAX_FROZEN_ROWS = 20;
const TITLE_HEIGHT = 24;
/** Points per line of 11-point text, for header rows that wrap. */
const LINE_HEIGHT = 15;
/** The summary strip starts under the client column. */
const SUMMARY_LEFT = 2;
const FIRST_MONTH_COLUMN = 3;
const CHART_MIN = 10;
const CHART_MAX = 30;
const CHART_LEFT = 7;
const CHART_WIDTH_COLUMNS = 10;
const CHART_HEIGHT_ROWS = 20;
export const WIDTH = { narrow: 7, number: 9, text: 11, money: 14, client: 34 } as const;

interface ColumnSpec {
  formats?: (string | null)[];
  text?: number[];
  center?: number[];
}

export function makeBlock(kind: BlockKind, top: number, left: number, rows: PlanRow[], columns: ColumnSpec = {}): PlanBlock {
  const columnFormats = columns.formats ?? [];
  // A loop, not Math.max(...rows): a spread of 150,000 clients' rows overflows the call stack.
  let width = Math.max(1, columnFormats.length);
  for (const r of rows) if (r.values.length > width) width = r.values.length;
  return {
    kind,
    top,
    left,
    width,
    address: rangeA1(top, left, top + rows.length - 1, left + width - 1),
    rows: rows.map((r) => ({ style: r.style, values: r.values.map(cellReady) })),
    columnFormats,
    textColumns: columns.text ?? [],
    centerColumns: columns.center ?? [],
  };
}

/**
 * NaN and ±Infinity cannot be stored in a cell: they become blanks (the model should never hold
 * them). Text loses the characters a workbook cannot store (ingest has replaced and warned about
 * those in names; this covers headers and file names too).
 */
function cellReady(value: PlanValue): PlanValue {
  if (typeof value === "string") return storableText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value !== null && typeof value === "object" && value.result !== null && !Number.isFinite(value.result)) {
    return { formula: value.formula, result: null };
  }
  return value;
}

/** Blocks placed top to bottom, one blank row apart, and the widths their columns need. */
export class Layout {
  readonly blocks: PlanBlock[] = [];
  readonly widths: number[] = [];
  row = TITLE_ROW;

  /** Adds a block; the next one starts `gap` blank rows below it. */
  place(block: PlanBlock, widths: number[] = [], gap = 1): void {
    this.blocks.push(block);
    widths.forEach((w, i) => this.need(block.left + i, w));
    this.row = block.top + block.rows.length + gap;
  }

  need(column: number, width: number): void {
    this.widths[column - 1] = Math.max(this.widths[column - 1] ?? 0, width);
  }
}

function formatGenerated(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!m) return iso;
  const zone = m[3] === undefined ? "" : m[3] === "Z" ? " UTC" : ` ${m[3]}`;
  return `${m[1]} ${m[2]}${zone}`;
}

function columnsText(model: ReportModel, l: SheetLabels): string {
  return FIELDS.filter((f) => model.columns[f] !== undefined)
    .map((f) => `${l.fields[f]}: ${model.columns[f]}`)
    .join(", ");
}

/** Three prose lines under the title, kept short so the frozen area above the table stays small. */
function metaBlock(model: ReportModel, l: SheetLabels, top: number): PlanBlock {
  const m = l.meta;
  const lines = [
    `${m.window}: ${windowLabel(model.windowMonths, model.lang)} · ${m.generated}: ${formatGenerated(model.generatedAt)}`,
    `${m.source}: ${model.source} · ${m.columns}: ${columnsText(model, l)}`,
    `${m.rule}: ${ruleText(model.options.rule, model.options.basis, model.lang)} · ${m.thresholds}: ${thresholdsText(model.options, model.lang)}` +
      ` · ${explainLabels(model.lang).cutoffsLabel}: ${cutoffsText(model.cutoffs, model.options.basis, model.lang)}`,
  ];
  return makeBlock("meta", top, 1, lines.map((line) => ({ style: "meta", values: [line] })), { text: [0] });
}

interface Figure {
  label: string;
  value: PlanValue;
  format: string;
}

function summaryFigures(model: ReportModel, l: SheetLabels): Figure[] {
  const s = l.summary;
  const comparable = (n: number): PlanValue => (model.previousAvailable ? n : l.na);
  const skipped = Object.values(model.rows.skipped).reduce((a, b) => a + b, 0);
  const f = (label: string, value: PlanValue, format: string): Figure => ({ label, value, format });
  return [
    f(s.activeClients, model.summary.activeClients, FORMAT.integer),
    f(s.keyCount, model.summary.keyCount, FORMAT.integer),
    f(s.keyShare, model.summary.keyShare, FORMAT.percent),
    f(s.newCount, comparable(model.summary.newCount), FORMAT.integer),
    f(s.droppedCount, comparable(model.summary.droppedCount), FORMAT.integer),
    f(s.fallingKeyCount, model.summary.fallingKeyCount, FORMAT.integer),
    f(s.irregularKeyCount, model.summary.irregularKeyCount, FORMAT.integer),
    f(s.top1, model.concentration.top1, FORMAT.percent),
    f(s.hhi, model.concentration.hhi, FORMAT.index),
    f(s.paretoRatio, model.concentration.paretoRatio, FORMAT.percent),
    f(s.rowsRead, model.rows.read, FORMAT.integer),
    f(s.rowsUsed, model.rows.used, FORMAT.integer),
    f(s.rowsSkipped, skipped, FORMAT.integer),
    ...(model.options.manager === undefined ? [] : [f(managerLabels(model.lang).otherManagersFigure, model.rows.otherManagers, FORMAT.integer)]),
    f(s.usedAmount, model.rows.usedAmount, FORMAT.money),
    f(s.windowRows, model.window.rows, FORMAT.integer),
    f(s.windowAmount, model.window.amount, FORMAT.money),
  ];
}

/** One column of the main table: header, number format, text or not, width, cell value. */
interface TableColumn {
  header: string;
  format: string;
  text: boolean;
  center: boolean;
  width: number;
  value: (client: ClientRow, sheetRow: number) => PlanValue;
}

/** What the key-client register adds to the report sheet (SPEC §13). */
export interface RegisterLink {
  /** Client key → the Relationship the manager chose in the register. */
  relationships: ReadonlyMap<string, string>;
}

function tableColumns(model: ReportModel, l: SheetLabels, register: RegisterLink | null): TableColumn[] {
  const c = l.columns;
  const lastMonthColumn = FIRST_MONTH_COLUMN + model.windowMonths.length - 1;
  const num = (header: string, format: string, width: number, value: TableColumn["value"]): TableColumn => ({
    header,
    format,
    text: false,
    center: format === FORMAT.rank,
    width,
    value,
  });
  /** Text columns: the client name is left-aligned, short codes and marks are centred. */
  const text = (header: string, width: number, value: TableColumn["value"]): TableColumn => ({
    header,
    format: FORMAT.text,
    text: true,
    center: header !== c.client,
    width,
    value,
  });
  const columns: TableColumn[] = [
    num(c.rank, FORMAT.rank, WIDTH.narrow, (r) => r.rank),
    text(c.client, WIDTH.client, (r) => r.name),
    ...model.windowMonths.map((m, i) =>
      num(monthLabel(m, model.lang), FORMAT.money, WIDTH.money, (r) => r.monthly[i] ?? 0),
    ),
    num(c.average, FORMAT.money, WIDTH.money, (r, row) => ({
      formula: `=AVERAGE(${rangeA1(row, FIRST_MONTH_COLUMN, row, lastMonthColumn)})`,
      result: r.average,
    })),
    num(c.share, FORMAT.percent, 9, (r) => r.share),
    num(c.cumShare, FORMAT.percent, 10, (r) => r.cumShare),
    text(c.abc, 6, (r) => r.abc),
    text(c.xyz, 6, (r) => r.xyz),
    num(explainLabels(model.lang).cv, FORMAT.percent, 9, (r) => r.cv),
    text(c.abcXyz, 9, (r) => `${r.abc}${r.xyz}`),
    num(c.monthsShipped, FORMAT.rank, 10, (r) => r.monthsWithShipments),
    num(c.trend, FORMAT.signedPercent, 9, (r) => r.trend),
    num(c.vsPrevMonth, FORMAT.signedPercent, 10, (r) => r.vsPrevMonth),
    text(c.key, 9, (r) => (r.key ? l.values.yes : null)),
    model.previousAvailable
      ? text(c.status, 9, (r) => (r.status === null ? null : statusMark(r.status, r.rankChange, model.lang)))
      : text(c.statusNa, 16, () => null),
    num(c.daysSinceLast, FORMAT.integer, 10, (r) => r.daysSinceLast),
  ];
  if (model.hasProduct) {
    columns.push(num(c.topAssortmentShare, FORMAT.percent, 16, (r) => r.topAssortmentShare));
  }
  if (model.hasProfit) columns.push(num(c.profitShare, FORMAT.percent, 10, (r) => r.profitShare));
  columns.push(text(c.type, 15, (r) => (r.type === null ? null : l.values.types[r.type])));
  columns.push({ ...text(historyLabels(model.lang).warning.risk, 40, (r) => riskCell(r, model)), center: false });
  if (model.managers !== null) columns.push(text(managerLabels(model.lang).manager, 18, (r) => managerCell(r.manager, model)));
  if (register !== null) {
    columns.push(text(registerLabels(model.lang).columns.relationship, 16, (r) => (r.key ? (register.relationships.get(clientKey(r.name)) ?? null) : null)));
  }
  return columns;
}

/** Excel table names allow letters, digits and `_`; `KeyClients_2017_12` is never a cell reference. */
function tableName(reportMonth: string): string {
  const suffix = reportMonth.replace(/[^0-9A-Za-z]+/g, "_");
  return suffix === "" ? "KeyClients" : `KeyClients_${suffix}`;
}

interface MainTable {
  block: PlanBlock;
  widths: number[];
  table: PlanTable | null;
  conditionalFormats: PlanConditionalFormat[];
}

function mainTable(model: ReportModel, l: SheetLabels, top: number, register: RegisterLink | null): MainTable {
  const columns = tableColumns(model, l, register);
  const headers = columns.map((c) => c.header);
  const formats = columns.map((c) => c.format);
  const spec: ColumnSpec = {
    formats,
    text: columns.flatMap((c, i) => (c.text ? [i] : [])),
    center: columns.flatMap((c, i) => (c.center ? [i] : [])),
  };
  const widths = columns.map((c) => Math.max(c.width, headerWidth(c.header)));
  const header: PlanRow = { style: "header", values: headers };
  if (model.clients.length === 0) {
    const rows: PlanRow[] = [header, { style: "note", values: [l.empty.clients] }];
    return { block: makeBlock("table", top, 1, rows, spec), widths, table: null, conditionalFormats: [] };
  }
  const first = top + 1;
  const last = top + model.clients.length;
  const body: PlanRow[] = model.clients.map((client, i) => ({
    style: "body",
    values: columns.map((c) => c.value(client, first + i)),
  }));
  const block = makeBlock("table", top, 1, [header, ...body], spec);
  const columnOf = (label: string) => headers.indexOf(label) + 1;
  const trend = cellA1(first, columnOf(l.columns.trend));
  const shipped = columnOf(l.columns.monthsShipped);
  const key = columnOf(l.columns.key);
  const risk = columnOf(historyLabels(model.lang).warning.risk);
  const conditionalFormats: PlanConditionalFormat[] = [
    {
      kind: "atRisk",
      range: rangeA1(first, risk, last, risk),
      formula: `=LEFT(${cellA1(first, risk)},1)="${AT_RISK_MARK}"`,
    },
    {
      kind: "fallingTrend",
      range: rangeA1(first, columnOf(l.columns.trend), last, columnOf(l.columns.trend)),
      formula: `=AND(ISNUMBER(${trend}),${trend}<=${model.options.fallingTrend})`,
    },
    {
      kind: "irregular",
      range: rangeA1(first, shipped, last, shipped),
      formula: `=${cellA1(first, shipped)}<${model.windowMonths.length}`,
    },
    {
      kind: "keyRow",
      range: rangeA1(first, 1, last, columns.length),
      formula: `=$${columnLetter(key)}${first}<>""`,
    },
  ];
  const table: PlanTable = {
    name: tableName(model.reportMonth),
    range: block.address,
    headerRow: top,
    columns: headers,
    style: "TableStyleLight1",
    showRowStripes: false,
  };
  return { block, widths, table, conditionalFormats };
}

/** A section: heading, column headers and body rows, or heading and a note when there is nothing to list. */
export function section(
  kind: BlockKind,
  top: number,
  heading: string,
  headers: string[],
  body: PlanValue[][],
  emptyNote: string,
  columnFormats: string[],
  center: number[] = columnFormats.flatMap((f, i) => (f === FORMAT.rank ? [i] : [])),
): PlanBlock {
  const rows: PlanRow[] = [{ style: "section", values: [heading] }];
  if (body.length === 0) rows.push({ style: "note", values: [emptyNote] });
  else {
    rows.push({ style: "header", values: headers });
    for (const values of body) rows.push({ style: "body", values }); // a spread argument overflows the stack at 150,000
  }
  const text = columnFormats.flatMap((f, i) => (f === FORMAT.text ? [i] : []));
  return makeBlock(kind, top, 1, rows, { formats: columnFormats, text, center });
}

/** The width a column of this format needs; text columns (client names) take the main table's width. */
function widthFor(format: string | null): number {
  if (format === FORMAT.money) return WIDTH.money;
  if (format === FORMAT.rank) return WIDTH.narrow;
  if (format === FORMAT.text) return 0;
  if (format === FORMAT.date) return WIDTH.text;
  return WIDTH.number;
}

export function sectionWidths(block: PlanBlock): number[] {
  return block.columnFormats.map(widthFor);
}

/** "Lost clients · 20 of 293 lost clients shown · …": the list is the head of all of them (SPEC §6). */
function lostHeading(model: ReportModel, l: SheetLabels): string {
  const totals = lostShownText(model);
  return totals === null ? l.sections.lost : `${l.sections.lost} · ${totals}`;
}

function placeSections(model: ReportModel, l: SheetLabels, layout: Layout, options: PlanOptions): void {
  const c = l.columns;
  const place = (block: PlanBlock) => layout.place(block, sectionWidths(block));
  place(
    section(
      "nearKey",
      layout.row,
      l.sections.nearKey,
      [c.rank, c.client, c.average, c.share, c.gapToKey],
      model.nearKey.map((r) => [r.rank, r.name, r.average, r.share, r.gapToKey]),
      l.empty.nearKey,
      [FORMAT.rank, FORMAT.text, FORMAT.money, FORMAT.percent, FORMAT.money],
    ),
  );
  place(
    section(
      "dropped",
      layout.row,
      l.sections.dropped,
      [c.previousRank, c.client, c.previousAverage, c.rankNow, c.averageNow],
      model.previousAvailable
        ? model.dropped.map((r) => [r.previousRank, r.name, r.previousAverage, r.rank, r.average])
        : [],
      model.previousAvailable ? l.empty.dropped : l.empty.noPrevious,
      [FORMAT.rank, FORMAT.text, FORMAT.money, FORMAT.rank, FORMAT.money],
    ),
  );
  place(
    section(
      "lost",
      layout.row,
      lostHeading(model, l),
      [c.number, c.client, c.averageBefore, c.lastShipment, c.daysSinceLast],
      model.lost.map((r, i) => [
        i + 1,
        r.name,
        r.averageBefore,
        excelDateSerial(r.lastShipment, options.date1904) ?? r.lastShipment,
        r.daysSinceLast,
      ]),
      l.empty.lost,
      [FORMAT.rank, FORMAT.text, FORMAT.money, FORMAT.date, FORMAT.integer],
    ),
  );
  place(
    section(
      "dataQuality",
      layout.row,
      l.sections.dataQuality,
      [c.rows, c.reason, c.firstRows],
      model.dataQuality
        .filter((r) => r.count > 0)
        .map((r) => [
          r.count,
          l.skipReasons[r.reason],
          r.firstRows.join(", ") + (r.count > r.firstRows.length ? ", …" : ""),
        ]),
      l.empty.dataQuality,
      [FORMAT.integer, FORMAT.text, FORMAT.text],
      [0],
    ),
  );
  if (model.warnings.length > 0) {
    const rows: PlanRow[] = [
      { style: "section", values: [l.sections.warnings] },
      ...model.warnings.map((w): PlanRow => ({ style: "body", values: [warningText(w, model.lang)] })),
    ];
    layout.place(makeBlock("warnings", layout.row, 1, rows, { formats: [FORMAT.text], text: [0] }));
  }
}

/** Clients on the Pareto chart: the key clients, at least 10 and at most 30, positive averages only. */
export function chartClientCount(model: ReportModel): number {
  const positive = model.clients.filter((c) => c.average > 0).length;
  return Math.min(positive, Math.max(CHART_MIN, Math.min(CHART_MAX, model.summary.keyCount)));
}

function placeChart(model: ReportModel, l: SheetLabels, layout: Layout, anchorTop: number): PlanChart | null {
  const count = chartClientCount(model);
  if (count === 0) return null;
  const c = l.columns;
  const block = section(
    "chartData",
    layout.row,
    l.sections.chartData,
    [c.rank, c.client, c.average, c.cumShareChart],
    model.clients.slice(0, count).map((r) => [r.rank, r.name, r.average, r.cumShare]),
    "",
    [FORMAT.rank, FORMAT.text, FORMAT.money, FORMAT.percent],
  );
  layout.place(block, sectionWidths(block));
  const first = block.top + 2;
  const last = first + count - 1;
  return {
    kind: "pareto",
    title: l.sections.chartTitle,
    categories: rangeA1(first, 2, last, 2),
    bars: { name: c.average, values: rangeA1(first, 3, last, 3) },
    line: { name: c.cumShareChart, values: rangeA1(first, 4, last, 4), numberFormat: "0%" },
    anchor: {
      from: cellA1(anchorTop, CHART_LEFT),
      to: cellA1(anchorTop + CHART_HEIGHT_ROWS, CHART_LEFT + CHART_WIDTH_COLUMNS),
    },
  };
}

/** Bold header letters are wider than the digit that column widths are measured in. */
const BOLD_FACTOR = 1.15;

/** Characters of bold text that fit in a column `width` digits wide, leaving cell padding. */
function boldRoom(width: number): number {
  return Math.max(1, Math.floor((width - 1) / BOLD_FACTOR));
}

/** Width a wrapped bold header needs so that its longest word is not broken. */
export function headerWidth(header: string): number {
  const longest = Math.max(...header.split(/\s+/).map((w) => Array.from(w).length));
  return Math.ceil(longest * BOLD_FACTOR) + 1;
}

/** Lines a bold header takes when wrapped at word boundaries in a column `width` digits wide. */
export function wrappedLines(text: string, width: number): number {
  const room = boldRoom(width);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const len = Array.from(word).length;
    if (used > 0 && used + 1 + len <= room) {
      used += 1 + len;
      continue;
    }
    if (used > 0) lines += 1;
    lines += Math.ceil(len / room) - 1;
    used = len % room || room;
  }
  return lines;
}

/** Header rows get the height of their tallest wrapped header; the title row is taller. */
export function rowHeights(blocks: PlanBlock[], widths: number[]): { row: number; height: number }[] {
  const heights = [{ row: TITLE_ROW, height: TITLE_HEIGHT }];
  for (const block of blocks) {
    block.rows.forEach((row, i) => {
      if (row.style !== "header") return;
      const lines = Math.max(
        ...row.values.map((v, c) => (typeof v === "string" ? wrappedLines(v, widths[block.left + c - 1] ?? WIDTH.text) : 1)),
      );
      if (lines > 1) heights.push({ row: block.top + i, height: lines * LINE_HEIGHT });
    });
  }
  return heights;
}

export interface PlanOptions {
  /** The workbook the sheet goes into counts dates from 1904 (Office only: a new xlsx uses 1900). */
  date1904?: boolean;
  /** Paper the sheet prints on (default A4). */
  paper?: Paper;
}

/** The report sheet; with `register`, the main table shows each key client's Relationship from it. */
export function planSheet(model: ReportModel, register: RegisterLink | null = null, options: PlanOptions = {}): SheetPlan {
  const l = labels(model.lang);
  const layout = new Layout();
  layout.place(makeBlock("title", TITLE_ROW, 1, [{ style: "title", values: [model.title] }], { text: [0] }), [], 0);
  // The summary strip follows the meta lines directly: the rows above the table stay frozen.
  layout.place(metaBlock(model, l, layout.row), [], 0);
  const figures = summaryFigures(model, l);
  layout.place(
    makeBlock(
      "summary",
      layout.row,
      SUMMARY_LEFT,
      [
        { style: "header", values: figures.map((f) => f.label) },
        { style: "body", values: figures.map((f) => f.value) },
      ],
      { formats: figures.map((f) => f.format), center: figures.map((_, i) => i) },
    ),
    figures.map((f) => Math.max(WIDTH.text, widthFor(f.format), headerWidth(f.label))),
  );
  const warning = earlyWarningSection(model);
  const warningBlock = section("earlyWarning", layout.row, warning.heading, warning.headers, warning.body, warning.emptyNote, warning.columnFormats);
  layout.place(warningBlock, sectionWidths(warningBlock));
  const main = mainTable(model, l, layout.row, register);
  layout.place(main.block, main.widths);
  // Wider than the other sections: placed before them, so that the chart beside them stays clear.
  const managers = managersSection(model);
  if (managers !== null) {
    const block = section("managers", layout.row, managers.heading, managers.headers, managers.body, managers.emptyNote, managers.columnFormats);
    layout.place(block, sectionWidths(block));
  }
  const sectionsTop = layout.row;
  placeSections(model, l, layout, options);
  const chart = placeChart(model, l, layout, sectionsTop);
  const widths = Array.from(layout.widths, (w) => w ?? WIDTH.text);
  const heights = rowHeights(layout.blocks, widths);
  const paper = options.paper ?? DEFAULT_PAPER;
  const titleRow = main.table === null ? null : main.block.top;
  return {
    sheetName: sanitizeSheetName(model.sheetName),
    blocks: layout.blocks,
    table: main.table,
    conditionalFormats: main.conditionalFormats,
    // A long early warning above the table would freeze most of the screen: then Excel's table header shows in the column bar.
    freeze: { rows: main.block.top <= MAX_FROZEN_ROWS ? main.block.top : 0, columns: 2 },
    columnWidths: widths,
    rowHeights: heights,
    chart,
    print: reportPrint({ title: model.title, lang: model.lang, paper, titleRow, columnWidths: widths, rowHeights: heights }, layout.blocks),
  };
}
