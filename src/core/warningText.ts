// Every warning (warnings.ts) worded for people, in English and Russian (Bulgarian and Indonesian in their own files): the report sheet, the
// pane, the JSON and the terminal summary all show these sentences.

import type { Lang } from "./types";
import type { NumberField, Warning } from "./warnings";
import { bulgarian } from "./warningTextBg";
import { indonesian } from "./warningTextId";

/** Data quoted inside a sentence (curly quotes: names often hold straight ones). */
const enQuote = (text: string) => `“${text}”`;
const ruQuote = (text: string) => `«${text}»`;

const enPlural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** Russian noun forms for 1, 2–4 and 5+ (11–14 take the last). */
function ruPlural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  const form = tens >= 11 && tens <= 14 ? many : units === 1 ? one : units >= 2 && units <= 4 ? few : many;
  return `${n} ${form}`;
}
const enRows = (rows: readonly number[]) => `${rows.length === 1 ? "row" : "rows"} ${rows.join(", ")}`;
const ruRows = (rows: readonly number[]) => `${rows.length === 1 ? "строка" : "строки"} ${rows.join(", ")}`;

const EN_ORDER = { dmy: "day/month/year", mdy: "month/day/year" } as const;
const RU_ORDER = { dmy: "день/месяц/год", mdy: "месяц/день/год" } as const;
const RU_FIELD: Record<NumberField, { of: string; column: string }> = {
  amount: { of: "суммы", column: "суммы" },
  profit: { of: "прибыли", column: "прибыли" },
};

function english(w: Warning): string {
  switch (w.code) {
    case "mixedDateOrders":
      return `The date column mixes day-first and month-first dates; most are ${EN_ORDER[w.order]}, so ${enPlural(w.count, "row")} such as ${enQuote(w.example)} that only make sense the other way were skipped as unreadable dates.`;
    case "ambiguousDates":
      return `${enPlural(w.count, "date")} such as ${enQuote(w.example)} could be day-first or month-first and nothing in the column tells which; they were read as ${EN_ORDER[w.order]}. Choose the date order if that is wrong.`;
    case "ambiguousNumbers":
      return `${enPlural(w.count, `${w.field} value`)} such as ${enQuote(w.example)} could be read two ways and nothing else in the column tells which; "${w.separator}" was read as ${w.decimal ? "a decimal point" : "a thousands separator"}.`;
    case "mixedNumberStyles":
      return `The ${w.field} column mixes number styles; ${enPlural(w.count, "value")} such as ${enQuote(w.example)} were read with "${w.separator}" as ${w.decimal ? "a decimal point" : "a thousands separator"}, as in most of the column.`;
    case "futureRows":
      return `${enPlural(w.count, "row is", "rows are")} dated after today (${w.today}), first ${enRows(w.rows)}; they are used as they are, but they do not choose the report month.`;
    case "oldRows":
      return `${enPlural(w.count, "row is", "rows are")} dated before 1990, first ${enRows(w.rows)}; check that the date column is the right one.`;
    case "badProfit":
      return `${enPlural(w.count, "row has", "rows have")} a blank or unreadable profit, counted as 0: first ${enRows(w.rows)}.`;
    case "mergedNames":
      return `Client names that differ only in case or spacing were merged (${enPlural(w.count, "spelling")}), e.g. ${w.examples.map((e) => `${enQuote(e.variant)} as ${enQuote(e.name)}`).join(", ")}.`;
    case "unstorableCharacters":
      return `${enPlural(w.count, "name holds", "names hold")} characters a workbook cannot store, first in row ${w.row}; they were replaced by “\uFFFD”.`;
    case "linesMerged":
      return `${enPlural(w.rows, "row spans", "rows span")} several lines of the file (a quoted field with line breaks, as Excel reads it): ${enPlural(w.lines, "line break")} in all, the most in row ${w.row}, lines ${w.firstLine}–${w.lastLine}. A quote left open merges the lines after it: check those lines.`;
    case "encodingGuessed":
      return `The file was read as Windows-1251, though ${enPlural(w.utf8Sequences, "character is", "characters are")} written as in UTF-8 (byte ${w.firstInvalidByte} is not valid UTF-8); if names look garbled, save the file as UTF-8.`;
  }
}

function russian(w: Warning): string {
  switch (w.code) {
    case "mixedDateOrders":
      return `В столбце дат смешаны даты «день первым» и «месяц первым»; большинство записаны как ${RU_ORDER[w.order]}, поэтому ${ruPlural(w.count, "строка", "строки", "строк")} вроде ${ruQuote(w.example)}, понятные только в другом порядке, пропущены как нераспознанные даты.`;
    case "ambiguousDates":
      return `${ruPlural(w.count, "дату", "даты", "дат")} вроде ${ruQuote(w.example)} можно прочитать и как день/месяц, и как месяц/день, а по столбцу не понять как; они прочитаны как ${RU_ORDER[w.order]}. Если это неверно, выберите порядок даты.`;
    case "ambiguousNumbers":
      return `${ruPlural(w.count, "значение", "значения", "значений")} ${RU_FIELD[w.field].of} вроде ${ruQuote(w.example)} можно прочитать двояко, а остальной столбец не подсказывает; «${w.separator}» прочитана как ${w.decimal ? "десятичный разделитель" : "разделитель тысяч"}.`;
    case "mixedNumberStyles":
      return `В столбце ${RU_FIELD[w.field].column} числа записаны по-разному; ${ruPlural(w.count, "значение", "значения", "значений")} вроде ${ruQuote(w.example)} прочитаны с «${w.separator}» как ${w.decimal ? "десятичным разделителем" : "разделителем тысяч"}, как в большей части столбца.`;
    case "futureRows":
      return `${ruPlural(w.count, "строка датирована", "строки датированы", "строк датированы")} позже сегодняшнего дня (${w.today}), первые: ${ruRows(w.rows)}; они учтены как есть, но месяц отчёта по ним не выбирается.`;
    case "oldRows":
      return `${ruPlural(w.count, "строка датирована", "строки датированы", "строк датированы")} раньше 1990 года, первые: ${ruRows(w.rows)}; проверьте, тот ли столбец выбран датой.`;
    case "badProfit":
      return `В ${ruPlural(w.count, "строке", "строках", "строках")} прибыль пустая или нераспознанная и считается равной 0; первые: ${ruRows(w.rows)}.`;
    case "mergedNames":
      return `Названия клиентов, различающиеся только регистром или пробелами, объединены (${ruPlural(w.count, "написание", "написания", "написаний")}), например ${w.examples.map((e) => `${ruQuote(e.variant)} как ${ruQuote(e.name)}`).join(", ")}.`;
    case "unstorableCharacters":
      return `В ${ruPlural(w.count, "названии", "названиях", "названиях")} есть символы, которые нельзя сохранить в книге Excel (впервые в строке ${w.row}); они заменены на «\uFFFD».`;
    case "linesMerged":
      return `${ruPlural(w.rows, "строка таблицы занимает", "строки таблицы занимают", "строк таблицы занимают")} несколько строк файла (поле в кавычках с переносами строк, как читает Excel): всего ${ruPlural(w.lines, "перенос", "переноса", "переносов")}, больше всего в строке ${w.row}, строки файла ${w.firstLine}–${w.lastLine}. Незакрытая кавычка склеивает строки после неё: проверьте их.`;
    case "encodingGuessed":
      return `Файл прочитан в кодировке Windows-1251, хотя ${ruPlural(w.utf8Sequences, "символ записан", "символа записаны", "символов записаны")} как в UTF-8 (байт ${w.firstInvalidByte} в UTF-8 недопустим); если названия искажены, сохраните файл в UTF-8.`;
  }
}

const WRITERS: Record<Lang, (w: Warning) => string> = { en: english, ru: russian, bg: bulgarian, id: indonesian };

/** The warning as a sentence in `lang`. */
export function warningText(w: Warning, lang: Lang): string {
  return WRITERS[lang](w);
}
