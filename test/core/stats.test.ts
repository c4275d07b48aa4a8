// SPEC §4–§5 row statistics: XYZ, CV (STDEV.P / AVERAGE), regularity, trend — by hand and by property.

import fc from "fast-check";
import { rowCv, rowMean, rowRegularity, rowTrend, rowXyz } from "../../src/core/stats";

const row = (values: number[]) => Float64Array.from(values);
const cvOf = (values: number[]) => rowCv(row(values), 0, values.length);
const trendOf = (values: number[]) => rowTrend(row(values), 0, values.length);
const cvClass = (values: number[], x = 0.1, y = 0.25) => rowXyz(row(values), 0, values.length, { x, y, method: "cv" });
const freqClass = (values: number[]) => rowXyz(row(values), 0, values.length, { x: 0.1, y: 0.25, method: "frequency" });

describe("coefficient of variation and XYZ by hand", () => {
  test("cv = STDEV.P / AVERAGE", () => {
    expect(cvOf([90, 110])).toBeCloseTo(0.1, 15); // sd 10, mean 100
    expect(cvOf([1, 2, 3])).toBeCloseTo(Math.sqrt(2 / 3) / 2, 15);
    expect(cvOf([0, 0, 300])).toBeCloseTo(Math.SQRT2, 15); // sd 141.42…, mean 100
    expect(cvOf([100, 100, 100])).toBe(0);
    expect(cvOf([-1, -2])).toBeCloseTo(-1 / 3, 15); // as Excel: a negative mean gives a negative cv
  });

  test("cv of a zero mean is NaN (#DIV/0! in the sheet), also when the mean is zero only on paper", () => {
    expect(cvOf([0, 0, 0])).toBeNaN();
    expect(cvOf([5, -5])).toBeNaN();
    expect(0.1 + 0.2 - 0.3).not.toBe(0); // the trap
    expect(cvOf([0.1, 0.2, -0.3])).toBeNaN();
  });

  test("a row of equal decimals has cv exactly 0, not rounding noise", () => {
    expect(cvOf([0.1, 0.1, 0.1])).toBe(0);
    expect(cvOf([0.7, 0.7, 0.7])).toBe(0);
  });

  test("boundaries are inclusive: cv = 0.1 is X, cv = 0.25 is Y", () => {
    expect(cvClass([90, 110])).toBe("X");
    expect(cvClass([75, 125])).toBe("Y"); // sd 25, mean 100
    expect(cvClass([74, 126])).toBe("Z");
    expect(cvClass([89, 111])).toBe("Y");
  });

  test("decimal boundary: [0.9, 1.1] has cv 0.1 on paper (0.10000000000000003 in floating point) → X", () => {
    expect(cvOf([0.9, 1.1])).toBeGreaterThan(0.1);
    expect(cvClass([0.9, 1.1])).toBe("X");
    expect(cvClass([0.75, 1.25])).toBe("Y");
  });

  test("no net shipments (mean ≤ 0) is Z", () => {
    expect(cvClass([0, 0, 0])).toBe("Z");
    expect(cvClass([-5, -5, -5])).toBe("Z");
    expect(cvClass([10, -10])).toBe("Z");
  });

  test("custom thresholds", () => {
    expect(cvClass([90, 110], 0.05, 0.1)).toBe("Y");
    expect(cvClass([90, 110], 0, 0)).toBe("Z");
    expect(cvClass([7, 7, 7], 0, 0)).toBe("X");
  });

  test("frequency method: X every month, Y at least half the months, Z otherwise", () => {
    expect(freqClass([5, 5, 5])).toBe("X");
    expect(freqClass([5, 0, 5])).toBe("Y");
    expect(freqClass([5, 0, 0, 5])).toBe("Y");
    expect(freqClass([5, 0, 0])).toBe("Z");
    expect(freqClass([5, -5, 0])).toBe("Z"); // a return month is not a shipment month
    expect(freqClass([0, 0, 0])).toBe("Z");
  });

  test("a row inside a matrix is read from its start", () => {
    const matrix = row([1, 2, 3, 90, 110, 100]);
    expect(rowMean(matrix, 3, 3)).toBe(100);
    expect(rowXyz(matrix, 3, 3, { x: 0.1, y: 0.25, method: "cv" })).toBe("X");
    expect(rowXyz(matrix, 0, 3, { x: 0.1, y: 0.25, method: "cv" })).toBe("Z");
  });
});

describe("regularity and trend by hand", () => {
  test("regularity: months with an amount above 0", () => {
    expect(rowRegularity(row([5, 0, 0, -3]), 0, 4)).toBe(0.25);
    expect(rowRegularity(row([1, 1, 1]), 0, 3)).toBe(1);
  });

  test("trend: least-squares slope against 1..N over the average", () => {
    expect(trendOf([1, 2, 3])).toBe(0.5);
    expect(trendOf([3, 2, 1])).toBe(-0.5);
    expect(trendOf([4, 0, 2])).toBe(-0.5); // slope −1, mean 2
    expect(trendOf([100, 110, 120, 130])).toBeCloseTo(10 / 115, 15);
    expect(trendOf([10, 10, 10])).toBe(0);
    expect(trendOf([0.1, 0.1, 0.1])).toBe(0);
  });

  test("trend is blank (NaN) when the average is ≤ 0 or there is one month", () => {
    expect(trendOf([0, 0, 0])).toBeNaN();
    expect(trendOf([-3, 1, 1])).toBeNaN();
    expect(trendOf([0.1, 0.2, -0.3])).toBeNaN();
    expect(trendOf([42])).toBeNaN();
  });
});

describe("row statistics properties", () => {
  const amounts = fc.array(fc.oneof(fc.integer({ min: -100, max: 100000 }), fc.constant(0)), { minLength: 1, maxLength: 24 });
  const factor = fc.double({ min: 0.001, max: 1000, noNaN: true });

  test("cv and trend are scale-invariant (multiplying by k > 0); so are the XYZ classes", () => {
    fc.assert(
      fc.property(amounts, factor, (values, k) => {
        const scaled = values.map((v) => v * k);
        const cv = cvOf(values);
        if (Number.isNaN(cv)) expect(cvOf(scaled)).toBeNaN();
        else expect(cvOf(scaled)).toBeCloseTo(cv, 9);
        const t = trendOf(values);
        if (Number.isNaN(t)) expect(trendOf(scaled)).toBeNaN();
        else expect(trendOf(scaled)).toBeCloseTo(t, 9);
        expect(cvClass(scaled)).toBe(cvClass(values));
        expect(freqClass(scaled)).toBe(freqClass(values));
      }),
      { numRuns: 1000 },
    );
  });

  test("cv agrees with a direct STDEV.P / AVERAGE", () => {
    fc.assert(
      fc.property(amounts, (values) => {
        const mean = values.reduce((s, v) => s + v, 0) / values.length;
        fc.pre(mean !== 0);
        const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
        expect(cvOf(values)).toBeCloseTo(sd / mean, 9);
      }),
      { numRuns: 500 },
    );
  });
});
