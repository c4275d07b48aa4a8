// The roll-up by manager on the report sheet (SPEC §12): one row per manager, largest first, as the
// model orders it. A section spec that sheetPlan.ts places like the other sections.

import { labels } from "../core/labels";
import { managerLabels } from "../core/managerLabels";
import type { ClientRow, ReportModel } from "../core/types";
import type { PlanValue } from "./sheetPlan";
import { FORMAT } from "./formats";

export interface SectionSpec {
  heading: string;
  headers: string[];
  body: PlanValue[][];
  emptyNote: string;
  columnFormats: string[];
}

/** The manager as the sheet shows it: the name, or "(no manager)". */
export function managerCell(manager: ClientRow["manager"], model: Pick<ReportModel, "lang">): string {
  return manager ?? managerLabels(model.lang).noManager;
}

/** The section, or null without a manager column. */
export function managersSection(model: ReportModel): SectionSpec | null {
  if (model.managers === null) return null;
  const l = managerLabels(model.lang);
  return {
    heading: l.section,
    // A number first, so that the names stand in the wide client column.
    headers: [labels(model.lang).columns.number, l.manager, l.clients, l.total, l.share, l.keyClients, l.atRisk, l.atRiskAmount, l.lostCount, l.lostAmount],
    body: model.managers.map((m, i) => [i + 1, managerCell(m.name, model), m.clients, m.total, m.share, m.keyClients, m.atRisk, m.atRiskAmount, m.lostCount, m.lostAmount]),
    emptyNote: "",
    columnFormats: [FORMAT.rank, FORMAT.text, FORMAT.integer, FORMAT.money, FORMAT.percent, FORMAT.integer, FORMAT.integer, FORMAT.money, FORMAT.integer, FORMAT.money],
  };
}
