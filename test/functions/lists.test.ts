// Worksheet functions over a list of values (SPEC §8): ABC, PARETO, PARETORATIO, SHARE, CUMSHARE,
// CONCENTRATION, TOP — exact results checked by hand, in the shapes Excel passes.

import { NA_CELL, OMITTED, messageOf, shown, thrownBy } from "./runtime";
import { abc, concentration, cumShare, pareto, paretoRatio, share, top } from "../../src/functions/functions";

const column = (...values: unknown[]) => values.map((v) => [v]);

describe("ABC", () => {
  test("a column in, a column out: [50,30,20] → A,A,B (the value crossing 80% is A)", () => {
    expect(abc(column(50, 30, 20))).toEqual([["A"], ["A"], ["B"]]);
  });

  test("a row in, a row out; a block keeps its shape", () => {
    expect(abc([[50, 30, 20]])).toEqual([["A", "A", "B"]]);
    expect(abc([[50, 30], [20, null]])).toEqual([["A", "A"], ["B", ""]]);
  });

  test("equal values straddling the line get one class whatever their order", () => {
    expect(abc(column(40, 20, 20, 10, 10))).toEqual(column("A", "A", "A", "B", "B"));
    expect(abc(column(10, 20, 40, 10, 20))).toEqual(column("B", "A", "A", "B", "A"));
  });

  test("blank cells (null or \"\") give blank results; 0 is a value (C); negatives are C", () => {
    expect(abc(column(50, null, "", 30, 20, 0, -5))).toEqual(column("A", "", "", "A", "B", "C", "C"));
    expect(abc(column("   ", 1))).toEqual(column("", "A"));
  });

  test("text, TRUE and error cells are #VALUE! in that cell only and take no part in the total", () => {
    const result = abc(column(50, "abc", 30, "12.5", NA_CELL, "#DIV/0!", true, 20));
    expect(shown(result)).toEqual(column("A", "#VALUE!", "A", "#VALUE!", "#VALUE!", "#VALUE!", "#VALUE!", "B"));
    expect(messageOf(result[1][0])).toBe('Not a number: text "abc" is not a number.');
    expect(messageOf(result[4][0])).toBe("Not a number: the cell holds an error (#N/A).");
    expect(messageOf(result[6][0])).toBe("Not a number: TRUE is not a number.");
  });

  test("a column of results shares one frozen row per class (a million results are not a million arrays)", () => {
    const result = abc(column(50, 30, 20, 5, 50, null, "x"));
    expect(shown(result)).toEqual(column("A", "A", "B", "C", "A", "", "#VALUE!"));
    expect(result[1]).toBe(result[0]);
    expect(result[4]).toBe(result[0]);
    expect(result[2]).not.toBe(result[0]);
    expect(Object.isFrozen(result[0])).toBe(true);
    // An error result is its own object with its own message, never shared.
    expect(Object.isFrozen(result[6])).toBe(false);
    // Numbers are never shared: a row of SHARE is its own array.
    const shares = share(column(1, 1));
    expect(shares[0]).not.toBe(shares[1]);
  });

  test("one value, all zero, nothing positive", () => {
    expect(abc([[7]])).toEqual([["A"]]);
    expect(abc(column(0, 0, null))).toEqual(column("C", "C", ""));
    expect(abc(column(-1, -2))).toEqual(column("C", "C"));
  });

  test("decimals act as on paper: 0.7 + 0.1 is 80%, so the 0.05s are B", () => {
    expect(abc(column(0.7, 0.1, 0.05, 0.05, 0.05, 0.05))).toEqual(column("A", "A", "B", "B", "B", "B"));
  });

  test("thresholds: omitted (null or undefined) means 0.8 / 0.95; others are used", () => {
    expect(abc(column(80, 15, 5), OMITTED, OMITTED)).toEqual(column("A", "B", "C"));
    expect(abc(column(80, 15, 5), undefined, undefined)).toEqual(column("A", "B", "C"));
    expect(abc(column(80, 15, 5), 0.5, 1)).toEqual(column("A", "B", "B"));
    expect(abc(column(50, 30, 20), 0.8, 0.8)).toEqual(column("A", "A", "C"));
  });

  test("impossible thresholds are #NUM! for the whole result, with the reason", () => {
    expect(thrownBy(() => abc(column(1), 0.9, 0.8))).toEqual({ code: "#NUM!", message: "ABC thresholds need 0 < A ≤ B ≤ 1, not A=0.9, B=0.8." });
    for (const [a, b] of [[0, 0.95], [-0.1, 0.95], [0.8, 1.2], [1.5, 2], [NaN, 0.9]]) {
      expect(thrownBy(() => abc(column(1), a, b)).code).toBe("#NUM!");
    }
  });
});

describe("PARETO and PARETORATIO", () => {
  test("TRUE for the smallest top group making 80%, FALSE otherwise, blank for blank", () => {
    expect(pareto(column(50, 30, 20, null, -5, 0))).toEqual(column(true, true, false, "", false, false));
    expect(pareto([[50, 30, 20]], 0.5)).toEqual([[true, false, false]]);
    expect(pareto(column(50, 30, 20), 1)).toEqual(column(true, true, true));
  });

  test("share outside (0, 1] is #NUM!", () => {
    for (const s of [0, -0.5, 1.01]) expect(thrownBy(() => pareto(column(1), s)).code).toBe("#NUM!");
    expect(thrownBy(() => paretoRatio(column(1), 2))).toEqual({ code: "#NUM!", message: "The Pareto share must be above 0 and at most 1, not 2." });
  });

  test("ratio = clients in the group / clients with a positive value", () => {
    expect(paretoRatio(column(50, 30, 20, null, 0, -3))).toBe(2 / 3);
    expect(paretoRatio(column(50, 30, 20), 0.5)).toBe(1 / 3);
    expect(paretoRatio([[10, 10, 10, 10, 10]])).toBe(1);
  });

  test("nothing positive is #DIV/0!; a text cell makes the single result #VALUE! naming the cell", () => {
    expect(thrownBy(() => paretoRatio(column(0, -1, null))).code).toBe("#DIV/0!");
    expect(thrownBy(() => paretoRatio(column(5, "n/a")))).toEqual({ code: "#VALUE!", message: 'Cell 2 of values: text "n/a" is not a number.' });
  });
});

describe("SHARE and CUMSHARE", () => {
  test("share of the positive total; a negative value has a negative share", () => {
    expect(share(column(50, 30, 20, -10, null))).toEqual(column(0.5, 0.3, 0.2, -0.1, ""));
    expect(share([[1, 3]])).toEqual([[0.25, 0.75]]);
  });

  test("cumulative share in rank order, at each value's place", () => {
    expect(cumShare(column(20, 50, 30))).toEqual(column(1, 0.5, 0.8));
    expect(cumShare([[20, null, 50, 30]])).toEqual([[1, "", 0.5, 0.8]]);
  });

  test("#DIV/0! when the positive total is 0, #VALUE! for text, blanks stay blank", () => {
    expect(shown(share(column(0, -5, null)))).toEqual(column("#DIV/0!", "#DIV/0!", ""));
    expect(shown(cumShare(column(0, 0)))).toEqual(column("#DIV/0!", "#DIV/0!"));
    expect(shown(share(column(1, "x", 3)))).toEqual(column(0.25, "#VALUE!", 0.75));
  });
});

describe("CONCENTRATION", () => {
  test("HHI = Σ share² of the positive values", () => {
    expect(concentration(column(50, 30, 20, -40, null))).toBeCloseTo(0.38, 15);
    expect(concentration([[1, 1, 1, 1]])).toBe(0.25);
    expect(concentration([[9]])).toBe(1);
  });

  test("#DIV/0! with nothing positive; #VALUE! for an error cell", () => {
    expect(thrownBy(() => concentration(column(0, null))).code).toBe("#DIV/0!");
    expect(thrownBy(() => concentration(column(1, NA_CELL)))).toEqual({ code: "#VALUE!", message: "Cell 2 of values: the cell holds an error (#N/A)." });
  });
});

describe("TOP", () => {
  const clients = column("Bravo", "Alpha", "Charlie", "Delta", "Echo");
  const values = column(300, 500, 300, 100, 200);

  test("the top n, largest first, ties by name", () => {
    expect(top(clients, values, 3)).toEqual([["Alpha", 500], ["Bravo", 300], ["Charlie", 300]]);
  });

  test("default n = 20: fewer rows when there are fewer clients", () => {
    expect(top(clients, values)).toEqual([["Alpha", 500], ["Bravo", 300], ["Charlie", 300], ["Echo", 200], ["Delta", 100]]);
    expect(top(clients, values, OMITTED)).toHaveLength(5);
  });

  test("blank clients and values are left out; so is a totals row; a client listed twice is summed", () => {
    const names = column("Alpha", null, "Bravo", "  alpha ", "Итого", "Charlie");
    const amounts = column(100, 999, 150, 60, 310, null);
    expect(top(names, amounts)).toEqual([["Alpha", 160], ["Bravo", 150]]);
  });

  test("a row of clients and a row of values work alike; no client at all is one blank row", () => {
    expect(top([["B", "A"]], [[1, 2]], 1)).toEqual([["A", 2]]);
    expect(top(column(null, ""), column(1, 2))).toEqual([["", ""]]);
  });

  test("bad input: sizes differ, text value, error client → #VALUE!; n < 1 or fractional → #NUM!", () => {
    expect(thrownBy(() => top(column("A", "B"), column(1)))).toEqual({
      code: "#VALUE!",
      message: "clients has 2 cells but values has 1; give one value per client.",
    });
    expect(thrownBy(() => top(column("A"), column("ten"))).code).toBe("#VALUE!");
    expect(thrownBy(() => top(column(NA_CELL), column(1))).message).toBe("Cell 1 of clients: the cell holds an error (#N/A).");
    expect(thrownBy(() => top(clients, values, 0))).toEqual({ code: "#NUM!", message: "n must be a whole number ≥ 1, not 0." });
    expect(thrownBy(() => top(clients, values, 2.5)).code).toBe("#NUM!");
  });
});
