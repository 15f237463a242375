// Unicode character classes by code point, computed once per code point below U+10000 and shared by the scanners
// of the article reader, the leaders recognizer and the dates tense check.

export const C_L = 1;
export const C_M = 2;
export const C_N = 4;
export const C_S = 8;
export const C_LU = 16;
const C_KNOWN = 128;

const classes = new Uint8Array(0x10000);
const RE_L = /^\p{L}$/u;
const RE_M = /^\p{M}$/u;
const RE_N = /^\p{N}$/u;
const RE_S = /^\s$/u;
const RE_LU = /^\p{Lu}$/u;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return C_KNOWN | (RE_L.test(ch) ? C_L : 0) | (RE_M.test(ch) ? C_M : 0) | (RE_N.test(ch) ? C_N : 0) | (RE_S.test(ch) ? C_S : 0) | (RE_LU.test(ch) ? C_LU : 0);
}

/** The C_* flags of a code point (letter, mark, number, white space, upper-case letter). */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = classes[cp];
    if (c === 0) classes[cp] = c = classify(cp);
    return c;
  }
  return classify(cp);
}

/** Code point at i within [.., end), or -1 past the end. Lone surrogates are their own code points, as with /u. */
export function cpAt(text: string, i: number, end: number): number {
  if (i >= end) return -1;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Whether [start, end) holds a letter or a digit. */
export function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : (classOf(c) & (C_L | C_N)) !== 0) return true;
  }
  return false;
}

const unitStrings: string[] = [];

/** The one-unit string of a UTF-16 code unit, shared: tokens of one mark do not allocate a string each. */
export function unitString(c: number): string {
  return (unitStrings[c] ??= String.fromCharCode(c));
}
