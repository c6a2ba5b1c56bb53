// A resident's query as terms: spaces split it, each term is folded, and a term with letters may also be pinyin.
import { foldTable, isLatinLetter } from './normalize.ts';

export interface QueryTerm {
  /** Folded code units, whitespace dropped: what must occur contiguously. */
  codes: Uint16Array;
  /** The folded term as a string, for display and caching. */
  text: string;
  /** Holds latin letters, so it may also be pinyin (full or initials) over titles and publishers. */
  pinyin: boolean;
}

/** Splits on whitespace (full-width spaces too), folds each term, drops empty and repeated terms. */
export function parseQuery(query: string): QueryTerm[] {
  const fold = foldTable();
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  let current: number[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const codes = Uint16Array.from(current);
    const text = String.fromCharCode(...current);
    current = [];
    if (seen.has(text)) return;
    seen.add(text);
    terms.push({ codes, text, pinyin: codes.some(isLatinLetter) });
  };
  for (let i = 0; i < query.length; i++) {
    const f = fold[query.charCodeAt(i)]!;
    if (f === 0) flush();
    else current.push(f);
  }
  flush();
  return terms;
}

/** The run of latin letters at the end of the query, which the candidate bar turns into Chinese words. */
export function trailingLetters(query: string): string {
  const match = /[a-zA-Zａ-ｚＡ-Ｚ]+$/.exec(query);
  return match ? match[0].toLowerCase() : '';
}

/**
 * The query with its trailing letters replaced by `word`. A space goes in when the word would otherwise run into
 * digits or letters ("2024czys" → "2024 财政预算"), since 2024 and 财政预算 are rarely contiguous in a title.
 */
export function replaceTrailingLetters(query: string, word: string): string {
  const head = query.slice(0, query.length - trailingLetters(query).length);
  const last = head.charCodeAt(head.length - 1);
  const needsSpace = head.length > 0 && last < 0x3000 && !/\s/.test(head[head.length - 1]!);
  return `${head}${needsSpace ? ' ' : ''}${word}`;
}
