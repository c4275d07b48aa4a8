// Half-typed and impossible options are marked on their own field, with the reason, and Build is
// disabled; errors keep their facts in Russian, under titles that fit the case.

import type { Page } from "playwright-core";
import { double, openPane, startPaneBrowser, stopPaneBrowser } from "./pane";
import { SHEET_NAME } from "./superstoreSheet";

beforeAll(startPaneBrowser, 180_000);
afterAll(stopPaneBrowser);

/** The Fluent field around the control labelled `label`: its control's aria-invalid and its message. */
const fieldState = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((control) => ({
    invalid: control.getAttribute("aria-invalid"),
    message: control.closest(".fui-Field")?.querySelector(".fui-Field__validationMessage")?.textContent ?? null,
  }));

describe("inline validation", () => {
  test("a month typed without its year: the field says so and Build waits, instead of building the default month", async () => {
    const { page, context } = await openPane({ displayLanguage: "en-US" });
    const build = page.getByRole("button", { name: "Build report" });
    await page.getByLabel("Report month").focus();
    await page.keyboard.type("3");
    await page.keyboard.press("Tab");
    await expect(fieldState(page, "Report month")).resolves.toEqual({ invalid: "true", message: "Complete the report month with its year (e.g. 2017-12), or clear it." });
    await expect(build.isEnabled()).resolves.toBe(false);
    // The year typed: the field is valid again and Build builds that month.
    await page.getByLabel("Report month").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.type("2017");
    await page.keyboard.press("Tab");
    await expect(fieldState(page, "Report month")).resolves.toEqual({ invalid: null, message: null });
    await expect(page.getByLabel("Report month").inputValue()).resolves.toBe("2017-03");
    await expect(build.isEnabled()).resolves.toBe(true);
    await context.close();
  });

  test("30 months and a 0% share are marked on their fields, with the reason", async () => {
    const { page, context } = await openPane({ displayLanguage: "en-US" });
    const build = page.getByRole("button", { name: "Build report" });
    await page.getByLabel("Months to average").fill("30");
    await page.keyboard.press("Tab");
    await expect(fieldState(page, "Months to average")).resolves.toEqual({ invalid: "true", message: "Months to average must be a whole number from 1 to 24." });
    await expect(build.isEnabled()).resolves.toBe(false);
    await page.getByLabel("Months to average").fill("3");
    await page.keyboard.press("Tab");
    await expect(fieldState(page, "Months to average")).resolves.toMatchObject({ message: null });
    await page.getByLabel("The largest that make a share of sales").check();
    await page.getByLabel("Their share of sales, %").fill("0");
    await page.keyboard.press("Tab");
    await expect(fieldState(page, "Their share of sales, %")).resolves.toEqual({ invalid: "true", message: "The share of sales must be above 0% and at most 100%." });
    await expect(build.isEnabled()).resolves.toBe(false);
    await context.close();
  });
});

describe("errors in Russian keep their facts", () => {
  test("a month without data names the data's months", async () => {
    const { page, context } = await openPane({ displayLanguage: "ru-RU" });
    await page.getByLabel("Отчётный месяц").fill("2015-03");
    await page.getByRole("button", { name: "Построить отчёт" }).click();
    const bar = page.getByTestId("error-bar");
    await bar.waitFor({ timeout: 60_000 });
    await expect(bar.innerText()).resolves.toBe("Нет данных за этот месяц\nЗа мар 2015 отгрузок нет: данные охватывают июл 2017 – янв 2018. Выберите отчётный месяц из этого периода.");
    await context.close();
  });

  test("two selected areas: titled as such; an empty sheet: the sheet is empty", async () => {
    const { page, context } = await openPane({ displayLanguage: "ru-RU" });
    await double(page, '(d) => d.select(["A1:B3", "D5:E9"])');
    await page.getByRole("button", { name: "Взять выделенное" }).click();
    const bar = page.getByTestId("error-bar");
    await bar.waitFor();
    await expect(bar.innerText()).resolves.toBe(
      "Выделите один блок ячеек\nВыделено несколько отдельных областей (2). Выделите один блок ячеек или щёлкните ячейку в таблице и нажмите «Взять выделенное».",
    );
    await context.close();

    const empty = await openPane({ displayLanguage: "ru-RU", sheets: { [SHEET_NAME]: [] }, waitForSource: false });
    const emptyBar = empty.page.getByTestId("error-bar");
    await emptyBar.waitFor();
    await expect(emptyBar.innerText()).resolves.toBe(
      `Лист пуст\nЛист «${SHEET_NAME}» пуст. Откройте лист с таблицей отгрузок, щёлкните ячейку в ней и нажмите «Взять выделенное».`,
    );
    await empty.context.close();
  });
});
