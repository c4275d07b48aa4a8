// How every report sheet prints (SPEC §14), decided once for both writers: landscape, the paper,
// all columns on one page wide, the main table's header repeated on every page, the title in the
// header, "page N of M" in the footer, and page breaks that keep a section's heading with its
// first rows. The page-break rule is documented in docs/report-sheet.md.

import { registerLabels } from "../core/registerLabels";
import type { Lang } from "../core/types";
import { printLabels } from "./printLabels";
import type { PlanBlock } from "./sheetPlan";
import { columnWidthPoints, DEFAULT_ROW_HEIGHT, POINTS_PER_INCH } from "./units";

export const PAPERS = ["a4", "letter"] as const;
export type Paper = (typeof PAPERS)[number];
export const DEFAULT_PAPER: Paper = "a4";

/** Portrait page sizes in points. */
const PAGE_POINTS: Record<Paper, { width: number; height: number }> = {
  a4: { width: 595.3, height: 841.9 },
  letter: { width: 612, height: 792 },
};

/** Excel's "Normal" margins, in inches. */
export const MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

/** A section's heading, its column header and its first rows print on one page. */
export const KEEP_WITH_HEADING = 5;
/** Excel's smallest zoom. */
const MIN_ZOOM_PERCENT = 10;

export interface PrintSetup {
  orientation: "landscape";
  paper: Paper;
  /** All columns on one page wide, as many pages tall as needed (0). */
  fitToPagesWide: 1;
  fitToPagesTall: 0;
  /** In inches. */
  margins: typeof MARGINS;
  /** Sheet rows repeated at the top of every page (the main table's header row), or null. */
  titleRows: { first: number; last: number } | null;
  /** Header and footer text in Excel's codes; an `&` of the title is doubled. */
  header: string;
  footer: string;
  /** Rows that start a new page. */
  pageBreaksBefore: number[];
}

/** Paper for the add-in: Letter where Excel speaks US English, A4 elsewhere. */
export function paperForDisplayLanguage(displayLanguage: string | undefined | null): Paper {
  return /^en[-_]US$/i.test(displayLanguage ?? "") ? "letter" : DEFAULT_PAPER;
}

/** `&` starts a code in Excel's headers and footers: a literal one is written `&&`. */
function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** A run of rows that the print rule keeps on one page when it can: a section's top rows. */
export interface KeepTogether {
  top: number;
  rows: number;
}

/** What the page estimate needs to know about the sheet. */
export interface PrintedSheet {
  title: string;
  lang: Lang;
  paper: Paper;
  /** Row of the main table's header, repeated on every page; null when there is none. */
  titleRow: number | null;
  columnWidths: number[];
  /** Rows whose height is not the default one, in points. */
  rowHeights: { row: number; height: number }[];
  lastRow: number;
  sections: KeepTogether[];
}

/** Printable width and height in points of a landscape page. */
function printableArea(paper: Paper): { width: number; height: number } {
  const page = PAGE_POINTS[paper];
  return {
    width: page.height - (MARGINS.left + MARGINS.right) * POINTS_PER_INCH,
    height: page.width - (MARGINS.top + MARGINS.bottom) * POINTS_PER_INCH,
  };
}

/** The whole-percent zoom that fits every column on one page wide, as Excel chooses it. */
export function fitZoom(columnWidths: number[], paper: Paper): number {
  const width = columnWidths.reduce((sum, w) => sum + columnWidthPoints(w), 0);
  const percent = width === 0 ? 100 : Math.floor((100 * printableArea(paper).width) / width);
  return Math.max(MIN_ZOOM_PERCENT, Math.min(100, percent)) / 100;
}

/**
 * Rows that start a new page: Excel's own breaks are estimated from the row heights at the zoom
 * that fits the columns, and a section whose first `KEEP_WITH_HEADING` rows (all of them when fewer)
 * would straddle a break starts on a new page instead.
 */
export function sectionPageBreaks(sheet: PrintedSheet): number[] {
  const heights = new Map(sheet.rowHeights.map((r) => [r.row, r.height]));
  const height = (row: number) => heights.get(row) ?? DEFAULT_ROW_HEIGHT;
  const pageHeight = printableArea(sheet.paper).height / fitZoom(sheet.columnWidths, sheet.paper);
  const keepFrom = new Map(sheet.sections.map((s) => [s.top, Math.min(s.rows, KEEP_WITH_HEADING)]));
  const breaks: number[] = [];
  let used = 0;
  const startPage = (row: number) => {
    // On a page after the table's header, Excel prints that header row first.
    used = sheet.titleRow !== null && row > sheet.titleRow ? height(sheet.titleRow) : 0;
  };
  startPage(1);
  for (let row = 1; row <= sheet.lastRow; row++) {
    const keep = keepFrom.get(row);
    // A section that would start on a page of its own anyway needs no break.
    if (keep !== undefined && used + height(row) <= pageHeight) {
      let together = 0;
      for (let r = row; r < row + keep; r++) together += height(r);
      if (used + together > pageHeight) {
        breaks.push(row);
        startPage(row);
      }
    }
    if (used + height(row) > pageHeight) startPage(row);
    used += height(row);
  }
  return breaks;
}

/** The print setup of a sheet. */
export function printSetup(sheet: PrintedSheet): PrintSetup {
  return {
    orientation: "landscape",
    paper: sheet.paper,
    fitToPagesWide: 1,
    fitToPagesTall: 0,
    margins: MARGINS,
    titleRows: sheet.titleRow === null ? null : { first: sheet.titleRow, last: sheet.titleRow },
    header: headerText(sheet.title),
    footer: printLabels(sheet.lang).pageOfPages,
    pageBreaksBefore: sectionPageBreaks(sheet),
  };
}

/** The report sheet's print setup: its sections are the blocks that open with a section heading. */
export function reportPrint(
  base: Pick<PrintedSheet, "title" | "lang" | "paper" | "titleRow" | "columnWidths" | "rowHeights">,
  blocks: PlanBlock[],
): PrintSetup {
  const sections = blocks.filter((b) => b.rows[0]?.style === "section").map((b) => ({ top: b.top, rows: b.rows.length }));
  const lastRow = Math.max(0, ...blocks.map((b) => b.top + b.rows.length - 1));
  return printSetup({ ...base, lastRow, sections });
}

/** The register prints like the report: its header row on every page, its name in the page header. */
export function registerPrint(lang: Lang, paper: Paper): PrintSetup {
  const title = registerLabels(lang).sheet;
  return printSetup({ title, lang, paper, titleRow: 1, columnWidths: [], rowHeights: [], lastRow: 0, sections: [] });
}
