// Entry of the task pane: renders App once Office is ready, wired to the real Excel flow.

import { createRoot } from "react-dom/client";
import { lastCommandResult } from "../excel/commandState";
import { activateSheet, inspectSource, runReport } from "../excel/runReport";
import { loadSettings, saveSettings } from "../excel/settings";
import type { PaneApi } from "./api";
import { App } from "./App";

const api: PaneApi = { inspectSource, runReport, activateSheet, loadSettings, saveSettings, commandState: lastCommandResult };

Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App api={api} displayLanguage={Office.context.displayLanguage} />);
});
