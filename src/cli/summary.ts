// The short summary the command prints: what was read, who the key clients are, what changed.

import type { ReportModel } from "../core/types";
import { ruleText, statusMark, windowLabel } from "../core/labels";
import { managerLabels } from "../core/managerLabels";
import { historyLabels } from "../report/historyLabels";
import { riskLine } from "../report/riskText";
import { warningText } from "../core/warningText";
import { explainLabels, lostShownText } from "../report/explainLabels";

import { LOCALES, moneyText } from "../core/locales";
import type { Lang } from "../core/types";
import { labels } from "../core/labels";
import { summaryLabels } from "./summaryLabels";

const percentFormats = new Map<Lang, Intl.NumberFormat>();
/** 0.643 → `64.3%` / `64,3 %`, one decimal, in the language's conventions. */
function percentIn(lang: Lang): (x: number) => string {
  let format = percentFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
    percentFormats.set(lang, format);
  }
  return (x) => format.format(x);
}
const fit = (text: string, width: number) => (text.length > width ? text.slice(0, width - 1) + "…" : text.padEnd(width));

export function summaryText(model: ReportModel, outFile?: string): string {
  const { rows, summary, concentration: c, lang } = model;
  const t = summaryLabels(lang);
  const percent = percentIn(lang);
  const money = (x: number) => moneyText(x, lang);
  const skipReasons = labels(lang).skipReasons;
  const skipped = rows.read - rows.used - rows.otherManagers;
  const h = t.header;
  const lines = [
    `${model.title} · ${windowLabel(model.windowMonths, lang)} · ${ruleText(model.options.rule, model.options.basis, lang)}`,
    t.rows(rows.read, rows.used, skipped) +
      (skipped > 0 ? ` (${model.dataQuality.map((q) => `${skipReasons[q.reason]} ${q.count}`).join(", ")})` : "") +
      ` · ${t.windowRows(model.window.rows, money(model.window.amount))}`,
    `${t.clients(summary.activeClients, summary.keyCount, percent(summary.keyShare))} · ` +
      t.concentration(percent(c.top1), c.hhi.toLocaleString(LOCALES[lang], { minimumFractionDigits: 3, maximumFractionDigits: 3 }), percent(c.paretoRatio)),
    "",
    `${"#".padStart(4)}  ${fit(h.client, 34)} ${h.average.padStart(14)} ${h.share.padStart(7)} ${h.cum.padStart(9)}  ${h.klass.padEnd(5)}  ${h.status}`,
  ];
  for (const r of model.clients.filter((x) => x.key)) {
    const status = r.status ? statusMark(r.status, r.rankChange, lang) : "";
    const flags = [r.falling ? t.falling : "", r.irregular ? t.irregular : ""].filter(Boolean).join(", ");
    lines.push(
      `${String(r.rank).padStart(4)}  ${fit(r.name, 34)} ${money(r.average).padStart(14)} ${percent(r.share).padStart(7)} ` +
        `${percent(r.cumShare).padStart(9)}  ${(r.abc + r.xyz).padEnd(5)}  ${status}${flags ? `  (${flags})` : ""}`,
    );
  }
  lines.push("");
  lines.push(model.previousAvailable ? t.newDropped(summary.newCount, model.dropped.map((d) => d.name).join(", ") || t.none) : t.noPrevious);
  const lostTotals = lostShownText(model);
  if (lostTotals !== null && model.lost.length > 0) {
    lines.push(explainLabels(model.lang).lostLine(labels(model.lang).sections.lost, lostTotals, model.lost[0].name));
  }
  lines.push(...managerLines(model));
  lines.push(...earlyWarningLines(model));
  if (model.history) {
    const hist = model.history;
    const label = historyLabels(lang).history;
    lines.push(`${label.title}: ${hist.months.length > 0 ? `${windowLabel(hist.months, lang)} · ${label.shown(hist.months.length, hist.requested)}` : label.noMonths}`);
  }
  for (const w of model.warnings) lines.push(`${t.warning}: ${warningText(w, lang)}`);
  if (outFile) lines.push(t.wrote(outFile));
  return lines.join("\n");
}

/** The roll-up in one line, and what one manager's report left out (SPEC §12). */
function managerLines(model: ReportModel): string[] {
  const l = managerLabels(model.lang);
  const lines: string[] = [];
  const largest = model.managers?.[0];
  if (model.managers && largest) lines.push(l.summary(model.managers.length, largest.name ?? l.noManager, percentIn(model.lang)(largest.share)));
  if (model.options.manager !== undefined) lines.push(l.otherManagers(model.rows.otherManagers));
  return lines;
}

/** The at-risk clients (key ones come first in rank order), each with its reasons. */
function earlyWarningLines(model: ReportModel): string[] {
  const w = historyLabels(model.lang).warning;
  const atRisk = model.clients.filter((c) => c.risk.atRisk);
  if (atRisk.length === 0) return [`${w.section}: ${w.none}`];
  return [
    `${w.section}: ${w.count(model.risk.count, moneyText(model.risk.amount, model.lang))}`,
    ...atRisk.map((c) => `  ${(c.key ? w.keyGroup : w.nearKeyGroup).padEnd(9)} ${c.name} — ${riskLine(c, model.windowMonths.length, model.lang)}`),
  ];
}
