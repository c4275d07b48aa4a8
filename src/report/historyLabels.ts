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

const LABELS: Record<Lang, HistoryLabels> = { en: EN, ru: RU };

export function historyLabels(lang: Lang): HistoryLabels {
  return LABELS[lang];
}

/** `Key-client history 2017-11` / `История ключевых 2017-11`, a valid sheet name. */
export function historySheetName(month: string, lang: Lang): string {
  return sanitizeSheetName(`${LABELS[lang].history.title} ${month}`);
}
