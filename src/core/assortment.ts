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
  // Locals, not table.x[i]: these loops run once per report, mostly before they get optimised.
  const { day, amount, clientId, count } = table;
  const productCount = table.products.length;
  const byProduct = new Float64Array(productCount);
  const inWindow = new Int32Array(count); // indexes of the window's rows, so the second pass skips the rest
  let windowRows = 0;
  for (let i = 0; i < count; i++) {
    const d = day[i];
    if (d < fromDay || d > toDay || productId[i] < 0) continue;
    byProduct[productId[i]] += amount[i];
    inWindow[windowRows++] = i;
  }
  const isTop = abcCodes(byProduct, a, 1);
  const topProducts = isTop.reduce((n, code) => n + (code === CLASS_A ? 1 : 0), 0);

  const clients = table.clients.length;
  const onTop = new Float64Array(clients);
  // Net amount per (client, top product), so a return cancels the purchase it reverses.
  const pairs = new Map<number, number>();
  for (let w = 0; w < windowRows; w++) {
    const i = inWindow[w];
    const p = productId[i];
    if (isTop[p] !== CLASS_A) continue;
    const c = clientId[i];
    onTop[c] += amount[i];
    const key = c * productCount + p;
    pairs.set(key, (pairs.get(key) ?? 0) + amount[i]);
  }
  const bought = new Uint32Array(clients);
  for (const [key, net] of pairs) if (net > 0) bought[Math.floor(key / productCount)]++;

  const share = new Float64Array(clients);
  const coverage = new Float64Array(clients);
  for (let c = 0; c < clients; c++) {
    const total = windowAmount(c);
    share[c] = total > 0 ? onTop[c] / total : NaN;
    coverage[c] = topProducts > 0 ? bought[c] / topProducts : NaN;
  }
  return { topProducts, share, coverage };
}
