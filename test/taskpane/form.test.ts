import { autoMapColumns, resolveColumns } from "../../src/core/columns";
import type { SourceInfo } from "../../src/taskpane/api";
import { DEFAULT_FORM, NONE, chooseColumn, formFromSettings, formProblems, reportSettings, resolveMapping, type PaneForm } from "../../src/taskpane/form";

// Superstore's header row: Customer Name is column 6, Ship Date 3 (preferred over Order Date 2), Sales 17.
const HEADERS = [
  "Row ID", "Order ID", "Order Date", "Ship Date", "Ship Mode", "Customer ID", "Customer Name", "Segment", "Country", "City", "State",
  "Postal Code", "Region", "Product ID", "Category", "Sub-Category", "Product Name", "Sales", "Quantity", "Discount", "Profit",
];
const AUTO = autoMapColumns(HEADERS);

const source: SourceInfo = {
  source: { kind: "usedRange", sheetName: "Sales", address: "Sales!A1:U302", tableName: null, rowIndex: 0, columnIndex: 0, rowCount: 302, columnCount: 21 },
  headers: HEADERS,
  headerRow: 1,
  mapping: AUTO,
  rowCount: 301,
};

describe("column mapping", () => {
  test("the automatic mapping of Superstore", () => {
    const m = resolveMapping(HEADERS, AUTO, {});
    expect(m.columns).toEqual({ client: 6, date: 3, amount: 17, product: 16, profit: 20, quantity: 18 });
    expect(m.automatic).toEqual(m.columns);
    expect(m.problems).toEqual([]);
    expect(m.gone).toEqual([]);
  });

  test("a choice takes its column away from the field that had it automatically", () => {
    const m = resolveMapping(HEADERS, AUTO, { amount: "Profit" });
    expect(m.columns).toEqual({ client: 6, date: 3, amount: 20, product: 16, quantity: 18 });
    expect(m.automatic.profit).toBeUndefined(); // so its dropdown offers "(none)"
    expect(m.automatic.amount).toBe(17);
    // ...and says so at that field.
    expect(m.taken).toEqual({ profit: { header: "Profit", by: "amount" } });
  });

  test("a required field whose column another field took is named, with the field that took it", () => {
    const m = resolveMapping(HEADERS, AUTO, { manager: "Customer Name" });
    expect(m.taken).toEqual({ client: { header: "Customer Name", by: "manager" } });
    expect(m.problems).toEqual([{ kind: "missingColumns", fields: ["client"] }]);
    expect(resolveMapping(HEADERS, AUTO, {}).taken).toEqual({});
    // A field switched off by the user has given its column to nobody.
    expect(resolveMapping(HEADERS, AUTO, { profit: "" }).taken).toEqual({});
  });

  test("the pane shows the columns the engine will use", () => {
    for (const choices of [{}, { amount: "Profit" }, { date: "order date", quantity: "Discount" }, { client: "Customer ID", product: "Category" }, { profit: "", product: "" }]) {
      expect(resolveMapping(HEADERS, AUTO, choices).columns).toEqual(resolveColumns(HEADERS, choices));
    }
  });

  test("a header chosen twice, a required column missing, a saved header no longer there", () => {
    const m = resolveMapping(HEADERS, AUTO, { client: "Segment", product: "segment", manager: "Sales rep" });
    expect(m.problems).toEqual([{ kind: "sameColumn", header: "Segment", fields: ["client", "product"] }]);
    expect(m.gone).toEqual(["manager"]);
    expect(m.columns).toMatchObject({ client: 7, product: 16 }); // product keeps its automatic column

    const bare = resolveMapping(["Customer", "Amount"], autoMapColumns(["Customer", "Amount"]), {});
    expect(bare.problems).toEqual([{ kind: "missingColumns", fields: ["date"] }]);
  });

  test("picking the automatic column or (none) clears the choice; another column is kept by its header", () => {
    const m = resolveMapping(HEADERS, AUTO, { date: "Order Date" });
    expect(chooseColumn({ date: "Order Date" }, m, HEADERS, "date", "3")).toEqual({});
    expect(chooseColumn({}, m, HEADERS, "date", "2")).toEqual({ date: "Order Date" });
    const none = resolveMapping(HEADERS, AUTO, {});
    expect(chooseColumn({ manager: "Region" }, none, HEADERS, "manager", NONE)).toEqual({});
  });

  test("(none) over a column found by its header leaves that optional column out", () => {
    const choices = chooseColumn({}, resolveMapping(HEADERS, AUTO, {}), HEADERS, "profit", NONE);
    expect(choices).toEqual({ profit: "" });
    const m = resolveMapping(HEADERS, AUTO, choices);
    expect(m.columns.profit).toBeUndefined();
    expect(m.automatic.profit).toBe(20); // picking it again clears the choice
    expect(chooseColumn(choices, m, HEADERS, "profit", "20")).toEqual({});
    expect(formFromSettings({ columns: { profit: "", amount: "" }, dateOrder: "auto", options: {} }, "en").columns).toEqual({ profit: "" });
  });
});

describe("settings", () => {
  test("saved settings fill the form; the month is not restored; a language equal to the pane's follows it", () => {
    const form = formFromSettings(
      {
        columns: { date: "Order Date", amount: "" },
        dateOrder: "mdy",
        options: { month: "2017-11", months: 6, rule: { kind: "pareto", share: 0.75 }, basis: "profit", lang: "ru", nearKeyCount: 5 },
        sourceAddress: "Sales!A1:U302",
      },
      "ru",
    );
    expect(form).toEqual<PaneForm>({
      columns: { date: "Order Date" },
      month: "",
      monthIncomplete: false,
      months: 6,
      rule: "pareto",
      topN: 20,
      sharePercent: 75,
      basis: "profit",
      reportLang: "pane",
      dateOrder: "mdy",
      manager: "",
      kept: { nearKeyCount: 5 },
    });
    expect(formFromSettings({ columns: {}, dateOrder: "auto", options: { lang: "en" } }, "ru").reportLang).toBe("en");
    expect(formFromSettings(null, "en")).toBe(DEFAULT_FORM);
  });

  test("what runReport gets and what is saved", () => {
    const form: PaneForm = { ...DEFAULT_FORM, columns: { date: "Order Date", manager: "Sales rep" }, month: "2017-12", kept: { fallingTrend: -0.2 } };
    const mapping = resolveMapping(HEADERS, AUTO, form.columns);
    const { run, save } = reportSettings(form, "ru", source, mapping);
    expect(save).toEqual({
      columns: { date: "Order Date" }, // the header that is gone is not saved again
      dateOrder: "auto",
      options: { fallingTrend: -0.2, months: 3, rule: { kind: "top", n: 20 }, basis: "sales", lang: "ru" },
      sourceAddress: "Sales!A1:U302",
    });
    expect(run).toEqual({ ...save, options: { ...save.options, month: "2017-12" } });

    const pareto = reportSettings({ ...DEFAULT_FORM, rule: "pareto", sharePercent: 85, reportLang: "en" }, "ru", source, resolveMapping(HEADERS, AUTO, {}));
    expect(pareto.run.options).toEqual({ months: 3, rule: { kind: "pareto", share: 0.85 }, basis: "sales", lang: "en" });
    expect(pareto.run).toBe(pareto.save);
  });

  test("one manager's report (SPEC §12): sent to runReport, saved for the ribbon button, restored in the form", () => {
    const { run, save } = reportSettings({ ...DEFAULT_FORM, manager: "Petrov" }, "en", source, resolveMapping(HEADERS, AUTO, {}));
    expect(run.options.manager).toBe("Petrov");
    expect(save.options.manager).toBe("Petrov");
    expect(formFromSettings(save, "en").manager).toBe("Petrov");
    expect(reportSettings(DEFAULT_FORM, "en", source, resolveMapping(HEADERS, AUTO, {})).save.options).not.toHaveProperty("manager");
  });

  test("why Build is disabled", () => {
    const ok = resolveMapping(HEADERS, AUTO, {});
    expect(formProblems(DEFAULT_FORM, ok)).toEqual([]);
    expect(formProblems(DEFAULT_FORM, null)).toEqual([{ kind: "noSource" }]);
    const bad: PaneForm = { ...DEFAULT_FORM, month: "2017-13", months: 25, topN: 2.5 };
    expect(formProblems(bad, ok)).toEqual([{ kind: "month" }, { kind: "months" }, { kind: "topN" }]);
    expect(formProblems({ ...DEFAULT_FORM, months: NaN, rule: "pareto", sharePercent: 0 }, ok)).toEqual([{ kind: "months" }, { kind: "share" }]);
    expect(formProblems({ ...DEFAULT_FORM, rule: "pareto", sharePercent: 100 }, ok)).toEqual([]);
    // A month typed without its year: the browser hands over "", but Build must not run on the default month.
    expect(formProblems({ ...DEFAULT_FORM, month: "", monthIncomplete: true }, ok)).toEqual([{ kind: "month" }]);
    const noProfit = resolveMapping(HEADERS, AUTO, { amount: "Profit" });
    expect(formProblems({ ...DEFAULT_FORM, basis: "profit" }, noProfit)).toEqual([{ kind: "profitBasis" }]);
  });
});
