// The English table reads as English: no Chinese punctuation ("1 copy。", "replaces it：") in any of its strings.
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';

const CHINESE_PUNCTUATION = /[。，：；（）、《》？！【】]/;

/** Every string of the table with where it is; functions are called with plain sample words and numbers. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return strings(fn(...Array.from({ length: fn.length }, (_, i) => (i % 2 ? 3 : 'word'))), `${path}()`);
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
  return [];
}

describe('English strings', () => {
  it('hold no Chinese punctuation', () => {
    const all = strings(en, 'en');
    expect(all.length).toBeGreaterThan(200);
    // The language switch's own label is written in Chinese on purpose.
    const leaks = all.filter(([path, text]) => CHINESE_PUNCTUATION.test(text) && path !== 'en.display.otherLanguage');
    expect(leaks).toEqual([]);
  });
});
