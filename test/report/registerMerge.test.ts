// SPEC §13's merge, pure: the old register's rows and a build in, the register's rows out.

import { ingestCells } from "../../src/core/ingest";
import { buildReport } from "../../src/core/report";
import { registerBasis } from "../../src/core/registerFacts";
import { REGISTER_COLUMNS, registerLabels } from "../../src/core/registerLabels";
import type { CellValue } from "../../src/core/types";
import { mergeRegister, type OldRegister } from "../../src/report/registerMerge";
import { excelDateSerial } from "../../src/report/a1";

// December 2017 (Oct–Dec), top 2 key, 1 near-key: Big (new key), Mid (key, as in Sep–Nov), both breadwinners (≥ 10%);
// Small (near-key, first shipment in the window: prospective); Gone is lost.
const model = buildReport(
  ingestCells([
    ["Client", "Date", "Amount", "Manager"],
    ["Big", "2017-12-01", 900, "Petrov"],
    ["Mid", "2017-11-01", 300, "Ivanova"],
    ["Small", "2017-10-01", 30, "Ivanova"],
    ["Gone", "2017-05-01", 120, "Sidorov"],
  ], { today: "2018-01-10" }),
  { month: "2017-12", today: "2018-01-10", rule: { kind: "top", n: 2 }, nearKeyCount: 1, history: 1 },
);
const basis = registerBasis(model);
const EN = registerLabels("en");
const RU = registerLabels("ru");
const text = (c: CellValue | undefined) => (c === null || c === undefined ? "" : String(c).trim());
const old = (headers: string[] | null, rows: CellValue[][]): OldRegister<CellValue> => ({ headers, rows, text });
const blankRow = (cells: Partial<Record<(typeof REGISTER_COLUMNS)[number], CellValue>>) => REGISTER_COLUMNS.map((c) => cells[c] ?? "");

test("a fresh register: key and near-key clients in rank order, roles suggested, headers in the report's language", () => {
  const merged = mergeRegister(null, basis, "ru");
  if (!merged.ok) throw new Error("refused");
  const { update } = merged;
  expect(update.headers).toEqual(REGISTER_COLUMNS.map((c) => RU.columns[c]));
  const col = update.columnOf;
  expect(update.rows.map((r) => [r[col.client], r[col.status], r[col.clientRole], r[col.manager], r[col.rank]])).toEqual([
    ["Big", "новый ключевой", "кормилец", "Petrov", 1],
    ["Mid", "ключевой", "кормилец", "Ivanova", 2],
    ["Small", "близкий к ключевым", "перспективный", "Ivanova", 3],
  ]);
  expect(update.existing).toBe(0);
  expect(update.relationshipChoices).toEqual(["структурные", "бренд", "репутация", "личные", "информация и контроль", "ценность", "нулевой выбор"]);
});

test("an old register: matched by client key whatever the case and spacing, the manager's cells kept, a chosen role never replaced", () => {
  const merged = mergeRegister(old(REGISTER_COLUMNS.map((c) => EN.columns[c]), [
    blankRow({ client: "  small ", relationship: "brand", clientRole: "expert", notes: "Calls on Fridays", rank: 99 }),
    blankRow({ client: "Gone", manager: "Old boss", lastShipment: 42000, rank: 7, relationship: "value" }),
    blankRow({ client: "Forgotten Ltd", manager: "Kept", lastShipment: 41000, rank: 3, keyNow: "Yes" }),
    blankRow({ client: "", notes: "a row of my own" }),
  ]), basis, "en");
  if (!merged.ok) throw new Error("refused");
  const { update } = merged;
  const col = update.columnOf;
  const pick = (r: CellValue[]) => [r[col.client], r[col.status], r[col.rank], r[col.manager], r[col.lastShipment], r[col.keyNow], r[col.relationship], r[col.clientRole], r[col.notes]];
  expect(update.rows.map((r) => pick(r as CellValue[]))).toEqual([
    ["Small", "near-key", 3, "Ivanova", excelDateSerial("2017-10-01"), null, "brand", "expert", "Calls on Fridays"],
    // Lost: its manager and last shipment from the 12 months before the window.
    ["Gone", "lost", null, "Sidorov", excelDateSerial("2017-05-01"), null, "value", "", ""],
    // Unknown to this build: figures cleared, its manager and last shipment kept.
    ["Forgotten Ltd", "inactive", null, "Kept", 41000, null, "", "", ""],
    ["", "", "", "", "", "", "", "", "a row of my own"],
    ["Big", "new key", 1, "Petrov", excelDateSerial("2017-12-01"), "Yes", null, "breadwinner", null],
    ["Mid", "key", 2, "Ivanova", excelDateSerial("2017-11-01"), "Yes", null, "breadwinner", null],
  ]);
  expect(update.existing).toBe(4);
  expect(update.roleFilled).toEqual([]);
  expect([...update.relationships]).toEqual([["small", "brand"], ["gone", "value"]]);
});

test("an empty Client role of an existing row gets the suggestion, and says which rows it filled", () => {
  const merged = mergeRegister(old(REGISTER_COLUMNS.map((c) => EN.columns[c]), [blankRow({ client: "Mid" })]), basis, "en");
  if (!merged.ok) throw new Error("refused");
  expect(merged.update.roleFilled).toEqual([0]);
  expect(merged.update.rows[0][merged.update.columnOf.clientRole]).toBe("breadwinner");
});

test("headers are recognised in any language, and the user's own columns keep their place", () => {
  const headers = ["Моя оценка", ...REGISTER_COLUMNS.map((c) => RU.columns[c])];
  const merged = mergeRegister(old(headers, [[5, ...blankRow({ client: "Big" })]]), basis, "en");
  if (!merged.ok) throw new Error("refused");
  expect(merged.update.headers).toEqual(headers);
  expect(merged.update.rows[0][0]).toBe(5);
  expect(merged.update.rows[0][merged.update.columnOf.status]).toBe("new key");
  expect(merged.update.formats[0]).toBeNull();
});

test("a broken register is refused with what is wrong", () => {
  const headers = REGISTER_COLUMNS.map((c) => EN.columns[c]);
  expect(mergeRegister(old(null, []), basis, "en")).toEqual({ ok: false, problem: { kind: "noHeader" } });
  expect(mergeRegister(old(headers.filter((h) => h !== "Notes" && h !== "Rank"), []), basis, "en")).toEqual({ ok: false, problem: { kind: "missingColumns", columns: ["rank", "notes"] } });
  expect(mergeRegister(old([...headers, "notes"], []), basis, "en")).toEqual({ ok: false, problem: { kind: "duplicateColumn", column: "notes" } });
  expect(EN.problem({ kind: "missingColumns", columns: ["rank", "notes"] }, "Register")).toBe(
    "The table on the sheet “Register” has no column “Rank”, “Notes”: it was renamed or deleted. Give the column its name back and build again; nothing was changed.",
  );
  expect(RU.problem({ kind: "noHeader" }, "Реестр")).toBe(
    "Таблица на листе «Реестр» потеряла строку заголовков. Включите её снова (Конструктор таблиц → Строка заголовков) и постройте отчёт ещё раз; ничего не изменено.",
  );
});
