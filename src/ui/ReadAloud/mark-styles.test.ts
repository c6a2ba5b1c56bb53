// The sentence marked in a document is styled under the name the marker uses, in the app and in a web page's frame,
// in one colour that leaves the marked words readable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READ_ALOUD_HIGHLIGHT, READ_ALOUD_MARK_COLOUR } from '../../shared/read-aloud-mark.ts';
import { htmlForFrame } from '../../viewer/html-document.ts';
import { contrastRatio } from '../contrast.ts';

// Whitespace folded: the formatter lays CSS out over several lines.
const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8').replace(/\s+/g, ' ');
const rule = `::highlight(${READ_ALOUD_HIGHLIGHT})`;

/** `rgb(r g b / a)` laid over white, as `#rrggbb`. */
function overWhite(colour: string): string {
  const [r, g, b, a] = colour.match(/[\d.]+/g)!.map(Number) as [number, number, number, number];
  return `#${[r, g, b]
    .map((c) =>
      Math.round(c * a + 255 * (1 - a))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

describe('the read-aloud mark', () => {
  it('is styled in the app with the token that holds the shared colour', () => {
    // Whitespace aside: Prettier lays the rule out on three lines.
    const css = read('./style.module.css').replace(/\s+/g, ' ');
    expect(css).toContain(`${rule} { background-color: var(--color-reading-mark); }`);
    expect(read('../tokens.css')).toContain(`--color-reading-mark: ${READ_ALOUD_MARK_COLOUR};`);
  });

  it("is styled in a web page's frame, which has its own highlight registry and styles", () => {
    expect(htmlForFrame('<p>正文</p>')).toContain(`${rule} { background-color: ${READ_ALOUD_MARK_COLOUR}; }`);
  });

  it('keeps dark text on a white page at 7:1 or more', () => {
    expect(contrastRatio('#1d1d1f', overWhite(READ_ALOUD_MARK_COLOUR))).toBeGreaterThanOrEqual(7);
    expect(contrastRatio('#000000', overWhite(READ_ALOUD_MARK_COLOUR))).toBeGreaterThanOrEqual(7);
  });
});
