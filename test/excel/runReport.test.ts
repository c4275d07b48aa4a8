// The one-click flow against the in-memory Excel double: the reader, the engine and the writer
// together, progress, Cancel, the saved source, inspectSource, activateSheet and error sentences.
import { KeyClientError } from "../../src/core/errors";
import { ExcelError, userError } from "../../src/excel/officeErrors";
import { activateSheet, inspectSource, runReport, type ReportSettings, type Stage } from "../../src/excel/runReport";
import { excelDateSerial } from "../../src/report/a1";
import { createExcelDouble, type DoubleCell, type DoubleSpec, type ExcelDouble } from "../doubles/excelDouble";

const day = (iso: string) => excelDateSerial(iso)!;
const HYPERLINK = '=HYPERLINK("http://x","y")';

/** Two title rows, the header in row 3, nine data rows; a name typed with an apostrophe stays text. */
const SALES: DoubleCell[][] = [
  ["Shipments 2017", "", ""],
  ["", "", ""],
  ["Client", "Date", "Amount"],
  ["Alpha", day("2017-10-05"), 300],
  ["Alpha", day("2017-11-05"), 300],
  ["Alpha", day("2017-12-05"), 300],
  [`'${HYPERLINK}`, day("2017-12-10"), 600],
  ["Beta", day("2017-09-01"), 100],
  ["Beta", day("2017-11-15"), 150],
  ["Gamma", "n/a", 10],
  ["", "", ""],
  ["Итого", "", 1760],
];

const SETTINGS: ReportSettings = { columns: {}, dateOrder: "auto", options: { month: "2017-12" } };

function install(spec: DoubleSpec): ExcelDouble {
  const double = createExcelDouble(spec);
  (globalThis as { Excel?: unknown }).Excel = double.Excel;
  return double;
}

const writesTo = (double: ExcelDouble, sheet: string) => double.log.filter((e) => e.sheet === sheet);

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("the workbook's date system", () => {
  /** Alpha ships in Oct and Dec 2017; "Lost Ltd" last shipped in June 2017, before the window. */
  const rows = (serial: (iso: string) => number): DoubleCell[][] => [
    ["Client", "Date", "Amount"],
    ["Alpha", serial("2017-10-05"), 300],
    ["Alpha", serial("2017-12-05"), 300],
    ["Lost Ltd", serial("2017-06-20"), 500],
  ];
  const serial1904 = (iso: string) => excelDateSerial(iso, true)!;

  /** Every number the report sheet holds. */
  const numbersOn = (double: ExcelDouble, sheet: string) => {
    const view = double.sheet(sheet)!;
    return view.values(view.usedAddress()!).flat().filter((v): v is number => typeof v === "number");
  };

  test("1904, read from Workbook.use1904DateSystem: dates are read and written in that system", async () => {
    expect(serial1904("2017-06-20")).toBe(day("2017-06-20") - 1462);
    const double = install({ sheets: { Sales: rows(serial1904) }, use1904DateSystem: true });
    const { model, sheetName } = await runReport(SETTINGS);
    expect(model.windowMonths).toEqual(["2017-10", "2017-11", "2017-12"]);
    expect(model.clients.map((c) => [c.name, c.average])).toEqual([["Alpha", 200]]);
    expect(model.lost.map((r) => [r.name, r.lastShipment])).toEqual([["Lost Ltd", "2017-06-20"]]);
    // The lost client's last shipment is written as the workbook counts dates, so Excel shows 20.06.2017.
    expect(numbersOn(double, sheetName)).toContain(serial1904("2017-06-20"));
    expect(numbersOn(double, sheetName)).not.toContain(day("2017-06-20"));
  });

  test("1900 when the workbook says so, and assumed where Excel has no such property", async () => {
    for (const use1904DateSystem of [false, undefined]) {
      const double = install({ sheets: { Sales: rows(day) }, ...(use1904DateSystem === undefined ? {} : { use1904DateSystem }) });
      const { model, sheetName } = await runReport(SETTINGS);
      expect(model.clients.map((c) => [c.name, c.average])).toEqual([["Alpha", 200]]);
      expect(model.lost.map((r) => [r.name, r.lastShipment])).toEqual([["Lost Ltd", "2017-06-20"]]);
      expect(numbersOn(double, sheetName)).toContain(day("2017-06-20"));
    }
  });
});

describe("runReport", () => {
  test("reads the used range, builds the report and writes it; the source sheet is never written", async () => {
    const double = install({ sheets: { Sales: SALES }, active: "Sales" });
    const progress: [Stage, number, number][] = [];
    const result = await runReport(SETTINGS, { onProgress: (stage, done, total) => progress.push([stage, done, total]) });

    expect(result.sheetName).toBe("Key clients 2017-12");
    expect(result.source).toEqual({
      kind: "usedRange", sheetName: "Sales", address: "Sales!A1:C12", tableName: null,
      rowIndex: 0, columnIndex: 0, rowCount: 12, columnCount: 3,
    });
    const { model } = result;
    expect(model.source).toBe("Sales!A1:C12");
    expect(model.windowMonths).toEqual(["2017-10", "2017-11", "2017-12"]);
    // Averages over Oct–Dec: Alpha 900/3, the hyperlink-named client 600/3, Beta 150/3.
    expect(model.clients.map((c) => [c.name, c.average])).toEqual([["Alpha", 300], [HYPERLINK, 200], ["Beta", 50]]);
    // 8 rows below the header are not blank: 6 used, "n/a" an unreadable date, "Итого" a totals row.
    expect(model.rows).toMatchObject({ read: 8, used: 6, usedAmount: 1750 });
    expect(model.rows.skipped).toMatchObject({ badDate: 1, totalsRow: 1 });
    expect(model.rows.firstRows).toMatchObject({ badDate: [10], totalsRow: [12] });

    const sheet = double.sheet("Key clients 2017-12")!;
    // The early warning opens the sheet: Beta, key, went from A to B and shipped in November only.
    expect(sheet.values("A8:E10")).toEqual([
      ["Early warning: 1 at risk, 50.00 a month", "", "", "", ""],
      ["Rank", "Client", "List", "Average", "Reasons"],
      [3, "Beta", "key", 50, "A → B; shipped in 1 of 3 months"],
    ]);
    expect(sheet.values("A13:F15")).toEqual([
      [1, "Alpha", 300, 300, 300, 300],
      [2, HYPERLINK, 0, 0, 600, 200],
      [3, "Beta", 0, 150, 0, 50],
    ]);
    expect(sheet.cell("B14").formula).toBeNull();
    expect(sheet.cell("F14").formula).toBe("=AVERAGE(C14:E14)");
    expect(writesTo(double, "Sales")).toEqual([]);
    expect(double.activeSheetName()).toBe("Sales");
    // The whole table fits in the 50 head rows: no further block is read.
    // Progress counts the 9 data rows below the title and header rows (12 sheet rows), as the pane's "Data rows" does.
    expect(progress).toEqual([["reading", 9, 9], ["analysing", 0, 1], ["writing", 1, 1]]);
  });

  test("200 clients over 600 rows: twelve syncs in all", async () => {
    const rows: DoubleCell[][] = [["Customer", "Order Date", "Sales"]];
    for (let c = 1; c <= 200; c++) {
      for (const month of ["10", "11", "12"]) rows.push([`Client ${c}`, day(`2017-${month}-15`), c]);
    }
    const double = install({ sheets: { Orders: rows } });
    const result = await runReport(SETTINGS);
    expect(result.model.clients).toHaveLength(200);
    expect(result.model.clients[0]).toMatchObject({ name: "Client 200", average: 200 });
    // find the range 1, the date system 1, head rows 1, two blocks (a 100-row sample, then the rest), the register
    // looked up 1, writer 4, the fresh register 2 (the sheet names, its cells and table).
    expect(double.syncs).toBe(12);
  });

  test("the saved source: the same columns from the saved top row down to the end of the used range", async () => {
    const double = install({ sheets: { Other: [["x"]], Sales: SALES }, active: "Other" });
    const result = await runReport({ ...SETTINGS, sourceAddress: "Sales!A3:C6" });
    expect(result.source).toMatchObject({ kind: "selection", address: "Sales!A3:C12", rowIndex: 2, rowCount: 10 });
    expect(result.model.rows.read).toBe(8);
    expect(double.sheetNames()).toEqual(["Other", "Sales", "Key clients 2017-12", "Key-client register"]);
  });

  test("a saved source inside an Excel table is the table as it is now; a saved sheet that is gone falls back to the active sheet", async () => {
    install({ sheets: { Sales: SALES }, tables: [{ name: "Shipments", sheet: "Sales", address: "A3:C10" }] });
    expect((await runReport({ ...SETTINGS, sourceAddress: "Sales!B4" })).source).toMatchObject({
      kind: "table", tableName: "Shipments", address: "Sales!A3:C10",
    });
    install({ sheets: { Sales: SALES } });
    expect((await runReport({ ...SETTINGS, sourceAddress: "'Old export'!A1:C9" })).source).toMatchObject({
      kind: "usedRange", address: "Sales!A1:C12",
    });
  });

  test("Cancel while reading or analysing: no sheet, no write", async () => {
    for (const stage of ["reading", "analysing"] as Stage[]) {
      const double = install({ sheets: { Sales: SALES } });
      const cancel = new AbortController();
      const run = runReport(SETTINGS, { signal: cancel.signal, onProgress: (s) => s === stage && cancel.abort() });
      await expect(run).rejects.toMatchObject({ name: "AbortError" });
      expect(double.sheetNames()).toEqual(["Sales"]);
      expect(double.log).toEqual([]);
    }
  });

  test("the user's column choices by header text", async () => {
    // Russian headers, and a fourth column "Net" holding twice the amount, chosen by the user.
    const rows = SALES.map((r, i) =>
      i === 2 ? ["Контрагент", "Период", "Amount", "Net"] : [...r, i > 2 && typeof r[2] === "number" ? r[2] * 2 : ""],
    );
    install({ sheets: { Sales: rows } });
    const result = await runReport({ ...SETTINGS, columns: { amount: "Net" } });
    expect(result.model.columns).toEqual({ client: "Контрагент", date: "Период", amount: "Net" });
    expect(result.model.clients[0]).toMatchObject({ name: "Alpha", average: 600 });
  });

  test("errors: the engine's sentences pass through, Excel's become sentences with Excel's code kept", async () => {
    install({ sheets: { Sales: SALES } });
    await expect(runReport({ ...SETTINGS, options: { month: "2016-01" } })).rejects.toMatchObject({
      code: "monthOutsideData",
      message: "Report month 2016-01 is outside the data, which covers 2017-09 … 2017-12.",
    });
    await expect(runReport({ ...SETTINGS, columns: { client: "Nope" } })).rejects.toBeInstanceOf(KeyClientError);

    const double = install({ sheets: { Sales: SALES }, payloadLimit: 2_000 });
    const error = await runReport(SETTINGS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelError);
    expect(error).toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
      message:
        "The table is too large for Excel on the web to pass in one piece. Try again in Excel for Windows or Mac, or select fewer columns. Your data was not changed.",
    });
    expect(double.sheetNames()).toEqual(["Sales"]);
  });
});

describe("userError", () => {
  const office = (code: string, message = "technical") => Object.assign(new Error(message), { name: "RichApi.Error", code });

  test("known Office codes get their sentence; others name Excel's answer", () => {
    expect(userError(office("InvalidOperationInCellEditMode"))).toMatchObject({
      code: "InvalidOperationInCellEditMode",
      message: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again. Your data was not changed.",
    });
    expect(userError(office("InvalidArgument", "The argument is invalid or missing or has an incorrect format."))).toMatchObject({
      code: "InvalidArgument",
      message:
        "Excel could not carry out a step of the report (InvalidArgument: The argument is invalid or missing or has an incorrect format.). Your data was not changed.",
    });
  });

  test("KeyClientError, a cancellation and plain errors pass through unchanged", () => {
    const errors = [new KeyClientError("emptyTable", "x"), new DOMException("stop", "AbortError"), new Error("bug")];
    for (const e of errors) expect(userError(e)).toBe(e);
  });
});

describe("inspectSource", () => {
  test("the header found below the title rows, the columns by header name, the rows below it", async () => {
    const double = install({ sheets: { Sales: SALES } });
    expect(await inspectSource()).toEqual({
      source: expect.objectContaining({ address: "Sales!A1:C12" }),
      headers: ["Client", "Date", "Amount"],
      headerRow: 3,
      mapping: { client: 0, date: 1, amount: 2 },
      rowCount: 9,
    });
    expect(double.log).toEqual([]);
  });

  test("no header naming client, date and amount: the first non-blank row, nothing mapped", async () => {
    install({ sheets: { Data: [["", ""], ["Firma", "Wert"], ["A", 1]] } });
    expect(await inspectSource()).toMatchObject({ headers: ["Firma", "Wert"], headerRow: null, mapping: {}, rowCount: 1 });
  });

  test("a header naming client and date but no amount: that row, its columns mapped, the amount left to choose", async () => {
    install({ sheets: { Data: [["Report", ""], ["Customer", "Date", "Net"], ["A", 43070, 1]] } });
    expect(await inspectSource()).toMatchObject({ headers: ["Customer", "Date", "Net"], headerRow: 2, mapping: { client: 0, date: 1 }, rowCount: 1 });
  });

  test("the saved source", async () => {
    install({ sheets: { Other: [["x"]], Sales: SALES } });
    expect(await inspectSource("Sales!A3:C5")).toMatchObject({ headerRow: 3, rowCount: 9, source: expect.objectContaining({ address: "Sales!A3:C12" }) });
  });
});

describe("activateSheet", () => {
  test("shows the sheet; a sentence when it is gone", async () => {
    const double = install({ sheets: { A: [], B: [] } });
    await activateSheet("B");
    expect(double.activeSheetName()).toBe("B");
    await expect(activateSheet("C")).rejects.toMatchObject({ code: "ItemNotFound", message: 'The sheet "C" is no longer in the workbook: it was renamed or deleted.' });
  });
});
