// What the ribbon button is doing or last did. A ribbon command has no UI of its own; it runs in the
// shared runtime, so the task pane (same page, same modules) subscribes here and shows the progress,
// the result or the error. Shaped for React's useSyncExternalStore(subscribe, get).

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
