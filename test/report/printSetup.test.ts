// SPEC §14: the print setup the sheet plan decides for both writers, and the page-break rule of
// docs/report-sheet.md checked against page heights worked out by hand.

import { fitZoom, paperForDisplayLanguage, registerPrint, sectionPageBreaks, type PrintedSheet } from "../../src/report/printSetup";
import { planSheet } from "../../src/report/sheetPlan";
import { fixtureModel } from "./fixtures";

/** One narrow column (52.5 pt) prints at 100%: 15-point rows on a landscape page of 487.3 pt (A4) or 504 pt (Letter). */
const sheet = (over: Partial<PrintedSheet>): PrintedSheet => ({
  title: "T",
  lang: "en",
  paper: "a4",
  titleRow: null,
  columnWidths: [10],
  rowHeights: [],
  lastRow: 200,
  sections: [],
  ...over,
});

test("Letter only where Excel speaks US English", () => {
  expect(paperForDisplayLanguage("en-US")).toBe("letter");
  expect(paperForDisplayLanguage("en-GB")).toBe("a4");
  expect(paperForDisplayLanguage("ru-RU")).toBe("a4");
  expect(paperForDisplayLanguage(undefined)).toBe("a4");
});

test("zoom: the whole-percent that fits every column on one landscape page wide, never above 100%", () => {
  expect(fitZoom([10], "a4")).toBe(1);
  // 100 columns of 10 characters: 5250 pt against 841.9 − 100.8 = 741.1 pt → 14.1%.
  expect(fitZoom(Array(100).fill(10), "a4")).toBe(0.14);
  // Letter: 792 − 100.8 = 691.2 pt → 13.2%.
  expect(fitZoom(Array(100).fill(10), "letter")).toBe(0.13);
});

test("a section whose heading and first rows would straddle a page starts a new page", () => {
  // Rows 1–29 take 435 pt; rows 30–34 another 75 pt: 510 > 487.3 (A4) and > 504 (Letter).
  expect(sectionPageBreaks(sheet({ sections: [{ top: 30, rows: 6 }] }))).toEqual([30]);
  expect(sectionPageBreaks(sheet({ paper: "letter", sections: [{ top: 30, rows: 6 }] }))).toEqual([30]);
  // From row 29: 420 + 75 = 495 fits Letter, not A4.
  expect(sectionPageBreaks(sheet({ sections: [{ top: 29, rows: 6 }] }))).toEqual([29]);
  expect(sectionPageBreaks(sheet({ paper: "letter", sections: [{ top: 29, rows: 6 }] }))).toEqual([]);
  // A short section is kept whole: 2 rows from row 31 (450 + 30 = 480) fit A4.
  expect(sectionPageBreaks(sheet({ sections: [{ top: 31, rows: 2 }] }))).toEqual([]);
  // Row 33 starts A4's second page anyway (32 × 15 = 480; 495 > 487.3): no break is added.
  expect(sectionPageBreaks(sheet({ sections: [{ top: 33, rows: 6 }] }))).toEqual([]);
});

test("pages after the table's header start with that header: the next page holds one row fewer", () => {
  // Page 2 starts at row 33: rows 33–59 take 405 pt, and 405 + 75 = 480 fits, but not after the 15-point title row.
  expect(sectionPageBreaks(sheet({ titleRow: 5, sections: [{ top: 60, rows: 6 }] }))).toEqual([60]);
  expect(sectionPageBreaks(sheet({ titleRow: null, sections: [{ top: 60, rows: 6 }] }))).toEqual([]);
});

test("the report sheet's plan: landscape A4, the main table's header repeated, title and page N of M", () => {
  const plan = planSheet(fixtureModel());
  const table = plan.blocks.find((b) => b.kind === "table")!;
  expect(plan.print).toMatchObject({
    orientation: "landscape",
    paper: "a4",
    fitToPagesWide: 1,
    fitToPagesTall: 0,
    margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    titleRows: { first: table.top, last: table.top },
    header: "Key clients 2017-12",
    footer: "Page &P of &N",
    pageBreaksBefore: [],
  });
  expect(planSheet(fixtureModel(), null, { paper: "letter" }).print.paper).toBe("letter");
  expect(planSheet({ ...fixtureModel(), lang: "ru", title: "Ключевые клиенты R&D" }).print).toMatchObject({
    header: "Ключевые клиенты R&&D",
    footer: "Страница &P из &N",
  });
});

test("the register prints with its header row on every page and its name on top", () => {
  expect(registerPrint("ru", "letter")).toMatchObject({
    paper: "letter",
    titleRows: { first: 1, last: 1 },
    header: "Реестр ключевых клиентов",
    footer: "Страница &P из &N",
  });
});
