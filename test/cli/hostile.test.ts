// Hostile and messy input through the command a user runs (issue 16): each case is a small file
// generated here, and each test failed on the code before its fix.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "keyclient-hostile-"));
const bin = join(root, "bin", "keyclient.js");
const TODAY = "2017-03-01";

function keyclient(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: tmp, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A shell pipeline; returns the exit code of keyclient (the first command) and its standard error. */
function piped(command: string) {
  const r = spawnSync("bash", ["-c", `${command}; echo "exit=\${PIPESTATUS[0]}" >&2`], { cwd: tmp, encoding: "utf8" });
  const code = Number(/exit=(\d+)/.exec(r.stderr)![1]);
  return { code, stderr: r.stderr.replace(/exit=\d+\n$/, "") };
}

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

function json(path: string, ...args: string[]) {
  const r = keyclient("report", path, "--json", "-", "--quiet", "--today", TODAY, ...args);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

beforeAll(() => {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root });
});

describe("2. an output that is the input", () => {
  const csv = "Client,Date,Amount\nA,2017-01-05,5\n";

  test.each([
    ["--out, the same name", (input: string) => ["--out", input]],
    ["--json, through another path", () => ["--json", join(tmp, "..", tmp.split("/").pop()!, "same.csv")]],
    ["--json, a symbolic link to it", () => {
      const link = join(tmp, "link.csv");
      try { symlinkSync(join(tmp, "same.csv"), link); } catch { /* made by an earlier case */ }
      return ["--json", link];
    }],
  ])("%s: exit 2, one line, the file untouched", (_name, outArgs) => {
    const input = file("same.csv", csv);
    const before = statSync(input).mtimeMs;
    const r = keyclient("report", input, ...outArgs(input));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/names the input file; the source is never written/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(input, "utf8")).toBe(csv);
    expect(statSync(input).mtimeMs).toBe(before);
  });
});

describe("6. a closed or full standard output", () => {
  // Enough clients for the JSON to outgrow a pipe's buffer, so that `head` closes it mid-write.
  const many = file("many.csv", "Client,Date,Amount\n" + Array.from({ length: 3000 }, (_, i) => `Client ${i},2017-01-05,${i + 1}\n`).join(""));

  test("--json - | head -c 10: one line, exit 4", () => {
    const r = piped(`node ${bin} report ${many} --today ${TODAY} --json - | head -c 10 >/dev/null`);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe("keyclient: standard output: cannot write to it (EPIPE: the program reading it has closed it)\n");
  });

  test.each([
    ["the JSON", "--json -"],
    ["the summary", ""],
  ])("%s to /dev/full: one line, exit 4", (_name, flags) => {
    const r = piped(`node ${bin} report ${many} --today ${TODAY} ${flags} >/dev/full`);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe("keyclient: standard output: cannot write to it (ENOSPC: the disk is full)\n");
  });
});

describe("7. control characters never reach the terminal raw", () => {
  test("a name with ESC, BEL, backspace and CSI is printed escaped, in the summary and in the JSON", () => {
    // U+009B (CSI) and DEL are storable in a workbook, so they reach the printing step as they are.
    const input = file("escape.csv", "Client,Date,Amount\nEvil\u009b2J\u007fCo,2017-01-05,5\n\"Bell\x07\x08\x1b]0;title\",2017-01-06,4\n");
    const r = keyclient("report", input, "--today", TODAY);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(r.stdout).toContain("Evil\\x9B2J\\x7FCo");
    const out = keyclient("report", input, "--today", TODAY, "--json", "-", "--quiet");
    expect(out.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(JSON.parse(out.stdout).clients[0].name).toBe("Evil\u009b2J\u007fCo");
  });

  test("a file name with ESC in an error message", () => {
    const r = keyclient("report", "evil\x1b[2J.ods");
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('keyclient: evil\\x1B[2J.ods: unsupported file type ".ods"; use .csv or .xlsx.\n');
  });
});

describe("8. a huge field or a huge row", () => {
  test.each([
    ["a field of 3 million characters without a delimiter", "a".repeat(3_000_000), /row 2 holds a field longer than 1,048,576 characters/],
    ["an unclosed quote followed by 3 million characters", '"' + "a".repeat(3_000_000), /row 2 holds a field longer than 1,048,576 characters/],
    ["a row of 300,000 empty fields", ",".repeat(300_000) + "\n", /row 2 has more than 16,384 fields, Excel's column limit/],
  ])("%s: exit 3, one line", (_name, body, message) => {
    const r = keyclient("report", file("huge.csv", "Client,Date,Amount\n" + body));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("/dev/zero named .csv ends with exit 3, not exhausted memory", () => {
    const zero = join(tmp, "zero.csv");
    symlinkSync("/dev/zero", zero);
    const r = keyclient("report", zero);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/zero\.csv: row 1 holds a field longer than 1,048,576 characters/);
  });
});

describe("9. one row dated in the far future", () => {
  test("is used and warned about, and the default month stays the last complete month of the rest", () => {
    const input = file("future.csv", "Client,Date,Amount\nA,2016-12-05,5\nB,2017-01-06,7\nA,2017-01-20,1\nC,9999-12-31,3\n");
    const report = json(input);
    expect(report.window.reportMonth).toBe("2017-01");
    expect(report.clients.map((c: { name: string; total: number }) => [c.name, c.total])).toEqual([["B", 7], ["A", 6]]);
    expect(report.rows).toMatchObject({ read: 4, used: 4, usedAmount: 16 });
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: "futureRows", count: 1, today: TODAY, rows: [5] }),
    ]);
  });
});

describe("10. amounts too large to sum", () => {
  test("1e308 twice: skipped as unreadable amounts with their rows, no null in the report", () => {
    const input = file("overflow.csv", "Client,Date,Amount,Profit\nA,2017-01-05,5,1\nB,2017-01-06,1e308,1\nC,2017-01-07,1e308,1\nD,2017-01-08,-2e15,1\nE,2017-01-09,7,1e300\n");
    const r = keyclient("report", input, "--json", "-", "--quiet", "--today", TODAY);
    expect(r.stdout).not.toMatch(/NaN|Infinity|"(total|usedAmount|average|share|cumShare)": null/);
    const report = JSON.parse(r.stdout);
    expect(report.rows).toMatchObject({ read: 5, used: 2, usedAmount: 12 });
    expect(report.rows.skipped.badAmount).toBe(3);
    expect(report.rows.firstRows.badAmount).toEqual([3, 4, 5]);
    expect(report.total).toBe(12);
    // A profit beyond the limit counts as 0, as any unreadable profit does, and is warned about.
    expect(report.warnings).toEqual([expect.objectContaining({ code: "badProfit", count: 1, rows: [6] })]);
  });
});

describe("11. a stray quote merges lines", () => {
  const lines = ["Client,Date,Amount", "A,2017-01-05,5", '"B,2017-01-06,7', ...Array.from({ length: 200 }, (_, i) => `X${i},2017-01-07,1`), 'Y",2017-01-08,3', "C,2017-01-09,4"];

  test.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ])("the merge stays (as in Excel) and is warned about with its lines (%s)", (_name, eol) => {
    const report = json(file("stray.csv", lines.join(eol) + eol));
    // The merged row reads as Excel shows it: one long client name, the date and amount after the quote.
    expect(report.rows).toMatchObject({ read: 3, used: 3, usedAmount: 12 });
    expect(report.warnings).toEqual([
      {
        code: "linesMerged", rows: 1, lines: 201, row: 3, firstLine: 3, lastLine: 204,
        text: "1 row spans several lines of the file (a quoted field with line breaks, as Excel reads it): 201 line breaks in all, the most in row 3, lines 3–204. A quote left open merges the lines after it: check those lines.",
      },
    ]);
  });

  test("line numbers after an earlier multi-line field count its lines", () => {
    const text = 'Client,Date,Amount,Note\nA,2017-01-05,5,"two\nlines"\nB,2017-01-06,7,"three\r\nlines\nhere"\nC,2017-01-07,1,x\n';
    const report = json(file("notes.csv", text));
    expect(report.rows).toMatchObject({ read: 3, used: 3 });
    expect(report.warnings[0]).toMatchObject({ code: "linesMerged", rows: 2, lines: 3, row: 3, firstLine: 4, lastLine: 6 });
  });
});

describe("13. the delimiter of a small file with title lines", () => {
  test("four one-cell title lines above Client;Date;Amount", () => {
    const input = file("titles.csv", "Sales report\nACME Ltd\nJanuary 2017\nprinted 2017-02-01\nClient;Date;Amount\nA;2017-01-05;5\nB;2017-01-06;1 234,50\n");
    const report = json(input);
    expect(report.columns).toEqual({ client: "Client", date: "Date", amount: "Amount" });
    expect(report.rows).toMatchObject({ read: 2, used: 2, usedAmount: 1239.5 });
  });

  test("a header that only one delimiter splits wins over a vote of commas in amounts", () => {
    const body = Array.from({ length: 30 }, (_, i) => `Client ${i};2017-01-05;${i},50`).join("\n");
    const report = json(file("semicolon.csv", `Report, monthly\nClient;Date;Amount\n${body}\n`));
    expect(report.rows).toMatchObject({ read: 30, used: 30 });
    expect(report.rows.usedAmount).toBeCloseTo(Array.from({ length: 30 }, (_, i) => i + 0.5).reduce((a, b) => a + b), 9);
  });
});

describe("14. help and version on every command", () => {
  const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;

  test.each([["--help"], ["-h"]])("keyclient report %s prints the usage, exit 0", (flag) => {
    const r = keyclient("report", flag);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: keyclient report");
    expect(r.stderr).toBe("");
  });

  test.each([[["--version"]], [["report", "--version"]], [["report", "x.csv", "--version"]]])("keyclient %j prints the version", (args) => {
    const r = keyclient(...args);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`keyclient ${version}\n`);
  });

  test("an unknown flag: one short line", () => {
    const r = keyclient("report", "x.csv", "--colour", "red");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`keyclient: Unknown option '--colour'; see "keyclient report --help".\n`);
  });
});

describe("4. characters XML forbids", () => {
  test("are replaced in names, warned about once with the row, and the workbook is valid XML", async () => {
    const input = file("xml.csv", "Client,Date,Amount\nGood,2017-01-05,5\nBad\uFFFE\uFFFF,2017-01-06,7\nAlso\u0001bad,2017-01-07,3\nLater,2017-01-08,2\n");
    const out = join(tmp, "xml.xlsx");
    const r = keyclient("report", input, "--today", TODAY, "--out", out, "--json", join(tmp, "xml.json"), "--quiet");
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(tmp, "xml.json"), "utf8"));
    expect(report.clients.map((c: { name: string }) => c.name)).toEqual(["Bad\uFFFD\uFFFD", "Good", "Also\uFFFDbad", "Later"]);
    expect(report.warnings).toEqual([expect.objectContaining({ code: "unstorableCharacters", count: 2, row: 3 })]);
    const parts = execFileSync("unzip", ["-p", out]).toString("utf8");
    expect(parts).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/);
    // Every text after the bad names is still there when the workbook is read back.
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((cell) => typeof cell.value === "string" && texts.push(cell.value)));
    expect(texts).toEqual(expect.arrayContaining(["Bad\uFFFD\uFFFD", "Also\uFFFDbad", "Later"]));
  });
});

describe("also noticed: encodings", () => {
  test("a UTF-8 error is reported at its own byte, not at the start of its 64 KB chunk", () => {
    const good = "Client,Date,Amount\n" + Array.from({ length: 3000 }, (_, i) => `Café ${i},2017-01-05,5\n`).join("");
    const bytes = Buffer.concat([Buffer.from(good), Buffer.from([0x42, 0xff]), Buffer.from(",2017-01-05,5\n")]);
    const r = keyclient("report", file("badutf8.csv", bytes));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`not valid UTF-8 near byte ${Buffer.byteLength(good) + 1};`);
  });

  test("mostly UTF-8 with a few bad bytes is read as Windows-1251, with a warning", () => {
    const bytes = Buffer.concat([Buffer.from("Client,Date,Amount\nCafé élégant,2017-01-05,5\nB"), Buffer.from([0xe9]), Buffer.from(",2017-01-06,7\nC"), Buffer.from([0xe9, 0xe9]), Buffer.from(",2017-01-06,7\n")]);
    const report = json(file("mixed.csv", bytes));
    expect(report.clients.map((c: { name: string }) => c.name)).toContain("CafГ© Г©lГ©gant");
    expect(report.warnings).toEqual([expect.objectContaining({ code: "encodingGuessed", encoding: "windows-1251", utf8Sequences: 3, firstInvalidByte: 49 })]);
  });

  test.each([
    ["LE", false],
    ["BE", true],
  ])("UTF-16 %s without a BOM is read as UTF-16", (name, bigEndian) => {
    const text = "Клиент;Дата;Сумма\nООО Ромашка;05.01.2017;1 234,50\nИП Петров;06.01.2017;100\n";
    const bytes = Buffer.from(text, "utf16le");
    const report = json(file(`utf16${name}.csv`, bigEndian ? bytes.swap16() : bytes));
    expect(report.clients.map((c: { name: string }) => c.name)).toEqual(["ООО Ромашка", "ИП Петров"]);
    expect(report.rows.usedAmount).toBe(1334.5);
  });

  test("zero-width joiners stay inside names; at the ends they are dropped", () => {
    const family = "👨\u200D👩\u200D👧 Shop";
    const report = json(file("zwj.csv", `Client,Date,Amount\n${family},2017-01-05,5\n\u200DPlain\u200C,2017-01-06,7\n`));
    expect(report.clients.map((c: { name: string }) => c.name)).toEqual(["Plain", family]);
  });
});
