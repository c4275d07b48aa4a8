// The pane's English texts.

import type { ErrorCode, ErrorFacts } from "../core/errors";
import { monthLabel } from "../core/labels";
import type { Field } from "../core/types";
import type { PaneTexts } from "./paneTexts";

/** "Client, Date and Amount": fields named in one sentence. */
export function fieldList(fields: Field[], names: Record<Field, string>, and: string): string {
  const words = fields.map((f) => names[f]);
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} ${and} ${words[words.length - 1]}`;
}

export const EN_FIELDS: Record<Field, string> = {
  client: "Client",
  date: "Date",
  amount: "Amount",
  product: "Product",
  profit: "Profit",
  quantity: "Quantity",
  manager: "Manager",
};

/** The engine's error in English words of the pane, from its facts; null where the engine's sentence is best. */
function factSentence(code: ErrorCode, f: ErrorFacts): string | null {
  const span = f.firstMonth && f.lastMonth ? `${monthLabel(f.firstMonth, "en")} – ${monthLabel(f.lastMonth, "en")}` : null;
  if (code === "monthOutsideData" && span && f.month) return `There are no shipments for ${monthLabel(f.month, "en")}: the data covers ${span}. Choose a report month in that range.`;
  if (code === "monthOutsideData" && span) return `The data covers ${span} and has no complete month before today yet. Choose the report month.`;
  if (f.reason === "emptySheet") return `The sheet “${f.sheet ?? ""}” is empty. Open the sheet with the shipment table, click a cell in it, then click Use selection.`;
  if (f.reason === "multipleAreas") return `${f.areas ?? "Several"} separate areas are selected. Select one block of cells, or click a single cell inside the table, then click Use selection.`;
  return null;
}

export const EN: PaneTexts = {
  locale: "en-US",
  app: { title: "KeyClient", tagline: "Monthly key-client sheet", loading: "Loading…" },
  source: {
    title: "Source data",
    sheet: "Sheet",
    range: "Range",
    rowsLabel: "Data rows",
    kind: { selection: "selection", table: (name) => `table ${name}`, usedRange: "whole sheet" },
    headerRow: (row) => `header in row ${row}`,
    noHeader: "no header row found",
    useSelection: "Use selection",
    useSelectionHint: "Select the shipment table (or click a cell inside it), then click here.",
    inspecting: "Looking at the table…",
  },
  mapping: {
    title: "Columns",
    hint: "Found by their headers. Change any that is wrong.",
    fields: EN_FIELDS,
    none: "(none)",
    choose: "Choose a column",
    missing: (field) => `No ${field.toLowerCase()} column found: choose it.`,
    taken: (header, other, required) => `“${header}” is now used for ${other}.${required ? " Choose another column." : ""}`,
    noMatch: "No column matches",
    openList: (field) => `Show the columns for ${field}`,
    savedChoiceGone: (field, header) => `The saved column “${header}” for ${field} is not in this table; the column found by its header is used.`,
  },
  options: {
    title: "Options",
    month: "Report month",
    monthPlaceholder: "YYYY-MM",
    monthHint: "Leave empty for the latest complete month in the data.",
    months: "Months to average",
    monthsHint: "Sales are averaged over this many months up to the report month. Usually 3.",
    rule: "How to choose key clients",
    ruleTop: "A set number of the largest",
    rulePareto: "The largest that make a share of sales",
    ruleHint: "Clients are ranked by their average monthly sales.",
    topN: "Number of key clients",
    share: "Their share of sales, %",
    shareHint: "80: the largest clients who together make 80% of sales.",
    basis: "Group clients into A, B, C by",
    basisHint: "A: the largest, who make most of the total; C: the smallest.",
    basisSales: "Sales",
    basisProfit: "Profit",
    basisProfitNeedsColumn: "Needs a profit column.",
    paneLanguage: "Language",
    reportLanguage: "Report language",
    langAuto: "Same as Excel",
    langSameAsPane: "Same as the pane",
    dateOrder: "Dates like 03/04/2017",
    dateOrderAuto: "Detect from the column",
    dateOrderDmy: "Day first (03 = day)",
    dateOrderMdy: "Month first (US)",
  },
  build: {
    button: "Build report",
    again: "Build again",
    cancel: "Cancel",
    progressName: "Report progress",
    stage: {
      starting: "Starting…",
      reading: (done, total) => `Reading ${done} of ${total} rows…`,
      analysing: "Analysing…",
      writing: "Writing the sheet…",
    },
    cancelledTitle: "Report cancelled",
    cancelled: "The workbook was not changed.",
    needsSetupTitle: "Set up the report once",
    needsSetup: "Check the columns and options once, then click Build report. The ribbon button will reuse them.",
  },
  result: {
    title: "The report is ready",
    keyClients: "Key clients",
    keyShare: "Their share of sales",
    activeClients: "Clients active",
    newInKey: "New in key",
    droppedFromKey: "Dropped from key",
    noPrevious: "n/a",
    falling: "Key with falling trend",
    irregular: "Key with irregular shipments",
    rowsRead: "Rows read",
    rowsUsed: "Rows used",
    rowsSkipped: "Rows skipped",
    skippedRows: (rows, more) => `${rows.length === 1 && !more ? "row" : "rows"} ${rows.join(", ")}${more ? ", …" : ""}`,
    warnings: "Warnings",
    goToSheet: "Go to the report sheet",
    announce: (sheet, keyCount, keyShare) => `The report is ready on sheet ${sheet}: ${keyCount} key clients, ${keyShare} of sales.`,
  },
  errors: {
    titles: {
      noHeader: "No header row found",
      missingColumn: "A required column is missing",
      emptyTable: "Nothing to read",
      monthOutsideData: "No data for that month",
      badOption: "Please check the settings",
      badFile: "The data cannot be read",
      badRegister: "The key-client register needs fixing",
    },
    reasonTitles: {
      multipleAreas: "Select one block of cells",
      emptySelection: "The selected cells are empty",
      emptySheet: "The sheet is empty",
    },
    excelTitle: "Excel could not finish the report",
    buildRunningTitle: "A report is already being built",
    buildRunning: "Wait until it is finished (its progress is shown here), then build again if you need to.",
    unexpectedTitle: "Something went wrong",
    unexpected: "The report could not be built because of an unexpected error. Your data was not changed. Try again; if it happens again, send the details below to support.",
    settingsNotReadTitle: "Saved settings not used",
    settingsNotRead: "The saved settings could not be read; the defaults are used.",
    details: "Details",
    keyClient: (code, sentence, facts) => ({ message: factSentence(code, facts) ?? sentence }),
    excel: (_code, sentence) => ({ message: sentence }),
    workbookChanged: (_state, _sheetName, sentence) => ({ message: sentence }),
  },
  problem: (p) => {
    switch (p.kind) {
      case "noSource":
        return "Select the shipment table first.";
      case "missingColumns":
        return `Choose the column for ${fieldList(p.fields, EN_FIELDS, "and")}.`;
      case "sameColumn":
        return `The column “${p.header}” is chosen both for ${EN_FIELDS[p.fields[0]]} and for ${EN_FIELDS[p.fields[1]]}.`;
      case "month":
        return "Complete the report month with its year (e.g. 2017-12), or clear it.";
      case "months":
        return "Months to average must be a whole number from 1 to 24.";
      case "topN":
        return "The number of key clients must be a whole number of at least 1.";
      case "share":
        return "The share of sales must be above 0% and at most 100%.";
      case "profitBasis":
        return "Grouping by profit needs a profit column.";
    }
  },
};
