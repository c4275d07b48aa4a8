// An incremental RFC 4180 tokenizer that never drops or merges a line: every line outside
// quotes is one record (an empty line is the record [""]), rows may have any number of
// fields, and line breaks (LF, CRLF, CR) inside quotes are kept in the field. That keeps
// record numbers equal to the row numbers Excel shows when it opens the file.
// (µDSV, measured against it, merges short rows into the next line, skips blank lines and
// needs one kind of line break per file: docs/performance.md.)
//
// Speed: a whole line with no quote and no lone CR — nearly every line of a machine export — is
// cut with indexOf (a native string search) in one go. Any other line, and a record cut by the
// end of a pushed text, goes through the character state machine, which carries it across pushes.

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
  /** Fields of the line being cut on the fast path; each record gets an exact-size copy. */
  private readonly scratch: string[] = [];

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

  push(text: string): void {
    const n = text.length;
    let i = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (n > 0 && text.charCodeAt(0) === LF) i = 1;
    }
    // Next LF, quote, CR and delimiter at or after i; each is searched again only once passed,
    // so every character is looked at a bounded number of times whatever the line endings.
    let lf = -1;
    let quote = -1;
    let cr = -1;
    let delimiter = -1;
    const scratch = this.scratch;
    while (i < n) {
      if (this.state === State.FieldStart && this.fields.length === 0) {
        if (lf < i) lf = next(text, "\n", i);
        if (quote < i) quote = next(text, '"', i);
        if (cr < i) cr = next(text, "\r", i);
        if (lf < n && quote > lf && (cr > lf || cr === lf - 1)) {
          const end = cr === lf - 1 ? cr : lf;
          let k = 0;
          let start = i;
          for (;;) {
            if (delimiter < start) delimiter = next(text, this.delimiterText, start);
            if (delimiter >= end) break;
            scratch[k++] = text.slice(start, delimiter);
            start = delimiter + 1;
          }
          scratch[k++] = text.slice(start, end);
          this.records += 1;
          this.onRecord(scratch.slice(0, k));
          i = lf + 1;
          continue;
        }
      }
      i = this.scanRecord(text, i);
    }
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
    this.fields.push(this.field + tail);
    this.field = "";
  }

  private endRecord(): void {
    const record = this.fields;
    this.fields = [];
    this.state = State.FieldStart;
    this.records += 1;
    this.onRecord(record);
  }
}
