// The parts of an .xlsx workbook that reading one sheet needs, found as Excel finds them: the
// workbook by the package's relationships, the sheets in tab order with their parts by the workbook's
// relationships, the date system, which cell styles show numbers as dates, and the shared strings.

import { posix } from "node:path";
import type { File } from "unzipper";
import { KeyClientError } from "../../core/errors";
import { attribute, XmlScanner, xmlText, type XmlHandler } from "./xmlScanner";
import { partBytes, type ExpansionCap, type ZipParts } from "./xlsxZip";
import { MAX_METADATA_XML_BYTES, MAX_SHARED_STRINGS, MAX_SHARED_STRINGS_XML_BYTES } from "./xlsxLimits";

const METADATA: ExpansionCap = { bytes: MAX_METADATA_XML_BYTES, what: "a workbook's settings" };
const SHARED_STRINGS: ExpansionCap = { bytes: MAX_SHARED_STRINGS_XML_BYTES, what: "the shared strings" };

/** Streams a part through `handler`. */
export async function scanPart(path: string, part: File, cap: ExpansionCap, handler: XmlHandler, afterPiece?: () => Promise<void> | void): Promise<void> {
  const scanner = new XmlScanner(handler);
  for await (const piece of partBytes(path, part, cap)) {
    scanner.feed(piece);
    if (afterPiece) await afterPiece();
  }
  scanner.end();
}

/** A handler that only looks at opening tags. */
function onOpen(open: XmlHandler["open"]): XmlHandler {
  return { open, close: () => undefined, text: () => undefined };
}

interface Relationship {
  id: string;
  type: string;
  /** The target part's name, resolved against the part the relationships belong to. */
  part: string;
}

/** The relationships of part `owner` ("" for the package). */
async function relationships(path: string, parts: ZipParts, owner: string): Promise<Relationship[]> {
  const folder = posix.dirname(owner);
  const relsPart = parts.get(posix.join(folder, "_rels", `${posix.basename(owner)}.rels`).toLowerCase());
  if (!relsPart) return [];
  const list: Relationship[] = [];
  await scanPart(path, relsPart, METADATA, onOpen((name, source, start, end) => {
    if (name !== "Relationship") return;
    const target = attribute(source, start, end, "Target") ?? "";
    const part = target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(folder, target));
    list.push({ id: attribute(source, start, end, "Id") ?? "", type: attribute(source, start, end, "Type") ?? "", part });
  }));
  return list;
}

const ofType = (rels: Relationship[], type: string) => rels.find((r) => r.type.endsWith(`/${type}`));

interface SheetEntry {
  name: string;
  relId: string;
}

/** The sheet to read: the one asked for (exact name, then ignoring case) or the first tab. */
function chooseSheet(path: string, sheets: SheetEntry[], wanted: string | undefined): SheetEntry {
  if (sheets.length === 0) throw new KeyClientError("badFile", `${path}: the workbook has no sheets`);
  if (wanted === undefined) return sheets[0];
  const sheet = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (!sheet) {
    const names = sheets.map((s) => `"${s.name}"`).join(", ");
    throw new KeyClientError("badFile", `${path}: no sheet named "${wanted}"; the sheets are ${names}`);
  }
  return sheet;
}

/** Number formats Excel builds in that show dates or times (ECMA-376 §18.8.30, with the East Asian ones). */
function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A format code shows a date or time when, outside quoted text and [brackets], it has a date or time letter. */
export function isDateFormatCode(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** For every cell style (the `s` of a cell), whether it shows numbers as dates. */
async function dateStyles(path: string, part: File | undefined): Promise<boolean[]> {
  if (!part) return [];
  const customFormats = new Map<number, string>();
  const styleFormats: number[] = [];
  let within = ""; // numFmts or cellXfs: the lists read
  await scanPart(path, part, METADATA, {
    open(name, source, start, end, selfClosing) {
      if ((name === "numFmts" || name === "cellXfs") && !selfClosing) within = name;
      else if (name === "numFmt" && within === "numFmts") customFormats.set(Number(attribute(source, start, end, "numFmtId")), attribute(source, start, end, "formatCode") ?? "");
      else if (name === "xf" && within === "cellXfs") styleFormats.push(Number(attribute(source, start, end, "numFmtId") ?? 0));
    },
    close(name) {
      if (name === within) within = "";
    },
    text: () => undefined,
  });
  return styleFormats.map((id) => {
    const custom = customFormats.get(id);
    return custom !== undefined ? isDateFormatCode(custom) : isBuiltInDateFormat(id);
  });
}

/**
 * The shared strings, in order: the text of each `<si>`, its runs joined, without phonetic guides.
 * Throws KeyClientError `badFile` past MAX_SHARED_STRINGS (or the XML's cap).
 */
async function sharedStrings(path: string, part: File | undefined): Promise<string[]> {
  if (!part) return [];
  const strings: string[] = [];
  let text = "";
  let inText = false;
  let phonetic = 0;
  await scanPart(path, part, SHARED_STRINGS, {
    open(name, _source, _start, _end, selfClosing) {
      if (name === "si") {
        if (strings.length >= MAX_SHARED_STRINGS) {
          throw new KeyClientError("badFile", `${path}: more than ${MAX_SHARED_STRINGS.toLocaleString("en-US")} shared strings, the most a sheet may use; the file is refused as damaged or hostile`);
        }
        text = "";
      } else if (name === "t" && !selfClosing && phonetic === 0) inText = true;
      else if (name === "rPh") phonetic++;
    },
    close(name) {
      if (name === "si") strings.push(text);
      else if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
    },
    text(source, start, end, isCdata) {
      if (inText) text += xmlText(source, start, end, isCdata);
    },
  });
  return strings;
}

/** What reading one sheet of a workbook needs. */
export interface SheetSource {
  sheet: File;
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

/** The chosen sheet's part and what its cells refer to. Throws KeyClientError `badFile`. */
export async function sheetSource(path: string, parts: ZipParts, wanted: string | undefined): Promise<SheetSource> {
  const workbookPath = ofType(await relationships(path, parts, ""), "officeDocument")?.part ?? "xl/workbook.xml";
  const workbook = parts.get(workbookPath.toLowerCase());
  if (!workbook) throw new Error(`no ${workbookPath}`);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await scanPart(path, workbook, METADATA, onOpen((name, source, start, end) => {
    if (name === "sheet") sheets.push({ name: attribute(source, start, end, "name") ?? "", relId: attribute(source, start, end, "id") ?? "" });
    else if (name === "workbookPr") date1904 = /^(1|true)$/.test(attribute(source, start, end, "date1904") ?? "");
  }));
  const chosen = chooseSheet(path, sheets, wanted);
  const rels = await relationships(path, parts, workbookPath);
  const sheetPath = rels.find((r) => r.id === chosen.relId)?.part ?? "";
  const sheet = parts.get(sheetPath.toLowerCase());
  if (!sheet) throw new Error(`no part for sheet "${chosen.name}"`);
  const part = (type: string) => {
    const rel = ofType(rels, type);
    return rel ? parts.get(rel.part.toLowerCase()) : undefined;
  };
  return { sheet, date1904, dateStyles: await dateStyles(path, part("styles")), strings: await sharedStrings(path, part("sharedStrings")) };
}
