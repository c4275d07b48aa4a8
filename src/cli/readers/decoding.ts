// Decodes an exported text file whose encoding nobody told us: a BOM decides (UTF-8,
// UTF-16 LE/BE); otherwise the first bytes above ASCII decide between UTF-8 and
// Windows-1251 (1C and older Russian exports; see looksLikeUtf8). Until such a byte
// appears both read the same.

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

/**
 * UTF-8 when most non-ASCII sequences are valid UTF-8. Windows-1251 Cyrillic almost never
 * forms one (its letters are 0xC0–0xFF, never followed by 0x80–0xBF), while a UTF-8 file
 * with a few broken bytes still has mostly valid ones — and then fails loudly later
 * instead of being read as Windows-1251 gibberish.
 */
function looksLikeUtf8(chunk: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < chunk.length; ) {
    if (chunk[i] < 0x80) {
      i += 1;
      continue;
    }
    const length = utf8SequenceLength(chunk, i);
    if (length === 0) {
      invalid += 1;
      i += 1;
    } else {
      valid += 1;
      i += length;
    }
  }
  return valid > invalid;
}

/** Feed the file's bytes chunk by chunk (the first chunk should hold at least the BOM). */
export class AutoDecoder {
  private decoder: TextDecoder | null = null;
  private chosen: TextEncoding | null = null;
  private hasBom = false;
  private offset = 0;

  /** The encoding, once known (a pure-ASCII file stays `utf-8`). */
  get encoding(): TextEncoding {
    return this.chosen ?? "utf-8";
  }

  get bom(): boolean {
    return this.hasBom;
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
      if (this.decoder === null) {
        if (isAscii(chunk)) {
          this.offset += chunk.length;
          return ASCII.decode(chunk);
        }
        this.choose(looksLikeUtf8(chunk) ? "utf-8" : "windows-1251");
      }
    }
    const start = this.offset;
    this.offset += chunk.length;
    return this.run(() => this.decoder!.decode(chunk, { stream: true }), start);
  }

  /** Flushes a multi-byte character left incomplete at the end of the file. */
  end(): string {
    return this.decoder === null ? "" : this.run(() => this.decoder!.decode(), this.offset);
  }

  private choose(encoding: TextEncoding): void {
    this.chosen = encoding;
    // UTF-8 stays strict: a later invalid byte means a wrong guess, which must not pass silently.
    this.decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
  }

  private run(decode: () => string, byteOffset: number): string {
    try {
      return decode();
    } catch {
      // A fatal TextDecoder throws only on invalid input (a TypeError, not always of this realm).
      throw new InvalidTextError(byteOffset);
    }
  }
}
