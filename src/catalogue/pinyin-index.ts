// Pinyin matching without a dictionary at query time: each character's readings come precomputed with the index.
import { isLatinLetter, SEPARATOR } from './normalize.ts';

/** Stored form: toneless syllables (ü written v), and for each character (ascending) the syllables it reads as. */
export interface PinyinData {
  syllables: string[];
  chars: Uint16Array;
  starts: Uint32Array;
  readings: Uint16Array;
}

/** Words of a start-pairs bit set: 26 × 26 bits. */
export const PAIR_WORDS = 22;

/** Backtracking steps allowed for one start position: a query of 30 letters never needs more than a few hundred. */
const STEP_BUDGET = 4000;

type Visit = (pos: number, consumed: number) => boolean;

/**
 * Matches a query against text where each Han character may stand for any prefix (at least its first letter) of any
 * of its readings, and every other character, including a Han character typed as such, stands for itself: so `zwgk`,
 * `zhengwugongkai`, `zhengwgk` and `政wgk` all match 政务公开, and `2024czys` matches 2024财政预算.
 * Texts and queries come folded (normalize.ts), as the corpus holds them.
 */
export class PinyinTable {
  private readonly readingStart = new Int32Array(0x10000).fill(-1);
  private readonly readingEnd = new Int32Array(0x10000);
  /** Bit n set when some reading of the character starts with letter n (a = 0). */
  private readonly firstLetters = new Uint32Array(0x10000);
  private readonly syllables: Uint16Array[];
  private steps = 0;
  /** While set, each character stands only for its most common reading (find's `commonOnly`). */
  private commonOnly = false;

  constructor(private readonly data: PinyinData) {
    this.syllables = data.syllables.map((s) => Uint16Array.from(s, (ch) => ch.charCodeAt(0)));
    data.chars.forEach((c, i) => {
      this.readingStart[c] = data.starts[i]!;
      this.readingEnd[c] = data.starts[i + 1]!;
      for (let r = data.starts[i]!; r < data.starts[i + 1]!; r++) {
        this.firstLetters[c]! |= 1 << (this.syllables[data.readings[r]!]![0]! - 0x61);
      }
    });
  }

  get byteLength(): number {
    const { chars, starts, readings } = this.data;
    return chars.byteLength + starts.byteLength + readings.byteLength;
  }

  /** Letters that the character may stand for alone (bit n for letter n): its readings' first letters, or itself. */
  letters(c: number): number {
    return isLatinLetter(c) ? 1 << (c - 0x61) : this.firstLetters[c]!;
  }

  /**
   * Sets bit a*26+b of `pairs` (22 words from `at`) for every two letters a match can begin with in text [start, end):
   * a first letter of a character, then either the next letter of the same reading or a first letter of the next
   * character. A query whose first two letters are not set cannot match there: the cheap test before `find`.
   */
  addStartPairs(text: string, start: number, end: number, pairs: Uint32Array, at: number): void {
    for (let p = start; p < end; p++) {
      const c = text.charCodeAt(p);
      let firsts = this.letters(c);
      if (!firsts) continue;
      const next = p + 1 < end ? this.letters(text.charCodeAt(p + 1)) : 0;
      for (let a = 0; firsts; a++, firsts >>>= 1) {
        if (!(firsts & 1)) continue;
        let seconds = next;
        const rs = this.readingStart[c]!;
        if (rs >= 0) {
          for (let r = rs; r < this.readingEnd[c]!; r++) {
            const syllable = this.syllables[this.data.readings[r]!]!;
            if (syllable[0] === 0x61 + a && syllable.length > 1) seconds |= 1 << (syllable[1]! - 0x61);
          }
        }
        for (let b = 0; seconds; b++, seconds >>>= 1) {
          if (!(seconds & 1)) continue;
          const bit = a * 26 + b;
          pairs[at + (bit >>> 5)]! |= 1 << (bit & 31);
        }
      }
    }
  }

  /** The most common reading of a character (folded code unit), or undefined when it has none. */
  firstReading(c: number): string | undefined {
    const start = this.readingStart[c]!;
    return start < 0 ? undefined : this.data.syllables[this.data.readings[start]!];
  }

  /**
   * Where the first match of `query` in text [start, end) begins and ends, or null. `commonOnly`: each character may
   * stand only for its most common reading (助 for zhu, not chu), to rank such matches first.
   */
  find(text: string, start: number, end: number, query: Uint16Array, commonOnly = false): [number, number] | null {
    this.commonOnly = commonOnly;
    const q0 = query[0]!;
    const bit = isLatinLetter(q0) ? 1 << (q0 - 0x61) : 0;
    for (let p = start; p < end; p++) {
      const c = text.charCodeAt(p);
      if (c !== q0 && !(this.firstLetters[c]! & bit)) continue;
      this.steps = STEP_BUDGET;
      const matchEnd = this.matchEnd(text, p, end, query, 0);
      if (matchEnd >= 0) return [p, matchEnd];
    }
    return null;
  }

  /** End of a match of query[qi..] at text[pos..], or -1; longest syllable prefix first. No closures: this is the hot loop. */
  private matchEnd(text: string, pos: number, end: number, query: Uint16Array, qi: number): number {
    if (qi === query.length) return pos;
    if (pos >= end || --this.steps < 0) return -1;
    const c = text.charCodeAt(pos);
    if (c === SEPARATOR) return -1;
    const want = query[qi]!;
    if (c === want) {
      const e = this.matchEnd(text, pos + 1, end, query, qi + 1);
      if (e >= 0) return e;
    }
    if (!isLatinLetter(want)) return -1;
    const start = this.readingStart[c]!;
    if (start < 0) return -1;
    let tried = 0;
    const last = this.commonOnly ? start + 1 : this.readingEnd[c]!;
    for (let r = start; r < last; r++) {
      const syllable = this.syllables[this.data.readings[r]!]!;
      let common = 0;
      while (common < syllable.length && qi + common < query.length && syllable[common] === query[qi + common])
        common++;
      for (let take = common; take >= 1; take--) {
        if (tried & (1 << take)) continue;
        tried |= 1 << take;
        const e = this.matchEnd(text, pos + 1, end, query, qi + take);
        if (e >= 0) return e;
      }
    }
    return -1;
  }

  /** Every non-overlapping match in units [start, end). */
  findAll(text: string, start: number, end: number, query: Uint16Array): [number, number][] {
    const found: [number, number][] = [];
    for (let from = start; from < end;) {
      const match = this.find(text, from, end, query);
      if (!match) break;
      found.push(match);
      from = Math.max(match[1], match[0] + 1);
    }
    return found;
  }

  /**
   * For a word and typed letters, anchored at the word's start: -1 when the letters cannot all be used, else the
   * number of the word's characters the best match covers (the word's length when the letters spell all of it).
   */
  cover(word: string, letters: Uint16Array): number {
    let best = -1;
    if (!this.canStart(word, letters)) return best;
    this.steps = STEP_BUDGET;
    this.walk(word, 0, word.length, letters, 0, (pos, consumed) => {
      if (consumed === letters.length) best = Math.max(best, pos);
      return best === word.length;
    });
    return best;
  }

  /** How many of the letters a match anchored at the word's start uses, ending at the word's end or the letters'. */
  overlap(word: string, letters: Uint16Array): number {
    let best = 0;
    if (!this.canStart(word, letters)) return best;
    this.steps = STEP_BUDGET;
    this.walk(word, 0, word.length, letters, 0, (pos, consumed) => {
      if (pos === word.length || consumed === letters.length) best = Math.max(best, consumed);
      return best === letters.length;
    });
    return best;
  }

  /** Whether the word's first character can stand for the first letter: most words fail here, cheaply. */
  private canStart(word: string, letters: Uint16Array): boolean {
    const c = word.charCodeAt(0);
    const q0 = letters[0];
    if (q0 === undefined || word.length === 0) return false;
    return c === q0 || (isLatinLetter(q0) && (this.firstLetters[c]! & (1 << (q0 - 0x61))) !== 0);
  }

  /** Depth-first over (position in text, letters consumed), longest syllable prefix first; true stops the walk. */
  private walk(units: string, pos: number, end: number, query: Uint16Array, qi: number, visit: Visit): boolean {
    if (visit(pos, qi)) return true;
    if (qi === query.length || pos >= end || --this.steps < 0) return false;
    const c = units.charCodeAt(pos);
    if (c === SEPARATOR) return false;
    const want = query[qi]!;
    if (c === want && this.walk(units, pos + 1, end, query, qi + 1, visit)) return true;
    if (!isLatinLetter(want)) return false;
    const start = this.readingStart[c]!;
    if (start < 0) return false;
    let tried = 0; // bit n: a prefix of n letters was tried (syllables have at most 6)
    for (let r = start; r < this.readingEnd[c]!; r++) {
      const syllable = this.syllables[this.data.readings[r]!]!;
      let common = 0;
      while (common < syllable.length && qi + common < query.length && syllable[common] === query[qi + common])
        common++;
      for (let take = common; take >= 1; take--) {
        if (tried & (1 << take)) continue;
        tried |= 1 << take;
        if (this.walk(units, pos + 1, end, query, qi + take, visit)) return true;
      }
    }
    return false;
  }
}
