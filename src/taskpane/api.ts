// What the pane needs from Excel (src/excel): inspect the source, run the report, go to the sheet,
// load and save the settings, and what the ribbon button is doing. App receives them as one
// object, so the pane can also be rendered against a double.

import type { lastCommandResult } from "../excel/commandState";
import type * as Report from "../excel/runReport";
import type * as Settings from "../excel/settings";

export type { CommandState } from "../excel/commandState";
export type { ReportSettings, RunResult, SourceInfo, Stage } from "../excel/runReport";

export interface PaneApi {
  inspectSource: typeof Report.inspectSource;
  runReport: typeof Report.runReport;
  activateSheet: typeof Report.activateSheet;
  loadSettings: typeof Settings.loadSettings;
  saveSettings: typeof Settings.saveSettings;
  /** The ribbon button's progress and last result. */
  commandState: Pick<typeof lastCommandResult, "get" | "subscribe">;
}
