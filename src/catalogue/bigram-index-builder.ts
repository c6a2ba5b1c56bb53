// Builds the bigram index over a corpus in two passes: count each key's postings bytes, then write them in place.
import type { BigramIndexData } from './bigram-index.ts';
import { SEPARATOR } from './normalize.ts';

const varintLength = (n: number) => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5);

/**
 * Open addressing over uint32 keys, with per-key state in parallel typed arrays: a Map of 10^6 arrays measured
 * several times slower and larger. Key 0 never occurs (every folded unit is ≥ 0x21), so it marks an empty slot.
 */
class KeyTable {
  keys: Uint32Array;
  lastDoc: Int32Array;
  bytes: Uint32Array;
  size = 0;
  private bits: number;

  constructor(bits = 16) {
    this.bits = bits;
    this.keys = new Uint32Array(1 << bits);
    this.lastDoc = new Int32Array(1 << bits).fill(-1);
    this.bytes = new Uint32Array(1 << bits);
  }

  slot(key: number): number {
    const mask = (1 << this.bits) - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    for (;;) {
      const k = this.keys[s]!;
      if (k === key) return s;
      if (k === 0) {
        if ((this.size + 1) * 10 > this.keys.length * 6) {
          this.grow();
          return this.slot(key);
        }
        this.keys[s] = key;
        this.size++;
        return s;
      }
      s = (s + 1) & mask;
    }
  }

  private grow() {
    const { keys, lastDoc, bytes } = this;
    this.bits++;
    this.keys = new Uint32Array(1 << this.bits);
    this.lastDoc = new Int32Array(1 << this.bits).fill(-1);
    this.bytes = new Uint32Array(1 << this.bits);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const s = this.slot(keys[i]!);
      this.lastDoc[s] = lastDoc[i]!;
      this.bytes[s] = bytes[i]!;
    }
  }
}

/** Calls `visit(key, doc)` for every unigram and every bigram inside a field, document by document in order. */
function forEachKey(texts: readonly string[], visit: (key: number, doc: number) => void) {
  texts.forEach((text, d) => {
    let previous = SEPARATOR;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== SEPARATOR) {
        visit((c << 16) >>> 0, d);
        if (previous !== SEPARATOR) visit(((previous << 16) | c) >>> 0, d);
      }
      previous = c;
    }
  });
}

/**
 * Postings per key: the ids of the documents holding it, ascending, as varint gaps (first gap from -1). `texts[d]` is
 * document d's folded text, fields separated by the separator (no key spans it).
 */
export function buildBigramIndex(texts: readonly string[]): BigramIndexData {
  const table = new KeyTable();
  forEachKey(texts, (key, doc) => {
    const s = table.slot(key);
    const last = table.lastDoc[s]!;
    if (last === doc) return;
    table.bytes[s]! += varintLength(doc - last);
    table.lastDoc[s] = doc;
  });

  const keys = new Uint32Array(table.size);
  let n = 0;
  for (const k of table.keys) if (k !== 0) keys[n++] = k;
  keys.sort();
  const starts = new Uint32Array(keys.length + 1);
  // Reuse the per-slot arrays: bytes becomes each key's write cursor, lastDoc starts over.
  for (let i = 0; i < keys.length; i++) {
    const s = table.slot(keys[i]!);
    starts[i + 1] = starts[i]! + table.bytes[s]!;
    table.bytes[s] = starts[i]!;
    table.lastDoc[s] = -1;
  }

  const postings = new Uint8Array(starts[keys.length]!);
  forEachKey(texts, (key, doc) => {
    const s = table.slot(key);
    const last = table.lastDoc[s]!;
    if (last === doc) return;
    let gap = doc - last;
    let at = table.bytes[s]!;
    while (gap >= 0x80) {
      postings[at++] = (gap & 0x7f) | 0x80;
      gap >>>= 7;
    }
    postings[at++] = gap;
    table.bytes[s] = at;
    table.lastDoc[s] = doc;
  });
  return { keys, starts, postings };
}
