// What the footer and the top of the pane show about a report run, whether the pane started it or
// the ribbon button did (src/excel/commandState.ts).

import type { Lang } from "../core/types";
import type { CommandState, RunResult, Stage } from "./api";
import { formatCount, type PaneTexts } from "./i18n";

export interface Progress {
  /** Null until the first report from runReport. */
  stage: Stage | null;
  done: number;
  total: number;
}

export type RunState =
  | { status: "idle" }
  /** `cancellable` is false for a run the ribbon button started: its Cancel is not the pane's. */
  | { status: "running"; progress: Progress; cancellable: boolean; cancelling: boolean }
  | { status: "done"; result: RunResult }
  | { status: "failed"; error: unknown }
  | { status: "cancelled" }
  /** The ribbon button found no saved settings: the pane is where they are made. */
  | { status: "needsSetup" };

/** The ribbon button's state as the pane shows it; null for "idle" (the pane keeps what it shows). */
export function runStateOfCommand(state: CommandState): RunState | null {
  switch (state.kind) {
    case "idle":
      return null;
    case "needsSetup":
      return { status: "needsSetup" };
    case "running":
      return { status: "running", progress: { stage: state.stage, done: state.done, total: state.total }, cancellable: false, cancelling: false };
    case "done":
      return { status: "done", result: state.result };
    case "failed":
      return { status: "failed", error: state.error };
  }
}

/** "Reading 35,000 of 100,000 rows…", "Analysing…", "Writing the sheet…". */
export function stageText(p: Progress, t: PaneTexts, lang: Lang): string {
  switch (p.stage) {
    case null:
      return t.build.stage.starting;
    case "reading":
      return t.build.stage.reading(formatCount(p.done, lang), formatCount(p.total, lang));
    case "analysing":
      return t.build.stage.analysing;
    case "writing":
      return t.build.stage.writing;
  }
}
