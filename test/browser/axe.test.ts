// axe-core (WCAG 2.0–2.2 A and AA, and best practices) on every state of the pane, light and dark:
// zero violations.

import type { Page } from "playwright-core";
import { axeViolations, double, OFFICE_BLACK, openPane, startPaneBrowser, stopPaneBrowser, testScreenshot, type PaneOptions } from "./pane";
import { SHEET_NAME } from "./superstoreSheet";

beforeAll(startPaneBrowser, 180_000);
afterAll(stopPaneBrowser);

/** No header names anything: no column is mapped. */
const NO_COLUMNS = [["Firma", "Tag", "Wert"], ["Alpha", 43070, 100], ["Beta", 43080, 250]];

interface State {
  name: string;
  pane?: Partial<PaneOptions>;
  /** Brings the pane into the state; the checks run when it resolves. */
  reach(page: Page): Promise<void>;
}

const build = (page: Page) => page.locator("footer button").first().click();

const STATES: State[] = [
  { name: "first open", reach: async () => {} },
  { name: "no columns", pane: { sheets: { [SHEET_NAME]: NO_COLUMNS } }, reach: async () => {} },
  {
    name: "mapping (a column list open)",
    reach: async (page) => {
      await page.locator('input[data-field="client"]').click();
      await page.getByRole("listbox").waitFor();
    },
  },
  {
    name: "options (share of sales)",
    reach: async (page) => {
      await page.getByLabel("The largest that make a share of sales").check();
    },
  },
  {
    name: "invalid options",
    reach: async (page) => {
      await page.getByLabel("Months to average").fill("30");
      await page.keyboard.press("Tab");
      await page.getByText("Months to average must be a whole number from 1 to 24.").first().waitFor();
    },
  },
  {
    name: "progress",
    pane: { syncDelayMs: 3000 },
    reach: async (page) => {
      await build(page);
      await page.getByTestId("progress").getByText(/^Reading/).waitFor();
    },
  },
  {
    name: "result",
    reach: async (page) => {
      await build(page);
      await page.getByTestId("key-count").waitFor({ timeout: 60_000 });
    },
  },
  {
    name: "cancelled",
    pane: { syncDelayMs: 400 },
    reach: async (page) => {
      await build(page);
      await page.getByTestId("progress").getByText(/^Reading/).waitFor();
      await page.getByRole("button", { name: "Cancel" }).click();
      await page.getByTestId("cancelled").waitFor();
    },
  },
  {
    name: "error: month without data",
    reach: async (page) => {
      await page.getByLabel("Report month").fill("2015-03");
      await build(page);
      await page.getByTestId("error-bar").waitFor({ timeout: 60_000 });
    },
  },
  {
    name: "error: two areas selected",
    reach: async (page) => {
      await double(page, '(d) => d.select(["A1:B3", "D5:E9"])');
      await page.getByRole("button", { name: "Use selection" }).click();
      await page.getByTestId("error-bar").waitFor();
    },
  },
  { name: "error: empty sheet", pane: { sheets: { [SHEET_NAME]: [] }, waitForSource: false }, reach: (page) => page.getByTestId("error-bar").waitFor() },
  {
    name: "ribbon setup needed",
    reach: async (page) => {
      await page.evaluate(() => new Promise<void>((done) => (window as unknown as { __officeActions: { buildMonthlyReport(e: { completed(): void }): void } }).__officeActions.buildMonthlyReport({ completed: done })));
      await page.getByText("Set up the report once").waitFor();
    },
  },
];

describe.each([
  ["light", undefined],
  ["dark", OFFICE_BLACK],
])("axe, %s theme", (theme, officeTheme) => {
  test.each(STATES)("$name: no violations", async ({ name, pane, reach }) => {
    const { page, context } = await openPane({ displayLanguage: "en-US", officeTheme, ...pane });
    await reach(page);
    const violations = await axeViolations(page);
    if (violations.length > 0) await testScreenshot(page, `axe-${theme}-${name.replace(/\W+/g, "-")}`);
    expect(violations).toEqual([]);
    await context.close();
  });
});
