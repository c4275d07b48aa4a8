// Use of the top assortment (SPEC §4): top products are class A by amount over the whole key
// window; per client, the share of its window amount spent on them and how many of them it bought.

import type { ShipmentTable } from "./types";
import { BLOCK_ROWS } from "./blocks";
import { CLASS_A, abcCodes } from "./classify";
import { atMost } from "./sums";

export interface AssortmentUse {
  topProducts: number;
  /** Per client id: amount on top products / window amount; NaN when the window amount is ≤ 0. */
  share: Float64Array;
  /** Per client id: distinct top products bought (net amount above 0 on paper) / top products. */
  coverage: Float64Array;
}

/** Rows [from, to) in the window with a product: their amounts by product, their indexes after `windowRows`. */
function windowRowsOf(
  day: Int32Array,
  productId: Int32Array,
  amount: Float64Array,
  from: number,
  to: number,
  fromDay: number,
  toDay: number,
  byProduct: Float64Array,
  inWindow: Int32Array,
  windowRows: number,
): number {
  for (let i = from; i < to; i++) {
    const d = day[i];
    if (d < fromDay || d > toDay || productId[i] < 0) continue;
    byProduct[productId[i]] += amount[i];
    inWindow[windowRows++] = i;
  }
  return windowRows;
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
  // In blocks of BLOCK_ROWS, as the matrix is summed.
  for (let from = 0; from < count; from += BLOCK_ROWS) {
    windowRows = windowRowsOf(day, productId, amount, from, Math.min(from + BLOCK_ROWS, count), fromDay, toDay, byProduct, inWindow, windowRows);
  }
  const isTop = abcCodes(byProduct, a, 1);
  const topIndex = new Int32Array(productCount).fill(-1);
  let topProducts = 0;
  for (let p = 0; p < productCount; p++) if (isTop[p] === CLASS_A) topIndex[p] = topProducts++;

  // The window's rows on top products, grouped by client in row order (a counting sort), so that
  // each client's net amount per top product is summed in a small table instead of a Map of pairs.
  const clients = table.clients.length;
  const onTop = new Float64Array(clients);
  const start = new Int32Array(clients + 1);
  for (let w = 0; w < windowRows; w++) {
    const i = inWindow[w];
    if (topIndex[productId[i]] < 0) continue;
    onTop[clientId[i]] += amount[i];
    start[clientId[i] + 1]++;
  }
  for (let c = 0; c < clients; c++) start[c + 1] += start[c];
  const byClient = new Int32Array(start[clients]);
  const next = start.slice(0, clients);
  for (let w = 0; w < windowRows; w++) {
    const i = inWindow[w];
    if (topIndex[productId[i]] >= 0) byClient[next[clientId[i]]++] = i;
  }
  const bought = boughtTopProducts(byClient, start, topIndex, productId, amount, topProducts);

  const share = new Float64Array(clients);
  const coverage = new Float64Array(clients);
  for (let c = 0; c < clients; c++) {
    const total = windowAmount(c);
    share[c] = total > 0 ? onTop[c] / total : NaN;
    coverage[c] = topProducts > 0 ? bought[c] / topProducts : NaN;
  }
  return { topProducts, share, coverage };
}

/**
 * Per client, the top products it bought: a net amount above 0 on paper, so that a return cancels
 * the purchases it reverses (33.3 + 33.3 + 33.4 − 100 is not "bought" for a rounding's 1e-15).
 */
function boughtTopProducts(
  byClient: Int32Array,
  start: Int32Array,
  topIndex: Int32Array,
  productId: Int32Array,
  amount: Float64Array,
  topProducts: number,
): Uint32Array {
  const clients = start.length - 1;
  const bought = new Uint32Array(clients);
  const net = new Float64Array(topProducts);
  const gross = new Float64Array(topProducts);
  const owner = new Int32Array(topProducts).fill(-1); // the client whose sums net/gross hold
  const touched = new Int32Array(topProducts);
  for (let c = 0; c < clients; c++) {
    let n = 0;
    for (let k = start[c]; k < start[c + 1]; k++) {
      const i = byClient[k];
      const t = topIndex[productId[i]];
      if (owner[t] !== c) {
        owner[t] = c;
        net[t] = 0;
        gross[t] = 0;
        touched[n++] = t;
      }
      net[t] += amount[i];
      gross[t] += Math.abs(amount[i]);
    }
    for (let j = 0; j < n; j++) if (!atMost(net[touched[j]], 0, gross[touched[j]])) bought[c]++;
  }
  return bought;
}
