// The plan's print setup on an exceljs worksheet (SPEC §14).

import type ExcelJS from "exceljs";
import type { Paper, PrintSetup } from "../report/printSetup";

/** SpreadsheetML's paper size codes; exceljs' PaperSize enum leaves out Letter (1). */
const PAPER_SIZE: Record<Paper, number> = { letter: 1, a4: 9 };

export function applyPrintSetup(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.orientation,
    paperSize: PAPER_SIZE[print.paper] as ExcelJS.PageSetup["paperSize"],
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: print.fitToPagesTall,
    margins: { ...print.margins },
    ...(print.titleRows === null ? {} : { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` }),
  };
  ws.headerFooter = { oddHeader: `&C${print.header}`, oddFooter: `&C${print.footer}` };
  // exceljs breaks after the row it is given: the break before row r is set on row r − 1.
  for (const row of print.pageBreaksBefore) ws.getRow(row - 1).addPageBreak();
}
