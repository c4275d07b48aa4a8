// The sentences that name the key-client rule and the class thresholds on the sheet and in the CLI
// summary, in every language of the sheet's labels. Percentages arrive already written (`80%`).

import type { Lang } from "./types";

export interface RuleLabels {
  top: (n: number) => string;
  pareto: (share: string) => string;
  abcByProfit: string;
  abc: (a: string, b: string) => string;
  xyzFrequency: string;
  xyzVariation: (x: string, y: string) => string;
  falling: (trend: string) => string;
}

const LABELS: Record<Lang, RuleLabels> = {
  en: {
    top: (n) => `Top ${n} by average monthly sales`,
    pareto: (share) => `Pareto: clients making ${share} of sales`,
    abcByProfit: "ABC by profit",
    abc: (a, b) => `ABC: A up to ${a}, B up to ${b}`,
    xyzFrequency: "XYZ by frequency: X every month, Y at least half of the months",
    xyzVariation: (x, y) => `XYZ (variation): X ≤ ${x}, Y ≤ ${y}`,
    falling: (trend) => `falling: trend ≤ ${trend} a month`,
  },
  ru: {
    top: (n) => `Топ-${n} по средним продажам в месяц`,
    pareto: (share) => `Парето: клиенты, дающие ${share} продаж`,
    abcByProfit: "ABC по прибыли",
    abc: (a, b) => `ABC: A до ${a}, B до ${b}`,
    xyzFrequency: "XYZ по частоте: X — отгрузки каждый месяц, Y — не реже чем в половине месяцев",
    xyzVariation: (x, y) => `XYZ (вариация): X ≤ ${x}, Y ≤ ${y}`,
    falling: (trend) => `падение: тренд ≤ ${trend} в месяц`,
  },
  bg: {
    top: (n) => `Топ ${n} по среден месечен оборот`,
    pareto: (share) => `Парето: клиентите, които носят ${share} от оборота`,
    abcByProfit: "ABC по печалба",
    abc: (a, b) => `ABC: A до ${a}, B до ${b}`,
    xyzFrequency: "XYZ по честота: X — доставки всеки месец, Y — поне в половината месеци",
    xyzVariation: (x, y) => `XYZ (вариация): X ≤ ${x}, Y ≤ ${y}`,
    falling: (trend) => `спад: тренд ≤ ${trend} на месец`,
  },
  id: {
    top: (n) => `${n} teratas menurut rata-rata penjualan bulanan`,
    pareto: (share) => `Pareto: pelanggan yang menyumbang ${share} penjualan`,
    abcByProfit: "ABC menurut laba",
    abc: (a, b) => `ABC: A sampai ${a}, B sampai ${b}`,
    xyzFrequency: "XYZ menurut frekuensi: X ada pengiriman tiap bulan, Y minimal separuh bulan",
    xyzVariation: (x, y) => `XYZ (variasi): X ≤ ${x}, Y ≤ ${y}`,
    falling: (trend) => `turun: tren ≤ ${trend} per bulan`,
  },
};

export function ruleLabels(lang: Lang): RuleLabels {
  return LABELS[lang];
}
