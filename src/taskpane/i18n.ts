// The pane's languages: which one it shows, its texts (textsEn/Ru/Bg/Id.ts, typed by
// paneTexts.ts) and numbers in it. Words the report sheet shares (skip reasons, month names) come
// from src/core/labels.ts.

import type { Lang } from "../core/types";
import type { PaneTexts } from "./paneTexts";
import { EN } from "./textsEn";
import { RU } from "./textsRu";
import { BG } from "./textsBg";
import { ID } from "./textsId";

export type { PaneTexts, Problem, Sentence } from "./paneTexts";

/** The pane's language choice: Excel's display language, or one the user picked. */
export type LangChoice = "auto" | Lang;

const TEXTS: Record<Lang, PaneTexts> = { en: EN, ru: RU, bg: BG, id: ID };

export function paneTexts(lang: Lang): PaneTexts {
  return TEXTS[lang];
}

/** Excel's display language → the pane's: `ru-*`, `bg-*`, `id-*` (and the old `in-*`) are ours, everything else English. */
export function langOfDisplay(displayLanguage: string | undefined | null): Lang {
  const prefix = /^([a-z]{2})(-|_|$)/i.exec(displayLanguage ?? "")?.[1].toLowerCase();
  if (prefix === "ru" || prefix === "bg" || prefix === "id") return prefix;
  return prefix === "in" ? "id" : "en";
}

/** The language the pane shows: the user's choice, or Excel's display language on "auto". */
export function resolvePaneLang(choice: LangChoice, displayLanguage: string | undefined | null): Lang {
  return choice === "auto" ? langOfDisplay(displayLanguage) : choice;
}

/** `35000` → `35,000` / `35 000`. */
export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(TEXTS[lang].locale, { maximumFractionDigits: 0 }).format(n);
}

/** `0.6432` → `64.3%` / `64,3 %`. */
export function formatPercent(x: number, lang: Lang): string {
  return new Intl.NumberFormat(TEXTS[lang].locale, { style: "percent", maximumFractionDigits: 1 }).format(x);
}
