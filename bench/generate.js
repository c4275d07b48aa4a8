#!/usr/bin/env node
"use strict";
// Benchmark input: `rows` shipment lines over the 24 months Jan 2022 – Dec 2023, 20,000 clients with
// long-tailed sizes (weight ∝ 1/i^1.1), some churned before the end and some new. Deterministic,
// streamed to disk. Two styles of the same shipments:
//  - plain (default): a machine export, UTF-8, `,`, ISO dates, 1234.56 amounts, short product codes;
//  - 1c: 1C's sales report, as samples/distributor-1c.csv: windows-1251, `;`, CRLF, a title block
//    above the header, dd.mm.yyyy dates, "1 234,56" amounts, quoted Cyrillic client names, long
//    product names and an "Итого" line (so 1,048,571 rows fill a sheet).
//   node bench/generate.js <rows> <out.csv> [--style 1c]        e.g. 10000, 100000, 1048575
// Report it with --today 2024-01-15 (report month 2023-12).

const fs = require("fs");
const path = require("path");
const g = require("../scripts/datagen");

const CLIENTS = 20000;
const PRODUCTS = 2000;
const FIRST_MONTH = 2022 * 12; // Jan 2022
const MONTHS = 24;
const TODAY = "2024-01-15";
const ZIPF_EXPONENT = 1.1;
const CHUNK_CHARS = 1 << 20;

const ADJ = ["Acme", "Apex", "Atlas", "Aurora", "Beacon", "Bluebird", "Cascade", "Cedar", "Cobalt", "Crescent", "Crown", "Delta", "Eagle", "Echo", "Evergreen", "Falcon", "Frontier", "Galaxy", "Granite", "Harbor", "Horizon", "Ironwood", "Juniper", "Keystone", "Lakeside", "Liberty", "Maple", "Meridian", "Northwind", "Oakridge", "Pacific", "Pinnacle", "Prairie", "Quantum", "Redwood", "Riverside", "Sierra", "Summit", "Sunrise", "Vertex"];
const NOUN = ["Trading", "Supply", "Foods", "Logistics", "Retail", "Systems", "Outfitters", "Distribution", "Holdings", "Stationers", "Works", "Markets", "Pharma", "Electric", "Motors", "Textiles", "Hardware", "Builders", "Farms", "Beverages", "Labs", "Media", "Office", "Partners", "Brands", "Wholesale", "Imports", "Goods", "Health", "Energy", "Tools", "Paper", "Packaging", "Services", "Ventures"];
const SUFFIX = ["LLC", "Inc.", "Co.", "Ltd", "Group", "Corp.", "GmbH", "S.A.", "PLC", "AG", "BV", "Pty Ltd", "Oy", "AB", "SRL"];

const RU_ROOT = ["Альфа", "Альянс", "Атлант", "Базис", "Берёза", "Вектор", "Весна", "Волга", "Восток", "Гарант", "Гранит", "Дельта", "Заря", "Импульс", "Исток", "Капитал", "Кедр", "Континент", "Лидер", "Магистраль", "Меридиан", "Нева", "Олимп", "Омега", "Орион", "Партнёр", "Перспектива", "Полюс", "Прогресс", "Рассвет", "Регион", "Ресурс", "Сибирь", "Союз", "Спектр", "Стандарт", "Урал", "Фаворит", "Горизонт", "Эталон"];
const RU_PART = ["Трейд", "Снаб", "Строй", "Торг", "Логистик", "Пром", "Инвест", "Сервис", "Холдинг", "Групп", "Маркет", "Продукт", "Опт", "Техно", "Комплект", "Агро", "Фарм", "Энерго", "Транс", "Мед", "Стиль", "Дом", "Плюс", "Центр", "Лайн", "Систем", "Экспорт", "Импорт", "Индустрия", "Поставка", "Склад", "Мир", "Профи", "Юг", "Норд"];
const RU_FORM = ["ООО", "АО", "ЗАО", "ПАО", "ОАО", "НАО", "ТД", "ГК", "ПК", "НПО", "МУП", "ГУП", "СПК", "ЧУП", "ТОО"];
const RU_KIND = ["Кабель силовой ВВГнг-LS", "Автоматический выключатель", "Розетка накладная с заземлением", "Светильник светодиодный офисный", "Труба гофрированная ПВХ", "Щит распределительный навесной", "Лампа светодиодная груша", "Провод монтажный ПуГВ", "Удлинитель силовой на катушке", "Клеммная колодка винтовая"];
const RU_PACK = ["упаковка 10 шт.", "бухта 100 м", "коробка 20 шт.", "поштучно", "комплект"];

/** How each style writes names, dates, amounts and lines, and the text around the rows. */
const STYLES = {
  plain: {
    clients: () => ADJ.flatMap((a) => NOUN.flatMap((n) => SUFFIX.map((s) => `${a} ${n} ${s}`))),
    product: (p) => `SKU-${String(p + 1).padStart(5, "0")}`,
    head: "Date,Client,Product,Amount,Profit,Quantity\n",
    date: g.isoDate,
    amount: g.plainAmount,
    line: (cells) => `${cells.join(",")}\n`,
    foot: () => "",
    encode: (text) => text,
  },
  "1c": {
    clients: () => RU_FORM.flatMap((f) => RU_ROOT.flatMap((r) => RU_PART.map((p) => `${f} "${r}-${p}"`))),
    product: (p) => `${RU_KIND[p % RU_KIND.length]} арт. ${String(p + 1).padStart(5, "0")}, ${RU_PACK[p % RU_PACK.length]}`,
    head: "Продажи по контрагентам;;;;;\r\nПериод: 01.01.2022 - 31.12.2023;;;;;\r\n;;;;;\r\nДата;Контрагент;Номенклатура;Сумма;Валовая прибыль;Количество\r\n",
    date: g.dmyDate,
    amount: (cents) => g.ruAmount(cents),
    line: (cells) => `${g.csvLine(cells, ";")}\r\n`,
    foot: (totalCents, profitCents, quantity) => `Итого;;;${g.ruAmount(totalCents)};${g.ruAmount(profitCents)};${quantity}\r\n`,
    encode: g.encodeCp1251,
  },
};

/** 20,000 distinct company names, in a fixed shuffled order (client 0 is the largest). */
function clientNames(rt, style) {
  const all = style.clients();
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rt.next() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, CLIENTS);
}

/** Cumulative weights per month over the clients active in it: most ship throughout, 8% stop, 8% start late. */
function monthlyClientTables(rt) {
  const from = new Int32Array(CLIENTS);
  const to = new Int32Array(CLIENTS).fill(MONTHS - 1);
  for (let c = 0; c < CLIENTS; c++) {
    const r = rt.next();
    if (r < 0.08) to[c] = rt.int(3, MONTHS - 4);
    else if (r < 0.16) from[c] = rt.int(MONTHS - 12, MONTHS - 1);
  }
  return Array.from({ length: MONTHS }, (_, m) => {
    const cum = new Float64Array(CLIENTS);
    let s = 0;
    for (let c = 0; c < CLIENTS; c++) {
      if (m >= from[c] && m <= to[c]) s += 1 / (c + 1) ** ZIPF_EXPONENT;
      cum[c] = s;
    }
    return cum;
  });
}

/** Index of the first cumulative weight above a uniform draw. */
function drawIndex(cum, u) {
  const r = u * cum[cum.length - 1];
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] <= r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Writes the export and returns what a report of it should see. */
function generate(rows, file, styleName = "plain") {
  const style = STYLES[styleName];
  const rt = g.randomTools(20240115);
  const names = clientNames(rt, style);
  const clientTables = monthlyClientTables(rt);
  const productCum = new Float64Array(PRODUCTS);
  const price = new Int32Array(PRODUCTS);
  const margin = new Float64Array(PRODUCTS);
  for (let p = 0, s = 0; p < PRODUCTS; p++) {
    productCum[p] = s += 1 / (p + 1);
    price[p] = 100 + Math.floor(49900 * rt.next() ** 3);
    margin[p] = -0.05 + 0.4 * rt.next();
  }
  const productNames = Array.from({ length: PRODUCTS }, (_, p) => style.product(p));
  const firstDay = g.firstDayOfMonthIndex(FIRST_MONTH);
  const days = g.firstDayOfMonthIndex(FIRST_MONTH + MONTHS) - firstDay;
  const dayText = Array.from({ length: days }, (_, d) => style.date(firstDay + d));
  const dayMonth = Array.from({ length: days }, (_, d) => g.monthIndexOfDay(firstDay + d) - FIRST_MONTH);

  const fd = fs.openSync(file, "w");
  let chunk = style.head;
  const seen = new Uint8Array(CLIENTS);
  let totalCents = 0;
  let profitCents = 0;
  let quantity = 0;
  for (let i = 0; i < rows; i++) {
    const d = Math.floor((i * days) / rows); // date-sorted, as exports are
    const c = drawIndex(clientTables[dayMonth[d]], rt.next());
    const p = drawIndex(productCum, rt.next());
    const qty = 1 + Math.floor(rt.next() * 20);
    const cents = qty * price[p];
    const profit = Math.round(cents * margin[p]);
    seen[c] = 1;
    totalCents += cents;
    profitCents += profit;
    quantity += qty;
    chunk += style.line([dayText[d], names[c], productNames[p], style.amount(cents), style.amount(profit), qty]);
    if (chunk.length > CHUNK_CHARS) {
      fs.writeSync(fd, style.encode(chunk));
      chunk = "";
    }
  }
  fs.writeSync(fd, style.encode(chunk + style.foot(totalCents, profitCents, quantity)));
  fs.closeSync(fd);
  return {
    file,
    rows,
    clients: seen.reduce((s, v) => s + v, 0),
    total: g.centsToNumber(totalCents),
    months: [g.monthKey(FIRST_MONTH), g.monthKey(FIRST_MONTH + MONTHS - 1)],
    today: TODAY,
    reportMonth: g.monthKey(FIRST_MONTH + MONTHS - 1),
  };
}

function main(argv) {
  const rows = Number(argv[0]);
  const file = argv[1];
  const style = argv[2] === "--style" ? argv[3] : "plain";
  if (!Number.isInteger(rows) || rows < 1 || !file || !(style in STYLES)) {
    process.stderr.write("usage: node bench/generate.js <rows> <out.csv> [--style 1c]\n");
    process.exitCode = 2;
    return;
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const t0 = Date.now();
  const facts = generate(rows, file, style);
  process.stderr.write(`${file}: ${rows} rows, ${facts.clients} clients, total ${facts.total.toFixed(2)}, ${Date.now() - t0} ms (report with --today ${TODAY})\n`);
}

module.exports = { generate, TODAY };

if (require.main === module) main(process.argv.slice(2));
