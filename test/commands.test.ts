// The ribbon command "Monthly key clients": always completes the event; with no saved settings it
// opens the pane for setup; otherwise it builds the latest complete month and the pane shows it.
import type { CommandState } from "../src/excel/commandState";
import { excelDateSerial } from "../src/report/a1";
import { SETTINGS_KEY } from "../src/excel/settings";
import { createExcelDouble, type DoubleSpec, type ExcelDouble } from "./doubles/excelDouble";

type Command = (event: Office.AddinCommands.Event) => Promise<void>;

const day = (iso: string) => excelDateSerial(iso)!;
const SALES = [
  ["Client", "Date", "Amount"],
  ["Alpha", day("2017-11-05"), 300],
  ["Alpha", day("2017-12-05"), 600],
  ["Beta", day("2017-12-10"), 100],
];

interface Loaded {
  command: Command;
  /** The pane's runReport and the command state, from the same modules as the command (one runtime). */
  runReport: typeof import("../src/excel/runReport").runReport;
  lastCommandResult: typeof import("../src/excel/commandState").lastCommandResult;
  states: CommandState[];
  associate: jest.Mock;
  showAsTaskpane: jest.Mock;
  double: ExcelDouble;
}

/** The command module loaded fresh, as Excel loads the page, with Office and the Excel double in place. */
function load(spec: DoubleSpec): Loaded {
  const double = createExcelDouble(spec);
  const associate = jest.fn();
  const showAsTaskpane = jest.fn(async () => undefined);
  Object.assign(globalThis, { Excel: double.Excel, Office: { actions: { associate }, addin: { showAsTaskpane } } });
  const states: CommandState[] = [];
  let command: Command | undefined;
  let runReport: Loaded["runReport"] | undefined;
  let lastCommandResult: Loaded["lastCommandResult"] | undefined;
  jest.isolateModules(() => {
    lastCommandResult = require("../src/excel/commandState").lastCommandResult;
    lastCommandResult!.subscribe((s: CommandState) => states.push(s));
    command = require("../src/commands/commands").buildMonthlyReport;
    runReport = require("../src/excel/runReport").runReport;
  });
  return { command: command!, runReport: runReport!, lastCommandResult: lastCommandResult!, states, associate, showAsTaskpane, double };
}

/** The report sheets a build added (each build adds one, under a temporary name). */
const reportSheetsAdded = (double: ExcelDouble) => double.log.filter((x) => x.op === "sheet.add" && x.sheet!.startsWith("Key clients"));

const event = () => ({ completed: jest.fn() }) as unknown as Office.AddinCommands.Event & { completed: jest.Mock };

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
});

test("the command is associated with the ribbon button's function name", () => {
  const { associate, command } = load({ sheets: { Sales: SALES } });
  expect(associate).toHaveBeenCalledTimes(1);
  expect(associate).toHaveBeenCalledWith("buildMonthlyReport", command);
});

test("nothing saved: the pane opens for setup, no sheet is made, the event completes", async () => {
  const { command, states, showAsTaskpane, double } = load({ sheets: { Sales: SALES } });
  const e = event();
  await command(e);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  expect(states.map((s) => s.kind)).toEqual(["running", "needsSetup"]);
  expect(double.sheetNames()).toEqual(["Sales"]);
});

test("saved settings: the latest complete month is built whatever month was saved, the new sheet is shown", async () => {
  const saved = { columns: {}, dateOrder: "auto", options: { month: "2017-11", months: 2 } };
  const { command, states, double } = load({ sheets: { Sales: SALES }, settings: { [SETTINGS_KEY]: JSON.stringify(saved) } });
  const e = event();
  await command(e);
  expect(e.completed).toHaveBeenCalledTimes(1);
  const last = states[states.length - 1];
  expect(last.kind).toBe("done");
  if (last.kind !== "done") return;
  expect(last.result.sheetName).toBe("Key clients 2017-12");
  expect(last.result.model.windowMonths).toEqual(["2017-11", "2017-12"]);
  expect(last.result.model.clients.map((c) => [c.name, c.average])).toEqual([["Alpha", 450], ["Beta", 50]]);
  expect(states.filter((s) => s.kind === "running").map((s) => (s.kind === "running" ? s.stage : ""))).toEqual([
    "reading", "reading", "analysing", "writing",
  ]);
  expect(double.activeSheetName()).toBe("Key clients 2017-12");
  expect(double.log.filter((x) => x.sheet === "Sales")).toEqual([]);
});

test("an error: the pane shows it and the event still completes", async () => {
  const saved = { columns: { client: "Customer" }, dateOrder: "auto", options: {} };
  const { command, states, double } = load({ sheets: { Sales: SALES }, settings: { [SETTINGS_KEY]: JSON.stringify(saved) } });
  const e = event();
  await command(e);
  expect(e.completed).toHaveBeenCalledTimes(1);
  const last = states[states.length - 1];
  expect(last).toMatchObject({ kind: "failed", error: { code: "badOption", message: expect.stringContaining('"Customer"') } });
  expect(double.sheetNames()).toEqual(["Sales"]);
});

test("a second click while a report is being built completes at once and builds nothing", async () => {
  const saved = { columns: {}, dateOrder: "auto", options: {} };
  const { command, double } = load({ sheets: { Sales: SALES }, settings: { [SETTINGS_KEY]: JSON.stringify(saved) } });
  const first = event();
  const second = event();
  const running = command(first);
  await command(second);
  expect(second.completed).toHaveBeenCalledTimes(1);
  expect(first.completed).not.toHaveBeenCalled();
  await running;
  expect(first.completed).toHaveBeenCalledTimes(1);
  expect(double.sheetNames()).toEqual(["Sales", "Key clients 2017-12", "Key-client register"]);
});

test("a click while the pane is building: the pane is shown with its build, nothing else is built, the event completes", async () => {
  const saved = { columns: {}, dateOrder: "auto" as const, options: {} };
  const { command, runReport, states, showAsTaskpane, double } = load({ sheets: { Sales: SALES }, settings: { [SETTINGS_KEY]: JSON.stringify(saved) } });
  const paneBuild = runReport(saved);
  const e = event();
  await command(e);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  expect(states).toEqual([]); // the command never started: the pane keeps showing its own build
  expect((await paneBuild).sheetName).toBe("Key clients 2017-12");
  expect(double.sheetNames()).toEqual(["Sales", "Key clients 2017-12", "Key-client register"]);
  expect(reportSheetsAdded(double)).toHaveLength(1);
});

test("Build in the pane while the ribbon button's build runs: refused at once with BuildRunningError; the first build goes on", async () => {
  const saved = { columns: {}, dateOrder: "auto" as const, options: {} };
  const { command, runReport, lastCommandResult, states, double } = load({ sheets: { Sales: SALES }, settings: { [SETTINGS_KEY]: JSON.stringify(saved) } });
  let paneBuild: Promise<unknown> | null = null;
  // The pane's Build, the moment the command's build reports its first rows read.
  lastCommandResult.subscribe((s) => {
    if (!paneBuild && s.kind === "running" && s.total > 0) paneBuild = runReport(saved).catch((error: unknown) => error);
  });
  await command(event());
  expect(await paneBuild).toMatchObject({ name: "BuildRunningError" });
  expect(states[states.length - 1].kind).toBe("done");
  expect(reportSheetsAdded(double)).toHaveLength(1);
  // Once it is done, the next build runs (from the shipments: the command left its new sheet active).
  double.activate("Sales");
  expect((await runReport(saved)).sheetName).toBe("Key clients 2017-12");
});

test("a platform that cannot open the pane does not break the command", async () => {
  const saved = { columns: {}, dateOrder: "auto", options: {} };
  const { command, states, showAsTaskpane } = load({ sheets: { Sales: SALES }, settings: { [SETTINGS_KEY]: JSON.stringify(saved) } });
  showAsTaskpane.mockRejectedValue(new Error("not supported"));
  const e = event();
  await command(e);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(states[states.length - 1].kind).toBe("done");
});
