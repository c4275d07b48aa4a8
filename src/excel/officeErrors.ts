// Office.js errors (OfficeExtension.Error: a `code` such as "InvalidArgument" and a technical
// message) turned into sentences a sales manager can act on. The Office code is kept on the error,
// so the pane can still choose its own words per code.

import { KeyClientError } from "../core/errors";

/** An error Excel reported, with a sentence for people; `code` is Excel's, `cause` the original. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly cause: unknown,
  ) {
    super(message);
    this.name = "ExcelError";
  }
}

/**
 * Excel stopped after the workbook had been changed (the last step of writing the report failed
 * part-way): the message says what is where now and never claims the workbook is unchanged.
 */
export type ChangedState =
  /** The new sheet could not be removed: it is still there, unfinished, under `sheetName`. */
  | "unfinishedSheetLeft"
  /** Our previous report of the month is gone; the complete new one is on `sheetName`. */
  | "previousReportRemoved"
  /** Excel could not even be asked what is there now; the new sheet may be `sheetName`. */
  | "stateUnknown";

export class WorkbookChangedError extends ExcelError {
  constructor(
    code: string,
    message: string,
    cause: unknown,
    readonly state: ChangedState,
    readonly sheetName: string,
  ) {
    super(code, message, cause);
    this.name = "WorkbookChangedError";
  }
}

const UNCHANGED = "Your data was not changed.";

const SENTENCES: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
  AccessDenied:
    "Excel did not allow the change: the workbook may be protected or open read-only. Unprotect it (Review → Protect Workbook) or save a copy, then try again.",
  ItemNotFound: "A sheet or range the report needs is gone: it was renamed or deleted meanwhile. Select the shipment table and try again.",
  RequestPayloadSizeLimitExceeded:
    "The table is too large for Excel on the web to pass in one piece. Try again in Excel for Windows or Mac, or select fewer columns.",
  ResponsePayloadSizeLimitExceeded:
    "The table is too large for Excel on the web to pass in one piece. Try again in Excel for Windows or Mac, or select fewer columns.",
  ActivityLimitReached: "Excel is busy. Wait a moment, then try again.",
  ServiceNotAvailable: "Excel is busy. Wait a moment, then try again.",
};

export function officeCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : null;
}

/**
 * The error to show: KeyClientError, ExcelError and cancellations (AbortError) pass through; an
 * Office error becomes an ExcelError with a sentence; anything else (a bug) passes through.
 */
export function userError(error: unknown): unknown {
  if (error instanceof KeyClientError || error instanceof ExcelError) return error;
  if ((error as { name?: unknown } | null)?.name === "AbortError") return error;
  const code = officeCode(error);
  if (code === null) return error;
  const known = SENTENCES[code];
  const detail = error instanceof Error ? error.message : String(error);
  const sentence = known ?? `Excel could not carry out a step of the report (${code}: ${detail}).`;
  return new ExcelError(code, `${sentence} ${UNCHANGED}`, error);
}

/** Excel.run with the errors turned into sentences (see userError). */
export async function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw userError(error);
  }
}
