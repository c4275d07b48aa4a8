// The Early warning section of the report sheet and its Risk column (SPEC §11): the at-risk key
// clients, then the near-key ones (rank order does both), each with its reasons and their figures.

import { labels } from "../core/labels";
import { moneyText } from "../core/locales";
import type { ClientRow, ReportModel } from "../core/types";
import { historyLabels } from "./historyLabels";
import type { SectionSpec } from "./managersSection";
import { riskLine } from "./riskText";
import { FORMAT } from "./formats";

/** Marks an at-risk client's Risk cell; the conditional format looks for it. */
export const AT_RISK_MARK = "⚠";

/** The Risk cell: the reasons of a watched client with signals, marked when it is at risk; blank otherwise. */
export function riskCell(client: ClientRow, model: Pick<ReportModel, "lang" | "windowMonths">): string | null {
  if (!client.risk.signals || client.risk.signals.length === 0) return null;
  const line = riskLine(client, model.windowMonths.length, model.lang);
  return client.risk.atRisk ? `${AT_RISK_MARK} ${line}` : line;
}

export function earlyWarningSection(model: ReportModel): SectionSpec {
  const w = historyLabels(model.lang).warning;
  const c = labels(model.lang).columns;
  const atRisk = model.clients.filter((r) => r.risk.atRisk);
  return {
    heading: atRisk.length > 0 ? `${w.section}: ${w.count(model.risk.count, moneyText(model.risk.amount, model.lang))}` : w.section,
    headers: [c.rank, c.client, w.group, c.average, w.reasons],
    body: atRisk.map((r) => [r.rank, r.name, r.key ? w.keyGroup : w.nearKeyGroup, r.average, riskLine(r, model.windowMonths.length, model.lang)]),
    emptyNote: w.none,
    columnFormats: [FORMAT.rank, FORMAT.text, FORMAT.text, FORMAT.money, FORMAT.text],
  };
}
