// SPEC §10: the key-client sheet month by month, as plain data for the JSON and both writers.

/** One row of the dynamics table: the report's headline figures as of history month `month`. */
export interface DynamicsRow {
  month: string;
  activeClients: number;
  keyShare: number;
  /** Key at `month` and not the month before; null when the previous window is not in the data. */
  newKey: number | null;
  droppedKey: number | null;
  /** Clients whose first used row ever is dated in `month`. */
  newClients: number;
  lostCount: number;
  lostAmount: number;
  hhi: number;
  paretoRatio: number;
}

/** A client that was key in at least one shown month, month by month. */
export interface TimelineClient {
  name: string;
  /** ABC-XYZ class per shown month (`"AX"`); null where it had no rows in that month's window. */
  classes: (string | null)[];
  ranks: (number | null)[];
  /** Whether it was key, per shown month. */
  key: boolean[];
  keyMonths: number;
  firstKeyMonth: string;
}

/** State of a client in a window: its class, or `-` when it had no rows there. */
export type AbcState = "A" | "B" | "C" | "-";
export type XyzState = "X" | "Y" | "Z" | "-";
export const ABC_STATES: readonly AbcState[] = ["A", "B", "C", "-"];
export const XYZ_STATES: readonly XyzState[] = ["X", "Y", "Z", "-"];

/** Clients moving from each state (rows) to each state (columns); every cell present. */
export interface Transition<S extends string> {
  from: string;
  to: string;
  counts: Record<S, Record<S, number>>;
}

export interface HistoryModel {
  /** The shown months, oldest first, ending with the report month; may be empty. */
  months: string[];
  /** History months asked for (the option), to say how many could not be shown. */
  requested: number;
  dynamics: DynamicsRow[];
  clients: TimelineClient[];
  transitions: {
    abc: Transition<AbcState> | null;
    abcYear: Transition<AbcState> | null;
    xyz: Transition<XyzState> | null;
  };
}
