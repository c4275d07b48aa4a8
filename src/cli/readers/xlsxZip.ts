// The zip container of an .xlsx file: its parts found by the central directory (unzipper.Open), each
// inflated by Node's zlib straight from the file and decoded to text piece by piece, with the bytes it
// expands to counted against a cap, so that a small file cannot expand without bound (a zip bomb).
// A file that is not a zip says what it is when that is known: a password-protected workbook is an
// OLE compound file holding an "EncryptedPackage", not a zip.

import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import { Open, type File } from "unzipper";
import { KeyClientError } from "../../core/errors";

/** The first bytes of an OLE compound file (Excel 97–2003, and any password-protected Office file). */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted Office file keeps its workbook in, as its name is stored (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
const LOCAL_HEADER_BYTES = 30;
const STORED = 0;
const DEFLATED = 8;
const READ_BYTES = 1 << 20;
const INFLATE_BYTES = 1 << 18;

/** A workbook's parts by their names, which OPC compares ignoring case. */
export type ZipParts = Map<string, File>;

/** The zip's parts. Throws KeyClientError `badFile` for a password-protected or pre-2007 workbook. */
export async function openZip(path: string): Promise<ZipParts> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(OLE_SIGNATURE.length);
    await handle.read(head, 0, head.length, 0);
    if (head.equals(OLE_SIGNATURE)) throw new KeyClientError("badFile", `${path}: ${(await holdsEncryptedPackage(path)) ? "the workbook is password-protected; open it in Excel and save a copy without a password" : "an Excel 97–2003 workbook, not .xlsx; open it in Excel and save it as .xlsx"}`);
  } finally {
    await handle.close();
  }
  const directory = await Open.file(path);
  return new Map(directory.files.map((f) => [f.path.toLowerCase(), f]));
}

/** Whether an OLE file names an EncryptedPackage stream (its directory may lie anywhere in the file). */
async function holdsEncryptedPackage(path: string): Promise<boolean> {
  let tail = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: READ_BYTES })) {
    const bytes = Buffer.concat([tail, chunk as Buffer]);
    if (bytes.includes(ENCRYPTED_PACKAGE)) return true;
    tail = bytes.subarray(bytes.length - ENCRYPTED_PACKAGE.length + 1);
  }
  return false;
}

/** What a part may expand to, and the words that name the cap when a part goes past it. */
export interface ExpansionCap {
  bytes: number;
  /** e.g. "the sheet's XML" */
  what: string;
}

const mebibytes = (bytes: number) => `${Math.round(bytes / (1 << 20)).toLocaleString("en-US")} MB`;

/**
 * The UTF-8 bytes of a part, piece by piece as it inflates. Throws KeyClientError `badFile` once it expands past
 * `cap` (checked against the directory's stated size first, then against the bytes actually inflated).
 */
export async function* partBytes(path: string, part: File, cap: ExpansionCap): AsyncGenerator<Buffer> {
  const refuse = () =>
    new KeyClientError("badFile", `${path}: ${part.path} expands past ${mebibytes(cap.bytes)}, the most ${cap.what} may take; the file is refused as damaged or hostile`);
  if (part.uncompressedSize > cap.bytes) throw refuse();
  if (part.flags & 1) throw new KeyClientError("badFile", `${path}: ${part.path} is encrypted; save the workbook without a password`);
  if (part.compressionMethod !== STORED && part.compressionMethod !== DEFLATED) {
    throw new KeyClientError("badFile", `${path}: ${part.path} is compressed with method ${part.compressionMethod}, which Excel does not write`);
  }
  if (part.compressedSize === 0) return;
  const start = await dataStart(path, part);
  const raw = createReadStream(path, { start, end: start + part.compressedSize - 1, highWaterMark: READ_BYTES });
  const bytes = part.compressionMethod === DEFLATED ? raw.pipe(createInflateRaw({ chunkSize: INFLATE_BYTES })) : raw;
  raw.on("error", (e) => bytes.destroy(e));
  let utf16: TextDecoder | null | undefined;
  let inflated = 0;
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > cap.bytes) throw refuse();
      // XML may be UTF-16 (with its byte-order mark); every writer we know writes UTF-8.
      utf16 ??= chunk[0] === 0xff && chunk[1] === 0xfe ? new TextDecoder("utf-16le") : chunk[0] === 0xfe && chunk[1] === 0xff ? new TextDecoder("utf-16be") : null;
      yield utf16 ? Buffer.from(utf16.decode(chunk, { stream: true }), "utf8") : chunk;
    }
  } finally {
    bytes.destroy();
    raw.destroy();
  }
}

/** Where a part's compressed bytes start: after its local header, whose name and extra field may differ from the directory's. */
async function dataStart(path: string, part: File): Promise<number> {
  const handle = await open(path, "r");
  try {
    const header = Buffer.alloc(LOCAL_HEADER_BYTES);
    const { bytesRead } = await handle.read(header, 0, LOCAL_HEADER_BYTES, part.offsetToLocalFileHeader);
    if (bytesRead < LOCAL_HEADER_BYTES || header.readUInt32LE(0) !== 0x04034b50) throw new Error(`no local header for ${part.path}`);
    return part.offsetToLocalFileHeader + LOCAL_HEADER_BYTES + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await handle.close();
  }
}
