// The rules of the add-in only manifest's XSDs (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0,
// OfficeAppBasicTypesV1_0) that test/manifest.test.ts does not check elsewhere, as a list of problems:
// element order and content where the XSD fixes it, lengths and patterns of values, and resource
// ids that resolve. Office refuses a manifest that breaks them, often without saying why.

import { DOMParser, type Element } from "@xmldom/xmldom";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** XSD lengths: ST_ShortString, ST_LongString, ST_Url, ST_UniqueID (control, group and tab ids), resource ids. */
const SHORT = 125;
const LONG = 250;
const URL = 2048;
const UNIQUE_ID = 125;
const RESOURCE_ID = 32;
/** The icon sizes a VersionOverrides <bt:Image size> may have. */
const ICON_SIZES = new Set(["16", "20", "24", "32", "40", "48", "64", "80"]);
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/;
const SET_VERSION = /^\d+\.\d+$/;
const CULTURE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/;

/** Children each element may have, in this order (repeats allowed); elements not listed are not checked here. */
const SEQUENCES: Record<string, string[]> = {
  Requirements: ["Sets", "Methods"],
  Sets: ["Set"],
  DefaultSettings: ["SourceLocation", "RequestedWidth", "RequestedHeight"],
  Hosts: ["Host"],
  Runtimes: ["Runtime"],
  AllFormFactors: ["ExtensionPoint"],
  OfficeTab: ["Group"],
  Icon: ["Image"],
  Script: ["SourceLocation"],
  Page: ["SourceLocation"],
  Metadata: ["SourceLocation"],
  Images: ["Image"],
  Urls: ["Url"],
  ShortStrings: ["String"],
  LongStrings: ["String"],
};
/** Action children by its xsi:type. */
const ACTIONS: Record<string, string[]> = {
  ExecuteFunction: ["FunctionName"],
  ShowTaskpane: ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning"],
};
/** Elements whose only children are locale overrides. */
const LOCALE_AWARE = new Set(["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "String", "Url", "Image"]);

export function parseManifestText(xml: string): { root: Element; parseProblems: string[] } {
  const parseProblems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => parseProblems.push(`${level}: ${message}`) }).parseFromString(xml, "text/xml");
  return { root: doc.documentElement as Element, parseProblems };
}

const elements = (scope: Element, ns = "*") => Array.from(scope.getElementsByTagNameNS(ns, "*")) as Element[];
const children = (e: Element) => Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1);
const nameOf = (e: Element) => e.localName ?? "";
const where = (e: Element) => {
  const id = e.getAttribute("id") ?? e.getAttribute("resid") ?? e.getAttribute("Name");
  return id ? `${nameOf(e)} ${id}` : nameOf(e);
};

function orderProblems(e: Element, sequence: string[]): string[] {
  const names = children(e).map(nameOf);
  const unknown = names.filter((n) => !sequence.includes(n));
  if (unknown.length > 0) return [`${where(e)}: ${unknown.join(", ")} not allowed`];
  const positions = names.map((n) => sequence.indexOf(n));
  return positions.every((p, i) => i === 0 || positions[i - 1] <= p) ? [] : [`${where(e)}: children out of order (${names.join(", ")})`];
}

/** Every value a locale-aware element carries: its DefaultValue and each override's Value. */
function localisedValues(e: Element): { value: string; where: string }[] {
  const values = [{ value: e.getAttribute("DefaultValue") ?? "", where: where(e) }];
  for (const o of children(e)) values.push({ value: o.getAttribute("Value") ?? "", where: `${where(e)} ${o.getAttribute("Locale")}` });
  return values;
}

/** The manifest's problems by the XSD rules above; [] when there are none. */
export function xsdProblems(root: Element): string[] {
  const problems: string[] = [];
  const all = elements(root);
  const tooLong = (limit: number, values: { value: string; where: string }[]) =>
    values.filter((v) => v.value.length === 0 || v.value.length > limit).forEach((v) => problems.push(`${v.where}: ${v.value.length} characters, 1–${limit} allowed`));

  for (const e of all) {
    const name = nameOf(e);
    const type = e.getAttributeNS(NS.xsi, "type") ?? "";
    if (name === "Action" && ACTIONS[type]) problems.push(...orderProblems(e, ACTIONS[type]));
    else if (SEQUENCES[name] && !(name === "Requirements" && e.namespaceURI === NS.ov)) problems.push(...orderProblems(e, SEQUENCES[name]));
    if (LOCALE_AWARE.has(name) && e.hasAttribute("DefaultValue")) {
      problems.push(...orderProblems(e, ["Override"]));
      for (const o of children(e)) {
        const locale = o.getAttribute("Locale") ?? "";
        if (!CULTURE.test(locale)) problems.push(`${where(e)}: Override Locale "${locale}" is not a culture name`);
      }
    }
  }

  const app = (name: string) => all.filter((e) => e.namespaceURI === NS.app && nameOf(e) === name);
  const text = (name: string) => app(name)[0]?.textContent ?? "";
  if (!GUID.test(text("Id"))) problems.push(`Id "${text("Id")}" is not a GUID`);
  if (!VERSION.test(text("Version"))) problems.push(`Version "${text("Version")}" is not n[.n[.n[.n]]] of up to 5 digits each`);
  tooLong(SHORT, [{ value: text("ProviderName"), where: "ProviderName" }]);
  tooLong(SHORT, app("DisplayName").flatMap(localisedValues));
  tooLong(LONG, app("Description").flatMap(localisedValues));
  tooLong(URL, ["IconUrl", "HighResolutionIconUrl", "SupportUrl"].flatMap((n) => app(n).flatMap(localisedValues)));
  for (const set of app("Set")) {
    if (!SET_VERSION.test(set.getAttribute("MinVersion") ?? "")) problems.push(`Set ${set.getAttribute("Name")}: MinVersion "${set.getAttribute("MinVersion")}" is not n.n`);
  }

  const bt = (kind: string) => all.filter((e) => e.namespaceURI === NS.bt && nameOf(e) === kind && nameOf(e.parentNode as Element) !== "Icon");
  const resources = new Map<string, string>(); // id → kind
  for (const [kind, limit] of [["Image", URL], ["Url", URL]] as const) {
    for (const e of bt(kind)) tooLong(limit, localisedValues(e));
  }
  for (const group of ["ShortStrings", "LongStrings"]) {
    for (const e of all.filter((x) => nameOf(x) === group).flatMap(children)) tooLong(group === "ShortStrings" ? SHORT : LONG, localisedValues(e));
  }
  for (const e of [...bt("Image"), ...bt("Url"), ...bt("String")]) {
    const id = e.getAttribute("id") ?? "";
    if (id.length === 0 || id.length > RESOURCE_ID) problems.push(`resource id "${id}": 1–${RESOURCE_ID} characters`);
    if (resources.has(id)) problems.push(`resource id "${id}" defined twice`);
    resources.set(id, nameOf(e.parentNode as Element));
  }

  for (const e of all.filter((x) => x.hasAttribute("resid"))) {
    const resid = e.getAttribute("resid") ?? "";
    if (!resources.has(resid)) problems.push(`${nameOf(e)} resid "${resid}" names no resource`);
  }
  for (const image of all.filter((e) => e.namespaceURI === NS.bt && nameOf(e) === "Image" && e.hasAttribute("size"))) {
    if (!ICON_SIZES.has(image.getAttribute("size") ?? "")) problems.push(`Icon image size ${image.getAttribute("size")} is not one of ${[...ICON_SIZES].join(", ")}`);
  }
  for (const e of all.filter((x) => ["Control", "Group", "OfficeTab", "CustomTab"].includes(nameOf(x)))) {
    const id = e.getAttribute("id") ?? "";
    if (id.length === 0 || id.length > UNIQUE_ID) problems.push(`${nameOf(e)} id "${id}": 1–${UNIQUE_ID} characters`);
  }
  const ids = all.filter((x) => ["Control", "Group", "CustomTab"].includes(nameOf(x))).map((x) => x.getAttribute("id"));
  ids.filter((id, i) => ids.indexOf(id) !== i).forEach((id) => problems.push(`id "${id}" used twice`));
  return problems;
}
