// Every text of the task pane, in English and Russian. The Russian table is typed by the English
// one, so a missing key fails the type-check (and test/taskpane/i18n.test.ts checks it at run time).
// Words the report sheet shares (skip reasons, month names) come from src/core/labels.ts.

import type { ErrorCode } from "../core/errors";
import type { Field, Lang } from "../core/types";

/** The pane's language choice: Excel's display language, or one the user picked. */
export type LangChoice = "auto" | Lang;

/** Why Build is disabled; rendered into a sentence by `PaneTexts.problem`. */
export type Problem =
  | { kind: "noSource" }
  | { kind: "missingColumns"; fields: Field[] }
  | { kind: "sameColumn"; header: string; fields: [Field, Field] }
  | { kind: "month" }
  | { kind: "months" }
  | { kind: "topN" }
  | { kind: "share" }
  | { kind: "profitBasis" };

/** A message and, when it helps support, the original text below it. */
export interface Sentence {
  message: string;
  detail?: string;
}

export interface PaneTexts {
  /** BCP 47 locale for numbers. */
  locale: string;
  app: { title: string; tagline: string; loading: string };
  source: {
    title: string;
    sheet: string;
    range: string;
    rowsLabel: string;
    kind: { selection: string; table: (name: string) => string; usedRange: string };
    headerRow: (row: number) => string;
    noHeader: string;
    useSelection: string;
    useSelectionHint: string;
    inspecting: string;
  };
  mapping: {
    title: string;
    hint: string;
    fields: Record<Field, string>;
    none: string;
    choose: string;
    missing: string;
    savedChoiceGone: (field: string, header: string) => string;
  };
  options: {
    title: string;
    month: string;
    monthPlaceholder: string;
    monthHint: string;
    months: string;
    monthsHint: string;
    rule: string;
    ruleTop: string;
    rulePareto: string;
    topN: string;
    share: string;
    basis: string;
    basisSales: string;
    basisProfit: string;
    basisProfitNeedsColumn: string;
    paneLanguage: string;
    reportLanguage: string;
    langAuto: string;
    langSameAsPane: string;
    dateOrder: string;
    dateOrderAuto: string;
    dateOrderDmy: string;
    dateOrderMdy: string;
  };
  build: {
    button: string;
    again: string;
    cancel: string;
    stage: {
      starting: string;
      reading: (done: string, total: string) => string;
      analysing: string;
      writing: string;
    };
    cancelled: string;
    needsSetup: string;
  };
  result: {
    title: string;
    keyClients: string;
    keyShare: string;
    activeClients: string;
    newInKey: string;
    droppedFromKey: string;
    noPrevious: string;
    falling: string;
    irregular: string;
    rowsRead: string;
    rowsUsed: string;
    rowsSkipped: string;
    /** The first row numbers of a skip reason; `more` when there are more than listed. */
    skippedRows: (rows: readonly number[], more: boolean) => string;
    warnings: string;
    goToSheet: string;
  };
  errors: {
    titles: Record<ErrorCode, string>;
    excelTitle: string;
    unexpectedTitle: string;
    unexpected: string;
    settingsNotRead: string;
    details: string;
    /**
     * The message for a KeyClientError or an Excel error (by Excel's code). Their sentences are
     * English: English shows them as they are; Russian shows its own sentence per code, with the
     * original as the detail.
     */
    keyClient: (code: ErrorCode, sentence: string) => Sentence;
    excel: (code: string, sentence: string) => Sentence;
  };
  problem: (p: Problem) => string;
}

const EN_FIELDS: Record<Field, string> = {
  client: "Client",
  date: "Date",
  amount: "Amount",
  product: "Product",
  profit: "Profit",
  quantity: "Quantity",
  manager: "Manager",
};

const RU_FIELDS: Record<Field, string> = {
  client: "Клиент",
  date: "Дата",
  amount: "Сумма",
  product: "Товар",
  profit: "Прибыль",
  quantity: "Количество",
  manager: "Менеджер",
};

const list = (fields: Field[], names: Record<Field, string>, and: string) => {
  const words = fields.map((f) => names[f]);
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} ${and} ${words[words.length - 1]}`;
};

const EN: PaneTexts = {
  locale: "en-US",
  app: { title: "KeyClient", tagline: "Monthly key-client sheet", loading: "Loading…" },
  source: {
    title: "Source data",
    sheet: "Sheet",
    range: "Range",
    rowsLabel: "Data rows",
    kind: { selection: "selection", table: (name) => `table ${name}`, usedRange: "whole sheet" },
    headerRow: (row) => `header in row ${row}`,
    noHeader: "no header row found",
    useSelection: "Use selection",
    useSelectionHint: "Select the shipment table (or click a cell inside it), then click here.",
    inspecting: "Looking at the table…",
  },
  mapping: {
    title: "Columns",
    hint: "Found by their headers. Change any that is wrong.",
    fields: EN_FIELDS,
    none: "(none)",
    choose: "Choose a column",
    missing: "Required: choose a column",
    savedChoiceGone: (field, header) => `The saved column “${header}” for ${field} is not in this table; the column found by its header is used.`,
  },
  options: {
    title: "Options",
    month: "Report month",
    monthPlaceholder: "YYYY-MM",
    monthHint: "Empty: the latest complete month in the data",
    months: "Months in window",
    monthsHint: "1–24; the method uses 3",
    rule: "Key clients are",
    ruleTop: "Top N by average",
    rulePareto: "Pareto group",
    topN: "Key clients (N)",
    share: "Pareto share, %",
    basis: "ABC by",
    basisSales: "Sales",
    basisProfit: "Profit",
    basisProfitNeedsColumn: "Needs a profit column.",
    paneLanguage: "Language",
    reportLanguage: "Report language",
    langAuto: "Auto (as Excel)",
    langSameAsPane: "Same as the pane",
    dateOrder: "Dates like 03/04/2017",
    dateOrderAuto: "Detect from the column",
    dateOrderDmy: "Day first (03 = day)",
    dateOrderMdy: "Month first (US)",
  },
  build: {
    button: "Build report",
    again: "Build again",
    cancel: "Cancel",
    stage: {
      starting: "Starting…",
      reading: (done, total) => `Reading ${done} of ${total} rows…`,
      analysing: "Analysing…",
      writing: "Writing the sheet…",
    },
    cancelled: "The report was cancelled. The workbook was not changed.",
    needsSetup: "Check the columns and options once, then click Build report. The ribbon button will reuse them.",
  },
  result: {
    title: "The report is ready",
    keyClients: "Key clients",
    keyShare: "Their share of sales",
    activeClients: "Clients active",
    newInKey: "New in key",
    droppedFromKey: "Dropped from key",
    noPrevious: "n/a",
    falling: "Key with falling trend",
    irregular: "Key with irregular shipments",
    rowsRead: "Rows read",
    rowsUsed: "Rows used",
    rowsSkipped: "Rows skipped",
    skippedRows: (rows, more) => `${rows.length === 1 && !more ? "row" : "rows"} ${rows.join(", ")}${more ? ", …" : ""}`,
    warnings: "Warnings",
    goToSheet: "Go to the report sheet",
  },
  errors: {
    titles: {
      noHeader: "No header row found",
      missingColumn: "A required column is missing",
      emptyTable: "Nothing to read",
      monthOutsideData: "No data for that month",
      badOption: "Please check the settings",
      badFile: "The data cannot be read",
    },
    excelTitle: "Excel could not finish the report",
    unexpectedTitle: "Something went wrong",
    unexpected: "The report could not be built because of an unexpected error. Your data was not changed. Try again; if it happens again, send the details below to support.",
    settingsNotRead: "The saved settings could not be read; the defaults are used.",
    details: "Details",
    keyClient: (_code, sentence) => ({ message: sentence }),
    excel: (_code, sentence) => ({ message: sentence }),
  },
  problem: (p) => {
    switch (p.kind) {
      case "noSource":
        return "Select the shipment table first.";
      case "missingColumns":
        return `Choose the column for ${list(p.fields, EN_FIELDS, "and")}.`;
      case "sameColumn":
        return `The column “${p.header}” is chosen both for ${EN_FIELDS[p.fields[0]]} and for ${EN_FIELDS[p.fields[1]]}.`;
      case "month":
        return "Write the report month as YYYY-MM, e.g. 2017-12.";
      case "months":
        return "Months in the window must be a whole number from 1 to 24.";
      case "topN":
        return "The number of key clients must be a whole number of at least 1.";
      case "share":
        return "The Pareto share must be above 0% and at most 100%.";
      case "profitBasis":
        return "ABC by profit needs a profit column.";
    }
  },
};

/** Russian advice per error code (the engine's own sentences are English). */
const RU_ADVICE: Record<ErrorCode, string> = {
  noHeader: "В первых 50 строках нет строки, где названы клиент, дата и сумма. Выделите таблицу вместе с заголовком.",
  missingColumn: "Выберите нужные столбцы в разделе «Столбцы».",
  emptyTable: "В выбранном диапазоне нет данных. Выделите таблицу отгрузок или щёлкните ячейку в ней.",
  monthOutsideData: "Выберите месяц, за который в таблице есть отгрузки.",
  badOption: "Один из параметров задан неверно.",
  badFile: "Данные не удаётся прочитать.",
};

/** Russian sentences per Excel error code (src/excel/officeErrors.ts has the English ones). */
const RU_EXCEL: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel редактирует ячейку. Нажмите Enter или Esc, чтобы закончить ввод, и попробуйте ещё раз. Ваши данные не изменены.",
  AccessDenied: "Excel не разрешил изменение: книга защищена или открыта только для чтения. Снимите защиту (Рецензирование → Защитить книгу) или сохраните копию и попробуйте ещё раз. Ваши данные не изменены.",
  ItemNotFound: "Нужный лист или диапазон исчез: его переименовали или удалили. Выделите таблицу отгрузок и попробуйте ещё раз. Ваши данные не изменены.",
  RequestPayloadSizeLimitExceeded: "Таблица слишком велика для Excel в браузере. Постройте отчёт в Excel для Windows или Mac или выделите меньше столбцов. Ваши данные не изменены.",
  ResponsePayloadSizeLimitExceeded: "Таблица слишком велика для Excel в браузере. Постройте отчёт в Excel для Windows или Mac или выделите меньше столбцов. Ваши данные не изменены.",
  ActivityLimitReached: "Excel занят. Подождите немного и попробуйте ещё раз. Ваши данные не изменены.",
  ServiceNotAvailable: "Excel занят. Подождите немного и попробуйте ещё раз. Ваши данные не изменены.",
};
const RU_EXCEL_OTHER = "Excel не смог выполнить шаг построения отчёта. Ваши данные не изменены.";

const RU: PaneTexts = {
  locale: "ru-RU",
  app: { title: "KeyClient", tagline: "Ежемесячный лист ключевых клиентов", loading: "Загрузка…" },
  source: {
    title: "Исходные данные",
    sheet: "Лист",
    range: "Диапазон",
    rowsLabel: "Строк данных",
    kind: { selection: "выделение", table: (name) => `таблица ${name}`, usedRange: "весь лист" },
    headerRow: (row) => `заголовок в строке ${row}`,
    noHeader: "строка заголовков не найдена",
    useSelection: "Взять выделенное",
    useSelectionHint: "Выделите таблицу отгрузок (или щёлкните ячейку в ней) и нажмите здесь.",
    inspecting: "Смотрю таблицу…",
  },
  mapping: {
    title: "Столбцы",
    hint: "Найдены по заголовкам. Исправьте, если что-то не так.",
    fields: RU_FIELDS,
    none: "(нет)",
    choose: "Выберите столбец",
    missing: "Обязательно: выберите столбец",
    savedChoiceGone: (field, header) => `Сохранённого столбца «${header}» (${field}) нет в этой таблице; взят столбец, найденный по заголовку.`,
  },
  options: {
    title: "Параметры",
    month: "Отчётный месяц",
    monthPlaceholder: "ГГГГ-ММ",
    monthHint: "Пусто: последний полный месяц в данных",
    months: "Месяцев в периоде",
    monthsHint: "1–24; по методике 3",
    rule: "Ключевые клиенты —",
    ruleTop: "Топ-N по среднему",
    rulePareto: "Группа Парето",
    topN: "Ключевых (N)",
    share: "Доля Парето, %",
    basis: "ABC по",
    basisSales: "Продажам",
    basisProfit: "Прибыли",
    basisProfitNeedsColumn: "Нужен столбец прибыли.",
    paneLanguage: "Язык",
    reportLanguage: "Язык отчёта",
    langAuto: "Авто (как в Excel)",
    langSameAsPane: "Как у панели",
    dateOrder: "Даты вида 03/04/2017",
    dateOrderAuto: "Определить по столбцу",
    dateOrderDmy: "Сначала день (03 — день)",
    dateOrderMdy: "Сначала месяц (США)",
  },
  build: {
    button: "Построить отчёт",
    again: "Построить заново",
    cancel: "Отмена",
    stage: {
      starting: "Начинаю…",
      reading: (done, total) => `Читаю строки: ${done} из ${total}…`,
      analysing: "Анализирую…",
      writing: "Записываю лист…",
    },
    cancelled: "Построение отчёта отменено. Книга не изменена.",
    needsSetup: "Один раз проверьте столбцы и параметры и нажмите «Построить отчёт». Кнопка на ленте будет строить отчёт с ними.",
  },
  result: {
    title: "Отчёт готов",
    keyClients: "Ключевых клиентов",
    keyShare: "Их доля продаж",
    activeClients: "Активных клиентов",
    newInKey: "Новых среди ключевых",
    droppedFromKey: "Выбыли из ключевых",
    noPrevious: "н/д",
    falling: "Ключевых с падением",
    irregular: "Ключевых с пропусками",
    rowsRead: "Прочитано строк",
    rowsUsed: "Учтено строк",
    rowsSkipped: "Пропущено строк",
    skippedRows: (rows, more) => `${rows.length === 1 && !more ? "строка" : "строки"} ${rows.join(", ")}${more ? ", …" : ""}`,
    warnings: "Предупреждения",
    goToSheet: "Перейти к листу отчёта",
  },
  errors: {
    titles: {
      noHeader: "Не найдена строка заголовков",
      missingColumn: "Не хватает обязательного столбца",
      emptyTable: "Нечего читать",
      monthOutsideData: "Нет данных за этот месяц",
      badOption: "Проверьте параметры",
      badFile: "Данные не удаётся прочитать",
    },
    excelTitle: "Excel не смог закончить отчёт",
    unexpectedTitle: "Что-то пошло не так",
    unexpected: "Отчёт не построен из-за непредвиденной ошибки. Ваши данные не изменены. Попробуйте ещё раз; если ошибка повторится, отправьте в поддержку подробности ниже.",
    settingsNotRead: "Сохранённые параметры не удалось прочитать; взяты параметры по умолчанию.",
    details: "Подробности",
    keyClient: (code, sentence) => ({ message: RU_ADVICE[code], detail: sentence }),
    excel: (code, sentence) => ({ message: RU_EXCEL[code] ?? RU_EXCEL_OTHER, detail: sentence }),
  },
  problem: (p) => {
    switch (p.kind) {
      case "noSource":
        return "Сначала выделите таблицу отгрузок.";
      case "missingColumns":
        return `Выберите столбец: ${list(p.fields, RU_FIELDS, "и")}.`;
      case "sameColumn":
        return `Столбец «${p.header}» выбран и как «${RU_FIELDS[p.fields[0]]}», и как «${RU_FIELDS[p.fields[1]]}».`;
      case "month":
        return "Укажите отчётный месяц в виде ГГГГ-ММ, например 2017-12.";
      case "months":
        return "Число месяцев в периоде — целое от 1 до 24.";
      case "topN":
        return "Число ключевых клиентов — целое, не меньше 1.";
      case "share":
        return "Доля Парето — больше 0% и не больше 100%.";
      case "profitBasis":
        return "Для ABC по прибыли нужен столбец прибыли.";
    }
  },
};

const TEXTS: Record<Lang, PaneTexts> = { en: EN, ru: RU };

export function paneTexts(lang: Lang): PaneTexts {
  return TEXTS[lang];
}

/** Excel's display language → the pane's: any `ru-*` is Russian, everything else English. */
export function langOfDisplay(displayLanguage: string | undefined | null): Lang {
  return /^ru(-|_|$)/i.test(displayLanguage ?? "") ? "ru" : "en";
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
