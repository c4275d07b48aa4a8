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

/** The window's rows (`inWindow`) and what places them. */
interface TopRows {
  inWindow: Int32Array;
  productId: Int32Array;
  clientId: Int32Array;
  amount: Float64Array;
  /** Index among the top products, −1 for the others. */
  topIndex: Int32Array;
}

/** Window rows [from, to) on top products: net amount per client into `onTop`, their count per client into `start[c + 1]`. */
function countTopRows({ inWindow, productId, clientId, amount, topIndex }: TopRows, from: number, to: number, onTop: Float64Array, start: Int32Array): void {
  for (let w = from; w < to; w++) {
    const i = inWindow[w];
    if (topIndex[productId[i]] < 0) continue;
    onTop[clientId[i]] += amount[i];
    start[clientId[i] + 1]++;
  }
}

/** Window rows [from, to) on top products into `byClient`, each at its client's next place. */
function placeTopRows({ inWindow, productId, clientId, topIndex }: TopRows, from: number, to: number, next: Int32Array, byClient: Int32Array): void {
  for (let w = from; w < to; w++) {
    const i = inWindow[w];
    if (topIndex[productId[i]] >= 0) byClient[next[clientId[i]]++] = i;
  }
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
  // Each loop runs in blocks, for the reason of BLOCK_ROWS: run once, it ran mostly unoptimised.
  const clients = table.clients.length;
  const onTop = new Float64Array(clients);
  const start = new Int32Array(clients + 1);
  const rows: TopRows = { inWindow, productId, clientId, amount, topIndex };
  for (let from = 0; from < windowRows; from += BLOCK_ROWS) countTopRows(rows, from, Math.min(from + BLOCK_ROWS, windowRows), onTop, start);
  for (let c = 0; c < clients; c++) start[c + 1] += start[c];
  const byClient = new Int32Array(start[clients]);
  const next = start.slice(0, clients);
  for (let from = 0; from < windowRows; from += BLOCK_ROWS) placeTopRows(rows, from, Math.min(from + BLOCK_ROWS, windowRows), next, byClient);
  const bought = boughtTopProducts(byClient, start, rows, topProducts);

  const share = new Float64Array(clients);
  const coverage = new Float64Array(clients);
  for (let c = 0; c < clients; c++) {
    const total = windowAmount(c);
    share[c] = total > 0 ? onTop[c] / total : NaN;
    coverage[c] = topProducts > 0 ? bought[c] / topProducts : NaN;
  }
  return { topProducts, share, coverage };
}

/** Net and gross amount per top product of one client at a time; `owner` tells whose sums a slot holds. */
interface ProductSums {
  net: Float64Array;
  gross: Float64Array;
  owner: Int32Array;
  touched: Int32Array;
}

/**
 * Per client, the top products it bought: a net amount above 0 on paper, so that a return cancels
 * the purchases it reverses (33.3 + 33.3 + 33.4 − 100 is not "bought" for a rounding's 1e-15).
 */
function boughtTopProducts(byClient: Int32Array, start: Int32Array, rows: TopRows, topProducts: number): Uint32Array {
  const clients = start.length - 1;
  const bought = new Uint32Array(clients);
  const sums: ProductSums = {
    net: new Float64Array(topProducts),
    gross: new Float64Array(topProducts),
    owner: new Int32Array(topProducts).fill(-1),
    touched: new Int32Array(topProducts),
  };
  // One call per client, not one loop over all: a small function called often is optimised early.
  for (let c = 0; c < clients; c++) bought[c] = boughtBy(c, byClient, start[c], start[c + 1], rows, sums);
  return bought;
}

/** Top products client `c` bought, from its rows `byClient[from]` to `byClient[to - 1]`. */
function boughtBy(c: number, byClient: Int32Array, from: number, to: number, { productId, amount, topIndex }: TopRows, sums: ProductSums): number {
  const { net, gross, owner, touched } = sums;
  let n = 0;
  for (let k = from; k < to; k++) {
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
  let bought = 0;
  for (let j = 0; j < n; j++) if (!atMost(net[touched[j]], 0, gross[touched[j]])) bought++;
  return bought;
}
