// The words of the command's terminal summary, in every language of the report. Figures arrive
// already written in the language's conventions.

import type { Lang } from "../core/types";

export interface SummaryLabels {
  rows: (read: number, used: number, skipped: number) => string;
  windowRows: (rows: number, amount: string) => string;
  clients: (active: number, key: number, keyShare: string) => string;
  concentration: (top1: string, hhi: string, pareto: string) => string;
  header: { client: string; average: string; share: string; cum: string; klass: string; status: string };
  falling: string;
  irregular: string;
  newDropped: (newCount: number, dropped: string) => string;
  none: string;
  noPrevious: string;
  warning: string;
  wrote: (file: string) => string;
}

const LABELS: Record<Lang, SummaryLabels> = {
  en: {
    rows: (read, used, skipped) => `Rows: ${read} read, ${used} used, ${skipped} skipped`,
    windowRows: (rows, amount) => `window: ${rows} rows, ${amount}`,
    clients: (active, key, keyShare) => `Clients active: ${active} · key: ${key}, ${keyShare} of the window`,
    concentration: (top1, hhi, pareto) => `top client ${top1} · HHI ${hhi} · Pareto ratio ${pareto}`,
    header: { client: "Client", average: "Average", share: "Share", cum: "Cum.", klass: "Class", status: "Status" },
    falling: "falling",
    irregular: "irregular",
    newDropped: (newCount, dropped) => `New: ${newCount} · Dropped: ${dropped}`,
    none: "none",
    noPrevious: "New/dropped: n/a (the data does not reach the previous window)",
    warning: "Warning",
    wrote: (file) => `Wrote ${file}`,
  },
  ru: {
    rows: (read, used, skipped) => `Строк: прочитано ${read}, учтено ${used}, пропущено ${skipped}`,
    windowRows: (rows, amount) => `в периоде: строк ${rows}, сумма ${amount}`,
    clients: (active, key, keyShare) => `Активных клиентов: ${active} · ключевых: ${key}, ${keyShare} продаж периода`,
    concentration: (top1, hhi, pareto) => `крупнейший клиент ${top1} · HHI ${hhi} · коэффициент Парето ${pareto}`,
    header: { client: "Клиент", average: "Среднее", share: "Доля", cum: "Накопл.", klass: "Класс", status: "Статус" },
    falling: "падение",
    irregular: "нерегулярно",
    newDropped: (newCount, dropped) => `Новых: ${newCount} · Выбыли: ${dropped}`,
    none: "никто",
    noPrevious: "Новые/выбывшие: н/д (данные не охватывают прошлый период)",
    warning: "Предупреждение",
    wrote: (file) => `Записан файл ${file}`,
  },
  bg: {
    rows: (read, used, skipped) => `Редове: прочетени ${read}, използвани ${used}, пропуснати ${skipped}`,
    windowRows: (rows, amount) => `в периода: ${rows} реда, ${amount}`,
    clients: (active, key, keyShare) => `Активни клиенти: ${active} · ключови: ${key}, ${keyShare} от оборота за периода`,
    concentration: (top1, hhi, pareto) => `най-голям клиент ${top1} · HHI ${hhi} · коефициент на Парето ${pareto}`,
    header: { client: "Клиент", average: "Средно", share: "Дял", cum: "Натрупан", klass: "Клас", status: "Статус" },
    falling: "спад",
    irregular: "нередовно",
    newDropped: (newCount, dropped) => `Нови: ${newCount} · Отпаднали: ${dropped}`,
    none: "няма",
    noPrevious: "Нови/отпаднали: н/д (данните не обхващат предходния период)",
    warning: "Предупреждение",
    wrote: (file) => `Записан е файлът ${file}`,
  },
  id: {
    rows: (read, used, skipped) => `Baris: ${read} dibaca, ${used} dipakai, ${skipped} dilewati`,
    windowRows: (rows, amount) => `periode: ${rows} baris, ${amount}`,
    clients: (active, key, keyShare) => `Pelanggan aktif: ${active} · utama: ${key}, ${keyShare} dari omzet periode`,
    concentration: (top1, hhi, pareto) => `pelanggan terbesar ${top1} · HHI ${hhi} · rasio Pareto ${pareto}`,
    header: { client: "Pelanggan", average: "Rata-rata", share: "Porsi", cum: "Kumulatif", klass: "Kelas", status: "Status" },
    falling: "turun",
    irregular: "tidak rutin",
    newDropped: (newCount, dropped) => `Baru: ${newCount} · Keluar: ${dropped}`,
    none: "tidak ada",
    noPrevious: "Baru/keluar: t/a (data tidak mencakup periode sebelumnya)",
    warning: "Peringatan",
    wrote: (file) => `File ditulis: ${file}`,
  },
};

export function summaryLabels(lang: Lang): SummaryLabels {
  return LABELS[lang];
}
