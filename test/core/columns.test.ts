import {
  HEADER_SYNONYMS, autoMapColumns, fieldOfHeader, findHeaderRow, findPartialHeaderRow, headerTexts, normalizeHeader, resolveColumns,
} from "../../src/core/columns";
import type { CellValue, Field } from "../../src/core/types";
import { FIELDS } from "../../src/core/types";
import { thrown } from "../helpers/thrown";

const SUPERSTORE = [
  "Row ID", "Order ID", "Order Date", "Ship Date", "Ship Mode", "Customer ID", "Customer Name", "Segment", "Country",
  "City", "State", "Postal Code", "Region", "Product ID", "Category", "Sub-Category", "Product Name", "Sales",
  "Quantity", "Discount", "Profit",
];


describe("normalizeHeader", () => {
  test("case, spaces and punctuation do not matter", () => {
    const forms = ["Customer_Name", "customer name", "CUSTOMER-NAME", " Customer  Name ", "Customer.Name", "customer\u00a0name"];
    expect(new Set(forms.map(normalizeHeader))).toEqual(new Set(["customername"]));
    expect(normalizeHeader("Кол-во")).toBe("колво");
    expect(normalizeHeader("Дата отгрузки")).toBe(normalizeHeader("ДАТА_ОТГРУЗКИ"));
    expect(normalizeHeader("Партнёр")).toBe("партнер");
    expect(normalizeHeader(2017)).toBe("2017");
    expect(normalizeHeader(null)).toBe("");
  });
});

describe("fieldOfHeader", () => {
  test("every synonym names its own field, in any spelling", () => {
    for (const field of FIELDS) {
      for (const synonym of HEADER_SYNONYMS[field]) {
        expect([synonym, fieldOfHeader(synonym)]).toEqual([synonym, field]);
        expect([synonym, fieldOfHeader(`  ${synonym.toUpperCase().replace(/ /g, "_")} `)]).toEqual([synonym, field]);
      }
    }
  });

  test.each<[string, Field]>([
    ["Client", "client"], ["Customer", "client"], ["Customer Name", "client"], ["Контрагент", "client"],
    ["Клиент", "client"], ["Покупатель", "client"], ["Клиент/Контрагент", "client"], ["Pelanggan", "client"],
    ["Nama Pelanggan", "client"], ["Klient", "client"],
    ["Date", "date"], ["Order Date", "date"], ["Ship Date", "date"], ["Дата", "date"], ["Дата отгрузки", "date"],
    ["Период", "date"], ["Tanggal", "date"], ["Дата документа", "date"],
    ["Amount", "amount"], ["Sales", "amount"], ["Revenue", "amount"], ["Sum", "amount"], ["Сумма", "amount"],
    ["Выручка", "amount"], ["Сумма продаж", "amount"], ["Сума", "amount"], ["Jumlah", "amount"],
    ["Сумма с НДС", "amount"], ["Сумма без НДС", "amount"], ["Продажби", "amount"],
    ["Product", "product"], ["SKU", "product"], ["Item", "product"], ["Номенклатура", "product"], ["Товар", "product"],
    ["Продукт", "product"], ["Produk", "product"], ["Product Name", "product"],
    ["Profit", "profit"], ["Margin", "profit"], ["Gross profit", "profit"], ["Прибыль", "profit"],
    ["Валовая прибыль", "profit"], ["Печалба", "profit"], ["Laba", "profit"],
    ["Quantity", "quantity"], ["Qty", "quantity"], ["Количество", "quantity"], ["Кол-во", "quantity"], ["Kuantitas", "quantity"],
    ["Manager", "manager"], ["Sales rep", "manager"], ["Менеджер", "manager"], ["Ответственный", "manager"], ["Мениджър", "manager"],
    // units and currencies after the name
    ["Sales (USD)", "amount"], ["Сумма, руб.", "amount"], ["Сумма, тыс. руб.", "amount"], ["Кол-во, шт", "quantity"],
    ["Jumlah (Rp)", "amount"], ["Сума, лв.", "amount"],
  ])("%s → %s", (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  test.each(["Customer ID", "Product ID", "Order ID", "Row ID", "Client code", "Sales Channel", "Дата рождения", "", "USD", "Ship Mode"])(
    "%p names no field (whole-name match only)",
    (header) => expect(fieldOfHeader(header)).toBeNull(),
  );
});

describe("autoMapColumns", () => {
  test("Superstore: Customer Name, Ship Date over Order Date, Sales, Product Name, Profit, Quantity", () => {
    expect(autoMapColumns(SUPERSTORE)).toEqual({ client: 6, date: 3, amount: 17, product: 16, profit: 20, quantity: 18 });
  });

  test("1C export: the shipment date wins even when it is to the right", () => {
    const headers = ["№", "Дата", "Документ", "Контрагент", "Номенклатура", "Количество", "Сумма", "Дата отгрузки", "Менеджер"];
    expect(autoMapColumns(headers)).toEqual({ date: 7, client: 3, product: 4, quantity: 5, amount: 6, manager: 8 });
  });

  test("otherwise the leftmost column of a field wins", () => {
    expect(autoMapColumns(["Invoice Date", "Order Date", "Client", "Customer", "Сумма с НДС", "Сумма без НДС"])).toEqual({
      date: 0, client: 2, amount: 4,
    });
  });

  test("Bulgarian and Indonesian exports", () => {
    expect(autoMapColumns(["Дата", "Клиент", "Стока", "Количество", "Сума", "Печалба", "Мениджър"])).toEqual({
      date: 0, client: 1, product: 2, quantity: 3, amount: 4, profit: 5, manager: 6,
    });
    expect(autoMapColumns(["Tanggal", "Tanggal Kirim", "Nama Pelanggan", "Nama Produk", "Kuantitas", "Jumlah", "Laba"])).toEqual({
      date: 1, client: 2, product: 3, quantity: 4, amount: 5, profit: 6,
    });
  });

  test("blank and non-text header cells are ignored", () => {
    expect(autoMapColumns([null, "Client", 2017, undefined, "Date", "", "Amount"])).toEqual({ client: 1, date: 4, amount: 6 });
  });
});

describe("findHeaderRow", () => {
  const title: CellValue[][] = [["Отчет по продажам"], ["Период: 01.09.2017 - 30.11.2017"], [], [null, null]];
  test("below title rows", () => {
    expect(findHeaderRow([...title, ["Дата", "Документ", "Контрагент", "Сумма"], ["01.09.2017", "x", "y", 1]])).toBe(4);
  });
  test("a row must name client, date and amount", () => {
    expect(findHeaderRow([["Client", "Date"], ["Client", "Amount"], ["Client", "Date", "Amount"]])).toBe(2);
    expect(findHeaderRow([["Client", "Date"], ["a", "b"]])).toBe(-1);
    expect(findHeaderRow([])).toBe(-1);
  });
  test("only the first maxScan rows are searched", () => {
    const cells: CellValue[][] = [...Array.from({ length: 50 }, () => ["title"]), ["Client", "Date", "Amount"]];
    expect(findHeaderRow(cells)).toBe(-1);
    expect(findHeaderRow(cells, 51)).toBe(50);
  });
});

describe("findPartialHeaderRow", () => {
  test("the first row naming the most of client, date and amount", () => {
    expect(findPartialHeaderRow([["Report"], ["Client"], ["Customer", "Date", "Net"], ["Client", "Ship date", "x"]])).toBe(2);
  });
  test("a row naming none of them: -1", () => {
    expect(findPartialHeaderRow([["Firma", "Wert"], ["A", 1]])).toBe(-1);
    expect(findPartialHeaderRow([])).toBe(-1);
  });
});

describe("resolveColumns", () => {
  test("user choices by index and by header name, on top of the automatic mapping", () => {
    expect(resolveColumns(SUPERSTORE, { date: "order date", amount: 20 })).toEqual({
      client: 6, date: 2, amount: 20, product: 16, quantity: 18,
    });
    expect(resolveColumns(SUPERSTORE, { client: "CUSTOMER_ID" })).toMatchObject({ client: 5, date: 3, amount: 17 });
    expect(resolveColumns(["Name", "When", "How much"], { client: "Name", date: 1, amount: "How much" })).toEqual({
      client: 0, date: 1, amount: 2,
    });
  });

  test("a blank choice is no choice for a required field, and leaves an optional field out", () => {
    expect(resolveColumns(SUPERSTORE, { amount: "", product: undefined })).toEqual(autoMapColumns(SUPERSTORE));
    const withoutProfit = autoMapColumns(SUPERSTORE);
    delete withoutProfit.profit;
    expect(resolveColumns(SUPERSTORE, { profit: "" })).toEqual(withoutProfit);
  });

  test("a column that is not there is a badOption naming the columns found", () => {
    const e = thrown(() => resolveColumns(["Client", "Date", "Amount"], { amount: "Revenue" }));
    expect(e.code).toBe("badOption");
    expect(e.message).toBe('The column "Revenue" chosen for amount is not in the table. Columns found: "Client", "Date", "Amount".');
    expect(thrown(() => resolveColumns(["Client", "Date", "Amount"], { amount: 3 })).code).toBe("badOption");
    expect(thrown(() => resolveColumns(["Client", "Date", "Amount"], { amount: -1 })).code).toBe("badOption");
    expect(thrown(() => resolveColumns(["Client", "Date", "Amount"], { amount: 1.5 })).code).toBe("badOption");
  });

  test("one column chosen for two fields is a badOption", () => {
    const e = thrown(() => resolveColumns(["Client", "Date", "Amount"], { amount: 2, profit: "amount" }));
    expect(e.code).toBe("badOption");
    expect(e.message).toBe('The column "Amount" is chosen both for amount and for profit.');
  });

  test("missing client, date or amount is missingColumn naming them and listing the headers", () => {
    const e = thrown(() => resolveColumns(["Customer ID", "Order Date", "Qty", null]));
    expect(e.code).toBe("missingColumn");
    expect(e.message).toBe(
      'No column for client, amount was found. Columns in the table: "Customer ID", "Order Date", "Qty". Choose the column for client, amount yourself.',
    );
  });

  test("headerTexts keeps positions and shows blank headers as empty text", () => {
    expect(headerTexts([" Client ", null, 2017])).toEqual(["Client", "", "2017"]);
  });
});
