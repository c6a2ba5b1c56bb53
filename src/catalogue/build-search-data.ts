// Builds a version's search data from its catalogue and texts: runs in the import worker, and in the bench page.
import type { Catalogue } from '../shared/package-format.ts';
import { buildBigramIndex } from './bigram-index-builder.ts';
import { CorpusBuilder, documentFields, FIELD_COUNT, KEYWORDS, TITLE } from './corpus.ts';
import { isHan } from './normalize.ts';
import { buildPinyinData } from './pinyin-readings.ts';
import { SEARCH_FORMAT, type SearchData } from './search-data.ts';
import { buildCommonTerms, buildVocabulary } from './vocabulary.ts';

/** How often reading documents reports progress: often enough to move a bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 200;

/**
 * Each document's text in catalogue order; texts are read one at a time, so they are never all in memory as strings.
 * `onProgress` hears how many documents are read; the index itself is built after the last (a few seconds at 20,000).
 */
export async function buildSearchData(
  catalogue: Catalogue,
  readText: (index: number) => Promise<string>,
  onProgress?: (done: number, total: number) => void,
): Promise<SearchData> {
  const builder = new CorpusBuilder();
  const total = catalogue.documents.length;
  for (let i = 0; i < total; i++) {
    builder.add(documentFields(catalogue.documents[i]!, await readText(i)));
    if ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === total) onProgress?.(i + 1, total);
  }
  const corpus = builder.finish();
  const bigrams = buildBigramIndex(corpus.texts);
  // Small indexes of the title and of 文号/发布机构/索引号 alone: they rank short terms without reading any text.
  const field = (d: number, from: number, to: number) =>
    corpus.texts[d]!.slice(corpus.fieldStart[d * FIELD_COUNT + from]!, corpus.fieldStart[d * FIELD_COUNT + to]! - 1);
  const titleBigrams = buildBigramIndex(corpus.texts.map((_, d) => field(d, TITLE, TITLE + 1)));
  const headBigrams = buildBigramIndex(corpus.texts.map((_, d) => field(d, TITLE + 1, KEYWORDS)));
  const seen = new Uint8Array(0x10000);
  for (const text of corpus.texts) for (let i = 0; i < text.length; i++) seen[text.charCodeAt(i)] = 1;
  const han: number[] = [];
  seen.forEach((s, c) => s && isHan(c) && han.push(c));
  const vocabulary = buildVocabulary(catalogue.documents, catalogue.domains);
  return {
    format: SEARCH_FORMAT,
    documentIds: catalogue.documents.map((d) => d.id),
    corpus,
    bigrams,
    titleBigrams,
    headBigrams,
    pinyin: buildPinyinData(han),
    vocabulary,
    // Staff's own terms when the package has them; else picked from the catalogue's words.
    commonTerms: catalogue.commonTerms ?? buildCommonTerms(catalogue.documents, catalogue.domains, vocabulary),
  };
}
