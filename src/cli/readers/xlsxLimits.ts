// What an .xlsx sheet may hold and expand to. Excel's own grid bounds the row and column numbers; the
// expansion caps keep a small hostile file (a zip bomb, millions of shared strings) from taking the
// machine's memory or hours, while a full sheet of a real export stays well inside them.

/** Excel's last row. A row number past it is invalid input, never a reason to build empty rows. */
export const EXCEL_MAX_ROWS = 1_048_576;
/** Excel's last column, XFD. */
export const EXCEL_MAX_COLUMNS = 16_384;

/** The sheet's XML: a million rows of about 2 KB each. It is streamed, so this bounds time, not memory. */
export const MAX_SHEET_XML_BYTES = 2 * 1024 ** 3;
/** The shared strings are held in memory while the sheet is read: their XML is capped… */
export const MAX_SHARED_STRINGS_XML_BYTES = 512 * 1024 ** 2;
/** …and so is their number: eight distinct texts for every row of a full sheet. */
export const MAX_SHARED_STRINGS = 8 * EXCEL_MAX_ROWS;
/** The workbook's other parts read (relationships, workbook, styles) are small in any real file. */
export const MAX_METADATA_XML_BYTES = 64 * 1024 ** 2;
