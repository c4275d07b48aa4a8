// The Office.js writer against the in-memory Excel double: what lands where, names as text, the
// table, conditional formats and chart, sheet naming and replacement, rollback, sync counts.
import { KeyClientError } from "../../src/core/errors";
import type { ClientRow } from "../../src/core/types";
import { BATCH_BYTES, batchSteps, planSteps } from "../../src/excel/planRenderer";
import { columnWidthPoints } from "../../src/report/units";
import { chooseTarget, numberedName, parseRegistry, SHEETS_SETTING, temporaryName } from "../../src/excel/sheetNames";
import { userError, WorkbookChangedError } from "../../src/excel/officeErrors";
import { writeReport, type WriteOptions } from "../../src/excel/writer";
import { FORMAT } from "../../src/report/formats";
import { planSheet, type SheetPlan } from "../../src/report/sheetPlan";
import { createExcelDouble, type DoubleSpec, type ExcelDouble, type LogEntry } from "../doubles/excelDouble";
import { CLIENTS, fixtureModel, NAMES } from "../report/fixtures";

const SHEET = "Key clients 2017-12";
const SALES: DoubleSpec = { sheets: { Sales: [["Client", "Date", "Amount"], ["A", 43099, 1]] }, active: "Sales" };

function write(double: ExcelDouble, plan: SheetPlan, options: Partial<WriteOptions> = {}) {
  return double.Excel.run((context: Excel.RequestContext) =>
    writeReport(context, plan, { sourceSheetName: "Sales", reportMonth: "2017-12", ...options }),
  );
}

/** A model with `n` clients (the fixture's first client, renamed and re-ranked). */
function modelWith(n: number) {
  const clients: ClientRow[] = Array.from({ length: n }, (_, i) => ({ ...CLIENTS[0], name: `Client ${i + 1}`, rank: i + 1 }));
  return fixtureModel({ clients });
}

const writesTo = (double: ExcelDouble, sheet: string) => double.log.filter((e) => e.sheet === sheet);

describe("one report written into a new sheet", () => {
  const plan = planSheet(fixtureModel());
  let double: ExcelDouble;
  beforeAll(async () => {
    double = createExcelDouble(SALES);
    expect(await write(double, plan)).toEqual({ sheetName: SHEET, replaced: false });
  });

  test("the sheet is added after the source sheet and the source sheet is never written", () => {
    expect(double.sheetNames()).toEqual(["Sales", SHEET]);
    expect(writesTo(double, "Sales")).toEqual([]);
    expect(double.activeSheetName()).toBe("Sales"); // not asked to activate
  });

  test("title, the main table's header and first client row, and the AVERAGE formula of every client row", () => {
    const s = double.sheet(SHEET)!;
    expect(s.cell("A1")).toMatchObject({ value: SHEET, numberFormat: "@", formula: null });
    expect(s.values("A11:F11")).toEqual([["Rank", "Client", "Oct 2017", "Nov 2017", "Dec 2017", "Average"]]);
    expect(s.values("A12:U12")).toEqual([
      [1, "ООО Ромашка", 1000, 1200, 1400, 1200, 1200 / (2116 + 2 / 3), 1200 / (2116 + 2 / 3), "A", "Y", Math.sqrt(80000 / 3) / 1200, "AY", 3, 200 / 1200, 1400 / 1200 - 1, "Yes", "▲1", 3, 0.75, "breadwinner", ""],
    ]);
    for (let row = 12; row <= 16; row++) {
      expect(s.cell(`F${row}`).formula).toBe(`=AVERAGE(C${row}:E${row})`);
      expect(s.cell(`F${row}`).value).toBeCloseTo(CLIENTS[row - 12].average, 9);
    }
    // The month header "Oct 2017" stays text (General would turn it into a date).
    expect(s.numberFormats("C11:C12")).toEqual([["@"], [FORMAT.money]]);
    expect(s.numberFormats("F12:H12")).toEqual([[FORMAT.money, FORMAT.percent, FORMAT.percent]]);
  });

  test("client names are text: in values, never in formulas, formatted @ before they were written", () => {
    const s = double.sheet(SHEET)!;
    expect(s.values("B12:B16")).toEqual([[NAMES.romashka], [NAMES.hyperlink], [NAMES.atSum], [NAMES.minus], [NAMES.plus]]);
    for (let row = 12; row <= 16; row++) expect(s.cell(`B${row}`)).toMatchObject({ formula: null, numberFormat: "@" });
    expect(s.cell("B20")).toMatchObject({ value: NAMES.atSum, formula: null }); // near-key list

    const names = Object.values(NAMES) as string[];
    const mentions = (e: LogEntry, key: string) => JSON.stringify(e[key] ?? null);
    for (const e of double.log.filter((x) => x.op === "formulas")) {
      for (const name of names) expect(mentions(e, "formulas")).not.toContain(JSON.stringify(name).slice(1, -1));
    }
    const tableValues = double.log.findIndex((e) => e.op === "values" && e.address === "A11:U16");
    const tableFormats = double.log.findIndex((e) => e.op === "numberFormat" && e.address === "A11:U16");
    expect(tableFormats).toBeGreaterThanOrEqual(0);
    expect(tableFormats).toBeLessThan(tableValues);
    expect(double.log[tableFormats].sync).toBeLessThanOrEqual(double.log[tableValues].sync);
    expect(mentions(double.log[tableValues], "values")).toContain(JSON.stringify(NAMES.hyperlink));
    // The formulas write covers the Average column only, leaving every other cell unchanged.
    expect(double.log.filter((e) => e.op === "formulas").map((e) => e.address)).toEqual(["F12:F16"]);
  });

  test("the Excel table over the main table", () => {
    expect(double.sheet(SHEET)!.tables).toEqual([
      { name: "KeyClients_2017_12", address: "A11:U16", style: "TableStyleLight1", showBandedRows: false, showTotals: false },
    ]);
  });

  test("conditional formats in the plan's priority order, with their fills", () => {
    expect(double.sheet(SHEET)!.conditionalFormats).toEqual([
      { type: "Custom", address: "U12:U16", formula: '=LEFT(U12,1)="⚠"', fill: "#F8CBAD", fontColor: "#9C0006" },
      { type: "Custom", address: "N12:N16", formula: "=AND(ISNUMBER(N12),N12<=-0.1)", fill: "#F8CBAD", fontColor: "#9C0006" },
      { type: "Custom", address: "M12:M16", formula: "=M12<3", fill: "#FFE699", fontColor: null },
      { type: "Custom", address: "A12:U16", formula: '=$P12<>""', fill: "#DDEBF7", fontColor: null },
    ]);
  });

  test("the Pareto chart: columns of the average, the cumulative share as a line on the secondary axis", () => {
    const [chart] = double.sheet(SHEET)!.charts;
    const at = (cells: string) => `'${SHEET}'!${cells}`;
    expect(chart).toMatchObject({
      name: "KeyClientsPareto",
      chartType: "ColumnClustered",
      title: { text: "Pareto: average monthly sales and cumulative share" },
      legend: { position: "Bottom" },
      series: [
        { name: "Average", values: at("C42:C46"), xValues: at("B42:B46"), chartType: "ColumnClustered", axisGroup: "Primary" },
        { name: "Cumulative share", values: at("D42:D46"), xValues: at("B42:B46"), chartType: "Line", axisGroup: "Secondary" },
      ],
      axes: { "Value/Secondary": { numberFormat: "0%", minimum: 0, maximum: 1 } },
      position: { from: "G18", to: "Q38" },
    });
    expect(double.sheet(SHEET)!.values("B42:D42")).toEqual([[NAMES.romashka, 1200, CLIENTS[0].cumShare]]);
  });

  test("frozen header, column widths in points, row heights, print settings", () => {
    const s = double.sheet(SHEET)!;
    expect(s.freeze).toEqual({ rows: 11, columns: 2 });
    expect(columnWidthPoints(34)).toBe(178.5); // 238 px
    expect(columnWidthPoints(9)).toBe(47.25); // 63 px
    expect(Object.values(s.columnWidths)).toEqual(plan.columnWidths.map(columnWidthPoints));
    expect(s.rowHeights).toEqual({ 0: 24, 4: 45, 10: 45, 24: 30, 28: 45, 32: 30, 40: 30 });
    const tableTop = plan.blocks.find((b) => b.kind === "table")!.top;
    expect(s.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      // Excel's Normal margins in points: 0.7", 0.75" and 0.3".
      leftMargin: 50.4,
      rightMargin: 50.4,
      topMargin: 54,
      bottomMargin: 54,
      headerMargin: 21.6,
      footerMargin: 21.6,
      printTitleRows: `$${tableTop}:$${tableTop}`,
      centerHeader: "Key clients 2017-12",
      centerFooter: "Page &P of &N",
    });
  });

  test("looks: title, header, centred body cells, borders", () => {
    const s = double.sheet(SHEET)!;
    expect(s.cell("A1").format.font).toEqual({ name: "Calibri", size: 16, bold: true, color: "#1F3864" });
    expect(s.cell("C11").format).toMatchObject({
      font: { name: "Calibri", size: 11, bold: true },
      fill: { color: "#D9E1F2" },
      wrapText: true,
      verticalAlignment: "Top",
      horizontalAlignment: "Center",
      borders: { bottom: { style: "Continuous", weight: "Thin", color: "#8EA9DB" } },
    });
    expect(s.cell("A12").format.horizontalAlignment).toBe("Center"); // rank
    expect(s.cell("B12").format.horizontalAlignment).toBeUndefined(); // client, left
    expect(s.cell("I12").format.horizontalAlignment).toBe("Center"); // ABC
    expect(s.cell("A2").format.font).toEqual({ name: "Calibri", size: 11, color: "#404040" });
  });

  test("our sheet is marked by id in the workbook settings", () => {
    expect(JSON.parse(double.setting(SHEETS_SETTING) as string)).toEqual({ [double.sheet(SHEET)!.id]: { month: "2017-12", createdBy: "KeyClient" } });
  });

  test("four syncs: look, write, swap in, print", () => {
    expect(double.syncs).toBe(4);
    expect(double.log.filter((e) => e.op === "suspendScreenUpdating").map((e) => e.sync)).toEqual([2]);
  });
});

describe("sheet names and replacement (SPEC §7)", () => {
  const plan = planSheet(fixtureModel());

  test("a second run of the same month replaces our sheet, keeps the table name, and only that sheet", async () => {
    const double = createExcelDouble({ ...SALES, sheets: { ...SALES.sheets, "Key clients 2017-11": [["mine"]] } });
    await write(double, plan);
    const firstId = double.sheet(SHEET)!.id;
    await double.Excel.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem(SHEET).position = 0; // the user moves our tab first
    });
    await write(double, plan, { activate: true });
    expect(double.sheetNames()).toEqual([SHEET, "Sales", "Key clients 2017-11"]);
    const second = double.sheet(SHEET)!;
    expect(second.id).not.toBe(firstId);
    expect(second.tables.map((t) => t.name)).toEqual(["KeyClients_2017_12"]);
    expect(second.cell("B13").value).toBe(NAMES.hyperlink);
    expect(double.activeSheetName()).toBe(SHEET);
    expect(JSON.parse(double.setting(SHEETS_SETTING) as string)).toEqual({ [second.id]: { month: "2017-12", createdBy: "KeyClient" } });
    expect(writesTo(double, "Key clients 2017-11")).toEqual([]);
    expect(writesTo(double, "Sales")).toEqual([]);
    expect(double.log.filter((e) => e.op === "sheet.delete").map((e) => e.sheet)).toEqual([SHEET]);
  });

  test("a user's own sheet with our name is never touched: the report goes to “… (2)”, and re-runs replace that one", async () => {
    const mine = [["my notes"], [42]];
    const double = createExcelDouble({ ...SALES, sheets: { ...SALES.sheets, [SHEET]: mine } });
    expect(await write(double, plan)).toEqual({ sheetName: `${SHEET} (2)`, replaced: false });
    expect(await write(double, plan)).toEqual({ sheetName: `${SHEET} (2)`, replaced: true });
    expect(double.sheetNames()).toEqual(["Sales", SHEET, `${SHEET} (2)`]);
    expect(writesTo(double, SHEET)).toEqual([]);
    expect(double.sheet(SHEET)!.values("A1:A2")).toEqual(mine);
  });

  test("a user's table with our table name: ours takes the next free name", async () => {
    const double = createExcelDouble({
      ...SALES,
      tables: [{ name: "KeyClients_2017_12", sheet: "Sales", address: "A1:C2" }],
    });
    await write(double, plan);
    expect(double.sheet(SHEET)!.tables.map((t) => t.name)).toEqual(["KeyClients_2017_12_2"]);
  });

  test("marks of sheets that were deleted are forgotten", async () => {
    const double = createExcelDouble({
      ...SALES,
      settings: { [SHEETS_SETTING]: JSON.stringify({ "{gone}": { month: "2017-01", createdBy: "KeyClient" } }) },
    });
    await write(double, plan);
    expect(Object.keys(JSON.parse(double.setting(SHEETS_SETTING) as string))).toEqual([double.sheet(SHEET)!.id]);
  });

  test("reading the shipments from our own report sheet of that month is refused, and nothing is written", async () => {
    const double = createExcelDouble(SALES);
    await write(double, plan);
    const before = double.log.length;
    const error = await write(double, plan, { sourceSheetName: SHEET }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeyClientError);
    expect(error).toMatchObject({ code: "badOption", message: expect.stringContaining(`"${SHEET}"`) });
    expect(double.log.slice(before)).toEqual([]);
  });
});

describe("Cancel and failures leave the workbook as it was", () => {
  test("aborted before writing: no write at all", async () => {
    const double = createExcelDouble(SALES);
    const cancel = new AbortController();
    cancel.abort();
    await expect(write(double, planSheet(fixtureModel()), { signal: cancel.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(double.log).toEqual([]);
    expect(double.sheetNames()).toEqual(["Sales"]);
  });

  test("aborted between batches: the half-written sheet is removed, our old sheet stays", async () => {
    const double = createExcelDouble(SALES);
    const big = planSheet(modelWith(12_000));
    await write(double, planSheet(fixtureModel()));
    const oldId = double.sheet(SHEET)!.id;
    const cancel = new AbortController();
    const progress: number[][] = [];
    const run = write(double, big, {
      signal: cancel.signal,
      onProgress: (done, total) => {
        progress.push([done, total]);
        cancel.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(progress).toEqual([[1, batchSteps(planSteps(big, "t")).length]]);
    expect(progress[0][1]).toBeGreaterThan(1);
    expect(double.sheetNames()).toEqual(["Sales", SHEET]);
    expect(double.sheet(SHEET)!.id).toBe(oldId);
  });

  test("Excel refusing a batch: the half-written sheet is removed and Excel's error passes on", async () => {
    const double = createExcelDouble({ ...SALES, payloadLimit: 200_000 });
    const error = await write(double, planSheet(modelWith(3_000))).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(error).not.toBeInstanceOf(WorkbookChangedError); // the workbook really is unchanged
    expect(double.sheetNames()).toEqual(["Sales"]);
    expect(double.setting(SHEETS_SETTING)).toBeUndefined();
  });
});

describe("a failure of the last step (swap) never leaves a stray sheet, nor claims an unchanged workbook when it is not", () => {
  const plan = planSheet(fixtureModel());
  /** A co-author adds a sheet with the report's name while the last batch is being written. */
  const coAuthorTakesTheName = (double: ExcelDouble) => (done: number, total: number) => {
    if (done === total) double.addSheet(SHEET);
  };

  test("nothing to replace: the new sheet is removed and Excel's error passes on; the workbook is as it was", async () => {
    const double = createExcelDouble(SALES);
    const error = await write(double, plan, { onProgress: coAuthorTakesTheName(double) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ItemAlreadyExists" });
    expect(error).not.toBeInstanceOf(WorkbookChangedError);
    expect(double.sheetNames()).toEqual(["Sales", SHEET]); // the co-author's sheet only
    expect(double.sheet(SHEET)!.usedAddress()).toBeNull();
    expect(double.setting(SHEETS_SETTING)).toBeUndefined();
  });

  /** A workbook with our report of 2017-12 on the second tab; the number of the next sync. */
  async function withOldReport(): Promise<{ double: ExcelDouble; oldId: string; next: number }> {
    const double = createExcelDouble({ ...SALES, sheets: { ...SALES.sheets, Notes: [["x"]] } });
    await write(double, plan);
    await double.Excel.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem(SHEET).position = 1;
    });
    return { double, oldId: double.sheet(SHEET)!.id, next: double.syncs + 1 };
  }
  // Syncs when replacing: look, the old report's tables, one batch, the swap, then recoverSwap's.
  const SWAP = 3;

  test("the swap fails before any call: the old report stays, the new sheet goes, Excel's error passes on", async () => {
    const { double, oldId, next } = await withOldReport();
    const marks = double.setting(SHEETS_SETTING);
    double.failSync(next + SWAP, "ActivityLimitReached");
    const error = await write(double, plan).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ActivityLimitReached" });
    expect(error).not.toBeInstanceOf(WorkbookChangedError);
    expect(double.sheetNames()).toEqual(["Sales", SHEET, "Notes"]);
    expect(double.sheet(SHEET)!.id).toBe(oldId);
    expect(double.setting(SHEETS_SETTING)).toEqual(marks);
  });

  test("the old report already deleted when the swap fails: the complete new one is put in its name and place", async () => {
    const { double, oldId, next } = await withOldReport();
    double.failSync(next + SWAP, "ActivityLimitReached", 1); // the delete is carried out, the rest is not
    expect(await write(double, plan)).toEqual({ sheetName: SHEET, replaced: true });
    expect(double.sheetNames()).toEqual(["Sales", SHEET, "Notes"]);
    const newId = double.sheet(SHEET)!.id;
    expect(newId).not.toBe(oldId);
    expect(Object.keys(parseRegistry(double.setting(SHEETS_SETTING)))).toEqual([newId]);
    expect(double.sheet(SHEET)!.cell("A1").value).toBe(SHEET);
    expect(double.sheet(SHEET)!.tables.map((t) => t.name)).toEqual([plan.table!.name]);
  });

  test("and when putting it in place fails too: a WorkbookChangedError that names the sheet holding the new report", async () => {
    const { double, next } = await withOldReport();
    double.failSync(next + SWAP, "ActivityLimitReached", 1);
    double.failSync(next + SWAP + 2, "ServiceNotAvailable"); // after recoverSwap's look: the finishing sync
    const error = await write(double, plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookChangedError);
    const temporary = double.sheetNames().find((n) => n.includes("…"))!;
    expect(double.sheetNames()).toEqual(["Sales", "Notes", temporary]);
    expect(error).toMatchObject({ code: "ActivityLimitReached", state: "previousReportRemoved", sheetName: temporary });
    expect((error as Error).message).toBe(
      `Excel stopped while writing the report (ActivityLimitReached: The double was told to fail here.). The previous report for 2017-12 has been removed; the new one is complete on the sheet "${temporary}". Rename that sheet, or build the report again.`,
    );
    expect(userError(error)).toBe(error); // no "Your data was not changed." is added on the way to the pane
  });

  test("a failure while writing whose clean-up fails too: the error names the sheet left behind", async () => {
    const double = createExcelDouble(SALES);
    const next = double.syncs + 1;
    double.failSync(next + 2, "ServiceNotAvailable"); // look, batch 1, then batch 2 fails
    double.failSync(next + 3, "ServiceNotAvailable"); // and so does the clean-up
    const error = await write(double, planSheet(modelWith(12_000))).catch((e: unknown) => e);
    const left = double.sheetNames().find((n) => n.includes("…"))!;
    expect(double.sheetNames()).toEqual(["Sales", left]);
    expect(error).toBeInstanceOf(WorkbookChangedError);
    expect(error).toMatchObject({ code: "ServiceNotAvailable", state: "unfinishedSheetLeft", sheetName: left });
    expect((error as Error).message).toMatch(new RegExp(`The unfinished sheet "${left}" could not be removed: delete it, then build the report again\\.$`));
  });
});

describe("batches", () => {
  test("200 clients: one write batch, four syncs in all", async () => {
    const double = createExcelDouble(SALES);
    await write(double, planSheet(modelWith(200)));
    expect(double.syncs).toBe(4);
    expect(double.sheet(SHEET)!.cell("B211").value).toBe("Client 200");
  });

  test("30,000 clients: every batch within the budget and Excel on the web's 5 MB, values split by rows", async () => {
    const plan = planSheet(modelWith(30_000));
    const batches = batchSteps(planSteps(plan, "t"));
    for (const batch of batches) {
      const bytes = batch.reduce((s, step) => s + step.bytes, 0);
      expect(bytes).toBeLessThanOrEqual(BATCH_BYTES);
    }
    const double = createExcelDouble(SALES); // the double refuses batches over 5,000,000 bytes
    await write(double, plan);
    expect(double.syncs).toBe(3 + batches.length);
    expect(batches.length).toBeLessThanOrEqual(12);
    const tableWrites = double.log.filter((e) => e.op === "values" && /^A\d+:U\d+$/.test(e.address!));
    // 20,000 cells per write: 952 rows of 21 columns; the header row 11 and 30,000 clients down to row 30,011.
    const expected: string[] = [];
    for (let top = 11; top <= 30_011; top += 952) expected.push(`A${top}:U${Math.min(top + 951, 30_011)}`);
    expect(expected).toHaveLength(32);
    expect(tableWrites.map((e) => e.address)).toEqual(expected);
    expect(double.sheet(SHEET)!.values("B30011:B30011")).toEqual([["Client 30000"]]);
    expect(double.sheet(SHEET)!.cell("F30011").formula).toBe("=AVERAGE(C30011:E30011)");
  });
});

describe("sheet name rules", () => {
  const mark = (month: string) => ({ month, createdBy: "KeyClient" as const });
  const sheet = (id: string, name: string, position = 0) => ({ id, name, position });

  test("numbered names stay within Excel's 31 characters", () => {
    const long = "Ключевые клиенты 2017-12 филиал"; // 31 characters
    expect(numberedName(long, 1)).toBe(long);
    expect(numberedName(long, 2)).toBe("Ключевые клиенты 2017-12 фи (2)");
    expect(Array.from(numberedName(long, 10))).toHaveLength(31);
    expect(temporaryName([sheet("1", `${SHEET} …`)], SHEET)).toBe(`${SHEET} … (2)`);
  });

  test("the first name that is free or ours for the month; names are compared regardless of case", () => {
    const sheets = [sheet("u", SHEET.toUpperCase()), sheet("o", `${SHEET} (2)`), sheet("n", `${SHEET} (3)`)];
    expect(chooseTarget(SHEET, "2017-12", sheets, { o: mark("2017-12") })).toEqual({ name: `${SHEET} (2)`, replace: sheets[1] });
    // Ours, but for another month (renamed by the user): skipped like the user's own sheets.
    expect(chooseTarget(SHEET, "2017-12", sheets, { o: mark("2017-11") })).toEqual({ name: `${SHEET} (4)`, replace: null });
  });

  test("a registry that cannot be read marks no sheet as ours", () => {
    expect(parseRegistry("{oops")).toEqual({});
    expect(parseRegistry(JSON.stringify([1]))).toEqual({});
    expect(parseRegistry(JSON.stringify({ a: { month: "2017-12", createdBy: "someone" }, b: mark("2017-12"), c: null }))).toEqual({ b: mark("2017-12") });
  });
});
