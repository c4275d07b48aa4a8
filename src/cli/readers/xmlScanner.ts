// A streaming XML tokenizer for the parts of an .xlsx file: text arrives in pieces as the zip inflates
// it, and tags and text are handed over as positions in the current text, so that nothing is copied
// unless the handler wants it. It reads what OOXML writers produce — elements, attributes, the five
// named entities and character references, CDATA — and skips comments, processing instructions and
// DOCTYPE without expanding any entity they declare. Element and attribute names are local names
// (`x:row` is `row`), as writers differ in their namespace prefixes.

/** What a part reader does with the tags and text of its part. */
export interface XmlHandler {
  /** `<name …>` or `<name …/>`; its attributes are `source.slice(attrStart, attrEnd)`. */
  open(name: string, source: string, attrStart: number, attrEnd: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text between tags (entities not decoded: see `xmlText`). */
  text(source: string, start: number, end: number, isCdata: boolean): void;
}

const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;

/** A tag's name ends at white space, `/` or `>`. */
function isNameEnd(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === SLASH || code === 0x3e;
}

/** Where the local name of `source[start, end)` starts: after its namespace prefix. */
function localStart(source: string, start: number, end: number): number {
  for (let i = end - 1; i > start; i--) if (source.charCodeAt(i) === COLON) return i + 1;
  return start;
}

/** The local name of `source[start, end)`. */
function localName(source: string, start: number, end: number): string {
  return source.slice(localStart(source, start, end), end);
}

/**
 * The longest text or tag read: a cell holds at most 32,767 characters, so anything longer is damage
 * (or an attack), and refusing it keeps the unfinished token that is carried over small.
 */
const MAX_TOKEN_BYTES = 16 << 20;

/** Element names kept once made, so that a million rows do not make a million copies of "row". */
const MAX_KNOWN_NAMES = 256;

export class XmlScanner {
  /** Text of an unfinished tag or text node, waiting for the next piece. */
  private rest = "";
  private readonly names = new Map<number, string>();

  constructor(private readonly handler: XmlHandler) {}

  feed(piece: string): void {
    const source = this.rest === "" ? piece : this.rest + piece;
    this.rest = source.slice(this.scan(source));
    if (this.rest.length > MAX_TOKEN_BYTES) throw new Error(`a text or tag of more than ${MAX_TOKEN_BYTES >> 20} MB in one piece`);
  }

  /** The end of the part: what is left must be text outside the root element, which nothing reads. */
  end(): void {
    this.rest = "";
  }

  /** Hands over every complete token of `source`; returns where the unfinished one starts. */
  private scan(source: string): number {
    const handler = this.handler;
    let i = 0;
    for (;;) {
      const lt = source.indexOf("<", i);
      if (lt < 0) return i; // text whose end has not arrived yet
      if (lt > i) handler.text(source, i, lt, false);
      const next = source.charCodeAt(lt + 1);
      if (next === BANG || next === QUESTION) {
        const end = this.special(source, lt);
        if (end < 0) return lt;
        i = end;
        continue;
      }
      const gt = source.indexOf(">", lt + 1);
      if (gt < 0) return lt;
      if (next === SLASH) {
        let nameEnd = lt + 2;
        while (nameEnd < gt && !isNameEnd(source.charCodeAt(nameEnd))) nameEnd++;
        handler.close(this.nameAt(source, lt + 2, nameEnd));
      } else {
        let nameEnd = lt + 1;
        while (nameEnd < gt && !isNameEnd(source.charCodeAt(nameEnd))) nameEnd++;
        const selfClosing = source.charCodeAt(gt - 1) === SLASH;
        const name = this.nameAt(source, lt + 1, nameEnd);
        handler.open(name, source, nameEnd, selfClosing ? gt - 1 : gt, selfClosing);
        if (selfClosing) handler.close(name);
      }
      i = gt + 1;
    }
  }

  /** The local name of `source[start, end)`, as made before when it was. */
  private nameAt(source: string, start: number, end: number): string {
    const from = localStart(source, start, end);
    const key = ((end - from) << 16) | (source.charCodeAt(from) << 8) | source.charCodeAt(end - 1);
    const known = this.names.get(key);
    if (known !== undefined && known.length === end - from && source.startsWith(known, from)) return known;
    const name = source.slice(from, end);
    if (this.names.size < MAX_KNOWN_NAMES) this.names.set(key, name);
    return name;
  }

  /** `<!-- -->`, `<![CDATA[ ]]>`, `<!DOCTYPE …>`, `<? ?>` at `lt`: returns the index after it, or -1 when unfinished. */
  private special(source: string, lt: number): number {
    if (source.startsWith("<!--", lt)) {
      const end = source.indexOf("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (source.startsWith("<![CDATA[", lt)) {
      const end = source.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      this.handler.text(source, lt + 9, end, true);
      return end + 3;
    }
    if (source.startsWith("<?", lt)) {
      const end = source.indexOf("?>", lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (source.length - lt < 9) return -1; // not yet known which of the above it is
    // A DOCTYPE, with its internal subset in brackets: none of its declarations is used.
    const bracket = source.indexOf("[", lt);
    const gt = source.indexOf(">", lt);
    if (gt < 0) return -1;
    if (bracket < 0 || bracket > gt) return gt + 1;
    const close = source.indexOf("]", bracket);
    const end = close < 0 ? -1 : source.indexOf(">", close);
    return end < 0 ? -1 : end + 1;
  }
}

/** Called with the positions of an attribute's name (a qualified name) and of its value, quotes excluded. */
export type OnAttribute = (source: string, nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => void;

/** Walks the attributes in `source[start, end)` (a tag's, after its name). */
export function forEachAttribute(source: string, start: number, end: number, visit: OnAttribute): void {
  let i = start;
  while (i < end) {
    const eq = source.indexOf("=", i);
    if (eq < 0 || eq >= end) return;
    let nameEnd = eq;
    while (nameEnd > i && source.charCodeAt(nameEnd - 1) <= 0x20) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > i && source.charCodeAt(nameStart - 1) > 0x20) nameStart--;
    let q = eq + 1;
    while (q < end && source.charCodeAt(q) <= 0x20) q++;
    const quote = source[q];
    if (quote !== '"' && quote !== "'") return;
    const close = source.indexOf(quote, q + 1);
    if (close < 0 || close >= end) return;
    visit(source, nameStart, nameEnd, q + 1, close);
    i = close + 1;
  }
}

/** The value of attribute `name` (a local name, never a namespace declaration) in `source[start, end)`, decoded; undefined if absent. */
export function attribute(source: string, start: number, end: number, name: string): string | undefined {
  let value: string | undefined;
  forEachAttribute(source, start, end, (text, nameStart, nameEnd, valueStart, valueEnd) => {
    if (value === undefined && localName(text, nameStart, nameEnd) === name && !text.startsWith("xmlns", nameStart)) value = xmlText(text.slice(valueStart, valueEnd));
  });
  return value;
}

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Any character of a byte text that is not ASCII: the text holds UTF-8 to decode. */
const NON_ASCII = /[\u0080-\u00ff]/;

/**
 * The text a piece of byte text (xlsxZip.ts: one character per UTF-8 byte) stands for, its entities
 * and character references decoded (not in CDATA); anything else is kept as written.
 */
export function xmlText(bytes: string, isCdata = false): string {
  const raw = NON_ASCII.test(bytes) ? Buffer.from(bytes, "latin1").toString("utf8") : bytes;
  if (isCdata || raw.indexOf("&") < 0) return raw;
  return raw.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] !== "#") return NAMED_ENTITIES[body] ?? whole;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
