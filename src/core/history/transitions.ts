// SPEC §10 transitions: how many clients moved between classes from one window to another.

import type { AbcState, Transition, XyzState } from "./types";
import { ABC_STATES, XYZ_STATES } from "./types";
import { abcLetter } from "../classify";
import { monthKey } from "../months";
import type { MonthAnalysis } from "./monthAnalysis";

/** A client's state in an analysis: its class, or `-` when it had no rows in the window. */
type StateOf<S> = (a: MonthAnalysis, client: number) => S;

export const abcState: StateOf<AbcState> = (a, c) => {
  const rank = a.ranking.rankOf[c];
  return rank > 0 ? (abcLetter(a.abc[rank - 1]) as AbcState) : "-";
};

export const xyzState: StateOf<XyzState> = (a, c) => {
  const rank = a.ranking.rankOf[c];
  return rank > 0 ? a.xyz[rank - 1] : "-";
};

function emptyCounts<S extends string>(states: readonly S[]): Record<S, Record<S, number>> {
  const counts = {} as Record<S, Record<S, number>>;
  for (const from of states) {
    counts[from] = {} as Record<S, number>;
    for (const to of states) counts[from][to] = 0;
  }
  return counts;
}

/** Counts over the clients with rows in at least one of the two windows. */
function transition<S extends string>(from: MonthAnalysis, to: MonthAnalysis, states: readonly S[], stateOf: StateOf<S>): Transition<S> {
  const counts = emptyCounts(states);
  for (const c of from.ranking.order) counts[stateOf(from, c)][stateOf(to, c)]++;
  for (const c of to.ranking.order) if (from.ranking.rankOf[c] === 0) counts[stateOf(from, c)][stateOf(to, c)]++;
  return { from: monthKey(from.month), to: monthKey(to.month), counts };
}

export const abcTransition = (from: MonthAnalysis, to: MonthAnalysis) => transition(from, to, ABC_STATES, abcState);
export const xyzTransition = (from: MonthAnalysis, to: MonthAnalysis) => transition(from, to, XYZ_STATES, xyzState);
