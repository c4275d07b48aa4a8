// The column pickers on a wide export (1C and SAP exports have 20–60 columns, with long names), at
// 320 px: the list stays inside the pane with every name whole, typing filters it, and a column
// taken from another field is said at that field.

import type { CellValue } from "../../src/core/types";
import { openPane, startPaneBrowser, stopPaneBrowser, testScreenshot } from "./pane";
import { SHEET_NAME } from "./superstoreSheet";

const SMALL = { width: 320, height: 720 };
const EXTRA = Array.from({ length: 36 }, (_, i) => `Дополнительный реквизит документа ${i + 1}`);
const LONG = "Характеристика номенклатуры, серия, партия и склад отгрузки по документу реализации";
const HEADERS = ["Номер строки", "Дата отгрузки", "Контрагент", "Номенклатура", "Сумма", "Количество", LONG, ...EXTRA];
const ROWS: CellValue[][] = [HEADERS, ...Array.from({ length: 6 }, (_, i) => HEADERS.map((_, c) => (c === 0 ? i + 1 : c === 1 ? 43070 + i * 20 : c === 2 ? `Клиент ${i % 3}` : c === 4 ? 100 * (i + 1) : c === 5 ? 1 : "x")))];

beforeAll(startPaneBrowser, 180_000);
afterAll(stopPaneBrowser);

test("43 columns at 320 px: the list inside the pane, names whole; typing filters; the keyboard chooses", async () => {
  const { page, context } = await openPane({ displayLanguage: "ru-RU", viewport: SMALL, sheets: { [SHEET_NAME]: ROWS } });
  const client = page.locator('input[data-field="client"]');
  await expect(client.inputValue()).resolves.toBe("Контрагент");
  await client.click();
  const listbox = page.getByRole("listbox");
  await listbox.waitFor();
  await expect(listbox.getByRole("option").count()).resolves.toBe(HEADERS.length);
  const box = (await listbox.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(SMALL.width);
  // No option's text is cut: each fits its box, which lies inside the pane.
  const cut = await listbox.getByRole("option").evaluateAll((options) =>
    options.filter((o) => o.scrollWidth > o.clientWidth || o.getBoundingClientRect().left < 0 || o.getBoundingClientRect().right > window.innerWidth).map((o) => o.textContent),
  );
  expect(cut).toEqual([]);
  const long = (await page.getByRole("option", { name: LONG }).boundingBox())!;
  expect(long.height).toBeGreaterThan(40); // wrapped onto two lines or more, not cut
  await testScreenshot(page, "columns-list-320");

  /** The options listed once the list has settled on `count` entries. */
  const options = async (count: number) => {
    await page.waitForFunction((n) => document.querySelectorAll("[role=listbox] [role=option]").length === n, count, { timeout: 5000 });
    return listbox.getByRole("option").allInnerTexts();
  };
  await client.fill("реквизит документа 3");
  await expect(options(8)).resolves.toEqual(["Дополнительный реквизит документа 3", ...[30, 31, 32, 33, 34, 35, 36].map((n) => `Дополнительный реквизит документа ${n}`)]);
  await client.fill("нет такого");
  await expect(options(1)).resolves.toEqual(["Нет подходящих столбцов"]);
  await client.fill("номенкл");
  await expect(options(2)).resolves.toEqual(["Номенклатура", LONG]);
  // Typing makes the first match the active one; the arrows move between matches; Enter chooses.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(client.inputValue()).resolves.toBe("Номенклатура");
  // The column was the product's: the product field says where it went, the client field too (a required field).
  await expect(page.getByText("«Номенклатура» теперь выбран как «Клиент».").isVisible()).resolves.toBe(true);
  await expect(page.getByText("«Контрагент» теперь выбран как «Клиент».").count()).resolves.toBe(0);
  await context.close();
});

test("a column chosen for another field: the field that loses it says so", async () => {
  const { page, context } = await openPane({ displayLanguage: "en-US" });
  const manager = page.locator('input[data-field="manager"]');
  await manager.click();
  await manager.fill("customer name");
  await page.getByRole("option", { name: "Customer Name", exact: true }).click();
  await expect(page.getByText("“Customer Name” is now used for Manager. Choose another column.").isVisible()).resolves.toBe(true);
  await expect(page.getByTestId("build-reasons").innerText()).resolves.toBe("Choose the column for Client.");
  await context.close();
});
