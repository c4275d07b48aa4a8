// Words printed on every page of a report sheet (SPEC §14), in every language of the sheet's labels.
// Excel's header and footer codes: &P is the page number, &N the number of pages.

import type { Lang } from "../core/types";

export interface PrintLabels {
  /** Footer of every page. */
  pageOfPages: string;
}

const PRINT_LABELS: Record<Lang, PrintLabels> = {
  en: { pageOfPages: "Page &P of &N" },
  ru: { pageOfPages: "Страница &P из &N" },
  bg: { pageOfPages: "Страница &P от &N" },
  id: { pageOfPages: "Halaman &P dari &N" },
};

export function printLabels(lang: Lang): PrintLabels {
  return PRINT_LABELS[lang];
}
