// Writes a SheetPlan into a new worksheet (SPEC §7).
//
// The report is written under a temporary name and only then swapped in: our old sheet of the same
// month is deleted and the new one renamed and put in its place among the tabs in the last batch. A
// failure or a Cancel while writing removes the half-written sheet and leaves the workbook as it
// was; a failure of the last batch is looked into (recoverSwap), and an error only ever says the
// workbook is unchanged when it is. The source sheet is never written to; a user's sheet that has
// our name is never touched (the report takes "… (2)").
//
// Syncs: two to look at the workbook, one per batch of at most BATCH_BYTES (one for a report of a
// few thousand clients), one to swap the sheets in, one for the print settings.

import { KeyClientError } from "../core/errors";
import type { SheetPlan } from "../report/sheetPlan";
import { officeCode, WorkbookChangedError, type ChangedState } from "./officeErrors";
import { batchSteps, planSteps } from "./planRenderer";
import { queuePrintSetup } from "./printLayout";
import {
  chooseTarget,
  parseRegistry,
  sameSheetName,
  SHEETS_SETTING,
  temporaryName,
  uniqueTableName,
  updatedRegistry,
  type ExistingSheet,
  type SheetRegistry,
  type Target,
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
  const writingName = temporaryName(sheets, plan.sheetName);
  const sheet = context.workbook.worksheets.add(writingName).load("id");
  const batches = batchSteps(planSteps(plan, tableNames.writing));
  try {
    for (const [i, batch] of batches.entries()) {
      signal?.throwIfAborted();
      context.application.suspendScreenUpdatingUntilNextSync();
      for (const step of batch) step.apply(sheet);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch on purpose: a single one would exceed Excel on the web's 5 MB
      await context.sync();
      onProgress?.(i + 1, batches.length);
    }
    signal?.throwIfAborted();
  } catch (error) {
    if (await discard(context, writingName)) throw error;
    throw changedError(error, "unfinishedSheetLeft", writingName, options.reportMonth);
  }

  const swap: Swap = { target, registry, sheets, tableNames, month: options.reportMonth, activate: options.activate === true };
  let sheetName = target.name;
  try {
    queueSwap(context, sheet, swap);
    await context.sync();
  } catch (error) {
    sheetName = await recoverSwap(context, sheet, plan.sheetName, writingName, swap, error);
  }

  await setUpPrinting(context, sheet, plan);
  return { sheetName, replaced: target.replace !== null };
}

/** What the last step needs: where the report goes and what the workbook held before writing. */
interface Swap {
  target: Target;
  registry: SheetRegistry;
  /** The sheets as they were before the report was written. */
  sheets: ExistingSheet[];
  tableNames: { writing: string; final: string };
  month: string;
  activate: boolean;
}

/** Queues the last step: our old sheet out, the new one under its name and in its place, the mark saved. */
function queueSwap(context: Excel.RequestContext, sheet: Excel.Worksheet, swap: Swap, tableRenamed = false): void {
  const { target, tableNames } = swap;
  if (target.replace) {
    context.workbook.worksheets.getItem(target.replace.id).delete();
    sheet.position = target.replace.position; // the new report takes the old one's tab
  }
  sheet.name = target.name;
  if (tableNames.writing !== tableNames.final && !tableRenamed) sheet.tables.getItem(tableNames.writing).name = tableNames.final;
  const next = updatedRegistry(swap.registry, swap.sheets, target, sheet.id, swap.month);
  context.workbook.settings.add(SHEETS_SETTING, JSON.stringify(next));
  if (swap.activate) sheet.activate();
}

/**
 * The last step failed part-way: Excel carries out a batch's calls up to the one that fails, so our
 * old report may already be deleted. With the old report still there (or none to replace), the new
 * sheet is removed and Excel's error passes on: the workbook is as it was. With the old report gone,
 * the new one, which is complete, is put in place under a free name. Otherwise the error says what
 * is where now. Returns the report sheet's name.
 */
async function recoverSwap(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  planName: string,
  writingName: string,
  swap: Swap,
  error: unknown,
): Promise<string> {
  let now: ExistingSheet[];
  let tableNamesNow: string[];
  try {
    const worksheets = context.workbook.worksheets.load("items/name, items/id, items/position");
    const tables = sheet.tables.load("items/name");
    await context.sync();
    now = worksheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position }));
    tableNamesNow = tables.items.map((t) => t.name);
  } catch {
    throw changedError(error, "stateUnknown", writingName, swap.month);
  }
  const old = swap.target.replace;
  const newName = now.find((s) => s.id === sheet.id)?.name ?? writingName;
  if (!old || now.some((s) => s.id === old.id)) {
    if (await discard(context, newName)) throw error;
    throw changedError(error, "unfinishedSheetLeft", newName, swap.month);
  }
  const others = now.filter((s) => s.id !== sheet.id);
  const free = chooseTarget(planName, swap.month, others, {}); // an empty registry: never replaces
  const finish: Swap = { ...swap, target: { name: free.name, replace: null }, sheets: others };
  try {
    queueSwap(context, sheet, finish, !tableNamesNow.includes(swap.tableNames.writing));
    sheet.position = Math.min(old.position, now.length - 1);
    await context.sync();
    return free.name;
  } catch {
    throw changedError(error, "previousReportRemoved", newName, swap.month);
  }
}

const CHANGED_STATE_SENTENCES: Record<ChangedState, (sheetName: string, month: string) => string> = {
  unfinishedSheetLeft: (sheetName) => `The unfinished sheet "${sheetName}" could not be removed: delete it, then build the report again.`,
  previousReportRemoved: (sheetName, month) =>
    `The previous report for ${month} has been removed; the new one is complete on the sheet "${sheetName}". Rename that sheet, or build the report again.`,
  stateUnknown: (sheetName) => `The workbook may hold an unfinished sheet "${sheetName}": check the sheets, delete it if it is there, then build the report again.`,
};

/** Excel's failure after the workbook changed, with a sentence that says what is where now. */
function changedError(cause: unknown, state: ChangedState, sheetName: string, month: string): WorkbookChangedError {
  const code = officeCode(cause) ?? "Unknown";
  const detail = cause instanceof Error ? cause.message : String(cause);
  const message = `Excel stopped while writing the report (${code}: ${detail}). ${CHANGED_STATE_SENTENCES[state](sheetName, month)}`;
  return new WorkbookChangedError(code, message, cause, state, sheetName);
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

/**
 * Removes the half-written sheet, found by its temporary name (no other sheet has it; Excel may not
 * have made it at all when the first batch was refused). True when no such sheet is left.
 */
async function discard(context: Excel.RequestContext, writingName: string): Promise<boolean> {
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(writingName);
    await context.sync();
    if (sheet.isNullObject) return true;
    sheet.delete();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/**
 * The plan's print setup. Print settings are a nicety: on a platform that refuses them the report
 * stands as it is, so their failure is ignored.
 */
async function setUpPrinting(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: SheetPlan): Promise<void> {
  try {
    queuePrintSetup(sheet, plan.print);
    await context.sync();
  } catch {
    // See above: printing is set by hand in that case.
  }
}
