// A resident's or attendant's page choice must print exactly those pages, and bad input must be refused, not guessed at.
import { describe, expect, it } from 'vitest';
import { describePages, parsePageRange, selectPages } from './page-range.ts';

describe('parsePageRange', () => {
  it('takes single pages, ranges and lists in the order given, each page once', () => {
    expect(parsePageRange('3-5', 21)).toEqual({ ok: true, pages: [3, 4, 5] });
    expect(parsePageRange('7, 1-2, 2', 21)).toEqual({ ok: true, pages: [7, 1, 2] });
    expect(parsePageRange('4', 4)).toEqual({ ok: true, pages: [4] });
  });

  it('reads full-width digits and Chinese punctuation', () => {
    expect(parsePageRange('３－５，８', 21)).toEqual({ ok: true, pages: [3, 4, 5, 8] });
    expect(parsePageRange('2至4', 21)).toEqual({ ok: true, pages: [2, 3, 4] });
  });

  it('refuses empty, non-numeric, backwards and out-of-range input with a reason', () => {
    expect(parsePageRange('  ', 5)).toEqual({ ok: false, error: 'empty' });
    expect(parsePageRange(',', 5)).toEqual({ ok: false, error: 'empty' });
    expect(parsePageRange('abc', 5)).toEqual({ ok: false, error: 'not-a-number' });
    expect(parsePageRange('1-2-3', 5)).toEqual({ ok: false, error: 'not-a-number' });
    expect(parsePageRange('-3', 5)).toEqual({ ok: false, error: 'not-a-number' });
    expect(parsePageRange('2.5', 5)).toEqual({ ok: false, error: 'not-a-number' });
    expect(parsePageRange('5-3', 5)).toEqual({ ok: false, error: 'backwards' });
    expect(parsePageRange('0', 5)).toEqual({ ok: false, error: 'out-of-range' });
    expect(parsePageRange('4-6', 5)).toEqual({ ok: false, error: 'out-of-range' });
  });
});

describe('selectPages', () => {
  it('all, current and range against the page count', () => {
    expect(selectPages({ kind: 'all' }, 3)).toEqual({ ok: true, pages: [1, 2, 3] });
    expect(selectPages({ kind: 'current', page: 2 }, 3)).toEqual({ ok: true, pages: [2] });
    expect(selectPages({ kind: 'current', page: 9 }, 3)).toEqual({ ok: false, error: 'out-of-range' });
    expect(selectPages({ kind: 'range', text: '2-3' }, 3)).toEqual({ ok: true, pages: [2, 3] });
    expect(selectPages({ kind: 'all' }, 0)).toEqual({ ok: false, error: 'empty' });
  });
});

describe('describePages', () => {
  it('folds consecutive pages into runs', () => {
    expect(describePages([1, 2, 3, 5, 7, 8])).toBe('1-3,5,7-8');
    expect(describePages([4])).toBe('4');
    expect(describePages([])).toBe('');
  });
});
