// Writes a SheetPlan into a new worksheet (SPEC §7).
//
// The report is written under a temporary name and only then swapped in: our old sheet of the same
// month is deleted and the new one renamed and put in its place among the tabs in the last batch. So a failure or a Cancel while writing
// removes the half-written sheet and leaves the workbook as it was. The source sheet is never
// written to; a user's sheet that has our name is never touched (the report takes "… (2)").
//
// Syncs: two to look at the workbook, one per batch of at most BATCH_BYTES (one for a report of a
// few thousand clients), one to swap the sheets in, one for the print settings.

import { KeyClientError } from "../core/errors";
import type { SheetPlan } from "../report/sheetPlan";
import { batchSteps, planSteps } from "./planRenderer";
import {
  chooseTarget,
  parseRegistry,
  sameSheetName,
  SHEETS_SETTING,
  temporaryName,
  uniqueTableName,
  updatedRegistry,
  type ExistingSheet,
} from "./sheetNames";

export interface WriteOptions {
  /** The sheet the data was read from: never written to. */
  sourceSheetName: string;
  /** "YYYY-MM": our sheet of this month is replaced by the new one. */
  reportMonth: string;
  /** Make the new sheet the active one at the end. Default false. */
  activate?: boolean;
  /** Checked before each batch; aborting removes the half-written sheet and rejects with the reason. */
  signal?: AbortSignal;
  /** After each batch: batches written, batches in all. */
  onProgress?: (done: number, total: number) => void;
}

export interface WriteResult {
  sheetName: string;
  /** True when our earlier sheet of the same month was replaced. */
  replaced: boolean;
}

/** Renders `plan` into a new sheet; see the file comment for what is replaced and what never is. */
export async function writeReport(context: Excel.RequestContext, plan: SheetPlan, options: WriteOptions): Promise<WriteResult> {
  const { signal, onProgress } = options;
  const worksheets = context.workbook.worksheets.load("items/name, items/id, items/position");
  const marks = context.workbook.settings.getItemOrNullObject(SHEETS_SETTING).load("value");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();

  const sheets: ExistingSheet[] = worksheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position }));
  const registry = parseRegistry(marks.isNullObject ? null : marks.value);
  const target = chooseTarget(plan.sheetName, options.reportMonth, sheets, registry);
  if (sameSheetName(target.name, options.sourceSheetName)) {
    throw new KeyClientError(
      "badOption",
      `The shipments are read from "${options.sourceSheetName}", which is KeyClient's own report sheet for ${options.reportMonth}. Select the sheet with the exported shipments, then build the report again.`,
    );
  }
  const tableNames = await tableNamesFor(context, plan, target.replace, tables.items.map((t) => t.name));

  signal?.throwIfAborted();
  const sheet = context.workbook.worksheets.add(temporaryName(sheets, plan.sheetName)).load("id");
  const batches = batchSteps(planSteps(plan, tableNames.writing));
  try {
    for (const [i, batch] of batches.entries()) {
      signal?.throwIfAborted();
      context.application.suspendScreenUpdatingUntilNextSync();
      for (const step of batch) step.apply(sheet);
      await context.sync();
      onProgress?.(i + 1, batches.length);
    }
    signal?.throwIfAborted();
  } catch (error) {
    await discard(context, sheet);
    throw error;
  }

  if (target.replace) {
    context.workbook.worksheets.getItem(target.replace.id).delete();
    sheet.position = target.replace.position; // the new report takes the old one's tab
  }
  sheet.name = target.name;
  if (tableNames.writing !== tableNames.final) sheet.tables.getItem(tableNames.writing).name = tableNames.final;
  const next = updatedRegistry(registry, sheets, target, sheet.id, options.reportMonth);
  context.workbook.settings.add(SHEETS_SETTING, JSON.stringify(next));
  if (options.activate) sheet.activate();
  await context.sync();

  await setUpPrinting(context, sheet, plan);
  return { sheetName: target.name, replaced: target.replace !== null };
}

/**
 * Table names are unique in the workbook. `final`: the plan's name unless a table that stays has it;
 * `writing`: the name while the report is written, when the old report's table still holds `final`.
 */
async function tableNamesFor(
  context: Excel.RequestContext,
  plan: SheetPlan,
  replace: ExistingSheet | null,
  all: string[],
): Promise<{ writing: string; final: string }> {
  if (!plan.table) return { writing: "", final: "" };
  let leaving = new Set<string>();
  if (replace) {
    const tables = context.workbook.worksheets.getItem(replace.id).tables.load("items/name");
    await context.sync();
    leaving = new Set(tables.items.map((t) => t.name.toLocaleLowerCase()));
  }
  const final = uniqueTableName(plan.table.name, all.filter((n) => !leaving.has(n.toLocaleLowerCase())));
  return { writing: uniqueTableName(final, all), final };
}

/** Removes the half-written sheet; a failure to do so must not hide the error that led here. */
async function discard(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<void> {
  try {
    sheet.delete();
    await context.sync();
  } catch {
    // The original error is what the user needs to see.
  }
}

/**
 * Landscape, all columns on one page wide (0 pages tall = as many as needed). Print settings are
 * a nicety: on a platform that refuses them the report stands as it is, so their failure is ignored.
 */
async function setUpPrinting(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: SheetPlan): Promise<void> {
  try {
    sheet.pageLayout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
    sheet.pageLayout.zoom = { horizontalFitToPages: plan.print.fitToPagesWide, verticalFitToPages: 0 };
    await context.sync();
  } catch {
    // See above: printing is set by hand in that case.
  }
}
