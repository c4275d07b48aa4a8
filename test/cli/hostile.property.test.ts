// Generated export files through the command's own path (main, as bin/keyclient.js runs it): random
// table shapes × line endings × encodings × hostile names. Whatever the file, the command never fails
// unexpectedly (exit 1), the rows reconcile, numbers are finite numbers, and the source is untouched.

import fc from "fast-check";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

const tmp = mkdtempSync(join(tmpdir(), "keyclient-property-"));
const TODAY = "2018-01-15";

const HOSTILE_NAMES = [
  "ООО \"Ромашка\"", "=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "Evil\x1b]0;title\x07", "BOM\uFFFE\uFFFF",
  "Ctl\u0001\u0008", "Итого", "Total", "#N/A", "", "   ", "\u200B", "Quote\"inside", "Two\nlines", "Semi;colon, comma\ttab",
  "👨\u200D👩\u200D👧", "\u202Eevil", "Ünïcödé", "ИП Петров", "A", "a", "A  ", "Lone\uD800surrogate", "Del\u007f\u009b",
];
const DATES = ["2017-10-05", "05.11.2017", "12/30/2017", "43070", "2017-12-31 14:05", "9999-12-31", "1899-01-01", "not a date", "", "31.02.2017", "1.2.3"];
const AMOUNTS = ["5", "-5", "1 234,56", "1,234.56", "(100)", "1e308", "-1e308", "1e15", "abc", "", "1.2.3", "12 руб.", "NaN", "Infinity", "0", "1.234"];

/** The encodings a file may come in; Windows-1251 only for texts it can hold. */
const ENCODINGS = ["utf-8", "utf-8 BOM", "utf-16le BOM", "windows-1251"] as const;
type Encoding = (typeof ENCODINGS)[number];

/** Windows-1251 bytes of `text`, or null when it holds a character that code page lacks. */
function cp1251(text: string): Buffer | null {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c >= 0x410 && c <= 0x44f) bytes.push(c - 0x410 + 0xc0);
    else if (c === 0x401) bytes.push(0xa8);
    else if (c === 0x451) bytes.push(0xb8);
    else return null;
  }
  return Buffer.from(bytes);
}

function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8 BOM":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf-16le BOM":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "windows-1251":
      return cp1251(text) ?? Buffer.from(text, "utf8");
  }
}

/** A field as a spreadsheet writes it: quoted when it holds the delimiter, a quote or a line break. */
function field(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Blank as the engine sees a cell: nothing but white space and zero-width characters. */
const isBlankText = (text: string) => text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, "").trim() === "";

const table = fc.record({
  titles: fc.array(fc.constantFrom("Sales report", "Отчёт о продажах", "printed 2018-01-15"), { maxLength: 3 }),
  order: fc.constantFrom([0, 1, 2], [1, 0, 2], [2, 1, 0], [0, 2, 1]),
  extra: fc.boolean(),
  rows: fc.array(
    fc.record({
      client: fc.constantFrom(...HOSTILE_NAMES),
      date: fc.constantFrom(...DATES),
      amount: fc.constantFrom(...AMOUNTS),
      note: fc.constantFrom("", "note", "multi\nline note"),
    }),
    { maxLength: 40 },
  ),
  blankLines: fc.array(fc.nat(40), { maxLength: 3 }),
  delimiter: fc.constantFrom(",", ";", "\t"),
  eol: fc.constantFrom("\n", "\r\n", "\r"),
  encoding: fc.constantFrom(...ENCODINGS),
  workbook: fc.boolean(),
});

/** Numeric fields of a client row; `nullable` ones are blank by rule (SPEC §4) when they have no value. */
const NUMBERS = ["rank", "average", "share", "cumShare", "monthsWithShipments", "daysSinceLast", "total"];
const NULLABLE = ["trend", "rankChange", "vsPrevMonth", "topAssortmentShare", "topAssortmentCoverage", "profit", "profitShare"];

const isFiniteNumber = (x: unknown) => typeof x === "number" && Number.isFinite(x);

test("generated exports: never exit 1, read = used + Σ skipped, only finite numbers, the source untouched", async () => {
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  let runs = 0;
  const exits = new Map<number, number>();
  try {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const headers = ["Client", "Date", "Amount"];
        const cells = (r: { client: string; date: string; amount: string; note: string }) => [r.client, r.date, r.amount];
        const header = t.order.map((i) => headers[i]).concat(t.extra ? ["Note"] : []);
        const dataRows = t.rows.map((r) => t.order.map((i) => cells(r)[i]).concat(t.extra ? [r.note] : []));
        const lines = [...t.titles, header.map((h) => field(h, t.delimiter)).join(t.delimiter)];
        const body = dataRows.map((row) => row.map((c) => field(c, t.delimiter)).join(t.delimiter));
        for (const at of t.blankLines) body.splice(Math.min(at, body.length), 0, "");
        const text = [...lines, ...body].join(t.eol) + t.eol;
        const source = join(tmp, `export-${runs++}.csv`);
        const bytes = encode(text, t.encoding);
        writeFileSync(source, bytes);
        const before = statSync(source).mtimeMs;
        const json = join(tmp, `report-${runs}.json`);
        const args = ["report", source, "--today", TODAY, "--json", json, "--quiet", ...(t.workbook ? ["--out", join(tmp, `report-${runs}.xlsx`)] : [])];

        const code = await main(args); // a throw here is what bin/keyclient.js turns into exit 1
        exits.set(code, (exits.get(code) ?? 0) + 1);
        expect([0, 3]).toContain(code);
        expect(readFileSync(source).equals(bytes)).toBe(true);
        expect(statSync(source).mtimeMs).toBe(before);
        if (code !== 0) return;

        const report = JSON.parse(readFileSync(json, "utf8"));
        const { read, used, skipped, usedAmount } = report.rows;
        expect(read).toBe(used + Object.values(skipped as Record<string, number>).reduce((a, b) => a + b, 0));
        // Every data row with a non-blank cell is read (one row each, whatever its line breaks).
        expect(read).toBe(dataRows.filter((row) => row.some((c) => !isBlankText(c))).length);
        expect(isFiniteNumber(usedAmount) && isFiniteNumber(report.total)).toBe(true);
        for (const c of report.clients) {
          for (const k of NUMBERS) expect([k, isFiniteNumber(c[k])]).toEqual([k, true]);
          for (const k of NULLABLE) expect([k, c[k] === null || isFiniteNumber(c[k])]).toEqual([k, true]);
          expect(c.monthly.every(isFiniteNumber)).toBe(true);
        }
        for (const k of ["top1", "topKey", "hhi", "paretoRatio"]) expect(isFiniteNumber(report.concentration[k])).toBe(true);
      }),
      { numRuns: 60, seed: 16 },
    );
  } finally {
    stderr.mockRestore();
  }
  // The runs reach reports, not only refusals.
  expect(exits.get(0) ?? 0).toBeGreaterThan(20);
}, 300_000);
