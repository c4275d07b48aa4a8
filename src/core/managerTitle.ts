// One manager's report says whose it is (SPEC §12): its title and sheet name end with the manager.

import { sanitizeSheetName } from "./labels";

/** `Key clients 2017-12` → `Key clients 2017-12 · Petrov`; unchanged for the whole company's report. */
export function forManager(title: string, manager: string | undefined): string {
  return manager === undefined ? title : `${title} · ${manager}`;
}

/** The sheet name of one manager's report, a valid sheet name (the manager's name may be cut). */
export function sheetForManager(sheetName: string, manager: string | undefined): string {
  return manager === undefined ? sheetName : sanitizeSheetName(`${sheetName} ${manager}`);
}
