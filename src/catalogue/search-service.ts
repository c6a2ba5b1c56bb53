// Answers searches over the active version: exact terms through the bigram index, pinyin over titles and publishers.
import type { CatalogueDocument } from '../shared/package-format.ts';
import { BigramIndex, termKeys } from './bigram-index.ts';
import { BODY, FIELD_COUNT, fieldRange, KEYWORDS, PUBLISHER, TITLE, type Corpus } from './corpus.ts';
import { foldText, foldWithMap, isHan, isLatinLetter } from './normalize.ts';
import { PAIR_WORDS, PinyinTable } from './pinyin-index.ts';
import { isSearchDataFor, type SearchData } from './search-data.ts';
import { parseQuery, type QueryTerm } from './search-query.ts';
import { mergeRanges, occurrences, unfoldPunctuation, type Range } from './text-ranges.ts';
import type { CommonTerms } from './vocabulary.ts';

export interface SearchHits {
  query: string;
  terms: QueryTerm[];
  /**
   * Indexes into the catalogue's documents, best first: title matches, then 文号/发布机构/索引号, then the rest, with
   * pinyin matches on a rare reading or across two words after all of those (RANK_STEP); newest first within each.
   */
  docs: Int32Array;
}

export type { Range };

export interface Snippet {
  text: string;
  marks: Range[];
  /** Whether text was cut off before / after the snippet. */
  before: boolean;
  after: boolean;
}

const NO_MATCH = 255;
/**
 * A pinyin match's rank is its place (0 title, 1 head, 2 body) plus RANK_STEP for a match on common readings that
 * straddles two words (助政 in 补助|政策 is both), twice that for one that needs a rare reading (助 as chú, 的 as dì):
 * such matches come after every document that holds a whole word or the query's own characters.
 */
const RANK_STEP = 3;
const WORST_RANK = 3 * RANK_STEP - 1;
const MAX_QUERY = 200;
const SNIPPET_BEFORE = 18;
const SNIPPET_LENGTH = 90;

interface Word {
  text: string;
  /** Folded, as the pinyin table expects. */
  folded: string;
  count: number;
}

export class SearchService {
  private readonly corpus: Corpus;
  private readonly index: BigramIndex;
  private readonly titleIndex: BigramIndex;
  private readonly headIndex: BigramIndex;
  /** Per document, the letters a one-letter pinyin query finds in its title and in its publisher. */
  private readonly titleLetters: Uint32Array;
  private readonly publisherLetters: Uint32Array;
  /** Per document, the two-letter starts a pinyin query can have in its title and in its publisher (PAIR_WORDS each). */
  private readonly titlePairs: Uint32Array;
  private readonly publisherPairs: Uint32Array;
  private readonly pinyin: PinyinTable;
  /** Position of each document in the newest-first order, and the inverse. */
  private readonly rank: Uint32Array;
  private readonly byRank: Uint32Array;
  private readonly words: Word[];
  /** The vocabulary's folded words, to tell a pinyin match that is a whole word from one across two. */
  private readonly wordSet: Set<string>;
  /** Words by the letters of their common readings run together (低保 under "dibao"): what a full spelling means. */
  private readonly spelled = new Map<string, string[]>();
  /** Each document's title, 文号, 发布机构 and 索引号: slices of its string, sharing its memory. */
  private readonly heads: string[];
  /** The last search, which the next one narrows when it only extends it (key-by-key typing). */
  private last: { terms: string[]; docs: Int32Array } | undefined;
  readonly commonTerms: CommonTerms[];

  constructor(
    data: SearchData,
    readonly documents: readonly CatalogueDocument[],
  ) {
    this.corpus = data.corpus;
    this.index = new BigramIndex(data.bigrams);
    this.titleIndex = new BigramIndex(data.titleBigrams);
    this.headIndex = new BigramIndex(data.headBigrams);
    this.pinyin = new PinyinTable(data.pinyin);
    this.commonTerms = data.commonTerms;
    const order = documents
      .map((_, i) => i)
      .sort((a, b) => {
        const x = documents[a]!;
        const y = documents[b]!;
        return y.publishDate.localeCompare(x.publishDate) || y.indexNo.localeCompare(x.indexNo);
      });
    this.byRank = Uint32Array.from(order);
    this.rank = new Uint32Array(documents.length);
    order.forEach((doc, r) => (this.rank[doc] = r));
    const letters = (field: number) =>
      Uint32Array.from(this.corpus.texts, (text, d) => {
        const [start, end] = fieldRange(this.corpus, d, field);
        let mask = 0;
        for (let i = start; i < end; i++) mask |= this.pinyin.letters(text.charCodeAt(i));
        return mask;
      });
    this.titleLetters = letters(TITLE);
    this.publisherLetters = letters(PUBLISHER);
    const pairs = (field: number) => {
      const set = new Uint32Array(this.corpus.texts.length * PAIR_WORDS);
      this.corpus.texts.forEach((text, d) => {
        const [start, end] = fieldRange(this.corpus, d, field);
        this.pinyin.addStartPairs(text, start, end, set, d * PAIR_WORDS);
      });
      return set;
    };
    this.titlePairs = pairs(TITLE);
    this.publisherPairs = pairs(PUBLISHER);
    this.heads = this.corpus.texts.map((text, d) =>
      text.slice(0, this.corpus.fieldStart[d * FIELD_COUNT + KEYWORDS]! - 1),
    );
    this.words = data.vocabulary.words.map((text, i) => ({
      text,
      folded: foldString(text),
      count: data.vocabulary.counts[i]!,
    }));
    this.wordSet = new Set(this.words.map((w) => w.folded));
    for (const { folded } of this.words) {
      const readings = Array.from(folded, (ch) => this.pinyin.firstReading(ch.charCodeAt(0)));
      if (readings.every((r) => r !== undefined)) {
        const spelling = readings.join('');
        this.spelled.set(spelling, [...(this.spelled.get(spelling) ?? []), folded]);
      }
    }
  }

  /** Every document that holds all the query's terms, ranked. */
  search(query: string): SearchHits {
    const terms = parseQuery(query.slice(0, MAX_QUERY));
    if (terms.length === 0) return { query, terms, docs: new Int32Array(0) };
    // A query that only extends the last one (a key more, a candidate tapped) can only lose documents.
    const texts = terms.map((t) => t.text);
    const previous = this.last;
    // Not when a term spells a word: "dibao" finds 低保 documents that "diba" did not.
    const narrows = !terms.some((t) => t.pinyin && this.spelled.has(t.text));
    let docs: Int32Array | undefined =
      narrows && previous && previous.terms.every((old) => texts.some((t) => t.startsWith(old)))
        ? previous.docs
        : undefined;
    // Rarest literal term first; terms that may be pinyin scan titles, so they go last, over the fewest documents.
    const weight = (t: QueryTerm) => Math.min(...termKeys(t.codes).map((k) => this.index.weight(k)));
    const ordered = [...terms].sort((a, b) => Number(a.pinyin) - Number(b.pinyin) || weight(a) - weight(b));
    const worst = new Uint8Array(this.documents.length);
    for (const term of ordered) {
      if (docs?.length === 0) break;
      const found = this.evaluate(term, docs);
      for (let i = 0; i < found.docs.length; i++) {
        const d = found.docs[i]!;
        if (found.tiers[i]! > worst[d]!) worst[d] = found.tiers[i]!;
      }
      docs = found.docs;
    }
    this.last = { terms: texts, docs: docs! };
    return { query, terms, docs: this.ranked(docs!, worst) };
  }

  /** By tier, then newest first: a sort for few documents, three passes over the date order for many. */
  private ranked(docs: Int32Array, tier: Uint8Array): Int32Array {
    const n = this.documents.length;
    if (docs.length * 16 < n) {
      const keys = Float64Array.from(docs, (d) => tier[d]! * n + this.rank[d]!).sort();
      return Int32Array.from(keys, (k) => this.byRank[k % n]!);
    }
    const wanted = new Uint8Array(n).fill(NO_MATCH);
    for (const d of docs) wanted[d] = tier[d]!;
    const out = new Int32Array(docs.length);
    let at = 0;
    for (let t = 0; t <= WORST_RANK; t++) {
      for (let r = 0; r < n; r++) {
        const d = this.byRank[r]!;
        if (wanted[d] === t) out[at++] = d;
      }
    }
    return out;
  }

  /** Documents (ascending, within `within` when given) holding one term, each with its best tier. */
  private evaluate(term: QueryTerm, within?: Int32Array): { docs: Int32Array; tiers: Uint8Array } {
    const keys = termKeys(term.codes);
    const literal = this.index.intersect(keys, within);
    const tiers = new Uint8Array(this.documents.length).fill(NO_MATCH);
    if (term.codes.length <= 2) {
      // Exact keys: the small title and head indexes rank them, however many documents hold them.
      for (const d of literal) tiers[d] = 2;
      for (const d of this.headIndex.intersect(keys, literal)) tiers[d] = 1;
      for (const d of this.titleIndex.intersect(keys, literal)) tiers[d] = 0;
    } else {
      for (const d of literal) tiers[d] = this.literalTier(d, term.text);
    }
    if (term.pinyin && term.codes.length === 1) {
      // One letter: any character in the title (or publisher) whose reading starts with it; a mask per document says.
      const bit = this.pinyin.letters(term.codes[0]!);
      const visit = (d: number) => {
        if (this.titleLetters[d]! & bit) tiers[d] = 0;
        else if (tiers[d]! > 1 && this.publisherLetters[d]! & bit) tiers[d] = 1;
      };
      if (within) within.forEach(visit);
      else for (let d = 0; d < this.documents.length; d++) visit(d);
    } else if (term.pinyin) {
      // Two letters first (when the term starts with two): most documents are ruled out by a bit test.
      const [a, b] = [term.codes[0]! - 0x61, term.codes[1]! - 0x61];
      const pair = a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
      const word = pair >>> 5;
      const bit = 1 << (pair & 31);
      const may = (set: Uint32Array, d: number) => pair < 0 || (set[d * PAIR_WORDS + word]! & bit) !== 0;
      const visit = (d: number) => {
        if (tiers[d] === 0) return;
        const inTitle = may(this.titlePairs, d) ? this.pinyinRank(d, TITLE, term.codes) : null;
        if (inTitle !== null) tiers[d] = Math.min(tiers[d]!, inTitle);
        if (tiers[d]! <= 1 || !may(this.publisherPairs, d)) return;
        const inPublisher = this.pinyinRank(d, PUBLISHER, term.codes);
        if (inPublisher !== null) tiers[d] = Math.min(tiers[d]!, inPublisher + 1);
      };
      if (within) within.forEach(visit);
      else for (let d = 0; d < this.documents.length; d++) visit(d);
      // Whole syllables that spell a word: its documents, wherever they hold it, as if the word had been typed.
      for (const word of this.spelled.get(term.text) ?? []) {
        const wordKeys = termKeys(Uint16Array.from(word, (ch) => ch.charCodeAt(0)));
        for (const d of this.index.intersect(wordKeys, within)) {
          const tier = this.literalTier(d, word);
          if (tier < tiers[d]!) tiers[d] = tier;
        }
      }
    }
    const source = term.pinyin ? within : literal;
    const docs: number[] = [];
    if (source) {
      for (const d of source) if (tiers[d] !== NO_MATCH) docs.push(d);
    } else {
      tiers.forEach((t, d) => t !== NO_MATCH && docs.push(d));
    }
    return { docs: Int32Array.from(docs), tiers: Uint8Array.from(docs, (d) => tiers[d]!) };
  }

  /**
   * The term's best tier in the document, or NO_MATCH. Title and 文号/发布机构/索引号 come first in the document's
   * string, so a search of that head alone gives tier 0 or 1; only a term not there is looked for in the rest.
   * Terms of up to two characters are known to occur (their keys are exact); longer ones are verified here.
   */
  private literalTier(doc: number, text: string): number {
    const at = this.heads[doc]!.indexOf(text);
    if (at >= 0) return at < this.corpus.fieldStart[doc * FIELD_COUNT + 1]! ? 0 : 1;
    if (text.length <= 2) return 2;
    return this.corpus.texts[doc]!.indexOf(text, this.heads[doc]!.length) >= 0 ? 2 : NO_MATCH;
  }

  /**
   * How well the letters match in a field, or null when they do not: 0 for a whole word of the catalogue (whatever
   * readings), RANK_STEP for common readings across words, 2 × RANK_STEP when only a rare reading matches.
   */
  private pinyinRank(doc: number, field: number, codes: Uint16Array): number | null {
    const [start, end] = fieldRange(this.corpus, doc, field);
    const text = this.corpus.texts[doc]!;
    const any = this.pinyin.find(text, start, end, codes);
    if (!any) return null;
    const isWord = ([a, b]: [number, number]) => this.wordSet.has(text.slice(a, b));
    // No match starts before `any`, the first: one on common readings, if any, starts there or later.
    const common = this.pinyin.find(text, any[0], end, codes, true);
    if ((common && isWord(common)) || isWord(any) || this.pinyin.findAll(text, any[1], end, codes).some(isWord))
      return 0;
    return common ? RANK_STEP : 2 * RANK_STEP;
  }

  /** Words of the catalogue the typed letters spell: whole words first, then by how often they occur. */
  candidates(letters: string, limit = 12): string[] {
    const typed = Uint16Array.from(letters.toLowerCase(), (ch) => ch.charCodeAt(0));
    if (typed.length === 0 || !typed.every(isLatinLetter)) return [];
    const found: { word: Word; whole: boolean }[] = [];
    for (const word of this.words) {
      const covered = this.pinyin.cover(word.folded, typed);
      if (covered > 0) found.push({ word, whole: covered === word.folded.length });
    }
    found.sort(
      (a, b) =>
        Number(b.whole) - Number(a.whole) || b.word.count - a.word.count || a.word.folded.length - b.word.folded.length,
    );
    return found.slice(0, limit).map((f) => f.word.text);
  }

  /**
   * For a query that found nothing: the catalogue's words that sound nearest, reading its characters as pinyin, so
   * 政务公卡 or zwgkk suggests 政务公开 and 低包 suggests 低保.
   */
  suggestions(query: string, limit = 6): string[] {
    const letters: number[] = [];
    for (const term of parseQuery(query.slice(0, MAX_QUERY))) {
      for (const c of term.codes) {
        if (isLatinLetter(c)) letters.push(c);
        else if (isHan(c)) for (const ch of this.pinyin.firstReading(c) ?? '') letters.push(ch.charCodeAt(0));
      }
    }
    if (letters.length < 2) return [];
    const typed = Uint16Array.from(letters);
    const needed = Math.max(2, Math.ceil(typed.length * 0.6));
    const folded = parseQuery(query)
      .map((t) => t.text)
      .join('');
    const scored: { word: Word; overlap: number }[] = [];
    for (const word of this.words) {
      if (word.folded === folded) continue;
      const overlap = this.pinyin.overlap(word.folded, typed);
      if (overlap >= needed) scored.push({ word, overlap });
    }
    scored.sort((a, b) => b.overlap - a.overlap || b.word.count - a.word.count);
    return scored.slice(0, limit).map((s) => s.word.text);
  }

  /** Where the terms occur in a display string (a title, a publisher, a 文号), as ranges of that string. */
  highlight(text: string, terms: QueryTerm[]): Range[] {
    const { codes, from } = foldWithMap(text);
    const folded = String.fromCharCode(...codes);
    const ranges: Range[] = [];
    const add = (start: number, end: number) => ranges.push([from[start]!, from[end - 1]! + 1]);
    for (const term of terms) {
      for (const [start, end] of occurrences(folded, 0, folded.length, term.text)) add(start, end);
      if (term.pinyin)
        for (const [start, end] of this.pinyin.findAll(folded, 0, folded.length, term.codes)) add(start, end);
    }
    return mergeRanges(ranges);
  }

  /** A short piece of the body around the first occurrence of a term, past the title line the body starts with. */
  snippet(doc: number, terms: QueryTerm[]): Snippet | null {
    const text = this.corpus.texts[doc]!;
    const [bodyStart, bodyEnd] = fieldRange(this.corpus, doc, BODY);
    const [titleStart, titleEnd] = fieldRange(this.corpus, doc, TITLE);
    const title = text.slice(titleStart, titleEnd);
    const skip = title && text.startsWith(title, bodyStart) ? bodyStart + title.length : bodyStart;
    let first = -1;
    let from = skip;
    for (from of [skip, bodyStart]) {
      for (const term of terms) {
        const at = text.indexOf(term.text, from);
        if (at >= 0 && at < bodyEnd && (first < 0 || at < first)) first = at;
      }
      if (first >= 0) break;
    }
    if (first < 0) return null;
    const start = Math.max(from, first - SNIPPET_BEFORE);
    const end = Math.min(bodyEnd, start + SNIPPET_LENGTH);
    const marks: Range[] = [];
    for (const term of terms)
      for (const [s, e] of occurrences(text, start, end, term.text)) marks.push([s - start, e - start]);
    return {
      text: unfoldPunctuation(text.slice(start, end)),
      marks: mergeRanges(marks),
      before: start > bodyStart,
      after: end < bodyEnd,
    };
  }
}

const foldString = (text: string) => String.fromCharCode(...foldText(text));

/** A search service over stored data, or null when the data is missing or was built for other documents. */
export function openSearch(data: unknown, documents: readonly CatalogueDocument[]): SearchService | null {
  return isSearchDataFor(
    data,
    documents.map((d) => d.id),
  )
    ? new SearchService(data, documents)
    : null;
}
