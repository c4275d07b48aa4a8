"use strict";
// Shared helpers of the data generators (samples, test fixtures, benchmark input).
// Plain Node, no engine imports: the facts the generators compute must stay independent of the engine.

const DAY_MS = 86400000;
const NBSP = "\u00a0";

/** mulberry32: a tiny seeded PRNG, so every generated file is byte-for-byte reproducible. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Convenience draws over one PRNG. */
function randomTools(seed) {
  const next = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

// ---- Windows-1251 ---------------------------------------------------------------------------

/** Code points outside ASCII that our data uses, with their Windows-1251 bytes. */
const CP1251_EXTRA = new Map([
  [0x0401, 0xa8], // Ё
  [0x0451, 0xb8], // ё
  [0x00a0, 0xa0], // no-break space (1C's thousands separator)
  [0x2116, 0xb9], // №
  [0x00ab, 0xab], // «
  [0x00bb, 0xbb], // »
  [0x2013, 0x96], // –
  [0x2014, 0x97], // —
  [0x20ac, 0x88], // €
]);

/** Encode text as Windows-1251 (Node has no such encoder). Throws on a character 1251 cannot hold. */
function encodeCp1251(text) {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    let byte;
    if (cp < 0x80) byte = cp;
    else if (cp >= 0x0410 && cp <= 0x044f) byte = cp - 0x0410 + 0xc0; // А..я are contiguous in both
    else byte = CP1251_EXTRA.get(cp);
    if (byte === undefined) throw new Error(`encodeCp1251: U+${cp.toString(16)} has no Windows-1251 byte`);
    bytes[i] = byte;
  }
  return bytes;
}

// ---- calendar (whole UTC days since 1970-01-01; months as year*12 + month-1) -------------------

const dayOf = (y, m, d) => Date.UTC(y, m - 1, d) / DAY_MS;
const pad2 = (n) => String(n).padStart(2, "0");

function civil(day) {
  const dt = new Date(day * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
const isoDate = (day) => { const c = civil(day); return `${c.y}-${pad2(c.m)}-${pad2(c.d)}`; };
const dmyDate = (day) => { const c = civil(day); return `${pad2(c.d)}.${pad2(c.m)}.${c.y}`; };
const mdyDate = (day) => { const c = civil(day); return `${c.m}/${c.d}/${c.y}`; };
const monthIndexOfDay = (day) => { const c = civil(day); return c.y * 12 + c.m - 1; };
const monthKey = (mi) => `${Math.floor(mi / 12)}-${pad2((mi % 12) + 1)}`;
const firstDayOfMonthIndex = (mi) => dayOf(Math.floor(mi / 12), (mi % 12) + 1, 1);
const daysInMonthIndex = (mi) => firstDayOfMonthIndex(mi + 1) - firstDayOfMonthIndex(mi);
/** Excel 1900 date system serial of a day (valid after 1900-02-28, where Excel's leap-year bug sits). */
const excelSerial = (day) => day + 25569;

/** SPEC §3 default report month: the latest month in the data that is complete as of `today`. */
function defaultReportMonth(monthIndexes, today) {
  const c = civil(Date.parse(today) / DAY_MS);
  const current = c.y * 12 + c.m - 1;
  let best = -1;
  for (const mi of monthIndexes) if (mi < current && mi > best) best = mi;
  return best < 0 ? null : best;
}

// ---- numbers as exports write them (amounts are integer cents, so totals stay exact) -------------

function groupThousands(intPart, sep) {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** `1 234,56` (1C / Russian Excel); `keepZeroKopecks: false` writes `1 200` as 1C does for whole sums. */
function ruAmount(cents, { sep = NBSP, keepZeroKopecks = true } = {}) {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = groupThousands(String(Math.floor(abs / 100)), sep);
  const frac = abs % 100;
  return frac === 0 && !keepZeroKopecks ? `${sign}${whole}` : `${sign}${whole},${pad2(frac)}`;
}

/** `1,234.56` (English Excel). */
function enAmount(cents) {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${groupThousands(String(Math.floor(abs / 100)), ",")}.${pad2(abs % 100)}`;
}

/** `1234.56` (machine export). */
function plainAmount(cents) {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${pad2(abs % 100)}`;
}

const centsToNumber = (cents) => cents / 100;

// ---- CSV ------------------------------------------------------------------------------------

/** Quote a field when it holds the delimiter, a quote, a line break or edge spaces (as Excel does). */
function csvField(value, delimiter) {
  const text = value == null ? "" : String(value);
  if (text.includes(delimiter) || /["\r\n]/.test(text) || /^\s|\s$/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}
const csvLine = (cells, delimiter) => cells.map((c) => csvField(c, delimiter)).join(delimiter);

// ---- client identity (SPEC §2) -----------------------------------------------------------------

/** Trimmed, inner white space (any Unicode space, NBSP included) collapsed: the display spelling. */
const cleanName = (raw) => String(raw).replace(/\s+/g, " ").trim();
/** Clients that differ only by case or spacing are one client. */
const clientKey = (raw) => cleanName(raw).toLowerCase();

// ---- row accounting (SPEC §2), from what the generator meant each row to be -------------------------

const SKIP_REASONS = ["blankClient", "badDate", "badAmount", "errorValue", "totalsRow"];
const FIRST_ROWS_KEPT = 10;

/**
 * Running facts about generated data rows. Each record is `{ line, blank: true }` (a fully blank row:
 * neither read nor skipped), `{ line, skip: reason }`, or a used row `{ line, client, day, cents, profitCents? }`
 * (`usedProfit` is reported when the rows carry profitCents).
 * Streaming, so a million-row file needs no array of records.
 */
function createTally() {
  const skipped = Object.fromEntries(SKIP_REASONS.map((r) => [r, 0]));
  const firstRows = Object.fromEntries(SKIP_REASONS.map((r) => [r, []]));
  const clients = new Map();
  const months = new Map();
  let read = 0;
  let used = 0;
  let usedCents = 0;
  let profitCents = null; // stays null unless the rows carry a profit
  function add(rec) {
    if (rec.blank) return;
    read++;
    if (rec.skip) {
      if (!(rec.skip in skipped)) throw new Error(`unknown skip reason ${rec.skip}`);
      skipped[rec.skip]++;
      if (firstRows[rec.skip].length < FIRST_ROWS_KEPT) firstRows[rec.skip].push(rec.line);
      return;
    }
    used++;
    usedCents += rec.cents;
    if (rec.profitCents !== undefined) profitCents = (profitCents || 0) + rec.profitCents;
    const key = clientKey(rec.client);
    let c = clients.get(key);
    if (!c) clients.set(key, (c = { name: cleanName(rec.client), rows: 0, cents: 0 }));
    c.rows++;
    c.cents += rec.cents;
    const mi = monthIndexOfDay(rec.day);
    months.set(mi, (months.get(mi) || 0) + rec.cents);
  }
  function result() {
    return {
      read,
      used,
      skipped,
      firstRows,
      usedAmount: centsToNumber(usedCents),
      ...(profitCents === null ? {} : { usedProfit: centsToNumber(profitCents) }),
      clientCount: clients.size,
      clients: [...clients.values()].map((c) => ({ name: c.name, rows: c.rows, amount: centsToNumber(c.cents) })),
      months: Object.fromEntries([...months.entries()].sort((a, b) => a[0] - b[0]).map(([mi, v]) => [monthKey(mi), centsToNumber(v)])),
    };
  }
  return { add, result };
}

function summarize(records) {
  const tally = createTally();
  records.forEach(tally.add);
  return tally.result();
}

module.exports = {
  NBSP,
  mulberry32,
  randomTools,
  encodeCp1251,
  dayOf,
  civil,
  isoDate,
  dmyDate,
  mdyDate,
  pad2,
  monthIndexOfDay,
  monthKey,
  firstDayOfMonthIndex,
  daysInMonthIndex,
  excelSerial,
  defaultReportMonth,
  ruAmount,
  enAmount,
  plainAmount,
  centsToNumber,
  csvField,
  csvLine,
  cleanName,
  clientKey,
  SKIP_REASONS,
  createTally,
  summarize,
};
