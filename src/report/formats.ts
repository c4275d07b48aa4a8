// Excel number format codes used on the sheet. Both exceljs and Office.js take these codes;
// Excel shows them with the user's own decimal and thousands separators.

import type { PlanBlock } from "./sheetPlan";

export const FORMAT = {
  general: "General",
  text: "@",
  integer: "#,##0",
  rank: "0",
  money: "#,##0.00",
  percent: "0.0%",
  signedPercent: "+0.0%;-0.0%;0.0%",
  index: "0.0000",
  date: "yyyy-mm-dd",
} as const;

/**
 * The number format of every cell of a block, row by row: text columns and non-body rows
 * (titles, headings, headers, notes) are `@`, other cells take their column's format.
 * Writers apply this before writing values, so text never turns into a number or a formula.
 */
export function blockFormats(block: PlanBlock): string[][] {
  const text = new Set(block.textColumns);
  return block.rows.map((row) =>
    Array.from({ length: block.width }, (_, c) => {
      if (row.style !== "body" && row.style !== "total") return FORMAT.text;
      if (text.has(c)) return FORMAT.text;
      return block.columnFormats[c] ?? FORMAT.general;
    }),
  );
}
