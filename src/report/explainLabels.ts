// Words that explain the report's figures (SPEC §6, §14): the class cut-offs in the sheet's header,
// the CV column beside XYZ, and how many of the lost clients the list shows. Sheet and terminal share them.

import type { Basis, Lang, ReportModel } from "../core/types";
import type { ClassCutoffs } from "../core/cutoffs";
import { proseCount, proseMoney } from "./proseNumbers";

interface ExplainLabels {
  /** Header line label before the cut-offs. */
  cutoffsLabel: string;
  /** `A: average ≥ 120,400.50; B: ≥ 30,100.00`; `figure` is already written out, null = the class is empty. */
  cutoffs: (a: string | null, b: string | null, basis: Basis) => string;
  /** Header of the main table's CV column. */
  cv: string;
  /** `20 of 293 lost clients shown · they brought 41,250.50 a month`. */
  lostShown: (shown: string, count: string, countValue: number, amount: string) => string;
  /** The terminal's lost line: the heading, the totals and the largest lost client. */
  lostLine: (heading: string, totals: string, largest: string) => string;
}

const EN: ExplainLabels = {
  cutoffsLabel: "Class cut-offs",
  cutoffs: (a, b, basis) => {
    const figure = basis === "profit" ? "average profit" : "average";
    return `A: ${a === null ? "none" : `${figure} ≥ ${a}`}; B: ${b === null ? "none" : `≥ ${b}`}`;
  },
  cv: "CV",
  lostShown: (shown, count, countValue, amount) =>
    `${shown} of ${count} lost ${countValue === 1 ? "client" : "clients"} shown · they brought ${amount} a month`,
  lostLine: (heading, totals, largest) => `${heading}: ${totals}; the largest: ${largest}`,
};

/** "из 1 (21, 31…) потерянного клиента", otherwise "из N потерянных клиентов". */
function ruLostOf(n: number): string {
  return n % 10 === 1 && n % 100 !== 11 ? "потерянного клиента" : "потерянных клиентов";
}

const RU: ExplainLabels = {
  cutoffsLabel: "Границы классов",
  cutoffs: (a, b, basis) => {
    const figure = basis === "profit" ? "средняя прибыль" : "среднее";
    return `A: ${a === null ? "нет" : `${figure} ≥ ${a}`}; B: ${b === null ? "нет" : `≥ ${b}`}`;
  },
  cv: "Коэф. вариации",
  lostShown: (shown, count, countValue, amount) =>
    `В списке ${shown} из ${count} ${ruLostOf(countValue)} · они приносили ${amount} в месяц`,
  lostLine: (heading, totals, largest) => `${heading}: ${totals}; крупнейший: ${largest}`,
};

const BG: ExplainLabels = {
  cutoffsLabel: "Граници на класовете",
  cutoffs: (a, b, basis) => {
    const figure = basis === "profit" ? "средна печалба" : "средно";
    return `A: ${a === null ? "няма" : `${figure} ≥ ${a}`}; B: ${b === null ? "няма" : `≥ ${b}`}`;
  },
  cv: "Коеф. на вариация",
  lostShown: (shown, count, countValue, amount) =>
    `Показани ${shown} от ${count} ${countValue === 1 ? "загубен клиент" : "загубени клиента"} · носеха ${amount} на месец`,
  lostLine: (heading, totals, largest) => `${heading}: ${totals}; най-голям: ${largest}`,
};

const ID: ExplainLabels = {
  cutoffsLabel: "Batas kelas",
  cutoffs: (a, b, basis) => {
    const figure = basis === "profit" ? "rata-rata laba" : "rata-rata";
    return `A: ${a === null ? "tidak ada" : `${figure} ≥ ${a}`}; B: ${b === null ? "tidak ada" : `≥ ${b}`}`;
  },
  cv: "Koef. variasi",
  lostShown: (shown, count, _countValue, amount) => `${shown} dari ${count} pelanggan hilang ditampilkan · dulu ${amount} per bulan`,
  lostLine: (heading, totals, largest) => `${heading}: ${totals}; terbesar: ${largest}`,
};

const LABELS: Record<Lang, ExplainLabels> = { en: EN, ru: RU, bg: BG, id: ID };

export function explainLabels(lang: Lang): ExplainLabels {
  return LABELS[lang];
}

/** The header's cut-off line, e.g. `A: average ≥ 120,400.50; B: ≥ 30,100.00`. */
export function cutoffsText(cutoffs: ClassCutoffs, basis: Basis, lang: Lang): string {
  const written = (x: number | null) => (x === null ? null : proseMoney(x, lang));
  return LABELS[lang].cutoffs(written(cutoffs.a), written(cutoffs.b), basis);
}

/** How many lost clients the list shows of all of them, and their monthly amount; null when there are none. */
export function lostShownText(model: Pick<ReportModel, "lang" | "lost" | "lostCount" | "lostAmount">): string | null {
  if (model.lostCount === 0) return null;
  const lang = model.lang;
  return LABELS[lang].lostShown(proseCount(model.lost.length, lang), proseCount(model.lostCount, lang), model.lostCount, proseMoney(model.lostAmount, lang));
}
