// What "the same text" means to search: whitespace is ignored, letters fold to lower case, full-width to half-width.

/** Separates fields (and keywords) in the indexed text, so no match or bigram ever spans two fields. */
export const SEPARATOR = 0x01;

let table: Uint16Array | undefined;

/**
 * One code unit → its folded form; 0 for code units that search ignores (whitespace and control characters).
 * A table, not a function, because the verification loops look up every character they pass.
 */
export function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  // Latin, Greek, Cyrillic and friends: lower case where it stays one code unit.
  for (let c = 0x41; c < 0x2000; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) t[c] = lower.charCodeAt(0);
  }
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = t[c - 0xfee0]!; // ＡＢＣ１２３（）→ abc123()
  for (let c = 0; c <= 0x20; c++) t[c] = 0;
  for (const c of [0x7f, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) t[c] = 0;
  for (let c = 0x80; c < 0xa0; c++) t[c] = 0;
  for (let c = 0x2000; c <= 0x200f; c++) t[c] = 0; // en/em spaces, zero-width space, direction marks
  table = t;
  return t;
}

/** The folded code units of `text` with ignored ones dropped. */
export function foldText(text: string): Uint16Array {
  const fold = foldTable();
  const out = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const f = fold[text.charCodeAt(i)]!;
    if (f !== 0) out[n++] = f;
  }
  return out.slice(0, n);
}

/** Like foldText, plus where each kept code unit came from in `text`, to highlight the original. */
export function foldWithMap(text: string): { codes: Uint16Array; from: Uint32Array } {
  const fold = foldTable();
  const codes = new Uint16Array(text.length);
  const from = new Uint32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const f = fold[text.charCodeAt(i)]!;
    if (f !== 0) {
      codes[n] = f;
      from[n++] = i;
    }
  }
  return { codes: codes.slice(0, n), from: from.slice(0, n) };
}

export const isLatinLetter = (c: number) => c >= 0x61 && c <= 0x7a;
/** CJK unified ideographs (basic block and extension A): the characters pinyin applies to. */
export const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
