// The report model (SPEC §3–§7): every figure of the monthly key-client sheet, computed once.

import type {
  AbcClass, ClientRow, ClientType, DataQualityRow, DroppedRow, IngestResult, LostRow, NearKeyRow,
  ReportModel, ReportOptions, ShipmentTable,
} from "./types";
import { SKIP_REASONS } from "./types";
import { KeyClientError } from "./errors";
import { abcLetter, positiveTotal } from "./classify";
import { rowTrend, shownCv } from "./stats";
import { classCutoffs } from "./cutoffs";
import { ExactSum, atMost } from "./sums";
import { aggregateMonths, spanSum, type ClientMonthMatrix } from "./matrix";
import { largestFirst, type WindowRanking } from "./ranking";
import { LOST_LOOKBACK } from "./lost";
import { analyseMonth, inRankOrder, isKey, type MonthAnalysis } from "./history/monthAnalysis";
import { analysedMonths, windowInData } from "./history/months";
import { buildHistory } from "./history/history";
import { clientRisks } from "./warning/earlyWarning";
import { riskTotals } from "./warning/signals";
import type { ClientRisk } from "./warning/types";
import { assortmentUse } from "./assortment";
import { defaultReportMonth, firstDayOfMonth, isoDate, lastDayOfMonth, monthKey, monthOfDay, parseIsoDate, parseMonthKey } from "./months";
import { resolveOptions } from "./options";
import { reportTitle, sheetNameFor } from "./labels";
import { clientManagers, managerName, NO_MANAGER } from "./clientManagers";
import { managerRollup } from "./managerRollup";
import { forManager, sheetForManager } from "./managerTitle";

interface Span {
  report: number;
  previousAvailable: boolean;
  matrix: ClientMonthMatrix;
  /** The analyses from the first analysed month to the report month, consecutive. */
  analyses: MonthAnalysis[];
  firstShown: number;
}

/** The last day of the rows dated on or before `today`, or NaN when every row is later. */
function latestDayUpTo(table: ShipmentTable, today: number): number {
  if (table.dayRange.max <= today) return table.dayRange.max;
  let latest = NaN;
  for (let i = 0; i < table.count; i++) {
    const d = table.day[i];
    if (d <= today && !(d <= latest)) latest = d;
  }
  return latest;
}

/** SPEC §3: the chosen report month, or the default one; throws `monthOutsideData` when the data has none. */
export function chooseReportMonth(table: ShipmentTable, o: Pick<ReportOptions, "month" | "today">): { report: number; firstDataMonth: number } {
  const { min, max } = table.dayRange;
  const firstDataMonth = monthOfDay(min);
  const lastDataMonth = monthOfDay(max);
  let report: number;
  if (o.month) report = parseMonthKey(o.month)!;
  else {
    // Rows dated after today are used, but a typo in a year must not choose the month.
    const today = parseIsoDate(o.today)!;
    const latest = latestDayUpTo(table, today);
    report = Number.isNaN(latest) ? NaN : defaultReportMonth(latest, today);
  }
  if (!(report >= firstDataMonth && report <= lastDataMonth)) {
    const [firstMonth, lastMonth] = [monthKey(firstDataMonth), monthKey(lastDataMonth)];
    const range = `${firstMonth} … ${lastMonth}`;
    throw new KeyClientError(
      "monthOutsideData",
      o.month
        ? `Report month ${o.month} is outside the data, which covers ${range}.`
        : `The data (${range}) has no complete month before ${o.today}; choose the report month.`,
      o.month ? { month: o.month, firstMonth, lastMonth } : { today: o.today, firstMonth, lastMonth },
    );
  }
  return { report, firstDataMonth };
}

/** The matrix, read once by every analysed month (SPEC §10: the pipeline is not run per month). */
function buildSpan(table: ShipmentTable, o: ReportOptions): Span {
  const { report, firstDataMonth } = chooseReportMonth(table, o);
  const months = analysedMonths(report, firstDataMonth, o.months, o.history);
  const matrix = aggregateMonths(table, months.spanStart, report - months.spanStart + 1, report - o.months + 1 - months.spanStart, o.basis === "profit");
  const analyses: MonthAnalysis[] = [];
  for (let h = months.firstAnalysed; h <= report; h++) analyses.push(analyseMonth(matrix, table.clients, o, h));
  return { report, previousAvailable: windowInData(report - 1, o.months, firstDataMonth), matrix, analyses, firstShown: months.firstShown };
}

/** Placeholder until the early warning, which needs every row, is made. */
const NO_RISK: ClientRisk = { signals: null, atRisk: false, usualGapDays: null, vsYear: null, previousAbc: null, previousKey: false, products: null };

/** A ratio that has no value (0/0) or none worth showing (over a near-zero amount) is blank. */
const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

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
  const analysis = span.analyses[span.analyses.length - 1];
  const previous = span.previousAvailable ? span.analyses[span.analyses.length - 2] : null;
  const now = analysis.ranking;
  const before = previous ? previous.ranking : null;
  const window = analysis.window;
  const windowTotal = (c: number) => spanSum(m.amount, m, c, window, n);
  const endDay = lastDayOfMonth(span.report);
  const windowStartDay = firstDayOfMonth(span.report - n + 1);

  const positive = analysis.positive;
  const profits = m.windowProfit ? inRankOrder(now.order, (c) => m.windowProfit![c]) : null;
  const profitTotal = profits ? positiveTotal(profits) : 0;
  const assortment = assortmentUse(table, windowStartDay, endDay, windowTotal, o.abc.a);
  const managerOf = clientManagers(table, { windowFirstDay: windowStartDay, windowLastDay: endDay, lookbackFirstDay: firstDayOfMonth(span.report - n + 1 - LOST_LOOKBACK) });
  const manager = (c: number) => managerName(table, managerOf ? managerOf[c] : NO_MANAGER);
    const isKeyBefore = (c: number) => previous !== null && isKey(previous, c);

  const cum = new ExactSum();
  const clients: ClientRow[] = Array.from(now.order, (c, i): ClientRow => {
    const base = c * m.months + window;
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
      abc: abcLetter(analysis.abc[i]) as AbcClass,
      xyz: analysis.xyz[i],
      cv: shownCv(m.amount, base, n),
      monthsWithShipments: shipped,
      irregular: shipped < n,
      trend: finiteOrNull(trend),
      falling: !Number.isNaN(trend) && atMost(trend, o.fallingTrend, 1),
      vsPrevMonth: prev > 0 ? finiteOrNull(monthly[n - 1] / prev - 1) : null,
      key,
      status: key && before ? (kept ? "kept" : "new") : null,
      rankChange: kept ? before!.rankOf[c] - (i + 1) : null,
      lastShipment: isoDate(m.lastDay[c]),
      daysSinceLast: endDay - m.lastDay[c],
      topAssortmentShare: assortment ? finiteOrNull(assortment.share[c]) : null,
      topAssortmentCoverage: assortment ? finiteOrNull(assortment.coverage[c]) : null,
      profit: profits ? profits[i] : null,
      profitShare,
      type: null,
      manager: manager(c),
      risk: NO_RISK,
    };
  });

  const nearKey = nearKeyRows(clients, now, o.nearKeyCount);
  const nearKeyNames = new Set(nearKey.map((r) => r.name));
  for (let i = 0; i < clients.length; i++) {
    const row = clients[i];
    row.type = clientType(row, m.firstDay[now.order[i]] >= windowStartDay, nearKeyNames.has(row.name), o);
  }
  const risks = clientRisks(table, m, clients, nearKeyNames, analysis, previous, o);
  for (let i = 0; i < clients.length; i++) clients[i].risk = risks[i];
  const dropped = before ? droppedRows(before, now, names) : [];
  const keyClients = clients.slice(0, now.keyCount);
  const keyShare = analysis.keyShare;
  const windowAmount = new ExactSum();
  let windowRows = 0;
  for (let i = 0; i < now.order.length; i++) {
    const c = now.order[i];
    windowAmount.add(windowTotal(c));
    for (let k = 0; k < n; k++) windowRows += m.rows[c * m.months + window + k];
  }
  const lost = analysis.lost;
  // All lost clients in the order of SPEC §6: the listed ones are the first, the roll-up counts them all.
  const lostOrder = largestFirst(lost.ids, lost.averageBefore, names);
  const lostAll = Array.from(lostOrder, (c): LostRow => ({
    name: names[c],
    averageBefore: lost.averageBefore[c],
    lastShipment: isoDate(m.lastDay[c]),
    daysSinceLast: endDay - m.lastDay[c],
    manager: manager(c),
  }));
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
      hhi: analysis.hhi,
      paretoRatio: analysis.paretoRatio,
    },
    cutoffs: classCutoffs(clients, o.basis, n),
    hasProduct: assortment !== null,
    hasProfit: profits !== null,
    clients,
    nearKey,
    dropped,
    lost: lostAll.slice(0, o.lostCount),
    lostAll,
    managers: managerOf && managerRollup(clients, lostAll, windowAmount.value),
    lostCount: lost.ids.length,
    lostAmount: lost.amount,
    risk: riskTotals(clients),
    history: o.history > 1 ? buildHistory(m, names, span.analyses, span.firstShown, o.history) : null,
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

function dataQualityRows(ingest: IngestResult): DataQualityRow[] {
  const { skipped, firstRows } = ingest.accounting;
  return SKIP_REASONS.filter((r) => skipped[r] > 0).map((reason) => ({ reason, count: skipped[reason], firstRows: firstRows[reason] }));
}
