// The shape of the pane's texts: every language's table is typed by it, so a missing key fails the
// type-check (test/taskpane/i18n.test.ts checks it at run time too).

import type { ErrorCode, ErrorFacts } from "../core/errors";

export type ErrorReason = NonNullable<ErrorFacts["reason"]>;
import type { Field } from "../core/types";
import type { ChangedState } from "../excel/officeErrors";

/** Why Build is disabled; rendered into a sentence by `PaneTexts.problem`. */
export type Problem =
  | { kind: "noSource" }
  | { kind: "missingColumns"; fields: Field[] }
  | { kind: "sameColumn"; header: string; fields: [Field, Field] }
  | { kind: "month" }
  | { kind: "months" }
  | { kind: "topN" }
  | { kind: "share" }
  | { kind: "profitBasis" };

/** A message and, when it helps support, the original text below it. */
export interface Sentence {
  message: string;
  detail?: string;
}

export interface PaneTexts {
  /** BCP 47 locale for numbers. */
  locale: string;
  app: { title: string; tagline: string; loading: string };
  source: {
    title: string;
    sheet: string;
    range: string;
    rowsLabel: string;
    kind: { selection: string; table: (name: string) => string; usedRange: string };
    headerRow: (row: number) => string;
    noHeader: string;
    useSelection: string;
    useSelectionHint: string;
    inspecting: string;
  };
  mapping: {
    title: string;
    hint: string;
    fields: Record<Field, string>;
    none: string;
    choose: string;
    /** Under a required field without a column. */
    missing: (field: string) => string;
    /** Under a field whose column was chosen for another field; `required`: it must get another one. */
    taken: (header: string, otherField: string, required: boolean) => string;
    /** The one entry of a column list that nothing typed matches. */
    noMatch: string;
    /** The arrow that opens a field's list of columns. */
    openList: (field: string) => string;
    savedChoiceGone: (field: string, header: string) => string;
  };
  options: {
    title: string;
    month: string;
    monthPlaceholder: string;
    monthHint: string;
    months: string;
    monthsHint: string;
    rule: string;
    ruleTop: string;
    rulePareto: string;
    ruleHint: string;
    topN: string;
    share: string;
    shareHint: string;
    basis: string;
    basisHint: string;
    basisSales: string;
    basisProfit: string;
    basisProfitNeedsColumn: string;
    paneLanguage: string;
    reportLanguage: string;
    langAuto: string;
    langSameAsPane: string;
    dateOrder: string;
    dateOrderAuto: string;
    dateOrderDmy: string;
    dateOrderMdy: string;
  };
  build: {
    button: string;
    again: string;
    cancel: string;
    /** The progress bar's name for screen readers. */
    progressName: string;
    stage: {
      starting: string;
      reading: (done: string, total: string) => string;
      analysing: string;
      writing: string;
    };
    cancelledTitle: string;
    cancelled: string;
    needsSetupTitle: string;
    needsSetup: string;
  };
  result: {
    title: string;
    keyClients: string;
    keyShare: string;
    activeClients: string;
    newInKey: string;
    droppedFromKey: string;
    noPrevious: string;
    falling: string;
    irregular: string;
    rowsRead: string;
    rowsUsed: string;
    rowsSkipped: string;
    /** The first row numbers of a skip reason; `more` when there are more than listed. */
    skippedRows: (rows: readonly number[], more: boolean) => string;
    warnings: string;
    goToSheet: string;
    /** What a screen reader says when the report is ready: the sheet and the two large figures. */
    announce: (sheet: string, keyCount: string, keyShare: string) => string;
  };
  errors: {
    titles: Record<ErrorCode, string>;
    /** Titles of the cases a code covers (ErrorFacts.reason), where the code's own title would mislead. */
    reasonTitles: Record<ErrorReason, string>;
    excelTitle: string;
    unexpectedTitle: string;
    unexpected: string;
    settingsNotReadTitle: string;
    settingsNotRead: string;
    details: string;
    /**
     * The message for a KeyClientError or an Excel error (by Excel's code). Their sentences are
     * English. Where the error's facts say what happened (the data's months, the empty sheet, the
     * areas selected), each language writes its own sentence with them; otherwise English shows the
     * engine's sentence and Russian its own per code, with the original as the detail.
     */
    keyClient: (code: ErrorCode, sentence: string, facts: ErrorFacts) => Sentence;
    excel: (code: string, sentence: string) => Sentence;
    /** Build asked for while a report is being built (by the pane or the ribbon button). */
    buildRunningTitle: string;
    buildRunning: string;
    /** Excel failed after the workbook changed: what is where now (never "unchanged"). */
    workbookChanged: (state: ChangedState, sheetName: string, sentence: string) => Sentence;
  };
  problem: (p: Problem) => string;
}
