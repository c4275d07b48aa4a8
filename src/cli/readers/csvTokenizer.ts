// An incremental RFC 4180 tokenizer that never drops or merges a line: every line outside
// quotes is one record (an empty line is the record [""]), rows may have any number of
// fields, and line breaks (LF, CRLF, CR) inside quotes are kept in the field. That keeps
// record numbers equal to the row numbers Excel shows when it opens the file.
// (µDSV, measured against it, merges short rows into the next line, skips blank lines and
// needs one kind of line break per file: docs/performance.md.)
//
// Speed: a whole record that ends within the pushed text — nearly every line of an export — is cut
// with indexOf (a native string search): a line without quotes by the shortest loop (a machine
// export's every line), any other by one that also reads quoted fields ("ООО ""Ромашка""" in a 1C
// export quotes a name on every line). The character state machine takes the rest: a record cut by
// the end of a pushed text, whose state it carries across pushes, and text after a closing quote.

const QUOTE = 34;
const LF = 10;
const CR = 13;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** Just read a quote inside a quoted field: either `""` (a quote) or the field's end. */
  QuoteInQuoted,
}

/** Longest field read: far above Excel's 32,767 characters a cell, far below what memory allows. */
export const MAX_FIELD_CHARS = 1 << 20;
/** Most fields a record may have: Excel's 16,384 columns. */
export const MAX_FIELDS = 16_384;

/** A record too large for any export: a field or a field count beyond the limits above. */
export class OversizedRecordError extends Error {
  constructor(readonly record: number, what: "field" | "fields") {
    super(
      what === "field"
        ? `row ${record} holds a field longer than ${MAX_FIELD_CHARS.toLocaleString("en-US")} characters`
        : `row ${record} has more than ${MAX_FIELDS.toLocaleString("en-US")} fields, Excel's column limit`,
    );
    this.name = "OversizedRecordError";
  }
}

/** Records whose quoted fields hold line breaks: several lines of the file read as one row, as Excel reads them. */
export interface MergedLines {
  /** Records (rows) made of more than one line. */
  rows: number;
  /** Line breaks inside quotes, over the whole file. */
  lines: number;
  /** The row that merged the most lines: its row number and its first and last line in the file. */
  largest: { row: number; firstLine: number; lastLine: number };
}

/** Line breaks in the fields of a record (CRLF counts once); only quoted fields can hold them. */
function lineBreaksIn(fields: string[]): number {
  let breaks = 0;
  for (const field of fields) {
    for (let p = field.search(/[\r\n]/); p >= 0 && p < field.length; p++) {
      const c = field.charCodeAt(p);
      if (c === LF) breaks++;
      else if (c === CR) {
        breaks++;
        if (field.charCodeAt(p + 1) === LF) p++;
      }
    }
  }
  return breaks;
}

export class UnterminatedQuoteError extends Error {
  constructor(readonly record: number) {
    super(`a quoted field opened in row ${record} is never closed`);
    this.name = "UnterminatedQuoteError";
  }
}

/** Position of `what` in `text` at or after `from`, or `text.length` when there is none. */
function next(text: string, what: string, from: number): number {
  const p = text.indexOf(what, from);
  return p === -1 ? text.length : p;
}

export class CsvTokenizer {
  private fields: string[] = [];
  /** Text of the current field carried over from earlier pushes. */
  private field = "";
  private state = State.FieldStart;
  /** The previous push ended with CR: an LF at the start of the next one belongs to it. */
  private pendingCR = false;
  private records = 0;
  private readonly delimiter: number;
  private readonly delimiterText: string;
  /** Fields of the record being cut with native searches; each record gets an exact-size copy. */
  private readonly scratch: string[] = [];
  // Next LF, CR, quote and delimiter in the pushed text at or after the position last searched
  // from; each is searched again only once passed, so every character is looked at a bounded number
  // of times whatever the line endings. Searches start inside the record being cut and records are
  // read in order, so a cached position stays right for every later search.
  private lf = -1;
  private cr = -1;
  private quote = -1;
  private delimiterAt = -1;
  /** The closing quote of the field quotedField read last. */
  private closeAt = -1;
  private merged: MergedLines | null = null;

  constructor(
    delimiter: string,
    private readonly onRecord: (fields: string[]) => void,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    this.delimiterText = delimiter[0];
  }

  /** Number of records emitted so far. */
  get count(): number {
    return this.records;
  }

  /** The records that hold line breaks inside quotes, or null when none does. */
  get mergedLines(): MergedLines | null {
    return this.merged;
  }

  push(text: string): void {
    const n = text.length;
    let i = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (n > 0 && text.charCodeAt(0) === LF) i = 1;
    }
    this.lf = this.cr = this.quote = this.delimiterAt = -1;
    while (i < n) {
      if (this.state === State.FieldStart && this.fields.length === 0) {
        let end = this.cutPlainLine(text, i);
        if (end < 0) end = this.cutRecord(text, i);
        if (end >= 0) {
          i = end;
          continue;
        }
      }
      i = this.scanRecord(text, i);
    }
  }

  /**
   * Cuts the line that starts at `i` when it has no quote and ends in this text with LF or CRLF (a
   * machine export's every line) and emits it; returns the position after it, or -1.
   */
  private cutPlainLine(text: string, i: number): number {
    const n = text.length;
    if (this.lf < i) this.lf = next(text, "\n", i);
    if (this.quote < i) this.quote = next(text, '"', i);
    if (this.cr < i) this.cr = next(text, "\r", i);
    const lf = this.lf;
    if (lf === n || this.quote < lf || this.cr < lf - 1) return -1;
    const end = this.cr === lf - 1 ? lf - 1 : lf;
    const scratch = this.scratch;
    let k = 0;
    let start = i;
    let delimiter = this.delimiterAt;
    for (;;) {
      if (delimiter < start) delimiter = next(text, this.delimiterText, start);
      if (delimiter >= end) break;
      scratch[k++] = text.slice(start, delimiter);
      start = delimiter + 1;
    }
    this.delimiterAt = delimiter;
    scratch[k++] = text.slice(start, end);
    this.emit(scratch.slice(0, k), false);
    return lf + 1;
  }

  /**
   * Cuts the record that starts at `i` with native searches and emits it; returns the position after
   * its line break, or -1, having emitted nothing, when the state machine must read it: the record
   * does not end in this text, or text follows a closing quote.
   */
  private cutRecord(text: string, i: number): number {
    const n = text.length;
    const scratch = this.scratch;
    let k = 0;
    let start = i;
    let lineBreak = -1; // the first line break at or after `start` outside quotes, once searched
    let end: number; // the line break that ends the record
    let multiline = false;
    for (;;) {
      if (text.charCodeAt(start) === QUOTE) {
        const field = this.quotedField(text, start + 1);
        if (field === null) return -1;
        scratch[k++] = field;
        const close = this.closeAt;
        // The record's own line break is searched for anyway: found first from inside the field,
        // it tells at no extra cost whether the field spans lines.
        if (this.lf < start) this.lf = next(text, "\n", start);
        if (this.cr < start) this.cr = next(text, "\r", start);
        if (this.lf < close || this.cr < close) multiline = true;
        const c = text.charCodeAt(close + 1);
        start = close + 2;
        if (c === this.delimiter) continue;
        if (c !== LF && c !== CR) return -1; // `"abc"def` reads as `abcdef`, as Excel does
        end = close + 1;
        break;
      }
      if (lineBreak < start) {
        if (this.lf < start) this.lf = next(text, "\n", start);
        if (this.cr < start) this.cr = next(text, "\r", start);
        lineBreak = this.lf < this.cr ? this.lf : this.cr;
        if (lineBreak === n) return -1;
      }
      let delimiter = this.delimiterAt;
      if (delimiter < start) delimiter = this.delimiterAt = next(text, this.delimiterText, start);
      if (delimiter < lineBreak) {
        scratch[k++] = text.slice(start, delimiter);
        start = delimiter + 1;
        continue;
      }
      scratch[k++] = text.slice(start, lineBreak);
      end = lineBreak;
      break;
    }
    if (text.charCodeAt(end) === CR) {
      if (end + 1 === n) return -1; // an LF may start the next push
      if (text.charCodeAt(end + 1) === LF) end += 1;
    }
    this.emit(scratch.slice(0, k), multiline);
    return end + 1;
  }

  /**
   * The quoted field whose text starts at `from`, `""` read as `"`, its closing quote in `closeAt`;
   * null when the text ends first or right after a quote (the next push may start with `"`). One
   * search and one slice without `""`; with them, joined from slices (a regular expression replace
   * cost twice as much, the hash lookup of the name included).
   */
  private quotedField(text: string, from: number): string | null {
    const n = text.length;
    let field = "";
    for (let q = text.indexOf('"', from); q >= 0 && q + 1 < n; q = text.indexOf('"', from)) {
      if (text.charCodeAt(q + 1) !== QUOTE) {
        this.closeAt = q;
        return field + text.slice(from, q);
      }
      field += text.slice(from, q + 1);
      from = q + 2;
    }
    return null;
  }

  /**
   * The state machine from `i` to the end of the current record (returns the position after its
   * line break) or of the text (returns `text.length`, keeping the unfinished field).
   */
  private scanRecord(text: string, i: number): number {
    const n = text.length;
    let start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case State.Quoted: {
          const q = text.indexOf('"', i);
          if (q === -1) {
            i = n;
            continue;
          }
          this.field += text.slice(start, q);
          this.state = State.QuoteInQuoted;
          i = q + 1;
          start = i;
          continue;
        }
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            this.field += '"';
            this.state = State.Quoted;
            start = ++i;
            continue;
          }
          if (c !== this.delimiter && c !== LF && c !== CR) {
            // `"abc"def` reads as `abcdef`, as Excel does.
            this.state = State.Unquoted;
            start = i;
            continue;
          }
          break;
        case State.FieldStart:
          if (c === QUOTE) {
            this.state = State.Quoted;
            start = ++i;
            continue;
          }
          break;
        case State.Unquoted:
          break;
      }
      // Outside quotes: a delimiter ends the field, a line break ends the record.
      if (c === this.delimiter) {
        this.endField(text.slice(start, i));
        this.state = State.FieldStart;
        start = ++i;
      } else if (c === LF || c === CR) {
        this.endField(text.slice(start, i));
        this.endRecord();
        if (c === CR) {
          if (i + 1 === n) this.pendingCR = true;
          else if (text.charCodeAt(i + 1) === LF) i += 1;
        }
        return i + 1;
      } else {
        this.state = State.Unquoted;
        i += 1;
      }
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) this.field += text.slice(start, n);
    if (this.field.length > MAX_FIELD_CHARS) throw new OversizedRecordError(this.records + 1, "field");
    return n;
  }

  /** Emits the last record when the text does not end with a line break. */
  end(): void {
    if (this.state === State.Quoted) throw new UnterminatedQuoteError(this.records + 1);
    if (this.state !== State.FieldStart || this.fields.length > 0) {
      this.endField("");
      this.endRecord();
    }
  }

  private endField(tail: string): void {
    if (this.fields.push(this.field + tail) > MAX_FIELDS) throw new OversizedRecordError(this.records + 1, "fields");
    this.field = "";
  }

  private endRecord(): void {
    const record = this.fields;
    this.fields = [];
    this.state = State.FieldStart;
    this.emit(record, true);
  }

  /** Hands over a record; `mayHoldLines`: one of its quoted fields may span lines. */
  private emit(record: string[], mayHoldLines: boolean): void {
    if (record.length > MAX_FIELDS) throw new OversizedRecordError(this.records + 1, "fields");
    this.records += 1;
    if (mayHoldLines) {
      const breaks = lineBreaksIn(record);
      if (breaks > 0) this.noteMerged(breaks);
    }
    this.onRecord(record);
  }

  /** The record just counted spans `breaks` + 1 lines. */
  private noteMerged(breaks: number): void {
    const m = (this.merged ??= { rows: 0, lines: 0, largest: { row: 0, firstLine: 0, lastLine: 0 } });
    const firstLine = this.records + m.lines;
    m.rows += 1;
    m.lines += breaks;
    if (breaks > m.largest.lastLine - m.largest.firstLine) m.largest = { row: this.records, firstLine, lastLine: firstLine + breaks };
  }
}
