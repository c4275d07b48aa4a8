// `keyclient report`: an exported file in, the monthly key-client workbook and/or JSON out.

import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { extname, basename, join } from "node:path";
import { KeyClientError } from "../core/errors";
import { buildReport } from "../core/report";
import { reportToJson } from "../core/json";
import type { IngestResult, ReportModel } from "../core/types";
import { planSheet } from "../report/sheetPlan";
import { planHistorySheet } from "../report/historyPlan";
import { mergeRegister, type RegisterUpdate } from "../report/registerMerge";
import { registerBasis } from "../core/registerFacts";
import { registerLabels } from "../core/registerLabels";
import type { KeptCell } from "./registerRead";
import { parseReportArgs, USAGE, type ReportRequest } from "./args";
import { ingestStream } from "./streamIngest";
import { OutputError, checkOutputPaths, writeStdout, writing } from "./outputFiles";
import { terminalSafe, terminalSafeJson } from "./terminalText";
import { csvWarnings, readCsvChunks, type CsvFileInfo } from "./readers/csv";
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
  const progress = rowProgress(terminalSafe(basename(req.file)));
  try {
    if (isXlsx) {
      return await ingestStream((onRows) => readXlsxChunks(req.file, onRows, { sheet: req.sheet }), options, progress.onRows);
    }
    let info: CsvFileInfo | undefined;
    const result = await ingestStream(async (onRows) => (info = await readCsvChunks(req.file, onRows)), options, progress.onRows);
    return { ...result, warnings: [...csvWarnings(info!), ...result.warnings] };
  } finally {
    progress.done();
  }
}

export async function writeOutputs(model: ReportModel, req: ReportRequest): Promise<void> {
  const { out, json } = req;
  if (out) {
    const { addPlanSheet, buildReportWorkbook } = await import("./xlsxWriter");
    const { writeWorkbookFile } = await import("./xlsxFile");
    const { addRegisterSheet } = await import("./registerSheet");
    const register = await registerUpdate(model, req.register);
    const print = { paper: req.paper };
    const wb = buildReportWorkbook(planSheet(model, register, print));
    if (model.history !== null) addPlanSheet(wb, planHistorySheet(model, print));
    addRegisterSheet(wb, register, model.lang, req.paper);
    await writing(out, () => writeWorkbookFile(wb, out));
  }
  if (json) {
    const text = terminalSafeJson(JSON.stringify(reportToJson(model), null, 2)) + "\n";
    if (json === "-") await writeStdout(text);
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

/** The version of package.json (two folders up from both src/cli and lib/cli). */
function version(): string {
  return (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
}

const isHelp = (arg: string) => arg === "--help" || arg === "-h";

/** parseArgs' own messages run to three terminal lines; the first sentence says it all. */
function argsMessage(e: Error): string {
  return `${e.message.split(". ")[0]}; see "keyclient report --help".`;
}

/** Text for a terminal: the data's control characters escaped (docs/security.md). */
function say(stream: NodeJS.WriteStream, text: string): void {
  stream.write(terminalSafe(text) + "\n");
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (argv.includes("--version") || argv.includes("-V")) {
    process.stdout.write(`keyclient ${version()}\n`);
    return 0;
  }
  if (command === undefined || isHelp(command) || command === "help" || (command === "report" && rest.some(isHelp))) {
    process.stdout.write(USAGE + "\n");
    return command === undefined ? EXIT_USAGE : 0;
  }
  try {
    if (command !== "report") throw new KeyClientError("badOption", `Unknown command "${command}"; the command is "report".`);
    const req = parseReportArgs(rest);
    await checkOutputPaths(req.file, [{ flag: "--out", path: req.out }, { flag: "--json", path: req.json }]);
    const model = await loadReport(req);
    await writeOutputs(model, req);
    if (!req.quiet) {
      // With JSON on standard output, the summary goes to standard error.
      const text = terminalSafe(summaryText(model, req.out)) + "\n";
      if (req.json === "-") process.stderr.write(text);
      else await writeStdout(text);
    }
    return 0;
  } catch (e) {
    if (e instanceof KeyClientError) {
      say(process.stderr, `keyclient: ${e.message}`);
      return e.code === "badOption" ? EXIT_USAGE : EXIT_INPUT;
    }
    if (e instanceof OutputError) {
      say(process.stderr, `keyclient: ${e.message}`);
      return EXIT_OUTPUT;
    }
    // parseArgs reports unknown or incomplete flags with its own error codes.
    if (e instanceof TypeError && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS")) {
      say(process.stderr, `keyclient: ${argsMessage(e)}`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
