// Ribbon commands. They run in the shared runtime (taskpane.html), so they share modules and state
// with the pane and the custom functions.
//
// "Monthly key clients" rebuilds the report with the settings saved in the workbook, for the
// latest complete month. A command has no UI: it opens the task pane, which shows the progress,
// the result or the error from `lastCommandResult`; the new sheet is activated. With no saved
// settings the pane opens for the first setup instead. While a report is being built (from the
// pane or an earlier click) a click only opens the pane, which shows that build's progress.

import { lastCommandResult, reportBuild } from "../excel/commandState";
import { activateSheet, runReport } from "../excel/runReport";
import { loadSettings } from "../excel/settings";

/** Opens the pane. A platform that cannot must not break the command: the state is still there to read. */
async function showPane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // The pane shows the state whenever it is opened.
  }
}

export async function buildMonthlyReport(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // One build at a time, the pane's or an earlier click's: the pane shows the one that runs.
    if (reportBuild.running || lastCommandResult.get().kind === "running") {
      await showPane();
      return;
    }
    lastCommandResult.set({ kind: "running", stage: "reading", done: 0, total: 0 });
    await showPane();
    const settings = await loadSettings();
    if (!settings) {
      lastCommandResult.set({ kind: "needsSetup" });
      return;
    }
    // The button always builds the latest complete month, whatever month the pane last chose.
    const result = await runReport(
      { ...settings, options: { ...settings.options, month: undefined } },
      { onProgress: (stage, done, total) => lastCommandResult.set({ kind: "running", stage, done, total }) },
    );
    await activateSheet(result.sheetName);
    lastCommandResult.set({ kind: "done", result });
  } catch (error) {
    lastCommandResult.set({ kind: "failed", error });
  } finally {
    // Office keeps the button busy until completed() is called, whatever happened before it.
    event.completed();
  }
}

Office.actions.associate("buildMonthlyReport", buildMonthlyReport);
