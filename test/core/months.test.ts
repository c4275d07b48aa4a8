// Calendar arithmetic: day numbers against Date.UTC, month keys, and the SPEC §3 default month.

import fc from "fast-check";
import {
  civilFromDays, daysFromCivil, defaultReportMonth, firstDayOfMonth, isoDate, lastDayOfMonth, monthKey, monthOfDay,
  parseIsoDate, parseMonthKey,
} from "../../src/core/months";

const DAY_MS = 86_400_000;
const day = (iso: string) => parseIsoDate(iso)!;
const month = (key: string) => parseMonthKey(key)!;

describe("day numbers", () => {
  test("fixed points", () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
    expect(civilFromDays(-25567)).toEqual({ year: 1900, month: 1, day: 1 });
  });

  test("civil ↔ days round-trips against Date.UTC for every kind of day in 1900–2100", () => {
    const first = Date.UTC(1900, 0, 1) / DAY_MS;
    const last = Date.UTC(2100, 11, 31) / DAY_MS;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (days) => {
        const d = new Date(days * DAY_MS);
        const civil = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        expect(civilFromDays(days)).toEqual(civil);
        expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(days);
        expect(monthOfDay(days)).toBe(civil.year * 12 + civil.month - 1);
        expect(isoDate(days)).toBe(d.toISOString().slice(0, 10));
        expect(parseIsoDate(isoDate(days))).toBe(days);
      }),
      { numRuns: 5000 },
    );
  });

  test("month bounds, leap years included", () => {
    expect(isoDate(lastDayOfMonth(month("2016-02")))).toBe("2016-02-29");
    expect(isoDate(lastDayOfMonth(month("1900-02")))).toBe("1900-02-28");
    expect(isoDate(lastDayOfMonth(month("2000-02")))).toBe("2000-02-29");
    expect(isoDate(lastDayOfMonth(month("2017-12")))).toBe("2017-12-31");
    expect(isoDate(firstDayOfMonth(month("2018-01")))).toBe("2018-01-01");
  });
});

describe("month keys and ISO dates", () => {
  test("month keys round-trip and reject what is not a month", () => {
    expect(month("2017-12")).toBe(2017 * 12 + 11);
    expect(monthKey(month("2017-12"))).toBe("2017-12");
    expect(monthKey(month("2018-1"))).toBe("2018-01");
    expect(monthKey(month("2017-12") + 1)).toBe("2018-01");
    for (const bad of ["2017-13", "2017-00", "17-12", "2017/12", "December 2017", ""]) expect(parseMonthKey(bad)).toBeNull();
  });

  test("ISO dates reject impossible days", () => {
    expect(parseIsoDate("2017-02-29")).toBeNull();
    expect(parseIsoDate("2016-02-29")).toBe(daysFromCivil(2016, 2, 29));
    expect(parseIsoDate("2017-04-31")).toBeNull();
    expect(parseIsoDate("2017-4-3")).toBeNull();
  });
});

describe("default report month (SPEC §3)", () => {
  test("the latest month of the data when it is complete as of today", () => {
    expect(monthKey(defaultReportMonth(day("2017-12-30"), day("2018-01-15")))).toBe("2017-12");
    expect(monthKey(defaultReportMonth(day("2017-11-03"), day("2018-01-15")))).toBe("2017-11");
  });

  test("the month before today's when the latest date falls in today's month or later", () => {
    expect(monthKey(defaultReportMonth(day("2018-01-05"), day("2018-01-15")))).toBe("2017-12");
    expect(monthKey(defaultReportMonth(day("2018-03-01"), day("2018-01-15")))).toBe("2017-12");
    expect(monthKey(defaultReportMonth(day("2018-01-01"), day("2018-01-01")))).toBe("2017-12");
  });
});
