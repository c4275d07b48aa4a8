// A small hand-made report model: 5 clients over Oct–Dec 2017, key rule top 2. Four client
// names look like formulas (=, @, -, +) to prove they stay text on every path.
// The figures follow SPEC §4–§6 and were worked out by hand (see the comments).

import type { ClientRow, ReportModel, ReportOptions } from "../../src/core/types";
import { DEFAULT_OPTIONS } from "../../src/core/options";

export const MONTHS = ["2017-10", "2017-11", "2017-12"];

export const NAMES = {
  romashka: "ООО Ромашка",
  hyperlink: '=HYPERLINK("http://x","y")',
  atSum: "@SUM(A1)",
  minus: "-5",
  plus: "+7",
} as const;

/** Σ of positive averages: 1200 + 500 + 300 + 100 + 50/3. */
const TOTAL_AVERAGE = 1200 + 500 + 300 + 100 + 50 / 3;

function client(
  rank: number,
  name: string,
  monthly: number[],
  cumBefore: number,
  fields: Partial<ClientRow>,
): ClientRow {
  const total = monthly.reduce((a, b) => a + b, 0);
  const average = total / monthly.length;
  const share = average / TOTAL_AVERAGE;
  return {
    name,
    rank,
    monthly,
    total,
    average,
    share,
    cumShare: cumBefore + share,
    abc: "C",
    xyz: "Z",
    cv: null,
    monthsWithShipments: monthly.filter((m) => m > 0).length,
    irregular: monthly.some((m) => m <= 0),
    trend: null,
    falling: false,
    vsPrevMonth: null,
    key: false,
    status: null,
    rankChange: null,
    lastShipment: "2017-12-20",
    daysSinceLast: 11,
    topAssortmentShare: null,
    topAssortmentCoverage: null,
    profit: null,
    profitShare: null,
    type: null,
    manager: null,
    risk: { signals: null, atRisk: false, usualGapDays: null, vsYear: null, previousAbc: null, previousKey: false, products: null },
    ...fields,
  };
}

const s1 = 1200 / TOTAL_AVERAGE;
const s2 = 500 / TOTAL_AVERAGE;
const s3 = 300 / TOTAL_AVERAGE;
const s4 = 100 / TOTAL_AVERAGE;

export const CLIENTS: ClientRow[] = [
  // slope 200 / average 1200; Dec/Nov − 1 = 1400/1200 − 1; cv = √((200² + 0 + 200²)/3) / 1200
  client(1, NAMES.romashka, [1000, 1200, 1400], 0, {
    abc: "A", xyz: "Y", cv: Math.sqrt(80000 / 3) / 1200, trend: 200 / 1200, vsPrevMonth: 1400 / 1200 - 1, key: true, status: "kept", rankChange: 1,
    topAssortmentShare: 0.75, type: "breadwinner", lastShipment: "2017-12-28", daysSinceLast: 3,
  }),
  // slope ((−1)(400) + (1)(100)) / 2 = −150, / 500 = −0.3 → falling; Nov = 0 → no vs-prev;
  // cv = √((400² + 500² + 100²)/3) / 500
  client(2, NAMES.hyperlink, [900, 0, 600], s1, {
    abc: "A", cv: Math.sqrt(140000) / 500, trend: -0.3, falling: true, key: true, status: "new", topAssortmentShare: 0.5, type: "prospective",
  }),
  client(3, NAMES.atSum, [300, 300, 300], s1 + s2, {
    abc: "B", xyz: "X", cv: 0, trend: 0, vsPrevMonth: 0, topAssortmentShare: 0, type: "breadwinner",
  }),
  // slope 50 / average 100; cv = √((100² + 100² + 0)/3) / 100
  client(4, NAMES.minus, [0, 200, 100], s1 + s2 + s3, { abc: "B", cv: Math.sqrt(20000 / 3) / 100, trend: 0.5, vsPrevMonth: -0.5, daysSinceLast: 45 }),
  // slope −25 / average 50/3 = −1.5; cv = √2 (one month of three)
  client(5, NAMES.plus, [50, 0, 0], s1 + s2 + s3 + s4, { cv: Math.SQRT2, trend: -1.5, falling: true, daysSinceLast: 70 }),
];

export const OPTIONS: ReportOptions = {
  ...DEFAULT_OPTIONS,
  month: "2017-12",
  rule: { kind: "top", n: 2 },
  today: "2018-01-10",
  generatedAt: "2018-01-10T09:30:00Z",
  source: "export.csv",
};

export function fixtureModel(overrides: Partial<ReportModel> = {}): ReportModel {
  return {
    lang: "en",
    title: "Key clients 2017-12",
    sheetName: "Key clients 2017-12",
    reportMonth: "2017-12",
    windowMonths: MONTHS,
    previousWindowMonths: ["2017-09", "2017-10", "2017-11"],
    previousAvailable: true,
    source: "export.csv",
    generatedAt: "2018-01-10T09:30:00Z",
    columns: { client: "Customer", date: "Order Date", amount: "Sales", product: "SKU" },
    options: OPTIONS,
    rows: {
      read: 30,
      used: 16,
      skipped: { blankClient: 2, badDate: 0, badAmount: 12, errorValue: 0, totalsRow: 0 },
      firstRows: {
        blankClient: [5, 9],
        badDate: [],
        badAmount: [3, 4, 6, 7, 8, 10, 11, 12, 13, 14],
        errorValue: [],
        totalsRow: [],
      },
      otherManagers: 0,
      usedAmount: 7000.5,
    },
    total: 7000.5,
    window: { rows: 14, amount: 6350 },
    summary: {
      activeClients: 5,
      keyCount: 2,
      keyShare: s1 + s2,
      newCount: 1,
      droppedCount: 1,
      fallingKeyCount: 1,
      irregularKeyCount: 1,
    },
    concentration: {
      top1: s1,
      topKey: s1 + s2,
      hhi: CLIENTS.reduce((a, c) => a + c.share * c.share, 0),
      paretoRatio: 2 / 5,
    },
    // the smallest average in A (1200, 500) and in B (300, 100)
    cutoffs: { a: 500, b: 100 },
    hasProduct: true,
    hasProfit: false,
    clients: CLIENTS,
    nearKey: CLIENTS.slice(2).map((c) => ({
      name: c.name,
      rank: c.rank,
      average: c.average,
      share: c.share,
      gapToKey: 500 - c.average,
    })),
    dropped: [{ name: "Старый Клиент", previousRank: 2, previousAverage: 800, rank: null, average: 0 }],
    lost: [{ name: "Lost & Co", averageBefore: 250, lastShipment: "2016-11-15", daysSinceLast: 411, manager: null }],
    lostAll: [{ name: "Lost & Co", averageBefore: 250, lastShipment: "2016-11-15", daysSinceLast: 411, manager: null }],
    managers: null,
    lostCount: 1,
    lostAmount: 250,
    risk: { count: 0, amount: 0 },
    history: null,
    dataQuality: [
      { reason: "blankClient", count: 2, firstRows: [5, 9] },
      { reason: "badAmount", count: 12, firstRows: [3, 4, 6, 7, 8, 10, 11, 12, 13, 14] },
    ],
    warnings: [{ code: "badProfit", count: 2, rows: [3, 4] }],
    ...overrides,
  };
}
