// The pane's choices as plain data, and the pure rules around them: which column each field
// really gets, why Build is disabled, the default report month, and the settings sent to
// runReport and saved in the workbook. No React, no Office: tested in test/taskpane.

import { mapColumns } from "../core/columns";
import { parseMonthKey } from "../core/months";
import type { Basis, DateOrder, Field, KeyRule, Lang } from "../core/types";
import { FIELDS, REQUIRED_FIELDS } from "../core/types";
import type { ReportSettings, SourceInfo } from "./api";
import type { Problem } from "./i18n";

export interface PaneForm {
  /** Header text the user chose per field; absent = the column found by its header. */
  columns: Partial<Record<Field, string>>;
  /** "YYYY-MM", or "" for the latest complete month. */
  month: string;
  /** The month box holds a month typed without its year (the browser then reports ""). */
  monthIncomplete: boolean;
  months: number;
  rule: KeyRule["kind"];
  topN: number;
  /** Pareto share in percent (80 = 80%). */
  sharePercent: number;
  basis: Basis;
  /** The report's language: the pane's, or one chosen for the report alone. */
  reportLang: "pane" | Lang;
  dateOrder: DateOrder;
  /** "For manager" (SPEC §12): one manager's report; "" = every manager's rows. */
  manager: string;
  /** Options the pane does not show, kept as loaded so that saving does not drop them. */
  kept: Pick<ReportSettings["options"], "nearKeyCount" | "fallingTrend">;
}

export const DEFAULT_FORM: PaneForm = {
  columns: {},
  month: "",
  monthIncomplete: false,
  months: 3,
  rule: "top",
  topN: 20,
  sharePercent: 80,
  basis: "sales",
  reportLang: "pane",
  dateOrder: "auto",
  manager: "",
  kept: {},
};

/**
 * The form as saved settings left it. The report month is not restored: every month the user
 * wants the latest complete month, not last month's choice. A saved report language equal to the
 * pane's is read as "same as the pane", so it keeps following the pane's language.
 */
export function formFromSettings(saved: ReportSettings | null, paneLang: Lang): PaneForm {
  if (!saved) return DEFAULT_FORM;
  const o = saved.options ?? {};
  const columns: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const header = saved.columns?.[field];
    // "" is a choice too: an optional column the user left out.
    if (typeof header === "string" && (header.trim() !== "" || !REQUIRED_FIELDS.includes(field))) columns[field] = header.trim();
  }
  const kept: PaneForm["kept"] = {};
  if (o.nearKeyCount !== undefined) kept.nearKeyCount = o.nearKeyCount;
  if (o.fallingTrend !== undefined) kept.fallingTrend = o.fallingTrend;
  return {
    ...DEFAULT_FORM,
    columns,
    months: o.months ?? DEFAULT_FORM.months,
    rule: o.rule?.kind ?? DEFAULT_FORM.rule,
    topN: o.rule?.kind === "top" ? o.rule.n : DEFAULT_FORM.topN,
    sharePercent: o.rule?.kind === "pareto" ? Math.round(o.rule.share * 1000) / 10 : DEFAULT_FORM.sharePercent,
    basis: o.basis ?? DEFAULT_FORM.basis,
    reportLang: o.lang === undefined || o.lang === paneLang ? "pane" : o.lang,
    dateOrder: saved.dateOrder ?? DEFAULT_FORM.dateOrder,
    manager: o.manager ?? DEFAULT_FORM.manager,
    kept,
  };
}

export interface Mapping {
  /** Column index per field, as the report will use it. */
  columns: Partial<Record<Field, number>>;
  /** Per field, the column it gets when the user's own choice is removed (for the "(none)" entry). */
  automatic: Partial<Record<Field, number>>;
  /** Fields whose saved choice names no column of this table (the automatic column is used). */
  gone: Field[];
  /** Fields whose column found by its header was chosen for another field, which now has it. */
  taken: Partial<Record<Field, { header: string; by: Field }>>;
  problems: Problem[];
}

/** The user's choices on top of the automatic mapping, by core's own rules (mapColumns), in the pane's terms. */
export function resolveMapping(headers: readonly string[], auto: Partial<Record<Field, number>>, choices: PaneForm["columns"]): Mapping {
  const m = mapColumns([...headers], choices, auto);
  const gone: Field[] = [];
  const problems: Problem[] = [];
  for (const p of m.problems) {
    if (p.kind === "notFound") gone.push(p.field);
    else problems.push({ kind: "sameColumn", header: headers[p.index], fields: p.fields });
  }
  if (m.missing.length > 0) problems.unshift({ kind: "missingColumns", fields: m.missing });
  const taken: Mapping["taken"] = {};
  for (const field of FIELDS) {
    const own = auto[field];
    const by = own === undefined || m.automatic[field] !== undefined ? undefined : FIELDS.find((other) => other !== field && m.columns[other] === own);
    if (by !== undefined) taken[field] = { header: headers[own!], by };
  }
  return { columns: m.columns, automatic: m.automatic, gone, taken, problems };
}

/** The value of the "(none)" entry of an optional field's dropdown. */
export const NONE = "none";

/**
 * The choices after the user picked `value` (a column index, or NONE) for `field`. Picking the
 * automatic column (or "(none)" where nothing was found) clears the choice, so saved settings keep
 * only real departures from the automatic mapping; "(none)" over a found column is saved as "".
 */
export function chooseColumn(
  choices: PaneForm["columns"],
  mapping: Mapping,
  headers: readonly string[],
  field: Field,
  value: string,
): PaneForm["columns"] {
  const next = { ...choices };
  const index = value === NONE ? undefined : Number(value);
  if (index === mapping.automatic[field]) delete next[field];
  else next[field] = index === undefined ? "" : headers[index];
  return next;
}

const isWhole = (n: number, min: number, max = Infinity) => Number.isInteger(n) && n >= min && n <= max;

/** Everything that stops Build, in the order the user reads the pane. Empty = ready. */
export function formProblems(form: PaneForm, mapping: Mapping | null): Problem[] {
  if (!mapping) return [{ kind: "noSource" }];
  const problems = [...mapping.problems];
  if (form.monthIncomplete || (form.month !== "" && parseMonthKey(form.month) === null)) problems.push({ kind: "month" });
  if (!isWhole(form.months, 1, 24)) problems.push({ kind: "months" });
  if (form.rule === "top" && !isWhole(form.topN, 1)) problems.push({ kind: "topN" });
  if (form.rule === "pareto" && !(form.sharePercent > 0 && form.sharePercent <= 100)) problems.push({ kind: "share" });
  if (form.basis === "profit" && mapping.columns.profit === undefined) problems.push({ kind: "profitBasis" });
  return problems;
}

/**
 * What runReport gets, and what is saved after a successful build. The saved copy leaves out the
 * report month: next time (and the ribbon button) starts on the latest complete month. It keeps
 * the language the report was written in, which the ribbon button uses.
 */
export function reportSettings(
  form: PaneForm,
  paneLang: Lang,
  source: SourceInfo,
  mapping: Mapping,
): { run: ReportSettings; save: ReportSettings } {
  const columns: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const choice = form.columns[field];
    if (choice !== undefined && !mapping.gone.includes(field)) columns[field] = choice;
  }
  const rule: KeyRule = form.rule === "top" ? { kind: "top", n: form.topN } : { kind: "pareto", share: form.sharePercent / 100 };
  const lang = form.reportLang === "pane" ? paneLang : form.reportLang;
  const options: ReportSettings["options"] = { ...form.kept, months: form.months, rule, basis: form.basis, lang };
  if (form.manager !== "") options.manager = form.manager;
  const save: ReportSettings = { columns, dateOrder: form.dateOrder, options, sourceAddress: source.source.address };
  const run: ReportSettings = form.month === "" ? save : { ...save, options: { ...options, month: form.month } };
  return { run, save };
}
