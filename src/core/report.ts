// The report model (SPEC §3–§7): every figure of the monthly key-client sheet, computed once.

import type {
  AbcClass, ClientRow, ClientType, DataQualityRow, DroppedRow, IngestResult, NearKeyRow,
  ReportModel, ReportOptions, ShipmentTable,
} from "./types";
import { SKIP_REASONS } from "./types";
import { KeyClientError } from "./errors";
import { abcCodes, abcLetter, hhi, paretoRatio, positiveTotal } from "./classify";
import { rowTrend, rowXyz } from "./stats";
import { ExactSum, atMost } from "./sums";
import { aggregateMonths, hasRows, spanSum, type ClientMonthMatrix } from "./matrix";
import { largestFirst, rankWindow, type WindowRanking } from "./ranking";
import { assortmentUse } from "./assortment";
import { defaultReportMonth, firstDayOfMonth, isoDate, lastDayOfMonth, monthKey, monthOfDay, parseIsoDate, parseMonthKey } from "./months";
import { resolveOptions } from "./options";
import { reportTitle, sheetNameFor } from "./labels";
import { clientManagers, managerName, NO_MANAGER } from "./clientManagers";
import { managerRollup } from "./managerRollup";
import { forManager, sheetForManager } from "./managerTitle";

/** Months before the key window that decide who is "lost" (SPEC §6). */
const LOST_LOOKBACK = 12;
/** Pareto share of the concentration summary (SPEC §6). */
const CONCENTRATION_SHARE = 0.8;

interface Span {
  report: number;
  /** Matrix column of the key window's first month. */
  window: number;
  previousAvailable: boolean;
  matrix: ClientMonthMatrix;
}

/** SPEC §3: the chosen report month, or the default one; throws `monthOutsideData` when the data has none. */
export function chooseReportMonth(table: ShipmentTable, o: Pick<ReportOptions, "month" | "today">): { report: number; firstDataMonth: number } {
  const { min, max } = table.dayRange;
  const firstDataMonth = monthOfDay(min);
  const lastDataMonth = monthOfDay(max);
  const report = o.month ? parseMonthKey(o.month)! : defaultReportMonth(max, parseIsoDate(o.today)!);
  if (report < firstDataMonth || report > lastDataMonth) {
    const range = `${monthKey(firstDataMonth)} … ${monthKey(lastDataMonth)}`;
    throw new KeyClientError(
      "monthOutsideData",
      o.month
        ? `Report month ${o.month} is outside the data, which covers ${range}.`
        : `The data (${range}) has no complete month before ${o.today}; choose the report month.`,
    );
  }
  return { report, firstDataMonth };
}

function buildSpan(table: ShipmentTable, o: ReportOptions): Span {
  const { report, firstDataMonth } = chooseReportMonth(table, o);
  const windowStart = report - o.months + 1;
  const spanStart = windowStart - LOST_LOOKBACK;
  return {
    report,
    window: windowStart - spanStart,
    previousAvailable: firstDataMonth <= windowStart - 1,
    matrix: aggregateMonths(table, spanStart, report - spanStart + 1, windowStart - spanStart),
  };
}

const nullIfNaN = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** A figure of each ranked client, in rank order (a loop: Float64Array.from with a callback is slow). */
function inRankOrder(order: Int32Array, figure: (client: number) => number): Float64Array {
  const out = new Float64Array(order.length);
  for (let i = 0; i < order.length; i++) out[i] = figure(order[i]);
  return out;
}

/** `count` matrix cells from `from` as a plain array (Array.from on a typed subarray iterates slowly). */
function cellsOf(values: Float64Array, from: number, count: number): number[] {
  const out = new Array<number>(count);
  for (let k = 0; k < count; k++) out[k] = values[from + k];
  return out;
}

export function buildReport(ingest: IngestResult, partial: Partial<ReportOptions> = {}): ReportModel {
  const o = resolveOptions(partial);
  const { table } = ingest;
  if (o.basis === "profit" && !table.profit) {
    throw new KeyClientError("badOption", "ABC by profit needs a profit column; none was found or chosen.");
  }
  const span = buildSpan(table, o);
  const m = span.matrix;
  const n = o.months;
  const names = table.clients;
  const now = rankWindow(m, span.window, n, names, o.rule);
  const before = span.previousAvailable ? rankWindow(m, span.window - 1, n, names, o.rule) : null;
  const windowTotal = (c: number) => spanSum(m.amount, m, c, span.window, n);
  const endDay = lastDayOfMonth(span.report);
  const windowStartDay = firstDayOfMonth(span.report - n + 1);

  const averages = inRankOrder(now.order, (c) => now.average[c]);
  const positive = positiveTotal(averages);
  const profits = m.windowProfit ? inRankOrder(now.order, (c) => m.windowProfit![c]) : null;
  const abc = abcCodes(o.basis === "profit" ? profits! : averages, o.abc.a, o.abc.b);
  const profitTotal = profits ? positiveTotal(profits) : 0;
  const assortment = assortmentUse(table, windowStartDay, endDay, windowTotal, o.abc.a);
  const managerOf = clientManagers(table, { windowFirstDay: windowStartDay, windowLastDay: endDay, lookbackFirstDay: firstDayOfMonth(span.report - n + 1 - LOST_LOOKBACK) });
  const manager = (c: number) => managerName(table, managerOf ? managerOf[c] : NO_MANAGER);
  const isKeyBefore = (c: number) => before !== null && before.rankOf[c] > 0 && before.rankOf[c] <= before.keyCount;

  const cum = new ExactSum();
  const clients: ClientRow[] = Array.from(now.order, (c, i): ClientRow => {
    const base = c * m.months + span.window;
    const monthly = cellsOf(m.amount, base, n);
    const average = now.average[c];
    const share = positive > 0 ? average / positive : 0;
    cum.add(share);
    const trend = rowTrend(m.amount, base, n);
    let shipped = 0;
    for (let k = 0; k < n; k++) if (monthly[k] > 0) shipped++;
    const key = i < now.keyCount;
    const kept = key && isKeyBefore(c);
    const profitShare = profits && profitTotal > 0 ? profits[i] / profitTotal : null;
    const prev = n >= 2 ? monthly[n - 2] : 0;
    return {
      name: names[c],
      rank: i + 1,
      monthly,
      total: windowTotal(c),
      average,
      share,
      cumShare: cum.value,
      abc: abcLetter(abc[i]) as AbcClass,
      xyz: rowXyz(m.amount, base, n, o.xyz),
      monthsWithShipments: shipped,
      irregular: shipped < n,
      trend: nullIfNaN(trend),
      falling: !Number.isNaN(trend) && atMost(trend, o.fallingTrend, 1),
      vsPrevMonth: prev > 0 ? monthly[n - 1] / prev - 1 : null,
      key,
      status: key && before ? (kept ? "kept" : "new") : null,
      rankChange: kept ? before!.rankOf[c] - (i + 1) : null,
      lastShipment: isoDate(m.lastDay[c]),
      daysSinceLast: endDay - m.lastDay[c],
      topAssortmentShare: assortment ? nullIfNaN(assortment.share[c]) : null,
      topAssortmentCoverage: assortment ? nullIfNaN(assortment.coverage[c]) : null,
      profit: profits ? profits[i] : null,
      profitShare,
      type: null,
      manager: manager(c),
    };
  });

  const nearKey = nearKeyRows(clients, now, o.nearKeyCount);
  const nearKeyNames = new Set(nearKey.map((r) => r.name));
  for (let i = 0; i < clients.length; i++) {
    const row = clients[i];
    row.type = clientType(row, m.firstDay[now.order[i]] >= windowStartDay, nearKeyNames.has(row.name), o);
  }
  const dropped = before ? droppedRows(before, now, names) : [];
  const keyClients = clients.slice(0, now.keyCount);
  const keyShare = keyClients.reduce((s, r) => s + r.share, 0);
  const windowAmount = new ExactSum();
  let windowRows = 0;
  for (let i = 0; i < now.order.length; i++) {
    const c = now.order[i];
    windowAmount.add(windowTotal(c));
    for (let k = 0; k < n; k++) windowRows += m.rows[c * m.months + span.window + k];
  }
  const lost = lostClients(m, span.window, names);
  const windowMonths = Array.from({ length: n }, (_, k) => monthKey(span.report - n + 1 + k));

  return {
    lang: o.lang,
    title: forManager(reportTitle(monthKey(span.report), o.lang), o.manager),
    sheetName: sheetForManager(sheetNameFor(monthKey(span.report), o.lang), o.manager),
    reportMonth: monthKey(span.report),
    windowMonths,
    previousWindowMonths: Array.from({ length: n }, (_, k) => monthKey(span.report - n + k)),
    previousAvailable: span.previousAvailable,
    source: o.source,
    generatedAt: o.generatedAt ?? new Date().toISOString(),
    columns: ingest.columnNames,
    options: o,
    rows: ingest.accounting,
    total: ingest.accounting.usedAmount,
    window: { rows: windowRows, amount: windowAmount.value },
    summary: {
      activeClients: clients.length,
      keyCount: now.keyCount,
      keyShare,
      newCount: keyClients.filter((r) => r.status === "new").length,
      droppedCount: dropped.length,
      fallingKeyCount: keyClients.filter((r) => r.falling).length,
      irregularKeyCount: keyClients.filter((r) => r.irregular).length,
    },
    concentration: {
      top1: clients.length > 0 ? clients[0].share : 0,
      topKey: keyShare,
      hhi: hhi(averages),
      paretoRatio: paretoRatio(averages, CONCENTRATION_SHARE),
    },
    hasProduct: assortment !== null,
    hasProfit: profits !== null,
    clients,
    nearKey,
    dropped,
    lost: Array.from(lost.order.subarray(0, o.lostCount), (c) => ({
      name: names[c],
      averageBefore: lost.averageBefore[c],
      lastShipment: isoDate(m.lastDay[c]),
      daysSinceLast: endDay - m.lastDay[c],
      manager: manager(c),
    })),
    managers: managerOf && managerRollup(clients, Array.from(lost.order, (c) => ({ manager: manager(c), averageBefore: lost.averageBefore[c] })), windowAmount.value),
    dataQuality: dataQualityRows(ingest),
    warnings: ingest.warnings,
  };
}

/** The next clients with a positive average after the key list, in rank order. */
function nearKeyRows(clients: ClientRow[], now: WindowRanking, count: number): NearKeyRow[] {
  const lastKey = now.keyCount > 0 ? clients[now.keyCount - 1].average : 0;
  return clients
    .slice(now.keyCount)
    .filter((r) => r.average > 0)
    .slice(0, count)
    .map((r) => ({ name: r.name, rank: r.rank, average: r.average, share: r.share, gapToKey: Math.max(0, lastKey - r.average) }));
}

/** Breadwinner (≥ the share of profit, or of sales without profit) wins over prospective. */
function clientType(row: ClientRow, firstShipmentInWindow: boolean, nearKey: boolean, o: ReportOptions): ClientType | null {
  const share = row.profitShare ?? row.share;
  if (atMost(o.breadwinnerShare, share, 1)) return "breadwinner";
  if (firstShipmentInWindow && (row.key || nearKey)) return "prospective";
  return null;
}

/** Key in the previous window and not now, in their previous rank order. */
function droppedRows(before: WindowRanking, now: WindowRanking, names: readonly string[]): DroppedRow[] {
  const rows: DroppedRow[] = [];
  for (let i = 0; i < before.keyCount; i++) {
    const c = before.order[i];
    const rank = now.rankOf[c];
    if (rank > 0 && rank <= now.keyCount) continue;
    rows.push({ name: names[c], previousRank: i + 1, previousAverage: before.average[c], rank: rank > 0 ? rank : null, average: now.average[c] });
  }
  return rows;
}

/**
 * Clients with a positive net amount in the 12 months before the window and no rows in it, all of
 * them in the order of SPEC §6, with that amount / 12 per client id.
 */
function lostClients(m: ClientMonthMatrix, windowColumn: number, names: readonly string[]): { order: Int32Array; averageBefore: Float64Array } {
  const lost: number[] = [];
  const averageBefore = new Float64Array(m.clients);
  for (let c = 0; c < m.clients; c++) {
    if (hasRows(m, c, windowColumn, m.months - windowColumn)) continue;
    const before = spanSum(m.amount, m, c, windowColumn - LOST_LOOKBACK, LOST_LOOKBACK);
    if (!(before > 0)) continue;
    averageBefore[c] = before / LOST_LOOKBACK;
    lost.push(c);
  }
  return { order: largestFirst(lost, averageBefore, names), averageBefore };
}

function dataQualityRows(ingest: IngestResult): DataQualityRow[] {
  const { skipped, firstRows } = ingest.accounting;
  return SKIP_REASONS.filter((r) => skipped[r] > 0).map((reason) => ({ reason, count: skipped[reason], firstRows: firstRows[reason] }));
}
