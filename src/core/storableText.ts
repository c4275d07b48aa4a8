// Text a workbook can store. An .xlsx is XML, and XML 1.0 forbids most C0 controls, U+FFFE, U+FFFF
// and unpaired surrogates: one of them in a name makes the whole file unreadable (LibreOffice then
// blanks every later text). Such characters become U+FFFD, the replacement character.

const UNSTORABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const REPLACEMENT_CHARACTER = "\ufffd";

/** True when `text` holds a character XML forbids. */
export function hasUnstorable(text: string): boolean {
  UNSTORABLE.lastIndex = 0;
  return UNSTORABLE.test(text);
}

/** `text` with every character XML forbids replaced by U+FFFD. */
export function storableText(text: string): string {
  return text.replace(UNSTORABLE, REPLACEMENT_CHARACTER);
}
