// Decodes an exported text file whose encoding nobody told us: a BOM decides (UTF-8,
// UTF-16 LE/BE); otherwise the first bytes above ASCII decide between UTF-8 and
// Windows-1251 (1C and older Russian exports). Until such a byte appears both read the same.

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

function startsWith(chunk: Uint8Array, bytes: number[]): boolean {
  return chunk.length >= bytes.length && bytes.every((b, i) => chunk[i] === b);
}

function isAscii(chunk: Uint8Array): boolean {
  for (let i = 0; i < chunk.length; i++) if (chunk[i] >= 0x80) return false;
  return true;
}

function isUtf8(chunk: Uint8Array): boolean {
  try {
    // stream: a multi-byte character cut at the chunk's end is not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(chunk, { stream: true });
    return true;
  } catch {
    return false;
  }
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
          return new TextDecoder("utf-8").decode(chunk);
        }
        this.choose(isUtf8(chunk) ? "utf-8" : "windows-1251");
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
    } catch (e) {
      if (e instanceof TypeError) throw new InvalidTextError(byteOffset);
      throw e;
    }
  }
}
