// `keyclient report`: an exported file in, the monthly key-client workbook and/or JSON out.

import { mkdir, writeFile } from "node:fs/promises";
import { dirname, extname, basename } from "node:path";
import { KeyClientError } from "../core/errors";
import { buildReport } from "../core/report";
import { reportToJson } from "../core/json";
import type { IngestResult, ReportModel } from "../core/types";
import { planSheet } from "../report/sheetPlan";
import { mergeRegister, type RegisterUpdate } from "../report/registerMerge";
import { registerBasis } from "../core/registerFacts";
import { registerLabels } from "../core/registerLabels";
import type { KeptCell } from "./registerRead";
import { parseReportArgs, USAGE, type ReportRequest } from "./args";
import { ingestStream } from "./streamIngest";
import { isSystemError } from "./systemError";
import { readCsvChunks } from "./readers/csv";
import { readXlsxChunks } from "./readers/xlsx";
import { summaryText } from "./summary";
import { rowProgress } from "./progress";

/** Exit codes: 0 done, 1 unexpected failure, 2 bad command line, 3 input the report cannot use, 4 an output not written. */
const EXIT_USAGE = 2;
const EXIT_INPUT = 3;
const EXIT_OUTPUT = 4;

export async function ingestFile(req: ReportRequest): Promise<IngestResult> {
  const kind = extname(req.file).toLowerCase();
  const options = { columns: req.columns, dateOrder: req.dateOrder, today: req.options.today, manager: req.options.manager };
  const isXlsx = kind === ".xlsx" || kind === ".xlsm";
  if (!isXlsx && kind !== ".csv" && kind !== ".txt" && kind !== ".tsv") {
    throw new KeyClientError("badFile", `${req.file}: unsupported file type "${kind || "(none)"}"; use .csv or .xlsx.`);
  }
  const progress = rowProgress(basename(req.file));
  try {
    if (isXlsx) {
      return await ingestStream((onRows) => readXlsxChunks(req.file, onRows, { sheet: req.sheet }), options, progress.onRows);
    }
    return await ingestStream((onRows) => readCsvChunks(req.file, onRows), options, progress.onRows);
  } finally {
    progress.done();
  }
}

/** A report file that could not be written: a folder in its place, no permission, a full disk. */
class OutputError extends Error {}

/** What the usual file-system errors mean for a file to be written. */
const WRITE_FAILURES: Record<string, string> = {
  EISDIR: "a folder has that name",
  EEXIST: "a file stands where its folder should be",
  ENOTDIR: "a file stands where its folder should be",
  EACCES: "no permission",
  EPERM: "no permission",
  ENOSPC: "the disk is full",
  EROFS: "the disk is read-only",
};

/** Runs `write`; a file-system error becomes one line naming `path`, as for the file read. */
async function writing(path: string, write: () => Promise<void>): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await write();
  } catch (e) {
    if (isSystemError(e)) {
      const meaning = WRITE_FAILURES[e.code];
      throw new OutputError(`${path}: cannot write the file (${e.code}${meaning ? `: ${meaning}` : ""})`);
    }
    throw e;
  }
}

export async function writeOutputs(model: ReportModel, req: ReportRequest): Promise<void> {
  const { out, json } = req;
  if (out) {
    const { buildReportWorkbook } = await import("./xlsxWriter");
    const { writeWorkbookFile } = await import("./xlsxFile");
    const { addRegisterSheet } = await import("./registerSheet");
    const register = await registerUpdate(model, req.register);
    const wb = buildReportWorkbook(planSheet(model, register));
    addRegisterSheet(wb, register, model.lang);
    await writing(out, () => writeWorkbookFile(wb, out));
  }
  if (json) {
    const text = JSON.stringify(reportToJson(model), null, 2) + "\n";
    if (json === "-") process.stdout.write(text);
    else await writing(json, () => writeFile(json, text));
  }
}

/** The register of `path` (or a fresh one) refreshed by `model`; a broken register is refused before anything is written. */
async function registerUpdate(model: ReportModel, path: string | undefined): Promise<RegisterUpdate<KeptCell>> {
  const { readRegisterFile } = await import("./registerRead");
  const found = path === undefined ? null : await readRegisterFile(path);
  const merged = mergeRegister(found?.register ?? null, registerBasis(model), model.lang);
  if (!merged.ok) throw new KeyClientError("badFile", `${path}: ${registerLabels(model.lang).problem(merged.problem, found!.sheetName)}`);
  return merged.update;
}

/** Reads the file and builds the report model, writing nothing. */
export async function loadReport(req: ReportRequest): Promise<ReportModel> {
  return buildReport(await ingestFile(req), { ...req.options, source: basename(req.file) });
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(USAGE + "\n");
    return command === undefined ? EXIT_USAGE : 0;
  }
  try {
    if (command !== "report") throw new KeyClientError("badOption", `Unknown command "${command}"; the command is "report".`);
    const req = parseReportArgs(rest);
    const model = await loadReport(req);
    await writeOutputs(model, req);
    if (!req.quiet) {
      // With JSON on standard output, the summary goes to standard error.
      const stream = req.json === "-" ? process.stderr : process.stdout;
      stream.write(summaryText(model, req.out) + "\n");
    }
    return 0;
  } catch (e) {
    if (e instanceof KeyClientError) {
      process.stderr.write(`keyclient: ${e.message}\n`);
      return e.code === "badOption" ? EXIT_USAGE : EXIT_INPUT;
    }
    if (e instanceof OutputError) {
      process.stderr.write(`keyclient: ${e.message}\n`);
      return EXIT_OUTPUT;
    }
    // parseArgs reports unknown or incomplete flags with its own error codes.
    if (e instanceof TypeError && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`keyclient: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
