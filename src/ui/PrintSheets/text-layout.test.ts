// @vitest-environment happy-dom
// Reflowed text's sheets are read from where its items' fragments fell: one sheet per column, and each sheet lays out
// only the items that reach its column, the first started where it started in the whole flow.
import { describe, expect, it } from 'vitest';
import { measureTextLayout } from './text-layout.ts';

const WIDTH = 600;
const GAP = 40;

/** A flow whose items report the fragments given: [column, top] per fragment, as Chromium's getClientRects does. */
function flowOf(items: [number, number][][]): HTMLElement {
  const flow = document.createElement('div');
  flow.style.columnGap = `${GAP}px`;
  flow.getBoundingClientRect = () => new DOMRect(100, 50, WIDTH, 900);
  for (const fragments of items) {
    const item = flow.appendChild(document.createElement('p'));
    const rects = fragments.map(
      ([column, top]) => new DOMRect(100 + column * (WIDTH + GAP) + 0.4, 50 + top, WIDTH, 30),
    );
    item.getClientRects = () =>
      Object.assign(rects, { item: (i: number) => rects[i] ?? null }) as unknown as DOMRectList;
  }
  return flow;
}

describe('measureTextLayout', () => {
  it('counts one sheet per column reached and starts each sheet at the item that reaches it', () => {
    const layout = measureTextLayout(
      flowOf([
        [[0, 0]], // the header
        [[0, 120]],
        [
          [0, 700],
          [1, 0],
        ], // a paragraph split over the first two sheets
        [[1, 300]],
        [[2, 0]],
      ]),
    );
    expect(layout.sheets).toBe(3);
    expect(layout.windows).toEqual([
      { from: 0, to: 2, top: 0, column: 0 },
      { from: 2, to: 3, top: 700, column: 1 },
      { from: 4, to: 4, top: 0, column: 0 },
    ]);
  });

  it('a text with nothing but its header is one sheet', () => {
    expect(measureTextLayout(flowOf([[[0, 0]]]))).toEqual({
      sheets: 1,
      windows: [{ from: 0, to: 0, top: 0, column: 0 }],
    });
  });
});
