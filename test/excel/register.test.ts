// SPEC §13 in the add-in, on the Excel double: the register created by the first build, edited as a
// user would (Relationship and Notes filled, a column of their own, the table sorted the other way),
// refreshed by the next build with every edit on its client; a broken register refused with the
// workbook unchanged; a register of 5,000 rows updated within the payload limits.

import { KeyClientError } from "../../src/core/errors";
import { runReport, type ReportSettings } from "../../src/excel/runReport";
import { excelDateSerial } from "../../src/report/a1";
import { createExcelDouble, type DoubleCell, type DoubleSpec, type ExcelDouble } from "../doubles/excelDouble";

const REGISTER = "Key-client register";
const day = (iso: string) => excelDateSerial(iso)!;

// Monthly amounts Sep–Dec 2017. November (Sep–Nov): key Alpha, Beta, Gamma; near-key Delta, Eps.
// December (Oct–Dec): key Zeta (new), Alpha, Gamma; near-key Delta, Beta.
const AMOUNTS: [string, string, number[]][] = [
  ["Alpha", "Petrov", [900, 900, 900, 900]],
  ["Beta", "Ivanova", [800, 800, 800, 100]],
  ["Gamma", "Petrov", [700, 700, 700, 700]],
  ["Delta", "Ivanova", [600, 600, 600, 600]],
  ["Eps", "Petrov", [500, 500, 500, 500]],
  ["Zeta", "Ivanova", [0, 0, 0, 3000]],
  ["Eta", "Petrov", [100, 100, 100, 100]],
];
const MONTHS = ["2017-09", "2017-10", "2017-11", "2017-12"];
const SALES: DoubleCell[][] = [
  ["Client", "Date", "Amount", "Sales rep"],
  ...AMOUNTS.flatMap(([client, rep, amounts]) =>
    amounts.flatMap((amount, k): DoubleCell[][] => (amount > 0 ? [[client, day(`${MONTHS[k]}-10`), amount, rep]] : [])),
  ),
];

const settings = (month: string): ReportSettings => ({
  columns: {}, dateOrder: "auto", sourceAddress: "Sales!A1:D27", options: { month, rule: { kind: "top", n: 3 }, nearKeyCount: 2 },
});

function install(spec: DoubleSpec): ExcelDouble {
  const double = createExcelDouble(spec);
  (globalThis as { Excel?: unknown }).Excel = double.Excel;
  return double;
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

/** The register table as header → value objects, in sheet order. */
function registerRows(double: ExcelDouble): { headers: string[]; rows: Record<string, DoubleCell>[] } {
  const sheet = double.sheet(REGISTER)!;
  const table = sheet.tables.find((t) => t.name === "KeyClientRegister")!;
  const [head, ...body] = sheet.values(table.address);
  const headers = head.map(String);
  return { headers, rows: body.map((row) => Object.fromEntries(headers.map((h, c) => [h, row[c]]))) };
}

/** As a user in Excel: Relationship and Notes filled, a column "My score" added, the rows sorted Z → A by client. */
async function editAsUser(double: ExcelDouble, edits: Record<string, [string, string, number]>): Promise<string[]> {
  const { headers, rows } = registerRows(double);
  const sorted = [...rows].sort((a, b) => String(b.Client).localeCompare(String(a.Client)));
  await double.Excel.run(async (context: Excel.RequestContext) => {
    const sheet = context.workbook.worksheets.getItem(REGISTER);
    const all = [...headers, "My score"];
    const values = [all, ...sorted.map((row) => {
      const edit = edits[String(row.Client)];
      return all.map((h) => (h === "My score" ? (edit?.[2] ?? "") : h === "Relationship" && edit ? edit[0] : h === "Notes" && edit ? edit[1] : row[h]));
    })];
    // Typing in the column beside a table widens it: here, the table made again one column wider.
    context.workbook.tables.getItem("KeyClientRegister").delete();
    const range = sheet.getRangeByIndexes(0, 0, values.length, all.length);
    range.values = values as (string | number | boolean)[][];
    sheet.tables.add(range, true).name = "KeyClientRegister";
    await context.sync();
  });
  return sorted.map((r) => String(r.Client));
}

describe("the register in the add-in", () => {
  test("round trip: built, edited, sorted, rebuilt; every edit stays on its client", async () => {
    const double = install({ sheets: { Sales: SALES }, active: "Sales" });
    await runReport(settings("2017-11"));
    const first = registerRows(double);
    expect(first.rows.map((r) => [r.Client, r.Status, r.Manager, r.Rank])).toEqual([
      ["Alpha", "key", "Petrov", 1], ["Beta", "key", "Ivanova", 2], ["Gamma", "key", "Petrov", 3], ["Delta", "near-key", "Ivanova", 4], ["Eps", "near-key", "Petrov", 5],
    ]);
    const dropDown = double.sheet(REGISTER)!.dataValidations;
    expect(dropDown).toEqual([{ address: "O2:O6", rule: { list: { inCellDropDown: true, source: "structural,brand,reputation,personal,information and control,value,zero choice" } } }]);

    const order = await editAsUser(double, { Beta: ["personal", "Owner's son runs purchasing", 7], Gamma: ["value", "=asks for discounts", 2] });
    expect(order).toEqual(["Gamma", "Eps", "Delta", "Beta", "Alpha"]);

    const result = await runReport(settings("2017-12"));
    const { headers, rows } = registerRows(double);
    expect(headers.at(-1)).toBe("My score");
    expect(rows.map((r) => r.Client)).toEqual([...order, "Zeta"]);
    const by = Object.fromEntries(rows.map((r) => [r.Client, r]));
    expect([by.Beta.Relationship, by.Beta.Notes, by.Beta["My score"], by.Beta.Status, by.Beta.Rank]).toEqual(["personal", "Owner's son runs purchasing", 7, "near-key", 5]);
    expect([by.Gamma.Relationship, by.Gamma.Notes, by.Gamma["My score"], by.Gamma.Status, by.Gamma.Rank]).toEqual(["value", "=asks for discounts", 2, "key", 3]);
    expect([by.Zeta.Status, by.Zeta.Rank, by.Zeta.Manager, by.Zeta["Client role"], by.Zeta.Relationship]).toEqual(["new key", 1, "Ivanova", "breadwinner", ""]);
    expect(rows.filter((r) => r.Notes !== "").map((r) => r.Client)).toEqual(["Gamma", "Beta"]);
    // The notes cell that looks like a formula was never written: it is still text.
    const gammaRow = 2 + rows.findIndex((r) => r.Client === "Gamma");
    expect(double.sheet(REGISTER)!.cell(`U${gammaRow}`).formula).toBeNull();
    // The report's main table shows the key clients' Relationship.
    const report = double.sheet(result.sheetName)!;
    const table = report.tables[0];
    const [head, ...body] = report.values(table.address);
    const rel = head.indexOf("Relationship");
    expect(body.map((r) => [r[1], r[rel]])).toEqual([["Zeta", ""], ["Alpha", ""], ["Gamma", "value"], ["Delta", ""], ["Beta", ""], ["Eps", ""], ["Eta", ""]]);
    expect(double.sheet(REGISTER)!.dataValidations.map((v) => v.address)).toEqual(["O2:O7"]);
  });

  test("a register whose column was renamed is refused, and the workbook is left as it was", async () => {
    const double = install({ sheets: { Sales: SALES }, active: "Sales" });
    await runReport(settings("2017-11"));
    await double.Excel.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem(REGISTER).getRange("O1").values = [["Relation"]];
      await context.sync();
    });
    const writes = double.log.length;
    const sheets = double.sheetNames();
    const error = await runReport(settings("2017-12")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeyClientError);
    expect((error as KeyClientError).code).toBe("badRegister");
    expect((error as KeyClientError).message).toBe(
      "The table on the sheet “Key-client register” has no column “Relationship”: it was renamed or deleted. Give the column its name back and build again; nothing was changed.",
    );
    expect(double.log.length).toBe(writes);
    expect(double.sheetNames()).toEqual(sheets);
  });

  test("a register of 5,000 rows is refreshed in seconds, in batches within the payload limit", async () => {
    const headers = ["Client", "Manager", "Rank", "ABC-XYZ", "Key now", "Status", "Months key", "Key since", "Last shipment", "Average", "Trend", "Risk", "Margin",
      "Company margin", "Relationship", "Client role", "Decision makers", "Dossier", "Next step", "Next step date", "Notes"];
    const body: DoubleCell[][] = Array.from({ length: 5000 }, (_, i) => headers.map((h) =>
      h === "Client" ? `Old client ${i + 1}` : h === "Notes" ? `Visited on ${i % 28 + 1} May; wants a yearly contract. ${"x".repeat(300)}` : h === "Manager" ? "Sidorov" : ""));
    body[4999][0] = "Alpha";
    const double = install({
      sheets: { Sales: SALES, [REGISTER]: [headers, ...body] },
      active: "Sales",
      tables: [{ name: "KeyClientRegister", sheet: REGISTER, address: "A1:U5001" }],
    });
    const started = Date.now();
    await runReport(settings("2017-12"));
    expect(Date.now() - started).toBeLessThan(5000);
    const { rows } = registerRows(double);
    expect(rows.length).toBe(5000 + 4);
    expect(rows.slice(0, 4999).every((r, i) => r.Client === `Old client ${i + 1}` && r.Status === "inactive" && r.Manager === "Sidorov" && String(r.Notes).startsWith("Visited"))).toBe(true);
    expect([rows[4999].Client, rows[4999].Status, rows[4999].Manager, rows[4999].Rank]).toEqual(["Alpha", "key", "Petrov", 2]);
    expect(rows.slice(5000).map((r) => r.Client)).toEqual(["Zeta", "Gamma", "Delta", "Beta"]);
  });
});
