import { findHeaderRow } from "../../src/core/columns";
import { KeyClientError } from "../../src/core/errors";
import { Ingestor } from "../../src/core/ingest";
import type { CellValue } from "../../src/core/types";
import {
  addressOf,
  columnLetters,
  findSourceRange,
  readHeadRows,
  readTable,
  type SourceRange,
} from "../../src/excel/reader";
import { EXCEL_ROWS, FakeExcel, sheetOf, WEB_PAYLOAD_LIMIT, type Box, type FakeSheetSpec } from "./fakeExcel";

const box = (rowIndex: number, columnIndex: number, rowCount: number, columnCount: number): Box => ({
  rowIndex,
  columnIndex,
  rowCount,
  columnCount,
});
const cellAt = (row: number, column: number) => box(row, column, 1, 1);

/** Everything readTable hands out, with the sheet row number of each block. */
async function readAll(fake: FakeExcel, source: SourceRange, startRow = 0) {
  const rows: CellValue[][] = [];
  const firstRowNumbers: number[] = [];
  const progress: [number, number][] = [];
  const summary = await readTable(fake.context, source, {
    startRow,
    onRows: (block, first) => {
      firstRowNumbers.push(first);
      rows.push(...block);
    },
    onProgress: (done, total) => progress.push([done, total]),
  });
  return { rows, firstRowNumbers, progress, summary };
}

function source(spec: FakeSheetSpec, area: Box): SourceRange {
  return { kind: "selection", sheetName: spec.name, address: addressOf(spec.name, area), tableName: null, ...area };
}

describe("findSourceRange", () => {
  const data = sheetOf("Sales", Array.from({ length: 20 }, (_, r) => Array.from({ length: 6 }, (_, c) => `r${r}c${c}`)));

  test("a selection of several cells is the source, in one sync", async () => {
    const fake = new FakeExcel({ ...data, selection: [box(1, 1, 4, 3)] });
    expect(await findSourceRange(fake.context)).toEqual({
      kind: "selection", sheetName: "Sales", address: "Sales!B2:D5", tableName: null,
      rowIndex: 1, columnIndex: 1, rowCount: 4, columnCount: 3,
    });
    expect(fake.syncs).toBe(1);
  });

  test("whole selected columns are clipped to the used range", async () => {
    const fake = new FakeExcel({ ...data, selection: [box(0, 0, EXCEL_ROWS, 4)] });
    expect(await findSourceRange(fake.context)).toMatchObject({
      kind: "selection", address: "Sales!A1:D20", rowIndex: 0, columnIndex: 0, rowCount: 20, columnCount: 4,
    });
  });

  test("one cell inside an Excel table: the table without its totals row, in two syncs", async () => {
    const fake = new FakeExcel({
      ...data,
      selection: [cellAt(9, 3)],
      tables: [
        { name: "Elsewhere", box: box(30, 0, 5, 2), showTotals: false },
        { name: "Shipments", box: box(2, 1, 498, 7), showTotals: true },
      ],
    });
    expect(await findSourceRange(fake.context)).toEqual({
      kind: "table", sheetName: "Sales", address: "Sales!B3:H499", tableName: "Shipments",
      rowIndex: 2, columnIndex: 1, rowCount: 497, columnCount: 7,
    });
    expect(fake.syncs).toBe(2);
  });

  test("a table without a totals row keeps all its rows", async () => {
    const fake = new FakeExcel({ ...data, selection: [cellAt(2, 1)], tables: [{ name: "T", box: box(2, 1, 10, 3), showTotals: false }] });
    expect(await findSourceRange(fake.context)).toMatchObject({ kind: "table", address: "Sales!B3:D12", rowCount: 10 });
  });

  test("one cell outside any table: the used range of the active sheet (title rows included)", async () => {
    const sheet = sheetOf("Отгрузки 2017", [["Report"], [], ["Client", "Date", "Amount"], ["A", 43100, 5]], { rowIndex: 3, columnIndex: 1 });
    const fake = new FakeExcel({ ...sheet, selection: [cellAt(0, 0)] });
    expect(await findSourceRange(fake.context)).toEqual({
      kind: "usedRange", sheetName: "Отгрузки 2017", address: "'Отгрузки 2017'!B4:D7", tableName: null,
      rowIndex: 3, columnIndex: 1, rowCount: 4, columnCount: 3,
    });
    expect(fake.syncs).toBe(1);
  });

  test("several selected areas, a blank selection and an empty sheet are refused with a reason", async () => {
    // The facts let the pane say which case it is in the user's language.
    const cases: [Partial<FakeSheetSpec>, string, RegExp, object][] = [
      [{ selection: [box(0, 0, 3, 3), box(10, 0, 3, 3)] }, "badOption", /2 separate areas/, { reason: "multipleAreas", areas: 2 }],
      [{ selection: [box(40, 10, 5, 5)] }, "emptyTable", /selected cells are empty/, { reason: "emptySelection" }],
      [{ used: null, selection: [cellAt(0, 0)] }, "emptyTable", /sheet "Sales" is empty/, { reason: "emptySheet", sheet: "Sales" }],
    ];
    for (const [change, code, message, facts] of cases) {
      const fake = new FakeExcel({ ...data, selection: [], ...change } as FakeSheetSpec);
      const error = await findSourceRange(fake.context).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KeyClientError);
      expect(error).toMatchObject({ code, message: expect.stringMatching(message), facts });
    }
  });
});

describe("addresses", () => {
  test("column letters", () => {
    expect([0, 25, 26, 51, 701, 702, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA", "XFD"]);
  });

  test("sheet names are quoted the way Excel quotes them", () => {
    const a = box(0, 0, 10, 2);
    expect(addressOf("Sheet1", a)).toBe("Sheet1!A1:B10");
    expect(addressOf("Лист1", a)).toBe("Лист1!A1:B10");
    expect(addressOf("My data", a)).toBe("'My data'!A1:B10");
    expect(addressOf("O'Neil", a)).toBe("'O''Neil'!A1:B10");
    expect(addressOf("2017", a)).toBe("'2017'!A1:B10");
    expect(addressOf("A1", a)).toBe("'A1'!A1:B10");
    expect(addressOf("R2C3", a)).toBe("'R2C3'!A1:B10");
    expect(addressOf("Sheet1", cellAt(2, 2))).toBe("Sheet1!C3");
  });
});

describe("readHeadRows", () => {
  test("the first 50 rows in one sync, or all rows of a shorter table", async () => {
    const rows = Array.from({ length: 80 }, (_, r) => [`t${r}`, r]);
    const long = sheetOf("S", rows, { rowIndex: 5, columnIndex: 2 });
    const fake = new FakeExcel({ ...long, selection: [cellAt(0, 0)] });
    const head = await readHeadRows(fake.context, source(long as FakeSheetSpec, box(5, 2, 80, 2)));
    expect(head).toEqual(rows.slice(0, 50));
    expect(fake.syncs).toBe(1);
    expect(fake.blocks).toEqual([expect.objectContaining(box(5, 2, 50, 2))]);

    const short = new FakeExcel({ ...long, selection: [cellAt(0, 0)] });
    expect(await readHeadRows(short.context, source(long as FakeSheetSpec, box(5, 2, 7, 2)))).toEqual(rows.slice(0, 7));
  });
});

describe("readTable", () => {
  test("cells pass through untouched: blanks, serial dates, errors, booleans, formula-like text", async () => {
    const rows: CellValue[][] = [
      ["Клиент", "Дата", "Сумма", "Note"],
      ["ООО «Ромашка»", 43100, 1234.5, ""],
      ["", 43101, -200, "=SUM(A1)"],
      ["Beta", "#N/A", 0, true],
      ["", "", "", ""],
      ["Итого", "", 1034.5, false],
    ];
    const sheet = sheetOf("S", rows, { rowIndex: 2, columnIndex: 1 });
    const fake = new FakeExcel({ ...sheet, selection: [cellAt(0, 0)] });
    const read = await readAll(fake, source(sheet as FakeSheetSpec, box(2, 1, 6, 4)), 1);
    expect(read.rows).toEqual(rows.slice(1));
    expect(read.firstRowNumbers).toEqual([4]); // sheet row of "ООО «Ромашка»"
    expect(read.progress).toEqual([[5, 5]]);
    expect(read.summary).toEqual({ rows: 5, blocks: 1 });
    expect(fake.syncs).toBe(1);
  });

  test("a 100-row sample, then blocks of at most 250,000 cells when cells are light", async () => {
    // Row JSON [d,d,""] is 8 bytes + a comma: the sample weighs (9·100 + 1) / 300 cells = 3.0033 bytes
    // a cell, so 4 MB / (3.0033 × 1.5) = 887,902 cells: the 250,000-cell cap binds, 83,333 rows of 3.
    const sheet: FakeSheetSpec = {
      name: "S",
      cell: (r, c) => (r === 0 ? ["Client", "Date", "Amount"][c] : c === 2 ? "" : (r * (c + 3)) % 10),
      used: box(0, 0, 300_001, 3),
      selection: [cellAt(0, 0)],
    };
    const fake = new FakeExcel(sheet);
    const read = await readAll(fake, source(sheet, box(0, 0, 300_001, 3)), 1);
    expect(fake.blocks.map((b) => b.rowCount)).toEqual([100, 83_333, 83_333, 83_333, 49_901]);
    expect(fake.blocks[0].bytes).toBe(901);
    expect(read.firstRowNumbers).toEqual([2, 102, 83_435, 166_768, 250_101]);
    expect(read.progress).toEqual([[100, 300_000], [83_433, 300_000], [166_766, 300_000], [250_099, 300_000], [300_000, 300_000]]);
    expect(read.rows).toHaveLength(300_000);
    expect(read.rows[299_999]).toEqual([(300_000 * 3) % 10, (300_000 * 4) % 10, ""]);
    expect(fake.syncs).toBe(5);
  });

  test("1,048,576 × 6 cells: blocks of at most 4 MB estimated payload, at most ceil(blocks) + 3 syncs in all", async () => {
    // Every data row is 71 bytes of JSON (+1 comma): a block of n rows weighs 72n + 1 bytes.
    const header = ["Client", "Date", "Amount", "Product", "Quantity", "Manager"];
    const pad = (n: number, width: number) => String(n).padStart(width, "0");
    const cell = (r: number, c: number): CellValue => {
      if (r === 0) return header[c];
      switch (c) {
        case 0: return `Client ${pad(r % 100_000, 5)} Trading LLC`; // 24 characters
        case 1: return 43_101 + (r % 365); // a 2018 date as a serial number
        case 2: return 1000 + (r % 9000) + 0.25; // 1000.25 … 9999.25
        case 3: return `SKU-${pad(r % 1000, 3)}`;
        case 4: return 10 + (r % 90);
        default: return "Ivanova Maria";
      }
    };
    const spec: FakeSheetSpec = { name: "Export", cell, used: box(0, 0, EXCEL_ROWS, 6), selection: [box(0, 0, EXCEL_ROWS, 6)] };
    const fake = new FakeExcel(spec);

    const found = await findSourceRange(fake.context);
    expect(found).toMatchObject({ address: "Export!A1:F1048576", rowCount: EXCEL_ROWS, columnCount: 6 });
    const head = await readHeadRows(fake.context, found);
    const headerRow = findHeaderRow(head);
    expect(headerRow).toBe(0);

    let rows = 0;
    let last: CellValue[] = [];
    const firstRowNumbers: number[] = [];
    const summary = await readTable(fake.context, found, {
      startRow: headerRow + 1,
      onRows: (block, first) => {
        expect(first).toBe(headerRow + 2 + rows); // contiguous, in sheet order
        firstRowNumbers.push(first);
        rows += block.length;
        last = block[block.length - 1];
      },
    });

    const [headBlock, sample, ...sized] = fake.blocks;
    expect(headBlock.rowCount).toBe(50);
    expect(sample).toMatchObject({ rowIndex: 1, rowCount: 100, bytes: 72 * 100 + 1 });
    // Estimate: 7,201 bytes / 600 cells = 12.00167 bytes a cell; × 1.5 safety = 18.0025;
    // 4,000,000 / 18.0025 / 6 columns = 37,031.9 → 37,031 rows a block.
    const bytesPerCell = sample.bytes / (sample.rowCount * 6);
    expect(sized.map((b) => b.rowCount)).toEqual([...Array(28).fill(37_031), 1_048_475 - 28 * 37_031]);
    for (const block of [sample, ...sized]) {
      expect(block.rowCount * 6 * bytesPerCell * 1.5).toBeLessThanOrEqual(4_000_000);
      expect(block.bytes).toBeLessThanOrEqual(4_000_000);
      expect(block.bytes).toBe(72 * block.rowCount + 1);
    }
    expect(summary).toEqual({ rows: EXCEL_ROWS - 1, blocks: 30 });
    expect(rows).toBe(EXCEL_ROWS - 1);
    expect(last).toEqual(["Client 48575 Trading LLC", 43_101 + (1_048_575 % 365), 1000 + (1_048_575 % 9000) + 0.25, "SKU-575", 10 + (1_048_575 % 90), "Ivanova Maria"]);
    // find (1) + header rows (1) + one per block (30) = 32 = ceil(1,048,576 / 37,031) + 3.
    expect(fake.syncs).toBe(32);
    expect(fake.syncs).toBeLessThanOrEqual(Math.ceil(EXCEL_ROWS / 37_031) + 3);
    expect(fake.refusals).toBe(0);
  }, 120_000);

  test("rows far heavier than the sample: a refused block is read again in halves, nothing lost or repeated", async () => {
    const note = "x".repeat(2000);
    const spec: FakeSheetSpec = {
      name: "S",
      cell: (r, c) => (c === 0 ? `C${r}` : r <= 100 ? "" : note),
      used: box(0, 0, 10_000, 2),
      selection: [cellAt(0, 0)],
    };
    const fake = new FakeExcel(spec);
    const read = await readAll(fake, source(spec, box(0, 0, 10_000, 2)));
    expect(read.rows.map((r) => r[0])).toEqual(Array.from({ length: 10_000 }, (_, r) => `C${r}`));
    expect(read.rows[9_999][1]).toBe(note);
    // The sample weighs 1,091 bytes / 200 cells, so the next block would be the 9,900 rows left
    // (~19.9 MB): refused, then 4,950 rows (~10 MB) refused, then 2,475 rows (4,979,276 bytes) pass.
    // From then on blocks are sized from the heavy rows (~1,006 bytes a cell) and never larger.
    expect(fake.refusals).toBe(2);
    expect(fake.blocks.map((b) => b.rowCount)).toEqual([100, 2475, 1325, 1324, 1324, 1324, 1324, 804]);
    for (const block of fake.blocks) expect(block.bytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(fake.syncs).toBe(fake.blocks.length + fake.refusals);
    expect(read.summary.blocks).toBe(fake.blocks.length);
  });

  test("Cancel stops before the next block and rejects with the abort reason", async () => {
    const spec: FakeSheetSpec = { name: "S", cell: (r) => r, used: box(0, 0, 1000, 1), selection: [cellAt(0, 0)] };
    const fake = new FakeExcel(spec);
    const controller = new AbortController();
    let blocks = 0;
    const reading = readTable(fake.context, source(spec, box(0, 0, 1000, 1)), {
      onRows: () => {
        blocks += 1;
        controller.abort();
      },
      signal: controller.signal,
    });
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    expect(blocks).toBe(1);
    expect(fake.syncs).toBe(1);

    const early = new FakeExcel(spec);
    await expect(readTable(early.context, source(spec, box(0, 0, 1000, 1)), { onRows: () => undefined, signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(early.syncs).toBe(0);
  });

  test("a block Excel answers without values is an error, never fewer rows", async () => {
    const spec: FakeSheetSpec = { name: "S", cell: (r) => r, used: box(0, 0, 1000, 1), selection: [cellAt(0, 0)], nullValuesAboveCells: 100 };
    const fake = new FakeExcel(spec);
    const read = readAll(fake, source(spec, box(0, 0, 1000, 1)));
    await expect(read).rejects.toThrow("Excel returned no rows for sheet rows 101–1000 of S!A1:A1000.");
  });

  test("the reader's rows feed the Ingestor with the sheet's row numbers", async () => {
    const rows: CellValue[][] = [
      ["Shipments, 2017"],
      [],
      ["Date", "Customer", "Sum"],
      [43_070, "Alpha", 100],
      [43_071, "", 50],
      [43_100, "Beta", "abc"],
      [43_101, "alpha", 300],
      ["", "Total", 450],
    ];
    const sheet = sheetOf("Data", rows, { rowIndex: 1, columnIndex: 0 });
    const fake = new FakeExcel({ ...sheet, selection: [cellAt(0, 5)] });
    const found = await findSourceRange(fake.context);
    const head = await readHeadRows(fake.context, found);
    const headerRow = findHeaderRow(head);
    expect(headerRow).toBe(2);
    const ingestor = new Ingestor(head[headerRow], { firstRowNumber: found.rowIndex + headerRow + 1, today: "2018-01-31" });
    await readTable(fake.context, found, { startRow: headerRow + 1, onRows: (block) => ingestor.addRows(block) });
    const { accounting, table } = ingestor.finish();
    // Sheet rows: header on row 4, data on rows 5–9 (row 6 has no client, row 7 no amount, row 9 totals).
    expect(accounting).toMatchObject({ read: 5, used: 2, usedAmount: 400 });
    expect(accounting.firstRows).toMatchObject({ blankClient: [6], badAmount: [7], totalsRow: [9] });
    expect(Array.from(table.sourceRow)).toEqual([5, 8]);
    expect(table.clients).toEqual(["Alpha"]);
  });
});
