// The short summary the command prints: what was read, who the key clients are, what changed.

import type { ReportModel } from "../core/types";
import { ruleText, statusMark, windowLabel } from "../core/labels";
import { managerLabels } from "../core/managerLabels";
import { historyLabels } from "../report/historyLabels";
import { riskLine } from "../report/riskText";
import { warningText } from "../core/warningText";

const WARNING = { en: "Warning", ru: "Предупреждение" } as const;

const money = (x: number) => x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const fit = (text: string, width: number) => (text.length > width ? text.slice(0, width - 1) + "…" : text.padEnd(width));

export function summaryText(model: ReportModel, outFile?: string): string {
  const { rows, summary, concentration: c } = model;
  const skipped = rows.read - rows.used - rows.otherManagers;
  const lines = [
    `${model.title} · ${windowLabel(model.windowMonths, model.lang)} · ${ruleText(model.options.rule, model.options.basis, model.lang)}`,
    `Rows: ${rows.read} read, ${rows.used} used, ${skipped} skipped` +
      (skipped > 0 ? ` (${model.dataQuality.map((q) => `${q.reason} ${q.count}`).join(", ")})` : "") +
      ` · window: ${model.window.rows} rows, ${money(model.window.amount)}`,
    `Clients active: ${summary.activeClients} · key: ${summary.keyCount}, ${percent(summary.keyShare)} of the window · ` +
      `top client ${percent(c.top1)} · HHI ${c.hhi.toFixed(3)} · Pareto ratio ${percent(c.paretoRatio)}`,
    "",
    `${"#".padStart(4)}  ${fit("Client", 34)} ${"Average".padStart(14)} ${"Share".padStart(7)} ${"Cum.".padStart(7)}  Class  Status`,
  ];
  for (const r of model.clients.filter((x) => x.key)) {
    const status = r.status ? statusMark(r.status, r.rankChange, model.lang) : "";
    const flags = [r.falling ? "falling" : "", r.irregular ? "irregular" : ""].filter(Boolean).join(", ");
    lines.push(
      `${String(r.rank).padStart(4)}  ${fit(r.name, 34)} ${money(r.average).padStart(14)} ${percent(r.share).padStart(7)} ` +
        `${percent(r.cumShare).padStart(7)}  ${(r.abc + r.xyz).padEnd(5)}  ${status}${flags ? `  (${flags})` : ""}`,
    );
  }
  lines.push("");
  if (model.previousAvailable) {
    lines.push(`New: ${summary.newCount} · Dropped: ${model.dropped.map((d) => d.name).join(", ") || "none"}`);
  } else {
    lines.push("New/dropped: n/a (the data does not reach the previous window)");
  }
  if (model.lost.length > 0) lines.push(`Lost (no purchases in the window): ${model.lost.length}, largest ${model.lost[0].name}`);
  lines.push(...managerLines(model));
  lines.push(...earlyWarningLines(model));
  if (model.history) {
    const h = model.history;
    const label = historyLabels(model.lang).history;
    lines.push(`${label.title}: ${h.months.length > 0 ? `${windowLabel(h.months, model.lang)} · ${label.shown(h.months.length, h.requested)}` : label.noMonths}`);
  }
  for (const w of model.warnings) lines.push(`${WARNING[model.lang]}: ${warningText(w, model.lang)}`);
  if (outFile) lines.push(`Wrote ${outFile}`);
  return lines.join("\n");
}

/** The roll-up in one line, and what one manager's report left out (SPEC §12). */
function managerLines(model: ReportModel): string[] {
  const l = managerLabels(model.lang);
  const lines: string[] = [];
  const largest = model.managers?.[0];
  if (model.managers && largest) lines.push(l.summary(model.managers.length, largest.name ?? l.noManager, percent(largest.share)));
  if (model.options.manager !== undefined) lines.push(l.otherManagers(model.rows.otherManagers));
  return lines;
}

/** The at-risk clients (key ones come first in rank order), each with its reasons. */
function earlyWarningLines(model: ReportModel): string[] {
  const w = historyLabels(model.lang).warning;
  const atRisk = model.clients.filter((c) => c.risk.atRisk);
  if (atRisk.length === 0) return [`${w.section}: ${w.none}`];
  return [
    `${w.section}: ${w.count(model.risk.count, money(model.risk.amount))}`,
    ...atRisk.map((c) => `  ${(c.key ? w.keyGroup : w.nearKeyGroup).padEnd(9)} ${c.name} — ${riskLine(c, model.windowMonths.length, model.lang)}`),
  ];
}
