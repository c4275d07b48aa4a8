// SPEC §14 through the command line: every sheet of the workbook read back with exceljs is set up
// to print, and LibreOffice prints it landscape on the chosen paper.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildReportWorkbook } from "../../src/cli/xlsxWriter";
import { planSheet } from "../../src/report/sheetPlan";
import { fixtureModel } from "../report/fixtures";

const root = join(__dirname, "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "keyclient-print-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function report(out: string, ...more: string[]): void {
  const r = spawnSync(process.execPath, [join(root, "bin", "keyclient.js"), "report", join("samples", "superstore-style-en.csv"), "--today", "2018-01-15", "--out", out, "--quiet", ...more], { cwd: root, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
}

async function sheets(path: string): Promise<ExcelJS.Worksheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets;
}

test("a section's page break is stored before its heading's row", async () => {
  const plan = planSheet(fixtureModel());
  const lost = plan.blocks.find((b) => b.kind === "lost")!;
  const file = join(tmp, "breaks.xlsx");
  await buildReportWorkbook({ ...plan, print: { ...plan.print, pageBreaksBefore: [lost.top] } }).xlsx.writeFile(file);
  // exceljs does not read breaks back: the sheet's XML is read. A break's id is the row it follows.
  const xml = execFileSync("unzip", ["-p", file, "xl/worksheets/sheet1.xml"], { encoding: "utf8" });
  expect([...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([lost.top - 1]);
});

describe("the CLI workbook", () => {
  const a4 = join(tmp, "a4.xlsx");
  const letter = join(tmp, "letter.xlsx");
  beforeAll(() => {
    report(a4);
    report(letter, "--paper", "letter", "--lang", "ru");
  });

  test("report and register: landscape, A4, one page wide, header row repeated, title and page N of M", async () => {
    const all = await sheets(a4);
    const [reportSheet, history, register] = all;
    expect(all.map((ws) => ws.name)).toEqual(["Key clients 2017-12", "Key-client history 2017-12", "Key-client register"]);
    expect(history.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    expect(history.headerFooter).toMatchObject({ oddHeader: "&CKey-client history 2017-12", oddFooter: "&CPage &P of &N" });
    expect(reportSheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(reportSheet.pageSetup.margins).toEqual({ left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 });
    // The main table's header row: the row whose column B says "Client" under a "Rank" in A.
    const header = [...Array(40).keys()].map((i) => i + 1).find((r) => reportSheet.getCell(r, 1).value === "Rank" && reportSheet.getCell(r, 2).value === "Client" && reportSheet.getCell(r, 3).value === "Oct 2017");
    expect(reportSheet.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    expect(reportSheet.headerFooter).toMatchObject({ oddHeader: "&CKey clients 2017-12", oddFooter: "&CPage &P of &N" });
    expect(register.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
    expect(register.headerFooter).toMatchObject({ oddHeader: "&CKey-client register", oddFooter: "&CPage &P of &N" });
  });

  test("--paper letter --lang ru: Letter, the footer in Russian", async () => {
    const all = await sheets(letter);
    const [reportSheet, register] = [all[0], all[all.length - 1]];
    expect(reportSheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 1 });
    expect(reportSheet.headerFooter).toMatchObject({ oddFooter: "&CСтраница &P из &N" });
    expect(register.pageSetup).toMatchObject({ paperSize: 1 });
  });

  test("--paper other is refused with one line (exit 2)", () => {
    const r = spawnSync(process.execPath, [join(root, "bin", "keyclient.js"), "report", join("samples", "superstore-style-en.csv"), "--paper", "a3"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--paper takes a4 or letter, not "a3".');
  });

  test("LibreOffice prints every page landscape on the paper chosen, numbered", () => {
    const profile = `file://${join(tmp, "lo")}`;
    execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", tmp, a4, letter], { stdio: "ignore" });
    const info = (pdf: string) => execFileSync("pdfinfo", ["-f", "1", "-l", "99", join(tmp, pdf)], { encoding: "utf8" });
    const sizes = (text: string) => [...text.matchAll(/Page +\d+ size: +([\d.]+ x [\d.]+)/g)].map((m) => m[1]);
    const a4Sizes = sizes(info("a4.pdf"));
    expect(a4Sizes.length).toBeGreaterThanOrEqual(3);
    expect(new Set(a4Sizes)).toEqual(new Set(["841.89 x 595.304"]));
    expect(new Set(sizes(info("letter.pdf")))).toEqual(new Set(["792 x 612"]));
    const text = execFileSync("pdftotext", ["-layout", join(tmp, "a4.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain(`Page 1 of ${a4Sizes.length}`);
    expect(text).toContain(`Page ${a4Sizes.length} of ${a4Sizes.length}`);
  }, 120_000);
});
