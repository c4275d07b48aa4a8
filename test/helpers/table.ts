// Shipment tables built by hand, for tests that bypass the readers.

import type { IngestResult, ShipmentTable } from "../../src/core/types";
import { SKIP_REASONS } from "../../src/core/types";
import { parseIsoDate } from "../../src/core/months";

/** The table with its first and last day, as ingest gives them. */
export function shipmentTable(table: Omit<ShipmentTable, "dayRange">): ShipmentTable {
  let min = Infinity;
  let max = -Infinity;
  for (const d of table.day) {
    min = Math.min(min, d);
    max = Math.max(max, d);
  }
  return { ...table, dayRange: { min, max } };
}

/** A shipment table straight from [client, "YYYY-MM-DD", amount, product?, profit?] rows, no reader involved. */
export function tableOf(rows: [string, string, number, string?, number?][], withProduct = false, withProfit = false): IngestResult {
  const clients: string[] = [];
  const products: string[] = [];
  const id = (list: string[], name: string) => (list.includes(name) ? list.indexOf(name) : list.push(name) - 1);
  const table = shipmentTable({
    count: rows.length,
    clientId: Int32Array.from(rows, (r) => id(clients, r[0])),
    day: Int32Array.from(rows, (r) => parseIsoDate(r[1])!),
    amount: Float64Array.from(rows, (r) => r[2]),
    profit: withProfit ? Float64Array.from(rows, (r) => r[4] ?? 0) : null,
    productId: withProduct ? Int32Array.from(rows, (r) => id(products, r[3] ?? "")) : null,
    sourceRow: Int32Array.from(rows, (_, i) => i + 2),
    clients,
    products,
  });
  const zero = Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<(typeof SKIP_REASONS)[number], number>;
  const none = Object.fromEntries(SKIP_REASONS.map((r) => [r, []])) as unknown as Record<(typeof SKIP_REASONS)[number], number[]>;
  return {
    table,
    accounting: { read: rows.length, used: rows.length, skipped: zero, otherManagers: 0, firstRows: none, usedAmount: rows.reduce((s, r) => s + r[2], 0) },
    headerRow: 0,
    columns: { client: 0, date: 1, amount: 2 },
    columnNames: { client: "Client", date: "Date", amount: "Amount" },
    headers: ["Client", "Date", "Amount"],
    dateOrder: "dmy",
    warnings: [],
  };
}

