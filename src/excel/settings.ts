// The report settings, kept in the workbook (`context.workbook.settings`, saved with the file), so a
// workbook remembers its own columns and rule and the ribbon button can rebuild the report in one
// click. Stored as JSON under one key.

import { KeyClientError } from "../core/errors";
import { FIELDS, REQUIRED_FIELDS, type DateOrder, type Field } from "../core/types";
import { excelRun } from "./officeErrors";
import type { ReportSettings } from "./runReport";

export const SETTINGS_KEY = "keyclient.settings";

const DATE_ORDERS: readonly DateOrder[] = ["auto", "dmy", "mdy"];
/** The options a workbook keeps, with the JavaScript type each must have. */
const OPTION_TYPES = {
  month: "string",
  months: "number",
  rule: "object",
  basis: "string",
  lang: "string",
  nearKeyCount: "number",
  fallingTrend: "number",
  // One manager's report (SPEC §12), kept so that the ribbon button rebuilds it.
  manager: "string",
} as const;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Settings read back: the known fields with the right shapes. A value of the wrong kind (another
 * version, an edit by hand) is dropped, so its default applies; the report states every option it
 * used. Option values themselves are checked when the report is built.
 */
export function parseSettings(json: string): ReportSettings {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    data = null;
  }
  if (!isObject(data)) {
    throw new KeyClientError("badOption", "The KeyClient settings saved in this workbook cannot be read. Choose the settings again and save them.");
  }
  const columns: Partial<Record<Field, string>> = {};
  if (isObject(data.columns)) {
    for (const field of FIELDS) {
      const header = data.columns[field];
      // "" is kept for optional fields: the user left that column out.
      if (typeof header === "string" && (header !== "" || !REQUIRED_FIELDS.includes(field))) columns[field] = header;
    }
  }
  const options: ReportSettings["options"] = {};
  if (isObject(data.options)) {
    for (const [key, type] of Object.entries(OPTION_TYPES)) {
      const value = data.options[key];
      if (typeof value === type && value !== null) Object.assign(options, { [key]: value });
    }
  }
  const dateOrder = DATE_ORDERS.find((o) => o === data.dateOrder) ?? "auto";
  const settings: ReportSettings = { columns, dateOrder, options };
  if (typeof data.sourceAddress === "string" && data.sourceAddress !== "") settings.sourceAddress = data.sourceAddress;
  return settings;
}

/** The settings saved in this workbook, or null when none are. */
export function loadSettings(): Promise<ReportSettings | null> {
  return excelRun(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
    await context.sync();
    if (item.isNullObject) return null;
    return parseSettings(typeof item.value === "string" ? item.value : JSON.stringify(item.value));
  });
}

/** Saves the settings in this workbook (kept when the workbook is saved). */
export function saveSettings(settings: ReportSettings): Promise<void> {
  return excelRun(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
    await context.sync();
  });
}
