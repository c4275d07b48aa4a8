// `keyclient report <file> [options]` → a typed request, or a usage error with one sentence.

import { parseArgs } from "node:util";
import type { DateOrder, Field, ReportOptions } from "../core/types";
import { KeyClientError } from "../core/errors";
import { DEFAULT_OPTIONS } from "../core/options";
import { LANGS } from "../core/locales";
import type { WarningThresholds } from "../core/warning/types";
import { DEFAULT_PAPER, PAPERS, type Paper } from "../report/printSetup";

export interface ReportRequest {
  file: string;
  sheet?: string;
  columns: Partial<Record<Field, string>>;
  dateOrder: DateOrder;
  options: Partial<ReportOptions>;
  out?: string;
  /** An earlier report workbook whose key-client register is carried into `out` (SPEC §13). */
  register?: string;
  json?: string;
  /** Paper the workbook's sheets print on (SPEC §14). */
  paper: Paper;
  quiet: boolean;
}

export const USAGE = `Usage: keyclient report <file.csv|file.xlsx> [options]

Builds the monthly key-client report from an exported shipment table.

Input
  --sheet NAME           worksheet of an .xlsx file (default: the first)
  --client H --date H --amount H --product H --profit H --quantity H --manager-column H
                         header of the column to use for each field (default: detected)
  --date-order ORDER     auto | dmy | mdy  for dates like 03/04/2017 (default: auto)
Report
  --month YYYY-MM        report month (default: the latest complete month)
  --months N             months in the key window (default: 3)
  --rule top|pareto      key clients: top N by average, or the Pareto group (default: top)
  --top N                N for --rule top (default: 20)
  --share S              share for --rule pareto (default: 0.8)
  --basis sales|profit   ABC by sales or by profit (default: sales)
  --lang en|ru|bg|id     language of the report and this summary (default: en)
  --today YYYY-MM-DD     the date the default month is counted from (default: today)
  --manager NAME         one manager's report: only the rows of that manager
  --history N            report months of history, 1 to 24; 1 = none (default: 12)
Early warning (key and near-key clients)
  --overdue-gaps X       overdue after X usual gaps between shipments (default: 2)
  --overdue-days N       …and at least N days without a shipment (default: 14)
  --below-norm D         a drop of D or more against the previous 12 months (default: 0.3)
  --narrowing F          products bought at most F of the previous window's (default: 0.5)
Output
  --out FILE.xlsx        write the report workbook, with the key-client register
  --register OLD.xlsx    carry the register (the managers' notes) of an earlier report workbook into --out
  --json FILE|-          write the report data as JSON (- = standard output)
  --paper a4|letter      paper the workbook's sheets print on (default: a4)
  --quiet                no summary on the terminal
Other
  --help, -h             this text
  --version              the version of keyclient

Exit codes: 0 done, 2 bad command line, 3 input the report cannot use, 4 an output not written.`;

function numberOption(value: string | undefined, name: string, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new KeyClientError("badOption", `--${name} takes ${integer ? "a whole number" : "a number"}, not "${value}".`);
  }
  return n;
}

function oneOf<T extends string>(value: string | undefined, name: string, allowed: readonly T[]): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new KeyClientError("badOption", `--${name} takes ${allowed.join(" or ")}, not "${value}".`);
}

/** The flag naming each field's column: `--manager` itself chooses one manager's report (SPEC §9, §12). */
const FIELD_FLAGS: Record<Field, string> = {
  client: "client", date: "date", amount: "amount", product: "product", profit: "profit", quantity: "quantity", manager: "manager-column",
};
/** The early-warning thresholds given, the defaults for the rest; the drop below norm is given as a positive fraction. */
function warningOptions(values: Record<string, string | boolean | undefined>): WarningThresholds {
  const flag = (name: string, integer: boolean) => numberOption(values[name] as string | undefined, name, integer);
  const d = DEFAULT_OPTIONS.warning;
  const drop = flag("below-norm", false);
  return {
    overdueGaps: flag("overdue-gaps", false) ?? d.overdueGaps,
    overdueDays: flag("overdue-days", true) ?? d.overdueDays,
    belowNorm: drop === undefined ? d.belowNorm : -drop,
    narrowing: flag("narrowing", false) ?? d.narrowing,
  };
}

export function parseReportArgs(argv: string[]): ReportRequest {
  const text = { type: "string" } as const;
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      sheet: text, client: text, date: text, amount: text, product: text, profit: text, quantity: text, "manager-column": text, manager: text,
      "date-order": text, month: text, months: text, rule: text, top: text, share: text, basis: text, lang: text,
      today: text, out: text, register: text, json: text, paper: text, quiet: { type: "boolean" }, history: text,
      "overdue-gaps": text, "overdue-days": text, "below-norm": text, narrowing: text,
    },
  });
  if (positionals.length !== 1) {
    throw new KeyClientError("badOption", positionals.length === 0 ? "Name the exported file to read." : `One input file, please; got ${positionals.join(", ")}.`);
  }
  if (values.register !== undefined && values.out === undefined) {
    throw new KeyClientError("badOption", "--register needs --out: the register is carried into the new report workbook.");
  }
  const rule = oneOf(values.rule, "rule", ["top", "pareto"] as const) ?? "top";
  const options: Partial<ReportOptions> = {
    month: values.month,
    months: numberOption(values.months, "months", true),
    rule: rule === "top"
      ? { kind: "top", n: numberOption(values.top, "top", true) ?? 20 }
      : { kind: "pareto", share: numberOption(values.share, "share", false) ?? 0.8 },
    basis: oneOf(values.basis, "basis", ["sales", "profit"] as const),
    lang: oneOf(values.lang, "lang", LANGS),
    today: values.today,
    manager: values.manager,
    history: numberOption(values.history, "history", true),
    warning: warningOptions(values),
  };
  const columns: Partial<Record<Field, string>> = {};
  for (const [field, flag] of Object.entries(FIELD_FLAGS) as [Field, string][]) {
    const header = (values as Record<string, string | undefined>)[flag];
    if (header !== undefined) columns[field] = header;
  }
  return {
    file: positionals[0],
    sheet: values.sheet,
    columns,
    dateOrder: oneOf(values["date-order"], "date-order", ["auto", "dmy", "mdy"] as const) ?? "auto",
    // Undefined options keep their defaults.
    options: Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
    out: values.out,
    register: values.register,
    json: values.json,
    paper: oneOf(values.paper, "paper", PAPERS) ?? DEFAULT_PAPER,
    quiet: values.quiet ?? false,
  };
}
