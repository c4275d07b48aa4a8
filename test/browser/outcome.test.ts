// The pane at 320 × 720, as a sales manager meets it: the form is taller than the view, so Build is
// clicked scrolled down; the outcome (result, error, cancelled) must come into view, take the focus
// and be announced. Also the Office theme, and the details axe and Fluent's guidance ask for.

import type { Page } from "playwright-core";
import { announced, OFFICE_BLACK, openPane, startPaneBrowser, stopPaneBrowser, testScreenshot } from "./pane";

const SMALL = { width: 320, height: 720 };

beforeAll(startPaneBrowser, 180_000);
afterAll(stopPaneBrowser);

/** The focused element's text and whether its box lies wholly inside the form's visible part. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    const form = document.querySelector("main")!.getBoundingClientRect();
    return { text: el.innerText, inView: box.top >= form.top && box.bottom <= form.bottom };
  });

/** The form scrolled to its end, where the user is when clicking Build. */
const scrollToBottom = (page: Page) => page.evaluate(() => document.querySelector("main")!.scrollTo(0, document.querySelector("main")!.scrollHeight));

describe("the outcome of a run, clicked at the bottom of a 320 × 720 pane", () => {
  test("the result comes into view, its title has the focus, and it is announced", async () => {
    const { page, context } = await openPane({ displayLanguage: "en-US", viewport: SMALL });
    await expect(page.evaluate(() => document.querySelector("main")!.scrollHeight)).resolves.toBeGreaterThan(SMALL.height * 1.3);
    await scrollToBottom(page);
    await page.getByRole("button", { name: "Build report" }).click();
    await page.getByTestId("key-count").waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => document.activeElement?.tagName === "H2");
    await expect(focused(page)).resolves.toEqual({ text: "The report is ready", inView: true });
    const sheet = await page.getByTestId("report-sheet").innerText();
    const count = await page.getByTestId("key-count").locator("span").first().innerText();
    const share = await page.getByTestId("key-share").locator("span").first().innerText();
    await expect(announced(page)).resolves.toContain(`The report is ready on sheet ${sheet}: ${count} key clients, ${share} of sales.`);
    await testScreenshot(page, "outcome-result-320");
    await context.close();
  });

  test("an error comes into view with the focus on its title, and is announced", async () => {
    const { page, context } = await openPane({ displayLanguage: "en-US", viewport: SMALL });
    await page.getByLabel("Report month").fill("2015-03");
    await scrollToBottom(page);
    await page.getByRole("button", { name: "Build report" }).click();
    await page.getByTestId("error-bar").waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => document.activeElement?.closest("[data-testid=error-bar]") !== null);
    await expect(focused(page)).resolves.toEqual({ text: "No data for that month", inView: true });
    const said = (await announced(page)).join(" ");
    expect(said).toContain("No data for that month");
    await context.close();
  });

  test("Cancel: the notice comes into view with the focus", async () => {
    const { page, context } = await openPane({ displayLanguage: "en-US", viewport: SMALL, syncDelayMs: 400 });
    await scrollToBottom(page);
    await page.getByRole("button", { name: "Build report" }).click();
    await page.getByTestId("progress").getByText(/^Reading \d+ of 301 rows…$/).waitFor();
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByTestId("cancelled").waitFor();
    await page.waitForFunction(() => document.activeElement?.closest("[data-testid=cancelled]") !== null);
    await expect(focused(page)).resolves.toEqual({ text: "Report cancelled", inView: true });
    await context.close();
  });
});

describe("the Office theme", () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor);

  test("dark Office: Fluent's dark theme; a change of the Office theme is followed", async () => {
    const { page, context } = await openPane({ displayLanguage: "en-US", officeTheme: OFFICE_BLACK });
    // webDarkTheme's colorNeutralBackground2 is #1f1f1f; webLightTheme's #fafafa.
    await expect(background(page)).resolves.toBe("rgb(31, 31, 31)");
    await page.evaluate(() => (window as unknown as { __setOfficeTheme(t: object): void }).__setOfficeTheme({ isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" }));
    await expect(background(page)).resolves.toBe("rgb(250, 250, 250)");
    await context.close();
  });

  test("light Office: the light theme", async () => {
    const { page, context } = await openPane({ displayLanguage: "en-US" });
    await expect(background(page)).resolves.toBe("rgb(250, 250, 250)");
    await context.close();
  });
});

describe("Fluent and accessibility details", () => {
  test("the progress bar has a name; every message bar's title exists", async () => {
    const { page, context } = await openPane({ displayLanguage: "en-US", syncDelayMs: 400 });
    await page.getByRole("button", { name: "Build report" }).click();
    await page.getByTestId("progress").getByText(/^Reading/).waitFor();
    await expect(page.getByRole("progressbar").getAttribute("aria-label")).resolves.toBe("Report progress");
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByTestId("cancelled").waitFor();
    const labelled = await page.evaluate(() =>
      [...document.querySelectorAll("[aria-labelledby]")].map((el) => el.getAttribute("aria-labelledby")!.split(" ").every((id) => document.getElementById(id) !== null)),
    );
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.every(Boolean)).toBe(true);
    await context.close();
  });

  test("the result view has one primary button; controls are at least 32 px tall; dropdowns and spin boxes show a focus ring", async () => {
    const { page, context } = await openPane({ displayLanguage: "en-US" });
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll("main :is(.fui-Input, .fui-SpinButton, .fui-Select, .fui-Dropdown, .fui-Combobox, .fui-Button)")].map(
        (el) => `${el.className.split(" ")[0]} ${Math.round(el.getBoundingClientRect().height)}`,
      ),
    );
    expect(controls.length).toBeGreaterThan(10);
    expect(controls.filter((c) => Number(c.split(" ")[1]) < 32)).toEqual([]);
    for (const target of ['[data-field="client"]', "main input[role=spinbutton]", "main select"]) {
      await page.locator(target).first().focus();
      const ring = await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el && el !== document.body) {
          const style = getComputedStyle(el);
          if (style.outlineStyle === "solid" && parseFloat(style.outlineWidth) >= 2) return true;
          el = el.parentElement;
        }
        return false;
      });
      expect([target, ring]).toEqual([target, true]);
    }
    await page.getByRole("button", { name: "Build report" }).click();
    await page.getByTestId("key-count").waitFor({ timeout: 60_000 });
    // A primary button is filled with the brand colour (webLightTheme's colorBrandBackground, #0f6cbd).
    const filled = await page.locator("button").evaluateAll((buttons) => buttons.filter((b) => getComputedStyle(b).backgroundColor === "rgb(15, 108, 189)").map((b) => (b as HTMLElement).innerText));
    expect(filled).toEqual(["Go to the report sheet"]);
    await context.close();
  });
});
