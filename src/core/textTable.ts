// An exact map from texts to numbers, for a million look-ups of a few thousand texts. The cells a
// pane gets from Excel are fresh strings, one per row: a null-prototype object first finds V8's own
// copy of each in its global string table, hashing every character, and a Map hashes every
// character too. Here a text's slot comes from its length and eight of its characters, and the text
// kept there is compared with `===`: the same answers in about a quarter less time at a million
// rows (docs/performance.md). Texts that the sampled characters do not tell apart (product names
// that differ only in an article number inside them) share a hash; the first look-up that meets
// many of them hands the table over to a Map, whose hash of every character is native, so no input
// makes it slow.

/** What `get` answers for a text not in the table. */
export const ABSENT = -0x80000000;

/**
 * Texts met in one look-up with the hash of the text looked for (so, almost always, the same sampled
 * characters) from which on a Map takes over.
 */
const SAME_SAMPLE = 16;
const MIN_BITS = 10;
/** Texts shorter than this are hashed whole: a sample would be most of them anyway. */
const SAMPLED_FROM = 8;

/** The length, the first character, the quarters, the middle and the last four, mixed. */
function sampledHash(text: string): number {
  const n = text.length;
  if (n < SAMPLED_FROM) {
    let h = n;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    return h ^ (h >>> 15);
  }
  let h = Math.imul(n ^ text.charCodeAt(0), 0x9e3779b1);
  h = Math.imul(h ^ text.charCodeAt(n >> 2), 0x85ebca6b);
  h = Math.imul(h ^ text.charCodeAt(n >> 1), 0xc2b2ae35);
  h = Math.imul(h ^ text.charCodeAt((n * 3) >> 2), 0x27d4eb2f);
  h = Math.imul(h ^ text.charCodeAt(n - 4), 0x165667b1);
  h = Math.imul(h ^ text.charCodeAt(n - 3), 0x9e3779b1);
  h = Math.imul(h ^ text.charCodeAt(n - 2), 0x85ebca6b);
  h = Math.imul(h ^ text.charCodeAt(n - 1), 0xc2b2ae35);
  return h ^ (h >>> 15);
}

/**
 * A copy of a text that is one flat run of characters: it keeps no larger text alive (V8's substrings
 * point into their parent, so a name cut from a 64 KB piece of a CSV file would keep the piece), and
 * `===` against it compares characters at once (against a substring or a joined text V8 takes a
 * slower way). JSON's round trip always makes such a copy; it runs once per distinct text.
 */
export function flatCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Open addressing, linear probing, at most half full; a slot holds an entry's index + 1 (0 = empty). */
export class TextTable {
  private bits = MIN_BITS;
  private slots = new Int32Array(1 << MIN_BITS);
  /** Each slot's hash: most texts that are not in a slot are told apart without reading them. */
  private hashes = new Int32Array(1 << MIN_BITS);
  private readonly keys: string[] = [];
  private readonly values: number[] = [];
  /** Once the sample fails: a Map, which hashes every character natively. */
  private everyCharacter: Map<string, number> | null = null;
  /** Where the last `get` that found nothing stopped: `add` fills it. */
  private vacant = -1;
  private vacantHash = 0;

  /** True once texts alike in the sampled characters made the table hash every character. */
  get hashesEveryCharacter(): boolean {
    return this.everyCharacter !== null;
  }

  /** The number stored for `text`, or ABSENT. */
  get(text: string): number {
    if (this.everyCharacter !== null) return this.everyCharacter.get(text) ?? ABSENT;
    const h = sampledHash(text);
    const mask = (1 << this.bits) - 1;
    const slots = this.slots;
    const hashes = this.hashes;
    let i = h & mask;
    let sameHash = 0;
    for (;;) {
      const entry = slots[i];
      if (entry === 0) break;
      if (hashes[i] === h) {
        if (this.keys[entry - 1] === text) return this.values[entry - 1];
        if (++sameHash === SAME_SAMPLE) {
          this.everyCharacter = new Map(this.keys.map((key, entry) => [key, this.values[entry]]));
          return this.get(text);
        }
      }
      i = (i + 1) & mask;
    }
    this.vacant = i;
    this.vacantHash = h;
    return ABSENT;
  }

  /** Stores `value` for `text`, which the last `get` (with no `add` since) did not find. */
  add(text: string, value: number): void {
    if (this.everyCharacter !== null) {
      this.everyCharacter.set(flatCopy(text), value);
      return;
    }
    this.keys.push(flatCopy(text));
    this.values.push(value);
    this.slots[this.vacant] = this.keys.length;
    this.hashes[this.vacant] = this.vacantHash;
    this.vacant = -1;
    if (this.keys.length * 2 > this.slots.length) this.rehash(this.bits + 1);
  }

  private rehash(bits: number): void {
    this.bits = bits;
    const mask = (1 << bits) - 1;
    this.slots = new Int32Array(1 << bits);
    this.hashes = new Int32Array(1 << bits);
    for (let entry = 0; entry < this.keys.length; entry++) {
      const h = sampledHash(this.keys[entry]);
      let i = h & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = entry + 1;
      this.hashes[i] = h;
    }
  }
}
