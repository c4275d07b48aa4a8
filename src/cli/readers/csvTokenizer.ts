// An incremental RFC 4180 tokenizer that never drops or merges a line: every line outside
// quotes is one record (an empty line is the record [""]), rows may have any number of
// fields, and line breaks (LF, CRLF, CR) inside quotes are kept in the field. That keeps
// record numbers equal to the row numbers Excel shows when it opens the file.
// (µDSV, tried first, merges short rows into the next line and skips blank lines.)

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

export class CsvTokenizer {
  private fields: string[] = [];
  /** Text of the current field carried over from earlier pushes. */
  private field = "";
  private state = State.FieldStart;
  /** The previous push ended with CR: an LF at the start of the next one belongs to it. */
  private pendingCR = false;
  private records = 0;
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    private readonly onRecord: (fields: string[]) => void,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
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
        start = ++i;
      } else {
        this.state = State.Unquoted;
        i += 1;
      }
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) this.field += text.slice(start, n);
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
