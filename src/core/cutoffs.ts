// SPEC §14 "why this class": the smallest figure that still made class A and class B, so the sheet
// can state the line a client has to reach (ABC is by average sales, or by profit when chosen).

import type { Basis, ClientRow } from "./types";

/** The smallest average (average profit with ABC by profit) in class A and in class B; null when a class is empty. */
export interface ClassCutoffs {
  a: number | null;
  b: number | null;
}

/** The figure ABC ranked the client by: its average, or its window profit over the window's months. */
function classFigure(row: ClientRow, basis: Basis, months: number): number {
  return basis === "profit" ? (row.profit ?? 0) / months : row.average;
}

export function classCutoffs(clients: readonly ClientRow[], basis: Basis, months: number): ClassCutoffs {
  const cutoffs: ClassCutoffs = { a: null, b: null };
  for (const row of clients) {
    if (row.abc === "C") continue;
    const figure = classFigure(row, basis, months);
    const key = row.abc === "A" ? "a" : "b";
    const current = cutoffs[key];
    if (current === null || figure < current) cutoffs[key] = figure;
  }
  return cutoffs;
}
