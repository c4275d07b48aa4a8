// The pane with the keyboard alone, at 320 × 720: Tab reaches every control and the focused one is
// never under the sticky Build bar (WCAG 2.4.11: its box is checked against the footer's); each
// control is used with Enter, Space or the arrows; after Build the focus is on the result.

import type { Page } from "playwright-core";
import { double, openPane, startPaneBrowser, stopPaneBrowser } from "./pane";

const SMALL = { width: 320, height: 720 };

beforeAll(startPaneBrowser, 180_000);
afterAll(stopPaneBrowser);

interface Focus {
  /** The control's accessible label, or its text. */
  name: string;
  /** How far the focused box reaches under the footer (px; ≤ 0 when not obscured), and above the form's top edge. */
  underFooter: number;
  aboveView: number;
}

/** The focused element, named as a user hears it, with its box against the footer's. */
const focusNow = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    const name = (el.getAttribute("aria-label") ?? labelled ?? el.innerText ?? "").replace(/\s*\*$/, "").trim();
    const box = el.getBoundingClientRect();
    const footer = document.querySelector("footer")!;
    const inFooter = footer.contains(el);
    // The form scrolls between the title and the bar: a control above the form's top edge is hidden too.
    const formTop = document.querySelector("main")!.getBoundingClientRect().top;
    return { name, underFooter: inFooter ? 0 : box.bottom - footer.getBoundingClientRect().top, aboveView: inFooter ? 0 : formTop - box.top };
  });

test("Tab reaches every control, none hidden under the Build bar; each is used from the keyboard; Build puts the focus on the result", async () => {
  const { page, context } = await openPane({ displayLanguage: "en-US", viewport: SMALL });
  const reached: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const focus = await focusNow(page);
    expect([focus.name, focus.underFooter <= 0, focus.aboveView <= 0]).toEqual([focus.name, true, true]);
    if (reached[reached.length - 1] !== focus.name) reached.push(focus.name);
    if (focus.name === "Build report") break;
  }
  expect(reached).toEqual([
    "Use selection",
    "Client", "Date", "Amount", "Product", "Profit", "Quantity", "Manager",
    "Report month",
    "A set number of the largest",
    "Number of key clients",
    "Months to average",
    "Sales",
    "Dates like 03/04/2017",
    "Language",
    "Report language",
    "Build report",
  ]);

  // Shift+Tab back up: still never under the bar.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Shift+Tab");
    const focus = await focusNow(page);
    expect([focus.name, focus.underFooter <= 0]).toEqual([focus.name, true]);
  }

  // A column picker: Alt+ArrowDown opens it, typing filters, Enter chooses.
  const manager = page.locator('input[data-field="manager"]');
  await manager.focus();
  await page.keyboard.press("Alt+ArrowDown");
  await page.keyboard.type("regi");
  await page.keyboard.press("Enter");
  await expect(manager.inputValue()).resolves.toBe("Region");

  // Radio groups: the arrows move the choice.
  await page.getByLabel("A set number of the largest").focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("The largest that make a share of sales").isChecked()).resolves.toBe(true);
  await expect(page.getByLabel("Their share of sales, %").isVisible()).resolves.toBe(true);
  await page.keyboard.press("ArrowUp");
  await expect(page.getByLabel("A set number of the largest").isChecked()).resolves.toBe(true);
  await page.getByRole("radio", { name: "Sales", exact: true }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Profit", exact: true }).isChecked()).resolves.toBe(true);
  await page.keyboard.press("ArrowLeft");

  // Spin boxes: the arrows step.
  await page.getByLabel("Number of key clients").focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(page.getByLabel("Number of key clients").inputValue()).resolves.toBe("22");
  await page.keyboard.press("ArrowDown");
  await page.getByLabel("Months to average").focus();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByLabel("Months to average").inputValue()).resolves.toBe("4");
  await page.keyboard.press("ArrowDown");

  // Selects: the arrows change the choice.
  await page.getByLabel("Dates like 03/04/2017").focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Dates like 03/04/2017").inputValue()).resolves.toBe("dmy");
  await page.keyboard.press("ArrowUp");
  await expect(page.getByLabel("Dates like 03/04/2017").inputValue()).resolves.toBe("auto");

  // The month: typed segment by segment.
  await page.getByLabel("Report month").focus();
  await page.keyboard.press("ArrowLeft"); // to the month's part, wherever the box's focus was left
  await page.keyboard.type("9");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("2017");
  await expect(page.getByLabel("Report month").inputValue()).resolves.toBe("2017-09");

  // Use selection with Space, Build with Enter: the focus lands on the result's title, in view.
  await double(page, '(d) => d.select("A1:U101")');
  await page.getByRole("button", { name: "Use selection" }).focus();
  await page.keyboard.press("Space");
  await page.getByTestId("source-facts").getByText("A1:U101 · selection").waitFor();
  await page.getByRole("button", { name: "Build report" }).focus();
  await page.keyboard.press("Enter");
  await page.getByTestId("key-count").waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.activeElement?.tagName === "H2");
  await expect(focusNow(page)).resolves.toMatchObject({ name: "The report is ready" });
  const sheet = await page.getByTestId("report-sheet").innerText();
  expect(sheet).toBe("Key clients 2017-09");

  // From the result, Tab reaches Go to the report sheet; Space opens the sheet.
  for (let i = 0; i < 5 && (await focusNow(page)).name !== "Go to the report sheet"; i++) await page.keyboard.press("Tab");
  await expect(focusNow(page)).resolves.toMatchObject({ name: "Go to the report sheet", underFooter: expect.any(Number) });
  expect((await focusNow(page)).underFooter).toBeLessThanOrEqual(0);
  await page.keyboard.press("Space");
  await page.waitForFunction((name) => (window as unknown as { __excelDouble: { activeSheetName(): string } }).__excelDouble.activeSheetName() === name, sheet);
  await context.close();
});
