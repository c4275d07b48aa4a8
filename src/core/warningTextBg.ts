// Every warning (warnings.ts) in Bulgarian, as warningText.ts words it in English and Russian.

import type { NumberField, Warning } from "./warnings";

const quote = (text: string) => `„${text}“`;
/** Bulgarian counts: one form for 1, the counted form for the rest (2 реда, 5 реда). */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const rowsText = (rows: readonly number[]) => `${rows.length === 1 ? "ред" : "редове"} ${rows.join(", ")}`;
const ORDER = { dmy: "ден/месец/година", mdy: "месец/ден/година" } as const;
const FIELD: Record<NumberField, string> = { amount: "сумата", profit: "печалбата" };
const separator = (decimal: boolean) => (decimal ? "десетичен знак" : "разделител на хилядите");

export function bulgarian(w: Warning): string {
  switch (w.code) {
    case "mixedDateOrders":
      return `В колоната с датите има и дати с първо ден, и дати с първо месец; повечето са ${ORDER[w.order]}, затова ${plural(w.count, "ред", "реда")} като ${quote(w.example)}, които имат смисъл само в другия ред, са пропуснати като неразпознати дати.`;
    case "ambiguousDates":
      return `${plural(w.count, "дата", "дати")} като ${quote(w.example)} може да са ден/месец или месец/ден и от колоната не личи кое; прочетени са като ${ORDER[w.order]}. Ако това е грешно, изберете реда на датата.`;
    case "ambiguousNumbers":
      return `${plural(w.count, "стойност", "стойности")} на ${FIELD[w.field]} като ${quote(w.example)} може да се прочетат по два начина и колоната не подсказва как; „${w.separator}“ е прочетен като ${separator(w.decimal)}.`;
    case "mixedNumberStyles":
      return `В колоната на ${FIELD[w.field]} числата са записани по различен начин; ${plural(w.count, "стойност", "стойности")} като ${quote(w.example)} са прочетени с „${w.separator}“ като ${separator(w.decimal)}, както в по-голямата част от колоната.`;
    case "futureRows":
      return `${plural(w.count, "ред е датиран", "реда са датирани")} след днешния ден (${w.today}), първи: ${rowsText(w.rows)}; използвани са както са, но по тях не се избира отчетният месец.`;
    case "oldRows":
      return `${plural(w.count, "ред е датиран", "реда са датирани")} преди 1990 г., първи: ${rowsText(w.rows)}; проверете дали е избрана правилната колона за дата.`;
    case "badProfit":
      return `В ${plural(w.count, "ред", "реда")} печалбата е празна или неразпозната и се смята за 0; първи: ${rowsText(w.rows)}.`;
    case "mergedNames":
      return `Имената на клиенти, които се различават само по главни/малки букви или интервали, са обединени (${plural(w.count, "изписване", "изписвания")}), напр. ${w.examples.map((e) => `${quote(e.variant)} като ${quote(e.name)}`).join(", ")}.`;
    case "unstorableCharacters":
      return `${plural(w.count, "име съдържа", "имена съдържат")} знаци, които не могат да се запишат във файл на Excel (за първи път на ред ${w.row}); заменени са с „\uFFFD“.`;
    case "linesMerged":
      return `${plural(w.rows, "ред от таблицата заема", "реда от таблицата заемат")} няколко реда от файла (поле в кавички с нови редове, както го чете Excel): общо ${plural(w.lines, "нов ред", "нови реда")}, най-много на ред ${w.row}, редове на файла ${w.firstLine}–${w.lastLine}. Незатворени кавички сливат редовете след тях: проверете ги.`;
    case "encodingGuessed":
      return `Файлът е прочетен с кодиране Windows-1251, макар че ${plural(w.utf8Sequences, "знак е записан", "знака са записани")} като в UTF-8 (байт ${w.firstInvalidByte} не е валиден UTF-8); ако имената изглеждат объркани, запишете файла като UTF-8.`;
  }
}
