// The pane's Russian texts, with a Russian sentence per engine and Excel error code (those
// sentences are English at the source).

import type { ErrorCode, ErrorFacts } from "../core/errors";
import { monthLabel } from "../core/labels";
import type { Field } from "../core/types";
import type { ChangedState } from "../excel/officeErrors";
import type { PaneTexts } from "./paneTexts";
import { fieldList } from "./textsEn";

const RU_FIELDS: Record<Field, string> = {
  client: "Клиент",
  date: "Дата",
  amount: "Сумма",
  product: "Товар",
  profit: "Прибыль",
  quantity: "Количество",
  manager: "Менеджер",
};

/** Russian advice per error code (the engine's own sentences are English). */
const RU_ADVICE: Record<ErrorCode, string> = {
  noHeader: "В первых 50 строках нет строки, где названы клиент, дата и сумма. Выделите таблицу вместе с заголовком.",
  missingColumn: "Выберите нужные столбцы в разделе «Столбцы».",
  emptyTable: "В таблице нет строк с данными, которые можно учесть. Проверьте, что выбрана таблица отгрузок.",
  monthOutsideData: "Выберите месяц, за который в таблице есть отгрузки.",
  badOption: "Один из параметров задан неверно.",
  badFile: "Данные не удаётся прочитать.",
  badRegister: "Верните таблице реестра её заголовки и постройте отчёт снова; книга не изменена.",
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
const RU_WORKBOOK_CHANGED: Record<ChangedState, (sheetName: string) => string> = {
  unfinishedSheetLeft: (sheetName) => `Excel прервал построение отчёта, и недостроенный лист «${sheetName}» удалить не удалось. Удалите его и постройте отчёт ещё раз.`,
  previousReportRemoved: (sheetName) =>
    `Excel прервал построение отчёта: прежний отчёт за этот месяц уже удалён, а новый полностью готов на листе «${sheetName}». Переименуйте этот лист или постройте отчёт ещё раз.`,
  stateUnknown: (sheetName) => `Excel прервал построение отчёта. В книге может остаться недостроенный лист «${sheetName}»: проверьте листы, удалите его, если он есть, и постройте отчёт ещё раз.`,
};
/** The engine's error in Russian, from its facts; null where only the advice per code can be given. */
function factSentence(code: ErrorCode, f: ErrorFacts): string | null {
  const span = f.firstMonth && f.lastMonth ? `${monthLabel(f.firstMonth, "ru")} – ${monthLabel(f.lastMonth, "ru")}` : null;
  if (code === "monthOutsideData" && span && f.month) return `За ${monthLabel(f.month, "ru")} отгрузок нет: данные охватывают ${span}. Выберите отчётный месяц из этого периода.`;
  if (code === "monthOutsideData" && span) return `Данные охватывают ${span}, и полного месяца до сегодняшнего дня в них ещё нет. Укажите отчётный месяц.`;
  if (f.reason === "emptySheet") return `Лист «${f.sheet ?? ""}» пуст. Откройте лист с таблицей отгрузок, щёлкните ячейку в ней и нажмите «Взять выделенное».`;
  if (f.reason === "emptySelection") return "Выделенные ячейки пусты. Выделите таблицу отгрузок или щёлкните ячейку в ней и нажмите «Взять выделенное».";
  if (f.reason === "multipleAreas") return `Выделено несколько отдельных областей (${f.areas ?? 2}). Выделите один блок ячеек или щёлкните ячейку в таблице и нажмите «Взять выделенное».`;
  return null;
}

const RU_EXCEL_OTHER = "Excel не смог выполнить шаг построения отчёта. Ваши данные не изменены.";

export const RU: PaneTexts = {
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
    missing: (field) => `Столбец «${field}» не найден: выберите его.`,
    taken: (header, other, required) => `«${header}» теперь выбран как «${other}».${required ? " Выберите другой столбец." : ""}`,
    noMatch: "Нет подходящих столбцов",
    openList: (field) => `Показать столбцы для поля «${field}»`,
    savedChoiceGone: (field, header) => `Сохранённого столбца «${header}» (${field}) нет в этой таблице; взят столбец, найденный по заголовку.`,
  },
  options: {
    title: "Параметры",
    month: "Отчётный месяц",
    monthPlaceholder: "ГГГГ-ММ",
    monthHint: "Оставьте пустым, чтобы взять последний полный месяц в данных.",
    months: "Месяцев для среднего",
    monthsHint: "Продажи усредняются за столько месяцев по отчётный включительно. Обычно 3.",
    rule: "Как выбрать ключевых клиентов",
    ruleTop: "Заданное число крупнейших",
    rulePareto: "Крупнейшие, дающие долю продаж",
    ruleHint: "Клиенты упорядочены по средним продажам в месяц.",
    topN: "Сколько ключевых клиентов",
    share: "Их доля продаж, %",
    shareHint: "80: крупнейшие клиенты, которые вместе дают 80 % продаж.",
    basis: "Делить клиентов на группы A, B, C по",
    basisHint: "A — крупнейшие, дающие основную часть итога; C — самые мелкие.",
    basisSales: "Продажам",
    basisProfit: "Прибыли",
    basisProfitNeedsColumn: "Нужен столбец прибыли.",
    paneLanguage: "Язык",
    reportLanguage: "Язык отчёта",
    langAuto: "Как в Excel",
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
    progressName: "Ход построения отчёта",
    stage: {
      starting: "Начинаю…",
      reading: (done, total) => `Читаю строки: ${done} из ${total}…`,
      analysing: "Анализирую…",
      writing: "Записываю лист…",
    },
    cancelledTitle: "Построение отменено",
    cancelled: "Книга не изменена.",
    needsSetupTitle: "Настройте отчёт один раз",
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
    announce: (sheet, keyCount, keyShare) => `Отчёт готов, лист «${sheet}»: ключевых клиентов — ${keyCount}, их доля продаж — ${keyShare}.`,
  },
  errors: {
    titles: {
      noHeader: "Не найдена строка заголовков",
      missingColumn: "Не хватает обязательного столбца",
      emptyTable: "Нечего читать",
      monthOutsideData: "Нет данных за этот месяц",
      badOption: "Проверьте параметры",
      badFile: "Данные не удаётся прочитать",
      badRegister: "Реестр ключевых клиентов нужно поправить",
    },
    reasonTitles: {
      multipleAreas: "Выделите один блок ячеек",
      emptySelection: "Выделенные ячейки пусты",
      emptySheet: "Лист пуст",
    },
    excelTitle: "Excel не смог закончить отчёт",
    buildRunningTitle: "Отчёт уже строится",
    buildRunning: "Дождитесь окончания (ход построения показан здесь) и при необходимости постройте отчёт ещё раз.",
    unexpectedTitle: "Что-то пошло не так",
    unexpected: "Отчёт не построен из-за непредвиденной ошибки. Ваши данные не изменены. Попробуйте ещё раз; если ошибка повторится, отправьте в поддержку подробности ниже.",
    settingsNotReadTitle: "Сохранённые параметры не использованы",
    settingsNotRead: "Сохранённые параметры не удалось прочитать; взяты параметры по умолчанию.",
    details: "Подробности",
    keyClient: (code, sentence, facts) => {
      const own = factSentence(code, facts);
      return own ? { message: own } : { message: RU_ADVICE[code], detail: sentence };
    },
    excel: (code, sentence) => ({ message: RU_EXCEL[code] ?? RU_EXCEL_OTHER, detail: sentence }),
    workbookChanged: (state, sheetName, sentence) => ({ message: RU_WORKBOOK_CHANGED[state](sheetName), detail: sentence }),
  },
  problem: (p) => {
    switch (p.kind) {
      case "noSource":
        return "Сначала выделите таблицу отгрузок.";
      case "missingColumns":
        return `Выберите столбец: ${fieldList(p.fields, RU_FIELDS, "и")}.`;
      case "sameColumn":
        return `Столбец «${p.header}» выбран и как «${RU_FIELDS[p.fields[0]]}», и как «${RU_FIELDS[p.fields[1]]}».`;
      case "month":
        return "Укажите отчётный месяц полностью, с годом (например, 2017-12), или очистите поле.";
      case "months":
        return "Число месяцев для среднего — целое от 1 до 24.";
      case "topN":
        return "Число ключевых клиентов — целое, не меньше 1.";
      case "share":
        return "Доля продаж — больше 0 % и не больше 100 %.";
      case "profitBasis":
        return "Чтобы делить на группы по прибыли, нужен столбец прибыли.";
    }
  },
};
