// The pane's Bulgarian texts, with a Bulgarian sentence per engine and Excel error code (those
// sentences are English at the source).

import type { ErrorCode, ErrorFacts } from "../core/errors";
import { monthLabel } from "../core/labels";
import type { Field } from "../core/types";
import type { ChangedState } from "../excel/officeErrors";
import type { PaneTexts } from "./paneTexts";
import { fieldList } from "./textsEn";

const BG_FIELDS: Record<Field, string> = {
  client: "Клиент",
  date: "Дата",
  amount: "Сума",
  product: "Артикул",
  profit: "Печалба",
  quantity: "Количество",
  manager: "Търговец",
};

/** Bulgarian advice per error code (the engine's own sentences are English). */
const BG_ADVICE: Record<ErrorCode, string> = {
  noHeader: "В първите 50 реда няма ред, в който да са посочени клиент, дата и сума. Маркирайте таблицата заедно със заглавния ред.",
  missingColumn: "Изберете нужните колони в раздел „Колони“.",
  emptyTable: "В таблицата няма редове с данни, които да могат да се отчетат. Проверете дали е избрана таблицата с доставките.",
  monthOutsideData: "Изберете месец, за който в таблицата има доставки.",
  badOption: "Някой от параметрите е зададен неправилно.",
  badFile: "Данните не могат да бъдат прочетени.",
  badRegister: "Върнете заглавията на таблицата на регистъра и изгответе отчета отново; файлът не е променен.",
};

const BG_UNCHANGED = "Данните ви не са променени.";
const BG_TOO_LARGE = `Таблицата е твърде голяма за Excel в браузъра. Изгответе отчета в Excel за Windows или Mac или маркирайте по-малко колони. ${BG_UNCHANGED}`;
const BG_BUSY = `Excel е зает. Изчакайте малко и опитайте отново. ${BG_UNCHANGED}`;

/** Bulgarian sentences per Excel error code (src/excel/officeErrors.ts has the English ones). */
const BG_EXCEL: Record<string, string> = {
  InvalidOperationInCellEditMode: `Excel редактира клетка. Натиснете Enter или Esc, за да приключите въвеждането, и опитайте отново. ${BG_UNCHANGED}`,
  AccessDenied: `Excel не разреши промяната: файлът е защитен или е отворен само за четене. Премахнете защитата (Преглед → Защита на работната книга) или запишете копие и опитайте отново. ${BG_UNCHANGED}`,
  ItemNotFound: `Нужният лист или диапазон липсва: преименуван е или е изтрит. Маркирайте таблицата с доставките и опитайте отново. ${BG_UNCHANGED}`,
  RequestPayloadSizeLimitExceeded: BG_TOO_LARGE,
  ResponsePayloadSizeLimitExceeded: BG_TOO_LARGE,
  ActivityLimitReached: BG_BUSY,
  ServiceNotAvailable: BG_BUSY,
};
const BG_WORKBOOK_CHANGED: Record<ChangedState, (sheetName: string) => string> = {
  unfinishedSheetLeft: (sheetName) => `Excel прекъсна изготвянето на отчета и недовършеният лист „${sheetName}“ не можа да бъде изтрит. Изтрийте го и изгответе отчета отново.`,
  previousReportRemoved: (sheetName) =>
    `Excel прекъсна изготвянето на отчета: предишният отчет за този месец вече е изтрит, а новият е напълно готов в листа „${sheetName}“. Преименувайте този лист или изгответе отчета отново.`,
  stateUnknown: (sheetName) => `Excel прекъсна изготвянето на отчета. Във файла може да е останал недовършен лист „${sheetName}“: проверете листовете, изтрийте го, ако го има, и изгответе отчета отново.`,
};
/** The engine's error in Bulgarian, from its facts; null where only the advice per code can be given. */
function factSentence(code: ErrorCode, f: ErrorFacts): string | null {
  const span = f.firstMonth && f.lastMonth ? `${monthLabel(f.firstMonth, "bg")} – ${monthLabel(f.lastMonth, "bg")}` : null;
  if (code === "monthOutsideData" && span && f.month) return `За ${monthLabel(f.month, "bg")} няма доставки: данните обхващат ${span}. Изберете отчетен месец от този период.`;
  if (code === "monthOutsideData" && span) return `Данните обхващат ${span} и в тях още няма пълен месец преди днешния ден. Посочете отчетен месец.`;
  if (f.reason === "emptySheet") return `Листът „${f.sheet ?? ""}“ е празен. Отворете листа с таблицата с доставките, щракнете в клетка от нея и натиснете „Вземи маркираното“.`;
  if (f.reason === "emptySelection") return "Маркираните клетки са празни. Маркирайте таблицата с доставките или щракнете в клетка от нея и натиснете „Вземи маркираното“.";
  if (f.reason === "multipleAreas") return `Маркирани са няколко отделни области (${f.areas ?? 2}). Маркирайте един блок от клетки или щракнете в клетка от таблицата и натиснете „Вземи маркираното“.`;
  return null;
}

const BG_EXCEL_OTHER = `Excel не успя да изпълни стъпка от изготвянето на отчета. ${BG_UNCHANGED}`;

export const BG: PaneTexts = {
  locale: "bg-BG",
  app: { title: "KeyClient", tagline: "Месечен отчет за ключовите клиенти", loading: "Зареждане…" },
  source: {
    title: "Изходни данни",
    sheet: "Лист",
    range: "Диапазон",
    rowsLabel: "Редове с данни",
    kind: { selection: "маркирана област", table: (name) => `таблица ${name}`, usedRange: "целият лист" },
    headerRow: (row) => `заглавие на ред ${row}`,
    noHeader: "не е намерен заглавен ред",
    useSelection: "Вземи маркираното",
    useSelectionHint: "Маркирайте таблицата с доставките (или щракнете в клетка от нея) и натиснете тук.",
    inspecting: "Преглеждам таблицата…",
  },
  mapping: {
    title: "Колони",
    hint: "Намерени по заглавията. Поправете, ако нещо не е наред.",
    fields: BG_FIELDS,
    none: "(няма)",
    choose: "Изберете колона",
    missing: (field) => `Колоната „${field}“ не е намерена: изберете я.`,
    taken: (header, other, required) => `„${header}“ вече е избрана като „${other}“.${required ? " Изберете друга колона." : ""}`,
    noMatch: "Няма подходящи колони",
    openList: (field) => `Покажи колоните за полето „${field}“`,
    savedChoiceGone: (field, header) => `Запазената колона „${header}“ (${field}) я няма в тази таблица; взета е колоната, намерена по заглавието.`,
  },
  options: {
    title: "Параметри",
    month: "Отчетен месец",
    monthPlaceholder: "ГГГГ-ММ",
    monthHint: "Оставете празно, за да се вземе последният пълен месец в данните.",
    months: "Месеци за средния оборот",
    monthsHint: "Продажбите се осредняват за толкова месеца до отчетния включително. Обикновено 3.",
    rule: "Как да се изберат ключовите клиенти",
    ruleTop: "Зададен брой най-големи",
    rulePareto: "Най-големите, които носят дял от оборота",
    ruleHint: "Клиентите са подредени по среден месечен оборот.",
    topN: "Брой ключови клиенти",
    share: "Техният дял от оборота, %",
    shareHint: "80: най-големите клиенти, които заедно носят 80% от оборота.",
    basis: "Разделяне на клиентите в групи A, B, C по",
    basisHint: "A — най-големите, които носят основната част от общата сума; C — най-малките.",
    basisSales: "Оборот",
    basisProfit: "Печалба",
    basisProfitNeedsColumn: "Нужна е колона с печалбата.",
    paneLanguage: "Език",
    reportLanguage: "Език на отчета",
    langAuto: "Като в Excel",
    langSameAsPane: "Като на панела",
    dateOrder: "Дати от вида 03/04/2017",
    dateOrderAuto: "Да се определи по колоната",
    dateOrderDmy: "Първо денят (03 е денят)",
    dateOrderMdy: "Първо месецът (САЩ)",
  },
  build: {
    button: "Изготви отчета",
    again: "Изготви отново",
    cancel: "Отказ",
    progressName: "Ход на изготвянето на отчета",
    stage: {
      starting: "Започвам…",
      reading: (done, total) => `Чета редове: ${done} от ${total}…`,
      analysing: "Анализирам…",
      writing: "Записвам листа…",
    },
    cancelledTitle: "Изготвянето е отменено",
    cancelled: "Файлът не е променен.",
    needsSetupTitle: "Настройте отчета веднъж",
    needsSetup: "Проверете веднъж колоните и параметрите и натиснете „Изготви отчета“. Бутонът на лентата ще изготвя отчета с тях.",
  },
  result: {
    title: "Отчетът е готов",
    keyClients: "Ключови клиенти",
    keyShare: "Техният дял от оборота",
    activeClients: "Активни клиенти",
    newInKey: "Нови сред ключовите",
    droppedFromKey: "Отпаднали от ключовите",
    noPrevious: "н/д",
    falling: "Ключови със спад на оборота",
    irregular: "Ключови с нередовни доставки",
    rowsRead: "Прочетени редове",
    rowsUsed: "Използвани редове",
    rowsSkipped: "Пропуснати редове",
    skippedRows: (rows, more) => `${rows.length === 1 && !more ? "ред" : "редове"} ${rows.join(", ")}${more ? ", …" : ""}`,
    warnings: "Предупреждения",
    goToSheet: "Към листа с отчета",
    announce: (sheet, keyCount, keyShare) => `Отчетът е готов, лист „${sheet}“: ключови клиенти — ${keyCount}, техният дял от оборота — ${keyShare}.`,
  },
  errors: {
    titles: {
      noHeader: "Не е намерен заглавен ред",
      missingColumn: "Липсва задължителна колона",
      emptyTable: "Няма какво да се прочете",
      monthOutsideData: "Няма данни за този месец",
      badOption: "Проверете параметрите",
      badFile: "Данните не могат да бъдат прочетени",
      badRegister: "Регистърът на ключовите клиенти трябва да се поправи",
    },
    reasonTitles: {
      multipleAreas: "Маркирайте един блок от клетки",
      emptySelection: "Маркираните клетки са празни",
      emptySheet: "Листът е празен",
    },
    excelTitle: "Excel не успя да завърши отчета",
    buildRunningTitle: "Отчетът вече се изготвя",
    buildRunning: "Изчакайте да приключи (ходът се вижда тук) и при нужда изгответе отчета отново.",
    unexpectedTitle: "Нещо се обърка",
    unexpected: `Отчетът не е изготвен заради неочаквана грешка. ${BG_UNCHANGED} Опитайте отново; ако грешката се повтори, изпратете на поддръжката подробностите по-долу.`,
    settingsNotReadTitle: "Запазените параметри не са използвани",
    settingsNotRead: "Запазените параметри не можаха да бъдат прочетени; взети са параметрите по подразбиране.",
    details: "Подробности",
    keyClient: (code, sentence, facts) => {
      const own = factSentence(code, facts);
      return own ? { message: own } : { message: BG_ADVICE[code], detail: sentence };
    },
    excel: (code, sentence) => ({ message: BG_EXCEL[code] ?? BG_EXCEL_OTHER, detail: sentence }),
    workbookChanged: (state, sheetName, sentence) => ({ message: BG_WORKBOOK_CHANGED[state](sheetName), detail: sentence }),
  },
  problem: (p) => {
    switch (p.kind) {
      case "noSource":
        return "Първо маркирайте таблицата с доставките.";
      case "missingColumns":
        return `Изберете колона: ${fieldList(p.fields, BG_FIELDS, "и")}.`;
      case "sameColumn":
        return `Колоната „${p.header}“ е избрана и като „${BG_FIELDS[p.fields[0]]}“, и като „${BG_FIELDS[p.fields[1]]}“.`;
      case "month":
        return "Посочете отчетния месец изцяло, с годината (например 2017-12), или изчистете полето.";
      case "months":
        return "Броят месеци за средния оборот е цяло число от 1 до 24.";
      case "topN":
        return "Броят ключови клиенти е цяло число, не по-малко от 1.";
      case "share":
        return "Делът от оборота е над 0% и не повече от 100%.";
      case "profitBasis":
        return "За разделяне в групи по печалба е нужна колона с печалбата.";
    }
  },
};
