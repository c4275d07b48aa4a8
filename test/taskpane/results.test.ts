import { ingestCells } from "../../src/core/ingest";
import { buildReport } from "../../src/core/report";
import { paneTexts } from "../../src/taskpane/i18n";
import { resultFacts } from "../../src/taskpane/resultFacts";
import { runStateOfCommand, stageText } from "../../src/taskpane/runState";
import { BLANK_CLIENT_ROW, superstoreSheet } from "../browser/superstoreSheet";

const en = paneTexts("en");
const ru = paneTexts("ru");
const valueOf = (facts: ReturnType<typeof resultFacts>) => Object.fromEntries(facts.map((f) => [f.id, f.value]));

describe("result card figures", () => {
  test("Superstore sample: rows read, used and skipped with their reasons and row numbers", async () => {
    const cells = await superstoreSheet();
    const model = buildReport(ingestCells(cells), { today: "2025-01-15" });
    const facts = resultFacts(model, en, "en");
    // 300 Superstore rows and the totals row are read; the blank customer and the totals row are skipped.
    expect(valueOf(facts)).toMatchObject({ read: "301", used: "299", skipped: "2" });
    expect(facts.find((f) => f.id === "skipped")?.notes).toEqual([`Blank client: 1 (row ${BLANK_CLIENT_ROW})`, "Totals row: 1 (row 302)"]);
    expect(valueOf(facts)).toMatchObject({
      active: String(model.summary.activeClients),
      new: String(model.summary.newCount),
      falling: String(model.summary.fallingKeyCount),
    });
    // The window ends with January 2018, which has only the last shipments of December's orders.
    expect(model.summary.fallingKeyCount).toBeGreaterThan(0);
    expect(facts.filter((f) => f.attention).map((f) => f.id)).toEqual(["falling", "irregular"]);
    expect(resultFacts(model, ru, "ru").map((f) => f.label).slice(0, 3)).toEqual(["Активных клиентов", "Новых среди ключевых", "Выбыли из ключевых"]);
  });

  test("new and dropped are n/a when the data does not reach the previous window", () => {
    const model = buildReport(
      ingestCells([
        ["Client", "Date", "Amount"],
        ["Alpha", "2017-12-05", 1200],
        ["Beta", "2017-12-20", 15300],
      ]),
      { today: "2018-02-01", months: 1 },
    );
    expect(valueOf(resultFacts(model, en, "en"))).toEqual({
      active: "2", new: "n/a", dropped: "n/a", falling: "0", irregular: "0", read: "2", used: "2", skipped: "0",
    });
    expect(valueOf(resultFacts(model, ru, "ru")).new).toBe("н/д");
    expect(resultFacts(model, en, "en").some((f) => f.attention)).toBe(false);
  });
});

describe("progress", () => {
  test("stage texts", () => {
    expect(stageText({ stage: null, done: 0, total: 0 }, en, "en")).toBe("Starting…");
    expect(stageText({ stage: "reading", done: 35000, total: 100000 }, en, "en")).toBe("Reading 35,000 of 100,000 rows…");
    expect(stageText({ stage: "analysing", done: 0, total: 1 }, en, "en")).toBe("Analysing…");
    expect(stageText({ stage: "writing", done: 3, total: 9 }, ru, "ru")).toBe("Записываю лист…");
  });

  test("the ribbon button's state as the pane shows it", () => {
    expect(runStateOfCommand({ kind: "idle" })).toBeNull();
    expect(runStateOfCommand({ kind: "needsSetup" })).toEqual({ status: "needsSetup" });
    expect(runStateOfCommand({ kind: "running", stage: "reading", done: 10, total: 300 })).toEqual({
      status: "running", progress: { stage: "reading", done: 10, total: 300 }, cancellable: false, cancelling: false,
    });
    const error = new Error("x");
    expect(runStateOfCommand({ kind: "failed", error })).toEqual({ status: "failed", error });
  });
});
