// Cells → used shipments, columnar (SPEC §2). Every non-blank data row is read and either used or
// skipped with one reason and its source row number; read = used + Σ skipped. Built for a million
// rows: typed arrays grown by doubling, client and product names interned once per distinct
// spelling, no object per row, no Date. Decisions that need the whole column (the order of day and
// month in slash dates, the meaning of "1.234") are taken in finish(); until then the rows that
// depend on them are remembered by index, never as text.

import { resolveColumns, findHeaderRow, headerTexts, type ColumnOverrides } from "./columns";
import { KeyClientError } from "./errors";
import { BLOCK_ROWS } from "./blocks";
import { ExactSum } from "./sums";
import { ABSENT, TextTable, flatCopy } from "./textTable";
import { REPLACEMENT_CHARACTER, hasUnstorable } from "./storableText";
import type { CellValue, ColumnMap, DateOrder, Field, IngestResult, RowAccounting, SkipReason } from "./types";
import type { NumberField, Warning } from "./warnings";
import { FIELDS, SKIP_REASONS } from "./types";
import {
  COMMA_DECIMAL, COMMA_GROUPING, DOT_DECIMAL, DOT_GROUPING, dayOfNumber, dayToIso, isBlank, isErrorValue, isTotalsLabel,
  isoToDay, keyOfNormalized, newAmountScan, newDateScan, normalizeClientName, scanAmount, scanDate, toCellValue,
} from "./values";

export interface IngestOptions {
  /** The user's column choices (0-based index or header text) on top of the automatic mapping. */
  columns?: ColumnOverrides;
  /** Order of day and month in slash dates; "auto" (default) infers it from the whole column. */
  dateOrder?: DateOrder;
  /**
   * 1-based row number (in the sheet or file) of the first row given: `cells[0]` for ingestCells,
   * the header row for Ingestor. Default 1. Reported row numbers are the ones the user sees.
   */
  firstRowNumber?: number;
  /**
   * Number cells in the date column are serials of Excel's 1904 date system (a setting of the
   * workbook they come from). Default false: the 1900 system. Dates typed as text never are.
   */
  date1904?: boolean;
  /** "YYYY-MM-DD" against which future dates are warned about; default: today (UTC). */
  today?: string;
  /**
   * Data rows expected, when the caller knows (a whole sheet): the columns are sized once instead of
   * growing by doubling, which at a million rows also spares the garbage collector. Only a hint.
   */
  expectedRows?: number;
  /**
   * Only the rows of this manager (SPEC §12, compared like client names); the rows of others are
   * counted as `otherManagers`. Needs a manager column.
   */
  manager?: string;
}

const MAX_FIRST_ROWS = 10;
const INITIAL_CAPACITY = 1024;
/** Largest room reserved from `expectedRows` (a sheet holds 1,048,576 rows); beyond it columns grow. */
const MAX_RESERVED = 1 << 21;
const BLANK = -1;
/** No manager chosen: every row is used (SPEC §12). */
const NO_FILTER = -3;
const TOTALS = -2;
/** Dates before this are kept but warned about: usually a number column mapped as the date. */
const EARLIEST_PLAUSIBLE_DAY = isoToDay("1990-01-01")!;
const NO_DAY = -0x80000000; // an order-dependent date that does not exist in that order
/**
 * Amounts and profits of this size or more are unreadable: no shipment is worth a quadrillion in any
 * currency, and below it a million rows sum to a finite total (1e308 twice overflowed to Infinity).
 */
export const MAX_AMOUNT = 1e15;

const REASON_TEXT: Record<SkipReason, string> = {
  errorValue: "with an error value",
  totalsRow: "totals rows",
  blankClient: "with a blank client",
  badDate: "with an unreadable date",
  badAmount: "with an unreadable amount",
};

/** Data quoted inside an error sentence (curly quotes: names often hold straight ones). */
const quote = (text: string) => `“${text}”`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** Examples of merged spellings a warning shows. */
const MERGED_EXAMPLES = 3;

/** A growable Int32Array. */
class IntList {
  data = new Int32Array(64);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) this.data = grow(this.data, this.length * 2);
    this.data[this.length++] = v;
  }
}

/**
 * The first `length` values. A view when at most an eighth of the array is unused (sized from
 * expectedRows, or grown by doubling to just above the row count): copying 30 MB of columns at a
 * million rows cost more than the spare room keeps.
 */
function fitted<T extends Int32Array | Float64Array>(a: T, length: number): T {
  return a.length - length <= a.length / 8 ? (a.subarray(0, length) as T) : (a.slice(0, length) as T);
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(a: T, capacity: number): T {
  const bigger = new (a.constructor as new (n: number) => T)(capacity);
  bigger.set(a);
  return bigger;
}

/** Skip counts and the first source rows per reason. */
class SkipLog {
  readonly counts = Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>;
  readonly firstRows = Object.fromEntries(SKIP_REASONS.map((r) => [r, [] as number[]])) as Record<SkipReason, number[]>;

  add(reason: SkipReason, row: number): void {
    this.counts[reason]++;
    if (this.firstRows[reason].length < MAX_FIRST_ROWS) this.firstRows[reason].push(row);
  }

  /** A row decided after later rows were logged: keep the lists the first rows in row order. */
  addLate(reason: SkipReason, row: number): void {
    this.counts[reason]++;
    const list = this.firstRows[reason];
    list.push(row);
    list.sort((a, b) => a - b);
    if (list.length > MAX_FIRST_ROWS) list.length = MAX_FIRST_ROWS;
  }

  get total(): number {
    return SKIP_REASONS.reduce((s, r) => s + this.counts[r], 0);
  }
}

/** Names interned by clientKey: one id per client however it is spelt; display = first spelling. */
class NameRegistry {
  readonly names: string[] = [];
  private readonly byKey = new Map<string, number>();
  // Raw cell → id (or BLANK / TOTALS), so each distinct spelling is normalised only once: texts in a
  // TextTable (the hottest look-up of ingest), numbers (client codes) in a Map.
  private readonly byText = new TextTable();
  private readonly byNumber = new Map<number, number>();
  readonly variants = new Map<string, string>();
  /** Spellings that held characters no workbook can store (replaced by U+FFFD). */
  unstorable = 0;

  constructor(private readonly detectTotals: boolean) {}

  /** The id of a text given one before (by idOf), else ABSENT: no test, no interning. */
  known(raw: string): number {
    return this.byText.get(raw);
  }

  idOf(raw: CellValue): number {
    if (typeof raw === "string") {
      const known = this.byText.get(raw);
      if (known !== ABSENT) return known;
      const name = normalizeClientName(raw);
      if (name.includes(REPLACEMENT_CHARACTER) && hasUnstorable(raw)) this.unstorable++;
      const id = this.intern(flatCopy(name));
      this.byText.add(raw, id);
      return id;
    }
    if (typeof raw === "number") {
      const known = this.byNumber.get(raw);
      if (known !== undefined) return known;
      const id = this.intern(normalizeClientName(raw));
      this.byNumber.set(raw, id);
      return id;
    }
    return this.intern(normalizeClientName(raw));
  }

  private intern(name: string): number {
    if (name === "") return BLANK;
    if (this.detectTotals && isTotalsLabel(name)) return TOTALS;
    const key = keyOfNormalized(name);
    const id = this.byKey.get(key);
    if (id === undefined) {
      this.byKey.set(key, this.names.length);
      this.names.push(name);
      return this.names.length - 1;
    }
    if (name !== this.names[id] && !this.variants.has(name)) this.variants.set(name, this.names[id]);
    return id;
  }
}

/**
 * An amount or profit column. "1.234" and "1,234" are ambiguous alone; the column's unambiguous
 * values ("12.5", "1 234,56", "1,234,567") tell which separator is the decimal point there.
 */
class NumberColumn {
  private readonly scan = newAmountScan();
  value = 0;
  /** Count of values per evidence bit pattern (AmountScan.evidence, 0…15). */
  private readonly evidence = new Array<number>(16).fill(0);
  private readonly pending = { ".": new IntList(), ",": new IntList() };
  private readonly alternatives = { ".": [] as number[], ",": [] as number[] };
  private readonly examples = { ".": "", ",": "" };

  read(v: CellValue): boolean {
    // A number cell (what Excel hands over) needs no scan, is never ambiguous and gives no evidence.
    if (typeof v === "number") {
      this.value = v === 0 ? 0 : v; // -0 reads as 0
      this.scan.ambiguousSeparator = "";
      return v < MAX_AMOUNT && v > -MAX_AMOUNT;
    }
    if (!scanAmount(v, this.scan) || !(this.scan.value < MAX_AMOUNT && this.scan.value > -MAX_AMOUNT)) return false;
    this.value = this.scan.value;
    this.evidence[this.scan.evidence]++;
    return true;
  }

  /** Remembers the last value read as row `index` when it was ambiguous. */
  commit(index: number, raw: CellValue): void {
    const sep = this.scan.ambiguousSeparator;
    if (sep === "") return;
    this.pending[sep].push(index);
    this.alternatives[sep].push(this.scan.alt);
    if (this.examples[sep] === "") this.examples[sep] = flatCopy(String(raw).trim());
  }

  /** Reads the ambiguous values the way the column shows; returns the warnings. */
  resolve(values: Float64Array, field: NumberField): Warning[] {
    let dotDecimal = 0;
    let dotGrouping = 0;
    this.evidence.forEach((count, flags) => {
      if (flags & (DOT_DECIMAL | COMMA_GROUPING)) dotDecimal += count;
      if (flags & (DOT_GROUPING | COMMA_DECIMAL)) dotGrouping += count;
    });
    const warnings: Warning[] = [];
    for (const sep of [".", ","] as const) {
      const pending = this.pending[sep];
      if (pending.length === 0) continue;
      const decimal = sep === "." ? dotDecimal > dotGrouping : dotGrouping > dotDecimal;
      if (decimal) for (let k = 0; k < pending.length; k++) values[pending.data[k]] = this.alternatives[sep][k];
      const found = { field, count: pending.length, example: this.examples[sep], separator: sep, decimal };
      if (dotDecimal === 0 && dotGrouping === 0) warnings.push({ code: "ambiguousNumbers", ...found });
      else if (dotDecimal > 0 && dotGrouping > 0) warnings.push({ code: "mixedNumberStyles", ...found });
    }
    return warnings;
  }
}

/** The date column: days now, or (order "auto") both readings of slash dates until the column decides. */
class DateColumn {
  private readonly scan = newDateScan();
  day = 0;
  /** True when the last date read depends on the order of day and month (order "auto" only). */
  orderDependent = false;
  /** True when the last date read exists in one order only, so the column's order decides whether it is readable. */
  get validInOneOrderOnly(): boolean {
    return this.orderDependent && (this.scan.dmy !== this.scan.dmy || this.scan.mdy !== this.scan.mdy);
  }
  private dmyOnly = 0;
  private mdyOnly = 0;
  private ambiguous = 0;
  private ambiguousExample = "";
  private readonly onlyExamples = { dmy: "", mdy: "" };
  // Used rows whose day waits for the column's order: index, day-first and month-first readings.
  private readonly pendingIndex = new IntList();
  private readonly pendingDmy = new IntList();
  private readonly pendingMdy = new IntList();
  // Rows with an unreadable amount whose date may still turn out unreadable (it is checked first).
  private readonly deferredRows = new IntList();
  private readonly deferredValidIn = new IntList(); // bit 1: valid day-first, bit 2: valid month-first

  /** The last text scanned and whether it was a date: exports list many rows of one date in a row. */
  private lastText: string | null = null;
  private lastReadable = false;

  constructor(
    private readonly order: DateOrder,
    private readonly date1904: boolean,
  ) {}

  read(v: CellValue): boolean {
    const s = this.scan;
    this.orderDependent = false;
    if (typeof v === "number") {
      // A number cell (a serial, as Excel hands dates over) has one reading: no scan needed.
      this.lastText = null;
      this.day = dayOfNumber(v, this.date1904);
      return this.day === this.day;
    }
    if (typeof v !== "string") {
      this.lastText = null;
      if (!scanDate(v, s)) return false;
    } else if (v !== this.lastText) {
      this.lastText = v;
      this.lastReadable = scanDate(v, s);
      if (!this.lastReadable) return false;
    } else if (!this.lastReadable) return false; // the same text again: `s` still holds its reading
    if (s.dmy === s.mdy) {
      this.day = s.dmy;
      return true;
    }
    if (this.order !== "auto") {
      this.day = this.order === "dmy" ? s.dmy : s.mdy;
      return this.day === this.day;
    }
    this.orderDependent = true;
    this.day = s.dmy === s.dmy ? s.dmy : s.mdy;
    if (s.dmy !== s.dmy) {
      if (this.mdyOnly++ === 0) this.onlyExamples.mdy = flatCopy(String(v).trim());
    } else if (s.mdy !== s.mdy) {
      if (this.dmyOnly++ === 0) this.onlyExamples.dmy = flatCopy(String(v).trim());
    } else if (this.ambiguous++ === 0) {
      this.ambiguousExample = flatCopy(String(v).trim());
    }
    return true;
  }

  /** The last date read belongs to used row `index`. */
  commit(index: number): void {
    if (!this.orderDependent) return;
    this.pendingIndex.push(index);
    this.pendingDmy.push(this.scan.dmy === this.scan.dmy ? this.scan.dmy : NO_DAY);
    this.pendingMdy.push(this.scan.mdy === this.scan.mdy ? this.scan.mdy : NO_DAY);
  }

  /** The last date read belongs to a row skipped for its amount: its reason waits for the order. */
  defer(row: number): void {
    this.deferredRows.push(row);
    this.deferredValidIn.push((this.scan.dmy === this.scan.dmy ? 1 : 0) | (this.scan.mdy === this.scan.mdy ? 2 : 0));
  }

  get decidedOrder(): "dmy" | "mdy" {
    if (this.order !== "auto") return this.order;
    return this.mdyOnly > this.dmyOnly ? "mdy" : "dmy";
  }

  /**
   * Settles the pending rows: writes their days, marks in `removed` the used rows whose date does
   * not exist in the column's order, and logs their reasons. Returns warnings.
   */
  resolve(days: Int32Array, sourceRow: Int32Array, removed: Uint8Array, skips: SkipLog): Warning[] {
    const order = this.decidedOrder;
    const readings = order === "dmy" ? this.pendingDmy : this.pendingMdy;
    for (let k = 0; k < this.pendingIndex.length; k++) {
      const index = this.pendingIndex.data[k];
      const day = readings.data[k];
      if (day === NO_DAY) {
        removed[index] = 1;
        skips.addLate("badDate", sourceRow[index]);
      } else days[index] = day;
    }
    const validBit = order === "dmy" ? 1 : 2;
    for (let k = 0; k < this.deferredRows.length; k++) {
      skips.addLate(this.deferredValidIn.data[k] & validBit ? "badAmount" : "badDate", this.deferredRows.data[k]);
    }
    return this.warnings(order);
  }

  private warnings(order: "dmy" | "mdy"): Warning[] {
    if (this.dmyOnly > 0 && this.mdyOnly > 0) {
      const count = order === "dmy" ? this.mdyOnly : this.dmyOnly;
      const example = order === "dmy" ? this.onlyExamples.mdy : this.onlyExamples.dmy;
      return [{ code: "mixedDateOrders", order, count, example }];
    }
    if (this.ambiguous > 0 && this.dmyOnly === 0 && this.mdyOnly === 0) {
      return [{ code: "ambiguousDates", order, count: this.ambiguous, example: this.ambiguousExample }];
    }
    return [];
  }
}

/**
 * Chunked ingest: `new Ingestor(headerCells, options)`, then `addRows` with blocks of data rows in
 * sheet order (the rows right below the header), then `finish()` once.
 * Throws KeyClientError: `missingColumn` / `badOption` (constructor), `emptyTable` (finish).
 */
export class Ingestor {
  private readonly columns: ColumnMap;
  private readonly headers: string[];
  private readonly todayDay: number;
  private nextRow: number;
  private finished = false;

  private readonly clients = new NameRegistry(true);
  private readonly products = new NameRegistry(false);
  private readonly managers = new NameRegistry(false);
  /** The id of the one manager whose rows are used, or NO_FILTER. */
  private readonly onlyManager: number;
  private otherManagers = 0;
  private readonly dates: DateColumn;
  /** IngestOptions.date1904, for the date serials read on the fast path too. */
  private readonly date1904: boolean;
  private readonly amounts = new NumberColumn();
  private readonly profits = new NumberColumn();
  private readonly skips = new SkipLog();
  private read = 0;
  /** A row was skipped after its client got an id, so some client may have no used row. */
  private skippedNamedRow = false;
  /** The first row whose client name held characters no workbook can store; 0 when none did. */
  private firstUnstorableRow = 0;

  private count = 0;
  private clientId: Int32Array;
  private day: Int32Array;
  private amount: Float64Array;
  private sourceRow: Int32Array;
  private profit: Float64Array | null;
  private profitUnreadable: Uint8Array | null;
  private productId: Int32Array | null;
  private managerId: Int32Array | null;

  constructor(headers: CellValue[], options: IngestOptions = {}) {
    const order = options.dateOrder ?? "auto";
    if (order !== "auto" && order !== "dmy" && order !== "mdy") {
      throw new KeyClientError("badOption", `Date order "${String(order)}" is not one of auto, dmy, mdy.`);
    }
    const first = options.firstRowNumber ?? 1;
    if (!Number.isInteger(first) || first < 1) throw new KeyClientError("badOption", `First row number ${first} is not a positive whole number.`);
    const today = options.today === undefined ? Math.floor(Date.now() / 86400000) : isoToDay(options.today);
    if (today === null) throw new KeyClientError("badOption", `Today "${options.today}" is not a date in the form YYYY-MM-DD.`);

    this.columns = resolveColumns(headers, options.columns);
    this.headers = headerTexts(headers);
    this.todayDay = today;
    this.nextRow = first + 1;
    this.date1904 = options.date1904 === true;
    this.dates = new DateColumn(order, this.date1904);
    const expected = options.expectedRows;
    const capacity = expected !== undefined && Number.isInteger(expected) && expected > INITIAL_CAPACITY ? Math.min(expected, MAX_RESERVED) : INITIAL_CAPACITY;
    this.clientId = new Int32Array(capacity);
    this.day = new Int32Array(capacity);
    this.amount = new Float64Array(capacity);
    this.sourceRow = new Int32Array(capacity);
    const hasProfit = this.columns.profit !== undefined;
    this.profit = hasProfit ? new Float64Array(capacity) : null;
    this.profitUnreadable = hasProfit ? new Uint8Array(capacity) : null;
    this.productId = this.columns.product !== undefined ? new Int32Array(capacity) : null;
    this.managerId = this.columns.manager !== undefined ? new Int32Array(capacity) : null;
    this.onlyManager = this.managerFilter(options.manager);
  }

  /** The id of the manager chosen by `--manager NAME`, interned first; NO_FILTER without a choice. */
  private managerFilter(name: string | undefined): number {
    if (name === undefined) return NO_FILTER;
    if (this.managerId === null) throw new KeyClientError("badOption", `A report for manager “${name}” needs a manager column; none was found or chosen.`);
    const id = this.managers.idOf(name);
    if (id < 0) throw new KeyClientError("badOption", "The manager to report on is blank.");
    return id;
  }

  /** Reads the next data rows, `rows[from]` to `rows[to - 1]` (in order, directly following the rows given before). */
  addRows(rows: CellValue[][], from = 0, to = rows.length): void {
    if (this.finished) throw new Error("Ingestor.addRows after finish()");
    for (let r = from; r < to; r++) {
      const row = rows[r];
      const rowNumber = this.nextRow++;
      if (row === undefined || !this.addTypicalRow(row, rowNumber)) this.addRow(row ?? [], rowNumber);
    }
  }

  /**
   * A row as Excel hands most rows over — the text of a client and of a product seen before, a
   * date serial, and numbers for amount and profit — stored without the tests of addRow, which
   * would pass it unchanged. Returns false, having stored nothing, for any other row. Kept small, so
   * that V8 compiles it into the loop of addRows: the tests of addRow, called as functions for
   * every cell, cost about 1,200 machine instructions a row (docs/performance.md).
   */
  private addTypicalRow(row: CellValue[], rowNumber: number): boolean {
    const c = this.columns;
    const client = row[c.client!];
    const date = row[c.date!];
    const amount = row[c.amount!];
    if (typeof client !== "string" || typeof date !== "number" || typeof amount !== "number" || !(amount < MAX_AMOUNT && amount > -MAX_AMOUNT)) return false;
    // A text before the client cell might be a totals label ("Итого" in column A): addRow decides.
    if (c.client !== 0 && typeof row[0] !== "number") return false;
    const id = this.clients.known(client); // a client seen before (not ABSENT), not blank or totals
    if (id < 0) return false;
    const day = dayOfNumber(date, this.date1904);
    const i = this.count;
    if (day !== day || i === this.clientId.length) return false;
    let profit = 0;
    if (this.profit !== null) {
      const p = row[c.profit!];
      if (typeof p !== "number" || !(p < MAX_AMOUNT && p > -MAX_AMOUNT)) return false;
      profit = p === 0 ? 0 : p; // -0 reads as 0, as in NumberColumn
    }
    let productId = 0;
    if (this.productId !== null) {
      const raw = row[c.product!];
      const known = typeof raw === "string" ? this.products.known(raw) : ABSENT;
      if (known === ABSENT) return false;
      productId = known;
    }
    let managerId = 0;
    if (this.managerId !== null) {
      const raw = row[c.manager!];
      managerId = typeof raw === "string" ? this.managers.known(raw) : ABSENT;
      if (managerId === ABSENT || (this.onlyManager !== NO_FILTER && managerId !== this.onlyManager)) return false;
    }
    this.read++;
    this.clientId[i] = id;
    this.day[i] = day;
    this.amount[i] = amount === 0 ? 0 : amount;
    this.sourceRow[i] = rowNumber;
    if (this.profit !== null) this.profit[i] = profit;
    if (this.productId !== null) this.productId[i] = productId;
    if (this.managerId !== null) this.managerId[i] = managerId;
    this.count = i + 1;
    return true;
  }

  /** Any data row: every cell tested, in the order that gives a skipped row its one reason (SPEC §2). */
  private addRow(row: CellValue[], rowNumber: number): void {
    const c = this.columns;
    const client = plain(row[c.client!]);
    const date = plain(row[c.date!]);
    const amount = plain(row[c.amount!]);
    if (isBlank(client) && isBlank(date) && isBlank(amount) && isBlankRow(row)) return;
    this.read++;
    let managerId = BLANK;
    if (this.managerId !== null) {
      const raw = plain(row[c.manager!]);
      managerId = isErrorCell(raw) ? BLANK : this.managers.idOf(raw);
      // As if the export held only this manager's rows: another's row is neither used nor skipped.
      if (this.onlyManager !== NO_FILTER && managerId !== this.onlyManager) {
        this.otherManagers++;
        return;
      }
    }

    if (isErrorCell(client) || isErrorCell(date) || isErrorCell(amount)) {
      this.skips.add("errorValue", rowNumber);
      return;
    }
    const unstorable = this.clients.unstorable;
    const id = this.clients.idOf(client);
    if (this.clients.unstorable !== unstorable && this.firstUnstorableRow === 0) this.firstUnstorableRow = rowNumber;
    if (id === TOTALS || startsWithTotalsLabel(row, c.client!)) {
      if (id >= 0) this.skippedNamedRow = true;
      this.skips.add("totalsRow", rowNumber);
      return;
    }
    if (id === BLANK) {
      this.skips.add("blankClient", rowNumber);
      return;
    }
    if (!this.dates.read(date)) {
      this.skippedNamedRow = true;
      this.skips.add("badDate", rowNumber);
      return;
    }
    if (!this.amounts.read(amount)) {
      this.skippedNamedRow = true;
      if (this.dates.validInOneOrderOnly) this.dates.defer(rowNumber);
      else this.skips.add("badAmount", rowNumber);
      return;
    }

    const i = this.count;
    if (i === this.clientId.length) this.growTo(i * 2);
    this.clientId[i] = id;
    this.day[i] = this.dates.day;
    this.amount[i] = this.amounts.value;
    this.sourceRow[i] = rowNumber;
    this.dates.commit(i);
    this.amounts.commit(i, amount);
    if (this.profit !== null) {
      const raw = plain(row[c.profit!]);
      if (!isErrorCell(raw) && this.profits.read(raw)) {
        this.profit[i] = this.profits.value;
        this.profits.commit(i, raw);
      } else {
        this.profit[i] = 0;
        this.profitUnreadable![i] = 1;
      }
    }
    if (this.productId !== null) {
      const raw = plain(row[c.product!]);
      this.productId[i] = isErrorCell(raw) ? BLANK : this.products.idOf(raw);
    }
    if (this.managerId !== null) this.managerId[i] = managerId;
    this.count = i + 1;
  }

  private growTo(capacity: number): void {
    this.clientId = grow(this.clientId, capacity);
    this.day = grow(this.day, capacity);
    this.amount = grow(this.amount, capacity);
    this.sourceRow = grow(this.sourceRow, capacity);
    if (this.profit) this.profit = grow(this.profit, capacity);
    if (this.profitUnreadable) this.profitUnreadable = grow(this.profitUnreadable, capacity);
    if (this.productId) this.productId = grow(this.productId, capacity);
    if (this.managerId) this.managerId = grow(this.managerId, capacity);
  }

  /** Settles the column-wide decisions and returns the result. Call once. */
  finish(): IngestResult {
    if (this.finished) throw new Error("Ingestor.finish() called twice");
    this.finished = true;
    const warnings: Warning[] = [];
    const removed = new Uint8Array(this.count);
    warnings.push(...this.dates.resolve(this.day, this.sourceRow, removed, this.skips));
    warnings.push(...this.amounts.resolve(this.amount, "amount"));
    if (this.profit) warnings.push(...this.profits.resolve(this.profit, "profit"));
    const removedAny = removed.includes(1);
    if (removedAny) this.compact(removed);

    const used = this.count;
    if (this.read === 0) throw new KeyClientError("emptyTable", "The table has a header row but no data rows below it.");
    if (used === 0 && this.onlyManager !== NO_FILTER && this.otherManagers > 0) throw this.noRowsOfManager();
    if (used === 0) {
      const reasons = SKIP_REASONS.filter((r) => this.skips.counts[r] > 0).map((r) => `${this.skips.counts[r]} ${REASON_TEXT[r]}`);
      throw new KeyClientError("emptyTable", `None of the ${plural(this.read, "row")} below the header could be used: ${reasons.join(", ")}.`);
    }

    // Ids are given in row order, so every name has a used row unless a row that had one was
    // skipped or removed; products get theirs in used rows only. Otherwise a pass drops the unused.
    const clients = this.skippedNamedRow || removedAny ? renumber(this.clientId, used, this.clients.names) : this.clients.names;
    const products = this.productId === null ? [] : removedAny ? renumber(this.productId, used, this.products.names) : this.products.names;
    const usedRows = this.scanUsedRows();
    warnings.push(...this.dataWarnings(usedRows));

    const accounting: RowAccounting = {
      read: this.read,
      used,
      skipped: this.skips.counts,
      otherManagers: this.otherManagers,
      firstRows: this.skips.firstRows,
      usedAmount: usedRows.amount.value,
    };
    const columnNames: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) if (this.columns[field] !== undefined) columnNames[field] = this.headers[this.columns[field]!];
    return {
      table: {
        count: used,
        clientId: fitted(this.clientId, used),
        day: fitted(this.day, used),
        amount: fitted(this.amount, used),
        profit: this.profit ? fitted(this.profit, used) : null,
        productId: this.productId ? fitted(this.productId, used) : null,
        managerId: this.managerId ? fitted(this.managerId, used) : null,
        managers: this.managers.names,
        sourceRow: fitted(this.sourceRow, used),
        clients,
        products,
        dayRange: usedRows.days,
      },
      accounting,
      headerRow: 0,
      columns: { ...this.columns },
      columnNames,
      headers: this.headers,
      dateOrder: this.dates.decidedOrder,
      warnings,
    };
  }

  /** One manager's report with none of the rows read: the managers the data does name. */
  private noRowsOfManager(): KeyClientError {
    const chosen = this.managers.names[this.onlyManager];
    const others = this.managers.names.filter((_, id) => id !== this.onlyManager);
    return new KeyClientError(
      "emptyTable",
      `None of the ${plural(this.read, "row")} below the header belongs to manager ${quote(chosen)}. Managers in the data: ${others.slice(0, 20).map(quote).join(", ") || "none"}.`,
    );
  }

  /** Drops the rows marked in `removed`, keeping the order of the others. */
  private compact(removed: Uint8Array): void {
    let kept = 0;
    for (let i = 0; i < this.count; i++) {
      if (removed[i]) continue;
      if (kept !== i) {
        this.clientId[kept] = this.clientId[i];
        this.day[kept] = this.day[i];
        this.amount[kept] = this.amount[i];
        this.sourceRow[kept] = this.sourceRow[i];
        if (this.profit) this.profit[kept] = this.profit[i];
        if (this.profitUnreadable) this.profitUnreadable[kept] = this.profitUnreadable[i];
        if (this.productId) this.productId[kept] = this.productId[i];
        if (this.managerId) this.managerId[kept] = this.managerId[i];
      }
      kept++;
    }
    this.count = kept;
  }

  /** One pass over the used rows, in blocks (see scanUsedBlock). */
  private scanUsedRows(): UsedRows {
    const used = new UsedRows();
    for (let from = 0; from < this.count; from += BLOCK_ROWS) {
      scanUsedBlock(this.day, this.amount, this.profitUnreadable, this.sourceRow, this.todayDay, from, Math.min(from + BLOCK_ROWS, this.count), used);
    }
    return used;
  }

  private dataWarnings({ future, old, badProfit }: UsedRows): Warning[] {
    const warnings: Warning[] = [];
    if (future.count > 0) warnings.push({ code: "futureRows", count: future.count, today: dayToIso(this.todayDay), rows: future.rows });
    if (old.count > 0) warnings.push({ code: "oldRows", count: old.count, rows: old.rows });
    if (badProfit.count > 0) warnings.push({ code: "badProfit", count: badProfit.count, rows: badProfit.rows });
    if (this.firstUnstorableRow > 0) warnings.push({ code: "unstorableCharacters", count: this.clients.unstorable, row: this.firstUnstorableRow });
    const variants = [...this.clients.variants];
    if (variants.length > 0) {
      const examples = variants.slice(0, MERGED_EXAMPLES).map(([variant, name]) => ({ variant, name }));
      warnings.push({ code: "mergedNames", count: variants.length, examples });
    }
    return warnings;
  }
}

/** Marks with 0 in `newId` the ids that rows [from, to) refer to; called once per block of BLOCK_ROWS rows. */
function markUsedIds(ids: Int32Array, from: number, to: number, newId: Int32Array): void {
  for (let i = from; i < to; i++) if (ids[i] >= 0) newId[ids[i]] = 0;
}

/** Drops ids no used row refers to (clients seen only in skipped rows), keeping first-seen order. */
function renumber(ids: Int32Array, count: number, names: string[]): string[] {
  const newId = new Int32Array(names.length).fill(-1);
  for (let from = 0; from < count; from += BLOCK_ROWS) markUsedIds(ids, from, Math.min(from + BLOCK_ROWS, count), newId);
  const kept: string[] = [];
  for (let id = 0; id < names.length; id++) if (newId[id] === 0) newId[id] = kept.push(names[id]) - 1;
  if (kept.length === names.length) return kept; // every id is used: each keeps its number
  for (let i = 0; i < count; i++) if (ids[i] >= 0) ids[i] = newId[ids[i]];
  return kept;
}

/** How many used rows match, and the first source rows of them. */
class Matches {
  count = 0;
  readonly rows: number[] = [];

  add(sourceRow: number): void {
    if (this.count++ < MAX_FIRST_ROWS) this.rows.push(sourceRow);
  }
}

/** What finish() learns from every used row: the amount they make, their days, and the rows to warn about. */
class UsedRows {
  readonly amount = new ExactSum();
  readonly days = { min: Infinity, max: -Infinity };
  readonly future = new Matches();
  readonly old = new Matches();
  readonly badProfit = new Matches();
}

/**
 * Used rows [from, to) into `out`: amounts summed, first and last day; dated after today, dated
 * before 1990, profit unreadable. Called once per block of BLOCK_ROWS rows.
 */
function scanUsedBlock(
  day: Int32Array,
  amount: Float64Array,
  profitUnreadable: Uint8Array | null,
  sourceRow: Int32Array,
  today: number,
  from: number,
  to: number,
  out: UsedRows,
): void {
  let { min, max } = out.days;
  for (let i = from; i < to; i++) {
    out.amount.add(amount[i]);
    const d = day[i];
    if (d < min) min = d;
    if (d > max) max = d;
    if (d > today) out.future.add(sourceRow[i]);
    if (d < EARLIEST_PLAUSIBLE_DAY) out.old.add(sourceRow[i]);
    if (profitUnreadable !== null && profitUnreadable[i] === 1) out.badProfit.add(sourceRow[i]);
  }
  out.days.min = min;
  out.days.max = max;
}

/** Objects from exceljs or Office become plain values; plain values pass untouched. */
function plain(v: unknown): CellValue {
  return v !== null && typeof v === "object" && !(v instanceof Date) ? toCellValue(v) : (v as CellValue);
}

/** Error texts start with "#" (or are LibreOffice's "Err:502"); checked cheaply before the full test. */
function isErrorCell(v: CellValue): boolean {
  if (typeof v !== "string" || v.length === 0) return false;
  const c = v.charCodeAt(0);
  if (c === 35 /* # */ || c <= 0x20) return isErrorValue(v);
  return (c === 69 /* E */ || c === 101 /* e */) && v.length === 7 && isErrorValue(v);
}

function isBlankRow(row: CellValue[]): boolean {
  for (let k = 0; k < row.length; k++) if (!isBlank(plain(row[k]))) return false;
  return true;
}

/** The first non-blank cell of the row, when it is not the client cell, is a totals label. */
function startsWithTotalsLabel(row: CellValue[], clientCol: number): boolean {
  for (let k = 0; k < row.length; k++) {
    const v = plain(row[k]);
    if (typeof v === "number") return false; // the usual first cell of a row: a date or a number
    if (isBlank(v)) continue;
    return k !== clientCol && typeof v === "string" && isTotalsLabel(v);
  }
  return false;
}

/**
 * A whole 2-D array of cells: finds the header row (or takes `headerRow`, 0-based) and reads every
 * row below it. Throws KeyClientError `noHeader`, `missingColumn`, `badOption`, `emptyTable`.
 */
export function ingestCells(cells: CellValue[][], options: IngestOptions & { headerRow?: number } = {}): IngestResult {
  if (cells.every((row) => isBlankRow(row ?? []))) throw new KeyClientError("emptyTable", "The table is empty.");
  const headerRow = options.headerRow ?? locateHeader(cells, options.columns);
  if (!Number.isInteger(headerRow) || headerRow < 0 || headerRow >= cells.length) {
    throw new KeyClientError("badOption", `Header row ${headerRow + 1} is outside the ${plural(cells.length, "row")} given.`);
  }
  const first = options.firstRowNumber ?? 1;
  const ingestor = new Ingestor(cells[headerRow] ?? [], { ...options, firstRowNumber: first + headerRow, expectedRows: cells.length - headerRow - 1 });
  // In blocks of BLOCK_ROWS, as the Excel and CSV readers deliver rows.
  for (let from = headerRow + 1; from < cells.length; from += BLOCK_ROWS) ingestor.addRows(cells, from, Math.min(from + BLOCK_ROWS, cells.length));
  return { ...ingestor.finish(), headerRow };
}

const HEADER_SCAN_ROWS = 50;

/**
 * 0-based index of the header row among `cells`: the first of the first 50 rows that names client,
 * date and amount; failing that, when the user chose columns by header text, the first row in which
 * all the choices resolve. Throws KeyClientError `noHeader`.
 */
export function locateHeader(cells: CellValue[][], overrides: ColumnOverrides | undefined): number {
  const found = findHeaderRow(cells, HEADER_SCAN_ROWS);
  if (found >= 0) return found;
  if (overrides && Object.values(overrides).some((v) => typeof v === "string" && v !== "")) {
    const scan = Math.min(cells.length, HEADER_SCAN_ROWS);
    for (let r = 0; r < scan; r++) if (fitsHeader(cells[r] ?? [], overrides)) return r;
  }
  throw new KeyClientError("noHeader", `No header row naming client, date and amount was found in the first ${HEADER_SCAN_ROWS} rows.`);
}

function fitsHeader(row: CellValue[], overrides: ColumnOverrides): boolean {
  try {
    resolveColumns(row, overrides);
    return true;
  } catch {
    return false;
  }
}
