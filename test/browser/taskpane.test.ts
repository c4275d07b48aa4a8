// The task pane in a real browser: the production build (dist/, see freshBuild.ts) in Debian's Chromium, with office.js
// replaced by test/browser/office-stub.js over the Excel double holding 300 Superstore rows. Every
// other request is blocked and must never be attempted: the pane works without the network.
// Screenshots go to test/.tmp/screenshots; docs/images is made by `npm run screenshots`.

import type { Page } from "playwright-core";
import { ingestCells } from "../../src/core/ingest";
import { sheetNameFor } from "../../src/core/labels";
import { localToday } from "../../src/core/options";
import { buildReport } from "../../src/core/report";
import type { Lang, ReportModel } from "../../src/core/types";
import { formatCount, formatPercent } from "../../src/taskpane/i18n";
import type { DoubleCell } from "../doubles/excelDouble";
import { blocked, double, openPane, showWholePane, startPaneBrowser, stopPaneBrowser, superstoreCells, testScreenshot, VIEWPORT } from "./pane";
import { BLANK_CLIENT_ROW, SHEET_NAME } from "./superstoreSheet";

let cells: ReturnType<typeof superstoreCells>;

beforeAll(async () => {
  await startPaneBrowser();
  cells = superstoreCells();
}, 180_000);

afterAll(stopPaneBrowser);

/** The report the engine makes of the same cells with the pane's defaults. */
function expectedReport(lang: Lang): ReportModel {
  return buildReport(ingestCells(cells), { lang, today: localToday(), source: `${SHEET_NAME}!A1:U302` });
}

interface RibbonPage {
  __officeActions: { buildMonthlyReport(event: { completed(): void }): Promise<void> };
}

/** Clicks the ribbon button as Excel would, resolving when the command calls completed(). */
const clickRibbon = (page: Page) => page.evaluate(() => new Promise<void>((done) => (window as unknown as RibbonPage).__officeActions.buildMonthlyReport({ completed: done })));

describe("task pane in Chromium", () => {
  test("renders the source and the columns found", async () => {
    const { page, context } = await openPane({ displayLanguage: "en-US" });
    const facts = page.getByTestId("source-facts");
    await expect(facts.innerText()).resolves.toBe(["Sheet", "Sales", "Range", "A1:U302 · whole sheet", "Data rows", "301 · header in row 1"].join("\n"));
    const shown = async (field: string) => page.locator(`input[data-field="${field}"]`).inputValue();
    await expect(Promise.all(["client", "date", "amount", "product", "profit", "quantity", "manager"].map(shown))).resolves.toEqual([
      "Customer Name", "Ship Date", "Sales", "Product Name", "Profit", "Quantity", "(none)",
    ]);
    await expect(page.getByRole("button", { name: "Build report" }).isEnabled()).resolves.toBe(true);
    // The whole form in one picture: a viewport as tall as the page keeps the Build bar at the bottom.
    await showWholePane(page, VIEWPORT.width);
    await testScreenshot(page, "taskpane-setup");
    await page.setViewportSize(VIEWPORT);

    // The user selects the first 100 orders and takes the selection.
    await double(page, '(d) => d.select("A1:U101")');
    await page.getByRole("button", { name: "Use selection" }).click();
    await expect(facts.innerText()).resolves.toContain("A1:U101 · selection\nData rows\n100 · header in row 1");
    await context.close();
  });

  test("Build: progress, then the figures the engine gives; a new sheet, the source untouched", async () => {
    const en = expectedReport("en");
    const { page, context } = await openPane({ displayLanguage: "en-US", syncDelayMs: 40 });
    await page.getByRole("button", { name: "Build report" }).click();
    const progress = page.getByTestId("progress");
    await progress.waitFor();
    await expect(progress.getByRole("button", { name: "Cancel" }).isVisible()).resolves.toBe(true);
    await page.getByTestId("key-count").waitFor({ timeout: 60_000 });

    const sheetName = sheetNameFor(en.reportMonth, "en");
    expect(sheetName).toBe(`Key clients ${en.reportMonth}`);
    await expect(page.getByTestId("report-sheet").innerText()).resolves.toBe(sheetName);
    await expect(page.getByTestId("key-count").innerText()).resolves.toBe(`${formatCount(en.summary.keyCount, "en")}\nKey clients`);
    await expect(page.getByTestId("key-share").innerText()).resolves.toBe(`${formatPercent(en.summary.keyShare, "en")}\nTheir share of sales`);
    const fact = (id: string) => page.locator(`[data-fact-value="${id}"]`).innerText();
    await expect(Promise.all(["active", "read", "used", "skipped"].map(fact))).resolves.toEqual(
      [en.summary.activeClients, 301, 299, 2].map((n) => formatCount(n, "en")),
    );
    await expect(page.getByText(`Blank client: 1 (row ${BLANK_CLIENT_ROW})`).isVisible()).resolves.toBe(true);
    await expect(page.getByText("Totals row: 1 (row 302)").isVisible()).resolves.toBe(true);
    await testScreenshot(page, "taskpane");

    // The workbook: the report sheet, whose main table lists the clients in the engine's order, and the key-client
    // register (SPEC §13); nothing written to Sales.
    await expect(double(page, "(d) => d.sheetNames()")).resolves.toEqual([SHEET_NAME, sheetName, "Key-client register"]);
    const log = await double<{ op: string; sheet?: string }[]>(page, "(d) => d.log");
    expect(log.filter((entry) => entry.sheet === SHEET_NAME)).toEqual([]);
    await expect(double(page, `(d) => d.sheet(${JSON.stringify(SHEET_NAME)}).values("A1:U302")`)).resolves.toEqual(cells as DoubleCell[][]);
    const report = await double<DoubleCell[][]>(page, `(d) => d.sheet(${JSON.stringify(sheetName)}).values(d.sheet(${JSON.stringify(sheetName)}).usedAddress())`);
    // The main table's header: the Early warning list above it starts with Rank and Client too.
    const header = report.findIndex((row) => row[0] === "Rank" && row[1] === "Client" && row.includes("ABC-XYZ"));
    expect(header).toBeGreaterThan(0);
    const listed = report.slice(header + 1, header + 1 + en.clients.length).map((row) => row[1]);
    expect(listed).toEqual(en.clients.map((c) => c.name));

    // Settings saved in the workbook for the next time and the ribbon button.
    const saved = await double<string>(page, '(d) => d.setting("keyclient.settings")');
    expect(JSON.parse(saved)).toEqual({
      columns: {},
      dateOrder: "auto",
      options: { months: 3, rule: { kind: "top", n: 20 }, basis: "sales", lang: "en" },
      sourceAddress: `${SHEET_NAME}!A1:U302`,
    });

    await page.getByRole("button", { name: "Go to the report sheet" }).click();
    await page.waitForFunction((name) => (window as unknown as { __excelDouble: { activeSheetName(): string } }).__excelDouble.activeSheetName() === name, sheetName);
    await context.close();
  });

  test("a month chosen in the month picker builds that month's report", async () => {
    const [year, month] = expectedReport("en").reportMonth.split("-").map(Number);
    const earlier = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
    const { page, context } = await openPane({ displayLanguage: "en-US" });
    const picker = page.getByLabel("Report month");
    await expect(picker.getAttribute("type")).resolves.toBe("month");
    await picker.fill(earlier);
    await page.getByRole("button", { name: "Build report" }).click();
    await page.getByTestId("key-count").waitFor({ timeout: 60_000 });
    await expect(page.getByTestId("report-sheet").innerText()).resolves.toBe(`Key clients ${earlier}`);
    await context.close();
  });

  test("Cancel stops the run and leaves the workbook as it was", async () => {
    const { page, context } = await openPane({ displayLanguage: "en-US", syncDelayMs: 400 });
    await page.getByRole("button", { name: "Build report" }).click();
    const progress = page.getByTestId("progress");
    // Progress counts data rows, like the source card's "Data rows 301" (not the header row).
    await progress.getByText(/^Reading \d+ of 301 rows…$/).waitFor();
    await testScreenshot(page, "taskpane-progress");
    await progress.getByRole("button", { name: "Cancel" }).click();
    await page.getByTestId("cancelled").getByText("The workbook was not changed.").waitFor();
    await expect(double(page, "(d) => d.sheetNames()")).resolves.toEqual([SHEET_NAME]);
    await expect(double(page, '(d) => d.setting("keyclient.settings")')).resolves.toBeUndefined();
    await expect(page.getByRole("button", { name: "Build report" }).isEnabled()).resolves.toBe(true);
    await context.close();
  });

  test("no amount column: client and date mapped, the amount asked for at its field; Build disabled until it is chosen", async () => {
    const sheet = [["Customer", "Date", "Net"], ["Alpha", 43070, 100], ["Beta", 43080, 250], ["Alpha", 43101, 50]];
    const { page, context } = await openPane({ displayLanguage: "en-US", sheets: { [SHEET_NAME]: sheet } });
    const build = page.getByRole("button", { name: "Build report" });
    await expect(page.getByTestId("source-facts").innerText()).resolves.toContain("3 · header in row 1");
    const shown = async (field: string) => page.locator(`input[data-field="${field}"]`).inputValue();
    await expect(Promise.all(["client", "date", "amount"].map(shown))).resolves.toEqual(["Customer", "Date", ""]);
    await expect(page.getByText("No amount column found: choose it.").isVisible()).resolves.toBe(true);
    await expect(build.isEnabled()).resolves.toBe(false);
    const reasons = page.getByTestId("build-reasons");
    await expect(reasons.innerText()).resolves.toBe("Choose the column for Amount.");
    await page.locator('input[data-field="amount"]').click();
    await page.getByRole("option", { name: "Net", exact: true }).click();
    await expect(reasons.innerText()).resolves.toBe("");
    await build.click();
    await page.getByTestId("key-count").waitFor({ timeout: 60_000 });
    // Two clients, both key (top 20), all sales: the window Nov 2017 – Jan 2018 of the default month.
    await expect(page.getByTestId("key-count").innerText()).resolves.toBe("2\nKey clients");
    await expect(page.getByTestId("key-share").innerText()).resolves.toBe("100%\nTheir share of sales");
    await context.close();
  });

  test("Russian Excel: Russian pane and a Russian report", async () => {
    const ru = expectedReport("ru");
    const { page, context } = await openPane({ displayLanguage: "ru-RU" });
    for (const heading of ["Исходные данные", "Столбцы", "Параметры"]) await expect(page.getByRole("heading", { name: heading }).isVisible()).resolves.toBe(true);
    await expect(page.locator("label").filter({ hasText: /^Клиент/ }).first().isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "Построить отчёт" }).click();
    await page.getByTestId("key-count").waitFor({ timeout: 60_000 });
    const sheetName = sheetNameFor(ru.reportMonth, "ru");
    expect(sheetName).toBe(`Ключевые клиенты ${ru.reportMonth}`);
    await expect(page.getByTestId("report-sheet").innerText()).resolves.toBe(sheetName);
    await expect(page.getByTestId("key-share").innerText()).resolves.toBe(`${formatPercent(ru.summary.keyShare, "ru")}\nИх доля продаж`);
    await expect(page.getByRole("button", { name: "Перейти к листу отчёта" }).isVisible()).resolves.toBe(true);
    await expect(double(page, "(d) => d.sheetNames()")).resolves.toEqual([SHEET_NAME, sheetName, "Реестр ключевых клиентов"]);
    await testScreenshot(page, "taskpane-ru");
    await context.close();
  });

  test("the ribbon button: first the setup, then the report with the saved settings, shown in the pane", async () => {
    const { page, context } = await openPane({ displayLanguage: "en-US", syncDelayMs: 60 });
    const ribbon = () => clickRibbon(page);
    await ribbon();
    await page.getByText("Check the columns and options once, then click Build report. The ribbon button will reuse them.").waitFor();

    await page.getByRole("button", { name: "Build report" }).click();
    await page.getByTestId("key-count").waitFor({ timeout: 60_000 });
    const sheetName = await page.getByTestId("report-sheet").innerText();
    const clicked = ribbon();
    const progress = page.getByTestId("progress");
    await progress.waitFor();
    await expect(progress.getByRole("button", { name: "Cancel" }).count()).resolves.toBe(0); // the ribbon's run is not the pane's to cancel
    await clicked;
    await page.getByTestId("key-count").waitFor();
    // The same month again: the add-in's own sheet is replaced (the register kept, not doubled), and the button shows it.
    await expect(double(page, "(d) => d.sheetNames()")).resolves.toEqual([SHEET_NAME, sheetName, "Key-client register"]);
    await expect(double(page, "(d) => d.activeSheetName()")).resolves.toBe(sheetName);
    await context.close();
  });

  test("no request left the machine", () => {
    expect(blocked).toEqual([]);
  });
});
