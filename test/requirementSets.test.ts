// The requirement sets manifest.xml declares are exactly the highest ones the code uses, as the
// typings tag each member (test/apiSets.ts). Declaring less lets Excel install the add-in where a
// call then fails; declaring more hides it from users whose Excel could run it.

import fs from "fs";
import path from "path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { highestSets, officeApiUses } from "./apiSets";

const APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OFFICE_CODE = ["src/excel", "src/commands", "src/taskpane", "src/functions"];
/**
 * Sets the typings tag on members Excel has too: Event.completed is tagged with Outlook's Mailbox
 * 1.3, yet Excel's ribbon commands have it wherever they run (docs/addin.md).
 */
const OTHER_HOSTS = new Set(["Mailbox"]);

const manifest = new DOMParser().parseFromString(fs.readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8"), "text/xml");
const declared = new Map(
  Array.from(manifest.getElementsByTagNameNS(APP, "Set")).map((s: Element) => [s.getAttribute("Name") ?? "", s.getAttribute("MinVersion") ?? ""]),
);
const used = highestSets(officeApiUses(OFFICE_CODE));

test("the scan finds the calls it must (so an empty scan cannot pass)", () => {
  expect(used.get("CustomFunctionsRuntime")?.needs.join("\n")).toMatch(/CustomFunctions\.ErrorCode\.invalidValue \(src\/functions\/errors\.ts:\d+\)/);
  expect(used.get("ExcelApi")?.needs.join("\n")).toMatch(/Excel\.Workbook\.getSelectedRanges \(src\/excel\/reader\.ts:\d+\)/);
  expect(used.get("SharedRuntime")?.needs.join("\n")).toMatch(/Office\.Addin\.showAsTaskpane/);
});

test("the manifest declares every set the code uses, at the highest version it uses", () => {
  const needed = Object.fromEntries([...used].filter(([set]) => !OTHER_HOSTS.has(set)).map(([set, h]) => [set, h.version]));
  expect(Object.fromEntries(declared)).toEqual(needed);
});

test("today that is ExcelApi 1.9, SharedRuntime 1.1 and CustomFunctionsRuntime 1.3 (docs/addin.md lists them)", () => {
  expect(Object.fromEntries(declared)).toEqual({ ExcelApi: "1.9", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" });
  const docs = fs.readFileSync(path.join(__dirname, "..", "docs", "addin.md"), "utf8");
  for (const [set, version] of declared) expect(docs).toContain(`${set} ${version}`);
});
