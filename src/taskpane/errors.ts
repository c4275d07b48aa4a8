// Any failure → a message a sales manager understands: a title, a sentence saying what to do, and
// for the unexpected ones the technical detail below it (for support), never a stack trace alone.

import { KeyClientError } from "../core/errors";
import { BuildRunningError } from "../excel/commandState";
import { ExcelError, WorkbookChangedError } from "../excel/officeErrors";
import type { PaneTexts, Sentence } from "./i18n";

export interface PaneMessage extends Sentence {
  title: string;
}

/** True for the rejection of a cancelled run (AbortController.abort() → an "AbortError"). */
export function isAbort(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

function technicalDetail(error: unknown): string {
  if (error instanceof Error) return error.message ? `${error.name}: ${error.message}` : error.name;
  return String(error);
}

/**
 * The message for an error thrown while inspecting the source, building the report or going to
 * the sheet. KeyClientError and ExcelError (src/excel turns Office's errors into it) carry
 * sentences for people already; anything else is a bug, shown as such with its detail.
 */
export function describeError(error: unknown, t: PaneTexts): PaneMessage {
  if (error instanceof KeyClientError) {
    const { code, facts } = error;
    return { title: facts.reason ? t.errors.reasonTitles[facts.reason] : t.errors.titles[code], ...t.errors.keyClient(code, error.message, facts) };
  }
  if (error instanceof BuildRunningError) return { title: t.errors.buildRunningTitle, message: t.errors.buildRunning };
  if (error instanceof WorkbookChangedError) return { title: t.errors.excelTitle, ...t.errors.workbookChanged(error.state, error.sheetName, error.message) };
  if (error instanceof ExcelError) return { title: t.errors.excelTitle, ...t.errors.excel(error.code, error.message) };
  return { title: t.errors.unexpectedTitle, message: t.errors.unexpected, detail: technicalDetail(error) };
}
