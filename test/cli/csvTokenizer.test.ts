import fc from "fast-check";
import { CsvTokenizer, UnterminatedQuoteError } from "../../src/cli/readers/csvTokenizer";

/** Tokenizes `text` pushed in the given pieces. */
function tokenize(pieces: string[], delimiter = ","): string[][] {
  const records: string[][] = [];
  const tokenizer = new CsvTokenizer(delimiter, (fields) => records.push(fields));
  for (const piece of pieces) tokenizer.push(piece);
  tokenizer.end();
  expect(tokenizer.count).toBe(records.length);
  return records;
}

/**
 * The reading rules spelt out one character at a time, as the oracle: a line break outside quotes
 * (LF, CRLF or CR) ends a record, a delimiter a field; `""` inside quotes is a quote; text after a
 * closing quote joins the field; a quote inside an unquoted field is a plain character.
 */
function reference(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let state: "start" | "unquoted" | "quoted" | "afterQuote" = "start";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (state === "quoted") {
      if (ch === '"') state = "afterQuote";
      else field += ch;
      continue;
    }
    if (state === "afterQuote" && ch === '"') {
      field += '"';
      state = "quoted";
      continue;
    }
    if (state === "start" && ch === '"') {
      state = "quoted";
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = "";
      state = "start";
    } else if (ch === "\n" || ch === "\r") {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = "";
      state = "start";
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else {
      field += ch;
      state = "unquoted";
    }
  }
  if (state === "quoted") throw new Error("unterminated");
  if (state !== "start" || fields.length > 0) {
    fields.push(field);
    records.push(fields);
  }
  return records;
}

/** Cuts `text` at the given positions. */
function cut(text: string, positions: number[]): string[] {
  const at = [...new Set(positions.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of at) {
    pieces.push(text.slice(from, p));
    from = p;
  }
  pieces.push(text.slice(from));
  return pieces;
}

describe("CsvTokenizer", () => {
  test("plain lines with LF, CRLF and CR endings, empty lines and ragged rows", () => {
    const text = "a,b,c\r\n\r\n1,2\n\n3,4,5,6\r7,,\n,\n";
    expect(tokenize([text])).toEqual([["a", "b", "c"], [""], ["1", "2"], [""], ["3", "4", "5", "6"], ["7", "", ""], ["", ""]]);
  });

  test("a last line without a line break, and an empty text", () => {
    expect(tokenize(["x;y\nz"], ";")).toEqual([["x", "y"], ["z"]]);
    expect(tokenize(["x;y\nz;"], ";")).toEqual([["x", "y"], ["z", ""]]);
    expect(tokenize([""])).toEqual([]);
  });

  test("quoted fields next to plain lines: delimiters, doubled quotes and line breaks stay in the field", () => {
    const text = 'n,v\nplain,1\n"Smith, J.","said ""hi""\r\nthen"\nafter,"x"y\nquote"inside,2\n';
    expect(tokenize([text])).toEqual([
      ["n", "v"],
      ["plain", "1"],
      ["Smith, J.", 'said "hi"\r\nthen'],
      ["after", "xy"],
      ['quote"inside', "2"],
    ]);
  });

  test("a CRLF split between two pushes is one line break", () => {
    expect(tokenize(["a,b\r", "\nc,d\r", "\n"])).toEqual([["a", "b"], ["c", "d"]]);
  });

  test("a one-column file with many lines (the delimiter never appears)", () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `client ${i}`);
    const records = tokenize([lines.join("\n") + "\n"]);
    expect(records).toHaveLength(50_000);
    expect(records[49_999]).toEqual(["client 49999"]);
  });

  test("an unclosed quote names the row where it opens", () => {
    expect(() => tokenize(['a\nb\n"c,d\ne\n'])).toThrow(UnterminatedQuoteError);
    expect(() => tokenize(['a\nb\n"c,d\ne\n'])).toThrow("a quoted field opened in row 3 is never closed");
  });

  test("any text, pushed whole or in any pieces, reads as the character-by-character rules say", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", " ", ",", ";", '"', "\n", "\r"), maxLength: 80 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom(",", ";"), (csv, cuts, delimiter) => {
        let expected: string[][] | "unterminated";
        try {
          expected = reference(csv, delimiter);
        } catch {
          expected = "unterminated";
        }
        for (const pieces of [[csv], cut(csv, cuts)]) {
          if (expected === "unterminated") expect(() => tokenize(pieces, delimiter)).toThrow(UnterminatedQuoteError);
          else expect(tokenize(pieces, delimiter)).toEqual(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
