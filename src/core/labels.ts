// Every word the report sheet shows, in English and Russian (Bulgarian and Indonesian in their own files), plus the pure helpers that
// name months, windows, sheets and titles. Pure TypeScript: the report builder, the sheet
// plan and both writers share these so the wording is identical everywhere.

import type { Basis, ClientType, Field, KeyRule, Lang, ReportOptions, SkipReason } from "./types";
import { BG } from "./labelsBg";
import { ID } from "./labelsId";
import { ruleLabels } from "./ruleLabels";

export interface SheetLabels {
  /** Title prefix; the full title is `reportTitle(month, lang)`. */
  title: string;
  meta: {
    window: string;
    source: string;
    columns: string;
    rule: string;
    thresholds: string;
    generated: string;
  };
  summary: {
    activeClients: string;
    keyCount: string;
    keyShare: string;
    newCount: string;
    droppedCount: string;
    fallingKeyCount: string;
    irregularKeyCount: string;
    top1: string;
    hhi: string;
    paretoRatio: string;
    rowsRead: string;
    rowsUsed: string;
    rowsSkipped: string;
    usedAmount: string;
    windowRows: string;
    windowAmount: string;
  };
  columns: {
    /** Position in a list without a rank (lost clients). */
    number: string;
    rank: string;
    client: string;
    average: string;
    share: string;
    cumShare: string;
    abc: string;
    xyz: string;
    abcXyz: string;
    monthsShipped: string;
    trend: string;
    vsPrevMonth: string;
    key: string;
    status: string;
    /** Status header when the data does not reach the previous window. */
    statusNa: string;
    daysSinceLast: string;
    topAssortmentShare: string;
    profitShare: string;
    type: string;
    gapToKey: string;
    previousRank: string;
    previousAverage: string;
    rankNow: string;
    averageNow: string;
    averageBefore: string;
    lastShipment: string;
    reason: string;
    rows: string;
    firstRows: string;
    cumShareChart: string;
  };
  values: {
    /** Key column mark for key clients (non-key cells stay blank). */
    yes: string;
    statusNew: string;
    statusSame: string;
    types: Record<ClientType, string>;
  };
  sections: {
    nearKey: string;
    dropped: string;
    lost: string;
    dataQuality: string;
    warnings: string;
    chartData: string;
    chartTitle: string;
  };
  /** Shown under a section heading when the section has no rows. */
  empty: {
    nearKey: string;
    dropped: string;
    lost: string;
    dataQuality: string;
    clients: string;
    /** The data does not reach the previous window. */
    noPrevious: string;
  };
  skipReasons: Record<SkipReason, string>;
  fields: Record<Field, string>;
  na: string;
}

const EN: SheetLabels = {
  title: "Key clients",
  meta: {
    window: "Window",
    source: "Source",
    columns: "Columns",
    rule: "Key-client rule",
    thresholds: "Thresholds",
    generated: "Generated",
  },
  summary: {
    activeClients: "Clients active",
    keyCount: "Key clients",
    keyShare: "Key clients' share",
    newCount: "New in key",
    droppedCount: "Dropped from key",
    fallingKeyCount: "Key with falling trend",
    irregularKeyCount: "Key with irregular shipments",
    top1: "Top client's share",
    hhi: "HHI",
    paretoRatio: "Pareto ratio (80%)",
    rowsRead: "Rows read",
    rowsUsed: "Rows used",
    rowsSkipped: "Rows skipped",
    usedAmount: "Amount of used rows",
    windowRows: "Rows in window",
    windowAmount: "Amount in window",
  },
  columns: {
    number: "#",
    rank: "Rank",
    client: "Client",
    average: "Average",
    share: "Share",
    cumShare: "Cum. share",
    abc: "ABC",
    xyz: "XYZ",
    abcXyz: "ABC-XYZ",
    monthsShipped: "Months shipped",
    trend: "Trend",
    vsPrevMonth: "vs prev month",
    key: "Key",
    status: "Status",
    statusNa: "Status (n/a: no previous window data)",
    daysSinceLast: "Days since last",
    topAssortmentShare: "Top-assortment share",
    profitShare: "Profit share",
    type: "Type",
    gapToKey: "Gap to key",
    previousRank: "Prev. rank",
    previousAverage: "Prev. average",
    rankNow: "Rank now",
    averageNow: "Average now",
    averageBefore: "Monthly average before",
    lastShipment: "Last shipment",
    reason: "Reason",
    rows: "Rows",
    firstRows: "First row numbers",
    cumShareChart: "Cumulative share",
  },
  values: {
    yes: "Yes",
    statusNew: "new",
    statusSame: "=",
    types: { breadwinner: "breadwinner", prospective: "prospective" },
  },
  sections: {
    nearKey: "Near-key watch list",
    dropped: "Dropped from key",
    lost: "Lost clients",
    dataQuality: "Data quality: skipped rows",
    warnings: "Warnings",
    chartData: "Pareto chart data",
    chartTitle: "Pareto: average monthly sales and cumulative share",
  },
  empty: {
    nearKey: "No clients near the key list.",
    dropped: "No client dropped from the key list.",
    lost: "No lost clients.",
    dataQuality: "No rows skipped.",
    clients: "No clients with shipments in the window.",
    noPrevious: "n/a: the data does not reach the previous window.",
  },
  skipReasons: {
    blankClient: "Blank client",
    badDate: "Unreadable date",
    badAmount: "Unreadable amount",
    errorValue: "Error value in a cell",
    totalsRow: "Totals row",
  },
  fields: {
    client: "client",
    date: "date",
    amount: "amount",
    product: "product",
    profit: "profit",
    quantity: "quantity",
    manager: "manager",
  },
  na: "n/a",
};

const RU: SheetLabels = {
  title: "Ключевые клиенты",
  meta: {
    window: "Период",
    source: "Источник",
    columns: "Столбцы",
    rule: "Правило отбора",
    thresholds: "Пороги",
    generated: "Сформирован",
  },
  summary: {
    activeClients: "Активных клиентов",
    keyCount: "Ключевых клиентов",
    keyShare: "Доля ключевых",
    newCount: "Новых среди ключевых",
    droppedCount: "Выбыли из ключевых",
    fallingKeyCount: "Ключевых с падением",
    irregularKeyCount: "Ключевых с пропусками",
    top1: "Доля крупнейшего",
    hhi: "HHI",
    paretoRatio: "Коэффициент Парето (80%)",
    rowsRead: "Прочитано строк",
    rowsUsed: "Учтено строк",
    rowsSkipped: "Пропущено строк",
    usedAmount: "Сумма учтённых строк",
    windowRows: "Строк в периоде",
    windowAmount: "Сумма за период",
  },
  columns: {
    number: "№",
    rank: "Место",
    client: "Клиент",
    average: "Среднее",
    share: "Доля",
    cumShare: "Накопл. доля",
    abc: "ABC",
    xyz: "XYZ",
    abcXyz: "ABC-XYZ",
    monthsShipped: "Месяцев с отгрузкой",
    trend: "Тренд",
    vsPrevMonth: "К прошлому месяцу",
    key: "Ключевой",
    status: "Статус",
    statusNa: "Статус (н/д: нет данных за прошлый период)",
    daysSinceLast: "Дней с последней",
    topAssortmentShare: "Доля топ-ассортимента",
    profitShare: "Доля прибыли",
    type: "Тип",
    gapToKey: "Отставание от ключевых",
    previousRank: "Было место",
    previousAverage: "Было среднее",
    rankNow: "Место сейчас",
    averageNow: "Среднее сейчас",
    averageBefore: "Среднее в месяц до периода",
    lastShipment: "Последняя отгрузка",
    reason: "Причина",
    rows: "Строк",
    firstRows: "Номера первых строк",
    cumShareChart: "Накопленная доля",
  },
  values: {
    yes: "Да",
    statusNew: "новый",
    statusSame: "=",
    types: { breadwinner: "кормилец", prospective: "перспективный" },
  },
  sections: {
    nearKey: "Кандидаты в ключевые",
    dropped: "Выбыли из ключевых",
    lost: "Потерянные клиенты",
    dataQuality: "Качество данных: пропущенные строки",
    warnings: "Предупреждения",
    chartData: "Данные диаграммы Парето",
    chartTitle: "Парето: средние продажи в месяц и накопленная доля",
  },
  empty: {
    nearKey: "Нет кандидатов в ключевые.",
    dropped: "Никто не выбыл из ключевых.",
    lost: "Потерянных клиентов нет.",
    dataQuality: "Пропущенных строк нет.",
    clients: "Нет клиентов с отгрузками в периоде.",
    noPrevious: "н/д: данные не охватывают прошлый период.",
  },
  skipReasons: {
    blankClient: "Пустой клиент",
    badDate: "Нераспознанная дата",
    badAmount: "Нераспознанная сумма",
    errorValue: "Ошибка в ячейке",
    totalsRow: "Строка итогов",
  },
  fields: {
    client: "клиент",
    date: "дата",
    amount: "сумма",
    product: "товар",
    profit: "прибыль",
    quantity: "количество",
    manager: "менеджер",
  },
  na: "н/д",
};

const LABELS: Record<Lang, SheetLabels> = { en: EN, ru: RU, bg: BG, id: ID };

export function labels(lang: Lang): SheetLabels {
  return LABELS[lang];
}

const MONTHS: Record<Lang, readonly string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  ru: ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
  bg: ["яну", "фев", "мар", "апр", "май", "юни", "юли", "авг", "сеп", "окт", "ное", "дек"],
  id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
};

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `"2017-10"` → `Oct 2017` / `окт 2017`. An unrecognised key is returned unchanged. */
export function monthLabel(month: string, lang: Lang): string {
  const m = MONTH_KEY.exec(month);
  if (!m) return month;
  return `${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}`;
}

/** `["2017-10", …, "2017-12"]` → `Oct 2017 – Dec 2017`; one month → that month alone. */
export function windowLabel(months: readonly string[], lang: Lang): string {
  if (months.length === 0) return "";
  const first = monthLabel(months[0], lang);
  const last = monthLabel(months[months.length - 1], lang);
  return months.length === 1 ? first : `${first} – ${last}`;
}

/** `Key clients 2017-12` / `Ключевые клиенты 2017-12`. */
export function reportTitle(month: string, lang: Lang): string {
  return `${LABELS[lang].title} ${month}`;
}

const SHEET_NAME_MAX = 31;

/**
 * A valid Excel sheet name: the characters `[]:*?/\` become `-`, leading and trailing
 * apostrophes (Excel forbids them) are dropped, and the result is cut to 31 characters.
 */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  const cut = Array.from(cleaned).slice(0, SHEET_NAME_MAX).join("").trim();
  return cut === "" ? "Report" : cut;
}

/** The sheet name for a report month: the report title, made a valid sheet name. */
export function sheetNameFor(month: string, lang: Lang): string {
  return sanitizeSheetName(reportTitle(month, lang));
}

/** 0.8 → `80%`, −0.1 → `−10%` (typographic minus: this is prose, not a number cell). */
function percent(x: number): string {
  return `${Math.round(x * 1000) / 10}%`.replace(/^-/, "−");
}

/**
 * One line naming the key-client rule, e.g. `Top 20 by average monthly sales`. Key clients are
 * always ranked by sales (docs/rules.md); ABC by profit is named after the rule.
 */
export function ruleText(rule: KeyRule, basis: Basis, lang: Lang): string {
  const words = ruleLabels(lang);
  const key = rule.kind === "top" ? words.top(rule.n) : words.pareto(percent(rule.share));
  return basis === "sales" ? key : `${key} · ${words.abcByProfit}`;
}

/** One line with the ABC, XYZ and falling-trend thresholds in force. */
export function thresholdsText(options: Pick<ReportOptions, "abc" | "xyz" | "fallingTrend">, lang: Lang): string {
  const words = ruleLabels(lang);
  const { xyz } = options;
  return [
    words.abc(percent(options.abc.a), percent(options.abc.b)),
    xyz.method === "frequency" ? words.xyzFrequency : words.xyzVariation(percent(xyz.x), percent(xyz.y)),
    words.falling(percent(options.fallingTrend)),
  ].join(" · ");
}

/** Status mark for a key client: `new`, `▲3` (up three places), `▼2`, `=` (same place). */
export function statusMark(status: "new" | "kept", rankChange: number | null, lang: Lang): string {
  const v = LABELS[lang].values;
  if (status === "new") return v.statusNew;
  if (rankChange === null || rankChange === 0) return v.statusSame;
  return rankChange > 0 ? `▲${rankChange}` : `▼${-rankChange}`;
}
