// The TextTable that interns client and product texts (src/core/textTable.ts): exact whatever the
// texts, and still a hash table when the characters it samples cannot tell texts apart.

import fc from "fast-check";
import { ABSENT, TextTable, flatCopy } from "../../src/core/textTable";

/** Looks every text up, adding the ones not found with the next number; the numbers given, in order. */
function intern(table: TextTable, texts: string[]): number[] {
  let next = 0;
  return texts.map((text) => {
    const found = table.get(text);
    if (found !== ABSENT) return found;
    table.add(text, next);
    return next++;
  });
}

/** The same with a Map: the reference. */
function internWithMap(texts: string[]): number[] {
  const map = new Map<string, number>();
  return texts.map((text) => {
    if (!map.has(text)) map.set(text, map.size);
    return map.get(text)!;
  });
}

describe("TextTable", () => {
  test("gives the same numbers as a Map, for texts alike in length and in the characters it samples", () => {
    // Texts of one alphabet and few lengths collide often in the sampled characters; whole Unicode too.
    const alike = fc.array(fc.constantFrom("a", "b", "Ж", " ", "\u200B", "\uD83D"), { minLength: 0, maxLength: 12 }).map((cs) => cs.join(""));
    const any = fc.string({ unit: "grapheme", maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.oneof(alike, any), { minLength: 1, maxLength: 400 }), (texts) => {
        expect(intern(new TextTable(), texts)).toEqual(internWithMap(texts));
      }),
      { numRuns: 1000 },
    );
  });

  test("codes that differ in one character it does not sample: every one apart, and a Map takes over from the sample", () => {
    // "Client 0000 Ltd" … "Client 9999 Ltd" differ only in characters 7–10, of which the sample at
    // length 15 (characters 0, 3, 7 and 11–14) reads the first: 10,000 texts on ten hash values.
    const texts = Array.from({ length: 10_000 }, (_, i) => `Client ${String(i).padStart(4, "0")} Ltd`);
    const table = new TextTable();
    const ids = intern(table, [...texts, ...texts.slice().reverse()]);
    expect(ids.slice(0, 10_000)).toEqual(texts.map((_, i) => i));
    expect(ids.slice(10_000)).toEqual(texts.map((_, i) => 9_999 - i));
    expect(table.hashesEveryCharacter).toBe(true);
    // Texts it can tell apart by the sample keep the sample.
    const plain = new TextTable();
    intern(plain, texts.map((t, i) => `${t}${i}`));
    expect(plain.hashesEveryCharacter).toBe(false);
  });

  test("a flat copy equals the text, lone surrogates included", () => {
    const parent = "x".repeat(70_000) + "Ромашка \uD83D\uDE00 \uD800";
    const cut = parent.slice(70_000);
    expect(flatCopy(cut)).toBe(cut);
    expect(flatCopy("")).toBe("");
  });
});
