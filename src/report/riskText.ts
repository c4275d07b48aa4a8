// SPEC §11 reasons written out with their figures, in the user's language: the report sheet's Early
// warning section, the CLI summary and the pane's result all say the same words.

import type { ClientRow, Lang } from "../core/types";
import type { RiskSignal } from "../core/warning/types";
import { isWorseClass } from "../core/warning/signals";

/** −0.35 → `−35%` (typographic minus: prose, not a number cell). */
function percent(x: number): string {
  return `${Math.round(x * 100)}%`.replace(/^-/, "−");
}

/** Whole days stay whole; a median between two gaps keeps its half. */
function days(x: number): string {
  return String(Math.round(x * 10) / 10);
}

type Phrases = Record<RiskSignal, (c: ClientRow, months: number) => string>;

/** `A → B` when the class got worse, and/or the words for a key client now near-key. */
function classChange(c: ClientRow, keyToNearKey: string): string {
  const before = c.risk.previousAbc;
  const worse = isWorseClass(before, c.abc);
  const nearKeyNow = c.risk.previousKey && !c.key;
  return [worse ? `${before} → ${c.abc}` : "", nearKeyNow ? keyToNearKey : ""].filter(Boolean).join(", ");
}

const PHRASES: Record<Lang, Phrases> = {
  en: {
    overdue: (c) => `no shipment for ${c.daysSinceLast} days, usually every ${days(c.risk.usualGapDays ?? 0)}`,
    falling: (c) => `turnover falling ${percent(-(c.trend ?? 0))} a month`,
    belowNorm: (c) => `${percent(c.risk.vsYear ?? 0)} against its previous 12 months`,
    classDown: (c) => classChange(c, "was key, now near-key"),
    narrowing: (c) => `${c.risk.products?.now} products, was ${c.risk.products?.before}`,
    irregular: (c, months) => `shipped in ${c.monthsWithShipments} of ${months} months`,
  },
  ru: {
    overdue: (c) => `нет отгрузок ${c.daysSinceLast} дн., обычно каждые ${days(c.risk.usualGapDays ?? 0)}`,
    falling: (c) => `оборот падает на ${percent(-(c.trend ?? 0))} в месяц`,
    belowNorm: (c) => `${percent(c.risk.vsYear ?? 0)} к своим 12 предыдущим месяцам`,
    classDown: (c) => classChange(c, "был ключевым, теперь кандидат"),
    narrowing: (c) => `товаров: ${c.risk.products?.now}, было ${c.risk.products?.before}`,
    irregular: (c, months) => `отгрузки в ${c.monthsWithShipments} из ${months} мес.`,
  },
  bg: {
    overdue: (c) => `без доставка от ${c.daysSinceLast} дни, обичайно на всеки ${days(c.risk.usualGapDays ?? 0)}`,
    falling: (c) => `оборотът спада с ${percent(-(c.trend ?? 0))} на месец`,
    belowNorm: (c) => `${percent(c.risk.vsYear ?? 0)} спрямо предходните си 12 месеца`,
    classDown: (c) => classChange(c, "беше ключов, сега кандидат"),
    narrowing: (c) => `артикули: ${c.risk.products?.now}, бяха ${c.risk.products?.before}`,
    irregular: (c, months) => `доставки в ${c.monthsWithShipments} от ${months} месеца`,
  },
  id: {
    overdue: (c) => `tidak ada pengiriman selama ${c.daysSinceLast} hari, biasanya tiap ${days(c.risk.usualGapDays ?? 0)} hari`,
    falling: (c) => `omzet turun ${percent(-(c.trend ?? 0))} per bulan`,
    belowNorm: (c) => `${percent(c.risk.vsYear ?? 0)} dibanding 12 bulan sebelumnya`,
    classDown: (c) => classChange(c, "dulu pelanggan utama, kini kandidat"),
    narrowing: (c) => `${c.risk.products?.now} produk, sebelumnya ${c.risk.products?.before}`,
    irregular: (c, months) => `ada pengiriman di ${c.monthsWithShipments} dari ${months} bulan`,
  },
};

/** The phrases of one language (the label tables' guard test reads them all). */
export function riskPhrases(lang: Lang): Phrases {
  return PHRASES[lang];
}

/** One phrase per signal that fired, in SPEC §11 order; `months` is the key window's length. */
export function riskReasons(client: ClientRow, months: number, lang: Lang): string[] {
  return (client.risk.signals ?? []).map((signal) => riskPhrases(lang)[signal](client, months));
}

/** The reasons as one line: `no shipment for 47 days, usually every 12; A → B`. */
export function riskLine(client: ClientRow, months: number, lang: Lang): string {
  return riskReasons(client, months, lang).join("; ");
}
