// The words of SPEC §10–§11 on the report sheet, the history sheet, the CLI summary and the pane, in
// every language the sheet labels have.

import type { Lang } from "../core/types";
import { sanitizeSheetName } from "../core/labels";

export interface HistoryLabels {
  warning: {
    section: string;
    /** Summary line when clients are at risk: `4 at risk, 123,400.00 a month`. */
    count: (count: number, amount: string) => string;
    none: string;
    /** The Risk column of the main table, and the list's columns. */
    risk: string;
    group: string;
    reasons: string;
    keyGroup: string;
    nearKeyGroup: string;
  };
  history: {
    /** Sheet title prefix; `Key-client history 2017-11`. */
    title: string;
    shown: (shown: number, requested: number) => string;
    noMonths: string;
    dynamics: string;
    timeline: string;
    transitions: string;
    month: string;
    activeClients: string;
    keyShare: string;
    newKey: string;
    droppedKey: string;
    newClients: string;
    lostCount: string;
    lostAmount: string;
    hhi: string;
    paretoRatio: string;
    client: string;
    keyMonths: string;
    firstKeyMonth: string;
    abc: (from: string, to: string) => string;
    abcYear: (from: string, to: string) => string;
    xyz: (from: string, to: string) => string;
    /** Row header of a matrix: rows are the earlier state. */
    fromTo: string;
    none: string;
    total: string;
    chartTitle: string;
  };
}

const EN: HistoryLabels = {
  warning: {
    section: "Early warning",
    count: (count, amount) => `${count} at risk, ${amount} a month`,
    none: "No key or near-key client is at risk.",
    risk: "Risk",
    group: "List",
    reasons: "Reasons",
    keyGroup: "key",
    nearKeyGroup: "near-key",
  },
  history: {
    title: "Key-client history",
    shown: (shown, requested) => (shown < requested ? `${shown} of ${requested} months shown: the data does not reach further back` : `${shown} months`),
    noMonths: "No month can be shown: the key window starts before the data.",
    dynamics: "Month by month",
    timeline: "Class timeline (key months highlighted)",
    transitions: "Class moves (rows: before, columns: after)",
    month: "Month",
    activeClients: "Clients active",
    keyShare: "Key clients' share",
    newKey: "New in key",
    droppedKey: "Dropped from key",
    newClients: "New clients",
    lostCount: "Lost clients",
    lostAmount: "Lost a month",
    hhi: "HHI",
    paretoRatio: "Pareto ratio (80%)",
    client: "Client",
    keyMonths: "Months key",
    firstKeyMonth: "Key since",
    abc: (from, to) => `ABC, ${from} → ${to}`,
    abcYear: (from, to) => `ABC over the history, ${from} → ${to}`,
    xyz: (from, to) => `XYZ, ${from} → ${to}`,
    fromTo: "Before \\ after",
    none: "none",
    total: "Total",
    chartTitle: "Key clients' share and lost clients by month",
  },
};

const RU: HistoryLabels = {
  warning: {
    section: "Раннее предупреждение",
    count: (count, amount) => `под угрозой: ${count}, ${amount} в месяц`,
    none: "Среди ключевых и кандидатов никто не под угрозой.",
    risk: "Риск",
    group: "Список",
    reasons: "Причины",
    keyGroup: "ключевой",
    nearKeyGroup: "кандидат",
  },
  history: {
    title: "История ключевых",
    shown: (shown, requested) => (shown < requested ? `показано месяцев: ${shown} из ${requested}, раньше данных нет` : `месяцев: ${shown}`),
    noMonths: "Ни один месяц не показан: период начинается раньше данных.",
    dynamics: "Помесячно",
    timeline: "Классы по месяцам (месяцы в ключевых выделены)",
    transitions: "Переходы между классами (строки — было, столбцы — стало)",
    month: "Месяц",
    activeClients: "Активных клиентов",
    keyShare: "Доля ключевых",
    newKey: "Новых среди ключевых",
    droppedKey: "Выбыли из ключевых",
    newClients: "Новых клиентов",
    lostCount: "Потерянных клиентов",
    lostAmount: "Потеряно в месяц",
    hhi: "HHI",
    paretoRatio: "Коэффициент Парето (80%)",
    client: "Клиент",
    keyMonths: "Месяцев в ключевых",
    firstKeyMonth: "В ключевых с",
    abc: (from, to) => `ABC, ${from} → ${to}`,
    abcYear: (from, to) => `ABC за историю, ${from} → ${to}`,
    xyz: (from, to) => `XYZ, ${from} → ${to}`,
    fromTo: "Было \\ стало",
    none: "нет",
    total: "Итого",
    chartTitle: "Доля ключевых и потерянные клиенты по месяцам",
  },
};

const BG: HistoryLabels = {
  warning: {
    section: "Ранно предупреждение",
    count: (count, amount) => `в риск: ${count}, ${amount} на месец`,
    none: "Няма ключови клиенти или кандидати в риск.",
    risk: "Риск",
    group: "Списък",
    reasons: "Причини",
    keyGroup: "ключов",
    nearKeyGroup: "кандидат",
  },
  history: {
    title: "История на ключовите",
    shown: (shown, requested) => (shown < requested ? `показани месеци: ${shown} от ${requested}, по-стари данни няма` : `месеци: ${shown}`),
    noMonths: "Не може да се покаже нито един месец: периодът започва преди данните.",
    dynamics: "По месеци",
    timeline: "Класове по месеци (месеците като ключов са оцветени)",
    transitions: "Преминавания между класовете (редове — преди, колони — след)",
    month: "Месец",
    activeClients: "Активни клиенти",
    keyShare: "Дял на ключовите клиенти",
    newKey: "Нови сред ключовите",
    droppedKey: "Отпаднали от ключовите",
    newClients: "Нови клиенти",
    lostCount: "Загубени клиенти",
    lostAmount: "Загубен оборот на месец",
    hhi: "HHI",
    paretoRatio: "Коефициент на Парето (80%)",
    client: "Клиент",
    keyMonths: "Месеци като ключов",
    firstKeyMonth: "Ключов от",
    abc: (from, to) => `ABC, ${from} → ${to}`,
    abcYear: (from, to) => `ABC за целия период, ${from} → ${to}`,
    xyz: (from, to) => `XYZ, ${from} → ${to}`,
    fromTo: "Преди \\ след",
    none: "няма",
    total: "Общо",
    chartTitle: "Дял на ключовите и загубени клиенти по месеци",
  },
};

const ID: HistoryLabels = {
  warning: {
    section: "Peringatan dini",
    count: (count, amount) => `${count} berisiko, ${amount} per bulan`,
    none: "Tidak ada pelanggan utama atau kandidat yang berisiko.",
    risk: "Risiko",
    group: "Daftar",
    reasons: "Alasan",
    keyGroup: "utama",
    nearKeyGroup: "kandidat",
  },
  history: {
    title: "Riwayat pelanggan utama",
    shown: (shown, requested) => (shown < requested ? `${shown} dari ${requested} bulan ditampilkan: data tidak mencakup bulan sebelumnya` : `${shown} bulan`),
    noMonths: "Tidak ada bulan yang bisa ditampilkan: periode dimulai sebelum data.",
    dynamics: "Per bulan",
    timeline: "Kelas per bulan (bulan sebagai pelanggan utama ditandai)",
    transitions: "Perpindahan kelas (baris: sebelum, kolom: sesudah)",
    month: "Bulan",
    activeClients: "Pelanggan aktif",
    keyShare: "Porsi pelanggan utama",
    newKey: "Baru masuk pelanggan utama",
    droppedKey: "Keluar dari pelanggan utama",
    newClients: "Pelanggan baru",
    lostCount: "Pelanggan hilang",
    lostAmount: "Omzet hilang per bulan",
    hhi: "HHI",
    paretoRatio: "Rasio Pareto (80%)",
    client: "Pelanggan",
    keyMonths: "Bulan sebagai pelanggan utama",
    firstKeyMonth: "Pelanggan utama sejak",
    abc: (from, to) => `ABC, ${from} → ${to}`,
    abcYear: (from, to) => `ABC sepanjang riwayat, ${from} → ${to}`,
    xyz: (from, to) => `XYZ, ${from} → ${to}`,
    fromTo: "Sebelum \\ sesudah",
    none: "tidak ada",
    total: "Total",
    chartTitle: "Porsi pelanggan utama dan pelanggan hilang per bulan",
  },
};

const LABELS: Record<Lang, HistoryLabels> = { en: EN, ru: RU, bg: BG, id: ID };

export function historyLabels(lang: Lang): HistoryLabels {
  return LABELS[lang];
}

/** `Key-client history 2017-11` / `История ключевых 2017-11`, a valid sheet name. */
export function historySheetName(month: string, lang: Lang): string {
  return sanitizeSheetName(`${LABELS[lang].history.title} ${month}`);
}
