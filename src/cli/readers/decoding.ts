// Decodes an exported text file whose encoding nobody told us: a BOM decides (UTF-8,
// UTF-16 LE/BE); otherwise zero bytes in every other place tell UTF-16 without a BOM, and the
// first bytes above ASCII decide between UTF-8 and Windows-1251 (1C and older Russian exports;
// see looksLikeUtf8). Until such a byte appears both read the same.

import { isAscii } from "node:buffer"; // native: a JS byte loop cost 60 ms on a 60 MB export

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251";

export class InvalidTextError extends Error {
  constructor(readonly byteOffset: number) {
    super(`the text is not valid UTF-8 near byte ${byteOffset}`);
    this.name = "InvalidTextError";
  }
}

const BOMS: { bytes: number[]; encoding: TextEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

const ASCII = new TextDecoder("utf-8");

function startsWith(chunk: Uint8Array, bytes: number[]): boolean {
  return chunk.length >= bytes.length && bytes.every((b, i) => chunk[i] === b);
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const [length, min, max] =
    b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
    : b === 0xe0 ? [3, 0xa0, 0xbf]
    : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
    : b === 0xf0 ? [4, 0x90, 0xbf]
    : b >= 0xf1 && b <= 0xf4 ? [4, 0x80, b === 0xf4 ? 0x8f : 0xbf]
    : [0, 0, 0];
  if (length === 0) return 0;
  if (i + length > bytes.length) return length; // cut by the chunk's end: benefit of the doubt
  if (bytes[i + 1] < min || bytes[i + 1] > max) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return length;
}

/** Valid and invalid UTF-8 sequences among the bytes above ASCII. */
interface Utf8Census {
  valid: number;
  invalid: number;
  firstInvalid: number;
}

/**
 * UTF-8 when most non-ASCII sequences are valid UTF-8. Windows-1251 Cyrillic almost never
 * forms one (its letters are 0xC0–0xFF, never followed by 0x80–0xBF), while a UTF-8 file
 * with a few broken bytes still has mostly valid ones — and then fails loudly later
 * instead of being read as Windows-1251 gibberish.
 */
function utf8Census(chunk: Uint8Array): Utf8Census {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < chunk.length; ) {
    if (chunk[i] < 0x80) {
      i += 1;
      continue;
    }
    const length = utf8SequenceLength(chunk, i);
    if (length === 0) {
      if (invalid++ === 0) firstInvalid = i;
      i += 1;
    } else {
      valid += 1;
      i += length;
    }
  }
  return { valid, invalid, firstInvalid };
}

/**
 * Windows-1251 text forms a valid UTF-8 sequence only by chance; from this share of valid ones on, the
 * file is more likely UTF-8 with broken bytes, and the reading is warned about.
 */
const SUSPECT_UTF8_SHARE = 0.1;

/** Offset of the first byte that is not valid UTF-8, skipping the tail of a sequence begun before the chunk. */
function firstInvalidUtf8(chunk: Uint8Array): number {
  let i = 0;
  while (i < 3 && i < chunk.length && chunk[i] >= 0x80 && chunk[i] <= 0xbf) i++;
  while (i < chunk.length) {
    if (chunk[i] < 0x80) i += 1;
    else {
      const length = utf8SequenceLength(chunk, i);
      if (length === 0) return i;
      i += length;
    }
  }
  return 0;
}

/** Bytes looked at to tell UTF-16 without a BOM. */
const UTF16_SAMPLE = 4096;

/**
 * UTF-16 without a BOM: the digits, separators and Latin letters of an export have a zero high byte
 * (every other byte), and a zero low byte almost never occurs.
 */
function utf16WithoutBom(chunk: Uint8Array): TextEncoding | null {
  const n = Math.min(chunk.length, UTF16_SAMPLE) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (chunk[i] === 0) evenZeros++;
    if (chunk[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs / 4 && evenZeros <= pairs / 50) return "utf-16le";
  if (evenZeros >= pairs / 4 && oddZeros <= pairs / 50) return "utf-16be";
  return null;
}

/** Feed the file's bytes chunk by chunk (the first chunk should hold at least the BOM). */
export class AutoDecoder {
  private decoder: TextDecoder | null = null;
  private chosen: TextEncoding | null = null;
  private hasBom = false;
  private offset = 0;
  private guess: { utf8Sequences: number; firstInvalidByte: number } | null = null;

  /** The encoding, once known (a pure-ASCII file stays `utf-8`). */
  get encoding(): TextEncoding {
    return this.chosen ?? "utf-8";
  }

  get bom(): boolean {
    return this.hasBom;
  }

  /** Set when the file was read as Windows-1251 though part of it is valid UTF-8 (see SUSPECT_UTF8_SHARE). */
  get doubtfulWindows1251(): { utf8Sequences: number; firstInvalidByte: number } | null {
    return this.guess;
  }

  decode(chunk: Uint8Array): string {
    if (this.decoder === null) {
      if (this.offset === 0) {
        const bom = BOMS.find((b) => startsWith(chunk, b.bytes));
        if (bom) {
          this.hasBom = true;
          this.choose(bom.encoding);
        }
      }
      if (this.decoder === null && this.offset === 0) {
        const utf16 = utf16WithoutBom(chunk);
        if (utf16) this.choose(utf16);
      }
      if (this.decoder === null) {
        if (isAscii(chunk)) {
          this.offset += chunk.length;
          return ASCII.decode(chunk);
        }
        const census = utf8Census(chunk);
        this.choose(census.valid > census.invalid ? "utf-8" : "windows-1251");
        if (census.valid > 0 && census.valid >= census.invalid * SUSPECT_UTF8_SHARE && this.chosen === "windows-1251") {
          this.guess = { utf8Sequences: census.valid, firstInvalidByte: this.offset + census.firstInvalid };
        }
      }
    }
    const start = this.offset;
    this.offset += chunk.length;
    return this.run(() => this.decoder!.decode(chunk, { stream: true }), () => start + firstInvalidUtf8(chunk));
  }

  /** Flushes a multi-byte character left incomplete at the end of the file. */
  end(): string {
    return this.decoder === null ? "" : this.run(() => this.decoder!.decode(), () => this.offset);
  }

  private choose(encoding: TextEncoding): void {
    this.chosen = encoding;
    // UTF-8 stays strict: a later invalid byte means a wrong guess, which must not pass silently.
    this.decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
  }

  private run(decode: () => string, byteOffset: () => number): string {
    try {
      return decode();
    } catch {
      // A fatal TextDecoder throws only on invalid input (a TypeError, not always of this realm).
      throw new InvalidTextError(byteOffset());
    }
  }
}
