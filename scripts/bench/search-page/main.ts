// In-page side of the search bench: builds, stores, loads and queries each engine; the Node side times heap and order.
import { Charset, Index } from 'flexsearch';
import { buildSearchData } from '../../../src/catalogue/build-search-data.ts';
import { searchDataBytes, type SearchData } from '../../../src/catalogue/search-data.ts';
import { openSearch, type SearchService } from '../../../src/catalogue/search-service.ts';
import type { Catalogue, CatalogueDocument } from '../../../src/shared/package-format.ts';
import { DEMO_DOMAINS } from '../../../src/shared/package-format.ts';

interface Corpus {
  documents: CatalogueDocument[];
  texts?: string[];
}

let corpus: Corpus | undefined;
let ours: SearchService | undefined;
let naive: string[] | undefined;
let flex: Index | undefined;

const DB = 'search-bench';
function idb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('data');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}
async function idbRequest<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await idb();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction('data', mode);
    const request = run(tx.objectStore('data'));
    tx.oncomplete = () => resolve(request.result as T);
    tx.onerror = () => reject(tx.error);
    // A full quota aborts the transaction without an error event on it.
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** FNV-1a over the sorted ids: equal sets, equal hashes, without shipping thousands of ids per query. */
function setHash(ids: ArrayLike<number>): number {
  const sorted = Int32Array.from(ids).sort();
  let h = 0x811c9dc5;
  for (const id of sorted) h = Math.imul(h ^ id, 0x01000193);
  return h >>> 0;
}

/** Fields and text of each document in one folded string, as the naive scan holds them. */
const naiveText = (d: CatalogueDocument, text: string) =>
  [d.title, d.docNo, d.publisher, d.indexNo, ...d.keywords, d.summary, text]
    .join('\u0001')
    .toLowerCase()
    .replace(/\s+/g, '');

const bench = {
  async loadCorpus(url: string, withTexts: boolean) {
    const t0 = performance.now();
    const loaded = (await (await fetch(url)).json()) as Required<Corpus>;
    corpus = withTexts ? loaded : { documents: loaded.documents };
    return { ms: performance.now() - t0, documents: loaded.documents.length };
  },

  async buildOurs() {
    const { documents, texts } = corpus!;
    const catalogue: Catalogue = { domains: DEMO_DOMAINS, documents };
    const t0 = performance.now();
    const data = await buildSearchData(catalogue, async (i) => texts![i]!);
    const buildMs = performance.now() - t0;
    const t1 = performance.now();
    await idbRequest('readwrite', (s) => s.put(data, 'ours'));
    return {
      buildMs,
      storeMs: performance.now() - t1,
      bytes: searchDataBytes(data),
      vocabulary: data.vocabulary.words.length,
    };
  },

  /** IndexedDB to a ready service: what a kiosk does on the first search after a start. */
  async loadOurs() {
    const t0 = performance.now();
    const data = await idbRequest<SearchData>('readonly', (s) => s.get('ours'));
    const readMs = performance.now() - t0;
    ours = openSearch(data, corpus!.documents) ?? undefined;
    if (!ours) throw new Error('stored search data does not fit the corpus');
    return { ms: performance.now() - t0, readMs };
  },

  prepareNaive() {
    const { documents, texts } = corpus!;
    const t0 = performance.now();
    naive = documents.map((d, i) => naiveText(d, texts![i]!));
    corpus!.texts = undefined;
    return { ms: performance.now() - t0 };
  },

  /** Adds documents in slices and gives up past `budgetMs`, so a slow library cannot eat the whole bench. */
  async buildFlex(budgetMs: number) {
    const { documents, texts } = corpus!;
    const index = new Index({ encoder: Charset.CJK });
    const t0 = performance.now();
    let added = 0;
    while (added < documents.length && performance.now() - t0 < budgetMs) {
      const end = Math.min(documents.length, added + 250);
      for (; added < end; added++) {
        const d = documents[added]!;
        index.add(
          added,
          [d.title, d.docNo, d.publisher, d.indexNo, ...d.keywords, d.summary, texts![added]!].join('\n'),
        );
      }
      await new Promise((r) => setTimeout(r, 0));
    }
    flex = index;
    corpus!.texts = undefined;
    return { ms: performance.now() - t0, added };
  },

  /** Times each query; results are reduced to sorted ids so engines can be compared for exactness. */
  run(engine: 'ours' | 'naive' | 'flex', queries: string[]) {
    const times: number[] = [];
    const counts: number[] = [];
    const hashes: number[] = [];
    for (const q of queries) {
      let ids: ArrayLike<number>;
      const t0 = performance.now();
      if (engine === 'ours') ids = ours!.search(q).docs;
      else if (engine === 'naive') {
        const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
        const found: number[] = [];
        naive!.forEach((text, i) => terms.every((t) => text.includes(t)) && found.push(i));
        ids = found;
      } else ids = flex!.search(q, { limit: 100_000 }) as number[];
      times.push(performance.now() - t0);
      counts.push(ids.length);
      hashes.push(setHash(ids));
    }
    return { times, counts, hashes };
  },

  /** The candidate bar's cost for typed letters. */
  candidates(letters: string[]) {
    return letters.map((l) => {
      const t0 = performance.now();
      ours!.candidates(l);
      return performance.now() - t0;
    });
  },

  async clear() {
    await idbRequest('readwrite', (s) => s.clear());
  },
};

(window as unknown as { searchBench: typeof bench }).searchBench = bench;
document.title = 'ready';
