// A streaming XML tokenizer for the parts of an .xlsx file: the bytes arrive in pieces as the zip
// inflates them, and tags and text are handed over as positions in the current bytes, so that nothing
// is decoded or copied unless the handler wants it (decoding a whole sheet to text cost more than
// reading it: docs/performance.md). The markup is found in the UTF-8 bytes themselves: every byte of a
// multi-byte character is ≥ 0x80, so none is taken for `<`, `>` or a quote. It reads what OOXML writers
// produce — elements, attributes, the five named entities and character references, CDATA — and skips
// comments, processing instructions and DOCTYPE without expanding any entity they declare. Element and
// attribute names are local names (`x:row` is `row`), as writers differ in their namespace prefixes.

/** What a part reader does with the tags and text of its part. */
export interface XmlHandler {
  /** `<name …>` or `<name …/>`; its attributes are `source[attrStart, attrEnd)`. */
  open(name: string, source: Buffer, attrStart: number, attrEnd: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags, as bytes (see `xmlText`); one text may come in several calls (CDATA). */
  text(source: Buffer, start: number, end: number, isCdata: boolean): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const EQUALS = 0x3d;
const SPACE = 0x20;

/** A tag's name ends at white space, `/` or `>`. */
function isNameEnd(code: number): boolean {
  return code <= SPACE || code === SLASH || code === GT;
}

/** Where the local name of `source[start, end)` starts: after its namespace prefix. */
function localStart(source: Buffer, start: number, end: number): number {
  for (let i = end - 1; i > start; i--) if (source[i] === COLON) return i + 1;
  return start;
}

/**
 * The longest text or tag read: a cell holds at most 32,767 characters, so anything longer is damage
 * (or an attack), and refusing it keeps the unfinished token that is carried over small.
 */
const MAX_TOKEN_BYTES = 16 << 20;

/** Element names kept once made, so that a million rows do not make a million copies of "row". */
const MAX_KNOWN_NAMES = 256;

const EMPTY = Buffer.alloc(0);

export class XmlScanner {
  /** Bytes of an unfinished tag or text, waiting for the next piece. */
  private rest: Buffer = EMPTY;
  private readonly names = new Map<number, string>();

  constructor(private readonly handler: XmlHandler) {}

  feed(piece: Buffer): void {
    const source = this.rest.length === 0 ? piece : Buffer.concat([this.rest, piece]);
    this.rest = source.subarray(this.scan(source));
    if (this.rest.length > MAX_TOKEN_BYTES) throw new Error(`a text or tag of more than ${MAX_TOKEN_BYTES >> 20} MB in one piece`);
  }

  /** The end of the part: what is left must be text outside the root element, which nothing reads. */
  end(): void {
    this.rest = EMPTY;
  }

  /** Hands over every complete token of `source`; returns where the unfinished one starts. */
  private scan(source: Buffer): number {
    const handler = this.handler;
    const n = source.length;
    let i = 0;
    for (;;) {
      let lt = i;
      while (lt < n && source[lt] !== LT) lt++;
      if (lt === n) return i; // text whose end has not arrived yet
      if (lt > i) handler.text(source, i, lt, false);
      const next = source[lt + 1];
      if (next === BANG || next === QUESTION) {
        const end = this.special(source, lt);
        if (end < 0) return lt;
        i = end;
        continue;
      }
      const gt = tagEnd(source, lt + 1);
      if (gt < 0) return lt;
      if (next === SLASH) {
        let nameEnd = lt + 2;
        while (nameEnd < gt && !isNameEnd(source[nameEnd])) nameEnd++;
        handler.close(this.nameAt(source, lt + 2, nameEnd));
      } else {
        let nameEnd = lt + 1;
        while (nameEnd < gt && !isNameEnd(source[nameEnd])) nameEnd++;
        const selfClosing = source[gt - 1] === SLASH;
        const name = this.nameAt(source, lt + 1, nameEnd);
        handler.open(name, source, nameEnd, selfClosing ? gt - 1 : gt, selfClosing);
        if (selfClosing) handler.close(name);
      }
      i = gt + 1;
    }
  }

  /** The local name of `source[start, end)`, as made before when it was. */
  private nameAt(source: Buffer, start: number, end: number): string {
    const from = localStart(source, start, end);
    const length = end - from;
    const key = (length << 16) | (source[from] << 8) | source[end - 1];
    const known = this.names.get(key);
    if (known !== undefined && known.length === length) {
      let same = true;
      for (let k = 1; k < length - 1 && same; k++) same = known.charCodeAt(k) === source[from + k];
      if (same) return known;
    }
    const name = source.toString("utf8", from, end);
    if (this.names.size < MAX_KNOWN_NAMES) this.names.set(key, name);
    return name;
  }

  /** `<!-- -->`, `<![CDATA[ ]]>`, `<!DOCTYPE …>`, `<? ?>` at `lt`: returns the index after it, or -1 when unfinished. */
  private special(source: Buffer, lt: number): number {
    if (startsWith(source, lt, "<!--")) {
      const end = source.indexOf("-->", lt + 4, "latin1");
      return end < 0 ? -1 : end + 3;
    }
    if (startsWith(source, lt, "<![CDATA[")) {
      const end = source.indexOf("]]>", lt + 9, "latin1");
      if (end < 0) return -1;
      this.handler.text(source, lt + 9, end, true);
      return end + 3;
    }
    if (source[lt + 1] === QUESTION) {
      const end = source.indexOf("?>", lt + 2, "latin1");
      return end < 0 ? -1 : end + 2;
    }
    if (source.length - lt < 9) return -1; // not yet known which of the above it is
    // A DOCTYPE, with its internal subset in brackets: none of its declarations is used.
    const bracket = source.indexOf("[", lt, "latin1");
    const gt = source.indexOf(">", lt, "latin1");
    if (gt < 0) return -1;
    if (bracket < 0 || bracket > gt) return gt + 1;
    const close = source.indexOf("]", bracket, "latin1");
    const end = close < 0 ? -1 : source.indexOf(">", close, "latin1");
    return end < 0 ? -1 : end + 1;
  }
}

function startsWith(source: Buffer, at: number, text: string): boolean {
  if (source.length - at < text.length) return false;
  for (let k = 0; k < text.length; k++) if (source[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** The `>` that ends the tag from `from`, past any `>` inside a quoted attribute value; -1 when it has not arrived. */
function tagEnd(source: Buffer, from: number): number {
  const n = source.length;
  for (let i = from; i < n; i++) {
    const code = source[i];
    if (code === GT) return i;
    if (code === QUOTE || code === APOSTROPHE) {
      i++;
      while (i < n && source[i] !== code) i++;
    }
  }
  return -1;
}

/** Called with the positions of an attribute's name (a qualified name) and of its value, quotes excluded. */
export type OnAttribute = (source: Buffer, nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => void;

/** Walks the attributes in `source[start, end)` (a tag's, after its name). */
export function forEachAttribute(source: Buffer, start: number, end: number, visit: OnAttribute): void {
  let i = start;
  while (i < end) {
    let eq = i;
    while (eq < end && source[eq] !== EQUALS) eq++;
    if (eq === end) return;
    let nameEnd = eq;
    while (nameEnd > i && source[nameEnd - 1] <= SPACE) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > i && source[nameStart - 1] > SPACE) nameStart--;
    let q = eq + 1;
    while (q < end && source[q] <= SPACE) q++;
    const quote = source[q];
    if (quote !== QUOTE && quote !== APOSTROPHE) return;
    let close = q + 1;
    while (close < end && source[close] !== quote) close++;
    if (close === end) return;
    visit(source, nameStart, nameEnd, q + 1, close);
    i = close + 1;
  }
}

/** The value of attribute `name` (a local name, never a namespace declaration) in `source[start, end)`, decoded; undefined if absent. */
export function attribute(source: Buffer, start: number, end: number, name: string): string | undefined {
  let value: string | undefined;
  forEachAttribute(source, start, end, (bytes, nameStart, nameEnd, valueStart, valueEnd) => {
    if (value !== undefined || startsWith(bytes, nameStart, "xmlns")) return;
    if (bytes.toString("latin1", localStart(bytes, nameStart, nameEnd), nameEnd) === name) value = xmlText(bytes, valueStart, valueEnd, false);
  });
  return value;
}

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The text `source[start, end)` stands for: UTF-8 decoded, its entities and character references too (not in CDATA); anything else kept as written. */
export function xmlText(source: Buffer, start: number, end: number, isCdata: boolean): string {
  const raw = source.toString("utf8", start, end);
  if (isCdata || raw.indexOf("&") < 0) return raw;
  return raw.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] !== "#") return NAMED_ENTITIES[body] ?? whole;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const ZERO = 0x30;
const NINE = 0x39;
const MINUS = 0x2d;
const DOT = 0x2e;
/** Digits whose value is exact in a double (below 2^53), and the powers of ten that are exact too. */
const EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The number `source[start, end)` spells when it is plain decimal (`-1234.56`), NaN otherwise (an
 * exponent, too many digits, anything else): the caller then reads the text. With at most 15 digits
 * the digits and the power of ten are exact doubles, and one division rounds as `Number(text)` does.
 */
export function plainDecimal(source: Buffer, start: number, end: number): number {
  let i = start;
  const negative = source[i] === MINUS;
  if (negative) i++;
  let digits = 0;
  let mantissa = 0;
  let scale = -1;
  for (; i < end; i++) {
    const code = source[i];
    if (code >= ZERO && code <= NINE) {
      mantissa = mantissa * 10 + (code - ZERO);
      digits++;
      if (scale >= 0) scale++;
    } else if (code === DOT && scale < 0) scale = 0;
    else return NaN;
  }
  if (digits === 0 || digits > EXACT_DIGITS) return NaN;
  const value = scale > 0 ? mantissa / POWERS_OF_TEN[scale] : mantissa;
  return negative ? -value : value;
}
