// What the ribbon button is doing or last did, and the one report build at a time. A ribbon command
// has no UI of its own; it runs in the shared runtime, so the task pane (same page, same modules)
// subscribes here and shows the progress, the result or the error. Shaped for React's
// useSyncExternalStore(subscribe, get).

import type { RunResult, Stage } from "./runReport";

export type CommandState =
  | { kind: "idle" }
  /** Nothing saved yet: the pane opens for the first setup. */
  | { kind: "needsSetup" }
  | { kind: "running"; stage: Stage; done: number; total: number }
  | { kind: "done"; result: RunResult }
  | { kind: "failed"; error: unknown };

type Listener = (state: CommandState) => void;

let state: CommandState = { kind: "idle" };
const listeners = new Set<Listener>();

export const lastCommandResult = {
  get: (): CommandState => state,
  /** Calls `listener` on every change; returns the function that unsubscribes. */
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(next: CommandState): void {
    state = next;
    for (const listener of [...listeners]) listener(next);
  },
};

/** A second report build asked for while one runs: the two would race for the same sheet. */
export class BuildRunningError extends Error {
  constructor() {
    super("A report is already being built. Wait until it is finished, then build again if you need to.");
    this.name = "BuildRunningError";
  }
}

let building = false;

/**
 * One report build at a time in this runtime, whoever asks: the pane's Build and the ribbon button
 * share it (runReport goes through it), so builds of the same month never interleave.
 */
export const reportBuild = {
  get running(): boolean {
    return building;
  },
  /** Runs `build`, or throws BuildRunningError at once when another build is running. */
  async exclusive<T>(build: () => Promise<T>): Promise<T> {
    if (building) throw new BuildRunningError();
    building = true;
    try {
      return await build();
    } finally {
      building = false;
    }
  },
};
