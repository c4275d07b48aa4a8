// The plan's print setup as Office.js page layout calls (SPEC §14), the same settings the CLI's
// exceljs writer stores (src/cli/printSheet.ts).

import type { Paper, PrintSetup } from "../report/printSetup";
import { POINTS_PER_INCH } from "../report/units";

const PAPER_TYPE: Record<Paper, Excel.PaperType | "A4" | "Letter"> = { a4: "A4", letter: "Letter" };

/** Inches as points, rounded to a hundredth: 0.3" is 21.6 pt, not 21.599999…. */
const points = (inches: number) => Math.round(inches * POINTS_PER_INCH * 100) / 100;

/** Queues the print setup on `sheet`; Office.js takes margins in points, the plan has inches. */
export function queuePrintSetup(sheet: Excel.Worksheet, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = PAPER_TYPE[print.paper];
  layout.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: print.fitToPagesTall };
  const { margins } = print;
  layout.leftMargin = points(margins.left);
  layout.rightMargin = points(margins.right);
  layout.topMargin = points(margins.top);
  layout.bottomMargin = points(margins.bottom);
  layout.headerMargin = points(margins.header);
  layout.footerMargin = points(margins.footer);
  if (print.titleRows !== null) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  const pages = layout.headersFooters.defaultForAllPages;
  pages.centerHeader = print.header;
  pages.centerFooter = print.footer;
  for (const row of print.pageBreaksBefore) sheet.horizontalPageBreaks.add(`A${row}`);
}
