// Report model → the plan of the history sheet (SPEC §10), `Key-client history 2017-12`: the dynamics
// table, the class timeline as an Excel table with the key months highlighted, and the transition
// matrices with the diagonal (no change) set apart. Values and built-in formulas only; both writers
// render it as they render the report sheet.

import { monthLabel, windowLabel } from "../core/labels";
import type { ReportModel } from "../core/types";
import type { Transition } from "../core/history/types";
import { cellA1, rangeA1 } from "./a1";
import { FORMAT } from "./formats";
import { DEFAULT_PAPER, reportPrint, type Paper } from "./printSetup";
import { historyLabels, historySheetName, type HistoryLabels } from "./historyLabels";
import {
  Layout, makeBlock, rowHeights, section, sectionWidths, WIDTH,
  type PlanConditionalFormat, type PlanRow, type PlanTable, type PlanValue, type SheetPlan,
} from "./sheetPlan";

/** Excel table names allow letters, digits and `_`. */
const tableName = (reportMonth: string) => `KeyClientHistory_${reportMonth.replace(/[^0-9A-Za-z]+/g, "_")}`;

function dynamicsBlock(model: ReportModel, h: HistoryLabels["history"], top: number) {
  const history = model.history!;
  return section(
    "historyDynamics",
    top,
    h.dynamics,
    [h.month, h.activeClients, h.keyShare, h.newKey, h.droppedKey, h.newClients, h.lostCount, h.lostAmount, h.hhi, h.paretoRatio],
    history.dynamics.map((d) => [monthLabel(d.month, model.lang), d.activeClients, d.keyShare, d.newKey, d.droppedKey, d.newClients, d.lostCount, d.lostAmount, d.hhi, d.paretoRatio]),
    h.noMonths,
    [FORMAT.text, FORMAT.integer, FORMAT.percent, FORMAT.integer, FORMAT.integer, FORMAT.integer, FORMAT.integer, FORMAT.money, FORMAT.index, FORMAT.percent],
  );
}

/** One matrix: states down (before) and across (after), a SUM per row; the diagonal set apart. */
function transitionBlock<S extends string>(t: Transition<S>, heading: string, h: HistoryLabels["history"], top: number) {
  const states = Object.keys(t.counts) as S[];
  const name = (state: string) => (state === "-" ? h.none : state);
  const firstBody = top + 2;
  const body: PlanValue[][] = states.map((from, i) => {
    const counts = states.map((to) => t.counts[from][to]);
    const row = firstBody + i;
    return [name(from), ...counts, { formula: `=SUM(${rangeA1(row, 2, row, states.length + 1)})`, result: counts.reduce((a, b) => a + b, 0) }];
  });
  const block = section("historyTransitions", top, heading, [h.fromTo, ...states.map(name), h.total], body, "", [
    FORMAT.text, ...states.map(() => FORMAT.integer), FORMAT.integer,
  ]);
  const diagonal: PlanConditionalFormat = {
    kind: "noChange",
    range: rangeA1(firstBody, 2, firstBody + states.length - 1, states.length + 1),
    formula: `=ROW()-${firstBody}=COLUMN()-2`,
  };
  return { block, diagonal };
}

export function planHistorySheet(model: ReportModel, options: { paper?: Paper } = {}): SheetPlan {
  const history = model.history!;
  const h = historyLabels(model.lang).history;
  const title = `${h.title} ${model.reportMonth}`;
  const layout = new Layout();
  layout.place(makeBlock("title", 1, 1, [{ style: "title", values: [title] }], { text: [0] }), [], 0);
  const shown = history.months.length > 0 ? `${windowLabel(history.months, model.lang)} · ${h.shown(history.months.length, history.requested)}` : h.noMonths;
  layout.place(makeBlock("meta", layout.row, 1, [{ style: "meta", values: [shown] }], { text: [0] }));
  const dynamics = dynamicsBlock(model, h, layout.row);
  layout.place(dynamics, [WIDTH.client, ...sectionWidths(dynamics).slice(1)]);

  // The class timeline: a heading, then the Excel table; the key months, 1 or blank, to its right.
  layout.place(makeBlock("historyTimeline", layout.row, 1, [{ style: "section", values: [h.timeline] }], { text: [0] }), [], 0);
  const months = history.months.map((m) => monthLabel(m, model.lang));
  const headerRow = layout.row;
  const header: PlanRow = { style: "header", values: [h.client, ...months, h.keyMonths, h.firstKeyMonth] };
  const body: PlanRow[] = history.clients.map((c) => ({ style: "body", values: [c.name, ...c.classes, c.keyMonths, monthLabel(c.firstKeyMonth, model.lang)] }));
  const timelineWidth = months.length + 3;
  const timeline = makeBlock("historyTimeline", headerRow, 1, [header, ...body], {
    formats: [FORMAT.text, ...months.map(() => FORMAT.text), FORMAT.integer, FORMAT.text],
    text: [0, ...months.map((_, k) => k + 1), months.length + 2],
    center: [...months.map((_, k) => k + 1), months.length + 1, months.length + 2],
  });
  const flagsLeft = timelineWidth + 2;
  const flags = makeBlock(
    "historyKeyMonths",
    headerRow,
    flagsLeft,
    [{ style: "header", values: months }, ...history.clients.map((c): PlanRow => ({ style: "body", values: c.key.map((k) => (k ? 1 : null)) }))],
    { formats: months.map(() => FORMAT.integer), center: months.map((_, k) => k) },
  );
  layout.place(flags, []);
  layout.row = headerRow;
  layout.place(timeline, [WIDTH.client, ...months.map(() => 9), 10, 10]);
  for (let k = 0; k < months.length; k++) layout.need(flagsLeft + k, 5);
  const conditionalFormats: PlanConditionalFormat[] = [];
  let table: PlanTable | null = null;
  if (history.clients.length > 0) {
    const first = headerRow + 1;
    const last = headerRow + history.clients.length;
    table = { name: tableName(model.reportMonth), range: timeline.address, headerRow, columns: header.values as string[], style: "TableStyleLight1", showRowStripes: false };
    conditionalFormats.push({ kind: "keyMonth", range: rangeA1(first, 2, last, months.length + 1), formula: `=${cellA1(first, flagsLeft)}=1` });
  }

  const t = history.transitions;
  const matrices = [
    t.abc && { t: t.abc, heading: h.abc(monthLabel(t.abc.from, model.lang), monthLabel(t.abc.to, model.lang)) },
    t.abcYear && { t: t.abcYear, heading: h.abcYear(monthLabel(t.abcYear.from, model.lang), monthLabel(t.abcYear.to, model.lang)) },
    t.xyz && { t: t.xyz, heading: h.xyz(monthLabel(t.xyz.from, model.lang), monthLabel(t.xyz.to, model.lang)) },
  ];
  for (const m of matrices) {
    if (!m) continue;
    const { block, diagonal } = transitionBlock(m.t as Transition<string>, m.heading, h, layout.row);
    layout.place(block, sectionWidths(block).slice(1).map(() => 0));
    conditionalFormats.push(diagonal);
  }
  const widths = Array.from(layout.widths, (w) => w ?? WIDTH.text);
  const heights = rowHeights(layout.blocks, widths);
  const printed = { title, lang: model.lang, paper: options.paper ?? DEFAULT_PAPER, titleRow: table === null ? null : headerRow, columnWidths: widths, rowHeights: heights };
  return {
    sheetName: historySheetName(model.reportMonth, model.lang),
    blocks: layout.blocks,
    table,
    conditionalFormats,
    freeze: { rows: 0, columns: 1 },
    columnWidths: widths,
    rowHeights: heights,
    chart: null,
    print: reportPrint(printed, layout.blocks),
  };
}
