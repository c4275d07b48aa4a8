// The cells of a sheet's XML, row by row, as the engine wants them: shared and inline strings as
// text, numbers in a date style as dates, booleans, error cells as their error text (`#N/A`), a
// formula as its cached result. Rows and cells keep the numbers Excel shows; a row or cell without
// an `r` attribute follows the previous one, as Excel and LibreOffice read it. A row number past
// Excel's grid, or rows out of order, make the file invalid input.

import { KeyClientError } from "../../core/errors";
import type { CellValue } from "../../core/types";
import { attribute, forEachAttribute, xmlText, type OnAttribute, type XmlHandler } from "./xmlScanner";
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
const R = 0x72;
const S = 0x73;
const T = 0x74;

/** The column number of a cell reference (`AB12` → 28), or 0 when it has no letters. */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~LOWER_CASE;
    if (code < A || code > Z) break;
    column = column * 26 + code - A + 1;
    if (column > EXCEL_MAX_COLUMNS) return column;
  }
  return column;
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
  private ref: string | undefined;
  private type = "";
  private style: string | undefined;
  private dateStyle = false;
  private value = "";
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

  open(name: string, source: string, start: number, end: number, selfClosing: boolean): void {
    if (this.done) return;
    switch (name) {
      case "row":
        this.startRow(attribute(source, start, end, "r")); // a self-closing row is closed right after
        break;
      case "c":
        this.ref = undefined;
        this.type = "n";
        this.style = undefined;
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

  text(source: string, start: number, end: number, isCdata: boolean): void {
    if (!this.inValue && !this.inInline) return;
    const text = xmlText(source.slice(start, end), isCdata);
    if (this.inValue) this.value += text;
    else this.inline += text;
  }

  private startRow(ref: string | undefined): void {
    const rowNumber = ref === undefined ? this.rowNumber + 1 : Number(ref);
    if (!Number.isInteger(rowNumber) || rowNumber < 1) this.refuse(`a row numbered "${ref}"`);
    if (rowNumber > EXCEL_MAX_ROWS) this.refuse(`row number ${rowNumber} is past Excel's last row, ${EXCEL_MAX_ROWS.toLocaleString("en-US")}`);
    if (rowNumber <= this.rowNumber) this.refuse(`row ${rowNumber} comes after row ${this.rowNumber}; rows must be in order`);
    this.rowNumber = rowNumber;
    this.cells = [];
    this.column = 0;
  }

  /** A cell's `r`, `t` and `s` (its reference, type and style), in one walk of its attributes. */
  private readonly cellAttribute: OnAttribute = (source, nameStart, nameEnd, valueStart, valueEnd) => {
    if (nameEnd - nameStart !== 1) return;
    const name = source.charCodeAt(nameStart);
    if (name === R) this.ref = source.slice(valueStart, valueEnd);
    else if (name === T) this.type = source.slice(valueStart, valueEnd);
    else if (name === S) this.style = source.slice(valueStart, valueEnd);
  };

  private startCell(): void {
    const ref = this.ref;
    const column = ref === undefined ? this.column + 1 : columnOf(ref);
    if (column < 1) this.refuse(`a cell at "${ref}"`);
    if (column > EXCEL_MAX_COLUMNS) this.refuse(`cell ${ref ?? `number ${column}`} of row ${this.rowNumber} is past Excel's last column, XFD`);
    this.column = column;
    this.dateStyle = this.style !== undefined && this.source.dateStyles[Number(this.style)] === true;
    this.value = "";
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
        const string = text === "" ? undefined : this.source.strings[Number(text)];
        return string ?? null;
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
        if (text === "") return null;
        const number = Number(text);
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
