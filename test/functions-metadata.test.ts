// The metadata Excel reads (functions.json) as the build generates it from the JSDoc of
// src/functions/functions.ts, and its Russian overlay (src/functions/functions.ru.json).

import path from "path";
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";
import ru from "../src/functions/functions.ru.json";

const { localizeFunctionMetadata } = require("../scripts/functions-locale.js");

const SOURCE = path.join(__dirname, "../src/functions/functions.ts");

/** id → [JavaScript name, ranges, optional parameters, scalar result?] */
const EXPECTED: Record<string, [string, string[], string[], boolean?]> = {
  ABC: ["abc", ["values"], ["a", "b"]],
  XYZ: ["xyz", ["monthly"], ["x", "y", "method"]],
  ABCXYZ: ["abcxyz", ["values", "monthly"], ["a", "b", "x", "y", "method"]],
  PARETO: ["pareto", ["values"], ["share"]],
  PARETORATIO: ["paretoRatio", ["values"], ["share"], true],
  SHARE: ["share", ["values"], []],
  CUMSHARE: ["cumShare", ["values"], []],
  VARIATION: ["variation", ["monthly"], []],
  REGULARITY: ["regularity", ["monthly"], []],
  TREND: ["trend", ["monthly"], []],
  CONCENTRATION: ["concentration", ["values"], [], true],
  TOP: ["top", ["clients", "values"], ["n"]],
  MONTHLY: ["monthly", ["clients", "dates", "amounts"], ["month", "months"]],
};

let functions: IFunction[];
let associate: { functionName: string; id: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  expect(result.errors).toEqual([]);
  functions = JSON.parse(result.metadataJson).functions;
  associate = result.associate;
});

test("the 13 functions of SPEC §8, ids = names, upper case, each bound to its exported JavaScript function", () => {
  expect(functions.map((f) => f.id)).toEqual(Object.keys(EXPECTED));
  for (const f of functions) expect(f.name).toBe(f.id);
  expect(associate.map((a) => [a.id, a.functionName])).toEqual(Object.entries(EXPECTED).map(([id, [js]]) => [id, js]));
});

test("ranges are matrices of any type and required; the other parameters are optional scalars", () => {
  for (const f of functions) {
    const [, ranges, optional] = EXPECTED[f.id];
    expect(f.parameters.map((p) => p.name)).toEqual([...ranges, ...optional]);
    for (const p of f.parameters) {
      if (ranges.includes(p.name)) {
        expect(p).toMatchObject({ dimensionality: "matrix", type: "any" });
        expect(p.optional).toBeUndefined();
      } else {
        expect(p.optional).toBe(true);
        expect(p.dimensionality).toBeUndefined();
      }
    }
  }
});

test("results spill (matrix) except the single numbers PARETORATIO and CONCENTRATION", () => {
  for (const f of functions) {
    const scalar = EXPECTED[f.id][3] === true;
    expect(f.result).toEqual(scalar ? { type: "number" } : { dimensionality: "matrix" });
  }
});

test("thresholds and counts are numbers (Excel converts typed text); method is text; month is any (text or date)", () => {
  const typeOf = (id: string, name: string) => functions.find((f) => f.id === id)!.parameters.find((p) => p.name === name)!.type;
  for (const [id, name] of [["ABC", "a"], ["ABC", "b"], ["XYZ", "x"], ["PARETO", "share"], ["TOP", "n"], ["MONTHLY", "months"]]) {
    expect(typeOf(id, name)).toBe("number");
  }
  expect(typeOf("XYZ", "method")).toBe("string");
  expect(typeOf("MONTHLY", "month")).toBe("any");
});

test("every function and parameter is described in English, optional ones with their default", () => {
  for (const f of functions) {
    expect(f.description!.length).toBeGreaterThan(40);
    for (const p of f.parameters) {
      expect(p.description!.length).toBeGreaterThan(10);
      if (p.optional) expect(p.description).toMatch(/Default|default/);
    }
  }
});

test("the Russian overlay translates every function and parameter, keeping ids, names and parameter order", () => {
  const { metadata, errors, warnings } = localizeFunctionMetadata({ functions }, ru);
  expect(errors).toEqual([]);
  expect(warnings).toEqual([]);
  const cyrillic = /[А-Яа-яЁё]/;
  metadata.functions.forEach((f: IFunction, i: number) => {
    expect(f.id).toBe(functions[i].id);
    expect(f.name).toBe(functions[i].name); // names stay: localised names break shared workbooks
    expect(f.description).toMatch(cyrillic);
    expect(f.result).toEqual(functions[i].result);
    f.parameters.forEach((p, k) => {
      expect(p.name).toBe(functions[i].parameters[k].name);
      expect(p.type).toBe(functions[i].parameters[k].type);
      expect(p.description).toMatch(cyrillic);
    });
  });
});

test("the module loads in Node with no Office global at all", () => {
  const saved = (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  try {
    jest.isolateModules(() => {
      const mod = require("../src/functions/functions");
      for (const [js] of Object.values(EXPECTED)) expect(typeof mod[js]).toBe("function");
    });
  } finally {
    if (saved !== undefined) Object.assign(globalThis, { CustomFunctions: saved });
  }
});
