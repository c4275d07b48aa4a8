import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeWorkbookFile } from "../../src/cli/xlsxFile";
import { buildReportWorkbook } from "../../src/cli/xlsxWriter";
import { planSheet } from "../../src/report/sheetPlan";
import { fixtureModel } from "../report/fixtures";

const dir = mkdtempSync(join(tmpdir(), "kc-xlsx-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The zip's entries as `unzip -v` lists them: name → compression method ("Defl:F", "Stored"). */
function methods(path: string): Map<string, string> {
  const listing = execFileSync("unzip", ["-v", path], { encoding: "utf8" });
  const entries = [...listing.matchAll(/^\s*\d+\s+(\S+)\s+\d+\s+\S+\s+\S+\s+\S+\s+[0-9a-f]{8}\s+(.+)$/gm)];
  return new Map(entries.map((m) => [m[2], m[1]]));
}

/** One part's text; `[` starts a wildcard class for unzip, so it is matched as `[[]`. */
const part = (path: string, name: string) =>
  execFileSync("unzip", ["-p", path, name.replace(/\[/g, "[[]")], { encoding: "utf8" });

test("the workbook holds exactly the parts exceljs' own writer makes, deflated, with the same XML", async () => {
  const plan = planSheet(fixtureModel());
  const ours = join(dir, "ours.xlsx");
  const theirs = join(dir, "exceljs.xlsx");
  await writeWorkbookFile(buildReportWorkbook(plan), ours);
  await buildReportWorkbook(plan).xlsx.writeFile(theirs);

  const oursParts = methods(ours);
  // JSZip also lists each folder ("xl/_rels/"); Excel's own files, like ours, list only the parts.
  const theirParts = [...methods(theirs).keys()].filter((name) => !name.endsWith("/"));
  expect([...oursParts.keys()].sort()).toEqual(theirParts.sort());
  expect(oursParts.get("xl/worksheets/sheet1.xml")).toMatch(/^Defl/);
  // docProps/core.xml holds the time of writing, which differs between the two files.
  for (const name of oursParts.keys()) if (name !== "docProps/core.xml") expect(part(ours, name)).toBe(part(theirs, name));
  execFileSync("unzip", ["-tq", ours]); // CRCs check out

  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.readFile(ours);
  expect(reopened.worksheets.map((ws) => ws.name)).toEqual([plan.sheetName]);
});

test("a folder that does not exist rejects with the file error instead of waiting", async () => {
  const missing = join(dir, "no such folder", "report.xlsx");
  await expect(writeWorkbookFile(buildReportWorkbook(planSheet(fixtureModel())), missing)).rejects.toThrow(/ENOENT/);
});

test("a file error while the parts render is not left unhandled: the render's own error is reported", async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  try {
    const slowFailingPart = async () => {
      await new Promise((resolve) => setTimeout(resolve, 100)); // the folder's EISDIR arrives meanwhile
      throw new Error("render failed");
    };
    const noPart = () => undefined;
    const workbook = {
      model: {},
      xlsx: {
        prepareModel: noPart,
        addContentTypes: slowFailingPart,
        ...Object.fromEntries(
          ["addOfficeRels", "addWorkbookRels", "addWorksheets", "addSharedStrings", "addDrawings", "addTables", "addThemes", "addStyles", "addMedia", "addApp", "addCore", "addWorkbook"].map((name) => [name, noPart]),
        ),
      },
    } as unknown as ExcelJS.Workbook;
    await expect(writeWorkbookFile(workbook, dir)).rejects.toThrow("render failed");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
  } finally {
    process.off("unhandledRejection", onUnhandled);
  }
});
