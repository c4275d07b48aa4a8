// The Intl locale of each language, so dates and numbers written in sentences follow its conventions.

import type { Lang } from "./types";

/** Every language of the report, the pane and the CLI, in the order they are offered. */
export const LANGS: readonly Lang[] = ["en", "ru", "bg", "id"];

export const LOCALES: Record<Lang, string> = { en: "en-US", ru: "ru-RU", bg: "bg-BG", id: "id-ID" };

/** A money figure inside a sentence, with two decimals, as the language writes it: `1 234,50`, `1.234,50`. */
export function moneyText(x: number, lang: Lang): string {
  return x.toLocaleString(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
