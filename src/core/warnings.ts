// What the user should know about the data, as codes with their figures (SPEC §2: nothing is lost
// silently). The core only records them; warningText words them in the report's language.

/** A number column: the amount or the profit. */
export type NumberField = "amount" | "profit";

export type Warning =
  /** Slash dates in both orders; the minority, readable only the other way, were skipped. */
  | { code: "mixedDateOrders"; order: "dmy" | "mdy"; count: number; example: string }
  /** Slash dates readable both ways, with nothing in the column to tell; read in `order`. */
  | { code: "ambiguousDates"; order: "dmy" | "mdy"; count: number; example: string }
  /** `1.234`-style numbers with no other number in the column to tell the separator. */
  | { code: "ambiguousNumbers"; field: NumberField; count: number; example: string; separator: "." | ","; decimal: boolean }
  /** A column that mixes number styles; the ambiguous ones read as most of the column. */
  | { code: "mixedNumberStyles"; field: NumberField; count: number; example: string; separator: "." | ","; decimal: boolean }
  /** Rows dated after today: used, but they never choose the report month (SPEC §3). */
  | { code: "futureRows"; count: number; today: string; rows: number[] }
  /** Rows dated before 1990: usually a number column taken for the date. */
  | { code: "oldRows"; count: number; rows: number[] }
  /** Blank or unreadable profits, counted as 0. */
  | { code: "badProfit"; count: number; rows: number[] }
  /** Spellings of one client merged (case, spacing); a few examples. */
  | { code: "mergedNames"; count: number; examples: { variant: string; name: string }[] }
  /** Names holding characters no workbook can store (XML forbids them), replaced by U+FFFD. */
  | { code: "unstorableCharacters"; count: number; row: number }
  /** Quoted fields spanning lines: the file's lines merged into rows, as Excel merges them. */
  | { code: "linesMerged"; rows: number; lines: number; row: number; firstLine: number; lastLine: number }
  /** A file read as Windows-1251 that has some valid UTF-8 in it: perhaps UTF-8 with broken bytes. */
  | { code: "encodingGuessed"; encoding: "windows-1251"; utf8Sequences: number; firstInvalidByte: number };

export type WarningCode = Warning["code"];
