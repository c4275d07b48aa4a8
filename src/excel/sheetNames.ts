// Which sheet a report goes to (SPEC §7): the plan's name, and re-running a month replaces only
// the sheet the add-in itself made for that month. Our sheets are remembered by sheet id in a
// workbook setting (saved with the workbook, ExcelApi 1.4): the id survives renames, and a copy
// the user makes of our sheet gets a new id, so it is the user's.

/** Workbook setting holding the marks of the sheets KeyClient made. */
export const SHEETS_SETTING = "keyclient.sheets";

const CREATED_BY = "KeyClient";
/** Excel's limit on sheet name length. */
const SHEET_NAME_MAX = 31;

export interface SheetMark {
  month: string;
  createdBy: typeof CREATED_BY;
}

/** Sheet id → mark. */
export type SheetRegistry = Record<string, SheetMark>;

export interface ExistingSheet {
  id: string;
  name: string;
  /** 0-based place among the sheet tabs. */
  position: number;
}

export interface Target {
  /** Name the new report sheet gets. */
  name: string;
  /** Our sheet of the same month holding that name, to be replaced; null when the name is free. */
  replace: ExistingSheet | null;
}

/** Excel compares sheet names without regard to case ("Sales" and "SALES" clash). */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/**
 * The registry read back from the setting. Anything unreadable (edited by hand, another
 * version) counts as "no sheet is ours": a sheet is only ever replaced when we are sure.
 */
export function parseRegistry(value: unknown): SheetRegistry {
  let data = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return {};
    }
  }
  const registry: SheetRegistry = {};
  if (data === null || typeof data !== "object" || Array.isArray(data)) return registry;
  for (const [id, mark] of Object.entries(data as Record<string, unknown>)) {
    const m = mark as Partial<SheetMark> | null;
    if (m && m.createdBy === CREATED_BY && typeof m.month === "string") registry[id] = { month: m.month, createdBy: CREATED_BY };
  }
  return registry;
}

/** The registry after writing: sheets that no longer exist are forgotten, the new sheet is marked. */
export function updatedRegistry(registry: SheetRegistry, sheets: ExistingSheet[], target: Target, newId: string, month: string): SheetRegistry {
  const alive = new Set(sheets.map((s) => s.id));
  const next: SheetRegistry = {};
  for (const [id, mark] of Object.entries(registry)) {
    if (alive.has(id) && id !== target.replace?.id) next[id] = mark;
  }
  next[newId] = { month, createdBy: CREATED_BY };
  return next;
}

/** `base` for n = 1, else `base (n)`; the base is cut so the whole stays within 31 characters. */
export function numberedName(base: string, n: number): string {
  const suffix = n === 1 ? "" : ` (${n})`;
  return Array.from(base).slice(0, SHEET_NAME_MAX - suffix.length).join("").trimEnd() + suffix;
}

/**
 * The first of `name`, `name (2)`, `name (3)`, … that is free or held by our own sheet of the same
 * month (which is then replaced). Sheets of the user, our sheets of other months and our sheets the
 * user renamed to that name for another month are never touched.
 */
export function chooseTarget(name: string, month: string, sheets: ExistingSheet[], registry: SheetRegistry): Target {
  for (let n = 1; ; n++) {
    const candidate = numberedName(name, n);
    const holder = sheets.find((s) => sameSheetName(s.name, candidate));
    if (!holder) return { name: candidate, replace: null };
    if (registry[holder.id]?.month === month) return { name: candidate, replace: holder };
  }
}

/** A name no sheet has, for the report while it is being written (it is renamed at the end). */
export function temporaryName(sheets: ExistingSheet[], name: string): string {
  for (let n = 1; ; n++) {
    const candidate = numberedName(`${name} …`, n);
    if (!sheets.some((s) => sameSheetName(s.name, candidate))) return candidate;
  }
}

/** `name`, or `name_2`, `name_3`, … : the first that no table in the workbook has (table names are workbook-wide). */
export function uniqueTableName(name: string, taken: string[]): string {
  const used = new Set(taken.map((t) => t.toLocaleLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name}_${n}`;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
