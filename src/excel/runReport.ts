// The one-click flow shared by the task pane and the ribbon button: find the shipment table, read
// it block by block into the engine, build the report model, plan the sheet and write it.

import { ChunkedTable } from "../core/chunkedTable";
import { autoMapColumns, findHeaderRow, findPartialHeaderRow, headerTexts } from "../core/columns";
import { localToday } from "../core/options";
import { buildReport } from "../core/report";
import type { CellValue, ColumnMap, DateOrder, Field, ReportModel, ReportOptions } from "../core/types";
import { planSheet } from "../report/sheetPlan";
import { reportBuild } from "./commandState";
import { ExcelError, excelRun } from "./officeErrors";
import { findSourceRange, readDate1904, readHeadRows, readTable, type SourceRange } from "./reader";
import { savedSourceRange } from "./savedSource";
import { writeReport } from "./writer";
import { readRegister, writeRegister } from "./register";
import { mergeRegister } from "../report/registerMerge";
import { registerBasis } from "../core/registerFacts";
import { registerLabels } from "../core/registerLabels";
import { KeyClientError } from "../core/errors";
import { paperForDisplayLanguage } from "../report/printSetup";

export interface ReportSettings {
  /** The user's column choices by header text (absent = found by header name; "" = none, optional fields only). */
  columns: Partial<Record<Field, string>>;
  dateOrder: DateOrder;
  options: Partial<Pick<ReportOptions, "manager" | "month" | "months" | "rule" | "basis" | "lang" | "nearKeyCount" | "fallingTrend">>;
  /** e.g. "Sales!A1:U9995"; absent = the current selection, table or used range. */
  sourceAddress?: string;
}

export type Stage = "reading" | "analysing" | "writing";

export interface RunCallbacks {
  /**
   * reading: rows read so far, rows in the source; analysing: 0 of 1 (one synchronous step);
   * writing: batches written, batches in all.
   */
  onProgress?: (stage: Stage, done: number, total: number) => void;
  /** Cancel: checked between blocks and batches; the workbook is left unchanged. */
  signal?: AbortSignal;
}

export interface RunResult {
  model: ReportModel;
  sheetName: string;
  source: SourceRange;
}

export interface SourceInfo {
  source: SourceRange;
  /** Texts of the header row ("" for a blank header cell), for choosing columns. */
  headers: string[];
  /**
   * 1-based sheet row of the header: the first of the first 50 rows naming client, date and amount,
   * else the one naming most of them (its columns are mapped, the rest left to the user); null when
   * none names any (then `headers` is the first non-blank row, the likeliest header, and `mapping` is empty).
   */
  headerRow: number | null;
  /** Columns found by header name (0-based within the source). */
  mapping: ColumnMap;
  /** Rows below the header row, blank rows included. */
  rowCount: number;
}

/** The saved source when it still exists, else the selection, the table under the cursor or the used range. */
async function sourceFor(context: Excel.RequestContext, sourceAddress: string | undefined): Promise<SourceRange> {
  const saved = sourceAddress ? await savedSourceRange(context, sourceAddress) : null;
  return saved ?? findSourceRange(context);
}

/** Excel's display language, e.g. "en-US"; undefined where Office is not loaded. */
function excelDisplayLanguage(): string | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
}

/** Lets the pane paint (progress, the Cancel button) before a long synchronous step. */
function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Builds the report sheet for `settings`; the new sheet is not activated (see activateSheet). One
 * build at a time: while another runs (the pane's or the ribbon button's) it rejects at once with
 * BuildRunningError.
 */
export function runReport(settings: ReportSettings, callbacks: RunCallbacks = {}): Promise<RunResult> {
  const { onProgress, signal } = callbacks;
  return reportBuild.exclusive(() => excelRun(async (context) => {
    signal?.throwIfAborted();
    const source = await sourceFor(context, settings.sourceAddress);
    const today = localToday();
    const date1904 = await readDate1904(context);
    const table = new ChunkedTable({ columns: settings.columns, dateOrder: settings.dateOrder, today, manager: settings.options.manager, date1904 });
    const head = await readHeadRows(context, source);
    signal?.throwIfAborted();
    table.addRows(head, source.rowIndex + 1);
    // Progress counts data rows, as the pane's "Data rows" does: not the title and header rows.
    const aboveData = table.headerRowNumber! - source.rowIndex;
    const dataRows = source.rowCount - aboveData;
    onProgress?.("reading", head.length - aboveData, dataRows);
    await readTable(context, source, {
      startRow: head.length,
      onRows: (rows, firstRowNumber) => table.addRows(rows, firstRowNumber),
      onProgress: (done) => onProgress?.("reading", head.length - aboveData + done, dataRows),
      signal,
    });

    onProgress?.("analysing", 0, 1);
    await yieldToUi();
    const model = buildReport(table.finish(), { ...settings.options, source: source.address, today });
    // The register is read and checked before anything is written: a broken one changes nothing.
    const register = await readRegister(context);
    const merged = mergeRegister(register.old, registerBasis(model), model.lang);
    if (!merged.ok) throw new KeyClientError("badRegister", registerLabels(model.lang).problem(merged.problem, register.place!.sheetName));
    const paper = paperForDisplayLanguage(excelDisplayLanguage());
    const plan = planSheet(model, merged.update, { date1904, paper });
    signal?.throwIfAborted();

    const { sheetName } = await writeReport(context, plan, {
      sourceSheetName: source.sheetName,
      reportMonth: model.reportMonth,
      signal,
      onProgress: (done, total) => onProgress?.("writing", done, total),
    });
    await writeRegister(context, register, merged.update, model.lang, paper);
    return { model, sheetName, source };
  }));
}

const isBlankRow = (row: CellValue[]) => row.every((v) => v === null || v === undefined || v === "");

/** What the pane shows before a run: the source, its header and the columns found. Reads the first 50 rows only. */
export function inspectSource(sourceAddress?: string): Promise<SourceInfo> {
  return excelRun(async (context) => {
    const source = await sourceFor(context, sourceAddress);
    const head = await readHeadRows(context, source);
    const complete = findHeaderRow(head);
    // A header naming only some of client, date and amount: its columns are mapped, the rest asked for.
    const found = complete >= 0 ? complete : findPartialHeaderRow(head);
    const row = found >= 0 ? found : Math.max(0, head.findIndex((r) => !isBlankRow(r)));
    const headers = head[row] ?? [];
    return {
      source,
      headers: headerTexts(headers),
      headerRow: found >= 0 ? source.rowIndex + found + 1 : null,
      mapping: found >= 0 ? autoMapColumns(headers) : {},
      rowCount: Math.max(0, source.rowCount - row - 1),
    };
  });
}

/** Shows the sheet `name`; a sentence when it is gone (deleted or renamed since). */
export function activateSheet(name: string): Promise<void> {
  return excelRun(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (sheet.isNullObject) {
      throw new ExcelError("ItemNotFound", `The sheet "${name}" is no longer in the workbook: it was renamed or deleted.`, null);
    }
    sheet.activate();
    await context.sync();
  });
}
