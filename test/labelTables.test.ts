// The guard over every label table a user reads: each language has every key English has, of the
// same kind, and no text (nor any sentence a function writes) is empty.

import { labels } from "../src/core/labels";
import { LANGS } from "../src/core/locales";
import { managerLabels } from "../src/core/managerLabels";
import { registerLabels } from "../src/core/registerLabels";
import { ruleLabels } from "../src/core/ruleLabels";
import type { Lang } from "../src/core/types";
import { historyLabels } from "../src/report/historyLabels";
import { riskPhrases } from "../src/report/riskText";
import { paneTexts } from "../src/taskpane/i18n";

const TABLES: Record<string, (lang: Lang) => unknown> = {
  sheet: labels,
  managers: managerLabels,
  register: registerLabels,
  rule: ruleLabels,
  history: historyLabels,
  risk: riskPhrases,
  pane: paneTexts,
};

/** Every leaf of a table with its path. */
function leaves(table: unknown, path = ""): [string, unknown][] {
  if (table !== null && typeof table === "object") {
    return Object.entries(table).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
  }
  return [[path, table]];
}

/** What a text function writes for sample arguments; null when the sample does not fit its arguments. */
function written(fn: (...args: unknown[]) => unknown): unknown {
  try {
    return fn(...Array.from({ length: fn.length }, (_, i) => (i === 0 ? 3 : "X")));
  } catch {
    return null;
  }
}

const cases = Object.keys(TABLES).flatMap((table) => LANGS.filter((l) => l !== "en").map((lang) => [table, lang] as const));

test("the guard covers the four languages", () => {
  expect(LANGS).toEqual(["en", "ru", "bg", "id"]);
});

test.each(cases)("%s labels in %s: every English key, of the same kind, and no other", (table, lang) => {
  const kinds = (l: Lang) => leaves(TABLES[table](l)).map(([p, v]) => `${p}: ${typeof v}`);
  expect(kinds(lang)).toEqual(kinds("en"));
});

test.each(Object.keys(TABLES).flatMap((table) => LANGS.map((lang) => [table, lang] as const)))("%s labels in %s: nothing empty", (table, lang) => {
  for (const [path, value] of leaves(TABLES[table](lang))) {
    const text = typeof value === "function" ? written(value as (...args: unknown[]) => unknown) : value;
    if (typeof text === "string") expect([path, text.trim()]).not.toEqual([path, ""]);
  }
});
