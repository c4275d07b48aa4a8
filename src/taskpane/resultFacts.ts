// The figures of the result card, as text: what the report found and how the rows were used.

import { labels } from "../core/labels";
import type { Lang, ReportModel } from "../core/types";
import { formatCount, type PaneTexts } from "./i18n";

export interface Fact {
  id: string;
  label: string;
  value: string;
  /** Lines under the figure: skipped rows per reason with their first row numbers. */
  notes?: string[];
  /** Key clients that need action (falling, irregular): shown in the warning colour. */
  attention?: boolean;
}

/** The figures of the result card as label/value pairs (and notes), in the order shown. */
export function resultFacts(model: ReportModel, t: PaneTexts, lang: Lang): Fact[] {
  const r = t.result;
  const s = model.summary;
  const count = (n: number) => formatCount(n, lang);
  const vsPrevious = (n: number) => (model.previousAvailable ? count(n) : r.noPrevious);
  const skipped = model.rows.read - model.rows.used;
  const reasons = labels(lang).skipReasons;
  return [
    { id: "active", label: r.activeClients, value: count(s.activeClients) },
    { id: "new", label: r.newInKey, value: vsPrevious(s.newCount) },
    { id: "dropped", label: r.droppedFromKey, value: vsPrevious(s.droppedCount) },
    { id: "falling", label: r.falling, value: count(s.fallingKeyCount), attention: s.fallingKeyCount > 0 },
    { id: "irregular", label: r.irregular, value: count(s.irregularKeyCount), attention: s.irregularKeyCount > 0 },
    { id: "read", label: r.rowsRead, value: count(model.rows.read) },
    { id: "used", label: r.rowsUsed, value: count(model.rows.used) },
    {
      id: "skipped",
      label: r.rowsSkipped,
      value: count(skipped),
      notes: model.dataQuality
        .filter((q) => q.count > 0)
        .map((q) => `${reasons[q.reason]}: ${count(q.count)} (${r.skippedRows(q.firstRows, q.count > q.firstRows.length)})`),
    },
  ];
}
