// Use of the top assortment (SPEC §4): top products are class A by amount over the whole key
// window; per client, the share of its window amount spent on them and how many of them it bought.

import type { ShipmentTable } from "./types";
import { CLASS_A, abcCodes } from "./classify";

export interface AssortmentUse {
  topProducts: number;
  /** Per client id: amount on top products / window amount; NaN when the window amount is ≤ 0. */
  share: Float64Array;
  /** Per client id: distinct top products bought (net amount > 0) / top products. */
  coverage: Float64Array;
}

export function assortmentUse(
  table: ShipmentTable,
  fromDay: number,
  toDay: number,
  windowAmount: (client: number) => number,
  a: number,
): AssortmentUse | null {
  const productId = table.productId;
  if (!productId) return null;
  const byProduct = new Float64Array(table.products.length);
  for (let i = 0; i < table.count; i++) {
    const d = table.day[i];
    if (d >= fromDay && d <= toDay && productId[i] >= 0) byProduct[productId[i]] += table.amount[i];
  }
  const isTop = abcCodes(byProduct, a, 1);
  const topProducts = isTop.reduce((n, code) => n + (code === CLASS_A ? 1 : 0), 0);

  const clients = table.clients.length;
  const onTop = new Float64Array(clients);
  // Net amount per (client, top product), so a return cancels the purchase it reverses.
  const pairs = new Map<number, number>();
  for (let i = 0; i < table.count; i++) {
    const d = table.day[i];
    const p = productId[i];
    if (d < fromDay || d > toDay || p < 0 || isTop[p] !== CLASS_A) continue;
    const c = table.clientId[i];
    onTop[c] += table.amount[i];
    const key = c * table.products.length + p;
    pairs.set(key, (pairs.get(key) ?? 0) + table.amount[i]);
  }
  const bought = new Uint32Array(clients);
  for (const [key, net] of pairs) if (net > 0) bought[Math.floor(key / table.products.length)]++;

  const share = new Float64Array(clients);
  const coverage = new Float64Array(clients);
  for (let c = 0; c < clients; c++) {
    const total = windowAmount(c);
    share[c] = total > 0 ? onTop[c] / total : NaN;
    coverage[c] = topProducts > 0 ? bought[c] / topProducts : NaN;
  }
  return { topProducts, share, coverage };
}
