// The search bench's inputs: a generated catalogue of Chinese-like documents and the key-by-key query sequences.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueDocument } from '../../src/shared/package-format.ts';
import { DEMO_DOMAINS } from '../../src/shared/package-format.ts';
import { seededRandom, type SeededRandom } from '../demo-content/seeded-random.ts';

export interface BenchCorpus {
  documents: CatalogueDocument[];
  texts: string[];
}

export interface QuerySequence {
  kind: 'chinese' | 'initials' | 'digits';
  /** Each query as the field holds it after one more key or candidate: 财, 财政, 财政预… */
  steps: string[];
}

const demoFolder = join(import.meta.dirname, '../../public/demo-package');

/**
 * An order-2 character model of the demo package's texts (real government prose, ~100k characters): every character
 * follows the two before it as often as it does there. A few percent of characters are swapped for rare ones drawn
 * from the whole CJK block by a Zipf law, as a county's 20,000 documents hold several thousand distinct characters.
 */
function textModel(r: SeededRandom) {
  const catalogue = JSON.parse(readFileSync(join(demoFolder, 'catalogue.json'), 'utf8')) as {
    documents: CatalogueDocument[];
  };
  const source = catalogue.documents
    .map((d) => readFileSync(join(demoFolder, d.textPath), 'utf8').replace(/\s+/g, ''))
    .join('');
  const next = new Map<string, string[]>();
  for (let i = 0; i + 2 < source.length; i++) {
    const context = source.slice(i, i + 2);
    let list = next.get(context);
    if (!list) next.set(context, (list = []));
    list.push(source[i + 2]!);
  }
  const contexts = [...next.keys()];
  const rare = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20_902)));
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(r.next() * Math.log(n))) - 1);
  return (length: number): string => {
    let context = r.pick(contexts);
    let out = context;
    while (out.length < length) {
      const options = next.get(context);
      const ch = !options || r.next() < 0.03 ? rare[zipf(rare.length)]! : r.pick(options);
      out += ch;
      context = next.has(out.slice(-2)) ? out.slice(-2) : r.pick(contexts);
    }
    return out;
  };
}

function lineBroken(r: SeededRandom, text: string): string {
  // PDF text extraction breaks lines every 30-45 characters, words included.
  let out = '';
  for (let i = 0; i < text.length;) {
    const n = r.int(30, 45);
    out += `${text.slice(i, i + n)}\n`;
    i += n;
  }
  return out;
}

export function generateCorpus(count: number, seed = 20_000): BenchCorpus {
  const r = seededRandom(seed);
  const generate = textModel(r);
  const bureaus = Array.from({ length: 40 }, () => `云溪县${generate(r.int(2, 4)).replace(/[^\u4e00-\u9fff]/g, '')}局`);
  const documents: CatalogueDocument[] = [];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const year = r.int(2010, 2026);
    const title = `${generate(r.int(12, 30)).replace(/[，。、；：（）《》“”]/g, '')}${r.pick(['的通知', '公告', '办法', '的报告', '实施意见'])}`;
    const publisher = r.pick(bureaus);
    const id = `g${i}`;
    documents.push({
      id,
      indexNo: `115326${String(i % 90).padStart(2, '0')}/${year}-${String(i).padStart(5, '0')}`,
      title,
      publisher,
      docNo: r.next() < 0.5 ? `云${publisher.charAt(3)}发〔${year}〕${r.int(1, 120)}号` : '',
      writtenDate: '',
      publishDate: `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
      topics: [],
      domain: r.pick(DEMO_DOMAINS).key,
      genre: r.pick(['通知', '公告', '办法', '报告', '意见']),
      disclosure: '主动公开',
      scope: '面向全社会',
      validity: r.next() < 0.9 ? '有效' : '失效',
      keywords: Array.from({ length: 3 }, () => {
        const at = r.int(0, Math.max(0, title.length - 4));
        return title.slice(at, at + r.int(2, 4));
      }),
      summary: generate(r.int(30, 60)),
      files: [{ path: `files/${id}.pdf`, type: 'application/pdf' }],
      textPath: `text/${id}.txt`,
      related: [],
    });
    texts.push(lineBroken(r, `${title}${generate(r.int(1600, 2400))}`));
  }
  return { documents, texts };
}

/** The corpus from .bench-cache when it was made before with the same count and seed, else made and cached. */
export function cachedCorpus(cacheDir: string, count: number): { file: string; textBytes: number } {
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, `corpus-${count}.json`);
  const meta = join(cacheDir, `corpus-${count}.meta.json`);
  if (!existsSync(file) || !existsSync(meta)) {
    const corpus = generateCorpus(count);
    writeFileSync(file, JSON.stringify(corpus));
    writeFileSync(meta, JSON.stringify({ textBytes: corpus.texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) }));
  }
  return { file, textBytes: (JSON.parse(readFileSync(meta, 'utf8')) as { textBytes: number }).textBytes };
}

/** Key-by-key typing: Chinese phrases of 2-6 characters from the texts, pinyin initials of title phrases, numbers. */
export function querySequences(corpus: BenchCorpus, initialsOf: (han: string) => string, seed = 5): QuerySequence[] {
  const r = seededRandom(seed);
  const prefixes = (s: string) => Array.from({ length: s.length }, (_, i) => s.slice(0, i + 1));
  const sequences: QuerySequence[] = [];
  const hanRun = (text: string, length: number) => {
    for (let tries = 0; tries < 50; tries++) {
      const at = r.int(0, text.length - length);
      const piece = text.slice(at, at + length);
      if (/^[\u4e00-\u9fff]+$/.test(piece)) return piece;
    }
    return undefined;
  };
  while (sequences.filter((s) => s.kind === 'chinese').length < 60) {
    const piece = hanRun(r.pick(corpus.texts).replace(/\s+/g, ''), r.int(2, 6));
    if (piece) sequences.push({ kind: 'chinese', steps: prefixes(piece) });
  }
  while (sequences.filter((s) => s.kind === 'initials').length < 40) {
    const piece = hanRun(r.pick(corpus.documents).title, r.int(2, 5));
    if (piece) sequences.push({ kind: 'initials', steps: prefixes(initialsOf(piece)) });
  }
  while (sequences.filter((s) => s.kind === 'digits').length < 30) {
    const numbers = r.pick(corpus.texts).match(/[0-9]{2,4}/g) ?? [];
    if (numbers.length) sequences.push({ kind: 'digits', steps: prefixes(r.pick(numbers)) });
  }
  return sequences;
}
