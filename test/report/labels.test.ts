import {
  labels,
  monthLabel,
  reportTitle,
  ruleText,
  sanitizeSheetName,
  sheetNameFor,
  statusMark,
  thresholdsText,
  windowLabel,
} from "../../src/core/labels";
import type { Lang } from "../../src/core/types";
import { LANGS as ALL_LANGS } from "../../src/core/locales";
import { OPTIONS } from "./fixtures";

const LANGS = ALL_LANGS;

test("month and window labels", () => {
  expect(monthLabel("2017-10", "en")).toBe("Oct 2017");
  expect(monthLabel("2017-10", "ru")).toBe("окт 2017");
  expect(monthLabel("2018-05", "ru")).toBe("май 2018");
  expect(monthLabel("2017-13", "en")).toBe("2017-13");
  expect(windowLabel(["2017-10", "2017-11", "2017-12"], "en")).toBe("Oct 2017 – Dec 2017");
  expect(windowLabel(["2017-10", "2017-11", "2017-12"], "ru")).toBe("окт 2017 – дек 2017");
  expect(windowLabel(["2017-12"], "en")).toBe("Dec 2017");
  expect(windowLabel([], "en")).toBe("");
});

test("titles and sheet names", () => {
  expect(reportTitle("2017-12", "en")).toBe("Key clients 2017-12");
  expect(reportTitle("2017-12", "ru")).toBe("Ключевые клиенты 2017-12");
  expect(sheetNameFor("2017-12", "en")).toBe("Key clients 2017-12");
  expect(sheetNameFor("2017-12", "ru")).toBe("Ключевые клиенты 2017-12");
  expect(sanitizeSheetName("a[b]c:d*e?f/g\\h")).toBe("a-b-c-d-e-f-g-h");
  expect(sanitizeSheetName("'quoted'")).toBe("quoted");
  expect(sanitizeSheetName("   ")).toBe("Report");
  expect(sanitizeSheetName("x".repeat(40))).toBe("x".repeat(31));
});

test("status marks", () => {
  expect(statusMark("new", null, "en")).toBe("new");
  expect(statusMark("new", null, "ru")).toBe("новый");
  expect(statusMark("kept", 3, "en")).toBe("▲3");
  expect(statusMark("kept", -2, "ru")).toBe("▼2");
  expect(statusMark("kept", 0, "en")).toBe("=");
});

test("rule and threshold texts", () => {
  expect(ruleText({ kind: "top", n: 20 }, "sales", "en")).toBe("Top 20 by average monthly sales");
  // Key clients are ranked by sales whatever the ABC basis; the basis is named after the rule.
  expect(ruleText({ kind: "top", n: 20 }, "profit", "ru")).toBe("Топ-20 по средним продажам в месяц · ABC по прибыли");
  expect(ruleText({ kind: "pareto", share: 0.8 }, "profit", "en")).toBe("Pareto: clients making 80% of sales · ABC by profit");
  expect(ruleText({ kind: "pareto", share: 0.8 }, "sales", "en")).toBe("Pareto: clients making 80% of sales");
  expect(ruleText({ kind: "pareto", share: 0.75 }, "sales", "ru")).toBe("Парето: клиенты, дающие 75% продаж");
  expect(thresholdsText(OPTIONS, "en")).toBe(
    "ABC: A up to 80%, B up to 95% · XYZ (variation): X ≤ 10%, Y ≤ 25% · falling: trend ≤ −10% a month",
  );
  expect(thresholdsText({ ...OPTIONS, xyz: { x: 0.1, y: 0.25, method: "frequency" } }, "ru")).toBe(
    "ABC: A до 80%, B до 95% · XYZ по частоте: X — отгрузки каждый месяц, Y — не реже чем в половине месяцев · " +
      "падение: тренд ≤ −10% в месяц",
  );
});

function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

test.each(LANGS)("%s: every label is non-empty and none but the '=' status mark starts like a formula", (lang) => {
  const all = strings(labels(lang));
  expect(all.length).toBe(84);
  for (const [path, text] of all) {
    expect(text.trim()).not.toBe("");
    if (path !== "values.statusSame") expect(`${path}: ${text}`).not.toMatch(/^[^:]+: [=+\-@]/);
  }
});

test("every language names the same things", () => {
  const keys = (lang: Lang) => strings(labels(lang)).map(([p]) => p);
  for (const lang of LANGS) expect(keys(lang)).toEqual(keys("en"));
});
