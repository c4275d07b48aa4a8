// Excel's units shared by the writers and the print estimate: column widths in points.

/** Pixels per character of column width (Calibri 11's digit). */
const PIXELS_PER_CHARACTER = 7;
const POINTS_PER_PIXEL = 0.75;

/**
 * An xlsx column width (characters of the default font's digit, as exceljs writes it) in points:
 * Excel draws a width of w characters as round(w × 7) pixels, ¾ point each.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round(characters * PIXELS_PER_CHARACTER) * POINTS_PER_PIXEL;
}

/** Height of a row of 11-point text that no one has resized, in points. */
export const DEFAULT_ROW_HEIGHT = 15;

export const POINTS_PER_INCH = 72;
