// The example sheet of docs/functions.md, so the documentation cannot drift from the functions.

import { shown } from "./runtime";
import * as F from "../../src/functions/functions";

const names = [["Alpha"], ["Bravo"], ["Charlie"], ["Delta"], ["Echo"]];
const months = [[500, 520, 480], [300, 0, 600], [120, 150, 180], [40, 40, 40], [0, 0, 30]];
const average = [[500], [300], [150], [40], [10]];
const col = (...values: unknown[]) => values.map((v) => [v]);

test("classes", () => {
  expect(F.abc(average)).toEqual(col("A", "A", "B", "C", "C"));
  expect(F.abc(average, 0.5, 0.9)).toEqual(col("A", "B", "B", "C", "C"));
  expect(F.xyz(months)).toEqual(col("X", "Z", "Y", "X", "Z"));
  expect(F.xyz(months, undefined, undefined, "frequency")).toEqual(col("X", "Y", "X", "X", "Z"));
  expect(F.abcxyz(average, months)).toEqual(col("AX", "AZ", "BY", "CX", "CZ"));
  expect(F.pareto(average)).toEqual(col(true, true, false, false, false));
});

test("numbers", () => {
  expect(F.paretoRatio(average)).toBe(0.4);
  expect(F.share(average)).toEqual(col(0.5, 0.3, 0.15, 0.04, 0.01));
  expect(F.cumShare(average)).toEqual(col(0.5, 0.8, 0.95, 0.99, 1));
  const variation = F.variation(months).map(([v]) => Number((v as number).toFixed(4)));
  expect(variation).toEqual([0.0327, 0.8165, 0.1633, 0, 1.4142]);
  expect(F.regularity(months)).toEqual(col(1, 2 / 3, 1, 1, 1 / 3));
  expect(F.trend(months)).toEqual(col(-0.02, 0.5, 0.2, 0, 1.5));
  expect(F.concentration(average)).toBeCloseTo(0.3642, 15);
  expect(F.top(names, average, 3)).toEqual([["Alpha", 500], ["Bravo", 300], ["Charlie", 150]]);
});

test("MONTHLY", () => {
  const result = F.monthly(
    col("Client", "Alpha", "Bravo", "alpha", "Bravo", "Charlie", ""),
    col("Date", "2017-10-03", "15.11.2017", "2017-12-01", "2017-12-20", "2017-09-30", "2017-12-05"),
    col("Amount", 1000, "2 500,00", 500, -200, 700, 90),
    "2017-12",
  );
  expect(shown(result)).toEqual([
    ["Client", "2017-10", "2017-11", "2017-12", "Average"],
    ["Bravo", 0, 2500, -200, 2300 / 3],
    ["Alpha", 1000, 0, 500, 500],
    ["Skipped 1 of 6 rows. Blank client: 1 (row 7).", "", "", "", ""],
  ]);
});
