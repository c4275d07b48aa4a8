// Worksheet functions over a clients × months range (SPEC §8): XYZ, VARIATION, REGULARITY, TREND, ABCXYZ.
// One result per row, as a column; a blank month is 0; a row with text or an error is #VALUE!.

import { NA_CELL, OMITTED, messageOf, shown, thrownBy } from "./runtime";
import { abcxyz, regularity, trend, variation, xyz } from "../../src/functions/functions";

describe("XYZ", () => {
  const monthly = [
    [90, 110, 100], // cv 0.0816 → X
    [75, 125, 100], // cv 0.204 → Y
    [0, 0, 300], // cv 1.41 → Z
    [null, null, null], // no client → blank
    [5, "x", 5], // text → #VALUE!
    [0, 0, 0], // no shipments → Z
    [-10, -10, -10], // returns only → Z
  ];

  test("X/Y/Z per row, as a column", () => {
    expect(shown(xyz(monthly))).toEqual([["X"], ["Y"], ["Z"], [""], ["#VALUE!"], ["Z"], ["Z"]]);
    expect(messageOf(xyz(monthly)[4][0])).toBe('Not a number: month 2 of the row: text "x" is not a number.');
  });

  test("boundaries are inclusive, and decimals act as on paper", () => {
    expect(xyz([[90, 110], [75, 125], [0.9, 1.1], [74, 126]])).toEqual([["X"], ["Y"], ["X"], ["Z"]]);
  });

  test("a blank month is 0 (no shipments), whatever form the blank takes", () => {
    // 100, 0, 100: cv 0.707 → Z; by frequency 2 of 3 months → Y
    expect(xyz([[100, null, 100], [100, "", 100]])).toEqual([["Z"], ["Z"]]);
    expect(xyz([[100, null, 100]], OMITTED, OMITTED, "frequency")).toEqual([["Y"]]);
  });

  test("a single client row gives a single cell", () => {
    expect(xyz([[90, 110]])).toEqual([["X"]]);
  });

  test("thresholds and method: omitted means 0.1 / 0.25 / cv; method is read case- and space-insensitively", () => {
    expect(xyz([[90, 110]], 0.05, 0.1)).toEqual([["Y"]]);
    expect(xyz([[5, 5, 0], [5, 5, 5], [5, 0, 0]], OMITTED, OMITTED, " Frequency ")).toEqual([["Y"], ["X"], ["Z"]]);
    expect(xyz([[5, 5, 0]], undefined, undefined, "CV")).toEqual([["Z"]]);
  });

  test("impossible parameters are #NUM!", () => {
    expect(thrownBy(() => xyz([[1]], 0.3, 0.2))).toEqual({ code: "#NUM!", message: "XYZ thresholds need 0 ≤ X ≤ Y, not X=0.3, Y=0.2." });
    expect(thrownBy(() => xyz([[1]], -0.1, 0.2)).code).toBe("#NUM!");
    expect(thrownBy(() => xyz([[1]], OMITTED, OMITTED, "abc"))).toEqual({ code: "#NUM!", message: 'XYZ method must be "cv" or "frequency", not "abc".' });
  });
});

describe("VARIATION, REGULARITY, TREND", () => {
  test("VARIATION = STDEV.P / AVERAGE per row; #DIV/0! where the mean is 0; blank row blank", () => {
    const result = variation([[90, 110], [0, 0], [null, null], [-1, -2], [5, NA_CELL], [0.1, 0.1]]);
    expect(shown(result)).toEqual([[expect.closeTo(0.1, 15)], ["#DIV/0!"], [""], [expect.closeTo(-1 / 3, 15)], ["#VALUE!"], [0]]);
    expect(messageOf(result[4][0])).toBe("Not a number: month 2 of the row: the cell holds an error (#N/A).");
  });

  test("REGULARITY = months with shipments (> 0) / months", () => {
    expect(regularity([[5, 0, null, -3], [1, 1, 1, 1], [null, null, null, null]])).toEqual([[0.25], [1], [""]]);
  });

  test("TREND = slope / average per row; blank when the average ≤ 0 or there is one month", () => {
    expect(trend([[1, 2, 3], [3, 2, 1], [4, null, 2], [0, 0, 0], [-3, 1, 1], [null, null, null], [10, 10, 10]])).toEqual([
      [0.5], [-0.5], [-0.5], [""], [""], [""], [0],
    ]);
    expect(trend([[42]])).toEqual([[""]]);
    expect(trend([[0.1, 0.2, -0.3]])).toEqual([[""]]); // average 0 on paper
  });
});

describe("ABCXYZ", () => {
  // values: T = 450; 300 → A, 100 (before 300 < 360) → A, 50 (before 400 ≥ 360, < 427.5) → B, 0 → C
  const values = [[300], [100], [null], [50], [0], ["n/a"]];
  const monthly = [
    [90, 110, 100], // X
    [0, 0, 300], // Z
    [1, 1, 1], // (value blank)
    [50, 50, 50], // X
    [1, 2, 3], // Z
    [1, 1, 1],
  ];

  test("ABC of the value & XYZ of the row, per client in the shape of values", () => {
    expect(shown(abcxyz(values, monthly))).toEqual([["AX"], ["AZ"], [""], ["BX"], ["CZ"], ["#VALUE!"]]);
  });

  test("a row of values with a clients × months range; thresholds passed through", () => {
    expect(abcxyz([[300, 100]], [[90, 110, 100], [90, 110, 100]], 0.5, 1, 0.05, 0.25)).toEqual([["AY", "BY"]]);
    expect(abcxyz([[300, 100]], [[9, 9, 0], [9, 9, 9]], OMITTED, OMITTED, OMITTED, OMITTED, "frequency")).toEqual([["AY", "AX"]]);
  });

  test("a blank month row with a value is blank; a month row with text is #VALUE!", () => {
    expect(shown(abcxyz([[10], [5]], [[null, null], [1, "x"]]))).toEqual([[""], ["#VALUE!"]]);
  });

  test("one row of months per value, else #VALUE! saying so; impossible thresholds #NUM!", () => {
    expect(thrownBy(() => abcxyz([[1], [2]], [[1, 1]]))).toEqual({
      code: "#VALUE!",
      message: "values has 2 cells but monthly has 1 row; give one row of months per value.",
    });
    expect(thrownBy(() => abcxyz([[1]], [[1]], 0.9, 0.5)).code).toBe("#NUM!");
    expect(thrownBy(() => abcxyz([[1]], [[1]], OMITTED, OMITTED, 0.5, 0.1)).code).toBe("#NUM!");
  });
});

test("a long clients × months range (200,000 rows) is read without running out of stack", () => {
  const monthly = Array.from({ length: 200_000 }, (_, i) => [i % 2 ? 100 : 90, 110, 100]);
  const result = xyz(monthly);
  expect(result).toHaveLength(200_000);
  expect(result[199_999]).toEqual(["X"]);
});
