// What every browser test of the pane shares: the production build (freshBuild.ts) served from
// 127.0.0.1, Debian's Chromium, and a page whose office.js is the Excel double plus
// test/browser/office-stub.js. Every other request is blocked and recorded: the pane needs no network.

import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { CellValue } from "../../src/core/types";
import { freshBuild } from "./freshBuild";
import { serveDirectory, type StaticServer } from "./staticServer";
import { SHEET_NAME, superstoreSheet } from "./superstoreSheet";

const ROOT = path.resolve(__dirname, "../..");
/** Where tests put their screenshots (ignored by git); docs/images is written only by `npm run screenshots`. */
export const TEST_SCREENSHOTS = path.join(ROOT, "test", ".tmp", "screenshots");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
/** office.js as the page gets it: the Excel double, then the Office stub that sits on it. */
const OFFICE_STUB = ["test/doubles/excelDouble.js", "test/browser/office-stub.js"].map((f) => fs.readFileSync(path.join(ROOT, f), "utf8")).join("\n");
/** The pane's width in Excel; tall enough for the result card and the source card. */
export const VIEWPORT = { width: 350, height: 900 };
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];
/** Office's Black theme as Office.context.officeTheme reports it. */
export const OFFICE_BLACK = { isDarkTheme: true, themeId: "Black", bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" };

let server: StaticServer | undefined;
let browser: Browser | undefined;
let superstore: CellValue[][] = [];
/** Requests the page tried outside 127.0.0.1 and the office.js URL. */
export const blocked: string[] = [];

/** For beforeAll: the build, its server, Chromium and the Superstore cells. */
export async function startPaneBrowser(): Promise<void> {
  const build = freshBuild();
  superstore = await superstoreSheet();
  server = await serveDirectory(build);
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export async function stopPaneBrowser(): Promise<void> {
  await browser?.close();
  await server?.close();
}

/** The cells of sheet "Sales" in the default workbook. */
export const superstoreCells = (): CellValue[][] => superstore;

export interface PaneOptions {
  displayLanguage: string;
  sheets?: Record<string, CellValue[][]>;
  syncDelayMs?: number;
  /** Office.context.officeTheme; Office's White theme when absent. */
  officeTheme?: object;
  viewport?: { width: number; height: number };
  /** Wait for the source card (the default); false for a workbook whose source cannot be read. */
  waitForSource?: boolean;
}

/** A fresh page on a workbook holding `sheets` (default: Sales = Superstore). */
export async function openPane(options: PaneOptions): Promise<{ page: Page; context: BrowserContext }> {
  if (!browser || !server) throw new Error("startPaneBrowser() first");
  const origin = server.origin;
  const context = await browser.newContext({ viewport: options.viewport ?? VIEWPORT, deviceScaleFactor: 2 });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) return route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB });
    if (url.startsWith(`${origin}/`)) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  const workbook = { sheets: options.sheets ?? { [SHEET_NAME]: superstore }, active: SHEET_NAME };
  await context.addInitScript((config) => Object.assign(window, { __keyclientTest: config }), {
    displayLanguage: options.displayLanguage,
    workbook,
    syncDelayMs: options.syncDelayMs ?? 0,
    officeTheme: options.officeTheme,
  });
  // What the pane announces to screen readers: Fluent's announcer uses document.ariaNotify.
  await context.addInitScript(() => {
    const announced: string[] = [];
    Object.assign(window, { __announced: announced });
    Object.defineProperty(Document.prototype, "ariaNotify", { configurable: true, value: (message: string) => announced.push(message) });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${origin}/taskpane.html`);
  if (options.waitForSource !== false) await page.getByTestId("source-facts").waitFor();
  else await page.locator("main h2").first().waitFor();
  expect(errors).toEqual([]);
  return { page, context };
}

/** Evaluates `read` (a function's source) on the page's Excel double. */
export const double = <T>(page: Page, read: string): Promise<T> => page.evaluate(`(${read})(window.__excelDouble)`) as Promise<T>;

/** What the page announced to screen readers so far. */
export const announced = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);

/** A screenshot for people reading a failure, under test/.tmp/screenshots. */
export async function testScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(TEST_SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(TEST_SCREENSHOTS, `${name}.png`) });
}

/** A view as tall as the whole pane (title, the form unscrolled, the Build bar), for a picture of it all. */
export async function showWholePane(page: Page, width: number): Promise<void> {
  const height = await page.evaluate(() => {
    const main = document.querySelector("main")!;
    return Math.ceil(document.documentElement.clientHeight - main.clientHeight + main.scrollHeight);
  });
  await page.setViewportSize({ width, height });
}

/** axe-core's violations on the page as it is now (WCAG 2.x A and AA and best practices), as "rule: targets". */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${n.failureSummary ?? ""})`));
}
