// The Excel double behaves like Excel where KeyClient depends on it, and the reader runs on it.
import { findSourceRange, readHeadRows, readTable } from "../../src/excel/reader";
import { createExcelDouble, type ExcelDouble } from "./excelDouble";

async function run<T>(double: ExcelDouble, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return double.Excel.run(batch as never) as Promise<T>;
}

describe("batches", () => {
  test("a property is readable only after load and sync", async () => {
    const double = createExcelDouble({ sheets: { Sales: [["a"]] } });
    await run(double, async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      expect(() => sheet.name).toThrow(/PropertyNotLoaded|not available/);
      sheet.load("name");
      expect(() => sheet.name).toThrow(/not available/);
      await context.sync();
      expect(sheet.name).toBe("Sales");
    });
  });

  test("writes wait for the sync, and Excel.run syncs what is left at the end", async () => {
    const double = createExcelDouble({ sheets: { S: [] } });
    await run(double, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B2").values = [[5]];
      expect(double.sheet("S")!.values("B2")).toEqual([[""]]);
    });
    expect(double.sheet("S")!.values("B2")).toEqual([[5]]);
    expect(double.syncs).toBe(1);
    expect(double.log).toEqual([{ op: "values", sheet: "S", address: "B2", values: [[5]], sync: 1 }]);
  });

  test("a failing call rejects the sync and drops the calls after it", async () => {
    const double = createExcelDouble({ sheets: { S: [] } });
    await expect(
      run(double, async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("A2:B2").values = [[1]]; // 1 column for 2
        sheet.getRange("A3").values = [[3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(double.sheet("S")!.values("A1:A3")).toEqual([[1], [""], [""]]);
  });

  test("getItemOrNullObject: isNullObject after the sync", async () => {
    const double = createExcelDouble({ sheets: { S: [] } });
    await run(double, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const there = context.workbook.worksheets.getItemOrNullObject("s");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
    });
  });
});

describe("values and formulas as Excel takes them", () => {
  const names = ['=HYPERLINK("http://x","y")', "@SUM(A1)", "-5", "+7", "=1+1"];

  test("through values into General cells, =, @, + and - text turns into formulas or numbers", async () => {
    const double = createExcelDouble({ sheets: { S: [] } });
    await run(double, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:A5").values = names.map((n) => [n]);
    });
    const s = double.sheet("S")!;
    expect(s.cell("A1").formula).toBe('=HYPERLINK("http://x","y")');
    expect(s.cell("A2").formula).toBe("=@SUM(A1)");
    expect(s.values("A3:A4")).toEqual([[-5], [7]]);
    expect(s.cell("A5").formula).toBe("=1+1");
  });

  test("cells formatted @ first keep every one of them as text, through values and through formulas", async () => {
    const double = createExcelDouble({ sheets: { S: [] } });
    await run(double, async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:B5").numberFormat = names.map(() => ["@", "@"]);
      sheet.getRange("A1:A5").values = names.map((n) => [n]);
      sheet.getRange("B1:B5").formulas = names.map((n) => [n]);
    });
    const s = double.sheet("S")!;
    expect(s.values("A1:B5")).toEqual(names.map((n) => [n, n]));
    for (let row = 1; row <= 5; row++) expect([s.cell(`A${row}`).formula, s.cell(`B${row}`).formula]).toEqual([null, null]);
  });

  test("null leaves a cell unchanged, an empty string clears it; AVERAGE and SUM are evaluated", async () => {
    const double = createExcelDouble({ sheets: { S: [[1, 2, 3, "x"]] } });
    await run(double, async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:D1").values = [[null, "", null, null]];
      sheet.getRange("E1:F1").formulas = [["=AVERAGE(A1:D1)", "=SUM(A1:C1)"]];
      sheet.getRange("G1").formulas = [["=MEDIAN(A1:C1)"]];
    });
    expect(double.sheet("S")!.values("A1:G1")).toEqual([[1, "", 3, "x", 2, 4, "#NAME?"]]);
  });
});

describe("sheets, tables, settings", () => {
  test("sheet names: unique regardless of case, at most 31 characters, none of []:*?/\\", async () => {
    const double = createExcelDouble({ sheets: { Sales: [] } });
    for (const [name, code] of [["SALES", "ItemAlreadyExists"], ["x".repeat(32), "InvalidArgument"], ["a/b", "InvalidArgument"]]) {
      await expect(run(double, async (context) => void context.workbook.worksheets.add(name))).rejects.toMatchObject({ code });
    }
    await run(double, async (context) => void context.workbook.worksheets.add("x".repeat(31)));
    expect(double.sheetNames()).toEqual(["Sales", "x".repeat(31)]);
  });

  test("table names are workbook-wide and tables may not overlap", async () => {
    const double = createExcelDouble({ sheets: { A: [["h1", "h2"], [1, 2]], B: [["h"], [1]] }, tables: [{ name: "T", sheet: "A", address: "A1:B2" }] });
    await expect(
      run(double, async (context) => {
        context.workbook.worksheets.getItem("B").tables.add("A1:A2", true).name = "t";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run(double, async (context) => void context.workbook.worksheets.getItem("A").tables.add("B1:C2", true))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  test("settings hold JSON values", async () => {
    const double = createExcelDouble({});
    await run(double, async (context) => void context.workbook.settings.add("k", { a: [1, "x"] }));
    const value = await run(double, async (context) => {
      const item = context.workbook.settings.getItemOrNullObject("k").load("value");
      await context.sync();
      return item.value;
    });
    expect(value).toEqual({ a: [1, "x"] });
    expect(double.setting("k")).toEqual({ a: [1, "x"] });
  });

  test("over the payload limit a batch fails, like Excel on the web", async () => {
    const double = createExcelDouble({ sheets: { S: [] }, payloadLimit: 1000 });
    await expect(
      run(double, async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A100").values = Array.from({ length: 100 }, () => ["0123456789"]);
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(double.sheet("S")!.usedAddress()).toBeNull();
  });
});

describe("the reader runs on the double", () => {
  const rows = [
    ["Shipments export", "", ""],
    ["Client", "Date", "Amount"],
    ["ООО Ромашка", 43099, 100.5],
    ["=HYPERLINK(\"x\")", 43100, 7],
  ];
  /** The rows as typed into Excel: the apostrophe keeps the formula-like name text. */
  const typed = rows.map((r) => r.map((v) => (typeof v === "string" && v.startsWith("=") ? `'${v}` : v)));

  test("the used range, its head rows and the table in blocks", async () => {
    const double = createExcelDouble({ sheets: { Sales: typed } });
    await run(double, async (context) => {
      const source = await findSourceRange(context);
      expect(source).toEqual({
        kind: "usedRange", sheetName: "Sales", address: "Sales!A1:C4", tableName: null,
        rowIndex: 0, columnIndex: 0, rowCount: 4, columnCount: 3,
      });
      expect(await readHeadRows(context, source, 2)).toEqual([rows[0], rows[1]]);
      const read: unknown[][] = [];
      const summary = await readTable(context, source, { startRow: 2, onRows: (block, first) => read.push([first, ...block]) });
      expect(summary).toEqual({ rows: 2, blocks: 1 });
      expect(read).toEqual([[3, ["ООО Ромашка", 43099, 100.5], ["=HYPERLINK(\"x\")", 43100, 7]]]);
    });
    expect(double.log).toEqual([]); // the reader never writes
  });

  test("a selection of several cells, and the table under the active cell without its totals row", async () => {
    const table = createExcelDouble({
      sheets: { Sales: typed },
      selection: "B3",
      tables: [{ name: "Shipments", sheet: "Sales", address: "A2:C4", showTotals: true }],
    });
    await run(table, async (context) => {
      expect(await findSourceRange(context)).toMatchObject({ kind: "table", tableName: "Shipments", address: "Sales!A2:C3", rowCount: 2 });
    });
    const selection = createExcelDouble({ sheets: { Sales: typed }, selection: "A:B" });
    await run(selection, async (context) => {
      expect(await findSourceRange(context)).toMatchObject({ kind: "selection", address: "Sales!A1:B4" });
    });
    const areas = createExcelDouble({ sheets: { Sales: typed }, selection: ["A1:A2", "C1:C2"] });
    await expect(run(areas, (context) => findSourceRange(context))).rejects.toMatchObject({ code: "badOption" });
  });
});
