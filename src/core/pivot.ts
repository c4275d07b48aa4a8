// Client rankings for the worksheet functions (SPEC §8): MONTHLY's key-window pivot of SPEC §1 (one
// row per client active in the window, one column per month, the average, sorted by it) and TOP.
// Cells are read by the ingest engine's rules (SPEC §2), so a function and the report agree.

import type { CellValue, RowAccounting } from "./types";
import { SKIP_REASONS } from "./types";
import { KeyClientError } from "./errors";
import { fieldOfHeader } from "./columns";
import { Ingestor } from "./ingest";
import { aggregateMonths } from "./matrix";
import { monthKey } from "./months";
import { compareNames, rankWindow } from "./ranking";
import { BLOCK_ROWS } from "./blocks";
import { chooseReportMonth } from "./report";
import { ExactSum } from "./sums";
import { clientKey, isTotalsLabel, normalizeClientName } from "./values";

export interface PivotRow {
  name: string;
  monthly: number[];
  average: number;
}

export interface MonthlyPivot {
  /** "2017-10", "2017-11", "2017-12" */
  months: string[];
  /** Clients with at least one used row in the window, by average descending, ties by name. */
  rows: PivotRow[];
  /** Rows read, used and skipped; row numbers are positions in the ranges (1 = first cell). */
  accounting: RowAccounting;
}

export interface PivotOptions {
  /** Report month "YYYY-MM"; default SPEC §3. */
  month?: string;
  months: number;
  /** "YYYY-MM-DD", for the default month. */
  today: string;
}

const HEADERS = ["Client", "Date", "Amount"];
const COLUMNS = { client: 0, date: 1, amount: 2 };

/** Whole-column references (A:A) bring the table's own header along: it is not a shipment. */
function startsWithHeader(dates: readonly CellValue[], amounts: readonly CellValue[]): boolean {
  return dates.length > 0 && fieldOfHeader(dates[0]) === "date" && fieldOfHeader(amounts[0]) === "amount";
}

/**
 * Three parallel lists (client, date, amount per shipment) → the pivot of the key window ending with
 * the report month. Throws KeyClientError: `badOption` (lists of different lengths), `emptyTable`,
 * `monthOutsideData`.
 */
export function monthlyPivot(
  clients: readonly CellValue[],
  dates: readonly CellValue[],
  amounts: readonly CellValue[],
  options: PivotOptions,
): MonthlyPivot {
  if (clients.length !== dates.length || clients.length !== amounts.length) {
    throw new KeyClientError(
      "badOption",
      `Clients, dates and amounts must have one cell per shipment; they have ${clients.length}, ${dates.length} and ${amounts.length}.`,
    );
  }
  const skip = startsWithHeader(dates, amounts) ? 1 : 0;
  // Row number 1 is the (virtual) header, so a shipment's row number is its position + 1 − skip.
  const ingestor = new Ingestor(HEADERS, { columns: COLUMNS, today: options.today, firstRowNumber: 1 + skip, expectedRows: clients.length - skip });
  feedRows(ingestor, clients, dates, amounts, skip);
  const ingest = ingestor.finish();
  const accounting = { ...ingest.accounting, firstRows: { ...ingest.accounting.firstRows } };
  for (const reason of SKIP_REASONS) accounting.firstRows[reason] = accounting.firstRows[reason].map((row) => row - 1);

  const { table } = ingest;
  const { report } = chooseReportMonth(table, options);
  const n = options.months;
  const matrix = aggregateMonths(table, report - n + 1, n);
  const ranking = rankWindow(matrix, 0, n, table.clients, { kind: "top", n: 1 });
  return {
    months: Array.from({ length: n }, (_, k) => monthKey(report - n + 1 + k)),
    rows: Array.from(ranking.order, (c) => ({
      name: table.clients[c],
      monthly: Array.from(matrix.amount.subarray(c * n, (c + 1) * n)),
      average: ranking.average[c],
    })),
    accounting,
  };
}

/**
 * The three lists as rows [client, date, amount], a block at a time through the same row arrays: the
 * Ingestor keeps no row, and a million fresh little arrays would cost more than the reading itself.
 */
function feedRows(ingestor: Ingestor, clients: readonly CellValue[], dates: readonly CellValue[], amounts: readonly CellValue[], from: number): void {
  const block: CellValue[][] = Array.from({ length: Math.min(BLOCK_ROWS, clients.length - from) }, () => [null, null, null]);
  for (let start = from; start < clients.length; start += BLOCK_ROWS) {
    const n = Math.min(BLOCK_ROWS, clients.length - start);
    if (n < block.length) block.length = n;
    for (let k = 0; k < n; k++) {
      const row = block[k];
      row[0] = clients[start + k];
      row[1] = dates[start + k];
      row[2] = amounts[start + k];
    }
    ingestor.addRows(block);
  }
}

export interface RankedValue {
  name: string;
  value: number;
}

/**
 * The `n` clients with the largest values, largest first, ties by name. Entries with a blank name or
 * a NaN value and totals rows ("Итого", "Total") are left out; a client listed more than once (names
 * compare as in SPEC §2, case and spacing aside) gets the sum of its values.
 */
export function topClients(names: readonly CellValue[], values: ArrayLike<number>, n: number): RankedValue[] {
  const byKey = new Map<string, { name: string; sum: ExactSum }>();
  names.forEach((raw, i) => {
    const name = normalizeClientName(raw);
    if (name === "" || Number.isNaN(values[i]) || isTotalsLabel(name)) return;
    const key = clientKey(name);
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { name, sum: new ExactSum() }));
    entry.sum.add(values[i]);
  });
  return Array.from(byKey.values(), ({ name, sum }) => ({ name, value: sum.value }))
    .sort((p, q) => q.value - p.value || compareNames(p.name, q.name))
    .slice(0, n);
}
