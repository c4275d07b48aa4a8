// Settings kept in the workbook: round trip, nothing saved, unreadable and wrong-shaped values.
import { KeyClientError } from "../../src/core/errors";
import type { ReportSettings } from "../../src/excel/runReport";
import { loadSettings, parseSettings, saveSettings, SETTINGS_KEY } from "../../src/excel/settings";
import { createExcelDouble, type DoubleSpec, type ExcelDouble } from "../doubles/excelDouble";

function install(spec: DoubleSpec = {}): ExcelDouble {
  const double = createExcelDouble(spec);
  (globalThis as { Excel?: unknown }).Excel = double.Excel;
  return double;
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

const FULL: ReportSettings = {
  // profit "" = the user left that optional column out.
  columns: { client: "Контрагент", amount: "Сумма", profit: "" },
  dateOrder: "dmy",
  options: { month: "2017-12", months: 6, rule: { kind: "pareto", share: 0.75 }, basis: "profit", lang: "ru", nearKeyCount: 5, fallingTrend: -0.2, manager: "Петров" },
  sourceAddress: "'Выгрузка 1С'!A5:U9995",
};

test("nothing saved: null", async () => {
  install();
  expect(await loadSettings()).toBeNull();
});

test("saved under keyclient.settings as JSON, read back the same, one sync each way", async () => {
  const double = install();
  await saveSettings(FULL);
  expect(double.setting(SETTINGS_KEY)).toBe(JSON.stringify(FULL));
  expect(double.log).toEqual([{ op: "setting", key: "keyclient.settings", value: JSON.stringify(FULL), sync: 1 }]);
  expect(await loadSettings()).toEqual(FULL);
  expect(double.syncs).toBe(2);
});

test("saving again replaces the settings", async () => {
  install();
  await saveSettings(FULL);
  const minimal: ReportSettings = { columns: {}, dateOrder: "auto", options: {} };
  await saveSettings(minimal);
  expect(await loadSettings()).toEqual(minimal);
});

test("unreadable settings: a sentence, not a crash", async () => {
  install({ settings: { [SETTINGS_KEY]: "{not json" } });
  const error = await loadSettings().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KeyClientError);
  expect(error).toMatchObject({ code: "badOption", message: expect.stringContaining("cannot be read") });
  expect(() => parseSettings("[1,2]")).toThrow(KeyClientError);
});

test("pieces of the wrong kind are dropped, so their defaults apply; the rest is kept", () => {
  const stored = JSON.stringify({
    columns: { client: "Client", date: 5, amount: "", nonsense: "x" },
    dateOrder: "ymd",
    options: { month: "2017-11", months: "3", rule: { kind: "top", n: 10 }, lang: "ru", extra: true, fallingTrend: null },
    sourceAddress: 7,
  });
  expect(parseSettings(stored)).toEqual({
    columns: { client: "Client" },
    dateOrder: "auto",
    options: { month: "2017-11", rule: { kind: "top", n: 10 }, lang: "ru" },
  });
});

test("a value stored as an object (by another tool) is read too", async () => {
  install({ settings: { [SETTINGS_KEY]: { columns: {}, dateOrder: "mdy", options: { months: 4 } } } });
  expect(await loadSettings()).toEqual({ columns: {}, dateOrder: "mdy", options: { months: 4 } });
});
