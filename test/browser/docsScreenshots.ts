// The pictures of docs/taskpane.md, made only by `npm run screenshots` (never by `npm test`, which
// must not change tracked files): the pane before a run, during it, after it and on an error, at
// 320 and 350 px wide, in Office's light and dark themes, in English and Russian.

import path from "node:path";
import type { Page } from "playwright-core";
import { OFFICE_BLACK, openPane, showWholePane, startPaneBrowser, stopPaneBrowser } from "./pane";

const IMAGES = path.join(__dirname, "..", "..", "docs", "images");
const WIDTHS = [320, 350];
const THEMES = { light: undefined, dark: OFFICE_BLACK };
const LANGS = { en: "en-US", ru: "ru-RU" };

beforeAll(startPaneBrowser, 180_000);
afterAll(stopPaneBrowser);

/** The whole pane in one picture, the Build bar at the bottom. */
async function shoot(page: Page, name: string, width: number): Promise<void> {
  await page.evaluate(() => document.querySelector("main")!.scrollTo(0, 0));
  await showWholePane(page, width);
  await page.screenshot({ path: path.join(IMAGES, `${name}.png`) });
}

const combos = WIDTHS.flatMap((width) => Object.entries(THEMES).flatMap(([theme, officeTheme]) => Object.entries(LANGS).map(([lang, displayLanguage]) => ({ width, theme, officeTheme, lang, displayLanguage }))));

test.each(combos)("$width px, $theme, $lang: setup, progress, result, error", async ({ width, theme, officeTheme, lang, displayLanguage }) => {
  const suffix = `${lang}-${theme}-${width}`;
  const viewport = { width, height: 720 };
  let { page, context } = await openPane({ displayLanguage, officeTheme, viewport });
  await shoot(page, `taskpane-setup-${suffix}`, width);
  await page.setViewportSize(viewport);
  await page.locator("footer button").first().click();
  await page.getByTestId("key-count").waitFor({ timeout: 60_000 });
  await shoot(page, `taskpane-result-${suffix}`, width);
  await context.close();

  ({ page, context } = await openPane({ displayLanguage, officeTheme, viewport, syncDelayMs: 1000 }));
  await page.locator("footer button").first().click();
  await page.getByTestId("progress").getByText(/\d+/).waitFor();
  await page.screenshot({ path: path.join(IMAGES, `taskpane-progress-${suffix}.png`) });
  await context.close();

  ({ page, context } = await openPane({ displayLanguage, officeTheme, viewport }));
  await page.locator("input[type=month]").fill("2015-03");
  await page.locator("footer button").first().click();
  await page.getByTestId("error-bar").waitFor({ timeout: 60_000 });
  await page.screenshot({ path: path.join(IMAGES, `taskpane-error-${suffix}.png`) });
  await context.close();
});
