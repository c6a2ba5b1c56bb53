// A 350-page document keeps as many painted pages as a 10-page one: only the page in view and its neighbours.
import { describe, expect, it } from 'vitest';
import { clampPage, pagesNear } from './page-window.ts';

describe('pagesNear', () => {
  it('keeps the current page first, then its neighbours', () => expect(pagesNear(5, 10)).toEqual([5, 6, 4]));
  it('does not go past either end', () => {
    expect(pagesNear(1, 10)).toEqual([1, 2]);
    expect(pagesNear(350, 350)).toEqual([350, 349]);
    expect(pagesNear(1, 1)).toEqual([1]);
  });
  it('is the same size for a long document as for a short one', () =>
    expect(pagesNear(200, 350, 1).length).toBe(pagesNear(5, 10, 1).length));
});

describe('clampPage', () => {
  it('keeps a typed page inside the document', () => {
    expect(clampPage(0, 14)).toBe(1);
    expect(clampPage(99, 14)).toBe(14);
    expect(clampPage(Number.NaN, 14)).toBe(1);
    expect(clampPage(7, 14)).toBe(7);
  });
});
