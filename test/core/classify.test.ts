// SPEC §5 ABC / Pareto / shares / HHI, checked by hand and against a brute-force reading of the rule.

import fc from "fast-check";
import { abcCodes, abcLetter, cumShares, hhi, paretoCodes, paretoRatio, positiveTotal, shares } from "../../src/core/classify";

const letters = (values: number[], a = 0.8, b = 0.95) => Array.from(abcCodes(Float64Array.from(values), a, b), abcLetter);

describe("ABC by hand (SPEC §5)", () => {
  test("the value that crosses the line is A: [50,30,20] a=0.8 → A,A,B", () => {
    expect(letters([50, 30, 20])).toEqual(["A", "A", "B"]);
  });

  test("B up to 0.95, then C: [80,15,5] → A,B,C (5 starts at exactly 95%)", () => {
    expect(letters([80, 15, 5])).toEqual(["A", "B", "C"]);
  });

  test("a tie group straddling the line is one class, whatever the order", () => {
    // 40 | 20 20 (before = 40 < 80: A) | 10 10 (before = 80: B)
    expect(letters([40, 20, 20, 10, 10])).toEqual(["A", "A", "A", "B", "B"]);
    expect(letters([10, 20, 40, 10, 20])).toEqual(["B", "A", "A", "B", "A"]);
    // 60 | 15 15 (before = 60 < 80: both A although 60 + 15 already reaches 75 and 90 passes 80)
    expect(letters([15, 60, 15, 10])).toEqual(["A", "A", "A", "B"]);
  });

  test("values ≤ 0 are C, blanks (NaN) are blank, T counts positives only", () => {
    expect(letters([100, 0, -50, NaN])).toEqual(["A", "C", "C", ""]);
    // T = 100 (the −1000 does not lower it): 50 A, 30 A, 20 B
    expect(letters([-1000, 50, 30, 20])).toEqual(["C", "A", "A", "B"]);
  });

  test("T = 0: every non-blank value is C", () => {
    expect(letters([0, 0, NaN])).toEqual(["C", "C", ""]);
    expect(letters([-5, -1])).toEqual(["C", "C"]);
    expect(letters([])).toEqual([]);
  });

  test("one value is A", () => {
    expect(letters([7])).toEqual(["A"]);
  });

  test("thresholds at their limits: a = b leaves no B; a = 1 makes every positive A", () => {
    expect(letters([50, 30, 20], 0.8, 0.8)).toEqual(["A", "A", "C"]);
    expect(letters([50, 30, 20, 0], 1, 1)).toEqual(["A", "A", "A", "C"]);
  });

  test("decimals act as on paper: 0.7 + 0.1 reaches 0.8 although in floating point it is below", () => {
    expect(0.7 + 0.1 < 0.8).toBe(true); // the trap
    expect(letters([0.7, 0.1, 0.05, 0.05, 0.05, 0.05])).toEqual(["A", "A", "B", "B", "B", "B"]);
    // and the other way: 0.55 + 0.4 is 0.9500000000000001 in floating point, still exactly b on paper
    expect(letters([0.55, 0.4, 0.05], 0.5)).toEqual(["A", "B", "C"]);
  });
});

describe("Pareto, shares, cumulative shares, HHI by hand", () => {
  const f = (v: number[]) => Float64Array.from(v);

  test("Pareto is the A test with a = share; 0 = blank, 1 = false, 2 = true", () => {
    expect(Array.from(paretoCodes(f([50, 30, 20, 0, NaN]), 0.8))).toEqual([2, 2, 1, 1, 0]);
    expect(Array.from(paretoCodes(f([50, 30, 20]), 0.5))).toEqual([2, 1, 1]);
  });

  test("Pareto ratio: clients in Pareto(share) / clients with a positive value", () => {
    expect(paretoRatio(f([50, 30, 20, 0, -4]), 0.8)).toBeCloseTo(2 / 3, 15);
    expect(paretoRatio(f([25, 25, 25, 25]), 0.8)).toBe(1);
    expect(paretoRatio(f([0, -1]), 0.8)).toBe(0);
  });

  test("shares of the positive total; negatives negative; NaN stays blank; T = 0 gives NaN", () => {
    expect(Array.from(shares(f([50, 30, 20, -10, NaN])))).toEqual([0.5, 0.3, 0.2, -0.1, NaN]);
    expect(Array.from(shares(f([0, -5])))).toEqual([NaN, NaN]);
    expect(positiveTotal(f([50, -10, NaN, 30]))).toBe(80);
  });

  test("cumulative share in rank order, reported at each value's place; ties in the given order", () => {
    expect(Array.from(cumShares(f([20, 50, 30])))).toEqual([1, 0.5, 0.8]);
    // ranks: 50 (first), 50 (second), −10: 0.5, 1.0, 0.9
    expect(Array.from(cumShares(f([50, -10, 50, NaN])))).toEqual([0.5, 0.9, 1, NaN]);
  });

  test("HHI: Σ share² over positive values", () => {
    expect(hhi(f([50, 30, 20, -40, NaN]))).toBeCloseTo(0.38, 15);
    expect(hhi(f([1, 1, 1, 1]))).toBe(0.25);
    expect(hhi(f([0, -3]))).toBe(0);
  });
});

describe("ABC properties", () => {
  // Whole cents keep every sum exact, so the reference can compare 100·before < k·T in integers.
  const cents = fc.integer({ min: -2000, max: 100000 });
  const valuesArb = fc.array(fc.oneof(cents, cents, cents, fc.constant(0), fc.constantFrom(500, 1000)), { maxLength: 40 });
  const percent = fc.integer({ min: 1, max: 100 });

  /** SPEC §5 rule 2 read literally: sum of positives strictly larger than v, against a·T. */
  function reference(values: number[], aPct: number, bPct: number): string[] {
    const total = values.filter((v) => v > 0).reduce((s, v) => s + v, 0);
    return values.map((v) => {
      if (!(v > 0)) return "C";
      const before = values.filter((w) => w > v).reduce((s, w) => s + w, 0);
      return 100 * before < aPct * total ? "A" : 100 * before < bPct * total ? "B" : "C";
    });
  }

  test("matches the brute-force reading of the rule", () => {
    fc.assert(
      fc.property(valuesArb, percent, percent, (values, p, q) => {
        const [aPct, bPct] = p <= q ? [p, q] : [q, p];
        expect(letters(values, aPct / 100, bPct / 100)).toEqual(reference(values, aPct, bPct));
      }),
      { numRuns: 500 },
    );
  });

  test("A is the smallest top group reaching a·T: it reaches it, and without its last tie group it does not", () => {
    fc.assert(
      fc.property(valuesArb, percent, (values, aPct) => {
        const total = values.filter((v) => v > 0).reduce((s, v) => s + v, 0);
        fc.pre(total > 0);
        const a = letters(values, aPct / 100, 1);
        const inA = values.filter((_, i) => a[i] === "A");
        const sumA = inA.reduce((s, v) => s + v, 0);
        const smallest = Math.min(...inA);
        const lastGroup = inA.filter((v) => v === smallest).reduce((s, v) => s + v, 0);
        expect(100 * sumA).toBeGreaterThanOrEqual(aPct * total);
        expect(100 * (sumA - lastGroup)).toBeLessThan(aPct * total);
      }),
      { numRuns: 500 },
    );
  });

  test("the order of the rows changes no class, and equal values get equal classes", () => {
    fc.assert(
      fc.property(
        valuesArb.chain((values) => fc.tuple(fc.constant(values), fc.shuffledSubarray(values.map((_, i) => i), { minLength: values.length }))),
        ([values, order]) => {
          const direct = letters(values);
          const shuffled = letters(order.map((i) => values[i]));
          order.forEach((i, k) => expect(shuffled[k]).toBe(direct[i]));
          values.forEach((v, i) => values.forEach((w, j) => v === w && expect(direct[i]).toBe(direct[j])));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("decimal values classify like their exact cents (the tolerance hides rounding, nothing else)", () => {
    // Parts of 100 cents: prefix sums land exactly on a·T often, where floating point errs both ways.
    const partsOf100 = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 40 }).map((parts) => {
      const out: number[] = [];
      let left = 100;
      for (const p of parts) if (left > 0) left -= out[out.push(Math.min(p, left)) - 1];
      if (left > 0) out.push(left);
      return out;
    });
    fc.assert(
      fc.property(partsOf100, percent, percent, (centsList, p, q) => {
        const [aPct, bPct] = p <= q ? [p, q] : [q, p];
        const asDecimals = centsList.map((c) => c / 100);
        expect(letters(asDecimals, aPct / 100, bPct / 100)).toEqual(reference(centsList, aPct, bPct));
      }),
      { numRuns: 2000 },
    );
  });

  test("shares sum to 1 over the positive values; the last positive in rank order has cumulative share 1", () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        fc.pre(values.some((v) => v > 0));
        const s = shares(Float64Array.from(values));
        const sum = values.reduce((acc, v, i) => (v > 0 ? acc + s[i] : acc), 0);
        expect(sum).toBeCloseTo(1, 12);
        const cum = cumShares(Float64Array.from(values));
        const smallestPositive = Math.min(...values.filter((v) => v > 0));
        const last = values.lastIndexOf(smallestPositive);
        expect(cum[last]).toBeCloseTo(1, 12);
      }),
      { numRuns: 300 },
    );
  });
});
