// Every text/background pair of the token palette meets WCAG: 4.5:1 normally, 7:1 in the high-contrast variant.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colourTokens, contrastRatio, TEXT_PAIRS } from './contrast.ts';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
const normal = colourTokens(css, ':root');
const high = { ...normal, ...colourTokens(css, ':root[data-contrast]') };

describe('contrast ratio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#9b1c1c', '#9b1c1c')).toBe(1);
  });
  it('matches a known pair (#767676 on white is the classic 4.54:1)', () =>
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2));
});

describe.each([
  ['normal', normal, 4.5],
  ['high contrast', high, 7],
] as const)('the %s palette', (_name, palette, minimum) => {
  it.each(TEXT_PAIRS)('%s on %s', (text, background) => {
    expect(palette[text], `--color-${text}`).toBeDefined();
    expect(palette[background], `--color-${background}`).toBeDefined();
    expect(contrastRatio(palette[text]!, palette[background]!)).toBeGreaterThanOrEqual(minimum);
  });
  it('focus ring stands out from the background (3:1 for non-text, WCAG 1.4.11)', () => {
    expect(contrastRatio(palette.focus!, palette.bg!)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(palette.focus!, palette.surface!)).toBeGreaterThanOrEqual(3);
  });
});
