// The look of each semantic style of the plan, shared by the exceljs and the Office.js
// writers so both sheets look the same. Colours are RRGGBB hex.

import type { HighlightKind, RowStyle } from "./sheetPlan";

/** The sheet's font; looks only change weight, slant, size and colour. */
export const FONT = { name: "Calibri", size: 11 } as const;

export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (default `FONT.size`). */
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  /** Centre horizontally (headers, so neighbours do not run together). */
  center?: boolean;
  /** Thin bottom border. */
  borderBottom?: boolean;
  /** Thin top border. */
  borderTop?: boolean;
}

export const ROW_LOOKS: Record<RowStyle, CellLook> = {
  title: { bold: true, size: 16, color: "1F3864" },
  meta: { color: "404040" },
  section: { bold: true, size: 12, color: "1F3864", borderBottom: true },
  header: { bold: true, fill: "D9E1F2", wrap: true, center: true, borderBottom: true },
  body: {},
  total: { bold: true, borderTop: true },
  note: { italic: true, color: "595959" },
};

/** Colour of the thin borders under headings and headers. */
export const BORDER = "8EA9DB";

/** Conditional-format looks; rules earlier in `SheetPlan.conditionalFormats` win. */
export const HIGHLIGHT_LOOKS: Record<HighlightKind, { fill: string; color?: string }> = {
  fallingTrend: { fill: "F8CBAD", color: "9C0006" },
  irregular: { fill: "FFE699" },
  keyRow: { fill: "DDEBF7" },
  atRisk: { fill: "F8CBAD", color: "9C0006" },
  keyMonth: { fill: "DDEBF7" },
  noChange: { fill: "EDEDED" },
};
