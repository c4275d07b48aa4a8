// Figures inside sentences (not cells, whose number formats Excel localises itself): written with
// the separators of the report's language.

import type { Lang } from "../core/types";
import { LOCALES } from "../core/locales";



/** `120,400.50` / `120 400,50`. */
export function proseMoney(x: number, lang: Lang): string {
  return x.toLocaleString(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** `1,234` / `1 234`. */
export function proseCount(n: number, lang: Lang): string {
  return n.toLocaleString(LOCALES[lang], { maximumFractionDigits: 0 });
}
