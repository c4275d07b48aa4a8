// The report as the JSON of SPEC §9: fixed field names, extra fields allowed.

import type { ReportModel } from "./types";

export function reportToJson(model: ReportModel) {
  const o = model.options;
  return {
    window: { months: model.windowMonths, reportMonth: model.reportMonth, previousMonths: model.previousWindowMonths, previousAvailable: model.previousAvailable },
    columns: model.columns,
    rows: {
      read: model.rows.read,
      used: model.rows.used,
      skipped: model.rows.skipped,
      otherManagers: model.rows.otherManagers,
      firstRows: model.rows.firstRows,
      usedAmount: model.rows.usedAmount,
    },
    total: model.window.amount,
    windowRows: model.window.rows,
    rule: o.rule,
    basis: o.basis,
    thresholds: { abc: o.abc, xyz: o.xyz, fallingTrend: o.fallingTrend },
    clients: model.clients.map((c) => ({
      name: c.name,
      rank: c.rank,
      monthly: c.monthly,
      average: c.average,
      share: c.share,
      cumShare: c.cumShare,
      abc: c.abc,
      xyz: c.xyz,
      monthsWithShipments: c.monthsWithShipments,
      trend: c.trend,
      key: c.key,
      status: c.status,
      rankChange: c.rankChange,
      daysSinceLast: c.daysSinceLast,
      type: c.type,
      total: c.total,
      vsPrevMonth: c.vsPrevMonth,
      falling: c.falling,
      lastShipment: c.lastShipment,
      topAssortmentShare: c.topAssortmentShare,
      topAssortmentCoverage: c.topAssortmentCoverage,
      profit: c.profit,
      profitShare: c.profitShare,
      manager: c.manager,
    })),
    nearKey: model.nearKey.map((r) => r.name),
    dropped: model.dropped.map((r) => r.name),
    lost: model.lost.map((r) => r.name),
    managers: model.managers,
    forManager: model.options.manager ?? null,
    concentration: model.concentration,
    summary: model.summary,
    warnings: model.warnings,
  };
}
