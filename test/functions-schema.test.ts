// Every functions*.json the build writes, checked against Microsoft's JSON schema for custom-function
// metadata, then against the rules Excel applies on top. Excel that meets a metadata file it
// dislikes may register none of the functions, and says little about why.
//
// The schema: the `extensionCustomFunctions` and `extensionFunction` definitions of the newest
// stable Microsoft 365 app manifest schema that @microsoft/app-manifest ships (the unified manifest
// embeds the same function metadata as functions.json). No npm package ships a schema for the
// functions.json file itself (docs/addin.md). That schema does not list the file-level
// `allowErrorForDataTypeAny`, which Microsoft's JSON metadata reference documents: it is checked
// here to be true and left out before the file is validated.

import fs from "fs";
import path from "path";
import Ajv from "ajv";
import { freshBuild } from "./browser/freshBuild";

const SCHEMAS = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build/json-schemas/teams");

/** The newest numbered (not preview) manifest schema version the package ships, e.g. "v1.30". */
function newestStableVersion(): string {
  const versions = fs.readdirSync(SCHEMAS).filter((v) => /^v\d+\.\d+$/.test(v));
  const number = (v: string) => v.slice(1).split(".").map(Number);
  return versions.sort((a, b) => number(a)[0] - number(b)[0] || number(a)[1] - number(b)[1]).at(-1)!;
}

const schemaFile = path.join(SCHEMAS, newestStableVersion(), "MicrosoftTeams.schema.json");
const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
// strict off: the manifest schema is draft-04 with keywords Ajv 8 does not know; formats are
// not used by the function definitions.
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, validateFormats: false });
ajv.addSchema(schema, "manifest");
const validateFile = ajv.getSchema("manifest#/definitions/extensionCustomFunctions")!;
const validateFunction = ajv.getSchema("manifest#/definitions/extensionFunction")!;

const dist = freshBuild();
const files = fs.readdirSync(dist).filter((f) => /^functions(\.[a-z]{2}(-[A-Z]{2})?)?\.json$/.test(f)).sort();
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dist, file), "utf8"));

/** Schema errors as "path message" lines, e.g. "/functions/7/id must NOT have fewer than 3 characters". */
function problems(validate: typeof validateFile, data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

test("the schema is Microsoft's and has the function rules (so a missing definition cannot pass)", () => {
  expect(validateFile).toBeDefined();
  expect(problems(validateFunction, { id: "CV", name: "CV", parameters: [], result: {} })).toEqual([
    "/id must NOT have fewer than 3 characters",
    "/name must NOT have fewer than 3 characters",
  ]);
});

test("the build writes functions.json and one file per language of the manifest", () => {
  expect(files).toEqual(["functions.json", "functions.ru.json"]);
});

describe.each(files)("%s", (file) => {
  const metadata = read(file);

  test("allows error cells in any-typed ranges (allowErrorForDataTypeAny)", () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });

  test("is valid against the schema, file and every function", () => {
    const withoutFlag = { ...metadata };
    delete withoutFlag.allowErrorForDataTypeAny;
    expect(problems(validateFile, withoutFlag)).toEqual([]);
    for (const fn of metadata.functions) expect([fn.id, problems(validateFunction, fn)]).toEqual([fn.id, []]);
  });

  test("Excel's naming rules: ids and names start with a letter, at least 3 characters, unique", () => {
    const bad = metadata.functions.filter(
      (fn: { id: string; name: string }) => !/^[A-Za-z][A-Za-z0-9._]{2,}$/.test(fn.id) || !/^\p{L}[\p{L}\p{N}._]{2,}$/u.test(fn.name),
    );
    expect(bad.map((fn: { id: string }) => fn.id)).toEqual([]);
    const upper = (key: "id" | "name") => metadata.functions.map((fn: Record<string, string>) => fn[key].toUpperCase());
    expect(new Set(upper("id")).size).toBe(metadata.functions.length);
    expect(new Set(upper("name")).size).toBe(metadata.functions.length);
  });

  test("parameter names are unique within each function", () => {
    for (const fn of metadata.functions) {
      const names = fn.parameters.map((p: { name: string }) => p.name.toLowerCase());
      expect([fn.id, new Set(names).size]).toEqual([fn.id, names.length]);
    }
  });
});

test("the same functions, types and flag in every language", () => {
  const [base, ...localised] = files.map(read);
  const shape = (m: { allowErrorForDataTypeAny?: boolean; functions: { id: string; parameters: { type?: string }[] }[] }) => ({
    flag: m.allowErrorForDataTypeAny,
    functions: m.functions.map((fn) => [fn.id, fn.parameters.map((p) => p.type)]),
  });
  for (const m of localised) expect(shape(m)).toEqual(shape(base));
});
