import { paneTexts, langOfDisplay, resolvePaneLang, formatCount, formatPercent, type PaneTexts, type Problem } from "../../src/taskpane/i18n";

/** Every leaf of a text table with its path: strings as they are, functions by name. */
function leaves(table: unknown, path = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (table !== null && typeof table === "object") {
    for (const [key, value] of Object.entries(table)) for (const [p, v] of leaves(value, path ? `${path}.${key}` : key)) out.set(p, v);
  } else {
    out.set(path, table);
  }
  return out;
}

const en = leaves(paneTexts("en"));
const ru = leaves(paneTexts("ru"));

describe("pane texts", () => {
  test("the Russian table has every English key, of the same kind, and no other", () => {
    expect([...ru.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of en) expect([key, typeof ru.get(key)]).toEqual([key, typeof value]);
  });

  test("no text is empty, and every Russian sentence is Russian", () => {
    for (const [key, value] of [...en, ...ru]) if (typeof value === "string") expect([key, value.trim()]).not.toEqual([key, ""]);
    // Names that stay as they are in Russian: the product, the languages' own names, the locale, field placeholders.
    const sameInBoth = new Set(["locale", "app.title"]);
    for (const [key, value] of ru) {
      if (typeof value === "string" && !sameInBoth.has(key)) expect([key, /[а-яё]/i.test(value)]).toEqual([key, true]);
    }
  });

  test("texts with numbers", () => {
    const t = paneTexts("en");
    const r = paneTexts("ru");
    expect(t.build.stage.reading(formatCount(35000, "en"), formatCount(100000, "en"))).toBe("Reading 35,000 of 100,000 rows…");
    expect(r.build.stage.reading(formatCount(35000, "ru"), formatCount(100000, "ru"))).toBe("Читаю строки: 35\u00a0000 из 100\u00a0000…");
    expect(t.source.headerRow(4)).toBe("header in row 4");
    expect(t.result.skippedRows([12], false)).toBe("row 12");
    expect(t.result.skippedRows([5, 17], false)).toBe("rows 5, 17");
    expect(r.result.skippedRows([12], false)).toBe("строка 12");
    expect(r.result.skippedRows([5, 17], true)).toBe("строки 5, 17, …");
  });

  test("every reason Build is disabled has a sentence in both languages", () => {
    const problems: Problem[] = [
      { kind: "noSource" },
      { kind: "missingColumns", fields: ["client", "date", "amount"] },
      { kind: "sameColumn", header: "Sales", fields: ["amount", "profit"] },
      { kind: "month" },
      { kind: "months" },
      { kind: "topN" },
      { kind: "share" },
      { kind: "profitBasis" },
    ];
    const sentences = (t: PaneTexts) => problems.map((p) => t.problem(p));
    expect(sentences(paneTexts("en"))).toEqual([
      "Select the shipment table first.",
      "Choose the column for Client, Date and Amount.",
      "The column “Sales” is chosen both for Amount and for Profit.",
      "Complete the report month with its year (e.g. 2017-12), or clear it.",
      "Months to average must be a whole number from 1 to 24.",
      "The number of key clients must be a whole number of at least 1.",
      "The share of sales must be above 0% and at most 100%.",
      "Grouping by profit needs a profit column.",
    ]);
    const ruSentences = sentences(paneTexts("ru"));
    expect(ruSentences[1]).toBe("Выберите столбец: Клиент, Дата и Сумма.");
    expect(ruSentences[2]).toBe("Столбец «Sales» выбран и как «Сумма», и как «Прибыль».");
    for (const s of ruSentences) expect(s).toMatch(/[а-яё]/i);
    expect(paneTexts("en").problem({ kind: "missingColumns", fields: ["date"] })).toBe("Choose the column for Date.");
  });
});

describe("words a sales manager uses", () => {
  // Terms of the method that a manager may never have heard: the labels say what they mean instead.
  const JARGON = /pareto|парето|top[ -]?n|топ-?n|\bwindow\b|\(n\)|the method|по методике|abc by|abc по/i;

  test.each(["en", "ru"] as const)("%s: no option, column or problem text uses the method's jargon, none ends in a dash", (lang) => {
    const t = paneTexts(lang);
    const texts = [...Object.values(t.options), ...Object.values(t.mapping).filter((v) => typeof v === "string")].filter((v): v is string => typeof v === "string");
    const problems = (["month", "months", "topN", "share", "profitBasis"] as const).map((kind) => t.problem({ kind }));
    for (const text of [...texts, ...problems]) {
      expect([text, JARGON.test(text)]).toEqual([text, false]);
      expect(text.trim()).not.toMatch(/[—–-]$/);
    }
  });
});

describe("language", () => {
  test("Excel's display language: any ru-* is Russian, everything else English", () => {
    expect(["ru-RU", "ru", "RU-ru", "ru-UA", "ru_RU"].map(langOfDisplay)).toEqual(["ru", "ru", "ru", "ru", "ru"]);
    expect(["en-US", "uk-UA", "de-DE", "rue", "", undefined, null].map(langOfDisplay)).toEqual(["en", "en", "en", "en", "en", "en", "en"]);
    // Bulgarian and Indonesian Excel; "in-ID" is the old code some hosts still send for Indonesian.
    expect(["bg-BG", "bg", "id-ID", "in-ID", "ms-MY", "idx"].map(langOfDisplay)).toEqual(["bg", "bg", "id", "id", "en", "en"]);
    expect(formatCount(35000, "bg")).toBe("35\u00a0000");
    expect(formatCount(35000, "id")).toBe("35.000");
  });

  test("the pane's own choice wins over Excel's", () => {
    expect(resolvePaneLang("auto", "ru-RU")).toBe("ru");
    expect(resolvePaneLang("en", "ru-RU")).toBe("en");
    expect(resolvePaneLang("ru", "en-US")).toBe("ru");
  });

  test("numbers and percentages in the pane's language", () => {
    expect(formatCount(1234567, "en")).toBe("1,234,567");
    expect(formatCount(1234567, "ru")).toBe("1\u00a0234\u00a0567");
    expect(formatPercent(0.6432, "en")).toBe("64.3%");
    expect(formatPercent(0.6432, "ru")).toBe("64,3\u00a0%");
    expect(formatPercent(1, "en")).toBe("100%");
  });
});
