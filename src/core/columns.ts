// Which column holds what (SPEC §2): header synonyms in English, Russian, Bulgarian and Indonesian,
// header-row detection below title rows, and the user's own choices on top of the automatic ones.

import { KeyClientError } from "./errors";
import type { CellValue, ColumnMap, Field } from "./types";
import { FIELDS, REQUIRED_FIELDS } from "./types";
import { normalizeClientName } from "./values";

/**
 * Header texts per field. They match whole headers after normalizeHeader, so "Customer ID" is not
 * "Customer". A header may also carry a unit or currency: "Sales (USD)", "Сумма, руб.", "Количество, шт".
 */
export const HEADER_SYNONYMS: Record<Field, string[]> = {
  client: [
    "Client", "Customer", "Customer Name", "Client Name", "Buyer", "Account Name", "Sold-to", "Sold-to party",
    "Sold-to name", "Counterparty", "Business partner", "Customer/Client",
    "Контрагент", "Клиент", "Покупатель", "Клиент/Контрагент", "Контрагент/Клиент", "Наименование контрагента",
    "Наименование клиента", "Наименование покупателя", "Заказчик", "Партнер", "Контрагент.Наименование",
    "Купувач", "Име на клиента", "Клиенти", "Klient",
    "Pelanggan", "Nama Pelanggan", "Klien", "Nama Klien", "Pembeli", "Nama Pembeli", "Konsumen",
  ],
  date: [
    "Date", "Order Date", "Ship Date", "Shipping Date", "Shipment Date", "Delivery Date", "Invoice Date",
    "Document Date", "Posting Date", "Billing Date", "Sale Date", "Sales Date", "Transaction Date", "Period",
    "Дата", "Дата отгрузки", "Период", "Дата документа", "Дата реализации", "Дата продажи", "Дата заказа",
    "Дата счета", "Дата накладной", "Дата поставки", "Дата доставки", "Дата отгрузки товара",
    "Дата на фактура", "Дата на продажба", "Дата на доставка", "Дата на експедиция", "Дата на документ",
    "Tanggal", "Tanggal Kirim", "Tanggal Pengiriman", "Tanggal Faktur", "Tanggal Penjualan", "Tanggal Pesanan",
    "Tanggal Transaksi", "Periode",
  ],
  amount: [
    "Amount", "Sales", "Revenue", "Sum", "Net sales", "Sales amount", "Sales value", "Turnover", "Net amount",
    "Invoice amount", "Line total", "Total amount", "Total sales", "Gross sales", "Value",
    "Сумма", "Выручка", "Сумма продаж", "Сумма с НДС", "Сумма без НДС", "Сумма реализации", "Сумма документа",
    "Стоимость", "Продажи", "Оборот", "Выручка с НДС", "Выручка без НДС", "Сумма отгрузки",
    "Сума", "Стойност", "Продажби", "Сума с ДДС", "Сума без ДДС", "Оборот с ДДС", "Приходи",
    "Jumlah", "Penjualan", "Total Penjualan", "Jumlah Penjualan", "Nilai", "Nilai Penjualan", "Pendapatan", "Omzet",
    "Nominal",
  ],
  product: [
    "Product", "Product Name", "SKU", "Item", "Item Name", "Item Description", "Article", "Material", "Goods",
    "Номенклатура", "Товар", "Продукт", "Наименование товара", "Продукция", "Артикул", "Номенклатура.Наименование",
    "Стока", "Продукт/Услуга", "Наименование на стоката",
    "Produk", "Nama Produk", "Barang", "Nama Barang",
  ],
  profit: [
    "Profit", "Margin", "Gross profit", "Gross margin", "Profit amount",
    "Прибыль", "Валовая прибыль", "Маржа", "Маржинальная прибыль",
    "Печалба", "Брутна печалба", "Марж",
    "Laba", "Laba Kotor", "Keuntungan",
  ],
  quantity: [
    "Quantity", "Qty", "Units", "Количество", "Кол-во", "Кол.", "Брой", "Kuantitas", "Jumlah Barang", "Kts",
  ],
  manager: [
    "Manager", "Sales rep", "Sales representative", "Salesperson", "Account manager", "Sales manager",
    "Responsible", "Менеджер", "Ответственный", "Торговый представитель", "Менеджер по продажам",
    "Мениджър", "Търговски представител", "Отговорник", "Manajer", "Tenaga Penjual", "Wiraniaga",
  ],
};

/** Date headers that name the shipment date, preferred over order or invoice dates. */
const SHIPMENT_DATE_HEADERS = [
  "Ship Date", "Shipping Date", "Shipment Date", "Delivery Date",
  "Дата отгрузки", "Дата реализации", "Дата поставки", "Дата доставки", "Дата отгрузки товара",
  "Дата на доставка", "Дата на експедиция", "Tanggal Kirim", "Tanggal Pengiriman",
];

/** Units and currencies a header may end with: "Sales (USD)", "Сумма, руб.", "Кол-во, шт". */
const HEADER_UNITS = new Set([
  "usd", "eur", "rub", "rur", "руб", "р", "рублей", "тыс", "idr", "rp", "bgn", "лв", "лева", "шт", "pcs", "ед",
]);

/**
 * Case-, space- and punctuation-insensitive form of a header: "Customer_Name", "customer name" and
 * "CUSTOMER-NAME" all become "customername"; ё is read as е.
 */
export function normalizeHeader(s: unknown): string {
  return normalizeClientName(s).toLowerCase().replace(/ё/g, "е").replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Words of a header without trailing units ("Сумма, руб." → ["сумма"]). */
function headerWords(s: unknown): string[] {
  const words = normalizeClientName(s).toLowerCase().replace(/ё/g, "е").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  while (words.length > 1 && HEADER_UNITS.has(words[words.length - 1])) words.pop();
  return words;
}

const FIELD_OF_HEADER: ReadonlyMap<string, Field> = (() => {
  const map = new Map<string, Field>();
  for (const field of FIELDS) {
    for (const synonym of HEADER_SYNONYMS[field]) {
      const key = normalizeHeader(synonym);
      const taken = map.get(key);
      if (taken !== undefined && taken !== field) throw new Error(`Header synonym "${synonym}" names both ${taken} and ${field}`);
      map.set(key, field);
    }
  }
  return map;
})();

const SHIPMENT_DATES = new Set(SHIPMENT_DATE_HEADERS.map(normalizeHeader));

/** The field a header names, or null. */
export function fieldOfHeader(header: CellValue): Field | null {
  const whole = normalizeHeader(header);
  if (whole === "") return null;
  return FIELD_OF_HEADER.get(whole) ?? FIELD_OF_HEADER.get(headerWords(header).join("")) ?? null;
}

function isShipmentDate(header: CellValue): boolean {
  return SHIPMENT_DATES.has(normalizeHeader(header)) || SHIPMENT_DATES.has(headerWords(header).join(""));
}

/**
 * Fields found by header name. When several columns name one field, the leftmost wins, except
 * for the date, where a shipment date ("Ship Date", "Дата отгрузки") wins over other dates.
 */
export function autoMapColumns(headers: CellValue[]): ColumnMap {
  const map: ColumnMap = {};
  for (let index = 0; index < headers.length; index++) {
    const field = fieldOfHeader(headers[index]);
    if (field === null) continue;
    const current = map[field];
    if (current === undefined) map[field] = index;
    else if (field === "date" && !isShipmentDate(headers[current]) && isShipmentDate(headers[index])) map[field] = index;
  }
  return map;
}

/** Index of the first of the first `maxScan` rows that names at least client, date and amount; -1 if none. */
export function findHeaderRow(cells: CellValue[][], maxScan = 50): number {
  const rows = Math.min(cells.length, maxScan);
  for (let r = 0; r < rows; r++) {
    const map = autoMapColumns(cells[r] ?? []);
    if (REQUIRED_FIELDS.every((field) => map[field] !== undefined)) return r;
  }
  return -1;
}

/**
 * The row to offer as the header when findHeaderRow finds none: the first of the first `maxScan`
 * rows naming the most of client, date and amount, so that the user maps only what is missing;
 * -1 when no row names any of them.
 */
export function findPartialHeaderRow(cells: CellValue[][], maxScan = 50): number {
  let best = -1;
  let bestCount = 0;
  for (let r = 0; r < Math.min(cells.length, maxScan); r++) {
    const map = autoMapColumns(cells[r] ?? []);
    const count = REQUIRED_FIELDS.filter((field) => map[field] !== undefined).length;
    if (count > bestCount) [best, bestCount] = [r, count];
  }
  return best;
}

/**
 * A column chosen by the user: its 0-based index, or its header text (matched like headers are).
 * For an optional field, "" means "no column", even where one would be found by its header.
 */
export type ColumnChoice = number | string;
export type ColumnOverrides = Partial<Record<Field, ColumnChoice>>;

/** Header texts as the user sees them ("" for a blank header cell). */
export function headerTexts(headers: CellValue[]): string[] {
  return Array.from(headers, (h) => normalizeClientName(h));
}

const quoteList = (texts: string[]) => texts.map((t) => `"${t}"`).join(", ");

/** A choice that could not be applied: it names no column, or a column already chosen for another field. */
export type ColumnProblem =
  | { kind: "notFound"; field: Field; choice: ColumnChoice }
  | { kind: "sameColumn"; index: number; fields: [Field, Field] };

export interface ColumnMapping {
  /** The column per field, as the report uses it. */
  columns: ColumnMap;
  /** Per field, the column it gets without a choice of its own: the one found by its header, unless chosen for another field. */
  automatic: ColumnMap;
  /** Choices that could not be applied, in field order; the automatic column stands in for them. */
  problems: ColumnProblem[];
  /** Client, date or amount left without a column. */
  missing: Field[];
}

/**
 * The user's choices (by index or header name) on top of the automatic mapping (`auto`, by default
 * found from the headers), with every problem reported instead of thrown: what the pane shows while
 * the user picks. A column chosen for one field is no longer auto-mapped to another.
 */
export function mapColumns(headers: CellValue[], overrides: ColumnOverrides = {}, auto: ColumnMap = autoMapColumns(headers)): ColumnMapping {
  const texts = headerTexts(headers);
  const chosen: ColumnMap = {};
  const chosenBy = new Map<number, Field>();
  const switchedOff = new Set<Field>();
  const problems: ColumnProblem[] = [];
  for (const field of FIELDS) {
    const choice = overrides[field];
    if (choice === "" && !REQUIRED_FIELDS.includes(field)) switchedOff.add(field);
    if (choice === undefined || choice === null || choice === "") continue;
    const index = columnOfChoice(texts, choice);
    if (index < 0) {
      problems.push({ kind: "notFound", field, choice });
      continue;
    }
    const other = chosenBy.get(index);
    if (other !== undefined) {
      problems.push({ kind: "sameColumn", index, fields: [other, field] });
      continue;
    }
    chosenBy.set(index, field);
    chosen[field] = index;
  }
  const columns: ColumnMap = {};
  const automatic: ColumnMap = {};
  for (const field of FIELDS) {
    const a = auto[field];
    if (a !== undefined && (!chosenBy.has(a) || chosenBy.get(a) === field)) automatic[field] = a;
    const index = switchedOff.has(field) ? undefined : (chosen[field] ?? automatic[field]);
    if (index !== undefined) columns[field] = index;
  }
  return { columns, automatic, problems, missing: REQUIRED_FIELDS.filter((field) => columns[field] === undefined) };
}

/**
 * The columns to use (mapColumns). Throws KeyClientError `badOption` for the first choice that names
 * no column of the table or a column chosen for another field, and `missingColumn` when client, date
 * or amount has no column.
 */
export function resolveColumns(headers: CellValue[], overrides: ColumnOverrides = {}): ColumnMap {
  const texts = headerTexts(headers);
  const { columns, problems, missing } = mapColumns(headers, overrides);
  const problem = problems[0];
  if (problem?.kind === "notFound") {
    const { choice, field } = problem;
    throw new KeyClientError(
      "badOption",
      `The column ${typeof choice === "number" ? `number ${choice + 1}` : `"${choice}"`} chosen for ${field} is not in the table. Columns found: ${quoteList(texts)}.`,
    );
  }
  if (problem?.kind === "sameColumn") {
    throw new KeyClientError("badOption", `The column "${texts[problem.index]}" is chosen both for ${problem.fields[0]} and for ${problem.fields[1]}.`);
  }
  if (missing.length > 0) {
    throw new KeyClientError(
      "missingColumn",
      `No column for ${missing.join(", ")} was found. Columns in the table: ${quoteList(texts.filter(Boolean))}. Choose the column for ${missing.join(", ")} yourself.`,
    );
  }
  return columns;
}

function columnOfChoice(texts: string[], choice: ColumnChoice): number {
  if (typeof choice === "number") return Number.isInteger(choice) && choice >= 0 && choice < texts.length ? choice : -1;
  const wanted = normalizeHeader(choice);
  const exact = texts.indexOf(choice.trim());
  return exact >= 0 ? exact : texts.findIndex((t) => t !== "" && normalizeHeader(t) === wanted);
}
