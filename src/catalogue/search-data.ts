// The search data stored with each package version: built once when the version is imported, loaded as it is.
import type { BigramIndexData } from './bigram-index.ts';
import type { Corpus } from './corpus.ts';
import type { PinyinData } from './pinyin-index.ts';
import type { CommonTerms } from './vocabulary.ts';

export const SEARCH_FORMAT = 'chayue-search/1';

/** Only typed arrays, strings and plain objects, so IndexedDB stores it by structured clone without conversion. */
export interface SearchData {
  format: typeof SEARCH_FORMAT;
  /** The catalogue's document ids in order: document n of the index is documents[n] of the catalogue. */
  documentIds: string[];
  corpus: Corpus;
  bigrams: BigramIndexData;
  /** The same over titles alone, and over 文号/发布机构/索引号 alone: ranking without reading text. */
  titleBigrams: BigramIndexData;
  headBigrams: BigramIndexData;
  pinyin: PinyinData;
  vocabulary: { words: string[]; counts: Uint32Array };
  commonTerms: CommonTerms[];
}

/** Whether stored data is search data of this format for exactly these documents. */
export function isSearchDataFor(data: unknown, documentIds: readonly string[]): data is SearchData {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<SearchData>;
  return (
    d.format === SEARCH_FORMAT &&
    Array.isArray(d.documentIds) &&
    d.documentIds.length === documentIds.length &&
    d.documentIds.every((id, i) => id === documentIds[i])
  );
}

/** Bytes of what is stored and held in memory (strings at two bytes a unit, as the engine holds Chinese text). */
export function searchDataBytes(data: SearchData): { text: number; index: number; pinyin: number; vocabulary: number } {
  const { corpus, bigrams, titleBigrams, headBigrams, pinyin, vocabulary } = data;
  const indexBytes = (i: BigramIndexData) => i.keys.byteLength + i.starts.byteLength + i.postings.byteLength;
  return {
    text: corpus.texts.reduce((sum, t) => sum + t.length * 2, 0) + corpus.fieldStart.byteLength,
    index: indexBytes(bigrams) + indexBytes(titleBigrams) + indexBytes(headBigrams),
    pinyin: pinyin.chars.byteLength + pinyin.starts.byteLength + pinyin.readings.byteLength,
    vocabulary: vocabulary.counts.byteLength + vocabulary.words.reduce((sum, w) => sum + w.length * 2, 0),
  };
}
