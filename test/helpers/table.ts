// Shipment tables built by hand, for tests that bypass the readers.

import type { ShipmentTable } from "../../src/core/types";

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
