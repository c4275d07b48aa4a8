#!/usr/bin/env node
"use strict";
// Writes the bundled sample exports (samples/*.csv), their expected headline figures
// (samples/expected.json) and samples/README.md. Deterministic: same bytes on every run.
//   node scripts/make-samples.js [--out DIR]      (default: samples/)

const fs = require("fs");
const path = require("path");
const g = require("./datagen");

const WINDOW_MONTHS = 3;
const KEY_TOP = 20;
const NEAR_KEY = 10;
const LOST_TOP = 20;
const BREADWINNER_SHARE = 0.1;
const FALLING_TREND = -0.1;
const LOOKBACK_MONTHS = 12;

// ---- client behaviour over the months ------------------------------------------------------------

/**
 * Monthly amount (cents, 0 = no shipments) of a client of the given pattern in month t of n.
 * The key window is t = n-3 .. n-1.
 */
function monthlyTarget(rt, client, t, n) {
  const noise = () => 0.85 + 0.3 * rt.next();
  const L = client.level;
  switch (client.pattern) {
    case "breadwinner":
    case "steady":
      return Math.round(L * noise());
    case "regular":
      return rt.chance(0.85) ? Math.round(L * noise()) : 0;
    case "seasonal":
      return client.season.includes((client.firstCalendarMonth + t) % 12) && rt.chance(0.9) ? Math.round(L * noise()) : 0;
    case "sporadic":
      return rt.chance(0.25) ? Math.round(L * noise()) : 0;
    case "growing":
      return Math.round(L * (0.25 + (0.75 * t) / (n - 1)) * noise());
    case "falling": // flat, then down to a quarter over the last six months
      return Math.round(L * (t < n - 6 ? 1 : 1 - (0.75 * (t - (n - 7))) / 6) * noise());
    case "new":
      return t >= client.start ? Math.round(L * noise()) : 0;
    case "churned":
      return t <= client.stop && rt.chance(0.9) ? Math.round(L * noise()) : 0;
    default:
      throw new Error(`unknown pattern ${client.pattern}`);
  }
}

/** Pattern groups: [pattern, how many, monthly level range in whole currency units]. */
function buildClients(rt, groups, n, names, firstCalendarMonth) {
  const clients = [];
  for (const [pattern, count, lo, hi] of groups) {
    for (let i = 0; i < count; i++) {
      const c = { pattern, level: 100 * Math.round(lo + (hi - lo) * rt.next() ** 2), firstCalendarMonth };
      if (pattern === "seasonal") c.season = i % 2 ? [3, 4, 5, 6, 7, 8] : [9, 10, 11, 0, 1, 2]; // summer / winter goods
      if (pattern === "new") c.start = n - 1 - (i % WINDOW_MONTHS);
      if (pattern === "churned") c.stop = i % 5 === 4 ? rt.int(0, 1) : rt.int(n - 10, n - 4); // every 5th left long ago: not "lost"
      clients.push(c);
    }
  }
  names.forEach((name, i) => (clients[i].name = name));
  return clients;
}

/** Splits each client-month amount into invoices (1..maxDocs) of 1..3 product lines: qty × price, in cents. */
function simulateShipments(rt, { clients, products, firstMonth, n, docSize, maxDocs }) {
  const lines = [];
  const popularity = products.map((_, i) => 1 / (i + 1));
  const popTotal = popularity.reduce((s, w) => s + w, 0);
  const pickProduct = () => {
    let r = rt.next() * popTotal;
    for (let i = 0; i < products.length; i++) if ((r -= popularity[i]) < 0) return i;
    return products.length - 1;
  };
  clients.forEach((client, ci) => {
    for (let t = 0; t < n; t++) {
      const target = monthlyTarget(rt, client, t, n);
      if (target <= 0) continue;
      const mi = firstMonth + t;
      const docs = Math.max(1, Math.min(maxDocs, Math.round(target / docSize)));
      for (let d = 0; d < docs; d++) {
        const day = g.firstDayOfMonthIndex(mi) + rt.int(0, g.daysInMonthIndex(mi) - 1);
        const lineCount = rt.int(1, 3);
        for (let l = 0; l < lineCount; l++) {
          const pi = pickProduct();
          const p = products[pi];
          const qty = Math.max(1, Math.round(target / docs / lineCount / (p.priceCents * (0.6 + 0.8 * rt.next()))));
          const cents = qty * p.priceCents;
          lines.push({ ci, day, doc: d, pi, qty, cents, profitCents: Math.round(cents * p.margin) });
        }
      }
    }
  });
  return lines;
}

/** A few credit notes: part of a line shipped on or after `fromDay` comes back a few days later. */
function addReturns(rt, lines, count, fromDay, lastDay) {
  const returns = [];
  while (returns.length < count) {
    const src = lines[rt.int(0, lines.length - 1)];
    const day = src.day + rt.int(2, 10);
    if (src.day < fromDay || day > lastDay || src.qty < 2) continue;
    const qty = -Math.max(1, Math.floor(src.qty / rt.int(2, 4)));
    const unit = src.cents / src.qty;
    returns.push({ ...src, day, qty, cents: qty * unit, profitCents: Math.round((src.profitCents / src.cents) * qty * unit), isReturn: true });
  }
  return returns;
}

// ---- expected headline figures (SPEC §3–§6), computed from the generated shipments --------------

function leastSquaresSlope(ys) {
  const n = ys.length;
  const mx = (n + 1) / 2;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, i) => {
    num += (i + 1 - mx) * (y - my);
    den += (i + 1 - mx) ** 2;
  });
  return num / den;
}

const byName = new Intl.Collator("en", { numeric: true });

function headline(used, today, hasProfit) {
  const M = g.defaultReportMonth(used.map((r) => g.monthIndexOfDay(r.day)), today);
  const first = M - WINDOW_MONTHS + 1;
  const inWindow = (mi) => mi >= first && mi <= M;
  const clients = new Map();
  let windowRows = 0;
  let windowCents = 0;
  let windowProfit = 0;
  for (const r of used) {
    const key = g.clientKey(r.client);
    let c = clients.get(key);
    if (!c) clients.set(key, (c = { name: g.cleanName(r.client), monthly: new Array(WINDOW_MONTHS).fill(0), rows: 0, profit: 0, firstDay: r.day, lookback: 0 }));
    const mi = g.monthIndexOfDay(r.day);
    c.firstDay = Math.min(c.firstDay, r.day);
    if (inWindow(mi)) {
      c.rows++;
      c.monthly[mi - first] += r.cents;
      c.profit += r.profitCents;
      windowRows++;
      windowCents += r.cents;
      windowProfit += r.profitCents;
    } else if (mi < first && mi >= first - LOOKBACK_MONTHS) c.lookback += r.cents;
  }
  const all = [...clients.values()];
  const active = all.filter((c) => c.rows > 0);
  for (const c of active) c.average = c.monthly.reduce((s, v) => s + v, 0) / WINDOW_MONTHS;
  active.sort((a, b) => b.average - a.average || byName.compare(a.name, b.name) || (a.name < b.name ? -1 : 1));
  const positive = active.filter((c) => c.average > 0);
  const key = positive.slice(0, KEY_TOP);
  const nearKey = positive.slice(KEY_TOP, KEY_TOP + NEAR_KEY);
  const firstWindowDay = g.firstDayOfMonthIndex(first);
  const typeBase = hasProfit ? windowProfit : windowCents;
  const lost = all
    .filter((c) => c.rows === 0 && c.lookback > 0)
    .sort((a, b) => b.lookback - a.lookback || byName.compare(a.name, b.name))
    .slice(0, LOST_TOP);
  const money = (cents) => Math.round(cents) / 100;
  return {
    today,
    reportMonth: g.monthKey(M),
    window: Array.from({ length: WINDOW_MONTHS }, (_, i) => g.monthKey(first + i)),
    previousWindow: Array.from({ length: WINDOW_MONTHS }, (_, i) => g.monthKey(first - 1 + i)),
    windowRows,
    windowAmount: money(windowCents),
    activeClients: active.length,
    clientsWithPositiveAverage: positive.length,
    key: key.map((c, i) => ({ rank: i + 1, name: c.name, monthly: c.monthly.map(money), average: money(c.average) })),
    nearKey: nearKey.map((c) => c.name),
    lost: lost.map((c) => ({ name: c.name, averageBefore: money(c.lookback / LOOKBACK_MONTHS) })),
    prospective: [...key, ...nearKey].filter((c) => c.firstDay >= firstWindowDay).map((c) => c.name),
    breadwinners: active.filter((c) => (hasProfit ? c.profit : c.average * WINDOW_MONTHS) >= BREADWINNER_SHARE * typeBase).map((c) => c.name),
    fallingKey: key.filter((c) => leastSquaresSlope(c.monthly) / c.average <= FALLING_TREND).map((c) => c.name),
    irregularKey: key.filter((c) => c.monthly.some((v) => v <= 0)).map((c) => c.name),
  };
}

// ---- names ---------------------------------------------------------------------------------------

/** Distinct names from a generator function, after the fixed ones; `sameness` says which names a reader would confuse. */
function uniqueNames(fixed, count, make, sameness = g.clientKey) {
  const seen = new Set(fixed.map(sameness));
  const names = [...fixed];
  while (names.length < count) {
    const name = make();
    if (seen.has(sameness(name))) continue;
    seen.add(sameness(name));
    names.push(name);
  }
  return names;
}

const RU_ROOTS = ["Техно", "Агро", "Строй", "Мед", "Инвест", "Торг", "Пром", "Авто", "Энерго", "Сиб", "Урал", "Волга", "Север", "Юг", "Евро", "Нева", "Альфа", "Дон", "Кубань", "Транс"];
const RU_TAILS = ["Снаб", "Сервис", "Торг", "Маркет", "Трейд", "Групп", "Комплект", "Опт", "Альянс", "Лайн", "Ресурс", "Продукт", "Холдинг", "Логистик"];
const RU_WORDS = ["Ромашка", "Радуга", "Весна", "Колос", "Меридиан", "Вектор", "Гранит", "Орион", "Континент", "Фортуна", "Славянка", "Берёзка", "Парус", "Светлана", "Заря", "Исток", "Надежда", "Гармония", "Лидер", "Престиж"];
const RU_SURNAMES = ["Иванов", "Петров", "Сидоров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев"];
const RU_INITIALS = "АБВГДЕИКЛМНОПРСТЮ";

/** ООО "Орион", АО «Орион» and ООО "Орион" look like one company to a reader: keep one of them. */
const ruCoreName = (name) => g.clientKey(name).replace(/^(ооо|ао|зао|пао) /, "").replace(/["«»]/g, "");

function ruCompanyName(rt) {
  const r = rt.next();
  if (r < 0.22) {
    const surname = rt.pick(RU_SURNAMES) + (rt.chance(0.35) ? "а" : "");
    return `ИП ${surname} ${rt.pick(RU_INITIALS)}.${rt.pick(RU_INITIALS)}.`;
  }
  const core = rt.chance(0.5) ? rt.pick(RU_ROOTS) + rt.pick(RU_TAILS) : rt.pick(RU_WORDS) + (rt.chance(0.3) ? `-${rt.pick(["М", "Плюс", "2000", "Юг", "Н"])}` : "");
  const form = r < 0.8 ? "ООО" : r < 0.9 ? "АО" : r < 0.96 ? "ЗАО" : "ПАО";
  return rt.chance(0.1) ? `${form} «${core}»` : `${form} "${core}"`;
}

const RU_GOODS = ["Молоко 3,2%", "Кефир 2,5%", "Сметана 20%", "Творог 9%", "Масло сливочное 82,5%", "Сыр Российский", "Йогурт питьевой", "Сок яблочный", "Сок апельсиновый", "Нектар персиковый", "Вода минеральная", "Чай чёрный", "Чай зелёный", "Кофе молотый", "Кофе растворимый", "Сахар-песок", "Мука пшеничная", "Крупа гречневая", "Рис круглозёрный", "Макароны спагетти", "Масло подсолнечное", "Майонез Провансаль", "Кетчуп томатный", "Горошек зелёный", "Кукуруза сладкая", "Шоколад молочный", "Печенье овсяное", "Конфеты ассорти", "Зефир ванильный", "Пряники медовые"];
const RU_PACKS = [["уп. 6 шт", 6], ["уп. 12 шт", 12], ["кор. 10 шт", 10], ["кор. 20 шт", 20], ["кор. 24 шт", 24]];

const EN_ADJ = ["Northwind", "Blue Ridge", "Silver Lake", "Redwood", "Summit", "Harbor", "Prairie", "Granite", "Golden Gate", "Maple", "Cedar", "Lakeside", "Pioneer", "Liberty", "Evergreen", "Riverbend", "Highland", "Oakwood", "Sunrise", "Atlas"];
const EN_NOUN = ["Traders", "Supply", "Office Solutions", "Logistics", "Partners", "Retail", "Systems", "Outfitters", "Distributors", "Holdings", "Stationers", "Works"];
const EN_SUFFIX = ["LLC", "Inc.", "Co.", "Ltd", "Group", "Corp."];
const EN_FIRST = ["Claire", "Darrin", "Sean", "Brosina", "Andrew", "Irene", "Harold", "Pete", "Alejandro", "Zuschuss", "Ken", "Sandra", "Emily", "Eric", "Tracy", "Matt", "Gene", "Steve", "Linda", "Ruben"];
const EN_LAST = ["Gute", "Van Huff", "O'Donnell", "Hoffman", "Allen", "Maddox", "Pawlan", "Kriz", "Grove", "Carroll", "Lonsdale", "Flathmann", "Phan", "Hoffmann", "Barton", "Abelman", "Hale", "Ward", "Dahlen", "Ausman"];

function enCustomerName(rt) {
  if (rt.chance(0.4)) return `${rt.pick(EN_FIRST)} ${rt.pick(EN_LAST)}`;
  return `${rt.pick(EN_ADJ)} ${rt.pick(EN_NOUN)}${rt.chance(0.7) ? ` ${rt.pick(EN_SUFFIX)}` : ""}`;
}

const EN_GOODS = ["Avery Binder", "Xerox Copy Paper", "Logitech Wireless Mouse", "Staples Stapler", "Eldon File Cart", "HON Task Chair", "Bretford Conference Table", "GE Desk Lamp", "Fellowes Shredder", "Canon Laser Printer", "Samsung Monitor", "Apple Keyboard", "Cisco IP Phone", "Kingston USB Drive", "Post-it Notes", "BIC Ballpoint Pens", "Sharpie Markers", "Swingline Hole Punch", "Smead File Folders", "Newell Whiteboard"];
const EN_VARIANTS = ["Standard", "Deluxe, Black", "Pro", "Economy Pack", "Heavy Duty"];

// ---- samples -----------------------------------------------------------------------------------

const HEADER_1C = ["Дата", "Документ", "Контрагент", "Номенклатура", "Количество", "Сумма", "Валовая прибыль", "Менеджер"];
const RU_MANAGERS = ["Иванова Е.П.", "Петров С.А.", "Смирнова О.В.", "Кузнецов Д.И.", "Волкова Н.Н."];
const ROMASHKA = 'ООО "Ромашка"';
/** The same client as written by different operators: other case, doubled and trailing spaces. */
const ROMASHKA_VARIANTS = ['ооо "РОМАШКА"', 'ООО  "Ромашка" '];

function makeDistributor1c() {
  const rt = g.randomTools(20171130);
  const firstMonth = 2016 * 12 + 5; // Jun 2016
  const n = 18; // .. Nov 2017
  const lastDay = g.firstDayOfMonthIndex(firstMonth + n) - 1;
  const groups = [
    ["breadwinner", 1, 4500000, 5000000],
    ["steady", 15, 250000, 1300000],
    ["growing", 10, 150000, 600000],
    ["falling", 10, 200000, 900000],
    ["churned", 15, 150000, 800000],
    ["regular", 70, 30000, 250000],
    ["seasonal", 2, 650000, 800000], // large: the winter-goods one is key while missing September
    ["seasonal", 18, 100000, 500000],
    ["new", 4, 450000, 900000], // large from the start: prospective
    ["new", 8, 10000, 60000],
    ["sporadic", 147, 5000, 60000],
  ];
  const names = uniqueNames(['АО "ТехноСнаб"', ROMASHKA], 300, () => ruCompanyName(rt), ruCoreName);
  const clients = buildClients(rt, groups, n, names, 5);
  for (const c of clients) c.manager = rt.pick(RU_MANAGERS);
  const products = [];
  RU_GOODS.forEach((base) => {
    const unit = 40 + Math.round(860 * rt.next() ** 2);
    for (const [pack, count] of RU_PACKS) products.push({ name: `${base}, ${pack}`, priceCents: unit * count * 100 + rt.int(0, 99), margin: 0.08 + 0.22 * rt.next() });
  });
  let lines = simulateShipments(rt, { clients, products, firstMonth, n, docSize: 350000 * 100, maxDocs: 5 });

  // One small client whose only row in the window is a credit note: active with a negative average.
  const windowStart = g.firstDayOfMonthIndex(firstMonth + n - WINDOW_MONTHS);
  const sporadicIdx = clients.findIndex((c, ci) => c.pattern === "sporadic" && lines.some((l) => l.ci === ci) && !lines.some((l) => l.ci === ci && l.day >= windowStart - 20));
  const lastBefore = lines.filter((l) => l.ci === sporadicIdx).sort((a, b) => b.day - a.day)[0];
  const creditNote = { ...lastBefore, day: windowStart + 4, qty: -1, cents: -lastBefore.cents / lastBefore.qty, profitCents: -Math.round(lastBefore.profitCents / lastBefore.qty), isReturn: true };
  lines = [...lines, ...addReturns(rt, lines, 6, 0, lastDay), ...addReturns(rt, lines, 3, windowStart, lastDay), creditNote];
  lines.sort((a, b) => a.day - b.day || a.ci - b.ci || a.doc - b.doc || (a.isReturn ? 1 : 0) - (b.isReturn ? 1 : 0));

  // Document numbers in date order, as 1C numbers them; sales and credit notes have their own series.
  const docNo = new Map();
  const counters = { sale: 0, ret: 0 };
  const docLabel = (l) => {
    const id = `${l.isReturn ? "r" : "s"}|${l.ci}|${l.day}|${l.doc}`;
    if (!docNo.has(id)) docNo.set(id, ++counters[l.isReturn ? "ret" : "sale"]);
    const no = String(docNo.get(id)).padStart(8, "0");
    return `${l.isReturn ? "Возврат товаров от покупателя" : "Реализация товаров и услуг"} ${no} от ${g.dmyDate(l.day)} 12:00:00`;
  };

  let romashkaSeen = 0;
  const spell = (l) => {
    const name = clients[l.ci].name;
    if (name !== ROMASHKA || romashkaSeen++ < 3) return name;
    return rt.chance(0.3) ? rt.pick(ROMASHKA_VARIANTS) : name;
  };
  const rows = lines.map((l) => {
    const client = spell(l);
    return {
      cells: [g.dmyDate(l.day), docLabel(l), client, products[l.pi].name, String(l.qty), g.ruAmount(l.cents, { keepZeroKopecks: false }), g.ruAmount(l.profitCents, { keepZeroKopecks: false }), clients[l.ci].manager],
      rec: { client, day: l.day, cents: l.cents, profitCents: l.profitCents },
    };
  });

  // Junk an export really contains, at fixed places of the date-ordered body.
  // Each copies date, document, product and manager of the row it is put before.
  const junk = (at, skip, make) => {
    const i = Math.floor(rows.length * at);
    const [date, doc, , product, , , , manager] = rows[i].cells;
    rows.splice(i, 0, { cells: make({ date, doc, product, manager }), rec: { skip } });
  };
  junk(0.1, "blankClient", (r) => [r.date, r.doc, "", r.product, "3", g.ruAmount(1250000), g.ruAmount(180000), r.manager]);
  junk(0.55, "badDate", (r) => ["31.02.2017", "Реализация товаров и услуг 00009999 от 31.02.2017 12:00:00", names[40], r.product, "2", g.ruAmount(480000), g.ruAmount(60000), r.manager]);
  junk(0.7, "badAmount", (r) => [r.date, r.doc, names[41], r.product, "1", "н/д", "н/д", r.manager]);
  junk(0.93, "blankClient", (r) => [r.date, "", "", "", "", g.ruAmount(0), "", ""]);

  // 1C's closing line: "Итого" in the first column and the sums of every amount it printed.
  const totalOf = (col, parse) => rows.reduce((s, r) => s + (/^-?[\d\u00a0]+(,\d\d)?$/.test(r.cells[col]) ? parse(r.cells[col]) : 0), 0);
  const ruCents = (text) => Math.round(Number(text.replace(/\u00a0/g, "").replace(",", ".")) * 100);
  const qtyTotal = totalOf(4, Number);
  rows.push({ cells: ["Итого", "", "", "", String(qtyTotal), g.ruAmount(totalOf(5, ruCents)), g.ruAmount(totalOf(6, ruCents)), ""], rec: { skip: "totalsRow" } });

  const pad = (text) => [text, ...new Array(HEADER_1C.length - 1).fill("")];
  const top = [pad("Отчет по продажам"), pad(`Период: ${g.dmyDate(g.firstDayOfMonthIndex(firstMonth))} - ${g.dmyDate(lastDay)}`), pad("")];
  const text = [...top, HEADER_1C, ...rows.map((r) => r.cells)].map((cells) => g.csvLine(cells, ";")).join("\r\n") + "\r\n";
  const headerLine = top.length + 1;
  const records = rows.map((r, i) => ({ line: headerLine + 1 + i, ...r.rec }));
  return {
    file: "distributor-1c.csv",
    bytes: g.encodeCp1251(text),
    about: "1C:Enterprise sales report export (Russian distributor), Jun 2016 – Nov 2017",
    format: { encoding: "windows-1251", delimiter: ";", lineEnding: "CRLF", headerLine, dateOrder: "dmy" },
    columns: { client: "Контрагент", date: "Дата", amount: "Сумма", product: "Номенклатура", profit: "Валовая прибыль", quantity: "Количество", manager: "Менеджер" },
    today: "2017-12-15",
    records,
    products: products.length,
    notes: [
      `${ROMASHKA} is also written ${ROMASHKA_VARIANTS.map((v) => JSON.stringify(v)).join(" and ")}: one client, shown as ${ROMASHKA}.`,
      "Returns are negative quantities and amounts (documents \"Возврат товаров от покупателя\").",
      "The last line is 1C's \"Итого\" (in the Дата column): the sums of every amount printed above it, junk rows included.",
      "Amounts use a no-break space (byte A0) as thousands separator and a comma as decimal separator; whole sums have no kopecks (\"1 200\").",
    ],
  };
}

const EN_HEADER = ["Order Date", "Ship Date", "Customer", "Product", "Quantity", "Sales", "Profit", "Sales Rep"];
const EN_REPS = ["Anna Andreadi", "Chuck Magee", "Kelly Williams", "Cassandra Brandow", "Ginger Kaminski", "Raymond Buch"];

function makeSuperstoreStyle() {
  const rt = g.randomTools(20171231);
  const firstMonth = 2016 * 12; // Jan 2016
  const n = 24; // .. Dec 2017
  const groups = [
    ["breadwinner", 1, 60000, 70000],
    ["steady", 12, 4000, 20000],
    ["growing", 8, 2000, 9000],
    ["falling", 8, 3000, 12000],
    ["churned", 10, 2000, 10000],
    ["regular", 45, 500, 4000],
    ["seasonal", 14, 1500, 7000],
    ["new", 3, 7000, 15000],
    ["new", 6, 200, 1000],
    ["sporadic", 93, 100, 1500],
  ];
  const clients = buildClients(rt, groups, n, uniqueNames([], 200, () => enCustomerName(rt)), 0);
  for (const c of clients) c.manager = rt.pick(EN_REPS);
  const products = [];
  EN_GOODS.forEach((base) => {
    const price = 3 + Math.round(400 * rt.next() ** 2);
    for (const v of EN_VARIANTS) products.push({ name: `${base}, ${v}`, priceCents: price * 100 + rt.int(0, 99), margin: -0.15 + 0.5 * rt.next() });
  });
  const lines = simulateShipments(rt, { clients, products, firstMonth, n, docSize: 5000 * 100, maxDocs: 5 });
  const lastDay = g.firstDayOfMonthIndex(firstMonth + n) - 1;
  const all = [...lines, ...addReturns(rt, lines, 6, 0, lastDay)].sort((a, b) => a.day - b.day || a.ci - b.ci || a.doc - b.doc);
  // Shipment days are what the generator drew; orders were placed 0–6 days earlier.
  const rows = all.map((l) => ({
    cells: [g.mdyDate(l.day - rt.int(0, 6)), g.mdyDate(l.day), clients[l.ci].name, products[l.pi].name, String(l.qty), g.enAmount(l.cents), g.enAmount(l.profitCents), clients[l.ci].manager],
    rec: { client: clients[l.ci].name, day: l.day, cents: l.cents, profitCents: l.profitCents },
  }));
  const text = [EN_HEADER, ...rows.map((r) => r.cells)].map((cells) => g.csvLine(cells, ",")).join("\n") + "\n";
  return {
    file: "superstore-style-en.csv",
    bytes: Buffer.from(text, "utf8"),
    about: "English order export in the style of the Tableau Superstore sample, ship dates Jan 2016 – Dec 2017",
    format: { encoding: "utf-8", delimiter: ",", lineEnding: "LF", headerLine: 1, dateOrder: "mdy" },
    columns: { client: "Customer", date: "Ship Date", amount: "Sales", product: "Product", profit: "Profit", quantity: "Quantity", manager: "Sales Rep" },
    today: "2018-01-15",
    records: rows.map((r, i) => ({ line: 2 + i, ...r.rec })),
    products: products.length,
    notes: [
      "Two date columns: the report uses Ship Date (SPEC §2 prefers the shipment date); Order Date is 0–6 days earlier and may fall in the previous month.",
      "Dates are month-first without leading zeros (11/8/2016); amounts are 1,234.56 and quoted because they contain the delimiter.",
      "Returns are negative quantities and amounts. No junk rows: read = used.",
    ],
  };
}

// ---- output ------------------------------------------------------------------------------------

function describe(sample) {
  const facts = g.summarize(sample.records);
  const used = sample.records.filter((r) => !r.skip && !r.blank);
  return {
    file: sample.file,
    about: sample.about,
    ...sample.format,
    bytes: sample.bytes.length,
    columns: sample.columns,
    products: sample.products,
    rows: { read: facts.read, used: facts.used, skipped: facts.skipped, firstRows: facts.firstRows },
    total: facts.usedAmount,
    totalProfit: facts.usedProfit,
    clients: facts.clientCount,
    months: Object.keys(facts.months),
    ...headline(used, sample.today, true),
    notes: sample.notes,
  };
}

const fmtMoney = (v) => v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function readme(expected) {
  const out = [
    "# Sample exports",
    "",
    "Generated by `node scripts/make-samples.js` (deterministic; do not edit by hand). The figures below are",
    "computed by the generator from the shipments it generated, independently of the engine; the same figures",
    "are in `expected.json` for tests. Rules behind them: docs/data.md.",
    "",
  ];
  for (const e of expected) {
    const skipped = Object.entries(e.rows.skipped).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n} (line${n > 1 ? "s" : ""} ${e.rows.firstRows[k].join(", ")})`);
    out.push(
      `## ${e.file}`,
      "",
      `${e.about}.`,
      "",
      `- Format: ${e.encoding}, delimiter \`${e.delimiter}\`, ${e.lineEnding} line ends, header on line ${e.headerLine}, dates ${e.dateOrder}, ${e.bytes.toLocaleString("en-US")} bytes.`,
      `- Columns: ${Object.entries(e.columns).map(([f, h]) => `${f} = \`${h}\``).join(", ")}.`,
      `- ${e.clients} clients, ${e.products} products, months ${e.months[0]} – ${e.months[e.months.length - 1]}.`,
      `- Rows: read ${e.rows.read}, used ${e.rows.used}, skipped ${skipped.length ? skipped.join(", ") : "none"}.`,
      `- Amount total of used rows: ${fmtMoney(e.total)} (profit ${fmtMoney(e.totalProfit)}).`,
      ...e.notes.map((n) => `- ${n}`),
      "",
      `With \`--today ${e.today}\` (default month, 3 months, top 20):`,
      "",
      `- Report month **${e.reportMonth}**, window ${e.window.join(", ")}; previous window ${e.previousWindow.join(", ")}.`,
      `- Window: ${e.windowRows} rows, amount ${fmtMoney(e.windowAmount)}; **${e.activeClients} active clients** (${e.clientsWithPositiveAverage} with a positive average).`,
      `- Breadwinners (≥ 10% of window profit): ${e.breadwinners.join("; ") || "none"}.`,
      `- Prospective (first shipment in the window, key or near-key): ${e.prospective.join("; ") || "none"}.`,
      `- Falling key clients (trend ≤ −10%/month): ${e.fallingKey.join("; ") || "none"}; irregular key clients: ${e.irregularKey.join("; ") || "none"}.`,
      `- Near-key: ${e.nearKey.join("; ")}.`,
      "",
      `| rank | key client | ${e.window.join(" | ")} | average |`,
      `|---:|---|${e.window.map(() => "---:|").join("")}---:|`,
      ...e.key.map((k) => `| ${k.rank} | ${k.name} | ${k.monthly.map(fmtMoney).join(" | ")} | ${fmtMoney(k.average)} |`),
      "",
      `Lost clients (${e.lost.length} listed, by average of the 12 months before the window):`,
      "",
      "| lost client | average before |",
      "|---|---:|",
      ...e.lost.map((l) => `| ${l.name} | ${fmtMoney(l.averageBefore)} |`),
      "",
    );
  }
  return out.join("\n");
}

function main(argv) {
  const at = argv.indexOf("--out");
  const outDir = at >= 0 ? argv[at + 1] : path.join(__dirname, "..", "samples");
  fs.mkdirSync(outDir, { recursive: true });
  const samples = [makeDistributor1c(), makeSuperstoreStyle()];
  const expected = samples.map(describe);
  for (const s of samples) fs.writeFileSync(path.join(outDir, s.file), s.bytes);
  fs.writeFileSync(path.join(outDir, "expected.json"), JSON.stringify({ generatedBy: "scripts/make-samples.js", samples: expected }, null, 2) + "\n");
  fs.writeFileSync(path.join(outDir, "README.md"), readme(expected));
  for (const e of expected) process.stderr.write(`${e.file}: ${e.rows.read} rows read, ${e.clients} clients, ${e.bytes} bytes\n`);
}

if (require.main === module) main(process.argv.slice(2));
