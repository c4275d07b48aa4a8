// The add-in build: manifest URL rewrite, localised function metadata, and one real production
// build (webpack's Node API) checked file by file.
import * as fs from "fs";
import * as path from "path";
import webpack from "webpack";

const config = require("../webpack.config.js");
const { localizeFunctionMetadata } = require("../scripts/functions-locale.js");
const { allowErrorCells } = require("../scripts/functions-error-cells.js");

const ROOT = path.join(__dirname, "..");
const manifestSource = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const count = (text: string, part: string) => text.split(part).length - 1;

describe("production URL", () => {
  test("ADDIN_URL becomes the base URL, with a trailing slash; unset keeps the dev URL", () => {
    expect(config.addinBaseUrl(undefined)).toBe("https://localhost:3000/");
    expect(config.addinBaseUrl("https://addins.example.com/keyclient")).toBe("https://addins.example.com/keyclient/");
    expect(config.addinBaseUrl("https://addins.example.com/")).toBe("https://addins.example.com/");
  });

  test("a plain-http or malformed ADDIN_URL fails the build", () => {
    expect(() => config.addinBaseUrl("http://addins.example.com/")).toThrow(/https/);
    expect(() => config.addinBaseUrl("addins.example.com")).toThrow();
  });

  test("every dev URL of the manifest is rewritten, not only the first", () => {
    // IconUrl, HighResolutionIconUrl, SupportUrl, DefaultSettings, 3 images, 4 URLs + the ru-RU metadata override.
    const devUrls = count(manifestSource, "https://localhost:3000/");
    expect(devUrls).toBe(12);
    const rewritten = config.rewriteManifest(manifestSource, "https://cdn.example.com/a$&b/");
    expect(count(rewritten, "localhost:3000")).toBe(0);
    expect(count(rewritten, "https://cdn.example.com/a$&b/")).toBe(devUrls); // "$&" taken literally
  });
});

describe("localised function metadata", () => {
  const base = {
    allowCustomDataForDataTypeAny: true,
    functions: [
      {
        id: "ABC",
        name: "ABC",
        description: "ABC class of each value.",
        result: { type: "string", dimensionality: "matrix" },
        parameters: [
          { name: "values", description: "Values.", type: "any", dimensionality: "matrix" },
          { name: "a", description: "Share of A.", type: "number", optional: true },
        ],
      },
      { id: "VARIATION", name: "VARIATION", description: "Coefficient of variation.", result: { type: "number" }, parameters: [] },
    ],
  };

  test("texts are laid over by id and parameter position; types always come from the code", () => {
    const overlay = {
      functions: [
        {
          id: "ABC",
          name: "ABC",
          description: "Класс ABC каждого значения.",
          result: { type: "boolean" },
          parameters: [{ name: "значения", description: "Значения." }],
        },
      ],
    };
    const { metadata, errors, warnings } = localizeFunctionMetadata(base, overlay);
    expect(errors).toEqual([]);
    expect(warnings).toEqual(["VARIATION has no translation; its English texts are used"]);
    expect(metadata).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: "ABC",
          name: "ABC",
          description: "Класс ABC каждого значения.",
          result: { type: "string", dimensionality: "matrix" },
          parameters: [
            { name: "значения", description: "Значения.", type: "any", dimensionality: "matrix" },
            { name: "a", description: "Share of A.", type: "number", optional: true },
          ],
        },
        base.functions[1],
      ],
    });
  });

  test("translations the code does not match are errors", () => {
    const overlay = {
      functions: [
        { id: "ABC", name: "1ABC", parameters: [{}, {}, { name: "лишний" }] },
        { id: "GONE", name: "GONE" },
        { id: "GONE", name: "GONE" },
        { name: "no id" },
      ],
    };
    expect(localizeFunctionMetadata(base, overlay).errors).toEqual([
      "GONE is translated twice",
      'an entry without an "id": {"name":"no id"}',
      'ABC: "1ABC" is not a valid function name (a letter, then 2+ letters, digits, _ or .)',
      "ABC: 3 parameters translated, the function has 2",
      "GONE is translated but is not a custom function",
    ]);
  });

  test("without a translation file the metadata is repeated unchanged", () => {
    expect(localizeFunctionMetadata(base, null)).toEqual({ metadata: base, errors: [], warnings: [] });
  });
});

describe("error cells in any-typed ranges (allowErrorForDataTypeAny)", () => {
  const fn = (...types: (string | undefined)[]) => ({ id: "FN", name: "FN", parameters: types.map((type, i) => ({ name: `p${i}`, type })), result: {} });

  test("set when a function takes an any-typed parameter (a parameter without a type is any)", () => {
    expect(allowErrorCells({ functions: [fn("number"), fn("number", "any")] }).allowErrorForDataTypeAny).toBe(true);
    expect(allowErrorCells({ functions: [fn(undefined)] }).allowErrorForDataTypeAny).toBe(true);
  });

  test("left out when no parameter is any-typed; the functions are never touched", () => {
    const typed = { functions: [fn("number", "string")] };
    expect(allowErrorCells(typed)).toEqual(typed);
    const any = { allowCustomDataForDataTypeAny: false, functions: [fn("any")] };
    expect(allowErrorCells(any)).toEqual({ ...any, allowErrorForDataTypeAny: true });
  });
});

describe("webpack --mode production", () => {
  const outDir = path.join(ROOT, "test", ".tmp", `build-${process.pid}`);
  let stats: webpack.Stats;

  beforeAll(async () => {
    const previous = process.env.ADDIN_URL;
    process.env.ADDIN_URL = "https://addins.example.com/keyclient/";
    let options: webpack.Configuration;
    try {
      options = await config({ WEBPACK_BUILD: true }, { mode: "production" });
    } finally {
      if (previous === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = previous;
    }
    options.mode = "production";
    options.context = ROOT;
    options.output = { ...options.output, path: outDir };
    stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(options).run((error, result) => (error || !result ? reject(error) : resolve(result))),
    );
  }, 600_000); // the machine may be shared: a slow build is not a failed one

  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  const read = (file: string) => fs.readFileSync(path.join(outDir, file), "utf8");

  test("builds without errors and needs no certificate", () => {
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
    expect(config.length).toBe(2); // (env, argv): the dev server's certificates are only loaded when serving
  });

  test("dist holds the page, the bundles, the function metadata, the manifest and the icons", () => {
    for (const file of ["taskpane.html", "runtime.js", "functions.js", "commands.js", "taskpane.js", "functions.json", "functions.ru.json", "manifest.xml"]) {
      expect(fs.existsSync(path.join(outDir, file))).toBe(true);
    }
    expect(fs.readdirSync(path.join(outDir, "assets")).sort()).toEqual(["help.html", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
  });

  test("the page: CSP first, office.js from its CDN, then our bundles in order (functions first)", () => {
    const html = read("taskpane.html");
    const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBe(config.contentSecurityPolicy(false));
    expect(csp).not.toMatch(/unsafe-eval|wss:|\*/);
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)].map((m) => m[1].replace(/\?.*$/, ""));
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const ours = scripts.slice(1);
    expect(ours.every((s) => !/^https?:/.test(s))).toBe(true);
    const order = ["runtime.js", "functions.js", "commands.js", "taskpane.js"].map((s) => ours.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });

  test("the bundles register the functions and the ribbon command, and load nothing from elsewhere", () => {
    const metadata = JSON.parse(read("functions.json"));
    const ids: string[] = metadata.functions.map((f: { id: string }) => f.id);
    expect(ids.length).toBeGreaterThan(0);
    const functionsJs = read("functions.js");
    for (const id of ids) expect(functionsJs).toContain(`CustomFunctions.associate("${id}"`);
    expect(read("commands.js")).toContain('"buildMonthlyReport"');
    const localized = JSON.parse(read("functions.ru.json"));
    expect(localized.functions.map((f: { id: string }) => f.id)).toEqual(ids);
    // Without it Excel never calls a function whose range holds an error cell (MONTHLY(A:A) over an export with one #N/A).
    expect([metadata.allowErrorForDataTypeAny, localized.allowErrorForDataTypeAny]).toEqual([true, true]);
    for (const file of fs.readdirSync(outDir).filter((f) => f.endsWith(".js"))) {
      expect(read(file)).not.toMatch(/https?:\/\/(?!appsforoffice\.microsoft\.com|www\.w3\.org|reactjs\.org|react\.dev)[a-z0-9.-]+\.[a-z]{2,}\/[^"'\s]*\.js/i);
    }
  });

  test("the manifest points at ADDIN_URL everywhere", () => {
    const manifest = read("manifest.xml");
    expect(count(manifest, "localhost:3000")).toBe(0);
    expect(count(manifest, "https://addins.example.com/keyclient/")).toBe(12);
    expect(manifest).toContain('<bt:Override Locale="ru-RU" Value="https://addins.example.com/keyclient/functions.ru.json"/>');
  });
});
