import fc from "fast-check";
import {
  COMMA_DECIMAL, COMMA_GROUPING, DOT_DECIMAL, DOT_GROUPING, clientKey, dayToExcelSerial, dayToIso, excelSerialToDay,
  isBlank, isErrorValue, isTotalsLabel, isoToDay, newAmountScan, newDateScan, normalizeClientName, parseAmount,
  parseDate, scanAmount, scanDate, toCellValue,
} from "../../src/core/values";

const NB = "\u00a0";
const NNB = "\u202f";

describe("parseAmount", () => {
  test.each<[unknown, number]>([
    [1234.56, 1234.56],
    [-7, -7],
    [0, 0],
    ["1234.56", 1234.56],
    ["1234,5", 1234.5],
    ["1 234,56", 1234.56],
    [`1${NB}234,56`, 1234.56],
    [`1${NNB}234,56`, 1234.56],
    [`12${NB}345${NB}678,90`, 12345678.9],
    ["1 234 567", 1234567],
    ["1,234.56", 1234.56],
    ["1,234,567.89", 1234567.89],
    ["1.234.567,89", 1234567.89],
    ["1'234.50", 1234.5],
    ["(1 234,56)", -1234.56],
    ["(1,234.56)", -1234.56],
    ["-1234", -1234],
    ["-1 234,56", -1234.56],
    ["−5", -5],
    ["1234-", -1234],
    ["+12", 12],
    ["$1,234.56", 1234.56],
    ["-$1,234.56", -1234.56],
    ["$-1,234.56", -1234.56],
    ["($1,234.56)", -1234.56],
    ["€ 1.234,56", 1234.56],
    ["£12.50", 12.5],
    ["¥100", 100],
    ["₽ 99,90", 99.9],
    ["Rp 1.234.567", 1234567],
    ["Rp 1.234.567,89", 1234567.89],
    ["лв 12,50", 12.5],
    ["12,50 лв.", 12.5],
    ["1 234,56 р.", 1234.56],
    ["1 234 руб.", 1234],
    ["1234 руб", 1234],
    ["1234руб", 1234],
    ["1234 RUB", 1234],
    ["USD 1,234.56", 1234.56],
    ["1234 usd", 1234],
    ["0,00", 0],
    ["-0", 0],
    ["0,123", 0.123],
    [".5", 0.5],
    [",5", 0.5],
    ["1234.567", 1234.567],
    ["1e3", 1000],
    ["1.5E+3", 1500],
    ["  42  ", 42],
    ["1,234", 1234],
    ["1.234", 1234],
    ["12345678901234567.5", 12345678901234567.5],
    ["0.1", 0.1],
  ])("%j → %p", (input, expected) => {
    expect(parseAmount(input as string)).toBe(expected);
  });

  test.each<[unknown]>([
    [""], ["   "], [NB], ["abc"], ["12%"], ["1.234.56"], ["12 34"], ["(5"], ["(-5)"], ["1,2,3"], ["--5"], ["5-5"],
    ["1 234.567 89"], ["$"], ["руб."], ["#N/A"], [true], [false], [null], [undefined], [NaN], [Infinity], [-Infinity],
    [new Date(Date.UTC(2017, 11, 30))], ["1.234,56.78"], ["1,234.567,8"], ["12,34,567"],
  ])("%p is unreadable → null", (input) => {
    expect(parseAmount(input as string)).toBeNull();
  });

  test("every result is a finite number or null, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 30 }), (s) => {
        const v = parseAmount(s);
        return v === null || Number.isFinite(v);
      }),
    );
  });

  test("plain decimal text reads exactly as Number() does", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (x) => {
        const text = x.toFixed(4).replace(/\.?0+$/, "");
        const v = parseAmount(text);
        // "1.234"-like texts are the documented thousands exception.
        return /^-?\d{1,3}\.\d{3}$/.test(text) || v === Number(text);
      }),
    );
  });
});

describe("scanAmount reports what the column needs to settle 1.234", () => {
  const scan = newAmountScan();
  test("an ambiguous value gives both readings", () => {
    expect(scanAmount("1.234", scan)).toBe(true);
    expect(scan).toEqual({ value: 1234, alt: 1.234, ambiguousSeparator: ".", evidence: 0 });
    expect(scanAmount("22.368", scan)).toBe(true);
    expect(scan).toEqual({ value: 22368, alt: 22.368, ambiguousSeparator: ".", evidence: 0 });
    expect(scanAmount("-1,234", scan)).toBe(true);
    expect(scan).toEqual({ value: -1234, alt: -1.234, ambiguousSeparator: ",", evidence: 0 });
  });
  test.each<[string, number]>([
    ["12.5", DOT_DECIMAL],
    ["12,5", COMMA_DECIMAL],
    ["1,234.56", DOT_DECIMAL | COMMA_GROUPING],
    ["1.234,56", COMMA_DECIMAL | DOT_GROUPING],
    ["1.234.567", DOT_GROUPING],
    ["1,234,567", COMMA_GROUPING],
    ["1 234,56", COMMA_DECIMAL],
    ["1 234", 0],
    ["1234", 0],
  ])("%s gives evidence %i", (text, evidence) => {
    expect(scanAmount(text, scan)).toBe(true);
    expect(scan.evidence).toBe(evidence);
    expect(scan.ambiguousSeparator).toBe("");
  });
});

describe("isErrorValue", () => {
  test.each([
    "#N/A", "#Н/Д", "#VALUE!", "#ЗНАЧ!", "#DIV/0!", "#REF!", "#ССЫЛКА!", "#NAME?", "#ИМЯ?", "#NUM!", "#ЧИСЛО!",
    "#NULL!", "#ПУСТО!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#n/a", "#н/д", " #N/A ", "#value!", "Err:502",
  ])("%s", (text) => expect(isErrorValue(text)).toBe(true));

  test("error-shaped objects from exceljs and Office", () => {
    expect(isErrorValue({ error: "#N/A" })).toBe(true);
    expect(isErrorValue({ type: "Error", basicValue: "#DIV/0!", errorType: "Div0" })).toBe(true);
    expect(isErrorValue({ type: "error" })).toBe(true);
    expect(isErrorValue({ formula: "A1/0", result: { error: "#DIV/0!" } })).toBe(true);
  });

  test.each<[unknown]>([["#1 Supplies"], ["N/A"], ["#"], [""], [0], [null], [undefined], [{ text: "x" }], [{ formula: "1+1", result: 2 }], [new Date(0)]])(
    "%p is not an error",
    (v) => expect(isErrorValue(v)).toBe(false),
  );
});

describe("toCellValue unwraps reader objects", () => {
  test("exceljs shapes", () => {
    expect(toCellValue({ formula: "A1*2", result: 42 })).toBe(42);
    expect(toCellValue({ sharedFormula: "A1", result: "x" })).toBe("x");
    expect(toCellValue({ richText: [{ text: "ООО " }, { font: {}, text: "Ромашка" }] })).toBe("ООО Ромашка");
    expect(toCellValue({ text: "Acme", hyperlink: "http://acme" })).toBe("Acme");
    expect(toCellValue({ error: "#N/A" })).toBe("#N/A");
    expect(toCellValue({ formula: "X", result: { error: "#REF!" } })).toBe("#REF!");
  });
  test("Office values as JSON", () => {
    expect(toCellValue({ type: "Double", basicValue: 5 })).toBe(5);
    expect(toCellValue({ type: "Error", basicValue: "#Н/Д" })).toBe("#Н/Д");
    expect(toCellValue({ type: "Error", errorType: "Div0" })).toBe("#VALUE!");
  });
  test("plain values pass, unknown objects are blank", () => {
    const d = new Date(0);
    expect(toCellValue(d)).toBe(d);
    expect(toCellValue("a")).toBe("a");
    expect(toCellValue({ foo: 1 })).toBeUndefined();
  });
});

describe("isBlank", () => {
  test.each<[unknown, boolean]>([
    [null, true], [undefined, true], ["", true], ["   ", true], [`${NB}\t`, true], ["\u200b", true],
    ["a", false], [" a", false], [0, false], [false, false],
  ])("%p → %p", (v, blank) => expect(isBlank(v)).toBe(blank));
});

describe("dates", () => {
  const iso = (v: unknown, order?: "auto" | "dmy" | "mdy") => {
    const day = parseDate(v as string, order);
    return day === null ? null : dayToIso(day);
  };

  test.each<[unknown, string]>([
    ["2017-12-30", "2017-12-30"],
    ["2017-12-30T14:05:00", "2017-12-30"],
    ["2017-12-30T23:59:59.999Z", "2017-12-30"],
    ["2017-12-30 14:05", "2017-12-30"],
    ["2017-12-30T14:05:00+03:00", "2017-12-30"],
    ["2017/12/30", "2017-12-30"],
    ["2017.12.30", "2017-12-30"],
    ["30.12.2017", "2017-12-30"],
    ["1.2.2017", "2017-02-01"],
    ["30.12.2017 14:05:00", "2017-12-30"],
    ["30.12.2017 0:00:00", "2017-12-30"],
    ["30.12.2017, 14:05", "2017-12-30"],
    ["30.12.2017 г.", "2017-12-30"],
    ["30.12.17", "2017-12-30"],
    ["30.12.29", "2029-12-30"],
    ["30.12.30", "1930-12-30"],
    ["12/30/2017", "2017-12-30"],
    ["30/12/2017", "2017-12-30"],
    ["9/30/2017 2:05 PM", "2017-09-30"],
    ["30-12-2017", "2017-12-30"],
    ["43099", "2017-12-30"],
    ["43099.75", "2017-12-30"],
    ["20171230", "2017-12-30"],
    ["30 Dec 2017", "2017-12-30"],
    ["30-Dec-2017", "2017-12-30"],
    ["30-Dec-17", "2017-12-30"],
    ["Dec 30, 2017", "2017-12-30"],
    ["December 30th, 2017", "2017-12-30"],
    ["30 декабря 2017 г.", "2017-12-30"],
    ["1 мая 2017", "2017-05-01"],
    ["30 ДЕКЕМВРИ 2017", "2017-12-30"],
    ["17 Agustus 2017", "2017-08-17"],
    ["30 Desember 2017", "2017-12-30"],
    ["Декабрь 2017", "2017-12-01"],
    ["Декабрь 2017 г.", "2017-12-01"],
    ["March 2017", "2017-03-01"],
    ["12.2017", "2017-12-01"],
    ["2017-12", "2017-12-01"],
    ["29.02.2016", "2016-02-29"],
    ["29.02.2000", "2000-02-29"],
    [43099, "2017-12-30"],
    [43099.999, "2017-12-30"],
    [20171230, "2017-12-30"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [2958465, "9999-12-31"],
  ])("%p → %s", (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  test.each<[unknown]>([
    ["31.02.2017"], ["29.02.2017"], ["29.02.1900"], ["32.01.2017"], ["00.12.2017"], ["2017-13-01"], ["00.00.0000"],
    ["31/04/2017"], ["13/13/2017"], ["30.12"], ["30 Foo 2017"], ["text"], [""], ["  "], ["2017-12-30 text"],
    ["1899-12-31"], ["43099abc"], ["12"], [60], [0], [-1], [2958466], [0.5], [NaN], [true], [null], [undefined],
    [new Date(NaN)], ["30.12.2017 25"], ["1.2.3.4"],
  ])("%p is unreadable", (input) => {
    expect(iso(input)).toBeNull();
  });

  test("slash dates: both readings, or the only one that exists", () => {
    const scan = newDateScan();
    expect(scanDate("03/04/2017", scan)).toBe(true);
    expect([dayToIso(scan.dmy), dayToIso(scan.mdy)]).toEqual(["2017-04-03", "2017-03-04"]);
    expect(scanDate("12/30/2017", scan)).toBe(true);
    expect([scan.dmy, dayToIso(scan.mdy)]).toEqual([NaN, "2017-12-30"]);
    expect(scanDate("05/05/2017", scan)).toBe(true);
    expect(scan.dmy).toBe(scan.mdy);
    expect(scanDate("30.12.2017", scan)).toBe(true);
    expect(scan.dmy).toBe(scan.mdy);
  });

  test("parseDate order: auto reads day-first unless only month-first exists", () => {
    expect(iso("03/04/2017")).toBe("2017-04-03");
    expect(iso("03/04/2017", "mdy")).toBe("2017-03-04");
    expect(iso("12/30/2017", "auto")).toBe("2017-12-30");
    expect(iso("12/30/2017", "dmy")).toBeNull();
    expect(iso("30/12/2017", "mdy")).toBeNull();
    expect(iso("30.12.2017", "mdy")).toBe("2017-12-30");
  });

  /** A Date whose local-time getters behave as in UTC+7 (Jakarta), whatever the machine's zone. */
  class Utc7Date extends Date {
    private shifted(): Date {
      return new Date(this.getTime() + 7 * 3600000);
    }
    getFullYear() { return this.shifted().getUTCFullYear(); }
    getMonth() { return this.shifted().getUTCMonth(); }
    getDate() { return this.shifted().getUTCDate(); }
    getHours() { return this.shifted().getUTCHours(); }
    getMinutes() { return this.shifted().getUTCMinutes(); }
    getSeconds() { return this.shifted().getUTCSeconds(); }
    getMilliseconds() { return this.shifted().getUTCMilliseconds(); }
  }

  test("JS dates: midnight UTC → its UTC date; local midnight → its local date; other times → the UTC date", () => {
    expect(iso(new Utc7Date(Date.UTC(2017, 11, 30)))).toBe("2017-12-30");
    expect(iso(new Utc7Date(Date.UTC(2017, 11, 29, 17)))).toBe("2017-12-30"); // local midnight in UTC+7
    // exceljs stores the cell's wall time 2017-12-30 22:00 as UTC; in UTC+7 it is already the 31st.
    expect(iso(new Utc7Date(Date.UTC(2017, 11, 30, 22, 0)))).toBe("2017-12-30");
    expect(iso(new Date(Date.UTC(2017, 11, 30, 14, 5)))).toBe("2017-12-30");
  });

  test("Excel serials: 60 is the fake 1900-02-29; round trip over the whole range", () => {
    expect(excelSerialToDay(60)).toBeNull();
    expect(excelSerialToDay(59)).toBe(isoToDay("1900-02-28"));
    expect(excelSerialToDay(61)).toBe(isoToDay("1900-03-01"));
    expect(excelSerialToDay(25569)).toBe(0);
    expect(dayToExcelSerial(0)).toBe(25569);
    expect(dayToExcelSerial(isoToDay("1900-02-28")!)).toBe(59);
    expect(dayToExcelSerial(isoToDay("1900-03-01")!)).toBe(61);
    expect(dayToExcelSerial(isoToDay("1899-12-31")!)).toBeNull();
    expect(dayToExcelSerial(1.5)).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        const day = excelSerialToDay(serial);
        return serial === 60 ? day === null : dayToExcelSerial(day!) === serial;
      }),
    );
  });

  test("every valid calendar date in ISO, dotted and slash form reads back to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: isoToDay("1900-01-01")!, max: isoToDay("9999-12-31")! }), (day) => {
        const [y, m, d] = dayToIso(day).split("-");
        return (
          parseDate(`${y}-${m}-${d}`) === day &&
          parseDate(`${d}.${m}.${y}`) === day &&
          parseDate(`${m}/${d}/${y}`, "mdy") === day &&
          parseDate(`${d}/${m}/${y}`, "dmy") === day
        );
      }),
    );
  });

  test("dayToIso / isoToDay", () => {
    expect(dayToIso(0)).toBe("1970-01-01");
    expect(dayToIso(17530)).toBe("2017-12-30");
    expect(isoToDay("2017-12-30")).toBe(17530);
    expect(isoToDay("2017-02-30")).toBeNull();
  });
});

describe("client names", () => {
  test.each<[unknown, string]>([
    ["  ООО  «Ромашка»\u00a0 ", "ООО «Ромашка»"],
    ["Acme\tTrading", "Acme Trading"],
    ["Acme\r\nTrading", "Acme Trading"],
    [`Acme${NNB}Trading`, "Acme Trading"],
    ["Ac\u200bme", "Acme"],
    ["=SUM(A1)", "=SUM(A1)"],
    ["Acme Trading", "Acme Trading"],
    [1001, "1001"],
    [12.5, "12.5"],
    [true, "TRUE"],
    [new Date(Date.UTC(2017, 11, 30)), "2017-12-30"],
    [{ richText: [{ text: " Acme " }] }, "Acme"],
    [null, ""],
    [undefined, ""],
    [NaN, ""],
  ])("normalizeClientName(%p) = %p", (v, expected) => {
    expect(normalizeClientName(v)).toBe(expected);
  });

  test("clientKey: case, spacing, ё/е and Unicode composition do not matter", () => {
    expect(clientKey("ACME  Trading")).toBe(clientKey(" acme trading "));
    expect(clientKey('ООО "Берёзка"')).toBe(clientKey('ооо "березка"'));
    expect(clientKey("Cafe\u0301")).toBe(clientKey("Café"));
    expect(clientKey("İstanbul Ltd")).toBe("i̇stanbul ltd");
    expect(clientKey("Acme")).not.toBe(clientKey("Acme Inc"));
    expect(clientKey('ООО "Ромашка"')).not.toBe(clientKey("ООО «Ромашка»"));
  });
});

describe("isTotalsLabel", () => {
  test.each([
    "Итого", "Итого:", "ИТОГО", "итого", " Итого: ", "Всего", "Итог", "Общий итог", "Итого по отчету", "Итого по клиенту Ромашка",
    "Total", "TOTAL", "Total:", "Totals", "Grand total", "Grand Total", "Sub-total", "Subtotal", "Total for North",
    "Общо", "Всичко", "Обща сума", "Jumlah", "Jumlah total", "Total keseluruhan", "Total Keseluruhan",
  ])("%s is a totals label", (label) => expect(isTotalsLabel(label)).toBe(true));

  test.each<[unknown]>([
    ["Total Energies"], ["TotalEnergies"], ["Итоговый"], ["ООО Итого"], ["Totalizator"], ["Grand Hotel"], ["Jumlah Barang"],
    [""], ["   "], [5], [null], ["Acme Total Solutions"],
  ])("%p is not", (label) => expect(isTotalsLabel(label)).toBe(false));

  // New names are first rejected by their first word; labels must still be found in any case,
  // with ё, with the rest of the label after any separator.
  test.each([
    "ИТОГО ПО ОТЧЁТУ", "всего по отчёту", "Промежуточный итог", "Sub total", "sub-total for East",
    "Grand-Total", "Report total", "Overall total", "Sum total", "Gesamtsumme", "Summe", "Total général", "Jumlah untuk Jakarta",
  ])("%s is a totals label", (label) => expect(isTotalsLabel(label)).toBe(true));

  test.each([
    "Granite Hardware Inc.", "Summit Foods LLC", "Sierra Total Ltd", "Oakridge Supply", "Juniper Retail", "Redwood Labs", "Total2000 GmbH",
    "Итоговая сумма", "Всеволод ИП", "Общество с ограниченной ответственностью", "Grandview Totals", "Subaru Center",
  ])("%s is a client", (name) => expect(isTotalsLabel(name)).toBe(false));
});
