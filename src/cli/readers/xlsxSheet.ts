// The cells of a sheet's XML, row by row, as the engine wants them: shared and inline strings as
// text, numbers in a date style as dates, booleans, error cells as their error text (`#N/A`), a
// formula as its cached result. Rows and cells keep the numbers Excel shows; a row or cell without
// an `r` attribute follows the previous one, as Excel and LibreOffice read it. A row number past
// Excel's grid, or rows out of order, make the file invalid input.

import { KeyClientError } from "../../core/errors";
import type { CellValue } from "../../core/types";
import { forEachAttribute, plainDecimal, xmlText, type OnAttribute, type XmlHandler } from "./xmlScanner";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "./xlsxLimits";
import type { SheetSource } from "./xlsxWorkbook";

/** Excel's serial of 1970-01-01, and the 1904 date system's offset from the 1900 one. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1904 = 1462;
const DAY_MS = 86_400_000;

/** `cells[i]` is column i + 1 of sheet row `rowNumber`; null where the row has no value. */
export type OnSheetRow = (rowNumber: number, cells: CellValue[]) => void;

const A = 0x41;
const Z = 0x5a;
const LOWER_CASE = 0x20;
const B = 0x62;
const D = 0x64;
const E = 0x65;
const R = 0x72;
const S = 0x73;
const T = 0x74;

/** The column number of the cell reference `source[start, end)` (`AB12` → 28), or 0 when it has no letters. */
function columnAt(source: Buffer, start: number, end: number): number {
  let column = 0;
  for (let i = start; i < end; i++) {
    const code = source[i] & ~LOWER_CASE;
    if (code < A || code > Z) break;
    column = column * 26 + code - A + 1;
    if (column > EXCEL_MAX_COLUMNS) return column;
  }
  return column;
}

/** A cell's type (`t`), as one of the constants the cell's value is read by; unknown types read as numbers, as exceljs does. */
function cellType(source: Buffer, start: number, end: number): string {
  const length = end - start;
  if (length === 1) {
    const code = source[start];
    return code === S ? "s" : code === B ? "b" : code === E ? "e" : code === D ? "d" : "n";
  }
  if (length === 3 && source.toString("latin1", start, end) === "str") return "str";
  if (length === 9 && source.toString("latin1", start, end) === "inlineStr") return "inlineStr";
  return "n";
}

/** An ISO 8601 date (`t="d"` cells): a date alone, or a time without a zone, is the UTC wall clock, as dates read elsewhere. */
function isoDate(text: string): Date | string {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text) || !text.includes("T");
  const time = Date.parse(zoned ? text : `${text}Z`);
  return Number.isNaN(time) ? text : new Date(time);
}

export class SheetCells implements XmlHandler {
  private rowNumber = 0;
  private cells: CellValue[] = [];
  private column = 0;
  /** The `r` of the row or cell being opened: its number (0 when it has none, -1 when it is not valid, its text then kept). */
  private ref = 0;
  private refText = "";
  private type = "n";
  private style = NaN;
  private dateStyle = false;
  private value = "";
  /** The value, when it was read as a number from its bytes (`value` is then empty). */
  private number = 0;
  private hasNumber = false;
  private inline = "";
  private inValue = false;
  private inInline = false;
  private phonetic = 0;
  private done = false;

  constructor(
    private readonly source: SheetSource,
    private readonly onRow: OnSheetRow,
    private readonly path: string,
  ) {}

  open(name: string, source: Buffer, start: number, end: number, selfClosing: boolean): void {
    if (this.done) return;
    switch (name) {
      case "row":
        this.ref = 0;
        forEachAttribute(source, start, end, this.rowAttribute);
        this.startRow(); // a self-closing row is closed right after
        break;
      case "c":
        this.ref = 0;
        this.type = "n";
        this.style = NaN;
        forEachAttribute(source, start, end, this.cellAttribute);
        this.startCell();
        break;
      case "v":
        this.inValue = !selfClosing;
        break;
      case "t":
        this.inInline = !selfClosing && this.type === "inlineStr" && this.phonetic === 0;
        break;
      case "rPh":
        this.phonetic++;
        break;
    }
  }

  close(name: string): void {
    if (this.done) return;
    switch (name) {
      case "row":
        this.onRow(this.rowNumber, this.cells);
        break;
      case "c":
        this.endCell();
        break;
      case "v":
        this.inValue = false;
        break;
      case "t":
        this.inInline = false;
        break;
      case "rPh":
        this.phonetic--;
        break;
      case "sheetData":
        this.done = true; // what follows (merged ranges, print settings) holds no cells
        break;
    }
  }

  text(source: Buffer, start: number, end: number, isCdata: boolean): void {
    if (this.inInline) this.inline += xmlText(source, start, end, isCdata);
    if (!this.inValue) return;
    // Numbers and shared-string indexes, nearly every value of a sheet, are read from the bytes.
    if (!this.hasNumber && this.value === "" && !isCdata && (this.type === "n" || this.type === "s")) {
      this.number = plainDecimal(source, start, end);
      this.hasNumber = !Number.isNaN(this.number);
      if (this.hasNumber) return;
    } else if (this.hasNumber) {
      this.hasNumber = false; // a value in two pieces: read as text
      this.value = String(this.number);
    }
    this.value += xmlText(source, start, end, isCdata);
  }

  /** A row's `r`, read from its bytes. */
  private readonly rowAttribute: OnAttribute = (source, nameStart, nameEnd, valueStart, valueEnd) => {
    if (nameEnd - nameStart !== 1 || source[nameStart] !== R) return;
    const rowNumber = plainDecimal(source, valueStart, valueEnd);
    this.ref = Number.isInteger(rowNumber) && rowNumber >= 1 ? rowNumber : -1;
    if (this.ref < 0) this.refText = source.toString("utf8", valueStart, valueEnd);
  };

  /** A cell's `r`, `t` and `s` (its reference, type and style), read from its bytes in one walk of its attributes. */
  private readonly cellAttribute: OnAttribute = (source, nameStart, nameEnd, valueStart, valueEnd) => {
    if (nameEnd - nameStart !== 1) return;
    const name = source[nameStart];
    if (name === R) {
      const column = columnAt(source, valueStart, valueEnd);
      this.ref = column === 0 ? -1 : column;
      if (this.ref < 0 || this.ref > EXCEL_MAX_COLUMNS) this.refText = source.toString("utf8", valueStart, valueEnd);
    } else if (name === T) this.type = cellType(source, valueStart, valueEnd);
    else if (name === S) this.style = plainDecimal(source, valueStart, valueEnd);
  };

  private startRow(): void {
    const rowNumber = this.ref === 0 ? this.rowNumber + 1 : this.ref;
    if (rowNumber < 1) this.refuse(`a row numbered "${this.refText}"`);
    if (rowNumber > EXCEL_MAX_ROWS) this.refuse(`row number ${rowNumber} is past Excel's last row, ${EXCEL_MAX_ROWS.toLocaleString("en-US")}`);
    if (rowNumber <= this.rowNumber) this.refuse(`row ${rowNumber} comes after row ${this.rowNumber}; rows must be in order`);
    this.rowNumber = rowNumber;
    this.cells = [];
    this.column = 0;
  }

  private startCell(): void {
    const column = this.ref === 0 ? this.column + 1 : this.ref;
    if (column < 1) this.refuse(`a cell at "${this.refText}"`);
    if (column > EXCEL_MAX_COLUMNS) this.refuse(`cell ${this.ref === 0 ? `number ${column}` : this.refText} of row ${this.rowNumber} is past Excel's last column, XFD`);
    this.column = column;
    this.dateStyle = this.source.dateStyles[this.style] === true;
    this.value = "";
    this.hasNumber = false;
    this.inline = "";
  }

  private endCell(): void {
    const cells = this.cells;
    const index = this.column - 1;
    while (cells.length < index) cells.push(null);
    cells[index] = this.cellValue();
  }

  private cellValue(): CellValue {
    const text = this.value;
    switch (this.type) {
      case "s": {
        const index = this.hasNumber ? this.number : text === "" ? NaN : Number(text);
        return this.source.strings[index] ?? null;
      }
      case "inlineStr":
        return this.inline !== "" || text === "" ? this.inline : text;
      case "str":
        return text;
      case "b":
        return text === "" ? null : Number(text) !== 0;
      case "e":
        return text === "" ? null : text;
      case "d":
        return text === "" ? null : isoDate(text);
      default: {
        if (!this.hasNumber && text === "") return null;
        const number = this.hasNumber ? this.number : Number(text);
        // A number cell that is not a finite number is handed over as its text, for the engine to judge.
        if (!Number.isFinite(number)) return text;
        if (!this.dateStyle) return number;
        return new Date(Math.round((number - UNIX_EPOCH_SERIAL + (this.source.date1904 ? DAYS_1904 : 0)) * DAY_MS));
      }
    }
  }

  private refuse(what: string): never {
    throw new KeyClientError("badFile", `${this.path}: ${what}; the sheet is not a valid .xlsx sheet`);
  }
}
