// The key-client register of an earlier report workbook (`--register OLD.xlsx`, SPEC §13): the
// table KeyClientRegister on whatever sheet holds it, every cell kept as exceljs read it.

import ExcelJS from "exceljs";
import { KeyClientError } from "../core/errors";
import { REGISTER_TABLE, type OldRegister } from "../report/registerMerge";
import { isSystemError } from "./systemError";

/** A cell of the old register as read: written back as it was, with its number format. */
export interface KeptCell {
  value: ExcelJS.CellValue;
  numFmt: string | undefined;
  text: string;
}

/** exceljs' table after reading a file (its typings describe the one being added). */
interface ReadTable {
  table: { name: string; tableRef?: string; ref?: string; headerRow?: boolean };
}

export interface FoundRegister {
  sheetName: string;
  register: OldRegister<KeptCell>;
}

function keep(cell: ExcelJS.Cell): KeptCell {
  const numFmt = cell.numFmt || undefined;
  return { value: cell.value, numFmt, text: cell.value === null || cell.value === undefined ? "" : cell.text.trim() };
}

/** Throws KeyClientError `badFile` when the file cannot be read or holds no register. */
export async function readRegisterFile(path: string): Promise<FoundRegister> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    const why = isSystemError(e) ? e.code : "not an .xlsx workbook";
    throw new KeyClientError("badFile", `${path}: cannot read the register (${why}).`);
  }
  for (const ws of wb.worksheets) {
    const found = (ws.getTables() as unknown as ReadTable[]).find((t) => t.table.name.toLowerCase() === REGISTER_TABLE.toLowerCase());
    if (!found) continue;
    const ref = found.table.tableRef ?? found.table.ref ?? "";
    const [from, to] = ref.split(":");
    const top = ws.getCell(from);
    const bottom = ws.getCell(to ?? from);
    const left = Number(top.col);
    const right = Number(bottom.col);
    const cellsOf = (row: number) => Array.from({ length: right - left + 1 }, (_, k) => keep(ws.getCell(row, left + k)));
    const hasHeader = found.table.headerRow !== false;
    const first = Number(top.row) + (hasHeader ? 1 : 0);
    const rows: KeptCell[][] = [];
    for (let r = first; r <= Number(bottom.row); r++) rows.push(cellsOf(r));
    return {
      sheetName: ws.name,
      register: {
        headers: hasHeader ? cellsOf(Number(top.row)).map((c) => c.text) : null,
        rows,
        text: (cell) => cell?.text ?? "",
      },
    };
  }
  throw new KeyClientError("badFile", `${path} has no key-client register (an Excel table named ${REGISTER_TABLE}).`);
}
