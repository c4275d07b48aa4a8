// Offline checks of manifest.xml (`office-addin-manifest validate` needs the Internet).
// Element orders below are the XSD sequences of the add-in only manifest (OfficeAppManifestV1_1,
// TaskPaneAppVersionOverridesV1_0, OfficeAppBasicTypesV1_0): Office refuses a manifest whose
// elements are out of order, with an error that does not say so.
import * as fs from "fs";
import * as path from "path";
import { DOMParser, Element } from "@xmldom/xmldom";
import { parseManifestText, xsdProblems } from "./manifestXsd";

const ROOT = path.join(__dirname, "..");
const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

function parseManifest(): Element {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(
    fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
    "text/xml",
  );
  expect(problems).toEqual([]);
  return doc.documentElement as Element;
}

const root = parseManifest();

function all(ns: string, name: string, scope: Element = root): Element[] {
  return Array.from(scope.getElementsByTagNameNS(ns, name));
}

function one(ns: string, name: string, scope: Element = root): Element {
  const found = all(ns, name, scope);
  expect(found).toHaveLength(1);
  return found[0];
}

function children(element: Element): Element[] {
  return Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1);
}

const nameOf = (e: Element) => e.localName ?? "";

function childNames(element: Element): string[] {
  return children(element).map(nameOf);
}

/** The element's children appear in the order of `sequence` (repeats allowed, unknown names not). */
function expectInOrder(element: Element, sequence: string[]): void {
  const names = childNames(element);
  const positions = names.map((n) => sequence.indexOf(n));
  expect(names.filter((_, i) => positions[i] < 0)).toEqual([]);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

const xsiType = (e: Element) => e.getAttributeNS(NS.xsi, "type");
const versionOverrides = one(NS.ov, "VersionOverrides");
const resources = one(NS.ov, "Resources");
const controls = all(NS.ov, "Control");
const control = (id: string) => {
  const found = controls.find((c) => c.getAttribute("id") === id);
  if (!found) throw new Error(`no control ${id}`);
  return found;
};

/** Resources by kind: id → element. */
function resourceMap(kind: "Images" | "Urls" | "ShortStrings" | "LongStrings"): Map<string, Element> {
  return new Map(children(one(NS.bt, kind, resources)).map((e) => [e.getAttribute("id") ?? "", e]));
}
const images = resourceMap("Images");
const urls = resourceMap("Urls");
const shortStrings = resourceMap("ShortStrings");
const longStrings = resourceMap("LongStrings");
const urlOf = (resid: string) => urls.get(resid)?.getAttribute("DefaultValue");

/** Every element in VersionOverrides (outside Resources) that references a resource. */
const references = all(NS.ov, "*", versionOverrides)
  .concat(all(NS.bt, "*", versionOverrides))
  .filter((e) => e.hasAttribute("resid") && !isInside(e, resources));

function isInside(e: Element, ancestor: Element): boolean {
  for (let p = e.parentNode; p; p = p.parentNode) if (p === ancestor) return true;
  return false;
}

/** Which kind of resource an element's resid must name, by the element's XSD type. */
function expectedKind(e: Element): Map<string, Element> {
  const name = nameOf(e);
  if (name === "Image") return images;
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(name)) return urls;
  if (name === "Description") return longStrings;
  return shortStrings; // Label, Title, Namespace
}

describe("manifest.xml", () => {
  test("elements follow the XSD sequences", () => {
    expectInOrder(root, [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
      "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
      "DefaultSettings", "Permissions", "Dictionary", "VersionOverrides",
    ]);
    expectInOrder(versionOverrides, ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"]);
    const host = one(NS.ov, "Host", versionOverrides);
    expect(childNames(host)).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    for (const point of all(NS.ov, "ExtensionPoint").filter((e) => xsiType(e) === "CustomFunctions")) {
      expect(childNames(point)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    }
    expectInOrder(one(NS.ov, "DesktopFormFactor"), ["GetStarted", "FunctionFile", "ExtensionPoint"]);
    expect(childNames(one(NS.ov, "GetStarted"))).toEqual(["Title", "Description", "LearnMoreUrl"]);
    for (const group of all(NS.ov, "Group")) expectInOrder(group, ["Label", "Icon", "Control"]);
    for (const c of controls) expect(childNames(c)).toEqual(["Label", "Supertip", "Icon", "Action"]);
    for (const tip of all(NS.ov, "Supertip")) expect(childNames(tip)).toEqual(["Title", "Description"]);
    expect(childNames(resources)).toEqual(["Images", "Urls", "ShortStrings", "LongStrings"]);
  });

  test("every resid names a defined resource of the right kind, and every resource is used", () => {
    const missing = references
      .filter((e) => !expectedKind(e).has(e.getAttribute("resid") ?? ""))
      .map((e) => `${e.localName} → ${e.getAttribute("resid")}`);
    expect(missing).toEqual([]);
    const used = new Set(references.map((e) => e.getAttribute("resid")));
    const defined = [images, urls, shortStrings, longStrings].flatMap((m) => [...m.keys()]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(defined).size).toBe(defined.length);
  });

  test("ids, short and long strings stay within the schema's lengths", () => {
    const tooLong = (limit: number, values: (string | null)[]) => values.filter((v) => v === null || v.length > limit);
    const ids = [images, urls, shortStrings, longStrings].flatMap((m) => [...m.keys()]);
    expect(tooLong(32, ids)).toEqual([]);
    const texts = (m: Map<string, Element>) =>
      [...m.values()].flatMap((e) => [e.getAttribute("DefaultValue"), ...all(NS.bt, "Override", e).map((o) => o.getAttribute("Value"))]);
    expect(tooLong(125, texts(shortStrings))).toEqual([]);
    expect(tooLong(250, texts(longStrings))).toEqual([]);
    expect(tooLong(125, [one(NS.app, "DisplayName").getAttribute("DefaultValue")])).toEqual([]);
    expect(tooLong(250, [one(NS.app, "Description").getAttribute("DefaultValue")])).toEqual([]);
  });

  test("every URL is https on one origin, and every file it names is built", () => {
    const values = all(NS.app, "*")
      .concat(all(NS.bt, "*"))
      .flatMap((e) => [e.getAttribute("DefaultValue"), e.getAttribute("Value")])
      .filter((v): v is string => !!v && /^[a-z]+:\/\//i.test(v));
    expect(values.length).toBeGreaterThanOrEqual(10);
    expect(new Set(values.map((v) => new URL(v).origin))).toEqual(new Set(["https://localhost:3000"]));
    // Files that webpack emits or copies (the build test checks dist/ itself).
    const built = new Set(["taskpane.html", "functions.js", "functions.json", "functions.ru.json"]);
    const paths = values.map((v) => new URL(v).pathname.slice(1));
    expect(paths.filter((p) => !built.has(p) && !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
  });

  test("icons are PNGs of the size the manifest declares", () => {
    const pngSize = (url: string) => {
      const bytes = fs.readFileSync(path.join(ROOT, new URL(url).pathname));
      expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    };
    for (const ref of all(NS.bt, "Image", versionOverrides).filter((e) => e.hasAttribute("size"))) {
      const size = Number(ref.getAttribute("size"));
      expect(pngSize(images.get(ref.getAttribute("resid") ?? "")?.getAttribute("DefaultValue") ?? "")).toEqual([size, size]);
    }
    expect(pngSize(one(NS.app, "IconUrl").getAttribute("DefaultValue") ?? "")).toEqual([32, 32]);
    expect(pngSize(one(NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "")).toEqual([64, 64]);
  });

  test("Excel host; requirement sets as the code needs them (test/requirementSets.test.ts)", () => {
    expect(all(NS.app, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(xsiType(one(NS.ov, "Host"))).toBe("Workbook");
    const sets = all(NS.app, "Set").map((s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`);
    expect(sets.sort()).toEqual(["CustomFunctionsRuntime 1.3", "ExcelApi 1.9", "SharedRuntime 1.1"]);
    expect(one(NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  test("one long-lived shared runtime serves the pane, the functions and the ribbon command", () => {
    const runtime = one(NS.ov, "Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const resid = runtime.getAttribute("resid");
    const page = one(NS.ov, "SourceLocation", one(NS.ov, "Page"));
    const taskpaneAction = one(NS.ov, "Action", control("KeyClient.TaskpaneButton"));
    expect(xsiType(taskpaneAction)).toBe("ShowTaskpane");
    expect(page.getAttribute("resid")).toBe(resid);
    expect(one(NS.ov, "SourceLocation", taskpaneAction).getAttribute("resid")).toBe(resid);
    expect(one(NS.ov, "FunctionFile").getAttribute("resid")).toBe(resid);
    expect(urlOf(resid ?? "")).toBe("https://localhost:3000/taskpane.html");
    expect(one(NS.app, "SourceLocation", one(NS.app, "DefaultSettings")).getAttribute("DefaultValue")).toBe(urlOf(resid ?? ""));
  });

  test("custom functions: namespace KEYCLIENT, script and metadata URLs", () => {
    const point = all(NS.ov, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
    if (!point) throw new Error("no CustomFunctions extension point");
    const namespace = one(NS.ov, "Namespace", point).getAttribute("resid") ?? "";
    expect(shortStrings.get(namespace)?.getAttribute("DefaultValue")).toBe("KEYCLIENT");
    expect(all(NS.bt, "Override", shortStrings.get(namespace) as Element)).toEqual([]); // same name in every language
    const resid = (name: string) => one(NS.ov, "SourceLocation", one(NS.ov, name, point)).getAttribute("resid") ?? "";
    expect(urlOf(resid("Script"))).toBe("https://localhost:3000/functions.js");
    expect(urlOf(resid("Metadata"))).toBe("https://localhost:3000/functions.json");
  });

  test("the ribbon: one group on the Home tab, the report command and the pane button", () => {
    const group = one(NS.ov, "Group");
    expect((group.parentNode as Element).localName).toBe("OfficeTab");
    expect((group.parentNode as Element).getAttribute("id")).toBe("TabHome");
    expect(controls.map((c) => [c.getAttribute("id"), xsiType(c), xsiType(one(NS.ov, "Action", c))])).toEqual([
      ["KeyClient.ReportButton", "Button", "ExecuteFunction"],
      ["KeyClient.TaskpaneButton", "Button", "ShowTaskpane"],
    ]);
    expect(one(NS.ov, "FunctionName", control("KeyClient.ReportButton")).textContent).toBe("buildMonthlyReport");
    const label = (id: string) => shortStrings.get(one(NS.ov, "Label", control(id)).getAttribute("resid") ?? "")?.getAttribute("DefaultValue");
    expect(label("KeyClient.ReportButton")).toBe("Monthly key clients");
    expect(label("KeyClient.TaskpaneButton")).toBe("Open KeyClient");
  });

  test("en-US by default with ru-RU overrides for every text a user sees", () => {
    expect(one(NS.app, "DefaultLocale").textContent).toBe("en-US");
    const ruOverride = (e: Element, ns: string) =>
      all(ns, "Override", e).find((o) => o.getAttribute("Locale") === "ru-RU")?.getAttribute("Value");
    for (const name of ["DisplayName", "Description"]) expect(ruOverride(one(NS.app, name), NS.app)).toMatch(/[а-яё]/i);
    const strings = [...shortStrings.entries(), ...longStrings.entries()].filter(([id]) => id !== "Functions.Namespace");
    expect(strings.filter(([, e]) => !ruOverride(e, NS.bt)).map(([id]) => id)).toEqual([]);
    // Button labels and tooltips are really translated (the group label is the brand name).
    for (const id of ["ReportButton.Label", "ReportButton.Tooltip", "TaskpaneButton.Label", "TaskpaneButton.Tooltip"]) {
      const e = shortStrings.get(id) ?? longStrings.get(id);
      expect(ruOverride(e as Element, NS.bt)).toMatch(/[а-яё]/i);
    }
  });

  test("Russian Excel gets the localised function metadata", () => {
    const metadata = urls.get("Functions.Metadata.Url") as Element;
    expect(all(NS.bt, "Override", metadata).map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")])).toEqual([
      ["ru-RU", "https://localhost:3000/functions.ru.json"],
    ]);
  });
});

describe("manifest.xml against the XSD's other rules (test/manifestXsd.ts)", () => {
  const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const problemsOf = (xml: string) => xsdProblems(parseManifestText(xml).root);

  test("order and content of the remaining elements, lengths and patterns of values, resource ids that resolve", () => {
    expect(problemsOf(source)).toEqual([]);
  });

  /** The manifest with the first `from` replaced by `to` (which must be there). */
  const mutated = (from: string | RegExp, to: string) => {
    const xml = source.replace(from, to);
    expect(xml).not.toBe(source);
    return xml;
  };

  test.each([
    ["a Russian description over 250 characters", /(<Description DefaultValue="[^"]*">\s*<Override Locale="ru-RU" Value=")[^"]*/, `$1${"д".repeat(251)}`, "Description ru-RU: 251 characters, 1–250 allowed"],
    ["a Russian display name over 125 characters", /(<DisplayName DefaultValue="[^"]*">\s*<Override Locale="ru-RU" Value=")[^"]*/, `$1${"к".repeat(126)}`, "DisplayName ru-RU: 126 characters, 1–125 allowed"],
    ["ShowTaskpane's SourceLocation before its TaskpaneId", /(<TaskpaneId>[^<]*<\/TaskpaneId>)(\s*)(<SourceLocation resid="Taskpane.Url"\/>)/, "$3$2$1", "Action: children out of order (SourceLocation, TaskpaneId)"],
    ["an icon size Office does not have", 'size="16"', 'size="17"', "Icon image size 17 is not one of 16, 20, 24, 32, 40, 48, 64, 80"],
    ["a resid that names nothing", 'resid="Group.Label"', 'resid="Group.Lable"', 'Label resid "Group.Lable" names no resource'],
    ["a locale that is not a culture name", 'Locale="ru-RU"', 'Locale="russian"', 'Override Locale "russian" is not a culture name'],
    ["a version of five parts", "<Version>0.1.0.0</Version>", "<Version>0.1.0.0.1</Version>", 'Version "0.1.0.0.1" is not n[.n[.n[.n]]] of up to 5 digits each'],
    ["a requirement set version that is not n.n", 'MinVersion="1.9"', 'MinVersion="1.9.0"', 'Set ExcelApi: MinVersion "1.9.0" is not n.n'],
    ["a resource id over 32 characters", '<bt:Url id="Functions.Metadata.Url"', '<bt:Url id="Functions.Metadata.Url.For.Every.Language"', 'resource id "Functions.Metadata.Url.For.Every.Language": 1–32 characters'],
  ])("the check bites: %s", (_case, from, to, problem) => {
    expect(problemsOf(mutated(from, to))).toEqual(expect.arrayContaining([expect.stringContaining(problem)]));
  });
});
