// Reads the bigram index: which documents hold a character or a pair of characters, and which hold them all.

/** Stored form: sorted keys (first unit << 16 | second unit, second 0 for a single character), byte offsets, postings. */
export interface BigramIndexData {
  keys: Uint32Array;
  starts: Uint32Array;
  postings: Uint8Array;
}

export const keyOf = (first: number, second = 0) => ((first << 16) | second) >>> 0;

/** The keys a term needs: its character alone when it has one, else each adjacent pair, rarest first. */
export function termKeys(codes: Uint16Array): number[] {
  if (codes.length === 1) return [keyOf(codes[0]!)];
  const keys = new Set<number>();
  for (let i = 0; i + 1 < codes.length; i++) keys.add(keyOf(codes[i]!, codes[i + 1]!));
  return [...keys];
}

export class BigramIndex {
  constructor(private readonly data: BigramIndexData) {}

  get byteLength(): number {
    const { keys, starts, postings } = this.data;
    return keys.byteLength + starts.byteLength + postings.byteLength;
  }

  /** Position of `key` in the key table, or -1. */
  private find(key: number): number {
    const { keys } = this.data;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid]!;
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Bytes of the key's postings: 0 when no document holds it; a cheap stand-in for the list's length. */
  weight(key: number): number {
    const i = this.find(key);
    return i < 0 ? 0 : this.data.starts[i + 1]! - this.data.starts[i]!;
  }

  /** Documents holding `key`, ascending. */
  documents(key: number): Int32Array {
    const i = this.find(key);
    if (i < 0) return new Int32Array(0);
    const { starts, postings } = this.data;
    const end = starts[i + 1]!;
    const out = new Int32Array(end - starts[i]!);
    let n = 0;
    let doc = -1;
    for (let at = starts[i]!; at < end;) {
      let gap = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = postings[at++]!;
        gap |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      doc += gap;
      out[n++] = doc;
    }
    return out.subarray(0, n);
  }

  /** Documents (ascending) holding every key, optionally only among `within` (ascending); rarest list first. */
  intersect(keys: number[], within?: Int32Array): Int32Array {
    const ordered = keys.map((k) => ({ k, w: this.weight(k) })).sort((a, b) => a.w - b.w);
    if (ordered.length === 0 || ordered[0]!.w === 0) return new Int32Array(0);
    let result = within ?? this.documents(ordered[0]!.k);
    for (const { k } of within ? ordered : ordered.slice(1)) {
      if (result.length === 0) break;
      result = this.keep(result, k);
    }
    return result;
  }

  /** The documents of `docs` that also hold `key`: one merge pass over the key's varint stream. */
  private keep(docs: Int32Array, key: number): Int32Array {
    const i = this.find(key);
    if (i < 0) return new Int32Array(0);
    const { starts, postings } = this.data;
    const end = starts[i + 1]!;
    const out = new Int32Array(docs.length);
    let n = 0;
    let j = 0;
    let doc = -1;
    for (let at = starts[i]!; at < end && j < docs.length;) {
      let gap = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = postings[at++]!;
        gap |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      doc += gap;
      while (j < docs.length && docs[j]! < doc) j++;
      if (j < docs.length && docs[j] === doc) out[n++] = docs[j++]!;
    }
    return out.subarray(0, n);
  }
}
