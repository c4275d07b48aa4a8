// Text bound for a terminal: names from the data may hold ESC, BEL or backspace, which a terminal
// would obey (retitle the window, move the cursor, hide text). They are shown escaped instead.

/** C0 and C1 controls (line breaks aside), DEL, and the bidirectional overrides that reorder a line. */
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escaped = (c: string) => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase()}`;
};

/** `text` with every control character written as `\xHH` (or `\uHHHH`); line breaks stay. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, escaped);
}

/** Controls JSON.stringify leaves raw (it escapes C0 only). */
const RAW_IN_JSON = /[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with those controls as `\uHHHH` escapes: the same data, harmless on a terminal. */
export function terminalSafeJson(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
